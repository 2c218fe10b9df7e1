// Quote search as you type: the typed query and the filter chips over the whole vault, on every keystroke,
// so it asks the word index (search-index.ts) for candidates instead of reading every quote's text. The
// host owns its searches (the plugin one word index for the sidebar, the picker and the API).
import type { IndexedQuote, QuoteFilter } from "../index/types";
import { chipKey, chipTest, narrows } from "./filter";
import { queryTokens } from "./fold";
import { SearchIndex } from "./search-index";
import { numberSpeakers, renumberSpan, type SpeakerNumbers } from "./speaker-numbers";
import { changedSpan, spliceSpan, stateOf, type ListSpan, type ListState } from "./span";
import { textFirstOrder } from "./text-first";

export { matchesWordPrefixes } from "./search-index";

/** What a search found, in the order of the list searched. */
export interface SearchMatches {
	/** The list searched. */
	readonly list: readonly IndexedQuote[];
	/** Its version when searched (`versionOf`): the positions hold for that version only. */
	readonly version: number;
	/**
	 * Where the matches are in `list`, ascending. The sidebar reads these, not `quotes`: one letter matches
	 * ~80,000 quotes, and copying them into an array was a large part of a keystroke (decision 59). Do not mutate.
	 */
	readonly positions: Int32Array;
	/** The matching quotes, made when first read (do not mutate: the search patches its next result from its own). */
	readonly quotes: readonly IndexedQuote[];
	/**
	 * For each of `indexes` (into `quotes`), 1 when that quote's own text has every word of the query, 0 when
	 * it was found only through its speaker, episode or note title; null for a query without words.
	 */
	readonly inText: ((indexes: ArrayLike<number>) => Uint8Array) | null;
	/** The same test by positions in `list`. */
	readonly inTextAt: ((positions: ArrayLike<number>) => Uint8Array) | null;
	/** The speaker number of each quote of `list` (that numbering itself). */
	readonly listSpeakers: () => SpeakerNumbers;
}

/**
 * Search as you type. The quotes' words are indexed once (see SearchIndex) and kept current by identity
 * when a new quote list comes. When the query only extends the previous one with the same chips over the
 * same quotes, it searches within the last result instead of the whole vault.
 */
export class QuoteSearch {
	private last: { version: number; chips: string; tokens: string[]; positions: Int32Array } | null = null;
	private index: SearchIndex;
	private readonly ownsIndex: boolean;
	/**
	 * The last list searched with its speakers numbered (decision 30): a new list is numbered when first asked.
	 * Shared by the searches over one word index, so the warm-up's practice keystroke numbers the list for
	 * the sidebar's first (decision 59).
	 */
	private readonly numbering: { numbered: { at: ListState<IndexedQuote>; numbers: SpeakerNumbers } | null };
	/**
	 * The last `find`: a find with the same words and chips over a list that differs from it in one small
	 * span (an edited note) patches it, instead of going over every quote (decision 56).
	 */
	private found: { at: ListState<IndexedQuote>; key: string; positions: Int32Array } | null = null;

	/** Without an index the search builds its own; `sharing()` gives another search over the same one. */
	constructor(index?: SearchIndex, numbering?: QuoteSearch["numbering"]) {
		this.ownsIndex = index === undefined;
		this.index = index ?? new SearchIndex();
		this.numbering = numbering ?? { numbered: null };
	}

	/** Another search (its own typing state) over this one's word index: one copy of the vault's words. */
	sharing(): QuoteSearch {
		return new QuoteSearch(this.index, this.numbering);
	}

	/**
	 * The matching quotes in the given order; with `textFirst`, those whose own text has every word
	 * come before those found only through their speaker, episode or note title (order kept within each).
	 */
	run(quotes: readonly IndexedQuote[], filter: QuoteFilter = {}, options: { textFirst?: boolean; limit?: number } = {}): IndexedQuote[] {
		// A limit in list order takes the first matches: the rest are never gathered (the picker's 20 of 80,000).
		if (!options.textFirst) return this.find(quotes, filter, options.limit).quotes.slice();
		const found = this.find(quotes, filter);
		// Handed out to be kept or sorted: a copy, since the next find patches this one.
		const ordered = found.inText === null ? found.quotes.slice() : textFirstOrder(found.quotes, found.inText(allIndexes(found.quotes.length)));
		return options.limit === undefined ? ordered : ordered.slice(0, options.limit);
	}

