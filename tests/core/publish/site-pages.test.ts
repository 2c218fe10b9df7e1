// The static site's pages for readers (issue 14): speaker pages with their quotes, backlinks, tags,
// episodes by show and sharing metadata; every link between them leads to a page and anchor that exist.
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import type { PublishBuild, PublishManifest } from "../../../src/core/publish";
import { episodeDateKey } from "../../../src/core/publish/episode-date";
import { QUOTES_PER_PAGE } from "../../../src/core/publish/site-speakers";
import { publicTags, tagUrl } from "../../../src/core/publish/site-tags";
import { parseNote } from "../../../src/core/note";
import { HtmlValidate } from "html-validate";
import { shownRows } from "../../../src/core/publish/search-log";
import { isSearchIndexFile } from "../../../src/core/publish/site-search";
import { memoryVault, PublishedFiles } from "./vault";

const flagged = (front: string, body: string): string => `---\ndg-publish: true\n${front}---\n${body}\n`;

const VAULT: Record<string, string> = {
	"Shows/Ep 1.md": flagged("show: Lex Fridman Podcast\nepisode: 1\ndate: 2023-03-25\ntags: [ai, Interview]\n", "> Old words. – Sam Altman (00:12:05)\n\nSee [[Ep 3]]."),
	"Shows/Ep 2.md": flagged("show: Lex Fridman Podcast\nepisode: 2\ndate: 18 March 2024\ntags: ai\n", "> Newer words. – Sam Altman [01:02:03]\n\n> A reply. – Lex Fridman\n\nBack to [[Ep 1]] and [[Ep 1|again]]."),
	"Shows/Ep 3.md": flagged("show: Acquired\npublished: March 2, 2022\n", "> Third words. – Sam Altman\n\n%% [[Ep 2]] in a comment %%"),
	"Shows/Undated.md": flagged("show: Acquired\n", "> Undated words. – Sam Altman"),
	"Essay.md": flagged("description: A short essay on gardens.\n", "Links [[Ep 2]]."),
};

async function build(files: Record<string, string>, manifest: PublishManifest = emptyManifest(), baseUrl = "", site?: PublishedFiles): Promise<{ build: PublishBuild; page: (path: string) => string; all: Map<string, string> }> {
	const frontmatterKeys = [...publishOptions().frontmatterKeys, "description"];
	const result = await buildPublish({ vault: memoryVault(files), manifest, options: publishOptions({ baseUrl, frontmatterKeys }), readPublished: site?.read });
	expect(result.errors).toEqual([]);
	site?.apply(result.changes);
	const all = new Map(result.changes.write.map((f) => [f.path, typeof f.content === "string" ? f.content : ""]));
	return { build: result, page: (p) => all.get(p) ?? "", all };
}

/** Every relative link and anchor of every written HTML page leads to a written page and an id on it. */
function brokenLinks(all: Map<string, string>): string[] {
	const broken: string[] = [];
	for (const [path, html] of all) {
		if (!path.endsWith(".html")) continue;
		const dir = path.split("/").slice(0, -1);
		for (const m of html.matchAll(/ href="([^"]*)"/g)) {
			const href = m[1].replace(/&amp;/g, "&");
			if (/^[a-z]+:/.test(href)) continue;
			const [target, anchor] = href.split("#");
			let file = path;
			if (target !== "") {
				const parts = [...dir];
				for (const seg of target.split("/")) {
					if (seg === "..") parts.pop();
					else if (seg !== "." && seg !== "") parts.push(seg);
				}
				const isFile = /\.[a-z0-9]+$/i.test(target);
				file = isFile ? parts.join("/") : [...parts, "index.html"].join("/");
			}
			const content = all.get(file);
			if (content === undefined) broken.push(`${path}: ${href} (no ${file})`);
			else if (anchor && !content.includes(`id="${anchor}"`)) broken.push(`${path}: ${href} (no id ${anchor} in ${file})`);
		}
	}
	return broken;
}

