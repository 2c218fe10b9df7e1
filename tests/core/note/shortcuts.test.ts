// The reader skips work wherever a line cannot match (a heading's own `#` run, a list item that opens no
// quotation, a line with no `::` or `(` near its start, …). Each row here sits on the edge of one of those
// shortcuts, so a shortcut that skips too much fails a row.
import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { hashNormalized } from "../../../src/core/util/hash";
import { quotesLike, type Row } from "../quotes/helpers";

describe("headings and tags", () => {
	const note = "# Title ##\n## Notable quotes #tag\n###### Six\n####### Seven\n#tag1 and #tag2\n##notatag\n# #real\n#solo\n";
	const r = parseNote("Notes/Heading.MD", note);

	test("closing # runs are dropped, a tag after the text is kept, seven #s are not a heading", () => {
		const flat: Array<[string, number, number]> = [];
		const walk = (s: typeof r.sections) => s.forEach((x) => (flat.push([x.heading, x.level, x.line]), walk(x.children)));
		walk(r.sections);
		expect(flat).toEqual([
			["Title", 1, 1],
			["Notable quotes #tag", 2, 2],
			["Six", 6, 3],
			["#real", 1, 7],
		]);
	});

	test("tags on heading lines and prose, never a heading's own # run", () => {
		expect(r.tags).toEqual(["tag", "tag1", "tag2", "real", "solo"]);
	});

	test("the note title drops .md in any case", () => {
		expect(r.title).toBe("Heading");
	});
});

describe("inline fields", () => {
	test("a key up to 50 characters, in prose or a list item; `:::` and longer keys are not fields", () => {
		const long = "a".repeat(51);
		const r = parseNote("F/n.md", `Owner / Host:: [[Adam Smith]]\n${long}:: too far\nurl:::https://x.y/z\n- Show:: Lex Fridman Podcast\n`);
		expect(r.episode.hosts).toEqual(["Adam Smith"]);
		expect(r.episode.show).toBe("Lex Fridman Podcast");
		expect(r.episode.url).toBeNull();
		const edge = parseNote("F/n.md", `${"b".repeat(49)}x:: https://a.b/c\n`);
		expect(edge.episode.url).toBeNull(); // key `bbb…x` is not a url key: the field is read, nothing else
		expect(parseNote("F/n.md", `${" ".repeat(3)}URL:: https://a.b/c\n`).episode.url).toBe("https://a.b/c");
	});
});

