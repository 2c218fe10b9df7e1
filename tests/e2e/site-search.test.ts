// The published site's search in real headless Chromium, served from 127.0.0.1 with its CSP: a garden of
// 2,000 notes answers a query with at most 3 requests (counted with page.on("request")), also after an
// incremental publish that wrote only the index's recent part; Chinese and Japanese words are found inside
// text without spaces, accents and case are ignored. Also what keyboard
// and phone users meet: the skip link comes first, the layout fits 375 px, both themes have readable contrast.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { SEARCH_MAX_FILES } from "../../src/core/publish/site-search";
import { cli, writeVault } from "../core/publish/disk";
import { tempDir } from "../helpers/temp";
import { serveFolder, type FolderServer } from "./serve-folder";
import { launchChromium, type Chromium } from "./sidebar/browser";

const NOTES = 2000;

let root = "";
let server: FolderServer;
let browser: Chromium;

beforeAll(async () => {
	root = tempDir("pg-e2e-search-");
	const files: Record<string, string> = {};
	for (let n = 0; n < NOTES; n++) {
		files[`Shows/Episode ${n}.md`] = `---\ndg-publish: true\nshow: Garden Talk\nepisode: ${n}\n---\n> Plain words number ${n} about gardens and soil. – Ana Ruiz\n\n> A second thought ${n} on compost. – Lex Fridman\n`;
	}
	files["Tokyo.md"] = "---\ndg-publish: true\n---\n> 東京の未来について話しました。 – 山田太郎\n";
	files["Beijing.md"] = "---\ndg-publish: true\n---\n> 人工智能将改变我们的生活方式。 – 李明\n";
	files["Paris.md"] = "---\ndg-publish: true\n---\n> Le Café de Flore était plein. – José Muñoz\n";
	files["Private.md"] = "> 東京 secret private words. – Nobody\n";
	writeVault(path.join(root, "vault"), files);
	const result = await cli([path.join(root, "vault"), "--out", path.join(root, "site")]);
	expect([result.code, result.err]).toEqual([0, ""]);
	server = await serveFolder(path.join(root, "site"));
	browser = await launchChromium("pg-e2e-search-chromium-");
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens the search page, then types `query`; returns the requests made after the page had loaded. */
async function search(query: string, page?: Page): Promise<{ page: Page; requests: string[]; errors: string[] }> {
	const p = page ?? (await browser.context.newPage());
	const errors: string[] = [];
	p.on("pageerror", (e) => errors.push(e.message));
	if (!page) await p.goto(`${server.origin}/search/`, { waitUntil: "load" });
	const requests: string[] = [];
	p.on("request", (r) => requests.push(new URL(r.url()).pathname));
	await p.fill("#pg-search-input", query);
	await p.waitForFunction(() => /result/.test(document.getElementById("pg-search-status")?.textContent ?? ""));
	return { page: p, requests, errors };
}

const results = (page: Page): Promise<string[]> => page.$$eval("#pg-search-results li", (items) => items.map((li) => (li as HTMLElement).innerText));

describe(`site search over ${NOTES} notes in Chromium`, () => {
	test("a query loads the index in at most 3 requests and lists matching quotes; the next query loads nothing", async () => {
		const parts = fs.readdirSync(path.join(root, "site/search")).filter((f) => f.startsWith("index-"));
		expect(parts.length).toBeGreaterThanOrEqual(2);
		expect(parts.length).toBeLessThanOrEqual(SEARCH_MAX_FILES);
		const { page, requests, errors } = await search("number 1234");
		expect(requests.length).toBeLessThanOrEqual(3);
		// The base's parts and the recent part (search-log.ts).
		expect(parts).toContain("index-recent.json");
		expect([...requests].sort()).toEqual(parts.map((f) => `/search/${f}`).sort());
		expect(await page.textContent("#pg-search-status")).toBe("1 result.");
		expect(await results(page)).toEqual(["Episode 1234\nAna Ruiz: Plain words number 1234 about gardens and soil. – Ana Ruiz"]);
		const href = await page.getAttribute("#pg-search-results a", "href");
		expect(href).toMatch(/^\.\.\/shows\/episode-1234\/#q[0-9a-z-]+$/);

		const next = await search("compost 77", page);
		expect(next.requests).toEqual([]);
		// "77" matches at word starts only: 77 and 770–779, not 177 or 1077.
		expect(await page.textContent("#pg-search-status")).toBe("11 results.");
		await search("gardens", page);
		expect(await page.textContent("#pg-search-status")).toBe(`The first 50 of ${NOTES} results.`);
		expect(await page.$$eval("#pg-search-results li", (l) => l.length)).toBe(50);
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each([
		["未来", "Tokyo", "山田太郎: 東京の未来について話しました。"],
		["東京", "Tokyo", "東京の未来"],
		["人工智能", "Beijing", "李明: 人工智能将改变我们的生活方式。"],
		["生活方式", "Beijing", "人工智能"],
		["cafe jose", "Paris", "José Muñoz: Le Café de Flore"],
		["ＣＡＦÉ", "Paris", "Le Café"],
	])("%s finds %s (no spaces needed, accents, case and width ignored), in at most 3 requests", async (query, title, text) => {
		const { page, requests, errors } = await search(query);
		expect(requests.length).toBeLessThanOrEqual(3);
		const found = await results(page);
		expect(found).toHaveLength(1);
		expect(found[0].startsWith(`${title}\n`)).toBe(true);
		expect(found[0]).toContain(text);
		expect(errors).toEqual([]);
		await page.close();
	});

	test("a word of an unpublished note finds nothing; a query in the address is run on load", async () => {
		const page = await browser.context.newPage();
		await page.goto(`${server.origin}/search/?q=secret+private`, { waitUntil: "load" });
		await page.waitForFunction(() => document.getElementById("pg-search-status")?.textContent === "No results.");
		expect(await page.inputValue("#pg-search-input")).toBe("secret private");
		await page.close();
	});

	test("an index that cannot be loaded says so instead of showing no results", async () => {
		const page = await browser.context.newPage();
		await page.route("**/search/index-2.json", (route) => route.abort());
		await page.goto(`${server.origin}/search/?q=compost`, { waitUntil: "load" });
		await page.waitForFunction(() => /not available/.test(document.getElementById("pg-search-status")?.textContent ?? ""));
		expect(await page.textContent("#pg-search-status")).toBe("Search is not available: its index could not be loaded.");
		expect(await page.$$eval("#pg-search-results li", (l) => l.length)).toBe(0);
		await page.close();
	});

	test("keyboard: the skip link is the first stop and moves focus to main; the search field is reachable and labelled", async () => {
		const page = await browser.context.newPage();
		await page.goto(`${server.origin}/search/`, { waitUntil: "load" });
		await page.keyboard.press("Tab");
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
		expect(await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1)).toBeGreaterThanOrEqual(0);
		await page.keyboard.press("Enter");
		expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
		await page.keyboard.press("Tab");
		expect(await page.evaluate(() => document.activeElement?.id)).toBe("pg-search-input");
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe("Search notes and quotes");
		// Focus is visible: an outline is drawn.
		expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe("none");
		await page.close();
	});

	test.each(["light", "dark"] as const)("%s theme: text, muted text and links have at least 4.5:1 contrast; nothing is wider than a 375 px phone", async (theme) => {
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 375, height: 740 });
		await page.emulateMedia({ colorScheme: theme });
		await page.goto(`${server.origin}/search/`, { waitUntil: "load" });
		await search("compost 12", page);
		const contrast = await page.evaluate(() => {
			const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
			const lum = (c: string): number => {
				const [r, g, b] = rgb(c).map((v) => {
					const s = v / 255;
					return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
				});
				return 0.2126 * r + 0.7152 * g + 0.0722 * b;
			};
			const ratio = (a: string, b: string): number => {
				const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
				return (x + 0.05) / (y + 0.05);
			};
			const bg = getComputedStyle(document.body).backgroundColor;
			const color = (sel: string): string => getComputedStyle(document.querySelector(sel) as Element).color;
			return { bg, text: ratio(color("h1"), bg), muted: ratio(color("#pg-search-results .muted"), bg), link: ratio(color("#pg-search-results a"), bg), width: document.documentElement.scrollWidth };
		});
		expect(contrast.text).toBeGreaterThanOrEqual(4.5);
		expect(contrast.muted).toBeGreaterThanOrEqual(4.5);
		expect(contrast.link).toBeGreaterThanOrEqual(4.5);
		expect(contrast.width).toBeLessThanOrEqual(375);
		const dark = (lumOf: string): boolean => (lumOf.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) < 200;
		expect(dark(contrast.bg)).toBe(theme === "dark");
		await page.close();
	});

	test("after an incremental publish of one edited note: its new words are found, its old ones not, in at most 3 requests; the base was not written", async () => {
		const dir = path.join(root, "site/search");
		const base = fs.readdirSync(dir).filter((f) => /^index-\d+\.json$/.test(f)).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")] as const);
		const note = path.join(root, "vault/Shows/Episode 1234.md");
		fs.writeFileSync(note, fs.readFileSync(note, "utf8").replace("Plain words number 1234 about gardens and soil.", "Fresh zqxnew wording on mulch."));
		const result = await cli([path.join(root, "vault"), "--out", path.join(root, "site")]);
		expect([result.code, result.err]).toEqual([0, ""]);
		for (const [file, text] of base) expect([file, fs.readFileSync(path.join(dir, file), "utf8") === text]).toEqual([file, true]);
		expect(fs.readFileSync(path.join(dir, "index-recent.json"), "utf8")).toContain("zqxnew");

		const { page, requests, errors } = await search("zqxnew mulch");
		expect(requests.length).toBeLessThanOrEqual(3);
		expect(await results(page)).toEqual(["Episode 1234\nAna Ruiz: Fresh zqxnew wording on mulch. – Ana Ruiz"]);
		await search("number 1234", page);
		expect(await page.textContent("#pg-search-status")).toBe("No results.");
		// The note's other quote is still found once (from the recent part, not also from the base).
		await search("thought 1234", page);
		expect(await page.textContent("#pg-search-status")).toBe("1 result.");
		expect(errors).toEqual([]);
		await page.close();
	}, 240_000);
});
