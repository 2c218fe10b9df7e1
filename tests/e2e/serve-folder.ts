// A static file server over a published site folder on 127.0.0.1 (a folder URL serves its index.html), for
// the site's Chromium tests and `npm run screenshots`. Pages are served as written, CSP included.
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

const TYPES: Record<string, string> = { ".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".xml": "application/atom+xml", ".svg": "image/svg+xml", ".png": "image/png" };

export interface FolderServer {
	origin: string;
	close(): Promise<void>;
}

export async function serveFolder(root: string): Promise<FolderServer> {
	const server = http.createServer((req, res) => {
		const url = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
		let file = path.join(root, url);
		if (!file.startsWith(root)) file = root;
		if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
		if (!fs.existsSync(file)) {
			res.writeHead(404, { "content-type": "text/plain" });
			res.end(`not found: ${url}`);
			return;
		}
		res.writeHead(200, { "content-type": `${TYPES[path.extname(file)] ?? "application/octet-stream"}; charset=utf-8` });
		res.end(fs.readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
