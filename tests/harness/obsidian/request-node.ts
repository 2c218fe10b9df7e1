// Node transport for the harness's requestUrl (desktop Obsidian does the request outside the page:
// no CORS, redirects followed, binary bodies as they are).
import * as http from "http";
import * as https from "https";
import type { RawResponse, RequestUrlParam } from "./request";

export function nodeTransport(param: RequestUrlParam, redirects = 5): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const url = new URL(param.url);
		const lib = url.protocol === "https:" ? https : http;
		const headers: Record<string, string> = { ...(param.headers ?? {}) };
		if (param.contentType) headers["Content-Type"] = param.contentType;
		const body = param.body === undefined ? undefined : typeof param.body === "string" ? Buffer.from(param.body) : Buffer.from(new Uint8Array(param.body));
		if (body) headers["Content-Length"] = String(body.length);
		const req = lib.request(url, { method: param.method ?? "GET", headers }, (res) => {
			const status = res.statusCode ?? 0;
			if (status >= 300 && status < 400 && res.headers.location && redirects > 0) {
				res.resume();
				const next = new URL(res.headers.location, url).toString();
				resolve(nodeTransport({ ...param, url: next, method: status === 303 ? "GET" : param.method, body: status === 303 ? undefined : param.body }, redirects - 1));
				return;
			}
			const chunks: Buffer[] = [];
			res.on("data", (chunk: Buffer) => chunks.push(chunk));
			res.on("error", reject);
			res.on("end", () => {
				const out: Record<string, string> = {};
				for (const [key, value] of Object.entries(res.headers)) if (value !== undefined) out[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
				resolve({ status, headers: out, body: new Uint8Array(Buffer.concat(chunks)) });
			});
		});
		req.on("error", (error) => reject(new Error(`net::ERR_CONNECTION_FAILED ${param.url}: ${error.message}`)));
		if (body) req.write(body);
		req.end();
	});
}
