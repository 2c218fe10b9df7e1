// Quotes a reader sees with nobody named for them, second part (decisions 39 and 40): an export's
// highlights, a quotation an "As a friend puts it" lead gives to someone unnamed. One row per case,
// { name, note, expected }, then the traps that must stay as they are.
import { describe, expect, test } from "@jest/globals";
import { isHighlightCite } from "../../../src/core/quotes/highlights";
import { unnamedVoice } from "../../../src/core/quotes/unnamed-voice";
import { quotesLike, type Row } from "./helpers";

const hl = (id: string) => `([View Highlight](https://read.readwise.io/read/${id}))`;
const export2 = (title: string, items: string[]) => `title:: ${title}\nauthor:: [[Podcast Notes]]\n\n- Highlights first synced by [[Readwise]] [[Jan 18th, 2023]]\n${items.map((i) => `\t- ${i}\n`).join("")}`;

const highlights: Row[] = [
	{
		name: "a conversation's export: highlights that name nobody stay quotes with no speaker, and take no other highlight's speaker",
		note: export2("Josh Waitzkin and Tim Ferriss on the Cave Process (highlights)", [
			`“How can you test your assumptions in a cheap, quick way?” ${hl("01a")}`,
			`“Slow is Smooth and Smooth is Fast” ${hl("01b")}`,
			`“You have to focus on meta-learning and meta-skills or you will be toast” *Tim Ferriss* ${hl("01c")}`,
		]),
		expected: [
			{ kind: "list", line: 5, speaker: null, inferred: null, text: "“How can you test your assumptions in a cheap, quick way?”" },
			{ line: 6, speaker: null, inferred: null },
			{ line: 7, speaker: "Tim Ferriss", inferred: null },
		],
	},
	{
		name: "one speaker on every attributed highlight, named by the title: the last highlight is theirs (context)",
		note: export2("Fighting, Fitness | Jocko Podcast #260 (highlights)", [
			`“Don’t stress about things that you can’t control.” – *Jocko Willink* ${hl("02a")}`,
			`“Humans can survive 30 days without food.” – Jocko Willink ${hl("02b")}`,
			`“Sometimes you get plain knocked-out by illness or a virus.” ${hl("02c")}`,
		]),
		expected: [
			{ line: 5, speaker: "Jocko Willink" },
			{ line: 6, speaker: "Jocko Willink" },
			{ line: 7, speaker: "Jocko Willink", inferred: "context" },
		],
	},
	{
		name: "a Readwise link of another wording counts as a highlight's cite",
		note: export2("Two Friends and a Mic (highlights)", [`“Practice is the whole secret.” ([Location 1234](https://readwise.io/to_kindle?action=open&asin=B0&location=1234))`]),
		expected: [{ line: 5, speaker: null, text: "“Practice is the whole secret.”" }],
	},
];

const highlightTraps: Row[] = [
	{
		name: "two speakers on the attributed highlights: the one naming nobody keeps no speaker",
		note: export2("Ada Brook and Tom Abel | The Long Table #12 (highlights)", [
			`“Ship it before you love it.” – *Ada Brook* ${hl("03a")}`,
			`“Nobody reads the manual.” – *Tom Abel* ${hl("03b")}`,
			`“Small teams win on focus.” ${hl("03c")}`,
		]),
		expected: [{ speaker: "Ada Brook" }, { speaker: "Tom Abel" }, { line: 7, speaker: null }],
	},
	{
		name: "the one attributed speaker is not named by any title: no speaker",
		note: export2("The Long Table #12 (highlights)", [`“Ship it before you love it.” – *Ada Brook* ${hl("04a")}`, `“Small teams win on focus.” ${hl("04b")}`]),
		expected: [{ speaker: "Ada Brook" }, { line: 6, speaker: null, inferred: null }],
	},
	{
		name: "a highlight without quotation marks is the summariser's paraphrase, no quote",
		note: export2("The Long Table #12 (highlights)", [`Learning how to learn makes you anti-fragile ${hl("05a")}`]),
		expected: [],
	},
	{
		name: "a quoted bullet with no speaker and no highlight link, outside a quotes section, is still dropped",
		note: "# Bullet notes\n\n- research tasks are not easy to parallelize\n- \"what does it take to be an alec radford?\"\n",
		expected: [],
	},
	{
		name: "a quoted bullet with some other link after it is no highlight",
		note: "# Episode\n\n- \"Read the paper first.\" ([slides](https://example.com/slides.pdf))\n",
		expected: [],
	},
];

const unnamed: Row[] = [
	{
		name: "`As one of X's friends puts it – \"…\"`: a quote with no speaker, not the note's subject",
		note: "# Naval Ravikant on the Joe Rogan Experience\n\nNaval Ravikant is an angel investor.\n\n* **\"When you combine things you're not supposed to combine, people get interested\"**\n* As one of Naval's friends puts in – **\"Specialization is for insects\"**\n",
		expected: [
			{ line: 5, speaker: "Naval Ravikant", inferred: "context" },
			{ line: 6, speaker: null, speakerRaw: "one of Naval's friends", inferred: null, text: "\"Specialization is for insects\"" },
		],
	},
	{
		name: "`As a friend once told me: \"…\"` in a list",
		note: "## Notes\n\n- As a friend once told me: “Nobody is coming to save you.”\n- Also: ship it.\n",
		expected: [{ line: 3, speaker: null, speakerRaw: "a friend", text: "“Nobody is coming to save you.”" }],
	},
];

const unnamedTraps: Row[] = [
	{
		name: "`As a result – \"…\"` says nobody speaks: no quote",
		note: "## Notes\n\n- As a result – \"growth at all costs\" became the motto\n",
		expected: [],
	},
	{
		name: "a named person keeps the lead-in reading (`As Omar put it:`)",
		note: "## Notes\n\n- As Omar put it: \"Write the test first, then the code.\"\n",
		expected: [{ line: 3, speaker: "Omar", inferred: "lead-in" }],
	},
];

describe.each([
	["an export's highlights (decision 39)", highlights],
	["highlight traps", highlightTraps],
	["somebody unnamed said it (decision 40)", unnamed],
	["unnamed-voice traps", unnamedTraps],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("what a highlight cite and an unnamed voice are", () => {
	test.each([
		[["[View Highlight](https://read.readwise.io/read/01gq)"], true],
		[["[Location 12](https://readwise.io/to_kindle?location=12)"], true],
		[["[▶ 9:21](https://youtu.be/x?t=561)"], false],
		[[], false],
	])("%j is a highlight cite: %s", (cite, expected) => {
		expect(isHighlightCite(cite)).toBe(expected);
	});
	test.each([
		["As one of Naval's friends puts in", "one of Naval's friends"],
		["As a friend once told me", "a friend"],
		["As someone said", "someone"],
		["As my grandmother used to say", "my grandmother"],
		["As a result", null],
		["As Omar put it", null],
		["As he says", null],
		["So one of them said", null],
	])("%s → %s", (lead, expected) => {
		expect(unnamedVoice(lead)).toBe(expected);
	});
});
