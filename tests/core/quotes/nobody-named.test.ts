// Quotes a reader sees with nobody named for them, second part (decisions 39 and 40): an export's
// highlights, a quotation an "As a friend puts it" lead gives to someone unnamed, an interview excerpt a
// `from` line shares, a caption under a link. One row per case,
// { name, note, expected }, then the traps that must stay as they are.
import { describe, expect, test } from "@jest/globals";
import { isHighlightCite } from "../../../src/core/quotes/highlights";
import { captionsLink } from "../../../src/core/quotes/link-caption";
import { answersQuestion } from "../../../src/core/quotes/shared-answer";
import { unnamedVoice } from "../../../src/core/quotes/unnamed-voice";
import { attributeQuote } from "../../../src/core/edit/attribute";
import { parseNote } from "../../../src/core/note";
import { quotesLike, readmeBlock, type Row } from "./helpers";

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

const shared: Row[] = [
	{
		name: "answers under questions, then `from Name`: the interviewee's words, shared by that name (no speaker)",
		note: "## 2020-09-28\n\n- 你会怎么避免犯过的错？\n\n>贪多，这也想做那也想做。\n\n- 怎么看待开源？\n\n>1. 基础软件不开源几乎没有人用\n>2. 开源是一种占领市场最好的方法。\n\nfrom 杨文\n",
		expected: [
			{ line: 5, endLine: 5, speaker: null },
			{ line: 9, endLine: 10, speaker: null, speakerRaw: null },
		],
	},
	{
		name: "one answer closing a section signed after a remark: still no speaker",
		note: "## Excerpt\n\nWhat would you change about the company?\n\n> Less, and sooner. We tried to do everything at once.\n\nA good read.\n\nfrom Ada Brook\n\n## Next\n",
		expected: [{ line: 5, speaker: null, speakerRaw: null }],
	},
];

const sharedTraps: Row[] = [
	{
		name: "a recommendation under a link, then `from Name`: that name's words, as before",
		note: "## 2020-08-17\n\n[听涛轩 | vol.10 万人瞩目转瞬间](https://overcast.fm/+c6lr9zXNE)\n>推荐语：涛哥 4 个月涨粉 350 万。\n\nfrom 杨文\n",
		expected: [{ line: 4, endLine: 6, speaker: "杨文" }],
	},
	{
		name: "a question inside the quote's own link line is no question before it",
		note: "## 2020-08-03\n\n[硅谷早知道 | #35 美国国会要拿四大科技巨头怎样？](https://overcast.fm/+V)\n>推荐语：大家可以配合这篇文章收听。\n\nfrom 杨文\n",
		expected: [{ line: 4, speaker: "杨文" }],
	},
];

const captions: Row[] = [
	{
		name: "a blockquote right under a list item that is only a link captions the link: no quote",
		note: "视频地址：\n- [House Judiciary | Online Platforms and Market Power](https://youtu.be/WBFDQvIrWYM)\n>来自于美国众议院司法委员会官方发布视频。\n- [Washington Post | Tech CEOs testify](https://youtu.be/BpPHLh7cI0g)\n",
		expected: [],
	},
	{
		name: "the caption is no quote of its entry: the entry's recommendation takes the closing `from Name`",
		note: "## 2020-08-03\n\n[硅谷早知道 | #35](https://overcast.fm/+V)\n>推荐语：大家可以配合这篇文章收听。\n\n视频地址：\n- [House Judiciary | Online Platforms](https://youtu.be/W)\n>来自于美国众议院司法委员会官方发布视频。\n- [The Sun | Live: CEOs face antitrust hearing](https://youtu.be/X)\n\nfrom 杨文\n\n## 2020-07-28\n",
		expected: [{ line: 4, speaker: "杨文", inferred: null }],
	},
];

