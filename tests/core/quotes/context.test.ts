// Attribution forms that live around a quote rather than on it: one row per case, { name, note, expected }.
import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import { join } from "path";
import { parseNote } from "../../../src/core/note";
import type { Quote } from "../../../src/core/types";
import { quotesLike, type Row } from "./helpers";

const leadIns: Row[] = [
	{ name: "name on a topic", note: "Maya Chen on remote teams:\n> Remote teams fail quietly.", expected: [{ text: "Remote teams fail quietly.", speaker: "Maya Chen", inferred: "lead-in" }] },
	{ name: "first name on a topic, the note knows the full name", note: "> A. – Maya Chen\n\nMaya on remote teams:\n\n> Remote teams fail quietly.", expected: [{ speaker: "Maya Chen" }, { speaker: "Maya Chen", speakerRaw: "Maya", inferred: "lead-in" }] },
	{ name: "first name on a topic, nobody else in the note", note: "Maya on remote teams:\n> Remote teams fail quietly.", expected: [{ speaker: "Maya", inferred: "lead-in" }] },
	{ name: "as X put it", note: "As Omar put it:\n\n> Slow is smooth.", expected: [{ speaker: "Omar", inferred: "lead-in" }] },
	// aroberge/literal-number-types: a digest of a python-ideas thread, each message linked by who wrote it.
	{
		name: "a thread digest's `[Raymond Hettinger immediately replied](url)` before a blockquote, no colon; a linked show title is none",
		note: "Intro.\n\n[Raymond Hettinger immediately replied](https://mail.python.org/y)\n\n> No, they are not.\n\n[The Changelog](https://changelog.com/1)\n\n> Ship it.",
		expected: [{ line: 5, speaker: "Raymond Hettinger", inferred: "lead-in" }, { line: 9, speaker: null }],
	},
	{
		name: "a bold `Name (Company) answered:` before a panel's blockquote, under a title naming a topic (`Web Services: …`)",
		note: "# Web Services: Grow, Refactor, Rebuild\n\n## Recognizing the problem\n**Q:** What was a project you refactored?\n\n**Barbara Raitz (Airbnb) Answered:**\n>\"Almost all code needs to be refactored.\"\n\n*What causes it?*\n>\"Usually tight coupling.\"",
		expected: [
			{ line: 7, speaker: "Barbara Raitz", inferred: "lead-in" },
			{ line: 10, speaker: null },
		],
	},
	{ name: "link with the show and a minute", note: "[Ines Laurent on the Long Table podcast](https://example.com/ep12), minute 12:\n> Cook for the table, not the camera.", expected: [{ speaker: "Ines Laurent", inferred: "lead-in", text: "Cook for the table, not the camera." }] },
	{ name: "speech verb", note: "Tim Ferriss says, near the end:\n> Ask what this would look like if it were easy.", expected: [{ speaker: "Tim Ferriss", inferred: "lead-in" }] },
	{ name: "bold bare full name", note: "**Maya Chen:**\n> Remote teams fail quietly.", expected: [{ speaker: "Maya Chen", inferred: "lead-in" }] },
	{ name: "German lead-in", note: "Florence Gaub über Utopien:\n> Schwierige Zeiten sind gut für Utopien.", expected: [{ speaker: "Florence Gaub", inferred: "lead-in" }] },
	{ name: "a run of quotes after one lead-in", note: "As Omar put it:\n\n> One.\n\n> Two.\n\nThen prose.\n\n> Three.", expected: [{ speaker: "Omar" }, { speaker: "Omar" }, { speaker: null }] },
	{ name: "the quote's own attribution wins", note: "As Omar put it:\n> One. – Lena Voss", expected: [{ speaker: "Lena Voss", inferred: null }] },
	{ name: "two blank lines break the lead-in", note: "As Omar put it:\n\n\n> One.", expected: [{ speaker: null }] },
	{ name: "a contraction before the name is no part of it (`Here's Ada Brook's take on it:`)", note: "Here's Ada Brook's take on it:\n\n> Ship small things.", expected: [{ speaker: "Ada Brook", inferred: "lead-in" }] },
	{ name: "`Let's take a look at …:` names nobody", note: "Let's take a look at the lyrics:\n\n> Ship small things.", expected: [{ speaker: null }] },
	{ name: "wikilink lead-in", note: "[[People/Rosa Quint|Rosa]]:\n> Prices should be public.", expected: [{ speaker: "Rosa Quint", inferred: "lead-in" }] },
	{
		name: "Chinese words around one name in Latin letters (`**然后 Dwarkesh 的反击**：`, `**Dwarkesh 再 push**：`)",
		note: "# Dwarkesh Patel 访谈\n\n> Dwarkesh: \"Why a decade?\"\n>\n> Karpathy: \"Intuition.\"\n>\n> Dwarkesh: \"Why?\"\n>\n> Karpathy: \"Because.\"\n\n**然后 Dwarkesh 的反击**：\n\n> \"It blows up.\"\n\n**Dwarkesh 再 push**：\n\n> \"Growth changed before.\"",
		expected: [{ speaker: "Dwarkesh Patel" }, { speaker: "Karpathy" }, { speaker: "Dwarkesh Patel" }, { speaker: "Karpathy" }, { speaker: "Dwarkesh Patel", speakerRaw: "Dwarkesh", inferred: "lead-in", line: 13 }, { speaker: "Dwarkesh Patel", speakerRaw: "Dwarkesh", inferred: "lead-in", line: 17 }],
	},
];

