// Things that look like quotes or attributions and are not: one row per trap.
import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { quotesLike, type Row } from "./helpers";

const traps: Row[] = [
	{
		name: "a blockquote holding only an address is the source of the words below, no quote",
		note: "## Dario Amodei on Vision\n\n> https://lexfridman.com/dario-amodei-transcript\n\n> If you have a vision, you should go off and do that vision.",
		expected: [{ line: 5, speaker: "Dario Amodei" }],
	},
	{ name: "dash followed by words that are not a name", note: "> The deal was about trust – not about debt.", expected: [{ text: "The deal was about trust – not about debt.", speaker: null }] },
	{ name: "number range", note: "> Of the budget, 161 – 180 were spent on rent.", expected: [{ speaker: null, text: "Of the budget, 161 – 180 were spent on rent." }] },
	{ name: "date range at the end", note: "> He ran the lab 2019 – 2021", expected: [{ speaker: null, text: "He ran the lab 2019 – 2021" }] },
	{ name: "weekday range at the end", note: "> We are open Mon – Fri", expected: [{ speaker: null }] },
	{ name: "month range at the end", note: "> The season runs from March – December", expected: [{ speaker: null }] },
	{ name: "episode-title separator is not a speaker", note: "> Elon Musk – Lex Fridman Podcast", expected: [{ speaker: null, text: "Elon Musk – Lex Fridman Podcast" }] },
	{ name: "episode-title separator in a heading and prose", note: "# Elon Musk – Lex Fridman Podcast\n\nElon Musk – Lex Fridman Podcast #400\n\n- Elon Musk – Lex Fridman", expected: [] },
	{ name: "hyphenated words are not dashes", note: "> It was a state-of-the-art GPT-4", expected: [{ speaker: null, text: "It was a state-of-the-art GPT-4" }] },
	{ name: "dash inside a word never starts an attribution", note: "> We met at Coca-Cola", expected: [{ speaker: null }] },
	{ name: "timestamp alone where a speaker would be", note: '> "Trung tâm tài chính." — [05:18]', expected: [{ speaker: null, speakerRaw: null, timestamp: "05:18", text: '"Trung tâm tài chính."' }] },
	{ name: "timestamp without a dash stays in the text", note: "> We shipped it (00:12:05)", expected: [{ speaker: null, timestamp: null, text: "We shipped it (00:12:05)" }] },
	{ name: "note callout is never a quote", note: "> [!note] Sam Altman\n> Remember this. — Sam Altman", expected: [] },
	{ name: "tip and info callouts are never quotes", note: "> [!tip]\n> A tip.\n\n> [!info]- Folded\n> Info.", expected: [] },
	{ name: "term-definition bullets are not turns", note: "- **Aromatases:** convert testosterone into estrogen – made by body fat\n- **Apnea:** poor breathing\n- **Aromatases:** again", expected: [] },
	{ name: "two one-off bold names outside a transcript section are not turns", note: "## Summary\n\n**Russell Brunson:** Welcome back.\n\n**Dan Kennedy:** Let me start with a question.", expected: [] },
	{ name: "one-off bold labels in paragraphs are not turns", note: "**Ngắn hạn:** Thu hút.\n\n**Trung hạn (2–3 năm):** Đào tạo.\n\n**核心提示**：提示。", expected: [] },
	{ name: "repeated non-person labels are not turns", note: "**Note:** one.\n\n**Note:** two.\n\n**Summary:** three.\n\n**Summary:** four.", expected: [] },
	{ name: "list item with dashes but no quotation marks", note: "- Heavy training – not to failure – leads to gains – Andrew Huberman", expected: [] },
	{ name: "prose attribution is not a quote", note: "According to Leopold, superintelligence emerges fast – Leopold Aschenbrenner", expected: [] },
	{
		// jtelms's Japanese notes: `Meanings:`/`On'yomi:` fields indented four spaces under each kanji heading.
		name: "lines indented four columns after a heading or a blank line are an indented code block",
		note: "## 上\n    Meanings: Above, Up\n    > Ship it. — Sam Altman\n\n    > Also code. — Sam Altman\n\n\t> Tabbed, also code. — Sam Altman\n\n> Out of the code again. — Sam Altman",
		expected: [{ line: 9, speaker: "Sam Altman" }],
	},
	{
		name: "indented lines under a list item are its content, not code",
		note: "- An item\n\n    > Inside the item. — Sam Altman\n\n  - A nested item\n\n    > Inside it too. — Ann Lee",
		expected: [{ line: 3, speaker: "Sam Altman" }, { line: 7, speaker: "Ann Lee" }],
	},
	{
		// A Cambly lesson's notes (Whisper, then a model): the lesson's turns, then each sentence and its correction.
		name: "a lesson's Original/Authentic pairs are corrections, not turns; Tutor and Student are roles with no name",
		note: "## Transcript\n\n**Tutor**: Tell me about your week.\n\n**Student**: I go to the industrial.\n\n**Tutor**: Nice.\n\n**Student**: Yes.\n\n## Expressions\n\n**Original**: I go to the industrial.\n\n**Authentic**: I work in industry.\n\n**Original**: We not hurry.\n\n**Authentic**: We don't need to rush.",
		expected: [{ line: 3, speaker: null }, { line: 5, speaker: null }, { line: 7, speaker: null }, { line: 9, speaker: null }],
	},
	{
		// kietcannguyen/GoodbyeVietnam1975.github.io: a family's escape told day by day.
		name: "a diary's times of day (`**Morning** - …`, `**Evening**: …`) and `Photo:` captions are no voices",
		note: "**Morning** - Tho was with his nephew that morning.\n\nPhoto: Tho next to the Cessna\n\n**Evening** - Tho flew and landed at the base.\n\n**Morning**: Tho and Nong met a captain.\n\nPhoto: Sang in 1972\n\n**Evening**: Once the bombing stopped, Sang rode around.",
		expected: [],
	},
	{
		// toyboxman/yummy-xml-UI: an English reader's notebook, each article's new words quoted with their meaning.
		name: "a learner's glossary in a blockquote (`>shock therapy 休克疗法`, `>abusive[əˈbjusɪv] 滥用的`) is no one's words; a Japanese post quoted in one is",
		note: ">shock therapy 休克疗法\n>specialize in 擅长\n>abusive[əˈbjusɪv] 滥用的；骂人的\n\n> seleniumとか使っていないので爆速です\n> 本当に速い",
		expected: [{ line: 5, endLine: 6, speaker: null }],
	},
	{ name: "blockquote lines inside code fences", note: "```\n> Ship early. – Sam Altman\n```\n\n~~~md\n> Also code. – Sam Altman\n~~~", expected: [] },
	{ name: "blockquote lines inside an HTML block", note: "<details>\n<summary>Show notes</summary>\n> On today's show. – Sam Altman\n</details>", expected: [] },
	{ name: "bold timestamp links are not turns", note: "**[00:00:00](obsidian://podnotes?x=1) - [00:00:20](obsidian://podnotes?x=2)**\nWelcome.\n\n**[00:00:13](obsidian://podnotes?x=3) - [00:01:11](obsidian://podnotes?x=4)**\nMore.", expected: [] },
	{ name: "quoted person in a list item is the speaker, not a guest", note: "- “The future is already here” *William Gibson* ([View Highlight](https://r.io/1))", expected: [{ speaker: "William Gibson" }] },
	{ name: "an empty blockquote is not a quote", note: ">\n>\n\n> — Sam Altman", expected: [] },
	{ name: "Snipd placeholder labels never become speakers", note: "<details>\n<blockquote><b>Speaker 1</b><br/><br/>Richard was brought in.</blockquote>\n</details>", expected: [{ speaker: null, speakerRaw: "Speaker 1", text: "Richard was brought in." }] },
];

describe("traps", () => {
	test.each(traps.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});

	test("the quoted person does not become an episode guest", () => {
		const r = parseNote(
			"Readwise/Jane.md",
			"title:: Jane McGonigal: The Psychology of Gaming (#101) | the Knowledge Project\n\n- “The future is already here” *William Gibson* ([View Highlight](https://r.io/1))",
		);
		expect(r.episode.guests).toEqual(["Jane McGonigal"]);
		expect(r.episode.number).toBe(101);
	});
});