describe("plain timed turn labels", () => {
	const rows: Row[] = [
		{
			name: "` (` within reach starts a turn",
			note: "Sam Altman (00:00:01): one\n\nSam Altman (00:00:02): two\n",
			expected: [
				{ kind: "turn", text: "one", speaker: "Sam Altman", timestamp: "00:00:01", line: 1 },
				{ kind: "turn", text: "two", speaker: "Sam Altman", timestamp: "00:00:02", line: 3 },
			],
		},
		{
			name: "a label longer than 60 characters is the open turn's text",
			note: `Sam Altman (00:00:01): one\n\n${"Abcdefghij ".repeat(6)}(00:00:04): far\n\nSam Altman (00:00:05): two\n`,
			expected: [
				{ kind: "turn", line: 1, endLine: 3, text: `one\n\n${"Abcdefghij ".repeat(6)}(00:00:04): far` },
				{ kind: "turn", line: 5, text: "two" },
			],
		},
		{
			name: "no space before the parenthesis is no label",
			note: "Sam Altman(00:00:01): one\n\nSam Altman(00:00:02): two\n",
			expected: [],
		},
		{
			name: "a tab before the parenthesis alone is no label",
			note: "Sam Altman\t(00:00:01): one\n\nSam Altman\t(00:00:02): two\n",
			expected: [],
		},
		{
			name: "a tab before the parenthesis with a ` (` later within reach is a label",
			note: "Sam Altman\t(00:00:01): one (really)\n\nSam Altman\t(00:00:02): two (really)\n",
			expected: [
				{ kind: "turn", text: "one (really)", speaker: "Sam Altman", timestamp: "00:00:01" },
				{ kind: "turn", text: "two (really)", speaker: "Sam Altman", timestamp: "00:00:02" },
			],
		},
	];
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("list items", () => {
	const rows: Row[] = [
		{
			name: "every opening mark with its closing mark",
			note: "- \"Straight.\" – Ann Bee\n- “Curly.” – Ann Bee\n- „German.“ – Ann Bee\n- «French.» – Ann Bee\n- 「Japanese.」 – Ann Bee\n- 『Book.』 – Ann Bee\n",
			expected: ["\"Straight.\"", "“Curly.”", "„German.“", "«French.»", "「Japanese.」", "『Book.』"].map((text, i) => ({ text, speaker: "Ann Bee", line: i + 1 })),
		},
		{
			name: "the last closing mark ends the quote",
			note: "- “One” and “two” – Ann Bee\n",
			expected: [{ text: "“One” and “two”", speaker: "Ann Bee" }],
		},
		{
			name: "unclosed, plain and wrong-mark items are not quotes",
			note: "- “Unclosed – Ann Bee\n- plain – Ann Bee\n- «Mismatched” – Ann Bee\n",
			expected: [],
		},
		{
			name: "task boxes and bold labels before the quotation",
			note: "- [ ] “Task.” – Ann Bee\n- [x] **On trust**: “Label.” – Ann Bee\n* ***“Wrapped.”*** – Ann Bee\n",
			expected: [
				{ text: "“Task.”", speaker: "Ann Bee" },
				{ text: "“Label.”", speaker: "Ann Bee" },
				{ text: "“Wrapped.”", speaker: "Ann Bee" },
			],
		},
	];
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("names in attributions", () => {
	const rows: Row[] = [
		{ name: "a spaced middle dot ends the name", note: "> One. – Sam Altman · Lex Fridman Podcast", expected: [{ speaker: "Sam Altman", qualifier: "Lex Fridman Podcast" }] },
		{ name: "an unspaced middle dot is part of the name", note: "> Four. — 保罗·罗索里", expected: [{ speaker: "保罗·罗索里", qualifier: null }] },
		{ name: "a comma ends the name", note: "> Three. – Sam Altman, on hiring", expected: [{ speaker: "Sam Altman", qualifier: "on hiring" }] },
		{ name: "a spaced dash ends the name", note: "> Two. – Sam Altman ~ The Show", expected: [{ speaker: "Sam Altman", qualifier: "~ The Show" }] },
		{ name: "an unspaced dash does not", note: "> Two. – Anne-Marie Slaughter", expected: [{ speaker: "Anne-Marie Slaughter", qualifier: null }] },
	];
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("order and ids", () => {
	test("turns, blockquotes and list quotes come out in line order", () => {
		const note = "**Ann Bee:** first\n\n> A quote. – Sam Altman\n\n**Cy Dee:** second\n\n- “Item.” – *Lex Fridman*\n\n**Ann Bee:** third\n\n**Cy Dee:** fourth\n";
		expect(parseNote("O/n.md", note).quotes.map((q) => [q.kind, q.line])).toEqual([
			["turn", 1],
			["blockquote", 3],
			["turn", 5],
			["list", 7],
			["turn", 9],
			["turn", 11],
		]);
	});

	test("repeated texts get ~2, ~3 … in every note, whatever their hash", () => {
		const texts = Array.from({ length: 300 }, (_, i) => `Quote ${i} about ${i % 7} things.`);
		const note = texts.map((t) => `> ${t} – Sam Altman\n\n- “x” – *Sam*\n\n> ${t.replace(/ /g, "  ")} – Sam Altman\n`).join("\n");
		const ids = parseNote("D/n.md", note).quotes.map((q) => q.id);
		const expected: string[] = [];
		texts.forEach((t, i) => expected.push(`q${hashNormalized("D/n.md", t)}`, `q${hashNormalized("D/n.md", "“x”")}${i > 0 ? `~${i + 1}` : ""}`, `q${hashNormalized("D/n.md", t)}~2`));
		expect(ids).toEqual(expected);
	});
});

describe("line endings, byte-order mark, last line", () => {
	const lf = "---\nguests: [Sam Altman]\n---\n# Quotes\n> One. – Sam Altman\n\n**Lex Fridman:** hi\n\n**Lex Fridman:** ho\n\n- “Three.” – *Lex*";
	const base = parseNote("E/n.md", lf);

	test.each([
		["CRLF", lf.replace(/\n/g, "\r\n")],
		["lone CR", lf.replace(/\n/g, "\r")],
		["mixed", lf.replace(/\n/g, (_m, at: number) => (at % 3 === 0 ? "\r\n" : at % 3 === 1 ? "\r" : "\n"))],
		["BOM and a final newline", "\uFEFF" + lf + "\n"],
	])("%s: the same frontmatter, sections and quotes", (_name, text) => {
		const r = parseNote("E/n.md", text);
		expect(r.frontmatter).toEqual(base.frontmatter);
		expect(r.sections.map((s) => [s.heading, s.line])).toEqual(base.sections.map((s) => [s.heading, s.line]));
		expect(r.quotes).toEqual(base.quotes);
	});

	test("a last line without a newline is read like any other", () => {
		expect(base.quotes.map((q) => [q.kind, q.text, q.line])).toEqual([
			["blockquote", "One.", 5],
			["turn", "hi", 7],
			["turn", "ho", 9],
			["list", "“Three.”", 11],
		]);
	});
});

describe("long lines", () => {
	test("a 1 MB paragraph with a late ` (` is prose, and a 1 MB list quote still closes at its end", () => {
		const words = "word ".repeat(200_000);
		const r = parseNote("L/n.md", `Sam Altman ${words}(00:00:01): x\n\n- “${words}” – Ann Bee\n`);
		expect(r.quotes.map((q) => [q.kind, q.speaker, q.text.length])).toEqual([["list", "Ann Bee", words.length + 2]]);
	});
});

describe("frontmatter lists", () => {
	test.each([
		["[podcast, ai]", ["podcast", "ai"]],
		["[ 1 , .5, true, null, ~ ]", [1, 0.5, true, null, null]],
		["[a,]", ["a"]],
		["[a, 'b, c']", ["a", "b, c"]],
	])("tags: %s", (value, expected) => {
		expect(parseNote("Y/n.md", `---\ntags: ${value}\n---\n`).frontmatter.tags).toEqual(expected);
	});

	test("an empty item in the middle is not YAML: reported, never guessed", () => {
		const r = parseNote("Y/n.md", "---\ntags: [a, , b]\n---\n");
		expect(r.frontmatter).toEqual({});
		// The line the parser stopped on, where the empty item is.
		expect(r.problems.map((p) => p.line)).toEqual([2]);
	});
});
