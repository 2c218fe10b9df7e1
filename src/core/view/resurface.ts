// Which quotes come back: the quote of the day and the quotes not seen for the longest time. Pure and
// deterministic: the same quotes, date and memory give the same choice on every device.
import type { IndexedQuote } from "../index/types";
import { hashString } from "../util/hash";

/**
 * What the "seen" memory and the daily choice know a quote by: a hash of its words (whitespace runs
 * collapsed). Quote ids include the note's path, so they change when a note is renamed or moved; the
 * words do not. The same words in two notes count as one quote.
 */
export function memoryKey(q: Pick<IndexedQuote, "text">): string {
	let key = keys.get(q);
	if (key === undefined) {
		key = hashString(q.text.replace(/\s+/g, " ").trim());
		keys.set(q, key);
	}
	return key;
}

/** Quote objects are never changed once handed out (a changed quote is a new object): keys can be kept. */
const keys = new WeakMap<object, string>();

/** The local calendar day of `date` as `2026-03-05`: the quote of the day changes at local midnight. */
export function dayKey(date: Date): string {
	const m = String(date.getMonth() + 1).padStart(2, "0");
	const d = String(date.getDate()).padStart(2, "0");
	return `${date.getFullYear()}-${m}-${d}`;
}

/** Which quotes the quote of the day is drawn from. */
export interface DailyFilter {
	kind: "all" | "speaker" | "show" | "tag";
	/** The speaker, show or tag (without `#`); ignored for `all`. */
	value: string;
}

export const DAILY_FILTER_KINDS: readonly DailyFilter["kind"][] = ["all", "speaker", "show", "tag"];