const leadInTraps: Row[] = [
	{ name: "a topic before a colon", note: "Thoughts on remote teams:\n> Remote teams fail quietly.", expected: [{ speaker: null }] },
	{ name: "a single capitalised word", note: "Background:\n> The company was founded in 2019.", expected: [{ speaker: null }] },
	{ name: "a section's label in Chinese (`**完整段落**：`, `**上下文**：`), also where it recurs", note: "**上下文**：他拒绝类比。\n\n**完整段落**：\n\n> \"I'm very careful.\"\n\n**上下文**：第二轮。\n\n**完整段落**：\n\n> \"Brains came from a different process.\"", expected: [{ speaker: null }, { speaker: null }] },
	{ name: "a sentence ending in a colon", note: "The key idea of the episode is this:\n> Small bets compound.", expected: [{ speaker: null }] },
	{ name: "a plain link line", note: "[Wikipedia](https://en.wikipedia.org/wiki/Compounding)\n\n> Compounding is growth on growth.", expected: [{ speaker: null }] },
	{ name: "no colon", note: "Maya Chen on remote teams\n> Remote teams fail quietly.", expected: [{ speaker: null }] },
];

const headings: Row[] = [
	// tauri-apps/tauri-docs: contributors' answers in blockquotes under each one's bold name, a question between.
	{
		name: "bold full names alone, two or more, head the blockquotes below them as headings would",
		note: "# Release\n\n**[Amr Bashir](https://github.com/amrbashir)**\n\nWhat feature are you most excited about?\n\n> The customizations we offer.\n\n**Chip Reed**\n\nWhat feature are you most excited about?\n\n> Not needing `--locked`.\n\n**Fabian-Lars**\n\n> Is \"All of them\" a valid answer?",
		expected: [
			{ line: 7, speaker: "Amr Bashir", inferred: "heading" },
			{ line: 13, speaker: "Chip Reed", inferred: "heading" },
			{ line: 17, speaker: null },
		],
	},
	{
		name: "one bold name alone heads nothing; a bold show name (`**Turing Complete FM**`) or a title in another script is no name",
		note: "# Shows\n\n**Turing Complete FM**\n\n> A show about computers.\n\n**Dario 的两层概率**\n\n> 概率。\n\n**Mr. Feist's Tale**\n\n> I liked Mr. Howard.\n\n**Mr. Sutton's Tale**\n\n> He was a quiet man.",
		expected: [{ speaker: null }, { speaker: null }, { speaker: null }, { speaker: null }],
	},
	{
		name: "under a heading that says quotes (`# Quotes`), sibling headings that are names, one word or more, head their blockquotes",
		note: "# Quotes\n\n## Socrates\n\n> \"Beware the barrenness of a busy life.\"\n\n> \"An unexamined life is not worth living.\"\n\n## Martin Luther King Jr.\n\n> \"Darkness cannot drive out darkness.\"",
		expected: [
			{ speaker: "Socrates", inferred: "heading", line: 5 },
			{ speaker: "Socrates", inferred: "heading", line: 7 },
			{ speaker: "Martin Luther King Jr.", inferred: "heading", line: 11 },
		],
	},
	{
		name: "topics under a quotes heading (`## Courage`, `## Work`) name nobody",
		note: "# Quotes\n\n## Courage\n\n> \"Beware the barrenness of a busy life.\"\n\n## Work\n\n> \"Darkness cannot drive out darkness.\"",
		expected: [
			{ speaker: null, line: 5 },
			{ speaker: null, line: 9 },
		],
	},
	{
		name: "a heading that says whose quotes follow (`Quotes from Kunal Shah in the Video`), topic labels between them",
		note: "## Deep Meaningful Quotes from Kunal Shah in the Video\n\n**On Change and Risk:**\n- “The biggest risk is not taking one.”\n\n**On Motivation:**\n- “All wealth is stuck between inefficiency and efficiency.”",
		expected: [
			{ speaker: "Kunal Shah", inferred: "heading", line: 4 },
			{ speaker: "Kunal Shah", inferred: "heading", line: 7 },
		],
	},
	{
		name: "an interview's heading with its number, a dash, then the name (`## Interview 1 — Yuvraj Tiwari`) gives the blockquotes below to that person",
		note: "# User interviews\n\n## Interview 1 — Yuvraj Tiwari\n\n**Role:** Developer\n\n> I use mainly claude and chatgpt.\n\n## Interview 2: Mayank Yadav\n\n> It will save a lot of time.\n\n## Interview notes — summary\n\n> Nobody in particular.",
		expected: [{ speaker: "Yuvraj Tiwari" }, { speaker: "Mayank Yadav" }, { speaker: null }],
	},
	{
		name: "a Q&A's heading names the one answering, after \"with\" (`Mark Collier Q&A with Edward Snowden`)",
		note: "#### Mark Collier Q&A with Edward Snowden\n\nMark started off by asking about cloud computing.\n\n> For most people, the internet is magic.\n\n#### Fireside chat with Ada Brook\n\n> Ship small.",
		expected: [{ speaker: "Edward Snowden", inferred: "heading" }, { speaker: "Ada Brook", inferred: "heading" }],
	},
	{
		name: "events and clubs in a title are nobody (`OpenStack Summit Boston - Tuesday Keynotes`, `Feature on the Chess Club`)",
		note: "---\ntitle: OpenStack Summit Boston - Tuesday Keynotes\n---\n\n> You're going to see far less whitepapers.\n\n## Hart House Chess Club\n\n> It offers a fun and casual gathering place.",
		expected: [{ speaker: null }, { speaker: null }],
	},
	{ name: "wikilinked heading with a topic", note: "## [[Rosa Quint]] — on pricing\n\n> Prices should be public.\n\n> Discounts are a tax on trust.", expected: [{ speaker: "Rosa Quint", inferred: "heading" }, { speaker: "Rosa Quint", inferred: "heading" }] },
	{ name: "name on a topic", note: "## Rosa Quint on pricing\n\n> Prices should be public.", expected: [{ speaker: "Rosa Quint", inferred: "heading" }] },
	{ name: "a heading naming a frontmatter guest, deeper headings between", note: "---\nguest: Naval Ravikant\n---\n## Naval Ravikant\n### Wealth\n> Seek wealth, not money.", expected: [{ speaker: "Naval Ravikant", inferred: "heading" }] },
	{ name: "the next heading ends it", note: "## [[Rosa Quint]]\n> One.\n## Show notes\n> Two.", expected: [{ speaker: "Rosa Quint" }, { speaker: null }] },
	{ name: "a title-case topic is no speaker", note: "## Deep Work\n> Focus is a skill.\n## Key Takeaways\n> Ship.", expected: [{ speaker: null }, { speaker: null }] },
	{ name: "a book and its author is no section speaker", note: "## Deep Work – Cal Newport\n> Focus is a skill.", expected: [{ speaker: null }] },
	{ name: "level 1 is the note's title", note: "# Rosa Quint on pricing\n> Prices should be public.", expected: [{ speaker: null }] },
	{ name: "one capitalised word on a topic is a topic heading", note: "## Courage on the job\n> Be brave.", expected: [{ speaker: null }] },
	{ name: "one word the note knows names the section", note: "> A. – Rosa Quint\n\n## Rosa on pricing\n> Prices should be public.", expected: [{ speaker: "Rosa Quint" }, { speaker: "Rosa Quint", inferred: "heading" }] },
	{ name: "an attributed quote keeps its own speaker", note: "## [[Rosa Quint]]\n> One. – Tom Abel", expected: [{ speaker: "Tom Abel", inferred: null }] },
	{
		name: "sibling headings that are people's names, one with an initial, head each person's blockquoted answers",
		note: "# ChiantiPy talk\n\n## Notes from the interview\n\n### H. Mason\n\n> CHIANTI was started by Ken and me.\n\n### K. Dere\n\n> I started in 2003.\n\n### P. Young\n\n> The paper says so.",
		expected: [
			{ speaker: "H. Mason", inferred: "heading" },
			{ speaker: "K. Dere", inferred: "heading" },
			{ speaker: "P. Young", inferred: "heading" },
		],
	},
	{
		name: "sibling headings of topics that read like names name nobody",
		note: "# Analysis\n\n## Part 2\n\n### Flat Hierarchy\n\n> Only three layers.\n\n### Fuzzy Boundaries\n\n> Teams overlap.",
		expected: [{ speaker: null }, { speaker: null }],
	},
	{ name: "one person's heading alone names nobody", note: "# Notes\n\n## Dr. Maya Chen\n\n> Sleep matters.\n\n## Summary\n\nProse.", expected: [{ speaker: null }] },
];

