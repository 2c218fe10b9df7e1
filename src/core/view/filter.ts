// Quote search: typed query + filter chips. Runs on every keystroke over the whole vault, so the
// folded text of each quote is computed once and kept per quote object.
import type { IndexedQuote, QuoteFilter } from "../index/types";
import { foldText, queryTokens } from "./fold";

/** A short field (speaker, show, episode title, note title), folded once per distinct value. */
interface FoldedField {
	folded: string;
	words: string[];
}

interface SearchEntry {
	quote: IndexedQuote;
	/** Folded text + speaker + episode + note title, space-delimited (see foldText). */
	hay: string;
	/** Length of the quote text's part at the start of `hay`. */
	textEnd: number;
	/** Id of the quote's combination of names (see `metas`): quotes of one speaker and show share it. */
	metaId: number;
	// What the entry was built from: if the index ever mutates a quote in place, the entry is rebuilt.
	text: string;
	speaker: string | null;
	speakerRaw: string | null;
	episode: IndexedQuote["episode"];
	noteTitle: string;
}

const entries = new WeakMap<IndexedQuote, SearchEntry>();

// Names and titles repeat across thousands of quotes; fold each distinct one once and give it a
// number, so name-style matches are cached per field in a flat array.
const fieldIds = new Map<string, number>();
const fields: FoldedField[] = [];

// Each distinct combination of fields (speaker + episode + note) gets a number too: a name-style match
// is then one array lookup per quote.
const metaIds = new Map<string, number>();
const metas: number[][] = [];

function metaId(ids: number[]): number {
	const key = ids.join(",");
	let id = metaIds.get(key);
	if (id === undefined) {
		id = metas.length;
		metas.push(ids);
		metaIds.set(key, id);
	}
	return id;
}

function fieldId(value: string): number {
	let id = fieldIds.get(value);
	if (id === undefined) {
		const folded = foldText(value);
		id = fields.length;
		fields.push({ folded, words: folded.trim().split(" ") });
		fieldIds.set(value, id);
	}
	return id;
}

function isCurrent(e: SearchEntry | undefined, q: IndexedQuote): e is SearchEntry {
	return (
		e !== undefined &&
		e.quote === q &&
		e.text === q.text &&
		e.speaker === q.speaker &&
		e.speakerRaw === q.speakerRaw &&
		e.episode === q.episode &&
		e.noteTitle === q.noteTitle
	);
}

function entryFor(q: IndexedQuote): SearchEntry {
	const e = entries.get(q);
	if (isCurrent(e, q)) return e;
	// Names (speaker, show) can be matched name-style; titles only by their words. There are few names,
	// so the name-style cache stays small; there is a title per note.
	const names: number[] = [];
	if (q.speaker) names.push(fieldId(q.speaker));
	if (q.speakerRaw && q.speakerRaw !== q.speaker) names.push(fieldId(q.speakerRaw));
	if (q.episode.show) names.push(fieldId(q.episode.show));
	const titles = q.episode.title ? [fieldId(q.episode.title), fieldId(q.noteTitle)] : [fieldId(q.noteTitle)];
	let hay = foldText(q.text);
	const textEnd = hay.length;
	for (const id of names) hay += (fields[id]).folded;
	for (const id of titles) hay += (fields[id]).folded;
	const fresh: SearchEntry = {
		quote: q,
		hay,
		textEnd,
		metaId: metaId(names),
		text: q.text,
		speaker: q.speaker,
		speakerRaw: q.speakerRaw,
		episode: q.episode,
		noteTitle: q.noteTitle,
	};
	entries.set(q, fresh);
	return fresh;
}

/**
 * Name-style fuzzy match: the token is made of prefixes of consecutive words,
 * e.g. `samalt` → "**Sam** **Alt**man", `lexfrid` → "**Lex** **Frid**man".
 */
export function matchesWordPrefixes(words: readonly string[], token: string): boolean {
	const from = (wordIndex: number, pos: number): boolean => {
		if (pos === token.length) return true;
		if (wordIndex >= words.length) return false;
		const word = words[wordIndex] ?? "";
		let common = 0;
		while (common < word.length && pos + common < token.length && word.charCodeAt(common) === token.charCodeAt(pos + common)) common++;
		for (let take = common; take >= 1; take--) {
			if (from(wordIndex + 1, pos + take)) return true;
		}
		return false;
	};
	for (let i = 0; i < words.length; i++) {
		if (words[i]?.charCodeAt(0) === token.charCodeAt(0) && from(i, 0)) return true;
	}
	return false;
}