function fold(s: string): string {
	return s.trim().replace(/^#/, "").toLowerCase();
}

/**
 * The quotes `filter` allows. `tagsOf` gives a note's tags (the index knows them per note). A tag matches
 * itself and its nested tags (`ai` matches `ai/safety`), case-insensitively, as Obsidian's tag search does.
 */
export function dailyCandidates(quotes: readonly IndexedQuote[], filter: DailyFilter, tagsOf: (path: string) => readonly string[]): IndexedQuote[] {
	const value = fold(filter.value);
	if (filter.kind === "all" || value === "") return quotes.slice();
	if (filter.kind === "speaker") return quotes.filter((q) => q.speaker !== null && fold(q.speaker) === value);
	if (filter.kind === "show") return quotes.filter((q) => q.episode.show !== null && fold(q.episode.show) === value);
	const tagged = new Map<string, boolean>();
	return quotes.filter((q) => {
		let ok = tagged.get(q.path);
		if (ok === undefined) {
			ok = tagsOf(q.path).some((t) => {
				const tag = fold(t);
				return tag === value || tag.startsWith(`${value}/`);
			});
			tagged.set(q.path, ok);
		}
		return ok;
	});
}

/** A quote's rank for a seed: a hash of seed and words, so the order does not depend on the vault's order. */
function rank(seed: string, q: IndexedQuote): string {
	return ranked(seed, q).rank;
}

export interface Ranked {
	seed: string;
	/** The hash of seed and words: ranks with different hashes compare as their hashes do. */
	hash: string;
	rank: string;
}

/**
 * Each quote's rank for the last seed asked (the day), kept as `keys` are: with the sidebar open every index
 * change chooses the quote of the day again, and a hash per quote made that 160-250 ms at 80,000 quotes.
 */
const ranks = new WeakMap<object, Ranked>();

export function ranked(seed: string, q: IndexedQuote): Ranked {
	const kept = ranks.get(q);
	if (kept !== undefined && kept.seed === seed) return kept;
	const hash = hashString(`${seed}\u0000${memoryKey(q)}`);
	const made = { seed, hash, rank: hash + "\u0000" + q.path + "\u0000" + String(q.line).padStart(9, "0") };
	ranks.set(q, made);
	return made;
}

/**
 * The quote of the day: of `candidates`, the one whose hash with the day is lowest, and for "Another one"
 * (`skip` = 1, 2, …) the next lowest, wrapping around. A quote added or removed changes the day's choice
 * only when it is that quote, and the order the vault lists quotes in does not matter. Quotes with the same
 * words count once (the first in vault order).
 */
export function quoteOfTheDay(candidates: readonly IndexedQuote[], day: string, skip = 0): IndexedQuote | null {
	return dayPick(lowestRanks(candidates, day, skip), skip);
}

/** A quote with its rank for the day. */
export interface RankedQuote {
	q: IndexedQuote;
	r: Ranked;
}

/**
 * The `skip`+1 lowest ranks of distinct words among `candidates`, lowest first (fewer when there are fewer
 * distinct words). Each words' rank is that of their first quote in vault order, which is their lowest rank.
 */
export function lowestRanks(candidates: readonly IndexedQuote[], day: string, skip: number): RankedQuote[] {
	const k = Math.max(0, skip);
	// The k+1 lowest ranks of distinct words, kept in order (k is small: one per "Another one").
	const low: RankedQuote[] = [];
	// Words met among the quotes not skipped below. A quote whose hash is above the (k+1)-th lowest is
	// skipped without its words: so were its earlier copies (same hash, the bar only comes down).
	const met = new Set<string>();
	for (const q of candidates) {
		const r = ranked(day, q);
		if (low.length > k && r.hash > low[k].r.hash) continue;
		const key = memoryKey(q);
		if (met.has(key)) continue;
		met.add(key);
		if (low.length > k && r.rank >= low[k].r.rank) continue;
		let i = low.length;
		while (i > 0 && low[i - 1].r.rank > r.rank) i--;
		low.splice(i, 0, { q, r });
		if (low.length > k + 1) low.pop();
	}
	return low;
}

/** The quote of the day from `lowestRanks(…, skip)`. */
export function dayPick(low: readonly RankedQuote[], skip: number): IndexedQuote | null {
	const k = Math.max(0, skip);
	if (low.length === 0) return null;
	// Fewer distinct quotes than k+1: all of them are in `low`, and "Another one" wraps around.
	return low[low.length > k ? k : k % low.length].q;
}

/** Each quote once by its words (the first in vault order), with its memory key. */
function distinct(quotes: readonly IndexedQuote[]): [IndexedQuote, string][] {
	const seen = new Set<string>();
	const out: [IndexedQuote, string][] = [];
	for (const q of quotes) {
		const key = memoryKey(q);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push([q, key]);
	}
	return out;
}

/** When each quote was last seen (ms since 1970), by memory key. Kept in the plugin's data. */
export type SeenMemory = Record<string, number>;

/**
 * The `count` quotes not seen for the longest time: never-seen quotes first, then the oldest seen. Quotes
 * seen at the same time (or never) are ordered by a hash with `seed` (the day), so the first listed are
 * not always the vault's first notes, yet the choice is the same all day.
 */
export function resurface(quotes: readonly IndexedQuote[], seen: SeenMemory, count: number, seed: string): IndexedQuote[] {
	const best: { q: IndexedQuote; at: number; r: string }[] = [];
	if (count <= 0) return [];
	for (const [q, key] of distinct(quotes)) {
		const at = seen[key] ?? 0;
		if (best.length === count && at > best[best.length - 1].at) continue;
		const r = rank(seed, q);
		const item = { q, at, r };
		let i = best.length;
		while (i > 0 && (best[i - 1].at > at || (best[i - 1].at === at && best[i - 1].r > r))) i--;
		if (i >= count) continue;
		best.splice(i, 0, item);
		if (best.length > count) best.pop();
	}
	return best.map((b) => b.q);
}

/** The memory stays small: at most this many quotes, the most recently seen kept. */
export const SEEN_LIMIT = 20000;

/** Records `quotes` as seen at `now`; returns a new memory, pruned to `limit` entries. */
export function markSeen(memory: SeenMemory, quotes: readonly Pick<IndexedQuote, "text">[], now: number, limit = SEEN_LIMIT): SeenMemory {
	const next: SeenMemory = { ...memory };
	for (const q of quotes) next[memoryKey(q)] = now;
	const keys = Object.keys(next);
	if (keys.length <= limit) return next;
	keys.sort((a, b) => next[b] - next[a]);
	return Object.fromEntries(keys.slice(0, limit).map((k) => [k, next[k]]));
}

/** Saved memory as read from data.json: only text keys with finite, non-negative numbers. */
export function readSeenMemory(saved: unknown): SeenMemory {
	if (typeof saved !== "object" || saved === null || Array.isArray(saved)) return {};
	const out: SeenMemory = {};
	for (const [k, v] of Object.entries(saved as Record<string, unknown>)) if (typeof v === "number" && Number.isFinite(v) && v >= 0) out[k] = v;
	return out;
}
