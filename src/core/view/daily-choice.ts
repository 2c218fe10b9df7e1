// The quote of the day kept across index changes: with the quotes sidebar open every change asks for it
// again, and choosing goes over every quote (~20 ms at 80,000). A change decides again only when it could
// change the choice (decision 51).
import type { IndexedQuote } from "../index/types";
import { dayPick, lowestRanks, ranked, type RankedQuote } from "./resurface";

/** What the choice is made from; the caller applies the daily filter and leaves hidden quotes out. */
export interface DailySource {
	/** Bumped at every change of the quotes (`QuoteSource.revision`). */
	revision: number;
	/** Every candidate, in vault order. */
	candidates(): readonly IndexedQuote[];
	/** The candidates in one note now (none when it is gone). */
	candidatesIn(path: string): readonly IndexedQuote[];
}

interface Kept {
	/** Day, skip and filter: anything else than notes changing that the choice depends on. */
	key: string;
	day: string;
	skip: number;
	revision: number;
	low: RankedQuote[];
}

export class DailyChoice {
	private kept: Kept | null = null;
	/** Notes changed since `kept` was chosen; null: unknown (any note). */
	private changed: Set<string> | null = new Set();
	/** The revision the last notification brought: notes changed up to it are in `changed`. */
	private heard = -1;

	/** An index notification: its revision and changed notes (undefined: any note may have changed). */
	heardChange(revision: number, paths?: readonly string[]): void {
		this.heard = revision;
		if (paths === undefined) this.changed = null;
		else for (const p of paths) this.changed?.add(p);
	}

	/**
	 * The quote of the day, the same as `quoteOfTheDay(source.candidates(), day, skip)`. It keeps the day's
	 * skip+1 lowest ranks; a change that removes none of them and brings no quote ranked lower than the
	 * highest of them leaves them as they are.
	 */
	choose(source: DailySource, day: string, skip: number, key: string): IndexedQuote | null {
		const fullKey = `${day}\u0000${skip}\u0000${key}`;
		const low = this.kept !== null && this.kept.key === fullKey ? this.lowestNow(this.kept, source) : null;
		this.kept = { key: fullKey, day, skip, revision: source.revision, low: low ?? lowestRanks(source.candidates(), day, skip) };
		this.changed = new Set();
		return dayPick(this.kept.low, skip);
	}

	/** `kept`'s lowest ranks after the changes heard of, or null when they must be worked out again. */
	private lowestNow(kept: Kept, source: DailySource): RankedQuote[] | null {
		if (kept.revision === source.revision) return kept.low;
		const changed = this.changed;
		// A change not heard of (yet): which notes changed is unknown.
		if (changed === null || this.heard !== source.revision) return null;
		if (changed.size === 0) return kept.low;
		// Fewer distinct words than skip+1: any quote added counts ("Another one" wraps around them).
		if (kept.low.length <= Math.max(0, kept.skip)) return null;
		const bar = kept.low[kept.low.length - 1].r.rank;
		const low = kept.low.slice();
		const place = new Map(low.map((e, i) => [e.r.rank, i]));
		const found = new Set<number>();
		for (const path of changed) {
			for (const q of source.candidatesIn(path)) {
				const r = ranked(kept.day, q);
				if (r.rank > bar) continue;
				// The same rank is the same words on the same line of the same note: the same choice, maybe a
				// new object (its speaker resolved again). Any other rank this low is a new contender.
				const i = place.get(r.rank);
				if (i === undefined) return null;
				low[i] = { q, r };
				found.add(i);
			}
		}
		// One of the lowest ranks gone from its changed note.
		if (low.some((e, i) => changed.has(e.q.path) && !found.has(i))) return null;
		return low;
	}
}
