// Compatibility with the real Digital Garden site template: a vault published with the Digital Garden
// layout is built by the template (Eleventy), and the built HTML is checked the way a reader would meet it.
// Skipped, saying why, when the template is not beside the clone (../shared/anchors/digitalgarden).
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";
import { buildTemplate, copyPublished, copyTemplate, findTemplate, png, TemplateCopy, templateSlugify } from "./dg-template";
import { dgSlug } from "../../src/core/publish/dg-slug";
import { cli, writeVault } from "../core/publish/disk";
import { tempDir } from "../helpers/temp";
import { FIXTURE_367_NAME, fixture367 } from "../core/publish/vault";

const found = findTemplate();
if ("missing" in found) console.warn(`Skipping the Digital Garden template test: ${found.missing}.`);
const describeWithTemplate = "dir" in found ? describe : describe.skip;

const SECRET = "PRIVATE-SENTINEL-7d1f";
const SECRET_TITLE = "Salary negotiation";

/** A vault with every case of the contract: dates, tables with links, embeds, images, home, hidden, non-ASCII, comma tags. */
function testVault(): Record<string, string | Uint8Array> {
	return {
		[`010 Inbox/${FIXTURE_367_NAME}`]: fixture367(),
		"Home.md": [
			"---", "dg-publish: true", "dg-home: true", "tags: beta, second", "---",
			"# Welcome",
			"",
			"| Episode | Note |",
			"| --- | --- |",
			`| [[${FIXTURE_367_NAME.replace(/\.md$/, "")}|Sam Altman on GPT-4]] | [[Über uns]] |`,
			`| [[${SECRET_TITLE}|a private note]] | [[Straße#Lage|the street]] |`,
			"",
			"Links: [[Ørsted]], [[Привет мир]], [[Ελληνικά]], [[Café/Crème brûlée|dessert]], [[Hidden note]], [[გამარჯობა]], [[Episode مرحبا]].",
			"",
			"![[Cover art.png|200]]",
			"",
			"![[photo.png]]",
			"",
			"![[Embedded]]",
			"",
			`![[${SECRET_TITLE}]]`,
		].join("\n"),
		"Embedded.md": ["---", "dg-publish: true", "---", "## Embedded heading", "", "Text of the embedded note, with a link to [[Über uns]]."].join("\n"),
		[`${SECRET_TITLE}.md`]: ["---", "title: Salary negotiation", "---", `# ${SECRET_TITLE}`, `${SECRET} do not publish.`].join("\n"),
		"Über uns.md": ["---", "dg-publish: true", "date: 18 March 2024", "tags: [about]", "---", "About us.", "", "Back [[Home]]."].join("\n"),
		"Straße.md": ["---", "dg-publish: true", "date: 2024-03-18", "---", "## Lage", "", "Mitten in der Stadt."].join("\n"),
		"Ørsted.md": ["---", "dg-publish: true", "date: 2024-03-18T10:30:00Z", "---", "Danish physicist."].join("\n"),
		"Привет мир.md": ["---", "dg-publish: true", "date: 03/18/2024", "---", "Hello in Russian."].join("\n"),
		"Ελληνικά.md": ["---", "dg-publish: true", "date: March 18, 2024", "---", "Greek."].join("\n"),
		"გამარჯობა.md": ["---", "dg-publish: true", "---", "Georgian greeting."].join("\n"),
		"Episode مرحبا.md": ["---", "dg-publish: true", "---", "Arabic greeting."].join("\n"),
		"Café/Crème brûlée.md": ["---", "dg-publish: true", "dg-pinned: true", "dg-content-classes: wide-page", "dg-show-toc: true", "---", "# Dessert", "", "Sweet."].join("\n"),
		"Hidden note.md": ["---", "dg-publish: true", "dg-hide: true", "---", "HIDDEN-PAGE-TEXT reachable by its link only."].join("\n"),
		"Old permalink.md": ["---", "dg-publish: true", "permalink: /somewhere-else/", "---", "Digital Garden reads only dg-permalink."].join("\n"),
		"Own address.md": ["---", "dg-publish: true", "dg-permalink: my-address", "---", "Has its own address."].join("\n"),
		"Cover art.png": png(40, 30, [200, 40, 40]),
		"photo.png": png(20, 20, [40, 40, 200]),
	};
}

/** Every file of the built site, path relative to dist. */
function distFiles(dist: string): string[] {
	const out: string[] = [];
	const walk = (rel: string): void => {
		for (const e of readdirSync(path.join(dist, rel), { withFileTypes: true })) {
			const child = rel ? `${rel}/${e.name}` : e.name;
			if (e.isDirectory()) walk(child);
			else out.push(child);
		}
	};
	walk("");
	return out;
}

