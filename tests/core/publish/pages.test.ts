// Site-wide pages for many notes: speaker and quotes pages list notes (with counts) and are split into
// pages; each note appears once per list and its link leads to that speaker's quotes on the note page.
import { parseNote } from "../../../src/core/note";
import { HtmlValidate } from "html-validate";
import { buildPublish, emptyManifest, entryFiles, publishOptions } from "../../../src/core/publish";
import { hashText } from "../../../src/core/publish/hash";
import { isSitePage, ROWS_PER_PAGE, SITE_PAGES_VERSION, sitePages } from "../../../src/core/publish/site";
import { episodesPage, tagPages } from "../../../src/core/publish/site-lists";
import { QUOTES_PER_PAGE, speakersIndex } from "../../../src/core/publish/site-speakers";
import { SEARCH_MAX_FILES } from "../../../src/core/publish/site-search";
import { memoryVault, PublishedFiles } from "./vault";

const NOTES = 450;
/** Hash of the site-wide pages for the fixed input of the SITE_PAGES_VERSION test. */
const PAGES_HASH = "06ba6bf011c89a3a34";

async function site(): Promise<{ page: (path: string) => string; paths: string[] }> {
	const files: Record<string, string> = {};
	for (let n = 0; n < NOTES; n++) {
		const quotes = Array.from({ length: 1 + (n % 3) }, (_, k) => `> Quote number ${n}-${k} about building. – Sam Altman\n`).join("\n");
		files[`Ep ${String(n).padStart(3, "0")}.md`] = `---\ndg-publish: true\nshow: Lex Fridman Podcast\n---\n${quotes}\n> A question ${n}. – Lex Fridman\n`;
	}
	const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions() });
	expect(build.errors).toEqual([]);
	const page = (path: string): string => (build.changes.write.find((f) => f.path === path)?.content as string | undefined) ?? "";
	return { page, paths: build.changes.write.map((f) => f.path) };
}

test("long speaker and quote lists are paged; every note appears once per list with its counts", async () => {
	const { page } = await site();
	const pages = Math.ceil(NOTES / ROWS_PER_PAGE);
	const links: string[] = [];
	for (let i = 1; i <= pages; i++) {
		const html = page(i === 1 ? "quotes/index.html" : `quotes/${i}/index.html`);
		expect(html).toContain(`Page ${i} of ${pages}`);
		links.push(...[...html.matchAll(/<li><a href="[./]*(ep-\d+)\/#([^"]+)">/g)].map((m) => `${m[1]}#${m[2]}`));
	}
	expect(links).toHaveLength(NOTES);
	expect(new Set(links).size).toBe(NOTES);
	expect(links).toContain("ep-007#quotes_all");
	expect(page(`quotes/${pages + 1}/index.html`)).toBe("");
	// Speaker pages hold the quotes themselves: 900 by Sam Altman, whole episodes packed into pages of at most QUOTES_PER_PAGE.
	const speakerPages = Number(/Page 1 of (\d+)/.exec(page("speakers/sam-altman/index.html"))?.[1]);
	expect(speakerPages).toBeGreaterThanOrEqual(Math.ceil((2 * NOTES) / QUOTES_PER_PAGE));
	const ids: string[] = [];
	for (let i = 1; i <= speakerPages; i++) {
		const html = page(i === 1 ? "speakers/sam-altman/index.html" : `speakers/sam-altman/${i}/index.html`);
		expect(html).toContain(`Page ${i} of ${speakerPages}`);
		const here = [...html.matchAll(/<figure class="speaker-quote" id="([^"]+)">/g)].map((m) => m[1]);
		expect(here.length).toBeLessThanOrEqual(QUOTES_PER_PAGE);
		ids.push(...here);
	}
	expect(page(`speakers/sam-altman/${speakerPages + 1}/index.html`)).toBe("");
	expect(ids).toHaveLength(2 * NOTES);
	expect(new Set(ids).size).toBe(2 * NOTES);
	expect(page("speakers/sam-altman/index.html")).toContain(`${2 * NOTES} quotes in ${NOTES} notes, newest episode first.`);
	// Ep 005 has 3 quotes by Sam Altman (5 % 3 = 2, plus one), each linking to its anchor on the note page.
	const all = Array.from({ length: speakerPages }, (_, i) => page(i === 0 ? "speakers/sam-altman/index.html" : `speakers/sam-altman/${i + 1}/index.html`)).join("\n");
	const ep5 = [...all.matchAll(/<a href="[./]*ep-005\/#(q[^"]+)">In the episode<\/a>/g)].map((m) => m[1]);
	expect(ep5).toHaveLength(3);
	for (const id of ep5) expect(page("ep-005/index.html")).toContain(`id="${id}"`);
	expect(page("quotes/index.html")).toContain(`${3 * NOTES} quotes in ${NOTES} notes.`);
	expect(page("speakers/sam-altman/2/index.html")).toContain('<a rel="prev" href="../../../speakers/sam-altman/">Previous</a>');
	const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "valid-id": ["error", { relaxed: true }] } });
	for (const path of ["quotes/2/index.html", "speakers/sam-altman/3/index.html", "ep-005/index.html"]) {
		const report = await validator.validateString(page(path));
		expect(report.results.flatMap((r) => r.messages.map((m) => `${path}: ${m.message}`))).toEqual([]);
	}
});