const dialogues: Row[] = [
	{
		name: "bracket labels on their own lines",
		note: "> [Tom Abel]\n> I started with a chair.\n> Then a table.\n>\n> [Lena Voss]\n> And I bought the chair.",
		expected: [
			{ kind: "turn", speaker: "Tom Abel", text: "I started with a chair.\nThen a table.", line: 1, endLine: 3 },
			{ kind: "turn", speaker: "Lena Voss", text: "And I bought the chair.", line: 5, endLine: 6 },
		],
	},
	{
		name: "answers between bold interviewer questions",
		note: "> **Interviewer: What made you start?**\n> Ada: I was bored.\n> **Interviewer: And then?**\n> Ada: Then I built it.",
		expected: [
			{ speaker: null, speakerRaw: "Interviewer", text: "What made you start?" },
			{ speaker: "Ada", text: "I was bored." },
			{ speaker: null, text: "And then?" },
			{ speaker: "Ada", text: "Then I built it." },
		],
	},
	{ name: "a named interviewer is a speaker", note: "> **Lex Fridman:** Why now?\n> **Sam Altman:** Because it works.", expected: [{ speaker: "Lex Fridman", text: "Why now?" }, { speaker: "Sam Altman", text: "Because it works." }] },
	// A remark label makes the blockquote the note's remark, no quote at all (forms.test.ts: remarks).
	{ name: "one label is no dialogue", note: "> Note: this was recorded live.", expected: [] },
	{
		name: "excerpts of one labelled line each, the label coming back across the note",
		note: "## Ep. 1\n\n> [Paul] It’s like YouTube comments.\n\n## Ep. 2\n\n> [Rich] The truth is simple.\n\n> [Paul] Product is a fantasy.",
		expected: [{ kind: "turn", speaker: "Paul", text: "It’s like YouTube comments." }, { kind: "blockquote", speaker: null }, { kind: "turn", speaker: "Paul" }],
	},
	{
		name: "each turn its own blockquote with an italic label, the full name on the first turn",
		note: "> *Bridget Kromhout:* It's time for the podcast.\n\n> *Michelle Noorali:* Thanks for having us.\n>\n> I live in Atlanta.\n\n> *Bridget:* That's awesome.\n\n> *Michelle:* Indeed.\n\n> *Bridget:* Bye.\n\n> *Michelle:* Bye!",
		expected: [
			{ kind: "turn", speaker: "Bridget Kromhout", text: "It's time for the podcast." },
			{ kind: "turn", speaker: "Michelle Noorali", line: 3, endLine: 5 },
			{ kind: "turn", speaker: "Bridget Kromhout", text: "That's awesome." },
			{ kind: "turn", speaker: "Michelle Noorali" },
			{ kind: "turn", speaker: "Bridget Kromhout" },
			{ kind: "turn", speaker: "Michelle Noorali", text: "Bye!" },
		],
	},
	{
		name: "a stage direction after a turn's words (`> [laughter]`) is no part of them",
		note: "> *Ana:* Oh, nice.\n>\n> [laughter]\n\n> *Tom:* Indeed.\n\n> *Ana:* Bye.\n\n> *Tom:* Bye.\n> [music]",
		expected: [
			{ kind: "turn", speaker: "Ana", line: 1, endLine: 1, text: "Oh, nice." },
			{ kind: "turn", speaker: "Tom", line: 5, endLine: 5 },
			{ kind: "turn", speaker: "Ana", line: 7, endLine: 7 },
			{ kind: "turn", speaker: "Tom", line: 9, endLine: 9, text: "Bye." },
		],
	},
	{ name: "an italic word and a colon once is no label", note: "> *Why:* because it works.", expected: [{ kind: "blockquote", speaker: null }] },
	{ name: "plain pros and cons are a list, not a dialogue", note: "> Pros: fast.\n> Cons: loud.", expected: [{ kind: "blockquote", speaker: null }] },
	{ name: "a callout is never split", note: "> [!quote]\n> Ada: one.\n> Ben: two.", expected: [{ kind: "callout" }] },
];

