// isomorphic-git's HTTP client on Obsidian's requestUrl: the plugin's one way to git hosts (desktop and
// mobile, no CORS). requestUrl takes and returns whole bodies, so the pack is sent in one piece.
import type { GitHttpRequest, GitHttpResponse, HttpClient } from "isomorphic-git";
import type { RequestUrlParam, RequestUrlResponse } from "obsidian";

export type RequestUrlFunction = (request: RequestUrlParam) => Promise<RequestUrlResponse>;

async function collect(body: AsyncIterableIterator<Uint8Array> | undefined): Promise<ArrayBuffer | undefined> {
	if (!body) return undefined;
	const chunks: Uint8Array[] = [];
	let length = 0;
	for await (const chunk of body) {
		chunks.push(chunk);
		length += chunk.byteLength;
	}
	const out = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out.buffer;
}

async function* once(bytes: Uint8Array): AsyncIterableIterator<Uint8Array> {
	yield bytes;
}

function cancelled(): Error {
	const error = new Error("The request was cancelled");
	error.name = "AbortError";
	return error;
}

/** `requestUrl` is injected (Obsidian's in the plugin, a Node-backed one in tests). */
export function createRequestUrlHttp(requestUrl: RequestUrlFunction): HttpClient {
	return {
		async request(request: GitHttpRequest): Promise<GitHttpResponse> {
			if (request.signal?.aborted) throw cancelled();
			const body = await collect(request.body);
			const headers: Record<string, string> = { ...(request.headers ?? {}) };
			const method = request.method ?? "GET";
			const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === "content-type")?.[1];
			const response = await requestUrl({ url: request.url, method, headers, body, contentType, throw: false });
			if (request.signal?.aborted) throw cancelled();
			const lower: Record<string, string> = {};
			for (const [name, value] of Object.entries(response.headers ?? {})) lower[name.toLowerCase()] = value;
			return {
				url: request.url,
				method,
				statusCode: response.status,
				statusMessage: String(response.status),
				headers: lower,
				body: once(new Uint8Array(response.arrayBuffer)),
			};
		},
	};
}