/** The built page at a URL (`/a/` → dist/a/index.html). */
function pageAt(dist: string, url: string): string | null {
	const rel = decodeURIComponent(url.split("#")[0].split("?")[0]).replace(/^\/+/, "");
	for (const candidate of [rel, path.join(rel, "index.html")]) {
		const full = path.join(dist, candidate);
		if (existsSync(full) && statSync(full).isFile()) return readFileSync(full, "utf8");
	}
	return null;
}

describeWithTemplate("the real Digital Garden template builds what the Digital Garden layout publishes", () => {
	let copy: TemplateCopy;
	let dist: string;
	let slugify: (text: string) => string;
	let work = "";
	const published = Object.keys(testVault()).filter((p) => p.endsWith(".md") && !p.startsWith(SECRET_TITLE));

	beforeAll(async () => {
		const started = Date.now();
		work = tempDir("pg-dg-template-");
		copy = copyTemplate((found as { dir: string }).dir, work);
		const vault = path.join(work, "vault");
		const out = path.join(work, "out");
		writeVault(vault, testVault());
		const result = await cli([vault, "--out", out, "--layout", "digital-garden"]);
		if (result.code !== 0) throw new Error(`publish failed: ${result.err}${result.out}`);
		copyPublished(out, copy.dir);
		const buildStarted = Date.now();
		buildTemplate(copy.dir);
		dist = path.join(copy.dir, "dist");
		slugify = templateSlugify(copy.dir);
		console.log(`Digital Garden template: packages ${copy.installed ? "installed" : "reused"} in ${((buildStarted - started) / 1000).toFixed(1)} s (npm ${(copy.installMs / 1000).toFixed(1)} s), build ${((Date.now() - buildStarted) / 1000).toFixed(1)} s`);
	}, 20 * 60_000);

	/** The address the Digital Garden plugin gives a note, computed with the template's own slug package. */
	const dgUrl = (vaultPath: string): string => `/${vaultPath.replace(/\.md$/, "").split("/").map((s) => slugify(s)).join("/")}/`;

	test("every published note is a page at the address the Digital Garden plugin gives it", () => {
		const expected: Record<string, string> = {
			"Über uns.md": "/ueber-uns/",
			"Straße.md": "/strasse/",
			"Ørsted.md": "/orsted/",
			"Привет мир.md": "/privet-mir/",
			"Ελληνικά.md": "/ellinika/",
			"გამარჯობა.md": "/gamarjoba/",
			"Episode مرحبا.md": "/episode-mrhba/",
			"Café/Crème brûlée.md": "/cafe/creme-brulee/",
			[`010 Inbox/${FIXTURE_367_NAME}`]: "/010-inbox/367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt-and-the-future-of-ai/",
			// A plain permalink is not read by Digital Garden; dg-permalink is.
			"Old permalink.md": "/old-permalink/",
		};
		for (const [note, url] of Object.entries(expected)) expect([note, dgUrl(note)]).toEqual([note, url]);
		for (const note of published) {
			if (note === "Home.md" || note === "Own address.md") continue;
			expect([note, pageAt(dist, dgUrl(note)) !== null]).toEqual([note, true]);
		}
		expect(pageAt(dist, "/gamarjoba/")).toContain("Georgian greeting.");
		expect(pageAt(dist, "/episode-mrhba/")).toContain("Arabic greeting.");
		expect(pageAt(dist, "/my-address/")).toContain("Has its own address.");
		expect(pageAt(dist, "/somewhere-else/")).toBeNull();
	});

	test("our slug (the package we bundle) gives the template's slug for every letter of the scripts it transliterates", () => {
		const differ: string[] = [];
		const blocks: [number, number][] = [
			[0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x3ff], [0x400, 0x52f], [0x530, 0x58f], [0x600, 0x6ff], [0x780, 0x7bf], [0x10a0, 0x10ff], [0x1e00, 0x1eff],
			// A sample of scripts it does not know (CJK, Hebrew, Devanagari) and of symbols and emoji.
			[0x4e00, 0x4e3f], [0x5d0, 0x5ea], [0x900, 0x93f], [0x2660, 0x266f], [0x1f600, 0x1f64f], [0x1f980, 0x1f98f],
		];
		for (const [from, to] of blocks) {
			for (let code = from; code <= to; code++) {
				const ch = String.fromCodePoint(code);
				// Alone, between letters and between capitals (camel case is split after transliteration).
				for (const text of [ch, `x${ch}x`, `X${ch}X`, `${ch}${ch}b`]) if (dgSlug(text) !== slugify(text)) differ.push(`${JSON.stringify(text)}: ${dgSlug(text)} ≠ ${slugify(text)}`);
			}
		}
		expect(differ).toEqual([]);
	});

	test("the home note is the site's front page, in the home layout", () => {
		const home = pageAt(dist, "/") ?? "";
		expect(home).toContain("Welcome");
		// The note layout gives the title a note icon; the home layout does not.
		expect(home).not.toMatch(/<h1 data-note-icon=/);
		expect(pageAt(dist, "/ueber-uns/")).toMatch(/<h1 data-note-icon=/);
		expect(pageAt(dist, "/home/")).toBeNull();
	});

	test("links resolve, also inside table cells, and links to private notes are text", () => {
		const home = pageAt(dist, "/") ?? "";
		const table = /<table[\s\S]*?<\/table>/.exec(home)?.[0] ?? "";
		expect(table).toMatch(/<td><a [^>]*href="\/010-inbox\/367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt-and-the-future-of-ai\/"[^>]*>Sam Altman on GPT-4<\/a><\/td>/);
		expect(table).toMatch(/href="\/ueber-uns\/"/);
		expect(table).toMatch(/href="\/strasse\/#lage"[^>]*>the street</);
		expect(table).toContain("<td>a private note</td>");
		for (const url of ["/orsted/", "/privet-mir/", "/ellinika/", "/cafe/creme-brulee/", "/hidden-note/", "/gamarjoba/", "/episode-mrhba/"]) expect(home).toContain(`href="${url}"`);
		const pages = distFiles(dist).filter((f) => f.endsWith(".html") && f !== "404/index.html");
		for (const page of pages) {
			const html = readFileSync(path.join(dist, page), "utf8");
			expect([page, html.includes("is-unresolved")]).toEqual([page, false]);
			for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"]*)"/g)) {
				if (href.startsWith("//")) continue;
				expect([page, href, pageAt(dist, href) !== null || existsSync(path.join(dist, decodeURIComponent(href.split("#")[0])))]).toEqual([page, href, true]);
			}
		}
	});

	test("images keep their size", () => {
		const home = pageAt(dist, "/") ?? "";
		const images = [...home.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
		const cover = images.find((i) => i.includes("Cover%20art.png"));
		const photo = images.find((i) => i.includes("photo.png"));
		expect(cover).toMatch(/width="200px"/);
		expect(photo).toBeDefined();
		expect(photo).not.toMatch(/width="\d/);
		expect(existsSync(path.join(dist, "img/user/Cover art.png"))).toBe(true);
	});

	test("embeds are framed as transclusions; an unpublished one is a placeholder", () => {
		const home = pageAt(dist, "/") ?? "";
		const frame = /<div class="transclusion internal-embed is-loaded">[\s\S]*?<\/div><\/div>/.exec(home)?.[0] ?? "";
		expect(frame).toContain('class="markdown-embed-link" href="/embedded/"');
		expect(frame).toContain("Embedded heading");
		expect(frame).toContain("Text of the embedded note");
		expect(home).toContain("An embedded note is not published.");
	});

	test("tags written as `beta, second` are two tags", () => {
		const home = pageAt(dist, "/") ?? "";
		const tags = [...home.matchAll(/<a class="tag"[^>]*>\s*#([^<]*?)\s*<\/a>/g)].map((m) => m[1]);
		expect(tags).toEqual(expect.arrayContaining(["beta", "second"]));
		expect(tags.some((t) => t.includes(",") || t.startsWith(" "))).toBe(false);
	});

	test("per-note settings reach the page: pinned, content classes, table of contents", () => {
		const dessert = pageAt(dist, "/cafe/creme-brulee/") ?? "";
		expect(dessert).toMatch(/<main class="content[^"]*\bwide-page\b/);
		expect(dessert).toMatch(/class="toc/);
	});

	test("the hidden note is built but left out of the file tree, search, graph and sitemap", () => {
		expect(pageAt(dist, "/hidden-note/")).toContain("HIDDEN-PAGE-TEXT");
		const search = readFileSync(path.join(dist, "searchIndex.json"), "utf8");
		expect(search).not.toContain("HIDDEN-PAGE-TEXT");
		expect(search).toContain("Danish physicist");
		expect(readFileSync(path.join(dist, "sitemap.xml"), "utf8")).not.toContain("/hidden-note/");
		const graph = JSON.parse(readFileSync(path.join(dist, "graph.json"), "utf8")) as { nodes: Record<string, { hide: boolean }> };
		expect(graph.nodes["/hidden-note/"]?.hide).toBe(true);
		const other = pageAt(dist, "/orsted/") ?? "";
		expect(other).toContain('class="filename" href="/ueber-uns/"');
		expect(other).not.toContain('class="filename" href="/hidden-note/"');
	});

	test("nothing of the unflagged note is anywhere in the built site", () => {
		for (const file of distFiles(dist)) {
			const text = readFileSync(path.join(dist, file)).toString("latin1");
			expect([file, text.includes(SECRET), text.includes(SECRET_TITLE)]).toEqual([file, false, false]);
		}
	});
});