describe("speaker pages", () => {
	test("hold every published quote of the speaker, grouped by episode newest first, with anchor, timestamp and a link to the quote", async () => {
		const { page, all } = await build(VAULT);
		const sam = page("speakers/sam-altman/index.html");
		const order = [...sam.matchAll(/<h2 id="episode_1_\d+"><a href="[^"]+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1]);
		// 18 March 2024, then 2023-03-25, then March 2, 2022 (dates in three forms), the undated note last.
		expect(order).toEqual(["Ep 2", "Ep 1", "Ep 3", "Undated"]);
		expect(sam).toContain("4 quotes in 4 notes");
		const ep1 = page("shows/ep-1/index.html");
		const id = /<blockquote id="(q[^"]+)" class="pg-quote">\n<p>Old words/.exec(ep1)?.[1] ?? "none";
		expect(sam).toContain(`<figure class="speaker-quote" id="${id}">`);
		expect(sam).toContain(`<figcaption><span class="quote-time">00:12:05</span> · <a href="../../shows/ep-1/#${id}">In the episode</a>`);
		expect(sam).toContain('<span class="quote-time">01:02:03</span>');
		expect(sam).not.toContain("A reply.");
		expect(page("speakers/lex-fridman/index.html")).toContain("A reply.");
		expect(brokenLinks(all)).toEqual([]);
		// The checker itself finds a missing page and a missing anchor.
		const bad = new Map(all).set("x/index.html", '<a href="../nowhere/">x</a><a href="../shows/ep-1/#nope">y</a>');
		expect(brokenLinks(bad)).toEqual(["x/index.html: ../nowhere/ (no nowhere/index.html)", "x/index.html: ../shows/ep-1/#nope (no id nope in shows/ep-1/index.html)"]);
	});

	test("a speaker with more than QUOTES_PER_PAGE quotes gets pages with previous and next links; episodes stay whole", async () => {
		const files: Record<string, string> = {};
		const per = 30;
		const notes = Math.ceil((QUOTES_PER_PAGE * 2) / per) + 1;
		for (let n = 0; n < notes; n++) {
			const quotes = Array.from({ length: per }, (_, k) => `> Saying ${n}-${k}. – Ana Ruiz`).join("\n\n");
			files[`Ep ${String(n).padStart(2, "0")}.md`] = flagged(`date: 2020-01-${String(n + 1).padStart(2, "0")}\n`, quotes);
		}
		const { page, all } = await build(files);
		const first = page("speakers/ana-ruiz/index.html");
		const count = Number(/Page 1 of (\d+)/.exec(first)?.[1]);
		expect(count).toBe(3);
		const seen: string[] = [];
		for (let i = 1; i <= count; i++) {
			const html = page(i === 1 ? "speakers/ana-ruiz/index.html" : `speakers/ana-ruiz/${i}/index.html`);
			const sayings = [...html.matchAll(/<p>Saying (\d+)-(\d+)\. – Ana Ruiz<\/p>/g)].map((m) => `${m[1]}-${m[2]}`);
			expect(sayings.length).toBeLessThanOrEqual(QUOTES_PER_PAGE);
			expect(sayings.length % per).toBe(0);
			seen.push(...sayings);
			if (i > 1) expect(html).toContain('rel="prev"');
			if (i < count) expect(html).toContain('rel="next"');
		}
		expect(seen).toHaveLength(notes * per);
		// Newest first: the last note's quotes open the first page.
		expect(seen[0]).toBe(`${notes - 1}-0`);
		expect(brokenLinks(all)).toEqual([]);
	});

	test("the speakers index shows counts, the most quoted first", async () => {
		const { page } = await build(VAULT);
		const index = page("speakers/index.html");
		const most = index.slice(index.indexOf("Most quoted"), index.indexOf("All speakers"));
		expect(most.indexOf("Sam Altman")).toBeLessThan(most.indexOf("Lex Fridman"));
		expect(index).toContain('<a href="../speakers/sam-altman/">Sam Altman</a> <span class="muted">4 quotes in 4 notes</span>');
		expect(index).toContain('<a href="../speakers/lex-fridman/">Lex Fridman</a> <span class="muted">1 quote in 1 note</span>');
	});
});