test("a note page shows every quote of each speaker under the anchor the speaker page links to", async () => {
	const { page, paths } = await site();
	const html = page("ep-005/index.html");
	const group = (id: string): string => /<section class="speaker-quotes" id="([^"]+)">[\s\S]*?<\/section>/g.exec(html.slice(html.indexOf(`id="${id}"`) - 40))?.[0] ?? "";
	const sam = group("speaker_sam-altman");
	expect(sam).toContain("Sam Altman <span class=\"muted\">(3)</span>");
	for (let k = 0; k < 3; k++) expect(sam).toContain(`Quote number 5-${k} about building.`);
	expect((sam.match(/<figure class="pg-quote-copy">/g) ?? []).length).toBe(3);
	// Each copy links to the quote's own anchor in the note.
	const targets = [...sam.matchAll(/<a href="#(q[^"]+)">In context<\/a>/g)].map((m) => m[1]);
	expect(targets).toHaveLength(3);
	for (const id of targets) expect(html).toContain(`<blockquote id="${id}" class="pg-quote">`);
	expect(group("speaker_lex-fridman")).toContain("A question 5.");
	// The search index holds every note once, with its quotes' speakers and words.
	const list = JSON.parse(page("search/notes.json")) as { notes: { url: string }[] };
	expect(list.notes).toHaveLength(NOTES);
	const rows = searchRows(page);
	expect(rows).toHaveLength(NOTES);
	const ep = rows.find((n) => n[1] === "ep-005/");
	expect(ep?.[0]).toBe("Ep 005");
	expect(ep?.[3].map((q) => q[1])).toEqual(["Sam Altman", "Sam Altman", "Sam Altman", "Lex Fridman"]);
	expect(ep?.[3][0][2]).toContain("Quote number 5-0 about building.");
	expect(ep?.[3][0][0]).toMatch(/^q/);
	expect(html).toContain(`id="${ep?.[3][0][0]}"`);
	expect(paths.filter((p) => p.startsWith("search/index-")).length).toBeLessThanOrEqual(SEARCH_MAX_FILES);
});

type IndexRow = [string, string, string, [string, string, string][]];

/** Every note row of the search index, from all its parts. */
function searchRows(page: (path: string) => string): IndexRow[] {
	const first = JSON.parse(page("search/index-1.json")) as { of: number; notes: IndexRow[] };
	const rows = [...first.notes];
	for (let n = 2; n <= first.of; n++) rows.push(...(JSON.parse(page(`search/index-${n}.json`)) as { notes: IndexRow[] }).notes);
	return rows;
}