/** Shortest token that may be matched name-style; shorter ones would match almost any name. */
const FUZZY_MIN = 3;
const UNKNOWN = 0;
const YES = 1;
const NO = 2;

class TokenMatcher {
	readonly tokens: readonly string[];
	/** Per token: name-style match result per field id and per field combination (UNKNOWN until asked). */
	private readonly fieldCache: Uint8Array[];
	private readonly metaCache: Uint8Array[];

	constructor(tokens: readonly string[]) {
		// Most selective (longest) first: the scan stops at the first token that fails.
		this.tokens = [...tokens].sort((a, b) => b.length - a.length);
		this.fieldCache = this.tokens.map(() => new Uint8Array(fields.length));
		this.metaCache = this.tokens.map(() => new Uint8Array(metas.length));
	}

	matches(e: SearchEntry): boolean {
		const tokens = this.tokens;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			if (e.hay.includes(token)) continue;
			if (token.length < FUZZY_MIN || !this.fuzzy(i, token, e.metaId)) return false;
		}
		return true;
	}

	private fuzzy(i: number, token: string, meta: number): boolean {
		const metaCache = this.metaCache[i];
		const known = metaCache[meta];
		if (known === YES) return true;
		if (known === NO) return false;
		const fieldCache = this.fieldCache[i];
		let hit = false;
		for (const id of metas[meta] ?? []) {
			let f = fieldCache[id] ?? UNKNOWN;
			if (f === UNKNOWN) {
				f = matchesWordPrefixes((fields[id]).words, token) ? YES : NO;
				fieldCache[id] = f;
			}
			if (f === YES) {
				hit = true;
				break;
			}
		}
		metaCache[meta] = hit ? YES : NO;
		return hit;
	}
}

function chipTest(filter: QuoteFilter): ((q: IndexedQuote) => boolean) | null {
	const speakers = filter.speakers && filter.speakers.length > 0 ? new Set(filter.speakers) : null;
	const shows = filter.shows && filter.shows.length > 0 ? new Set(filter.shows) : null;
	const flaggedOnly = filter.flaggedOnly === true;
	const path = filter.path;
	if (!speakers && !shows && !flaggedOnly && path === undefined) return null;
	return (q) =>
		(path === undefined || q.path === path) &&
		(!flaggedOnly || q.flagged) &&
		(speakers === null || (q.speaker !== null && speakers.has(q.speaker))) &&
		(shows === null || (q.episode.show !== null && shows.has(q.episode.show)));
}

function scan(from: readonly SearchEntry[], filter: QuoteFilter, tokens: readonly string[]): SearchEntry[] {
	const chips = chipTest(filter);
	const matcher = tokens.length > 0 ? new TokenMatcher(tokens) : null;
	if (!chips && !matcher) return from.slice();
	const out: SearchEntry[] = [];
	for (let i = 0; i < from.length; i++) {
		const e = from[i];
		if (chips && !chips(e.quote)) continue;
		if (matcher && !matcher.matches(e)) continue;
		out.push(e);
	}
	return out;
}

function chipKey(filter: QuoteFilter): string {
	return JSON.stringify([
		[...(filter.speakers ?? [])].sort(),
		[...(filter.shows ?? [])].sort(),
		filter.flaggedOnly === true,
		filter.path ?? null,
	]);
}

/** Every old word is the start of some new word: the new matches are a subset of the old ones. */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
	return previous.every((p) => next.some((n) => n.startsWith(p)));
}

/**
 * Search as you type. Keeps each quote's folded text side by side with the last quote list it
 * was given; a new list with the same quotes (checked by identity, cheap) reuses it. When the
 * query only extends the previous one with the same chips over the same quotes, it searches
 * within the last result instead of the whole vault.
 */
export class QuoteSearch {
	/** Search entries side by side with the last quote list; holes until built (see `warm`). */
	private base: (SearchEntry | undefined)[] = [];
	private last: { chips: string; tokens: string[]; result: SearchEntry[] } | null = null;
	/** The quote list `base` was last fully checked against. */
	private synced: readonly IndexedQuote[] | null = null;

