// Shared by the sidebar's Chromium test and `npm run screenshots`: bundle a browser entry that imports
// `obsidian` (the harness, see obsidian-browser.ts), serve it on 127.0.0.1 with the Obsidian theme stand-in
// plus our styles.css, and launch headless Chromium the way the team brief prescribes.
import * as esbuild from "esbuild";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";

/** The repository root: the nearest folder up from here with this project's package.json (also when bundled). */
export const REPO_ROOT = ((): string => {
	for (let dir = __dirname; ; dir = path.dirname(dir)) {
		const pkg = path.join(dir, "package.json");
		if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, "utf8")) as { name?: string }).name === "podcast-garden") return dir;
		if (path.dirname(dir) === dir) throw new Error(`No podcast-garden package.json above ${__dirname}.`);
	}
})();
const HERE = path.join(REPO_ROOT, "tests/e2e/sidebar");

/** Bundles `entry` for the browser with `obsidian` resolved to the harness. */
export async function bundleBrowserPage(entry: string): Promise<string> {
	const bundle = await esbuild.build({
		entryPoints: [entry],
		bundle: true,
		write: false,
		format: "iife",
		platform: "browser",
		target: "es2020",
		alias: { obsidian: path.join(HERE, "obsidian-browser.ts") },
		plugins: [
			{
				// The harness loads its Node HTTP transport lazily; these pages never make requests.
				name: "no-node-transport",
				setup(build) {
					build.onResolve({ filter: /request-node$/ }, () => ({ path: "request-node", namespace: "stub" }));
					build.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export const nodeTransport = () => { throw new Error('no network in the browser page'); };", loader: "ts" }));
				},
			},
		],
		logLevel: "silent",
	});
	return bundle.outputFiles[0]?.text ?? "";
}

/** The theme stand-in, any extra stylesheets, then the plugin's styles.css (last, as Obsidian loads it). */
export function pageCss(extra: string[] = []): string {
	const sheets = [path.join(HERE, "obsidian-theme.css"), ...extra, path.join(REPO_ROOT, "styles.css")];
	return sheets.map((file) => fs.readFileSync(file, "utf8")).join("\n");
}

export interface PageServer {
	origin: string;
	close(): Promise<void>;
}

/** Serves an empty page that loads `/page.js` and `/styles.css`, and any `extra` files (path → JSON text), on a random 127.0.0.1 port. */
export async function servePage(script: string, css: string, extra: Record<string, string> = {}): Promise<PageServer> {
	const html = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/styles.css"></head><body><script src="/page.js"></script></body></html>`;
	const server = http.createServer((req, res) => {
		const file = req.url !== undefined && Object.prototype.hasOwnProperty.call(extra, req.url) ? extra[req.url] : undefined;
		const body = req.url === "/page.js" ? script : req.url === "/styles.css" ? css : (file ?? html);
		const type = req.url === "/page.js" ? "text/javascript" : req.url === "/styles.css" ? "text/css" : file !== undefined ? "application/json" : "text/html";
		res.writeHead(200, { "content-type": `${type}; charset=utf-8` });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

export interface Chromium {
	context: BrowserContext;
	close(): Promise<void>;
}

/** Headless /usr/bin/chromium with a fresh profile in a temp folder (removed on close). */
export async function launchChromium(profilePrefix: string): Promise<Chromium> {
	const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), profilePrefix));
	const context = await chromium
		.launchPersistentContext(profileDir, {
			executablePath: "/usr/bin/chromium",
			headless: true,
			args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
		})
		.catch((error: unknown) => {
			// A Chromium that does not start leaves no profile behind either.
			fs.rmSync(profileDir, { recursive: true, force: true });
			throw error;
		});
	return {
		context,
		close: async () => {
			await context.close();
			fs.rmSync(profileDir, { recursive: true, force: true });
		},
	};
}
