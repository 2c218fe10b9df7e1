// Site-wide pages for many notes: speaker and quotes pages list notes (with counts) and are split into
// pages; each note appears once per list and its link leads to that speaker's quotes on the note page.
import { parseNote } from "../../../src/core/note";
import { HtmlValidate } from "html-validate";
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import { hashText } from "../../../src/core/publish/hash";
import { isSitePage, ROWS_PER_PAGE, SITE_PAGES_VERSION, sitePages } from "../../../src/core/publish/site";
import { memoryVault } from "./vault";

const NOTES = 450;
/** Hash of the site-wide pages for the fixed input of the SITE_PAGES_VERSION test. */
const PAGES_HASH = "0795bf6bc948af1bb8";

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
	for (const base of ["speakers/sam-altman", "quotes"]) {
		const links: string[] = [];
		for (let i = 1; i <= pages; i++) {
			const html = page(i === 1 ? `${base}/index.html` : `${base}/${i}/index.html`);
			expect(html).toContain(`Page ${i} of ${pages}`);
			links.push(...[...html.matchAll(/<li><a href="[./]*(ep-\d+)\/#([^"]+)">/g)].map((m) => `${m[1]}#${m[2]}`));
		}
		expect(links).toHaveLength(NOTES);
		expect(new Set(links).size).toBe(NOTES);
		expect(links).toContain(base === "quotes" ? "ep-007#quotes_all" : "ep-007#speaker_sam-altman");
		expect(page(`${base}/${pages + 1}/index.html`)).toBe("");
	}
	expect(page("speakers/sam-altman/index.html")).toContain(`${2 * NOTES} quotes in ${NOTES} notes.`);
	// Ep 005 has 3 quotes by Sam Altman (5 % 3 = 2, plus one).
	const all = [1, 2, 3].map((i) => page(i === 1 ? "speakers/sam-altman/index.html" : `speakers/sam-altman/${i}/index.html`)).join("\n");
	expect(all).toMatch(/ep-005\/#speaker_sam-altman">Ep 005<\/a> <span class="muted">· 3 quotes/);
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
	// The search list names the shard of every note; the shard holds the note's quotes.
	const list = JSON.parse(page("search/notes.json")) as { notes: { url: string; shard: string | null }[] };
	expect(list.notes).toHaveLength(NOTES);
	expect(list.notes.find((n) => n.url === "ep-005/")?.shard).toBe("search/notes/ep-005/index.json");
	const shard = JSON.parse(page("search/notes/ep-005/index.json")) as { title: string; entries: { url: string; text: string; speaker: string }[] };
	expect(shard.title).toBe("Ep 005");
	expect(shard.entries.map((e) => e.speaker)).toEqual(["Sam Altman", "Sam Altman", "Sam Altman", "Lex Fridman"]);
	expect(shard.entries[0].text).toContain("Quote number 5-0 about building.");
	expect(shard.entries[0].url).toMatch(/^ep-005\/#q/);
	expect(paths.filter((p) => p.startsWith("search/notes/"))).toHaveLength(NOTES);
});

describe("what one edit rewrites", () => {
	const notes = (quote: string): Record<string, string> => ({
		"Ep A.md": `---\ndg-publish: true\nshow: Lex Fridman Podcast\n---\n> ${quote} – Sam Altman\n\n> A question. – Lex Fridman\n`,
		"Ep B.md": "---\ndg-publish: true\nshow: Lex Fridman Podcast\n---\n> Another quote entirely. – Sam Altman\n",
	});

	test("a word changed in a quote rewrites only that note's page, Markdown and search shard", async () => {
		const first = await buildPublish({ vault: memoryVault(notes("Build the thing people want.")), manifest: emptyManifest(), options: publishOptions() });
		const second = await buildPublish({ vault: memoryVault(notes("Build the thing users want.")), manifest: first.manifest, options: publishOptions() });
		expect(second.errors).toEqual([]);
		const own = second.manifest.notes["Ep A.md"].files;
		const [before] = parseNote("Ep A.md", notes("Build the thing people want.")["Ep A.md"]).quotes;
		const [after, question] = parseNote("Ep A.md", notes("Build the thing users want.")["Ep A.md"]).quotes;
		const page = (id: string): string[] => [`q/${id}/index.html`, `q/${id}/card.svg`];
		expect(own).toEqual(["ep-a/index.html", ".podcast-garden/markdown/ep-a/index.md", "search/notes/ep-a/index.json", ...page(after.id), ...page(question.id)]);
		// The edited quote's page is new (its id follows its words); the other quote's page stays as it was.
		expect(second.changes.write.map((f) => f.path).sort()).toEqual([...own.slice(0, 3), ...page(after.id)].sort());
		expect(second.changes.delete).toEqual(page(before.id).sort());
		expect(second.manifest.siteFiles).toEqual(first.manifest.siteFiles);
		const shard = second.changes.write.find((f) => f.path === "search/notes/ep-a/index.json")?.content as string;
		expect(shard).toContain("Build the thing users want.");
		expect(shard).not.toContain("people");
	});

	test("a new quote by a new speaker updates the counts and speaker pages; a removed note leaves every list", async () => {
		const first = await buildPublish({ vault: memoryVault(notes("Build it.")), manifest: emptyManifest(), options: publishOptions() });
		const more = { ...notes("Build it."), "Ep B.md": `${notes("")["Ep B.md"]}\n> Try again. – Ana Ruiz\n` };
		const second = await buildPublish({ vault: memoryVault(more), manifest: first.manifest, options: publishOptions() });
		const written = new Map(second.changes.write.map((f) => [f.path, f.content as string]));
		expect([...written.keys()]).toEqual(expect.arrayContaining(["ep-b/index.html", "speakers/ana-ruiz/index.html", "speakers/index.html", "quotes/index.html", "episodes/index.html", "index.html"]));
		expect(written.has("speakers/sam-altman/index.html")).toBe(false);
		expect(written.get("speakers/ana-ruiz/index.html")).toContain('<a href="../../ep-b/#speaker_ana-ruiz">Ep B</a>');
		expect(written.get("quotes/index.html")).toContain('#speaker_ana-ruiz">Ana Ruiz</a> (1)');
		const onlyA: Record<string, string> = { "Ep A.md": notes("Build it.")["Ep A.md"] };
		const third = await buildPublish({ vault: memoryVault(onlyA), manifest: second.manifest, options: publishOptions() });
		expect(third.changes.delete).toEqual(expect.arrayContaining(["ep-b/index.html", "search/notes/ep-b/index.json", "speakers/ana-ruiz/index.html"]));
		const list = third.changes.write.find((f) => f.path === "search/notes.json")?.content as string;
		expect(list).not.toContain("ep-b");
		expect(third.changes.write.find((f) => f.path === "speakers/sam-altman/index.html")?.content).not.toContain("Ep B");
	});
});

test("the quotes section and search shard show each kind of quote as the page does, without its markers", async () => {
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
	const shard = JSON.parse(build.changes.write.find((f) => f.path === "search/notes/ep/index.json")?.content as string) as { entries: { text: string; speaker: string | null }[] };
	expect(shard.entries.map((e) => [e.speaker, e.text])).toEqual([
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
	const pages = sitePages(info, [{ note, counts: new Map<string | null, number>([["Ana Ruiz", 2], [null, 1]]), shard: "search/notes/a/index.json" }], false);
	const all = pages.map((f) => `${f.path}\n${f.content as string}`).join("\n");
	expect({ version: SITE_PAGES_VERSION, hash: hashText(all) }).toEqual({ version: 1, hash: PAGES_HASH });
	expect(pages.every((f) => isSitePage(f.path, false))).toBe(true);

	const vault = memoryVault({ "A.md": "---\ndg-publish: true\n---\n> One. – Ana Ruiz\n", "B.md": "---\ndg-publish: true\n---\n> Two. – Ana Ruiz\n" });
	const first = await buildPublish({ vault, manifest: emptyManifest(), options: publishOptions() });
	// A manifest whose site pages hashes are all marked: a reused page keeps its (marked) hash.
	const marked = { ...first.manifest, siteFiles: Object.fromEntries(Object.entries(first.manifest.siteFiles).map(([p, h]) => [p, isSitePage(p, false) && p !== "search/notes.json" ? `old-${h}` : h])) };
	const edited = memoryVault({ "A.md": "---\ndg-publish: true\n---\n> One, edited. – Ana Ruiz\n", "B.md": "---\ndg-publish: true\n---\n> Two. – Ana Ruiz\n" });
	const second = await buildPublish({ vault: edited, manifest: marked, options: publishOptions() });
	expect(second.manifest.siteFiles["speakers/ana-ruiz/index.html"]).toMatch(/^old-/);
	const edit = parseNote("A.md", "> One, edited. – Ana Ruiz\n").quotes[0];
	expect(second.changes.write.map((f) => f.path).sort()).toEqual(["a/index.html", ".podcast-garden/markdown/a/index.md", "search/notes/a/index.json", `q/${edit.id}/index.html`, `q/${edit.id}/card.svg`].sort());
	// A title change changes the list: every site page is built again.
	const retitled = memoryVault({ "A.md": "---\ndg-publish: true\ntitle: New title\n---\n> One, edited. – Ana Ruiz\n", "B.md": "---\ndg-publish: true\n---\n> Two. – Ana Ruiz\n" });
	const third = await buildPublish({ vault: retitled, manifest: marked, options: publishOptions() });
	expect(third.manifest.siteFiles["speakers/ana-ruiz/index.html"]).not.toMatch(/^old-/);
	expect(third.changes.write.map((f) => f.path)).toContain("speakers/ana-ruiz/index.html");
});
