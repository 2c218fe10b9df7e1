// The published site in real headless Chromium: notes' HTML and JavaScript are inert (no script runs, no
// inline handler fires, no dialog opens) while their text still shows; quote anchors and search work.
// The pages are served with their Content-Security-Policy removed, so escaping alone is what is tested.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { cli, writeVault } from "../core/publish/disk";
import { tempDir } from "../helpers/temp";

const HOSTILE = [
	"---",
	"dg-publish: true",
	"title: \"<script>window.__pwned='title'</script>Hostile note\"",
	"---",
	"# Heading <img src=x onerror=\"window.__pwned='heading'\">",
	"",
	"<script>window.__pwned = 'script'; alert('xss')</script>",
	"",
	"<img src=x onerror=\"window.__pwned='img'\"> and <svg onload=\"window.__pwned='svg'\"></svg>",
	"",
	"<iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>",
	"",
	"[click me](javascript:window.__pwned='link') and [[Target|<b onmouseover=\"window.__pwned='wikilink'\">bold</b>]]",
	"",
	"> [!note] <img src=x onerror=\"window.__pwned='callout'\">",
	"> callout body",
	"",
	"> <script>window.__pwned='quote'</script> hostile quote text – Sam Altman",
	"",
	"Visible marker PLAINTEXT_VISIBLE",
].join("\n");

let server: http.Server;
let origin = "";
let profileDir = "";
let context: BrowserContext;
let siteDir = "";

