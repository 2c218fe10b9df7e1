// The real #367 garden note, published through the CLI into a folder.
import { readFileSync } from "fs";
import * as path from "path";
import { cli, readTree, tempDir, writeVault } from "./disk";
import { fixture367, FIXTURE_367_NAME } from "./vault";
import { parseNote } from "../../../src/core/note";

const URL_DIR = "010-inbox/367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt-and-the-future-of-ai";

describe("the #367 note", () => {
	const root = tempDir();
	const vault = path.join(root, "vault");
	const out = path.join(root, "site");
	const text = fixture367();
	const record = parseNote(`010 Inbox/${FIXTURE_367_NAME}`, text);
	let tree: Map<string, Buffer>;

	beforeAll(async () => {
		writeVault(vault, { [`010 Inbox/${FIXTURE_367_NAME}`]: text, "Private.md": "not flagged" });
		const result = await cli([vault, "--out", out]);
		expect(result.err).toBe("");
		expect(result.code).toBe(0);
		tree = readTree(out);
	});

	test("publishes at its permalink", () => {
		expect(record.quotes).toHaveLength(41);
		expect(tree.has(`${URL_DIR}/index.html`)).toBe(true);
		expect([...tree.keys()].filter((p) => p.endsWith("index.html") && !/^(speakers|quotes|episodes|search|q)\//.test(p) && p !== "index.html")).toEqual([`${URL_DIR}/index.html`]);
	});

	test("every one of its 41 quotes has its id as an anchor on the note page", () => {
		const html = tree.get(`${URL_DIR}/index.html`)?.toString("utf8") ?? "";
		for (const quote of record.quotes) expect(html).toContain(`id="${quote.id}"`);
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
		// Each anchor sits on the blockquote that holds the quote.
		expect((html.match(/<blockquote id="q[0-9a-z-]+" class="pg-quote">/g) ?? []).length).toBe(41);
	});

	test("appears on the speaker pages of Sam Altman and Lex, linking to their quotes on the note page", () => {
		const sam = tree.get("speakers/sam-altman/index.html")?.toString("utf8") ?? "";
		const lex = tree.get("speakers/lex/index.html")?.toString("utf8") ?? "";
		const note = tree.get(`${URL_DIR}/index.html`)?.toString("utf8") ?? "";
		const bySpeaker = (name: string): number => record.quotes.filter((q) => q.speaker === name).length;
		expect(bySpeaker("Sam Altman")).toBeGreaterThanOrEqual(34);
		expect(bySpeaker("Lex")).toBe(6);
		for (const [page, name, anchor] of [[sam, "Sam Altman", "speaker_sam-altman"], [lex, "Lex", "speaker_lex"]] as const) {
			const quotes = record.quotes.filter((q) => q.speaker === name);
			// One click from the speaker page: the note page's group of this speaker's quotes.
			expect(page).toContain(`<a href="../../${URL_DIR}/#${anchor}">`);
			expect(page).toContain(`${quotes.length} quotes`);
			const start = note.indexOf(`<section class="speaker-quotes" id="${anchor}">`);
			expect(start).toBeGreaterThan(0);
			const group = note.slice(start, note.indexOf("</section>", start));
			expect((group.match(/<figure class="pg-quote-copy">/g) ?? []).length).toBe(quotes.length);
			for (const q of quotes) expect(group).toContain(`<a href="#${q.id}">In context</a>`);
		}
		const quotesPage = tree.get("quotes/index.html")?.toString("utf8") ?? "";
		expect(quotesPage).toContain(`<a href="../${URL_DIR}/#quotes_all">`);
		expect(quotesPage).toContain(`#speaker_sam-altman">Sam Altman</a> (${bySpeaker("Sam Altman")})`);
		expect(quotesPage).toContain(`#speaker_lex">Lex</a> (6)`);
	});

	test("its search shard covers its 41 quotes, the search list names it; the manifest matches", () => {
		const list = JSON.parse(tree.get("search/notes.json")?.toString("utf8") ?? "{}") as { notes: { url: string; shard: string | null }[] };
		expect(list.notes).toEqual([expect.objectContaining({ url: `${URL_DIR}/`, shard: `search/notes/${URL_DIR}/index.json` })]);
		const shard = JSON.parse(tree.get(`search/notes/${URL_DIR}/index.json`)?.toString("utf8") ?? "{}") as { entries: { url: string }[] };
		expect(shard.entries.map((e) => e.url)).toEqual(record.quotes.map((q) => `${URL_DIR}/#${q.id}`));
		const manifest = JSON.parse(readFileSync(path.join(out, ".podcast-garden/manifest.json"), "utf8")) as { notes: Record<string, { permalink: string; files: string[] }> };
		expect(manifest.notes[`010 Inbox/${FIXTURE_367_NAME}`].permalink).toBe(`/${URL_DIR}/`);
		// The note owns its page, its public Markdown, its shard and its quotes' pages: an edit to it touches nothing else.
		const quotePages = record.quotes.flatMap((q) => [`q/${q.id}/index.html`, `q/${q.id}/card.svg`]);
		expect(manifest.notes[`010 Inbox/${FIXTURE_367_NAME}`].files).toEqual([`${URL_DIR}/index.html`, `.podcast-garden/markdown/${URL_DIR}/index.md`, `search/notes/${URL_DIR}/index.json`, ...quotePages]);
		expect(Object.keys(manifest.notes)).toHaveLength(1);
	});
});
