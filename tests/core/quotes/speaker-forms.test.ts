// Rules a reader uses on the corpus13 notes (docs/accuracy.md): honorifics, shows named after their host,
// a lead-in line inside the quoted paragraph. One row per case, { name, note, expected }.
import { describe, expect, test } from "@jest/globals";
import { quotesLike, type Row } from "./helpers";

const standalone: Row[] = [
	{
		name: "an honorific before a full name is no part of the speaker",
		note: "[Dr. Ada Brook, Healing Yourself - Zion 2.0](https://example.com/28-dr-ada-brook)\n\n\"Anger is undigested.\"",
		expected: [{ kind: "paragraph", speaker: "Ada Brook", inferred: "lead-in" }],
	},
	{
		name: "an honorific is dropped from an attribution at the end too",
		note: "> Slow is smooth. – Prof. Ada Brook",
		expected: [{ speaker: "Ada Brook", speakerRaw: "Prof. Ada Brook" }],
	},
	{
		name: "a show named after a person, whose episode title names that person: the host speaks",
		note: "[Q&A With Tim — On Wealth, Grief, and More - The Tim Ferriss Show](https://tim.blog/2019/11/07/qa-with-tim-on-wealth-legacy-grief/)\n\n\"The questions you ask yourself create a lens.\"",
		expected: [{ kind: "paragraph", line: 3, speaker: "Tim Ferriss", inferred: "lead-in" }],
	},
	{
		name: "a lead-in line right above the quoted lines, in the same paragraph",
		note: "[Tea Time with Tim - The Tim Ferriss Show](https://tim.blog/tea)\n\nTim on figuring out what to do with your life:\n\"Experimentation is key.\"",
		expected: [{ kind: "paragraph", line: 4, endLine: 4, speaker: "Tim Ferriss", text: "\"Experimentation is key.\"" }],
	},
	{
		name: "a first name takes the full name of the show named after that person",
		note: "Listening to The Ezra Klein Show today.\n\nEzra on attention:\n\n> Attention is scarce.",
		expected: [{ speaker: "Ezra Klein", inferred: "lead-in" }],
	},
];

const standaloneTraps: Row[] = [
	{ name: "one name after an honorific keeps it", note: "> Talk about it. – Dr. Ruth", expected: [{ speaker: "Dr. Ruth" }] },
	{
		name: "an episode title that names nobody the show names gives nobody",
		note: "[How to Get Rich - The Tim Ferriss Show](https://tim.blog/rich)\n\n\"Seek wealth, not money.\"",
		expected: [],
	},
	{
		name: "a show that is not named after a person names no host",
		note: "[Q&A With Tim - The Daily Show](https://example.com/daily)\n\n\"Seek wealth, not money.\"",
		expected: [],
	},
	{
		name: "a paragraph whose first line ends in a colon but whose next line only starts with a quoted term",
		note: "Tim on books:\n\"Deep Work\" is the first on my list.",
		expected: [],
	},
	{
		name: "two people with the first name: a show named after one does not settle it",
		note: "The Tim Ferriss Show had Tim Urban on.\n\nTim on focus:\n\n> Focus is a muscle.",
		expected: [{ speaker: "Tim" }],
	},
];

describe.each([
	["standalone paragraphs", standalone],
	["standalone traps", standaloneTraps],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});
