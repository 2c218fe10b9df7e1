// A quote a day and quote cards in real headless Chromium: the sidebar with the "Quote of the day" card
// (the real QuotesView over the example vault), the card drawn on a real canvas in the light and dark
// theme (PNG size checked), and the published site's quote page with its SVG card. Pictures go to
// tests/.output/screenshots/ (the README's copies in docs/images/ are these).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import type { Page } from "playwright-core";
import { QuoteIndex } from "../../src/core/index";
import { buildPublish, emptyManifest, publishOptions } from "../../src/core/publish";
import { dailyCandidates, dayKey, quoteOfTheDay } from "../../src/core/view/resurface";
import { bundleBrowserPage, launchChromium, pageCss, servePage, type Chromium, type PageServer } from "./sidebar/browser";
import { memoryVault } from "../core/publish/vault";

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "tests/.output/screenshots");
const VAULT = path.join(ROOT, "example-vault");

function vaultFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const name of fs.readdirSync(dir).sort()) {
			const full = path.join(dir, name);
			if (fs.statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) files[path.relative(VAULT, full).split(path.sep).join("/")] = fs.readFileSync(full, "utf8");
		}
	};
	walk(VAULT);
	return files;
}

const files = vaultFiles();
const index = new QuoteIndex();
index.upsertMany(Object.entries(files).map(([p, text]) => ({ path: p, text })));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
	expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

let server: PageServer;
let browser: Chromium;