const captionTraps: Row[] = [
	{
		name: "an attributed blockquote under a link item stays a quote",
		note: "- [The Long Table #12](https://example.com/12)\n> Ship it before you love it.\n> — Ada Brook\n",
		expected: [{ line: 2, speaker: "Ada Brook" }],
	},
	{
		name: "a blockquote under a link line that is no list item (a recommendation) stays a quote",
		note: "[反潮流俱乐部 | 独臂船长的环球冒险](https://overcast.fm/+WTQy82OI)\n>推荐语：只有真正经历过，才知道什么是冒险。\n",
		expected: [{ line: 2, speaker: null }],
	},
	{
		name: "a blank line between the link item and the blockquote: no caption",
		note: "- [The Long Table #12](https://example.com/12)\n\n> Ship it before you love it.\n",
		expected: [{ line: 3, speaker: null }],
	},
];

describe.each([
	["an interview excerpt shared with `from Name` (decision 40)", shared],
	["shared-excerpt traps", sharedTraps],
	["a caption under a link (decision 40)", captions],
	["caption traps", captionTraps],
	["an export's highlights (decision 39)", highlights],
	["highlight traps", highlightTraps],
	["somebody unnamed said it (decision 40)", unnamed],
	["unnamed-voice traps", unnamedTraps],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("what a highlight cite, an unnamed voice, an answer and a caption are", () => {
	test.each([
		[["- 怎么看待开源？", "", ">1. 基础软件"], 3, true],
		[["What would you change?", "> Less."], 2, true],
		[["> Why?", "> Because."], 2, false],
		[["[硅谷早知道 | 怎样？](https://x)", ">推荐语"], 2, false],
		[[">推荐语"], 1, false],
	])("%j, quote at line %d, answers a question: %s", (lines, first, expected) => {
		expect(answersQuestion(lines, first)).toBe(expected);
	});
	test.each([
		[["- [Slides](https://example.com/s.pdf)", "> From the talk."], 2, true],
		[["1. [Slides](https://example.com/s.pdf)", "> From the talk."], 2, true],
		[["- [Slides](https://example.com/s.pdf) and more", "> From the talk."], 2, false],
		[["[Slides](https://example.com/s.pdf)", "> From the talk."], 2, false],
		[["- [Slides](https://example.com/s.pdf)", "", "> From the talk."], 3, false],
	])("%j, quote at line %d, captions a link: %s", (lines, first, expected) => {
		expect(captionsLink(lines, first)).toBe(expected);
	});
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
		["As a result, he said", null],
		["As Omar put it", null],
		["As he says", null],
		["So one of them said", null],
	])("%s → %s", (lead, expected) => {
		expect(unnamedVoice(lead)).toBe(expected);
	});
});

describe("the README's example of these rules", () => {
	test("highlights, an unnamed friend, a shared answer and a caption", () => {
		const quotes = parseNote("Test/note.md", readmeBlock("Jocko Podcast #260 (highlights)")).quotes;
		expect(quotes.map((q) => [q.line, q.speaker, q.inferred])).toEqual([
			[3, "Jocko Willink", null],
			[4, "Jocko Willink", "context"],
			[5, null, null],
			[9, null, null],
		]);
	});
});

describe("Attribute to… on these quotes keeps them quotes", () => {
	const named = (note: string, start: string) => {
		const quotes = parseNote("Podcasts/ep.md", note).quotes;
		const quote = quotes.find((q) => q.text.replace(/^["“]/, "").startsWith(start));
		if (quote === undefined) throw new Error(`no quote starting ${start}`);
		const after = attributeQuote(note, { ...quote, path: "Podcasts/ep.md" }, "Ada Brook", quotes);
		return parseNote("Podcasts/ep.md", after).quotes.map((q) => [q.line, q.speaker]);
	};
	test("an unnamed friend's quote, once named, is that person's", () => {
		// The unattributed item above it now takes the next item's speaker, as any run of a list does.
		expect(named(unnamed[0].note, "Specialization")).toEqual([
			[5, "Ada Brook"],
			[6, "Ada Brook"],
		]);
	});
	test("a highlight of a conversation, once named, is that person's", () => {
		expect(named(highlights[0].note, "Slow is")).toEqual([
			[5, null],
			[6, "Ada Brook"],
			[7, "Tim Ferriss"],
		]);
	});
});