describe("what one edit rewrites", () => {
	const notes = (quote: string): Record<string, string> => ({
		"Ep A.md": `---\ndg-publish: true\nshow: Lex Fridman Podcast\n---\n> ${quote} – Sam Altman\n\n> A question. – Lex Fridman\n`,
		"Ep B.md": "---\ndg-publish: true\nshow: Lex Fridman Podcast\n---\n> Another quote entirely. – Sam Altman\n",
	});

	test("a word changed in a quote rewrites only that note's page and Markdown, the speaker page showing the quote, the search index's recent part and the feed", async () => {
		const published = new PublishedFiles();
		const first = await buildPublish({ vault: memoryVault(notes("Build the thing people want.")), manifest: emptyManifest(), options: publishOptions(), now: () => "2026-01-01T00:00:00.000Z", readPublished: published.read });
		published.apply(first.changes);
		const second = await buildPublish({ vault: memoryVault(notes("Build the thing users want.")), manifest: first.manifest, options: publishOptions(), now: () => "2026-01-02T00:00:00.000Z", readPublished: published.read });
		expect(second.errors).toEqual([]);
		const own = entryFiles(second.manifest.notes["Ep A.md"]);
		const [before] = parseNote("Ep A.md", notes("Build the thing people want.")["Ep A.md"]).quotes;
		const [after, question] = parseNote("Ep A.md", notes("Build the thing users want.")["Ep A.md"]).quotes;
		const page = (id: string): string[] => [`q/${id}/index.html`, `q/${id}/card.svg`];
		expect(own).toEqual(["ep-a/index.html", ".podcast-garden/markdown/ep-a/index.md", ...page(after.id), ...page(question.id)]);
		// The edited quote's page is new (its id follows its words); the other quote's page stays as it was.
		const sitewide = ["speakers/sam-altman/index.html", "search/index-recent.json", "feed.xml"];
		expect(second.changes.write.map((f) => f.path).sort()).toEqual([...own.slice(0, 2), ...page(after.id), ...sitewide].sort());
		expect(second.changes.delete).toEqual(page(before.id).sort());
		const others = Object.entries(second.manifest.siteFiles).filter(([p]) => !sitewide.includes(p));
		expect(others.length).toBeGreaterThan(5);
		for (const [p, h] of others) expect([p, first.manifest.siteFiles[p]]).toEqual([p, h]);
		for (const p of sitewide) expect(second.manifest.siteFiles[p]).not.toEqual(first.manifest.siteFiles[p]);
		const recent = second.changes.write.find((f) => f.path === "search/index-recent.json")?.content as string;
		expect(recent).toContain("Build the thing users want.");
		expect(recent).not.toContain("people");
		// The edited note is the feed's newest entry; the other keeps its date.
		const feed = second.changes.write.find((f) => f.path === "feed.xml")?.content as string;
		expect(feed.indexOf("<title>Ep A</title>")).toBeLessThan(feed.indexOf("<title>Ep B</title>"));
		expect(second.manifest.notes["Ep A.md"].changed).toBe("2026-01-02T00:00:00.000Z");
		expect(second.manifest.notes["Ep B.md"].changed).toBe("2026-01-01T00:00:00.000Z");
	});

	test("a new quote by a new speaker updates the counts and speaker pages; a removed note leaves every list", async () => {
		const first = await buildPublish({ vault: memoryVault(notes("Build it.")), manifest: emptyManifest(), options: publishOptions() });
		const more = { ...notes("Build it."), "Ep B.md": `${notes("")["Ep B.md"]}\n> Try again. – Ana Ruiz\n` };
		const second = await buildPublish({ vault: memoryVault(more), manifest: first.manifest, options: publishOptions() });
		const written = new Map(second.changes.write.map((f) => [f.path, f.content as string]));
		expect([...written.keys()]).toEqual(expect.arrayContaining(["ep-b/index.html", "speakers/ana-ruiz/index.html", "speakers/index.html", "quotes/index.html", "episodes/index.html", "index.html"]));
		expect(written.has("speakers/sam-altman/index.html")).toBe(false);
		expect(written.get("speakers/ana-ruiz/index.html")).toContain('<h2 id="episode_1_1"><a href="../../ep-b/">Ep B</a></h2>');
		expect(written.get("speakers/ana-ruiz/index.html")).toContain("<p>Try again. – Ana Ruiz</p>");
		expect(written.get("quotes/index.html")).toContain('#speaker_ana-ruiz">Ana Ruiz</a> (1)');
		const onlyA: Record<string, string> = { "Ep A.md": notes("Build it.")["Ep A.md"] };
		const third = await buildPublish({ vault: memoryVault(onlyA), manifest: second.manifest, options: publishOptions() });
		expect(third.changes.delete).toEqual(expect.arrayContaining(["ep-b/index.html", "speakers/ana-ruiz/index.html"]));
		expect(third.changes.write.find((f) => f.path === "search/index-1.json")?.content).not.toContain("ep-b");
		expect(third.changes.write.find((f) => f.path === "feed.xml")?.content).not.toContain("Ep B");
		const list = third.changes.write.find((f) => f.path === "search/notes.json")?.content as string;
		expect(list).not.toContain("ep-b");
		expect(third.changes.write.find((f) => f.path === "speakers/sam-altman/index.html")?.content).not.toContain("Ep B");
	});
});

