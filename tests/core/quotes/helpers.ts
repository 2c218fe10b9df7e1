import { readFileSync } from "fs";
import { join } from "path";
import { parseNote } from "../../../src/core/note";
import type { Quote } from "../../../src/core/types";

export interface Row {
	name: string;
	note: string;
	/** Expected quotes; each lists only the fields it checks. */
	expected: Array<Partial<Quote>>;
}

/** Quotes of `note` reduced to the fields each expected row names (so rows stay short and exact). */
export function quotesLike(note: string, expected: Array<Partial<Quote>>): Array<Partial<Quote>> {
	const quotes = parseNote("Test/note.md", note).quotes;
	return quotes.map((q, i) => {
		const keys = Object.keys(expected[i] ?? { text: 1, speaker: 1 }) as Array<keyof Quote>;
		const picked: Partial<Quote> = {};
		for (const k of keys) (picked as Record<string, unknown>)[k] = q[k];
		return picked;
	});
}

/** The fenced Markdown block of the README's "Quote formats it understands" section holding `marker`, annotations removed. */
export function readmeBlock(marker: string): string {
	const readme = readFileSync(join(__dirname, "..", "..", "..", "README.md"), "utf8");
	const section = readme.slice(readme.indexOf("## Quote formats it understands"), readme.indexOf("## Speakers and aliases"));
	const block = [...section.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1].replace(/[ \t]+←.*$/gm, "")).find((b) => b.includes(marker));
	if (block === undefined) throw new Error(`README: no example block holds ${marker}`);
	return block;
}