const paragraphs: Row[] = [
	{
		name: "quoted paragraph under a link naming the guest and the show",
		note: "[Kai Moreno – The Workshop Show](https://example.com/ep3)\n\n\"Every craft is a conversation with the material.\"",
		expected: [{ kind: "paragraph", text: "\"Every craft is a conversation with the material.\"", speaker: "Kai Moreno", inferred: "lead-in" }],
	},
	{
		name: "a linked name over a blurb that speaks of it by that name is a directory entry, not a speaker (`- [Collège de France](…)`)",
		note: "- [Collège de France](https://www.college-de-france.fr/podcast)\n> Le Collège de France met à votre disposition différents flux.",
		expected: [],
	},
	{ name: "quoted paragraph with an attribution after it", note: "“What you read shapes you.” — Tyler Cowen", expected: [{ kind: "paragraph", speaker: "Tyler Cowen", text: "“What you read shapes you.”", inferred: null }] },
	{
		name: "an HTML line break after the attribution (`<br />`) ends nothing",
		note: "“Tutti dovrebbero imparare a programmare un computer” - Steve Jobs<br />\n<br />",
		expected: [{ kind: "paragraph", speaker: "Steve Jobs", text: "“Tutti dovrebbero imparare a programmare un computer”", inferred: null }],
	},
	{ name: "two-line quoted paragraph under a lead-in", note: "As Kai put it:\n\n\"Every craft\nis a conversation.\"", expected: [{ kind: "paragraph", speaker: "Kai", line: 3, endLine: 4 }] },
	{ name: "a paragraph starting with a quoted term is prose", note: "Maya Chen on terms:\n\n\"Quiet quitting\" is a term she dislikes.", expected: [] },
	{ name: "a quoted paragraph with nothing around it stays prose", note: "\"Every craft is a conversation.\"", expected: [] },
];