test("the quotes section and search index show each kind of quote as the page does, without its markers", async () => {
	const note = [
		"---",
		"dg-publish: true",
		"---",
		"> [!quote] Sam Altman",
		"> Callout words with a [[Private|private link]]. ^blk",
		"",
		"- \"List words.\" – Ana Ruiz",
		"",
		"> Plain words %%a secret comment%% and more.",
		"> – Lex Fridman",
		"",
		"%%",
		"> Hidden words. – Lex Fridman",
		"%%",
	].join("\n");
	const build = await buildPublish({ vault: memoryVault({ "Ep.md": note, "Private.md": "SECRET_TITLE body" }), manifest: emptyManifest(), options: publishOptions() });
	expect(build.errors).toEqual([]);
	const page = build.changes.write.find((f) => f.path === "ep/index.html")?.content as string;
	const section = page.slice(page.indexOf('<section class="note-quotes"'));
	expect(section).toContain("<p>Callout words with a private link.</p>");
	expect(section).not.toContain("[!quote]");
	expect(section).toContain("<p>&quot;List words.&quot; – Ana Ruiz</p>");
	expect(section).toContain("Plain words  and more.");
	expect(section).not.toContain("Hidden words");
	expect(section).toContain('id="speaker_lex-fridman"');
	const [row] = searchRows((p) => build.changes.write.find((f) => f.path === p)?.content as string);
	expect(row[3].map((q) => [q[1] || null, q[2]])).toEqual([
		[null, "Callout words with a private link."],
		["Ana Ruiz", "\"List words.\" – Ana Ruiz"],
		["Lex Fridman", "Plain words and more. – Lex Fridman"],
	]);
	const all = build.changes.write.map((f) => String(f.content)).join("\n");
	expect(all).not.toContain("secret comment");
	expect(all).not.toContain("SECRET_TITLE");
	const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "valid-id": ["error", { relaxed: true }] } });
	const report = await validator.validateString(page);
	expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
});

test("site-wide pages are reused when the list is unchanged; their HTML is tied to SITE_PAGES_VERSION", async () => {
	// The list file decides whether the site-wide pages are built again. If this hash changes, the pages'
	// HTML changed: bump SITE_PAGES_VERSION in site.ts (so published sites get the new pages) and update both here.
	const info = { siteTitle: "Garden", baseUrl: "https://example.com" };
	const note = { path: "A.md", title: "A <b>", url: "/a/", isPodcast: true, episode: { show: "Show", number: 3, title: null, guests: ["Ana Ruiz"], hosts: [], date: "2024-01-02", url: null } };
	const notes = [{ note, counts: new Map<string | null, number>([["Ana Ruiz", 2], [null, 1]]), tags: ["Interview", "ai/ethics"] }];
	const pages = [...sitePages(info, notes, false), episodesPage(info, notes), speakersIndex(info, notes), ...tagPages(info, notes)];
	const all = pages.map((f) => `${f.path}\n${f.content as string}`).join("\n");
	expect({ version: SITE_PAGES_VERSION, hash: hashText(all) }).toEqual({ version: 4, hash: PAGES_HASH });
	expect(pages.every((f) => isSitePage(f.path, false))).toBe(true);

	const vault = memoryVault({ "A.md": "---\ndg-publish: true\n---\n> One. – Ana Ruiz\n", "B.md": "---\ndg-publish: true\n---\n> Two. – Ana Ruiz\n" });
	const first = await buildPublish({ vault, manifest: emptyManifest(), options: publishOptions() });
	// A manifest whose site pages hashes are all marked: a reused page keeps its (marked) hash.
	const marked = { ...first.manifest, siteFiles: Object.fromEntries(Object.entries(first.manifest.siteFiles).map(([p, h]) => [p, isSitePage(p, false) && p !== "search/notes.json" ? `old-${h}` : h])) };
	const edited = memoryVault({ "A.md": "---\ndg-publish: true\n---\n> One, edited. – Ana Ruiz\n", "B.md": "---\ndg-publish: true\n---\n> Two. – Ana Ruiz\n" });
	const second = await buildPublish({ vault: edited, manifest: marked, options: publishOptions() });
	expect(second.manifest.siteFiles["speakers/index.html"]).toMatch(/^old-/);
	expect(second.manifest.siteFiles["episodes/index.html"]).toMatch(/^old-/);
	// The speaker page shows the edited quote: built again, whatever hash it had.
	const edit = parseNote("A.md", "> One, edited. – Ana Ruiz\n").quotes[0];
	expect(second.changes.write.map((f) => f.path).sort()).toEqual(["a/index.html", ".podcast-garden/markdown/a/index.md", "speakers/ana-ruiz/index.html", "search/index-1.json", "search/index-recent.json", "feed.xml", `q/${edit.id}/index.html`, `q/${edit.id}/card.svg`].sort());
	// A title change changes the list: every site page is built again.
	const retitled = memoryVault({ "A.md": "---\ndg-publish: true\ntitle: New title\n---\n> One, edited. – Ana Ruiz\n", "B.md": "---\ndg-publish: true\n---\n> Two. – Ana Ruiz\n" });
	const third = await buildPublish({ vault: retitled, manifest: marked, options: publishOptions() });
	expect(third.manifest.siteFiles["speakers/ana-ruiz/index.html"]).not.toMatch(/^old-/);
	expect(third.changes.write.map((f) => f.path)).toContain("speakers/ana-ruiz/index.html");
});