describe("note pages, tags and lists", () => {
	test("a note page shows its tags and backlinks from published notes; a link in a comment is no backlink", async () => {
		const { page } = await build(VAULT);
		const ep1 = page("shows/ep-1/index.html");
		expect(ep1).toContain('<p class="note-tags"><span class="muted">Tags:</span> <a rel="tag" href="../../tags/ai/">#ai</a> <a rel="tag" href="../../tags/interview/">#Interview</a></p>');
		const backlinks = (html: string): string[] => [...(/<section class="backlinks"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "").matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);
		// Ep 2 links Ep 1 twice: listed once.
		expect(backlinks(ep1)).toEqual(["Ep 2 ../../shows/ep-2/"]);
		expect(backlinks(page("shows/ep-2/index.html"))).toEqual(["Essay ../../essay/"]);
		expect(backlinks(page("shows/ep-3/index.html"))).toEqual(["Ep 1 ../../shows/ep-1/"]);
		expect(page("essay/index.html")).not.toContain('class="backlinks"');
	});

	test("a page per tag and a tags index; the episodes page groups episodes by show, newest first", async () => {
		const { page, all } = await build(VAULT);
		const ai = page("tags/ai/index.html");
		expect([...ai.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1])).toEqual(["Ep 2", "Ep 1"]);
		expect(page("tags/interview/index.html")).toContain("1 note tagged #Interview.");
		expect(page("tags/index.html")).toContain('<a rel="tag" href="../tags/ai/">#ai</a> <span class="muted">(2)</span>');
		const episodes = page("episodes/index.html");
		const shows = [...episodes.matchAll(/<h2 id="show_\d+">([^<]+) </g)].map((m) => m[1]);
		expect(shows).toEqual(["Acquired", "Lex Fridman Podcast"]);
		const acquired = episodes.slice(episodes.indexOf("Acquired"), episodes.indexOf("Lex Fridman Podcast <"));
		expect(acquired.indexOf("Ep 3")).toBeLessThan(acquired.indexOf("Undated"));
		const lex = episodes.slice(episodes.indexOf("Lex Fridman Podcast <"));
		expect(lex.indexOf("Ep 2")).toBeLessThan(lex.indexOf("Ep 1"));
		expect(brokenLinks(all)).toEqual([]);
	});

	test("sharing metadata: title, description from a public summary key or the first quote, og:url with a base URL", async () => {
		const { page } = await build(VAULT, emptyManifest(), "https://garden.example.com");
		const essay = page("essay/index.html");
		expect(essay).toContain('<meta name="description" content="A short essay on gardens.">');
		expect(essay).toContain('<meta property="og:title" content="Essay">');
		expect(essay).toContain('<meta property="og:type" content="article">');
		expect(essay).toContain('<meta property="og:url" content="https://garden.example.com/essay/">');
		expect(page("shows/ep-2/index.html")).toContain('<meta property="og:description" content="Newer words. – Sam Altman [01:02:03]">');
		const without = await build(VAULT);
		expect(without.page("essay/index.html")).not.toContain("og:url");
	});

	test("every new page kind is valid HTML", async () => {
		const { page } = await build(VAULT, emptyManifest(), "https://garden.example.com");
		const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "valid-id": ["error", { relaxed: true }] } });
		const messages: string[] = [];
		for (const path of ["speakers/index.html", "speakers/sam-altman/index.html", "tags/index.html", "tags/ai/index.html", "episodes/index.html", "shows/ep-1/index.html", "essay/index.html"]) {
			expect(page(path)).not.toBe("");
			const report = await validator.validateString(page(path));
			messages.push(...report.results.flatMap((r) => r.messages.map((m) => `${path}: ${m.message}`)));
		}
		expect(messages).toEqual([]);
	});

	test("tags: frontmatter tags when the key is public, split at commas, # stripped, one spelling per tag", () => {
		const record = parseNote("A.md", "---\ntags: \"#ai, beta, AI\"\n---\nBody #inline\n");
		expect(publicTags(record, ["tags"])).toEqual(["ai", "beta"]);
		expect(publicTags(record, ["title"])).toEqual([]);
		expect(tagUrl("Podcast/Science")).toBe("/tags/podcast-science/");
		expect(tagUrl("🌱")).toMatch(/^\/tags\/tag-[0-9a-f]{8}\/$/);
	});

	test("episode dates in common forms order the same way", () => {
		expect(["2023-03-25", "2023/3/25", "25 March 2023", "March 25, 2023", "Mar 25th 2023", "2023-03-25T10:00:00Z"].map(episodeDateKey)).toEqual(Array(6).fill("2023-03-25"));
		expect(episodeDateKey("2023-03")).toBe("2023-03-00");
		expect(episodeDateKey("soon")).toBe("");
		expect(episodeDateKey(null)).toBe("");
	});
});

