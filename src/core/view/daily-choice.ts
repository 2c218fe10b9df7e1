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
	 * skip+1 lowest ranks; a change that touches none of their notes and brings no quote ranked lower than
	 * the highest of them leaves them as they are.
	 */
	choose(source: DailySource, day: string, skip: number, key: string): IndexedQuote | null {
		const fullKey = `${day}\u0000${skip}\u0000${key}`;
		let kept = this.kept;
		if (kept === null || kept.key !== fullKey || !this.stillLowest(kept, source)) {
			kept = { key: fullKey, day, skip, revision: source.revision, low: lowestRanks(source.candidates(), day, skip) };
			this.kept = kept;
		} else {
			kept.revision = source.revision;
		}
		this.changed = new Set();
		return dayPick(kept.low, skip);
	}

	private stillLowest(kept: Kept, source: DailySource): boolean {
		if (kept.revision === source.revision) return true;
		const changed = this.changed;
		// A change not heard of (yet): which notes changed is unknown.
		if (changed === null || this.heard !== source.revision) return false;
		if (changed.size === 0) return true;
		// Fewer distinct words than skip+1: any quote added counts ("Another one" wraps around them).
		if (kept.low.length <= Math.max(0, kept.skip)) return false;
		if (kept.low.some((e) => changed.has(e.q.path))) return false;
		const bar = kept.low[kept.low.length - 1].r.rank;
		for (const path of changed) {
			for (const q of source.candidatesIn(path)) if (ranked(kept.day, q).rank < bar) return false;
		}
		return true;
	}
}
