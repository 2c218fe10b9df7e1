// The quote search as the sidebar and the "Search quotes" picker use it: the shared word index is prepared
// in idle slices, and a keystroke never waits for the whole vault's words to be indexed.
import type { IndexedQuote, QuoteFilter } from "../../core/index/types";
import type { QuoteSearch } from "../../core/view/quote-search";

/** Time the search may spend indexing quotes per idle slice, so no single task folds the vault. */
const WARM_SLICE_MS = 10;
/**
 * Time a keystroke (or an index change) may spend bringing the search up to date itself. Past it the
 * caller says the search is being prepared and the idle slices finish the rest (~0.4 s of work halfway
 * through at 80,000 quotes, ~1 s from scratch).
 */
const KEY_SLICE_MS = 8;

export class PreparedSearch {
	private readonly search: QuoteSearch;
	private timer: number | null = null;

	/**
	 * @param shared The plugin's search: this one shares its word index (one copy of the vault's words).
	 * @param quotes The quotes to search (read again at each slice: the list changes with the vault).
	 * @param ready Called after the slices have made the search ready for `quotes()`.
	 */
	constructor(
		shared: QuoteSearch,
		private readonly quotes: () => readonly IndexedQuote[],
		private readonly ready: () => void,
	) {
		this.search = shared.sharing();
	}

	/**
	 * The matching quotes (as `QuoteSearch.run`), or null when the words are not indexed yet and one
	 * keystroke's step did not finish it: then the slices go on and `ready` is called when they are done.
	 */
	run(filter: QuoteFilter, options: { textFirst?: boolean } = {}): IndexedQuote[] | null {
		const deadline = performance.now() + KEY_SLICE_MS;
		const found = this.search.tryRun(this.quotes(), filter, options, () => performance.now() < deadline);
		if (found === null) this.warm();
		return found;
	}

	/** Prepares the search in idle slices until it is ready for the current quotes (again after a change). */
	warm(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		const step = (): void => {
			const deadline = performance.now() + WARM_SLICE_MS;
			const done = this.search.prepare(this.quotes(), () => performance.now() < deadline);
			this.timer = done ? null : window.setTimeout(step, 0);
			if (done) this.ready();
		};
		this.timer = window.setTimeout(step, 0);
	}

	/** Stops the slices and forgets the typing state (the shared index stays). */
	stop(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.search.reset();
	}
}
