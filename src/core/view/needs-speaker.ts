// The "Needs a speaker" chip's count: quotes with no speaker, in the vault or one note. Kept per quote list and
// version, with where those quotes are; after an edit only the span of the list that changed is counted again
// (decisions 56 and 73: the list is changed in place, so the span's old quotes are known by their places only).
import type { IndexedQuote } from "../index/types";
import { changedSpan, spliceSpan, stateOf, type ListState } from "../search/span";

export class NeedsSpeakerCount {
	private known: { at: ListState<IndexedQuote>; path: string | undefined; places: Int32Array } | null = null;

	/** Quotes of `quotes` with no speaker, only those of note `path` when given. */
	count(quotes: readonly IndexedQuote[], path: string | undefined): number {
		const known = this.known;
		if (known && known.path === path && known.at.list === quotes && known.at.version === stateOf(quotes).version) return known.places.length;
		const span = known && known.path === path ? changedSpan(known.at, quotes) : null;
		const places = known && span ? spliceSpan(known.places, span, needingSpeaker(quotes, span.head, span.newEnd, path)) : needingSpeaker(quotes, 0, quotes.length, path);
		this.known = { at: stateOf(quotes), path, places };
		return places.length;
	}
}

/** The places in `[from, to)` of quotes with no speaker (of note `path` when given), ascending. */
function needingSpeaker(quotes: readonly IndexedQuote[], from: number, to: number, path: string | undefined): Int32Array {
	const at: number[] = [];
	for (let i = from; i < to; i++) if (quotes[i].speaker === null && (path === undefined || quotes[i].path === path)) at.push(i);
	return Int32Array.from(at);
}