	/**
	 * The matching quotes in the given order; with `textFirst`, those whose own text has every word
	 * come before those found only through their speaker, episode or note title (order kept within each).
	 */
	run(quotes: readonly IndexedQuote[], filter: QuoteFilter = {}, options: { textFirst?: boolean } = {}): IndexedQuote[] {
		const tokens = queryTokens(filter.query ?? "");
		if (tokens.length === 0) {
			// No words: chips only, and no folded text needed (opening the sidebar must not fold the vault).
			this.last = null;
			const chips = chipTest(filter);
			return chips ? quotes.filter(chips) : quotes.slice();
		}
		if (!this.sync(quotes)) this.last = null;
		const chips = chipKey(filter);
		const last = this.last;
		const result =
			last && last.chips === chips && narrows(last.tokens, tokens)
				? scan(last.result, {}, tokens)
				: scan(this.base as SearchEntry[], filter, tokens);
		this.last = { chips, tokens, result };
		return options.textFirst ? textFirst(result, tokens) : result.map((e) => e.quote);
	}

	/**
	 * Builds the search entries of `quotes[from, to)` ahead of the first keystroke. Hosts call it in
	 * small slices from idle callbacks so no single task folds the whole vault.
	 */
	warm(quotes: readonly IndexedQuote[], from: number, to: number): void {
		if (this.base.length !== quotes.length) {
			this.base = new Array<SearchEntry | undefined>(quotes.length);
			this.last = null;
		}
		if (quotes !== this.synced) this.synced = null;
		const end = Math.min(to, quotes.length);
		for (let i = Math.max(0, from); i < end; i++) {
			const q = quotes[i];
			const e = this.base[i];
			if (!isCurrent(e, q)) {
				if (e !== undefined) this.last = null;
				this.base[i] = entryFor(q);
			}
		}
	}

	/** Folds every quote now, so the first keystroke does not pay for it. */
	prepare(quotes: readonly IndexedQuote[]): void {
		if (!this.sync(quotes)) this.last = null;
	}

	/**
	 * Makes `base` match `quotes`; returns whether it already did. A list is a snapshot (QuoteIndex.all()
	 * returns a new array after every change), so the list last checked is not checked again.
	 */
	private sync(quotes: readonly IndexedQuote[]): boolean {
		if (quotes === this.synced) return true;
		let same = true;
		if (this.base.length !== quotes.length) {
			this.base = new Array<SearchEntry | undefined>(quotes.length);
			same = false;
		}
		const base = this.base;
		for (let i = 0; i < quotes.length; i++) {
			const q = quotes[i];
			const e = base[i];
			if (!isCurrent(e, q)) {
				// A hole left by `warm` is not a change; a different quote is.
				if (e !== undefined) same = false;
				base[i] = entryFor(q);
			}
		}
		this.synced = quotes;
		return same;
	}

	/** Forgets everything (e.g. when the view closes). */
	reset(): void {
		this.base = [];
		this.last = null;
		this.synced = null;
	}
}

function textFirst(result: readonly SearchEntry[], tokens: readonly string[]): IndexedQuote[] {
	const inText: IndexedQuote[] = [];
	const elsewhere: IndexedQuote[] = [];
	for (const e of result) {
		// The text comes first in `hay` and words hold no spaces, so a first hit before textEnd is in the text.
		const all = tokens.every((t) => {
			const at = e.hay.indexOf(t);
			return at >= 0 && at < e.textEnd;
		});
		(all ? inText : elsewhere).push(e.quote);
	}
	return inText.concat(elsewhere);
}

const shared = new QuoteSearch();

/** Folds every quote now, so the first keystroke does not pay for it. */
export function prepareSearch(quotes: readonly IndexedQuote[]): void {
	shared.prepare(quotes);
}

/**
 * The quotes matching a filter, in the order given. The query is split into words; every word
 * must occur (case-, diacritic- and punctuation-insensitive) in the quote's text, speaker,
 * episode title or show, or note title, or match the speaker or show by word prefixes (`samalt`).
 * Successive calls that extend the query over the same quotes search within the last result.
 */
export function filterQuotes(quotes: readonly IndexedQuote[], filter: QuoteFilter = {}): IndexedQuote[] {
	return shared.run(quotes, filter);
}
