// The search's promise written as plainly as possible, for tests that compare the word index and the
// sidebar's model against it.
import { matchesWordPrefixes } from "../../../src/core/search/quote-search";
import { foldText, queryTokens } from "../../../src/core/search/fold";
import type { IndexedQuote, QuoteFilter } from "../../../src/core/index/types";

const hays = new WeakMap<IndexedQuote, { key: string; hay: string }>();

/** The search's promise, written as plainly as possible: fold everything, test every quote. */
export function reference(quotes: readonly IndexedQuote[], filter: QuoteFilter): IndexedQuote[] {
	const tokens = queryTokens(filter.query ?? "");
	const hayOf = (q: IndexedQuote, names: string[]): string => {
		const parts = [q.text, ...names, q.episode.title ?? "", q.noteTitle];
		const key = parts.join("\u0001");
		const known = hays.get(q);
		if (known?.key === key) return known.hay;
		const hay = parts.map(foldText).join("");
		hays.set(q, { key, hay });
		return hay;
	};
	return quotes.filter((q) => {
		if (filter.path !== undefined && q.path !== filter.path) return false;
		if (filter.flaggedOnly && !q.flagged) return false;
		if (filter.speakers?.length && (q.speaker === null || !filter.speakers.includes(q.speaker))) return false;
		if (filter.shows?.length && (q.episode.show === null || !filter.shows.includes(q.episode.show))) return false;
		const names = [q.speaker, q.speakerRaw, q.episode.show].filter((x): x is string => !!x);
		const hay = hayOf(q, names);
		return tokens.every((t) => hay.includes(t) || (t.length >= 3 && names.some((n) => matchesWordPrefixes(foldText(n).trim().split(" "), t))));
	});
}

