// The quote search as the sidebar and the "Search quotes" picker use it: over the plugin's word index, which
// the warm-up (search-warmup.ts) prepares in idle slices, a keystroke never waits for the whole vault's words.
import type { IndexedQuote, QuoteFilter } from "../../core/index/types";
import type { QuoteSearch, SearchMatches } from "../../core/search/quote-search";
import type { SearchWarmup } from "./search-warmup";

/**
 * Time a keystroke (or an index change) may spend bringing the search up to date itself. Past it the
 * caller says the search is being prepared and the idle slices finish the rest (~0.4 s of work halfway
 * through at 80,000 quotes, ~1 s from scratch).
 */
const KEY_SLICE_MS = 8;

export class PreparedSearch {
	/** Its own typing state over the shared word index. */
	private readonly search: QuoteSearch;

	/**
	 * @param warmup The plugin's warm-up, over the search this one shares (one copy of the vault's words).
	 * @param ready Called once the warm-up has made the search ready after a `run` that could not answer.
	 */
	constructor(
		private readonly warmup: SearchWarmup,
		private readonly ready: () => void,
	) {
		this.search = warmup.search.sharing();
	}

	/**
	 * The matching quotes (as `QuoteSearch.run`), or null when the words are not indexed yet and one
	 * keystroke's step did not finish it: then the warm-up goes on and `ready` is called when it is done.
	 */
	run(filter: QuoteFilter, options: { textFirst?: boolean; limit?: number } = {}): IndexedQuote[] | null {
		const deadline = performance.now() + KEY_SLICE_MS;
		const found = this.search.tryRun(this.warmup.current(), filter, options, () => performance.now() < deadline);
		if (found === null) this.warmup.warm(this.ready);
		return found;
	}

	/** As `run`, the matches in vault order with their text test (`QuoteSearch.find`), or null likewise. */
	find(filter: QuoteFilter): SearchMatches | null {
		const deadline = performance.now() + KEY_SLICE_MS;
		const found = this.search.tryFind(this.warmup.current(), filter, () => performance.now() < deadline);
		if (found === null) this.warmup.warm(this.ready);
		return found;
	}

	/** Stops waiting for the warm-up and forgets the typing state (the shared index stays). */
	stop(): void {
		this.warmup.forget(this.ready);
		this.search.reset();
	}
}