const turns: Row[] = [
	{
		name: "timestamp-only labels continue the previous speaker",
		note: "**Paul (02:01):** We met in Lisbon.\n\n**Lena (03:10):** Why Lisbon?\n\n**Paul (04:00):** The light.\n\n**Lena (04:30):** And?\n\n**(08:25):** And the rent.",
		expected: [
			{ speaker: "Paul", inferred: null },
			{ speaker: "Lena" },
			{ speaker: "Paul" },
			{ speaker: "Lena" },
			{ speaker: "Lena", inferred: "turn-continuation", timestamp: "08:25", text: "And the rent." },
		],
	},
	{ name: "a timestamp label with no turn before is nothing", note: "**(08:25):** And the rent.", expected: [] },
];

const singleGuest: Row[] = [
	{
		name: "unattributed quotes in a quotes section of a one-guest note",
		note: "---\nguest: Anna Lembke\n---\n## Key quotes\n> Pleasure and pain are co-located.\n\n## Summary\n> Not in a quotes section.",
		expected: [{ speaker: "Anna Lembke", inferred: "single-guest" }, { speaker: null }],
	},
	{
		name: "a handle after the guest's name in the frontmatter is no part of it",
		note: "---\nguest: Farhan Thawar (@fnthawar)\n---\n## Key quotes\n> Reduce the number of meetings.",
		expected: [{ speaker: "Farhan Thawar", inferred: "single-guest" }],
	},
	{
		name: "a company in brackets after the guest's name in the frontmatter is no part of it (`Chris Lovejoy (Anterior)`)",
		note: "---\nspeaker: \"Chris Lovejoy (Anterior)\"\n---\n## Key quotes\n> Domain experts are the lever.",
		expected: [{ speaker: "Chris Lovejoy", inferred: "single-guest" }],
	},
	{ name: "two guests: nobody", note: "---\nguests: [Anna Lembke, Rob Reid]\n---\n## Highlights\n> One.", expected: [{ speaker: null }] },
	{
		name: "a talk's one speaker in the frontmatter is its guest",
		note: "---\ntype: talk\nspeakers: [\"Maor Bril\"]\n---\n## Notable Quotes\n\n> \"Video is a storytelling medium.\"\n>\n> — [3:06](https://www.youtube.com/watch?v=b&t=186s) &middot; *The premise.*",
		expected: [{ speaker: "Maor Bril", inferred: "single-guest" }],
	},
	{
		name: "a title naming a product like a person gives nobody the quotes of a talk that lists its speakers",
		note: "---\ntitle: \"Claude Fable, Claude Tag, and Anthropic's Culture\"\nspeakers: [\"Cat Wu\", \"Simon Willison\"]\n---\n\nClaude Tag lands most of the team's pull requests.\n\n## Notable Quotes\n\n> \"We cut the system prompt by eighty percent.\"",
		expected: [{ speaker: null }],
	},
	{ name: "a talk of two speakers: nobody", note: "---\nspeakers: [Dan Fu, Olive Song]\n---\n## Notable Quotes\n> One.", expected: [{ speaker: null }] },
	{ name: "a host alone is no guest", note: "---\nhost: Lex Fridman\n---\n## Notable quotes\n> One.", expected: [{ speaker: null }] },
	{ name: "the next quote's speaker comes first", note: "---\nguest: Anna Lembke\n---\n## Quotes\n> One.\n\n> Two. – Rob Reid", expected: [{ speaker: "Rob Reid", inferred: "next-quote" }, { speaker: "Rob Reid" }] },
	{
		name: "a guest line of a note with no properties names the guest of its quotes section",
		note: "# Episode 12\n\n**Guest:** Sandy Dun, SPLX (AI security)\n\n## Key quotes\n> Security is a team sport.",
		expected: [{ speaker: "Sandy Dun", inferred: "single-guest" }],
	},
	{
		name: "a digest's episodes: each quote takes the guest line above it",
		note: "# Summaries\n\n## Show A\nHost(s): Lena Park\nGuest(s): Daniel Lareya\n\nQuote: \"Radical transparency works.\"\n\n## Show B\nGuest(s): Derek Collison (founder of Synadia)\n\n- Simplification:\n   Quote: \"We are in a simplification spiral.\"",
		expected: [
			{ speaker: "Daniel Lareya", inferred: "single-guest" },
			{ speaker: "Derek Collison", inferred: "single-guest" },
		],
	},
	{
		name: "an AMA's answers under question headings are the person the prose says answered them; `Ask Me Anything` names nobody",
		note: "# Ask Me Anything: Harmony $ONE Makers\n\nMichael Feng, co-founder and CEO of hummingbot, answered a bunch of questions from the community.\n\n##### Could you introduce yourself?\n\nSure, I am the CEO and I started my career on Wall Street.\n\n##### What is market making, for you?\n\nIt is a strategy I like: you post buy and sell orders.\n\n##### How do you reward your makers?\n\nWe pay them in tokens every week.",
		expected: [
			{ speaker: "Michael Feng", inferred: "context" },
			{ speaker: "Michael Feng", inferred: "context" },
			{ speaker: "Michael Feng", inferred: "context" },
		],
	},
	// vickyhughes.co.uk, pawpaw.gg: a written interview whose interviewee gives her full name in the first answer.
	{
		name: "answers under question headings are the interviewee who names herself in the first answer",
		note: "# An interview with me\n\n### What is your name?\nMy name is Vicky Hughes, and I draw.\n\n### Where did you study?\nAt Camberwell, after a maths degree.\n\n### How do you get inspired?\nBy meditating every day.",
		expected: [
			{ line: 4, speaker: "Vicky Hughes", inferred: "context" },
			{ line: 7, speaker: "Vicky Hughes", inferred: "context" },
			{ line: 10, speaker: "Vicky Hughes", inferred: "context" },
		],
	},
	{
		name: "bold questions, then an answer introducing `Kyle 'Beef' Bautista`: the name without the nickname answers them",
		note: "**How did you start?**\n\nHi, I'm Kyle 'Beef' Bautista, General Manager of compLexity.\n\n**What games do you play?**\n\nMostly strategy games.\n\n**Any advice?**\n\nPlay a lot.",
		expected: [
			{ speaker: null },
			{ speaker: "Kyle Bautista" },
			{ speaker: null },
			{ speaker: "Kyle Bautista" },
			{ speaker: null },
			{ speaker: "Kyle Bautista" },
		],
	},
	{
		name: "an answer naming somebody else (`I am Spartacus`, one word) names no interviewee",
		note: "## Who are you?\nI am Spartacus, they said.\n\n## Why?\nBecause.\n\n## When?\nNow.",
		expected: [],
	},
	{
		name: "an interview's answers in quotation marks under question headings are the interviewee a line names",
		note: "# Info\nInterviewee: Dirichlet\n\n# Transcript\n\n## Question 1: What keeps you busy?\n*\"Camera, equipment, light.\"*\n\n## Question 2: When do you decide?\n*\"Always, actually.\"*\n\n## Question 3: Why?\n*\"Because it matters to me.\"*",
		expected: [
			{ speaker: "Dirichlet", inferred: "single-guest" },
			{ speaker: "Dirichlet", inferred: "single-guest" },
			{ speaker: "Dirichlet", inferred: "single-guest" },
		],
	},
	{
		name: "a talk's `**Speaker:**` field with a title of respect names the speaker of its key quotes; `**Content Type:**` and `**Verse References:**` are fields",
		note: "## A Disciple's Journey\n**Speaker:** HG Atma Tattva Dasa\n\n### Renunciation\n\n**Verse References:** BG 7.16\n\n**Content Type:** story\n\n**Key Quote:** \"Prabhu, you're cheating.\"\n\n### Service\n\n**Verse References:** —\n\n**Content Type:** story\n\n**Key Quote:** \"You must protect the cows.\"",
		expected: [{ speaker: "Atma Tattva Dasa", inferred: "single-guest" }, { speaker: "Atma Tattva Dasa" }],
	},
	{ name: "a talk's `**Presenter:**` line names the speaker of its memorable quotes", note: "**Presenter:** Rich Hickey\n\n**Title:** Simplicity Matters\n\n## Memorable Quotes\n\n* \"You're complecting things right now\"\n* \"I have a hairball now that does it\"", expected: [{ speaker: "Rich Hickey" }, { speaker: "Rich Hickey" }] },
	{
		name: "a sermon's quote sheet: the `**Speaker:**` line's pastor without the title, for quotes in the numbered subsections of its quotes section; `Quick Reference` names nobody",
		note: "# Quick Reference: Top 25 Quotes for Slides\n\n**Sermon:** Becoming And Winning\n**Speaker:** Pastor Mensa Otabil\n\n## Core Message Quotes\n\n### 1. The Central Paradox\n> \"I am free, but I have made myself a servant.\"\n\n### 2. Everyone is Enslaved\n> \"Everybody is a slave to something.\"",
		expected: [{ speaker: "Mensa Otabil", inferred: "single-guest" }, { speaker: "Mensa Otabil", inferred: "single-guest" }],
	},
	{ name: "a guest line naming two people names nobody", note: "Guest: Ana Ruiz & Tom Abel\n\n## Quotes\n> One.", expected: [{ speaker: null }] },
	{ name: "properties naming the guest come before a guest line", note: "---\nguest: Anna Lembke\n---\nGuest: Rob Reid\n\n## Quotes\n> One.", expected: [{ speaker: "Anna Lembke", inferred: "single-guest" }] },
];

