// requestUrl: the plugin's only way to the network. Real HTTP through Node's http/https, loaded lazily so
// this module stays importable in a browser page (where requestUrl is simply unavailable).
import { utf8Decode } from "./vault";

export interface RequestUrlParam {
	url: string;
	method?: string;
	contentType?: string;
	body?: string | ArrayBuffer;
	headers?: Record<string, string>;
	throw?: boolean;
}

export interface RequestUrlResponse {
	status: number;
	headers: Record<string, string>;
	arrayBuffer: ArrayBuffer;
	json: unknown;
	text: string;
}

export interface RequestUrlResponsePromise extends Promise<RequestUrlResponse> {
	arrayBuffer: Promise<ArrayBuffer>;
	json: Promise<unknown>;
	text: Promise<string>;
}

/** Harness only: every request made through requestUrl (method and URL), for assertions. */
export const requestLog: { method: string; url: string; status: number }[] = [];

export interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: Uint8Array;
}

type Transport = (param: RequestUrlParam) => Promise<RawResponse>;
let transport: Transport | null = null;

/** Harness only: replace the transport (a browser page can plug `fetch` in). */
export function setRequestTransport(t: Transport | null): void {
	transport = t;
}

async function send(param: RequestUrlParam): Promise<RequestUrlResponse> {
	const t = transport ?? (await import("./request-node")).nodeTransport;
	const raw = await t(param);
	requestLog.push({ method: param.method ?? "GET", url: param.url, status: raw.status });
	const buffer = raw.body.slice().buffer;
	// Decoded on first use, like Obsidian's response: binary bodies (git packs) are never turned into text.
	let text: string | null = null;
	const response: RequestUrlResponse = {
		status: raw.status,
		headers: raw.headers,
		arrayBuffer: buffer,
		get text(): string {
			text ??= utf8Decode(raw.body);
			return text;
		},
		get json(): unknown {
			return JSON.parse(this.text) as unknown;
		},
	};
	if (raw.status >= 400 && param.throw !== false) {
		const error = new Error(`Request failed, status ${raw.status}`) as Error & { status: number; headers: Record<string, string> };
		error.status = raw.status;
		error.headers = raw.headers;
		throw error;
	}
	return response;
}

export function requestUrl(request: RequestUrlParam | string): RequestUrlResponsePromise {
	const param = typeof request === "string" ? { url: request } : request;
	const promise = send(param);
	return Object.defineProperties(promise, {
		arrayBuffer: { get: () => promise.then((r) => r.arrayBuffer) },
		json: { get: () => promise.then((r) => r.json) },
		text: { get: () => promise.then((r) => r.text) },
	}) as RequestUrlResponsePromise;
}

/** Obsidian's older `request`: the body as text. */
export async function request(req: RequestUrlParam | string): Promise<string> {
	return (await requestUrl(req)).text;
}