	/**
	 * The matching quotes in the given order, and a test of which have every word in their own text, to ask
	 * only where the order is needed: the sidebar orders each speaker group when it is drawn, since one letter
	 * matches nearly every quote and the text test is the larger part of the keystroke (decision 27). With
	 * `limit`, only the first that many matches.
	 */
	find(quotes: readonly IndexedQuote[], filter: QuoteFilter = {}, limit = Infinity): SearchMatches {
		const tokens = queryTokens(filter.query ?? "");
		const chips = chipTest(filter);
		const key = chipKey(filter);
		const findKey = JSON.stringify([tokens, key]);
		const prev = this.found;
		// A limited find (the picker's 20) is not kept: the next find could not patch from it.
		const span = limit === Infinity && prev !== null && prev.key === findKey ? changedSpan(prev.at, quotes) : null;
		let positions: Int32Array;
		if (tokens.length === 0 && !chips) {
			// Every quote matches (the sidebar's state while a user edits): nothing to search, patch or copy.
			positions = allIndexes(quotes.length);
			if (limit !== Infinity) return this.limited(quotes, positions, null, limit);
		} else if (prev !== null && span !== null) {
			positions = this.patch(prev, quotes, span, tokens, chips);
		} else if (tokens.length === 0) {
			// No words: chips only, and no index needed (opening the sidebar must not fold the vault).
			positions = allIndexes(quotes.length);
			if (chips) positions = positions.filter((p) => chips(quotes[p]));
			if (limit !== Infinity) return this.limited(quotes, positions, null, limit);
		} else {
			const index = this.index;
			index.sync(quotes);
			const last = this.last;
			const within = last && last.version === index.version && last.chips === key && narrows(last.tokens, tokens) ? last : null;
			positions = index.match(tokens, within?.positions ?? null, within?.tokens ?? []);
			// The last result already passed the chips.
			if (chips && !within) positions = positions.filter((p) => chips(quotes[p]));
			if (limit !== Infinity) {
				this.last = { version: index.version, chips: key, tokens, positions };
				return this.limited(quotes, positions, tokens, limit);
			}
		}
		this.last = tokens.length === 0 ? null : { version: this.index.version, chips: key, tokens, positions };
		const at = stateOf(quotes);
		this.found = { at, key: findKey, positions };
		return this.matches(at, positions, tokens);
	}

	/** The matches at `positions` of `list`; their quotes are picked only when read. */
	private matches(at: ListState<IndexedQuote>, positions: Int32Array, tokens: readonly string[]): SearchMatches {
		let picked: readonly IndexedQuote[] | null = null;
		const { list, version } = at;
		const inTextAt = tokens.length === 0 ? null : this.inTextAt(at, tokens);
		return {
			list,
			version,
			positions,
			get quotes(): readonly IndexedQuote[] {
				// Every quote matches (no words, no chips): the list itself (read it only while its version holds).
				picked ??= positions.length === list.length ? list : pick(list, positions);
				return picked;
			},
			inText: inTextAt && ((indexes) => inTextAt(Array.from(indexes, (i) => positions[i]))),
			inTextAt,
			listSpeakers: () => this.listSpeakers(at),
		};
	}

	/**
	 * The last find's result moved to `quotes`, which differs from its list only in `span`: the matches
	 * outside it kept (shifted), those inside it searched. The same positions as searching every quote.
	 */
	private patch(
		prev: NonNullable<QuoteSearch["found"]>,
		quotes: readonly IndexedQuote[],
		span: ListSpan,
		tokens: readonly string[],
		chips: ((q: IndexedQuote) => boolean) | null,
	): Int32Array {
		let middle: Int32Array = new Int32Array(span.newEnd - span.head);
		for (let i = 0; i < middle.length; i++) middle[i] = span.head + i;
		if (tokens.length > 0) {
			// The text test reads the index at the new list's positions, even when no quote came in.
			this.index.sync(quotes);
			// The index may answer with every position of a matching quote object, also one listed outside the span.
			if (middle.length > 0) middle = this.index.match(tokens, middle).filter((p) => p >= span.head && p < span.newEnd);
		}
		if (chips) middle = middle.filter((p) => chips(quotes[p]));
		return spliceSpan(prev.positions, span, middle);
	}

	/** The first `limit` matches of a find, the rest never gathered; not kept for a patch. */
	private limited(quotes: readonly IndexedQuote[], positions: Int32Array, tokens: readonly string[] | null, limit: number): SearchMatches {
		if (tokens === null) this.last = null;
		return this.matches(stateOf(quotes), positions.length <= limit ? positions : positions.subarray(0, limit), tokens ?? []);
	}

