// Forms of analysis notes (issue 13, decision 43): short bold labels over blockquotes resolved to the
// note's full names, possessive headings, and the wordless traps (placeholders, labels with no words).
import { describe, expect, test } from "@jest/globals";
import { quotesLike, readmeBlock, type Row } from "./helpers";

const rules: Row[] = [
	{
		name: "short bold labels over blockquotes resolve to the full names the note writes",
		note: "# Analysis\n\nWith Jerry Seinfeld, about \"documents\".\n\n## Tim Ferriss's Approach\n\n**Seinfeld:**\n> \"You can't do anything else.\"\n\n**Tim:**\n> \"Start small.\"\n\n> \"What if it were easy?\"\n",
		expected: [
			{ line: 8, speaker: "Jerry Seinfeld", inferred: "lead-in" },
			{ line: 11, speaker: "Tim Ferriss", inferred: "lead-in" },
			{ line: 13, speaker: "Tim Ferriss", inferred: "lead-in" },
		],
	},
	{
		name: "a possessive heading names the speaker of its section's blockquotes",
		note: "# Notes\n\n## Jerry Seinfeld's Writing System\n\n### Core Philosophy\n\n**Famous Rule:**\n> \"You don't have to write.\"\n",
		expected: [{ line: 8, speaker: "Jerry Seinfeld", inferred: "heading" }],
	},
	{
		name: "a one-word possessive heading counts when the note resolves the word to a full name",
		note: "# Notes\n\n## Tim Ferriss's Approach\n\nSome words.\n\n### Tim's Philosophy:\n> Writing is \"freezing your thoughts.\"\n",
		expected: [{ line: 8, speaker: "Tim Ferriss", inferred: "heading" }],
	},
	{
		name: "a name a lead-in paragraph ends a sentence with keeps no full stop",
		note: "# Notes\n\nThe latest episode is an interview with investor Howard Marks. There's a ton here on risk, because markets are all _people_ with emotions:\n\n> All there is, is people.\n",
		expected: [{ line: 5, speaker: "Howard Marks", inferred: "lead-in" }],
	},
	{
		name: "a lead-in naming two people that ends 'from Name:' gives Name; a later topic lead-in keeps that speaker",
		note: "# Notes\n\nTyler Cowen hosted Noubar Afeyan for a conversation.\n\nTyler raised the famous story, and I loved this response from Afeyan:\n\n> Well, we were ten years old.\n\nOn what it takes to innovate:\n\n> I wish there was a word.\n",
		expected: [
			{ line: 7, speaker: "Noubar Afeyan", inferred: "lead-in" },
			{ line: 11, speaker: "Noubar Afeyan", inferred: "context" },
		],
	},
	{
		name: "a lead-in's book title (`the book [Title](…)`) is no voice: `He says:` is the author it names after it",
		note: "# Culture\n\nIn the book [Unreasonable Hospitality](https://example.com/b) the author, Will Guidara, talks about his interview process. He says:\n\n> You simply have enough of a conversation.\n",
		expected: [{ line: 5, speaker: "Will Guidara", inferred: "lead-in" }],
	},
	{
		name: "a caption about a product in bold or after an article leaves the quote to the person the title names",
		note: "# Release Notes: Demis Hassabis\n\nDemis Hassabis talks about games.\n\nSe destaca la importancia de **Game Arena** para crear benchmarks:\n\n> I think there's amazing work to be done.\n\nPlanean expandir el Game Arena de ajedrez:\n\n> Each game is unique.\n",
		expected: [
			{ line: 7, speaker: "Demis Hassabis", inferred: "context" },
			{ line: 11, speaker: "Demis Hassabis", inferred: "context" },
		],
	},
	{
		name: "a bold full name without a colon after a `**Name**:` label in the same blockquote is the next turn",
		note: "# Demis Hassabis on Release Notes\n\nEl sueño:\n\n> **Logan Kilpatrick**: Genie 3 is a good excuse to make games.\n>\n> **Demis Hassabis** Well, that's always my secret plan.\n",
		expected: [
			{ line: 5, kind: "turn", speaker: "Logan Kilpatrick" },
			{ line: 7, kind: "turn", speaker: "Demis Hassabis", text: "Well, that's always my secret plan." },
		],
	},
];

const traps: Row[] = [
	{ name: "a blockquote that is one bracketed phrase is a placeholder", note: "# T\n\n**Ada Brook:**\n> [95% editing quote]\n", expected: [] },
	{
		name: "a label with no words after it is no turn",
		note: "# T\n\n**Application:**\n- Small daily progress\n- Habit formation\n\n**Comparative Framing:**\n- Shares own methods\n\n**Application:**\n- Clarity\n",
		expected: [],
	},
	{
		name: "a possessive heading over quoted bullets gives them no speaker",
		note: "# Notes\n\n## Tim Ferriss's Approach\n\n### Tim's Speaking Patterns:\n\n**Process Questions:**\n- \"Walk me through your day...\"\n- \"How specifically do you...\"\n",
		expected: [],
	},
	{
		name: "a show named for its host in the possessive (`## Lenny's Podcast: …`) names no speaker of its section",
		note: "# Digest\n\nHost: Lenny Rachitsky\n\n## Lenny's Podcast: Product | Growth\n\n> We rebuilt the onboarding twice.\n\n## Jerry Seinfeld's Writing System\n\n> Write every day.\n",
		expected: [{ line: 7, speaker: null }, { line: 11, speaker: "Jerry Seinfeld" }],
	},
	{
		name: "a heading that names a thing in the possessive names nobody",
		note: "# Notes\n\n## The Company's Growth\n\n> Revenue doubled in a year.\n",
		expected: [{ line: 5, speaker: null }],
	},
	{
		name: "a topic lead-in in a post whose lead-ins name two people gives nobody",
		note: "# Notes\n\nAda Brook on cities:\n\n> Cities grow.\n\nTom Abel on rivers:\n\n> Rivers flow.\n\nOn what it takes:\n\n> Patience.\n",
		expected: [{ speaker: "Ada Brook" }, { speaker: "Tom Abel" }, { line: 13, speaker: null }],
	},
	{
		name: "a person the lead-in names without bold or article still speaks in a note about someone else",
		note: "# Release Notes: Demis Hassabis\n\nDemis Hassabis talks about games, and so does Logan Kilpatrick.\n\nHere the host, Logan Kilpatrick, adds:\n\n> Games are a good excuse.\n",
		expected: [{ line: 7, speaker: "Logan Kilpatrick", inferred: "lead-in" }],
	},
	{
		name: "a bold full name opening a blockquote with no labelled part is emphasis, not a dialogue",
		note: "# Notes\n\n> **Ada Brook** wrote the first program.\n>\n> **Tom Abel** built the machine.\n",
		expected: [{ line: 3, endLine: 5, kind: "blockquote" }],
	},
];

describe("analysis notes: short labels, possessive headings", () => {
	test.each(rules.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("analysis notes: wordless traps", () => {
	test.each(traps.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("README examples", () => {
	test("the analysis-note example gives the speakers it shows", () => {
		const labels = ["Jerry Seinfeld", "Tim Ferriss", "Tim Ferriss"].map((speaker) => ({ speaker }));
		expect(quotesLike(readmeBlock("**Seinfeld:**"), labels)).toEqual(labels);
		const leadIns = [{ speaker: "Noubar Afeyan", inferred: "lead-in" as const }, { speaker: "Noubar Afeyan", inferred: "context" as const }];
		expect(quotesLike(readmeBlock("response from Afeyan"), leadIns)).toEqual(leadIns);
	});
});