beforeAll(async () => {
	server = await servePage(await bundleBrowserPage(path.join(__dirname, "sidebar/page.ts")), pageCss());
	fs.mkdirSync(SHOTS, { recursive: true });
	browser = await launchChromium("pg-daily-chromium-");
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function sidebar(theme: "light" | "dark", size = { width: 340, height: 760 }): Promise<Page> {
	const page = await browser.context.newPage();
	const errors: string[] = [];
	page.on("pageerror", (e) => errors.push(String(e)));
	await page.setViewportSize(size);
	await page.goto(server.origin + "/");
	await page.evaluate((o) => window.pgSidebar.setup(o), { theme, mobile: false, files, daily: true });
	await page.evaluate(() => window.pgSidebar.settle());
	expect(errors).toEqual([]);
	return page;
}

describe("a quote a day in Chromium", () => {
	for (const theme of ["light", "dark"] as const) {
		test(`the sidebar with the quote of the day and the Resurface mode (${theme})`, async () => {
			const page = await sidebar(theme);
			const expected = quoteOfTheDay(dailyCandidates(index.all(), { kind: "all", value: "" }, () => []), dayKey(new Date()));
			expect(await page.getAttribute(".pg-daily", "data-quote-id")).toBe(expected?.id);
			expect(await page.textContent(".pg-daily-speaker")).toBe(`— ${expected?.speaker ?? "Unknown speaker"}`);
			// The card sits above the toolbar, inside the sidebar's width.
			const card = (await page.locator(".pg-daily").boundingBox())!;
			const toolbar = (await page.locator(".pg-quotes-toolbar").boundingBox())!;
			expect(card.y + card.height).toBeLessThanOrEqual(toolbar.y + 1);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
			await page.screenshot({ path: path.join(SHOTS, `sidebar-daily-${theme}.png`) });

			await page.click('.pg-mode-button[data-mode="resurface"]');
			await page.evaluate(() => window.pgSidebar.settle());
			expect(await page.$$(".pg-quote-row")).toHaveLength(5);
			expect(await page.textContent(".pg-quotes-summary")).toBe("5 quotes you have not seen for the longest time");
			await page.screenshot({ path: path.join(SHOTS, `sidebar-resurface-${theme}.png`) });
			await page.close();
		});
	}

	test("quote cards drawn on the canvas: 1200×630 and 1080×1080, in the theme's colours", async () => {
		const long = index.all().reduce((a, b) => (b.text.length > a.text.length && b.speaker !== null ? b : a));
		const short = index.all().find((q) => q.speaker === "Sam Altman" && q.text.length > 60 && q.text.length < 200)!;
		for (const theme of ["light", "dark"] as const) {
			const page = await sidebar(theme);
			for (const [q, size, name] of [[short, "wide", "quote-card"], [long, "square", "quote-card-square"]] as const) {
				const drawn = await page.evaluate(([id, s]) => window.pgSidebar.drawCard(id, s), [q.id, size] as const);
				const png = Buffer.from(drawn.png, "base64");
				expect(pngSize(png)).toEqual(size === "wide" ? { width: 1200, height: 630 } : { width: 1080, height: 1080 });
				expect(png.length).toBeGreaterThan(10_000);
				fs.writeFileSync(path.join(SHOTS, `${name}-${theme}.png`), png);
				// The background is the theme's --background-primary (light #ffffff, dark #1e1e1e in the stand-in).
				const corner = await page.evaluate(async (b64) => {
					const img = new Image();
					img.src = `data:image/png;base64,${b64}`;
					await img.decode();
					const c = document.createElement("canvas");
					c.width = img.width;
					c.height = img.height;
					const ctx = c.getContext("2d")!;
					ctx.drawImage(img, 0, 0);
					return Array.from(ctx.getImageData(img.width - 5, 5, 1, 1).data.slice(0, 3));
				}, drawn.png);
				expect(corner).toEqual(theme === "light" ? [255, 255, 255] : [30, 30, 30]);
			}
			await page.close();
		}
	});

	test("Save as image writes the PNG where attachments go, under a free name, and says where", async () => {
		const page = await sidebar("light");
		const q = index.all().find((x) => x.speaker === "Sam Altman")!;
		const first = await page.evaluate((id) => window.pgSidebar.saveCard(id, "wide"), q.id);
		expect(first.path).toBe(`Quote card - Sam Altman - ${q.noteTitle}.png`);
		expect(first.bytes).toBeGreaterThan(10_000);
		expect(first.notice).toBe(`Saved the quote card to ${first.path}`);
		// Saved again: a free name next to it, the first file kept.
		const second = await page.evaluate((id) => window.pgSidebar.saveCard(id, "square"), q.id);
		expect(second.path).toBe(`Quote card - Sam Altman - ${q.noteTitle} 1.png`);
		await page.close();
	});
});

describe("the site's quote page in Chromium", () => {
	test("a published quote's page shows its card and carries og: tags", async () => {
		const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({ layout: "site", baseUrl: "https://garden.example.org", siteTitle: "Podcast garden" }) });
		expect(build.errors).toEqual([]);
		const site = new Map(build.changes.write.map((f) => [f.path, f.content]));
		const q = index.all().find((x) => x.flagged && x.speaker === "Sam Altman" && x.text.length > 80)!;
		const pagePath = `q/${q.id}/index.html`;
		expect(site.has(pagePath)).toBe(true);
		// No quote of an unflagged note has a page.
		for (const other of index.all().filter((x) => !x.flagged)) expect(site.has(`q/${other.id}/index.html`)).toBe(false);
		const srv = http.createServer((req, res) => {
			let p = decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/^\//, "");
			if (p === "" || p.endsWith("/")) p += "index.html";
			const body = site.get(p);
			if (body === undefined) {
				res.writeHead(404);
				res.end();
				return;
			}
			const type = p.endsWith(".svg") ? "image/svg+xml" : p.endsWith(".css") ? "text/css" : p.endsWith(".js") ? "text/javascript" : "text/html";
			res.writeHead(200, { "content-type": `${type}; charset=utf-8` });
			res.end(body);
		});
		await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
		const origin = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
		try {
			for (const scheme of ["light", "dark"] as const) {
				const page = await browser.context.newPage();
				await page.emulateMedia({ colorScheme: scheme });
				await page.setViewportSize({ width: 900, height: 900 });
				await page.goto(`${origin}/${pagePath.replace(/index\.html$/, "")}`);
				const img = await page.evaluate(async () => {
					const el = document.querySelector<HTMLImageElement>(".pg-quote-card img")!;
					await el.decode();
					return { w: el.naturalWidth, h: el.naturalHeight };
				});
				expect(img).toEqual({ w: 1200, h: 630 });
				// The card follows the reader's theme: its background as Chromium drew it on the page (the SVG's
				// own prefers-color-scheme style), light #fbfaf7, dark #1d2125.
				const shot = (await page.locator(".pg-quote-card img").screenshot()).toString("base64");
				const background = await page.evaluate(async (b64) => {
					const drawn = new Image();
					drawn.src = `data:image/png;base64,${b64}`;
					await drawn.decode();
					const c = document.createElement("canvas");
					c.width = drawn.width;
					c.height = drawn.height;
					const ctx = c.getContext("2d")!;
					ctx.drawImage(drawn, 0, 0);
					return Array.from(ctx.getImageData(drawn.width - 30, 12, 1, 1).data.slice(0, 3));
				}, shot);
				expect(background).toEqual(scheme === "light" ? [0xfb, 0xfa, 0xf7] : [0x1d, 0x21, 0x25]);
				expect(await page.getAttribute('meta[property="og:image"]', "content")).toBe(`https://garden.example.org/q/${q.id}/card.svg`);
				expect(await page.getAttribute('meta[property="og:title"]', "content")).toContain("Sam Altman on");
				// The link back to the quote in its note works.
				const back = await page.getAttribute(".quote-page figcaption a", "href");
				expect(back).toContain(`#${q.id}`);
				await page.screenshot({ path: path.join(SHOTS, `site-quote-page-${scheme}.png`), fullPage: true });
				// The note page's Share link leads here.
				const noteUrl = (back ?? "").replace(/#.*$/, "");
				await page.goto(new URL(noteUrl, page.url()).toString());
				await page.click(`a.pg-share[href$="/q/${q.id}/"]`);
				expect(page.url()).toBe(`${origin}/q/${q.id}/`);
				await page.close();
			}
		} finally {
			await new Promise<void>((r) => srv.close(() => r()));
		}
	});
});
