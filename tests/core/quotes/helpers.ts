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
