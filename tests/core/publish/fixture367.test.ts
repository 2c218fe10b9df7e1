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
		expect([...tree.keys()].filter((p) => p.endsWith("index.html") && !/^(speakers|quotes|episodes|search)\//.test(p) && p !== "index.html")).toEqual([`${URL_DIR}/index.html`]);
	});

	test("every one of its 41 quotes has its id as an anchor on the note page", () => {
		const html = tree.get(`${URL_DIR}/index.html`)?.toString("utf8") ?? "";
		for (const quote of record.quotes) expect(html).toContain(`id="${quote.id}"`);
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
		// Each anchor sits on the blockquote that holds the quote.
		expect((html.match(/<blockquote id="q[0-9a-z-]+" class="pg-quote">/g) ?? []).length).toBe(41);
	});

	test("appears on the speaker pages of Sam Altman and Lex", () => {
		const sam = tree.get("speakers/sam-altman/index.html")?.toString("utf8") ?? "";
		const lex = tree.get("speakers/lex/index.html")?.toString("utf8") ?? "";
		const bySpeaker = (name: string): number => record.quotes.filter((q) => q.speaker === name).length;
		expect(bySpeaker("Sam Altman")).toBeGreaterThanOrEqual(34);
		expect(bySpeaker("Lex")).toBe(6);
		for (const [page, name] of [[sam, "Sam Altman"], [lex, "Lex"]] as const) {
			const quotes = record.quotes.filter((q) => q.speaker === name);
			for (const q of quotes) expect(page).toContain(`<figure class="pg-quote" id="${q.id}">`);
			expect(page).toContain(`../../${URL_DIR}/#${quotes[0].id}`);
		}
		const quotesPage = tree.get("quotes/index.html")?.toString("utf8") ?? "";
		expect((quotesPage.match(/<figure class="pg-quote"/g) ?? []).length).toBe(41);
	});

	test("search index covers the note and its quotes; the manifest matches", () => {
		const index = JSON.parse(tree.get("search-index.json")?.toString("utf8") ?? "{}") as { entries: { url: string }[] };
		expect(index.entries.filter((e) => e.url.startsWith(`${URL_DIR}/#q`))).toHaveLength(41);
		const manifest = JSON.parse(readFileSync(path.join(out, ".podcast-garden/manifest.json"), "utf8")) as { notes: Record<string, { permalink: string }> };
		expect(manifest.notes[`010 Inbox/${FIXTURE_367_NAME}`].permalink).toBe(`/${URL_DIR}/`);
		expect(Object.keys(manifest.notes)).toHaveLength(1);
	});
});