const quoteFields: Row[] = [
	{
		name: "a quotation a bold field label presents is the one guest's, outside a quotes section",
		note: "---\nguest: Demis Hassabis\n---\n## Scaling\n**Quote:** \"If you extrapolate the curves, we'll get there by 2027.\"",
		expected: [{ speaker: "Demis Hassabis", inferred: "single-guest", kind: "paragraph" }],
	},
	{
		name: "failing a guest, the person the title names, with the time after the closing mark",
		note: "# #192 Jim Casey (Founder of UPS)\n\nQuote: \"First is the dream, then development, followed by improvement.\" (1:06:00)",
		expected: [{ speaker: "Jim Casey", inferred: "context", timestamp: "1:06:00" }],
	},
	{
		name: "a Readwise export's `Quote:` line after its `Idea:` line, joined by hard line breaks, is a quote of the one guest",
		note: "---\nguest: Steve Yegge\n---\n### Token burn\nIdea: Measure token usage as a proxy for experimentation.  \nQuote: \"Token burn says your engineers are trying to do stuff.\"  \n",
		expected: [{ speaker: "Steve Yegge", line: 6, kind: "paragraph", text: "\"Token burn says your engineers are trying to do stuff.\"" }],
	},
	{
		name: "a recap's `**Quotable:**` presents the one guest's words, never a voice named Quotable (codeforamerica, probe 440)",
		note: "---\nguest: David Edinger\n---\nDavid Edinger spoke about Denver.\n\n**Quotable:** “This is about helping people.”\n\n**Quotable:** “That’s why we exist.”",
		expected: [{ speaker: "David Edinger", kind: "paragraph", line: 6 }, { speaker: "David Edinger", line: 8 }],
	},
	{ name: "a field label with nobody to give it: no quote", note: "# Notes\n\nKey quote: \"Ship it.\"", expected: [] },
	{ name: "a time that does not follow the closing mark is no quote's", note: "---\nguest: Demis Hassabis\n---\nQuote: \"Scale\" matters, he said (7:00)", expected: [] },
];

