import { describe, expect, test } from "@jest/globals";
import { attributeQuote, BadNameError, blockquoteStyle, turnLabelStyle } from "../../../src/core/edit/attribute";
import { parseNote } from "../../../src/core/note";
import { QuoteMovedError } from "../../../src/core/view/format";
import type { Quote } from "../../../src/core/types";

const PATH = "Podcasts/Episode.md";

/** The note's quote whose text starts with `start`, as the extractor reads it. */
function quoteOf(note: string, start: string): Quote & { path: string } {
	const q = parseNote(PATH, note).quotes.find((x) => x.text.replace(/^["“]/, "").startsWith(start));
	if (!q) throw new Error(`no quote starting "${start}" in ${JSON.stringify(note)}`);
	return { ...q, path: PATH };
}

function attribute(note: string, start: string, name: string): string {
	return attributeQuote(note, quoteOf(note, start), name, parseNote(PATH, note).quotes);
}

interface Case {
	name: string;
	note: string;
	quote: string;
	/** The speaker the extractor reads before (none unless said). */
	speaker?: string;
	after: string;
}

const CASES: Case[] = [
	{
		name: "blockquote in a note that writes trailing attributions: the same dash at the end of the last line",
		note: "> First quote. – Sam Altman\n\n> Third one. – Lex Fridman\n\n> Nobody said this.\n",
		quote: "Nobody",
		after: "> First quote. – Sam Altman\n\n> Third one. – Lex Fridman\n\n> Nobody said this. – Jane Doe\n",
	},
	{
		name: "trailing with an em dash and CRLF line endings, nothing else touched",
		note: "> One. — Sam Altman\r\n\r\n> Two lines here,\r\n> and the end.\r\n\r\nAfter.\r\n",
		quote: "Two lines",
		after: "> One. — Sam Altman\r\n\r\n> Two lines here,\r\n> and the end. — Jane Doe\r\n\r\nAfter.\r\n",
	},
	{
		name: "trailing goes before a block id",
		note: "> One. - Sam Altman\n\n> Two. ^abc\n",
		quote: "Two",
		after: "> One. - Sam Altman\n\n> Two. - Jane Doe ^abc\n",
	},
	{
		name: "own-line style, but the last line ends in a block id: the name goes before it, so links to the block keep working",
		note: "> Said.\n> — Sam Altman\n\n> Linked to. ^quote-1\n",
		quote: "Linked",
		after: "> Said.\n> — Sam Altman\n\n> Linked to. — Jane Doe ^quote-1\n",
	},
	{
		name: "own-line attributions: a `> — Name` line with the note's dash after the quote",
		note: "> First.\n> ― Sam Altman\n\n> Unattributed,\n> on two lines.\n\nText after.\n",
		quote: "Unattributed",
		after: "> First.\n> ― Sam Altman\n\n> Unattributed,\n> on two lines.\n> ― Jane Doe\n\nText after.\n",
	},
	{
		name: "a note with no attributed quote gets the default `> — Name` line, also at the end of the file",
		note: "# Notes\n\n> Only this.",
		quote: "Only",
		after: "# Notes\n\n> Only this.\n> — Jane Doe",
	},
	{
		name: "own line inside a quote callout, CRLF kept",
		note: "> [!quote]\r\n> Callout text.\r\n\r\n> Said.\r\n> — Sam Altman\r\n",
		quote: "Callout",
		after: "> [!quote]\r\n> Callout text.\r\n> — Jane Doe\r\n\r\n> Said.\r\n> — Sam Altman\r\n",
	},
	{
		name: "a speaker already written is replaced (attributing again), the rest of the attribution kept",
		note: "> Hello there. – [[Sam Altman|Sam]] (00:12:05)\n",
		quote: "Hello",
		speaker: "Sam Altman",
		after: "> Hello there. – Jane Doe (00:12:05)\n",
	},
	{
		name: "a Logseq bullet holding a blockquote: the name at the end of its last line, which stays inside the bullet",
		note: "- On tools\n\t- > “Over the years,\n\t  many projects stalled.”\n- Next topic\n",
		quote: "Over the years",
		after: "- On tools\n\t- > “Over the years,\n\t  many projects stalled.” — Jane Doe\n- Next topic\n",
	},
	{
		name: "an HTML pull quote with no attribution gets an attribution div below it, indented like its opening line",
		note: '1. An idea.\n\n    <div>\n    <div class="quote">The long way is the shortcut.</div>\n    </div>\n',
		quote: "The long way",
		after: '1. An idea.\n\n    <div>\n    <div class="quote">The long way is the shortcut.</div>\n    <div class="attribution">Jane Doe</div>\n    </div>\n',
	},
	{
		name: "an HTML pull quote over several lines: the attribution div after its closing tag",
		note: '<div class="quote">\nEveryone is interesting!\n</div>\n\nAfter.\n',
		quote: "Everyone is",
		after: '<div class="quote">\nEveryone is interesting!\n</div>\n<div class="attribution">Jane Doe</div>\n\nAfter.\n',
	},
	{
		name: "an HTML pull quote's attribution div is rewritten with the new name",
		note: '<div class="quote">Kick it.</div>\n<div class="attribution">Seth Godin</div>\n',
		quote: "Kick it",
		speaker: "Seth Godin",
		after: '<div class="quote">Kick it.</div>\n<div class="attribution">Jane Doe</div>\n',
	},
	{
		name: "list item: ` – Name` after the closing mark, before the highlight link",
		// The attributed item comes first: an unattributed item followed by one takes its speaker (next quote).
		note: '## Notable quotes\n- "Another." – Sam Altman\n- "On trust, be first." ([View Highlight](https://x.test/1))\n',
		quote: "On trust",
		after: '## Notable quotes\n- "Another." – Sam Altman\n- "On trust, be first." – Jane Doe ([View Highlight](https://x.test/1))\n',
	},
	{
		name: "list item with the note's em dash, after the emphasis around the quotation",
		note: "## Quotes\n- “Other.” — Sam Altman\n- **“Bold words.”**\n",
		quote: "Bold",
		after: "## Quotes\n- “Other.” — Sam Altman\n- **“Bold words.”** — Jane Doe\n",
	},
	{
		name: "quoted paragraph: the name after the closing mark of its last line is replaced",
		note: '"Every craft\nis a conversation." – Kai Moreno\n\nMore prose.\n',
		quote: "Every craft",
		speaker: "Kai Moreno",
		after: '"Every craft\nis a conversation." – Jane Doe\n\nMore prose.\n',
	},
];

describe("attributeQuote writes exactly the attribution, in the note's style", () => {
	test.each(CASES)("$name", ({ note, quote, speaker, after }) => {
		expect(quoteOf(note, quote).speaker).toBe(speaker ?? null);
		const out = attribute(note, quote, "  Jane Doe ");
		expect(out).toBe(after);
		// What was written reads back as the speaker of the same quote text.
		const again = quoteOf(out, quote);
		expect(again.speaker).toBe("Jane Doe");
		expect(again.text).toBe(quoteOf(note, quote).text);
	});
});

describe("transcript turns", () => {
	const samples = (note: string) => parseNote(PATH, note).quotes;
	const turn = (line: number, text: string) => ({ kind: "turn" as const, line, endLine: line, text, path: PATH });

	test("a turn without a label gets one like the note's others", () => {
		const note = "**Lex:** Hi there.\n\n**Lex:** And again.\n\nWhat a question that was.\n";
		const out = attributeQuote(note, turn(5, "What a question that was."), "Sam Altman", samples(note));
		expect(out).toBe("**Lex:** Hi there.\n\n**Lex:** And again.\n\n**Sam Altman:** What a question that was.\n");
	});

	test("colon outside the bold, full-width colon, and a timed label's form without the time", () => {
		expect(turnLabelStyle(["**Lex**: a", "**Lex**: b"], [turn(1, "a"), turn(2, "b")].map((t) => ({ ...t, speakerRaw: "Lex" })))).toBe("**\u0000**: ");
		expect(turnLabelStyle(["**Lex**：a"], [{ ...turn(1, "a"), speakerRaw: "Lex" }])).toBe("**\u0000**：");
		expect(turnLabelStyle(["**Lex (00:01:02):** a"], [{ ...turn(1, "a"), speakerRaw: "Lex" }])).toBe("**\u0000:** ");
		expect(turnLabelStyle([], [])).toBe("**\u0000:** ");
	});

	test("a placeholder label is replaced by the name, its form and time kept", () => {
		const note = "**Speaker 1 (00:03:10):** Words here.\n";
		expect(attributeQuote(note, turn(1, "Words here."), "Jane Doe", [])).toBe("**Jane Doe (00:03:10):** Words here.\n");
	});
});

describe("transcript segments labelled with a time alone", () => {
	const yt = "https://youtu.be/abc";
	test("the name goes after the time, and the segment is read back as that speaker's", () => {
		const note = `## Transcript\n\n[0:00](${yt}?t=0) I'm Kevin, and this is the show about ads today.\n\n[0:26](${yt}?t=26) So today we're talking about ads, because they arrived.\n`;
		const out = attribute(note, "So today", "Kevin Roose");
		expect(out).toBe(note.replace(`[0:26](${yt}?t=26) So`, `[0:26](${yt}?t=26) Kevin Roose: So`));
		expect(parseNote(PATH, out).quotes.map((q) => [q.line, q.speaker, q.text.slice(0, 8)])).toEqual([
			[3, null, "I'm Kevi"],
			[5, "Kevin Roose", "So today"],
		]);
	});
	test("a label on its own line: the name goes before the words below it", () => {
		const note = "## Transcript\n\n**[00:00:00](obsidian://podnotes?t=0) - [00:00:20](obsidian://podnotes?t=20)**\nWelcome to the show, where each day we bring you a meditation.\n";
		const out = attribute(note, "Welcome", "Ryan Holiday");
		expect(out).toBe(note.replace("\nWelcome", "\nRyan Holiday: Welcome"));
		expect(parseNote(PATH, out).quotes.map((q) => [q.line, q.speaker, q.text.slice(0, 7)])).toEqual([[3, "Ryan Holiday", "Welcome"]]);
	});
});

describe("a story told with its dialogue", () => {
	const note = 'The old man said:\n\n"I feel anger at those who do wrong."\n\nAnd the grandfather went on:\n\n"There are two wolves inside me."\n\n"One of them is full of anger."\n\nThe boy asked: "Which one wins?"\n';
	test.each([
		["a quoted paragraph", "I feel anger", '"I feel anger at those who do wrong." – Ada Brook', 3],
		["a quotation ending a sentence", "Which one wins", 'The boy asked: "Which one wins?" – Ada Brook', 11],
	])("%s takes a trailing name and is read back as that speaker's, the rest unchanged", (_name, start, line, at) => {
		const out = attribute(note, start, "Ada Brook");
		expect(out.split("\n")[at - 1]).toBe(line);
		const speakers = parseNote(PATH, out).quotes.map((q) => [q.line, q.speaker]);
		expect(speakers).toEqual([3, 7, 9, 11].map((l) => [l, l === at ? "Ada Brook" : null]));
	});
});

describe("style of a note", () => {
	test("the form most attributions use wins, own line on a tie, with that form's usual dash", () => {
		const note = "> a – Ann Berg\n\n> b\n> — Cat Dunn\n\n> c – Eve Fox\n\n> d\n> ~ Gus Hale\n";
		const lines = note.split("\n");
		expect(blockquoteStyle(lines, parseNote(PATH, note).quotes)).toEqual({ form: "own-line", dash: "—" });
		const more = `${note}\n> e – Ivy Jones\n`;
		expect(blockquoteStyle(more.split("\n"), parseNote(PATH, more).quotes)).toEqual({ form: "trailing", dash: "–" });
	});
});

describe("guards", () => {
	const note = "> First quote. – Sam Altman\n\n> Nobody said this.\n";

	test("a note changed since it was indexed is not written", () => {
		const q = quoteOf(note, "Nobody");
		const changed = "> First quote. – Sam Altman\n\n> Somebody rewrote this.\n";
		expect(() => attributeQuote(changed, q, "Jane Doe", [])).toThrow(QuoteMovedError);
		expect(() => attributeQuote(changed, q, "Jane Doe", [])).toThrow(`line 3 of "${PATH}"`);
		// Lines moved down: the quote is no longer where the index saw it.
		expect(() => attributeQuote(`New line.\n${note}`, q, "Jane Doe", [])).toThrow(QuoteMovedError);
	});

	test("an empty or multi-line name is refused", () => {
		const q = quoteOf(note, "Nobody");
		expect(() => attributeQuote(note, q, "  ", [])).toThrow(BadNameError);
		expect(() => attributeQuote(note, q, "Jane\nDoe", [])).toThrow("one line");
	});
});
