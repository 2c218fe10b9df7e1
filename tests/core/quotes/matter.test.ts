// Matter exports (issue 13, decision 44): `## Metadata` with `* URL:` / `* Author:` / `* Publisher:`,
// `## Highlights` as `* text` items with `  * **Note**:` comments; the interview's initials as labels.
import { describe, expect, test } from "@jest/globals";
import { quotesLike, readmeBlock, type Row } from "./helpers";

const meta = "## Metadata\n* URL: [https://example.com/ada](https://example.com/ada)\n* Author: Tom Abel\n* Publisher: Example Weekly\n* Published Date: 2022-10-20\n* Tags: \n\n## Highlights\n";

const rules: Row[] = [
	{
		name: "each highlight is a quote; initials label a turn of the title's person; an unlabelled highlight is hers",
		note: `# An Interview With Founder Ada Brook\n\n${meta}* I started coding at six.\n  * **Note**: I wonder how.\n* AB: Yes. We applied three times.\n`,
		expected: [
			{ line: 11, kind: "list", speaker: "Ada Brook", inferred: "context" },
			{ line: 13, kind: "turn", speaker: "Ada Brook", text: "Yes. We applied three times." },
		],
	},
	{
		name: "a label after a sentence splits the highlight: the words before it are the author's question",
		note: `# An Interview With Founder Ada Brook\n\n${meta}* Is that how it will always be? AB: Yeah, good question. We are open. Right. AB: Exactly.\n`,
		expected: [
			{ line: 11, kind: "list", speaker: "Tom Abel", inferred: "context", text: "Is that how it will always be?" },
			{ line: 11, kind: "turn", speaker: "Ada Brook", text: "Yeah, good question. We are open. Right." },
			{ line: 11, kind: "turn", speaker: "Ada Brook", text: "Exactly." },
		],
	},
];

const traps: Row[] = [
	{
		name: "an article's highlights with no label and no person in the title are excerpts, not quotes",
		note: `# Why Cities Grow\n\n${meta}* Cities grow because people move to them.\n  * **Note**: Obvious.\n* Density is a choice.\n`,
		expected: [],
	},
	{
		name: "a list under Highlights without the Matter metadata is no export",
		note: "# An Interview With Founder Ada Brook\n\n## Highlights\n* AB: Yes. We applied three times.\n* I started coding at six.\n",
		expected: [],
	},
	{
		name: "capitals inside a sentence are no label (`the US: a market`)",
		note: `# An Interview With Founder Ada Brook\n\n${meta}* AB: We sell in the US: a big market.\n`,
		expected: [{ line: 11, kind: "turn", speaker: "Ada Brook", text: "We sell in the US: a big market." }],
	},
];

describe("Matter exports", () => {
	test.each(rules.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("Matter exports: traps", () => {
	test.each(traps.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("README examples", () => {
	test("the Matter export example gives the speakers it shows", () => {
		const speakers = quotesLike(readmeBlock("Publisher: Example Weekly"), [{ speaker: null }, { speaker: null }, { speaker: null }, { speaker: null }]);
		expect(speakers).toEqual([{ speaker: "Ada Brook" }, { speaker: "Ada Brook" }, { speaker: "Tom Abel" }, { speaker: "Ada Brook" }]);
	});
});
