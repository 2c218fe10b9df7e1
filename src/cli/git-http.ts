// isomorphic-git HTTP client on Node's http/https, for the CLI: the one place the CLI talks to git hosts.
import * as http from "http";
import * as https from "https";
import type { GitHttpRequest, GitHttpResponse, HttpClient } from "isomorphic-git";

const MAX_REDIRECTS = 5;

async function collect(body: AsyncIterableIterator<Uint8Array> | undefined): Promise<Buffer | undefined> {
	if (!body) return undefined;
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
	return Buffer.concat(chunks);
}

async function* stream(response: http.IncomingMessage): AsyncIterableIterator<Uint8Array> {
	for await (const chunk of response) yield new Uint8Array(chunk as Buffer);
}

function send(url: URL, method: string, headers: Record<string, string>, body: Buffer | undefined, signal: AbortSignal | undefined): Promise<http.IncomingMessage> {
	return new Promise((resolve, reject) => {
		const client = url.protocol === "https:" ? https : http;
		const outgoing = { ...headers };
		if (body) outgoing["Content-Length"] = String(body.length);
		const request = client.request(url, { method, headers: outgoing, signal }, resolve);
		request.on("error", reject);
		request.end(body);
	});
}

export function createNodeGitHttp(): HttpClient {
	return {
		async request(request: GitHttpRequest): Promise<GitHttpResponse> {
			const method = request.method ?? "GET";
			const body = await collect(request.body);
			let url = new URL(request.url);
			for (let hop = 0; ; hop++) {
				const response = await send(url, method, request.headers ?? {}, body, request.signal);
				const status = response.statusCode ?? 0;
				const location = response.headers.location;
				if (status >= 300 && status < 400 && location && method === "GET" && hop < MAX_REDIRECTS) {
					response.resume();
					const next = new URL(location, url);
					// Credentials go only to the host they were given for.
					if (next.host !== url.host) throw new Error(`The git host redirected to another host (${next.host}); use that URL as the remote`);
					url = next;
					continue;
				}
				const headers: Record<string, string> = {};
				for (const [name, value] of Object.entries(response.headers)) {
					if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
				}
				return {
					url: url.toString(),
					method,
					statusCode: status,
					statusMessage: response.statusMessage ?? "",
					headers,
					body: stream(response),
				};
			}
		},
	};
}
