import { describe, expect, test } from "@jest/globals";
import { blockLink, ensureBlockId, QuoteMovedError, quoteAsCallout, quoteAsMarkdown, quoteSource } from "../../../src/core/view/format";
import { parseNote } from "../../../src/core/note";
import { playLink } from "../../../src/core/play";
import { quote } from "./synthetic";

const q = (text: string, line: number, endLine: number) => ({ ...quote("id-1", text, { speaker: "Sam Altman", title: "OpenAI CEO on GPT-4", show: "Lex Fridman Podcast", noteTitle: "367 Sam Altman" }), line, endLine });

describe("copy formats", () => {
	test("Markdown quote with attribution", () => {
		expect(quoteAsMarkdown(q("First line\n\nSecond **bold**", 1, 3))).toBe(
			"> First line\n>\n> Second **bold**\n> — Sam Altman, *OpenAI CEO on GPT-4 (Lex Fridman Podcast)*",
		);
	});

	test("callout with the speaker and source in its title", () => {
		expect(quoteAsCallout(q("Short.", 1, 1))).toBe("> [!quote] Sam Altman — OpenAI CEO on GPT-4 (Lex Fridman Podcast)\n> Short.");
	});

	test("source names the show only when the title does not", () => {
		const withShow = { ...q("x", 1, 1), episode: { ...q("x", 1, 1).episode, title: "Lex Fridman Podcast #367", number: 367 } };
		expect(quoteSource(withShow)).toBe("Lex Fridman Podcast #367");
		const noTitle = { ...q("x", 1, 1), episode: { ...q("x", 1, 1).episode, title: null, show: null }, timestamp: "00:12:05" };
		expect(quoteSource(noTitle)).toBe("367 Sam Altman, 00:12:05");
	});

	test("unknown speaker: attribution is only the source", () => {
		expect(quoteAsMarkdown({ ...q("Hm.", 1, 1), speaker: null, speakerRaw: null })).toBe("> Hm.\n> — *OpenAI CEO on GPT-4 (Lex Fridman Podcast)*");
	});

	test("the time stays a link that plays the episode there, and reads back as the quote's time and cite", () => {
		const timed = { ...q("Ship it.", 1, 1), timestamp: "00:12:05" };
		const play = playLink(timed, { frontmatter: { url: "https://youtu.be/dQw4w9WgXcQ" } }, { podnotes: true });
		const copied = quoteAsMarkdown(timed, play);
		expect(copied).toBe("> Ship it.\n> — Sam Altman, *OpenAI CEO on GPT-4 (Lex Fridman Podcast)*, [▶ 00:12:05](https://youtu.be/dQw4w9WgXcQ?t=725)");
		expect(quoteAsCallout(timed, play)).toBe("> [!quote] Sam Altman — OpenAI CEO on GPT-4 (Lex Fridman Podcast), [▶ 00:12:05](https://youtu.be/dQw4w9WgXcQ?t=725)\n> Ship it.");
		const [back] = parseNote("Pasted.md", copied).quotes;
		expect(back).toMatchObject({ text: "Ship it.", speaker: "Sam Altman", timestamp: "00:12:05", cite: ["[▶ 00:12:05](https://youtu.be/dQw4w9WgXcQ?t=725)"] });
		// Without a link the time stays plain text.
		expect(quoteAsMarkdown(timed, null)).toBe("> Ship it.\n> — Sam Altman, *OpenAI CEO on GPT-4 (Lex Fridman Podcast), 00:12:05*");
	});

	test("block link", () => {
		expect(blockLink("367 Sam Altman", "pg-abc123")).toBe("[[367 Sam Altman#^pg-abc123]]");
	});
});

describe("block ids", () => {
	const note = "---\ntitle: x\n---\n# Part 1\n\n> We are building in **public**.\n> It matters. – Sam Altman\n\nAfter.\n";

	test("appends ` ^id` to the quote's last line and changes nothing else", () => {
		const r = ensureBlockId(note, q("We are building in **public**.\nIt matters.", 6, 7));
		expect(r.added).toBe(true);
		expect(r.id).toMatch(/^pg-[0-9a-f]{6}$/);
		expect(r.text).toBe(note.replace("It matters. – Sam Altman\n", `It matters. – Sam Altman ^${r.id}\n`));
	});

	test("is stable: the same quote gets the same id, a second call reuses it", () => {
		const first = ensureBlockId(note, q("We are building in **public**.\nIt matters.", 6, 7));
		const second = ensureBlockId(first.text, q("We are building in **public**.\nIt matters.", 6, 7));
		expect(second).toEqual({ text: first.text, id: first.id, added: false });
	});

	test("reuses an id the user already wrote, on the line or alone on the next line", () => {
		const own = note.replace("– Sam Altman", "– Sam Altman ^my-quote");
		expect(ensureBlockId(own, q("We are building in public.", 6, 7))).toEqual({ text: own, id: "my-quote", added: false });
		const below = note.replace("– Sam Altman\n", "– Sam Altman\n^below\n");
		expect(ensureBlockId(below, q("We are building in public.", 6, 7))).toEqual({ text: below, id: "below", added: false });
	});

	test("keeps CRLF line endings and trailing spaces", () => {
		const crlf = "# A\r\n\r\n> Quote text here — Lex   \r\nnext\r\n";
		const r = ensureBlockId(crlf, q("Quote text here", 3, 3));
		expect(r.text).toBe(`# A\r\n\r\n> Quote text here — Lex ^${r.id}   \r\nnext\r\n`);
	});

	test("skips trailing blank quote lines", () => {
		const text = "> Words of wisdom.\n> — Sam Altman\n>\n";
		const r = ensureBlockId(text, q("Words of wisdom.", 1, 3));
		expect(r.text).toBe(`> Words of wisdom.\n> — Sam Altman ^${r.id}\n>\n`);
	});

	test("picks another id when the short one is taken", () => {
		const base = ensureBlockId("> Alpha beta.\n", q("Alpha beta.", 1, 1));
		const taken = `Elsewhere ^${base.id}\n\n> Alpha beta.\n`;
		const r = ensureBlockId(taken, q("Alpha beta.", 3, 3));
		expect(r.id).not.toBe(base.id);
		expect(r.id.startsWith(base.id)).toBe(true);
	});

	test("refuses when the note no longer has the quote at its lines", () => {
		expect(() => ensureBlockId(note, q("Something else entirely.", 6, 7))).toThrow(QuoteMovedError);
		expect(() => ensureBlockId(note, q("We are building in public.", 40, 41))).toThrow(/line 40 of "Podcasts\/367 Sam Altman.md"/);
	});
});
