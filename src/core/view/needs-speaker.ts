// The "Needs a speaker" chip's count: quotes with no speaker, in the vault or one note. Kept per quote list,
// and after an edit counted again only in the span of the list that changed (decision 56).
import type { IndexedQuote } from "../index/types";
import { changedSpan } from "../search/span";

export class NeedsSpeakerCount {
	private known: { quotes: readonly IndexedQuote[]; path: string | undefined; count: number } | null = null;

	/** Quotes of `quotes` with no speaker, only those of note `path` when given. */
	count(quotes: readonly IndexedQuote[], path: string | undefined): number {
		const known = this.known;
		if (known && known.quotes === quotes && known.path === path) return known.count;
		const span = known && known.path === path ? changedSpan(known.quotes, quotes) : null;
		const count =
			known && span
				? known.count - needingSpeaker(known.quotes, span.head, span.oldEnd, path) + needingSpeaker(quotes, span.head, span.newEnd, path)
				: needingSpeaker(quotes, 0, quotes.length, path);
		this.known = { quotes, path, count };
		return count;
	}
}

function needingSpeaker(quotes: readonly IndexedQuote[], from: number, to: number, path: string | undefined): number {
	let count = 0;
	for (let i = from; i < to; i++) if (quotes[i].speaker === null && (path === undefined || quotes[i].path === path)) count++;
	return count;
}
