// Attribution forms read in real notes (issue 13, decisions 41 and 42): the dash inside a bold highlight,
// remarks nested in an outline, full-width colon labels inside a blockquote, `says Name` in a heading.
// One row per case, { name, note, expected }; each rule has a trap that must stay unread.
import { describe, expect, test } from "@jest/globals";
import { quotesLike, type Row } from "./helpers";

const boldDash: Row[] = [
	{
		name: "a bold highlight whose dash sits inside the bold, the name in italics after it",
		note: "- **“The passion that makes great things possible has been replaced.” –** *Jacob Howland* ([View Highlight](https://read.readwise.io/read/1))",
		expected: [{ speaker: "Jacob Howland", text: "“The passion that makes great things possible has been replaced.”" }],
	},
	{
		name: "the same with a plain dash and an underscore name",
		note: '- **"Slow is smooth." -** _Ada Brook_',
		expected: [{ speaker: "Ada Brook" }],
	},
];

const boldDashTraps: Row[] = [
	{
		name: "a bold quotation whose sentence goes on after the dash names nobody",
		note: "- **“Deep work” – the phrase** *matters* to me",
		expected: [],
	},
	{
		name: "a dash inside the bold with no name after it",
		note: "- **“Slow is smooth.” –** and so on",
		expected: [],
	},
];

const outline: Row[] = [
	{
		name: "remarks nested in an outline: two names at one depth, one of them twice, words in the first person or a question",
		note: [
			"- Genesis 15",
			"  - Avram is frustrated.",
			'    - Marty: "Sometimes I think I want answers."',
			"- Genesis 17",
			"  - The sign of the covenant.",
			"    - Brent: Would Avraham even know what circumcision was?",
			"    - Marty: This causes me to pause.",
		].join("\n"),
		expected: [
			{ kind: "turn", line: 3, speaker: "Marty", text: '"Sometimes I think I want answers."' },
			{ kind: "turn", line: 6, speaker: "Brent", text: "Would Avraham even know what circumcision was?" },
			{ kind: "turn", line: 7, speaker: "Marty", text: "This causes me to pause." },
		],
	},
];

const outlineTraps: Row[] = [
	{
		name: "term labels in nested items are no turns, however often they recur",
		note: "- Aspirin\n  - Dose: 500 mg\n  - Route: by mouth\n- Ibuprofen\n  - Dose: 400 mg\n  - Route: by mouth",
		expected: [],
	},
	{
		name: "one name alone, even twice, is no conversation",
		note: "- Topic\n  - Marty: I think so.\n  - Marty: And I mean it.",
		expected: [],
	},
	{
		name: "two names at different depths are not one conversation",
		note: "- Topic\n  - Marty: I think so.\n  - Marty: I mean it.\n      - Center: Every male among you shall be circumcised",
		expected: [],
	},
	{
		name: "labels at the top level of a list are fields, not remarks",
		note: "- Marty: I think so.\n- Brent: Do you?\n- Marty: I do.",
		expected: [],
	},
];

describe.each([
	["a dash inside the bold", boldDash],
	["dash inside the bold traps", boldDashTraps],
	["remarks in an outline", outline],
	["outline traps", outlineTraps],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});