describe("what one edit rewrites", () => {
	test("a quote edited on the second page of a long speaker rewrites the note's files, that speaker page, the search index's recent part and the feed", async () => {
		const files: Record<string, string> = {};
		for (let n = 0; n < 16; n++) {
			const quotes = Array.from({ length: 30 }, (_, k) => `> Saying ${n}-${k}. – Ana Ruiz`).join("\n\n");
			files[`Ep ${String(n).padStart(2, "0")}.md`] = flagged(`date: 2020-01-${String(n + 1).padStart(2, "0")}\ntags: [talk]\n`, `${quotes}\n\n> Host ${n}. – Lex Fridman\n\n[[Ep 00]]`);
		}
		const site = new PublishedFiles();
		const first = await build(files, emptyManifest(), "", site);
		const again = await build(files, first.build.manifest, "", site);
		// Deterministic: the same vault writes nothing the second time.
		expect(again.build.changes.write).toEqual([]);
		// Ep 04 is on Ana Ruiz's second page (newest first: Ep 15 … Ep 10 fill the first 180 quotes).
		const page2 = first.page("speakers/ana-ruiz/2/index.html");
		expect(page2).toContain("Saying 4-3.");
		const edited = { ...files, "Ep 04.md": files["Ep 04.md"].replace("Saying 4-3.", "Saying 4-3, edited.") };
		const second = await build(edited, first.build.manifest, "", site);
		// The edited quote gets a new page (its id follows its words) and its old page goes. Of the search
		// index only the recent part is written (search-log.ts).
		const quotePage = (f: string): boolean => f.startsWith("q/");
		const written = second.build.changes.write.map((f) => f.path).sort();
		expect(written.filter((f) => !quotePage(f))).toEqual([".podcast-garden/markdown/ep-04/index.md", "ep-04/index.html", "feed.xml", "search/index-recent.json", "speakers/ana-ruiz/2/index.html"]);
		expect(written.filter(quotePage)).toHaveLength(2);
		expect(second.build.changes.delete.filter((f) => !quotePage(f))).toEqual([]);
		expect(second.build.changes.delete.filter(quotePage)).toHaveLength(2);
		expect(second.page("speakers/ana-ruiz/2/index.html")).toContain("Saying 4-3, edited.");
		// The same bytes as a full build of the edited vault: nothing kept is stale. The feed is dated by when
		// each note last changed, so a fresh build differs there by design; the search index is a base and
		// what changed since, so a fresh build has other files that show the same rows.
		const fresh = await build(edited);
		const fromFiles = (all: Map<string, string>) => (path: string) => Promise.resolve(all.get(path) ?? null);
		expect(await shownRows(site.read)).toEqual(await shownRows(fromFiles(fresh.all)));
		for (const [path, content] of second.all) if (path !== "feed.xml" && !isSearchIndexFile(path)) expect(fresh.page(path)).toBe(content);
		const sameKind = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([path]) => path !== "feed.xml" && !isSearchIndexFile(path)));
		expect(sameKind(second.build.manifest.siteFiles)).toEqual(sameKind(fresh.build.manifest.siteFiles));
		// Pages without a quote of the edited note are not built at all: a marked hash is kept as it is.
		const marked = { ...first.build.manifest, siteFiles: { ...first.build.manifest.siteFiles, "speakers/ana-ruiz/index.html": "old-1", "speakers/lex-fridman/index.html": "old-2" } };
		const reused = await build(edited, marked);
		expect(reused.build.manifest.siteFiles["speakers/ana-ruiz/index.html"]).toBe("old-1");
		// Lex Fridman's only page holds a quote of Ep 04: built again, found unchanged, given its real hash.
		expect(reused.build.manifest.siteFiles["speakers/lex-fridman/index.html"]).toBe(first.build.manifest.siteFiles["speakers/lex-fridman/index.html"]);
	});

	test("when the lists change, only the pages of speakers the changed or removed notes quote (now or before) are built", async () => {
		const files: Record<string, string> = {
			"A.md": flagged("", "> A one. – Ana Ruiz"),
			"B.md": flagged("", "> B one. – Ana Ruiz\n\n> B two. – Bo Li"),
			"C.md": flagged("", "> C one. – Cy Ng"),
		};
		const first = await build(files);
		expect(first.build.manifest.notes["B.md"].speakerNames).toEqual(["Ana Ruiz", "Bo Li"]);
		const mark = (m: PublishManifest): PublishManifest => ({ ...m, siteFiles: Object.fromEntries(Object.entries(m.siteFiles).map(([p, h]) => [p, p.startsWith("speakers/") && p !== "speakers/index.html" ? `old-${h}` : h])) });
		// B unflagged: Ana Ruiz is quoted by B only in the last manifest, yet her page loses B's quote.
		const { "B.md": _b, ...withoutB } = files;
		const removed = await build(withoutB, mark(first.build.manifest));
		expect(removed.page("speakers/ana-ruiz/index.html")).not.toContain("B one.");
		expect(removed.page("speakers/ana-ruiz/index.html")).toContain("A one.");
		expect(removed.build.manifest.siteFiles["speakers/cy-ng/index.html"]).toMatch(/^old-/);
		expect(removed.build.changes.delete).toContain("speakers/bo-li/index.html");
		// A new quote by a new speaker in C: Cy Ng's and the new speaker's pages are built, Ana Ruiz's kept.
		const added = await build({ ...withoutB, "C.md": flagged("", "> C one. – Cy Ng\n\n> C two. – Di Ho") }, mark(removed.build.manifest));
		expect(added.build.manifest.siteFiles["speakers/ana-ruiz/index.html"]).toMatch(/^old-/);
		expect(added.page("speakers/di-ho/index.html")).toContain("C two.");
		expect(added.build.manifest.siteFiles["speakers/cy-ng/index.html"]).not.toMatch(/^old-/);
	});

	test("a new link rewrites the linking note, the linked note's page and the feed; an unflagged note leaves its backlinks", async () => {
		const files = { "A.md": flagged("", "Text."), "B.md": flagged("", "Other text."), "C.md": flagged("", "Third.") };
		const first = await build(files);
		const linked = await build({ ...files, "A.md": flagged("", "Text with [[B]].") }, first.build.manifest);
		expect(linked.build.plan.changed.map((c) => `${c.path}: ${c.reasons.join(",")}`)).toEqual(["A.md: text,link", "B.md: backlinks"]);
		expect(linked.build.changes.write.map((f) => f.path).sort()).toEqual([".podcast-garden/markdown/a/index.md", ".podcast-garden/markdown/b/index.md", "a/index.html", "b/index.html", "feed.xml"]);
		expect(linked.page("b/index.html")).toContain('<a href="../a/">A</a>');
		const unflagged = await build({ ...files, "A.md": "Text with [[B]].\n" }, linked.build.manifest);
		expect(unflagged.page("b/index.html")).not.toContain("backlinks");
		expect(unflagged.build.changes.write.map((f) => f.path)).toContain("b/index.html");
	});
});