const traps: Row[] = [
	{ name: "a caption after a quote describes it, it introduces nothing", note: "> Prices should be public.\n\nRosa Quint on why prices should be public\n\nMore prose here.", expected: [{ speaker: null }] },
	{ name: "show notes about the guest in the third person", note: "## Episode 12\n\n> In this episode Rosa Quint explains why she made prices public.", expected: [{ speaker: null }] },
	{ name: "glossary bullets with quoted values", note: "- **Key idea:** \"Compounding\"\n- **Years:** 2019-2020", expected: [] },
	{ name: "episode log headings", note: "## 1412 - Some Guest\n\n> Quote of the week.\n\n## 1413 - Another Guest", expected: [{ speaker: null }] },
];

describe.each([
	["lead-in lines", leadIns],
	["lead-in traps", leadInTraps],
	["headings", headings],
	["dialogue inside a blockquote", dialogues],
	["standalone quoted paragraphs", paragraphs],
	["timestamp-only turn labels", turns],
	["the single guest of a quotes section", singleGuest],
	["quotations a field label presents", quoteFields],
	["traps around quotes", traps],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("the README's examples", () => {
	/** The fenced Markdown blocks of the README's "Quote formats it understands" section, annotations removed. */
	function readmeBlocks(): string[] {
		const readme = readFileSync(join(__dirname, "..", "..", "..", "README.md"), "utf8");
		const section = readme.slice(readme.indexOf("## Quote formats it understands"), readme.indexOf("## Speakers and aliases"));
		return [...section.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1].replace(/[ \t]+←.*$/gm, ""));
	}

	/** `n` rows naming the fields to compare. */
	const fields = (n: number, row: Partial<Quote>): Array<Partial<Quote>> => Array.from({ length: n }, () => row);

	test("speakers named around the quote and dialogues read as the README says", () => {
		const blocks = readmeBlocks();
		const around = blocks.find((b) => b.includes("As Omar put it:"));
		const dialogue = blocks.find((b) => b.includes("[Tom Abel]"));
		expect(around).toBeDefined();
		expect(quotesLike(around ?? "", fields(5, { speaker: null, inferred: null }))).toEqual([
			{ speaker: "Maya", inferred: "lead-in" },
			{ speaker: "Omar", inferred: "lead-in" },
			{ speaker: "Ines Laurent", inferred: "lead-in" },
			{ speaker: "Kai Moreno", inferred: "lead-in" },
			{ speaker: "Rosa Quint", inferred: "heading" },
		]);
		expect(quotesLike(dialogue ?? "", fields(6, { speaker: null }))).toEqual([
			{ speaker: null },
			{ speaker: "Ada" },
			{ speaker: null },
			{ speaker: "Ada" },
			{ speaker: "Tom Abel" },
			{ speaker: "Lena Voss" },
		]);
	});

	test("blockquoted turns with italic labels and a snip's introduced voices read as the README says", () => {
		const block = readmeBlocks().find((b) => b.includes("> *Bridget Kromhout:*"));
		expect(block).toBeDefined();
		expect(quotesLike(block ?? "", fields(7, { kind: "turn", speaker: null, speakerRaw: null }))).toEqual([
			{ kind: "turn", speaker: "Bridget Kromhout", speakerRaw: "Bridget Kromhout" },
			{ kind: "turn", speaker: "Michelle", speakerRaw: "Michelle" },
			{ kind: "turn", speaker: "Bridget Kromhout", speakerRaw: "Bridget" },
			{ kind: "turn", speaker: "Michelle", speakerRaw: "Michelle" },
			{ kind: "turn", speaker: "Bridget Kromhout", speakerRaw: "Bridget" },
			{ kind: "turn", speaker: null, speakerRaw: "Speaker 1" },
			{ kind: "turn", speaker: null, speakerRaw: "Speaker 2" },
		]);
	});
});

test("bold questions whose first greets the one who answers by name (`Hi Eva, thanks…`): the answers are hers, the questions no one's", () => {
	const note = "# Mental health\n\nI asked my friend a few things.\n\n__Hi Eva, thanks for doing this! Are you qualified to answer?__\n\nNot yet. I am a medical student.\n\n__What should a friend do first?__\n\nListen, and make sure they are safe.\n\n__When is it serious?__\n\nWhen it lasts for weeks.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.speaker])).toEqual([
		[5, null],
		[7, "Eva"],
		[9, null],
		[11, "Eva"],
		[13, null],
		[15, "Eva"],
	]);
	// A greeting of no one by name names no one (`Hi there, …`).
	const unnamed = note.replace("Hi Eva,", "Hi there,");
	expect(parseNote("b.md", unnamed).quotes.map((q) => q.speaker)).not.toContain("Eva");
});

