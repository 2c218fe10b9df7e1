// The real #367 garden note, published through the CLI into a folder.
import { readFileSync } from "fs";
import * as path from "path";
import { cli, readTree, writeVault } from "./disk";
import { tempDir } from "../../helpers/temp";
import { fixture367, FIXTURE_367_NAME } from "./vault";
import { parseNote } from "../../../src/core/note";
import { entryFiles } from "../../../src/core/publish";

const URL_DIR = "010-inbox/367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt-and-the-future-of-ai";

describe("the #367 note", () => {
	const root = tempDir("pg-publish-");
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
		expect([...tree.keys()].filter((p) => p.endsWith("index.html") && !/^(speakers|quotes|episodes|search|tags|q)\//.test(p) && p !== "index.html")).toEqual([`${URL_DIR}/index.html`]);
	});

	test("every one of its 41 quotes has its id as an anchor on the note page", () => {
		const html = tree.get(`${URL_DIR}/index.html`)?.toString("utf8") ?? "";
		for (const quote of record.quotes) expect(html).toContain(`id="${quote.id}"`);
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
		// Each anchor sits on the blockquote that holds the quote.
		expect((html.match(/<blockquote id="q[0-9a-z-]+" class="pg-quote">/g) ?? []).length).toBe(41);
	});

	test("appears on the speaker pages of Sam Altman and Lex, which hold their quotes, each linking to it on the note page", () => {
		const sam = tree.get("speakers/sam-altman/index.html")?.toString("utf8") ?? "";
		const lex = tree.get("speakers/lex/index.html")?.toString("utf8") ?? "";
		const note = tree.get(`${URL_DIR}/index.html`)?.toString("utf8") ?? "";
		const bySpeaker = (name: string): number => record.quotes.filter((q) => q.speaker === name).length;
		expect(bySpeaker("Sam Altman")).toBeGreaterThanOrEqual(34);
		expect(bySpeaker("Lex")).toBe(6);
		for (const [page, name, anchor] of [[sam, "Sam Altman", "speaker_sam-altman"], [lex, "Lex", "speaker_lex"]] as const) {
			const quotes = record.quotes.filter((q) => q.speaker === name);
			// The speaker page holds each quote under its own anchor, linking to the quote on the note page.
			for (const q of quotes) {
				expect(page).toContain(`<figure class="speaker-quote" id="${q.id}">`);
				expect(page).toContain(`<a href="../../${URL_DIR}/#${q.id}">In the episode</a>`);
			}
			expect((page.match(/<figure class="speaker-quote"/g) ?? []).length).toBe(quotes.length);
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

	test("the search index covers its 41 quotes with their speakers; the manifest matches", () => {
		const index = JSON.parse(tree.get("search/index-1.json")?.toString("utf8") ?? "{}") as { of: number; notes: [string, string, string, [string, string, string][]][] };
		expect(index.of).toBe(1);
		expect(index.notes.map((n) => n[1])).toEqual([`${URL_DIR}/`]);
		const quotes = index.notes[0][3];
		expect(quotes.map((q) => q[0])).toEqual(record.quotes.map((q) => q.id));
		expect(quotes.filter((q) => q[1] === "Sam Altman")).toHaveLength(35);
		expect(quotes.every((q) => q[2].length > 0)).toBe(true);
		const manifest = JSON.parse(readFileSync(path.join(out, ".podcast-garden/manifest.json"), "utf8")) as { notes: Record<string, { permalink: string; files: string[] }> };
		expect(manifest.notes[`010 Inbox/${FIXTURE_367_NAME}`].permalink).toBe(`/${URL_DIR}/`);
		// The note owns its page, its public Markdown and its quotes' pages; its words are in the site's search index.
		const quotePages = record.quotes.flatMap((q) => [`q/${q.id}/index.html`, `q/${q.id}/card.svg`]);
		expect(entryFiles(manifest.notes[`010 Inbox/${FIXTURE_367_NAME}`])).toEqual([`${URL_DIR}/index.html`, `.podcast-garden/markdown/${URL_DIR}/index.md`, ...quotePages]);
		expect(Object.keys(manifest.notes)).toHaveLength(1);
	});
});