	/** The text test of a find with words, by positions in `quotes`. */
	private inTextAt(at: ListState<IndexedQuote>, tokens: readonly string[]): (positions: ArrayLike<number>) => Uint8Array {
		const index = this.index;
		return (positions) => {
			// Asked after the index moved to another list or version (a refresh for it is on its way): list order meanwhile.
			return index.inTextOf(at, Int32Array.from(positions), tokens) ?? new Uint8Array(positions.length).fill(1);
		};
	}

	/**
	 * The speaker numbers of `at`'s list, numbered when first asked for a new list or version (decision 30).
	 * Asked for a version the list has moved on from, it throws: the numbers of the list as it is now would not
	 * match the positions found for the version before.
	 */
	private listSpeakers(at: ListState<IndexedQuote>): SpeakerNumbers {
		const { list, version } = at;
		const shared = this.numbering;
		const numbered = shared.numbered;
		if (numbered !== null && numbered.at.list === list && numbered.at.version === version) return numbered.numbers;
		const now = stateOf(list);
		if (now.version !== version) throw new Error("Podcast Garden: speaker numbers asked for a quote list that has changed since it was searched");
		const span = numbered ? changedSpan(numbered.at, list) : null;
		const numbers = numbered && span ? renumberSpan(numbered.numbers, list, span, numbered.at.list === list) : numberSpeakers(list);
		shared.numbered = { at: now, numbers };
		return numbers;
	}

	/**
	 * `run`, unless the words of `quotes` are not indexed yet and indexing them does not finish while `more()`
	 * says there is time (as halfway through the sidebar's warm-up, or right after the vault's first pass):
	 * then null, after a bounded step of that indexing, and the host asks again once `prepare` is done. A
	 * query without words (chips only) needs no index and always runs. So a keystroke never waits for the
	 * whole vault to be folded; the few quotes of an edited note are caught up within the step.
	 */
	tryRun(quotes: readonly IndexedQuote[], filter: QuoteFilter, options: { textFirst?: boolean; limit?: number }, more: () => boolean): IndexedQuote[] | null {
		if (queryTokens(filter.query ?? "").length > 0 && !this.index.prepare(quotes, more)) return null;
		return this.run(quotes, filter, options);
	}

	/** `find` with the time limit of `tryRun`. */
	tryFind(quotes: readonly IndexedQuote[], filter: QuoteFilter, more: () => boolean): SearchMatches | null {
		if (queryTokens(filter.query ?? "").length > 0 && !this.index.prepare(quotes, more)) return null;
		return this.find(quotes, filter);
	}

	/**
	 * Indexes `quotes` ahead of the first keystroke: all of it now, or, given `more` (whether there is time
	 * left), a bounded step at a time until it says no; returns whether the index is ready for `quotes`.
	 * Hosts call it from idle callbacks until it returns true, so no single task folds the vault or builds
	 * its postings. A search in between is right all the same: it finishes what is left first.
	 */
	prepare(quotes: readonly IndexedQuote[], more: () => boolean = () => true): boolean {
		return this.index.prepare(quotes, more);
	}

	/** Forgets the typing state, and the index unless it is shared (e.g. when the view closes). */
	reset(): void {
		this.last = null;
		this.found = null;
		if (this.ownsIndex) {
			this.index = new SearchIndex();
			this.numbering.numbered = null;
		}
	}
}

function pick(quotes: readonly IndexedQuote[], positions: ArrayLike<number>): IndexedQuote[] {
	// Preallocated: growing an array of 80,000 by push costs several times more.
	const out = new Array<IndexedQuote>(positions.length);
	for (let i = 0; i < positions.length; i++) out[i] = quotes[positions[i]];
	return out;
}

/**
 * 0 … n-1 as a view of one array shared by every search, read only as every `positions` is: a new 80,000-number
 * array at each edit cost ~1 ms of first-touched memory on the benchmark machine (decision 72).
 */
let indexes = new Int32Array(0);

function allIndexes(n: number): Int32Array {
	if (indexes.length < n) {
		indexes = new Int32Array(n + (n >> 3));
		for (let i = 0; i < indexes.length; i++) indexes[i] = i;
	}
	return indexes.subarray(0, n);
}

/**
 * The quotes matching a filter, in the order given. The query is split into words; every word
 * must occur (case-, diacritic- and punctuation-insensitive) in the quote's text, speaker,
 * episode title or show, or note title, or match the speaker or show by word prefixes (`samalt`).
 * Pass the same `search` again to reuse its word index and search within the last result while typing.
 */
export function filterQuotes(quotes: readonly IndexedQuote[], filter: QuoteFilter = {}, search: QuoteSearch = new QuoteSearch()): IndexedQuote[] {
	return search.run(quotes, filter);
}