test("a speech verb inside someone's quoted words (`she said, \"Coach Jason says I'm in.`) makes no speaker for the note", () => {
	const note = '#### Subtitles\n\n> The story I am telling myself.\n\nShe comes home the next day, and she said, "Coach Jason says I\'m in.';
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).toEqual([null]);
	const said = "#### Notes\n\n> The story I am telling myself.\n\nOn the show, Coach Jason says we should lean in.";
	expect(parseNote("b.md", said).quotes.map((q) => q.speaker)).toEqual(["Coach Jason"]);
});

test("sibling name headings each with the name again as a byline below (`## Hilary Gridley` then `*Hilary Gridley*`) head their blockquotes", () => {
	const note = "# Running 1:1s: all guest insights\n\n## Hilary Gridley\n*Hilary Gridley*\n\n> \"I ask them what they do for joy.\"\n\n## Howie Liu\n*Howie Liu*\n\n> \"I cut my one-on-one roster by default.\"";
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).toEqual(["Hilary Gridley", "Howie Liu"]);
	// Without the bylines, two headings that read as names may be topics (`## Flat Hierarchy`): no speaker.
	const bare = note.replace("*Hilary Gridley*\n", "").replace("*Howie Liu*\n", "");
	expect(parseNote("b.md", bare).quotes.map((q) => q.speaker)).toEqual([null, null]);
	// A byline that is another name marks nothing.
	const other = note.replace("*Howie Liu*", "*Ada Brook*").replace("*Hilary Gridley*", "*Ada Brook*");
	expect(parseNote("c.md", other).quotes.map((q) => q.speaker)).toEqual([null, null]);
});

test("full-name headings under a category under a quotes title (`# Verified Quotes` › `## Category 1` › `### DJ Kool Herc`) head their blockquotes", () => {
	const note = '# Verified Quotes: Rap\n\n## Category 1: Pioneers\n\n### DJ Kool Herc\n\n> "I was just playing for my sister\'s party."\n\n### Grandmaster Flash\n\n> "I had to create a cue system."\n\n### Afrika Bambaataa\n\n> "Hip-hop is supposed to uplift and create."';
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).toEqual(["DJ Kool Herc", "Grandmaster Flash", "Afrika Bambaataa"]);
	// Without a quotes heading above, such headings may be topics: no speaker.
	expect(parseNote("b.md", note.replace("# Verified Quotes: Rap", "# Rap history")).quotes.map((q) => q.speaker)).toEqual([null, null, null]);
	// A design history's features are no people, under a quotes title or not (`### Lists Feature`, `### Forms Library`).
	const features = '# Direct Quotes from Research\n\n## Evidence\n\n### Lists Feature\n\n> "It feels really intuitive."\n\n### Forms Library\n\n> "Keyword search is more useful."\n\n### Forms Designer\n\n> "Doing it once made it less confusing."';
	expect(parseNote("c.md", features).quotes.map((q) => q.speaker)).toEqual([null, null, null]);
});
