// The plugin's word index, prepared before anyone searches: in idle slices once the vault is indexed (after
// the first pass or a warm start) and again after each change, so the first keystroke in a sidebar or picker
// opened later finds it ready instead of saying "Preparing the search…" (issue 15, budget 4).
import { Component } from "obsidian";
import type { IndexedQuote, QuoteSource } from "../../core/index/types";
import { matchesViewModel } from "../../core/view/model";
import type { QuoteSearch } from "../../core/search/quote-search";
import { versionOf } from "../../core/search/span";

/** Time the search may spend indexing quotes per idle slice, so no single task folds the vault. */
const WARM_SLICE_MS = 10;

/** What the warm-up needs of the vault source: when the index holds the whole vault. */
export interface IndexReadiness {
	readonly ready: boolean;
	whenReady(): Promise<void>;
}

export class SearchWarmup extends Component {
	private timer: number | null = null;
	/** Called once the slices under way have made the search ready (each once). */
	private readonly then = new Set<() => void>();
	/** A wait for the source is pending (one is enough, however many changes come meanwhile). */
	private awaitingSource = false;
	/** Between onload and onunload: no slices before or after. */
	private live = false;
	/** A practice search has run (see `practise`). */
	private practised = false;

	/**
	 * @param search The plugin's search: the sidebar, the picker and the API share its word index.
	 * @param quotes What they search (the visible quotes); changes heard through its `onChange`.
	 * @param source The slices start only when the index is complete: during the first pass they would
	 * fold quote lists that change at every slice, and slow the pass down.
	 */
	constructor(
		readonly search: QuoteSearch,
		private readonly quotes: QuoteSource,
		private readonly source: IndexReadiness,
	) {
		super();
	}

	onload(): void {
		this.live = true;
		this.register(this.quotes.onChange(() => this.afterIndexing()));
		this.afterIndexing();
	}

	onunload(): void {
		this.live = false;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.then.clear();
	}

	/** Slices are under way or wait for the index to be complete. */
	get busy(): boolean {
		return this.timer !== null || this.awaitingSource;
	}

	/** The quotes the searches run over. */
	current(): readonly IndexedQuote[] {
		return this.quotes.all();
	}

	/**
	 * Prepares the search in idle slices until it is ready for the current quotes (now, whether or not the
	 * index is complete: someone typed); `then` is called once it is.
	 */
	warm(then?: () => void): void {
		if (then) this.then.add(then);
		if (this.timer !== null || !this.live) return;
		const step = (): void => {
			if (this.then.size === 0 && !this.source.ready) {
				// A pass began meanwhile (a rebuild) and nobody is typing: go on once it is done.
				this.timer = null;
				return this.afterIndexing();
			}
			const deadline = performance.now() + WARM_SLICE_MS;
			const done = this.search.prepare(this.current(), () => performance.now() < deadline);
			this.timer = done ? null : window.setTimeout(step, 0);
			if (!done) return;
			// Once, with the vault indexed: a pass begun meanwhile (a rebuild) waits for the next ready search.
			if (!this.practised) {
				window.setTimeout(() => {
					if (!this.live || this.practised || !this.source.ready) return;
					this.practised = true;
					this.practise(this.current(), this.search.sharing(), 0);
				}, 0);
			}
			const waiting = [...this.then];
			this.then.clear();
			for (const callback of waiting) callback();
		};
		this.timer = window.setTimeout(step, 0);
	}

	/** Forgets a `then` (its view closed). */
	forget(then: () => void): void {
		this.then.delete(then);
	}

	/** Practice keystroke `key` of PRACTICE, then the next in a task of its own while the quotes stay the same. */
	private practise(quotes: readonly IndexedQuote[], typing: QuoteSearch, key: number, version = versionOf(quotes)): void {
		// A rebuild begun meanwhile: the index is not complete, and the next ready search practises nothing.
		if (!this.live || !this.source.ready || this.current() !== quotes || versionOf(quotes) !== version || !practiseKey(this.search, typing, quotes, PRACTICE[key])) return;
		if (key + 1 < PRACTICE.length) window.setTimeout(() => this.practise(quotes, typing, key + 1, version), 0);
	}

	private afterIndexing(): void {
		if (this.awaitingSource) return;
		this.awaitingSource = true;
		void this.source.whenReady().then(() => {
			this.awaitingSource = false;
			this.warm();
		});
	}
}

/**
 * A typist's first letters: one letter (nearly every quote), then two that narrow it, then three words of three
 * letters or more: the name test runs from three letters, and only its second run gets it compiled before the
 * user types (decision 76).
 */
const PRACTICE = ["e", "ea", "ear", "earl", "early"];

/** Rows a sidebar draws at first (its window), practised in each keystroke's model. */
const PRACTICE_ROWS = 30;

/**
 * Keystrokes' searches and speaker rows, thrown away, once the word index is first ready: the first sidebar's
 * first keystrokes otherwise run their loops over ~80,000 quotes for the first time, unoptimised, at two to
 * five times a later one's cost (decisions 30 and 68). Its own typing state; the shared index is only read.
 * One keystroke per idle task, as a typist's, so the practice is never one long task.
 */
function practiseKey(search: QuoteSearch, typing: QuoteSearch, quotes: readonly IndexedQuote[], query: string): boolean {
	// Quotes changed since: the next slices or keystroke update the index, not this.
	if (!search.prepare(quotes, () => false)) return false;
	const model = matchesViewModel(typing.find(quotes, { query }), "speaker");
	for (let row = 0; row < Math.min(model.rowCount, PRACTICE_ROWS); row++) model.rowAt(row);
	return true;
}