beforeAll(async () => {
	const root = tempDir("pg-e2e-site-");
	const many: Record<string, string> = {};
	// Enough notes for many search results.
	for (let n = 0; n < 30; n++) many[`Episode ${n}.md`] = `---\ndg-publish: true\n---\n> Shard needle ${n} in a quote. – Ana Ruiz\n`;
	writeVault(path.join(root, "vault"), { "Hostile.md": HOSTILE, "Target.md": "---\ndg-publish: true\n---\nTarget", ...many });
	siteDir = path.join(root, "site");
	const result = await cli([path.join(root, "vault"), "--out", siteDir]);
	expect(result.code).toBe(0);
	server = http.createServer((req, res) => {
		const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
		let file = path.join(siteDir, url);
		if (!file.startsWith(siteDir)) return void res.writeHead(403).end();
		if (url.endsWith("/")) file = path.join(file, "index.html");
		if (!fs.existsSync(file)) return void res.writeHead(404).end();
		let body: Buffer | string = fs.readFileSync(file);
		const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "application/json";
		if (file.endsWith(".html")) body = body.toString("utf8").replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, "");
		res.writeHead(200, { "content-type": type }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-chromium-"));
	context = await chromium.launchPersistentContext(profileDir, {
		executablePath: "/usr/bin/chromium",
		headless: true,
		args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
	});
});

afterAll(async () => {
	await context?.close();
	await new Promise((resolve) => server?.close(resolve));
	if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
});

async function open(url: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
	const page = await context.newPage();
	const dialogs: string[] = [];
	const errors: string[] = [];
	page.on("dialog", (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	page.on("pageerror", (e) => errors.push(e.message));
	await page.goto(origin + url, { waitUntil: "load" });
	await page.waitForTimeout(300);
	return { page, dialogs, errors };
}

interface Probe {
	pwned: unknown;
	scripts: string[];
	handlers: string[];
	frames: number;
	text: string;
}

const probe = (page: Page): Promise<Probe> =>
	page.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
		scripts: [...document.querySelectorAll("script")].map((s) => s.getAttribute("src") ?? "inline"),
		handlers: [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${el.tagName}.${a.name}`)),
		frames: document.querySelectorAll("iframe, object, embed, svg").length,
		text: document.body.innerText,
	}));

describe("published site in Chromium", () => {
	test.each(["/hostile/", "/speakers/sam-altman/", "/quotes/", "/"])("%s: HTML from the note is inert and its text shows", async (url) => {
		const { page, dialogs, errors } = await open(url);
		await page.hover("main").catch(() => undefined);
		for (const b of await page.$$("main b, main a")) await b.hover().catch(() => undefined);
		const p = await probe(page);
		expect(p.pwned).toBeNull();
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
		expect(p.scripts).toEqual([expect.stringMatching(/assets\/search\.js$/)]);
		expect(p.handlers).toEqual([]);
		expect(p.frames).toBe(0);
		if (url === "/hostile/") {
			expect(p.text).toContain("<script>window.__pwned = 'script'; alert('xss')</script>");
			expect(p.text).toContain("<img src=x onerror=\"window.__pwned='img'\">");
			expect(p.text).toContain("PLAINTEXT_VISIBLE");
			expect(p.text).toContain("<script>window.__pwned='title'</script>Hostile note");
			expect(await page.getAttribute("a[href*='target']", "href")).toBe("../target/");
		}
		if (url === "/hostile/") expect(p.text).toContain("hostile quote text");
		await page.close();
	});

	test("a quote's anchor is its id, and search finds it", async () => {
		const { page, errors } = await open("/search/");
		await page.fill("#pg-search-input", "hostile quote");
		await page.waitForSelector("#pg-search-results li a");
		const href = (await page.getAttribute("#pg-search-results li a", "href")) ?? "";
		expect(href).toMatch(/^\.\.\/hostile\/#q[0-9a-z-]+$/);
		await page.click("#pg-search-results li a");
		await page.waitForURL(/\/hostile\/#q/);
		const id = href.split("#")[1];
		const target = await page.evaluate(() => document.querySelector(":target")?.tagName ?? null);
		expect(target).toBe("BLOCKQUOTE");
		expect(await page.evaluate((i) => document.getElementById(i)?.textContent ?? "", id)).toContain("hostile quote text");
		expect((await probe(page)).pwned).toBeNull();
		expect(errors).toEqual([]);
		await page.close();
	});

	test("a speaker page shows the speaker's quotes; one click opens the quote on the note page", async () => {
		const { page, errors } = await open("/speakers/sam-altman/");
		const quote = await page.$eval("figure.speaker-quote", (el) => ({ id: el.id, text: (el as HTMLElement).innerText }));
		expect(quote.text).toContain("hostile quote text");
		// The quote is rendered as text on this page too: nothing in it runs.
		expect((await probe(page)).pwned).toBeNull();
		await page.click("figure.speaker-quote figcaption a");
		await page.waitForURL(new RegExp(`/hostile/#${quote.id}$`));
		expect(await page.evaluate(() => document.querySelector(":target")?.tagName ?? null)).toBe("BLOCKQUOTE");
		expect(await page.evaluate(() => document.querySelector<HTMLElement>(":target")?.innerText ?? "")).toContain("hostile quote text");
		expect((await probe(page)).pwned).toBeNull();
		expect(errors).toEqual([]);
		await page.close();
	});

	test("search loads the index and lists every matching quote", async () => {
		const { page, errors } = await open("/search/?q=shard+needle");
		await page.waitForFunction(() => document.querySelectorAll("#pg-search-results li a").length === 30);
		await page.waitForFunction(() => document.getElementById("pg-search-status")?.textContent === "30 results.");
		const hrefs = await page.$$eval("#pg-search-results li a", (links) => links.map((a) => a.getAttribute("href") ?? ""));
		expect(new Set(hrefs).size).toBe(30);
		for (const href of hrefs) expect(href).toMatch(/^\.\.\/episode-\d+\/#q[0-9a-z-]+$/);
		expect(await page.textContent("#pg-search-results")).toContain("Ana Ruiz: Shard needle 7 in a quote.");
		// A narrower query runs over the index already loaded.
		await page.fill("#pg-search-input", "needle 17");
		await page.waitForFunction(() => document.querySelectorAll("#pg-search-results li a").length === 1);
		await page.fill("#pg-search-input", "nothing matches this");
		await page.waitForFunction(() => document.getElementById("pg-search-status")?.textContent === "No results.");
		expect(errors).toEqual([]);
		await page.close();
	});
});
