// The quotes a user sees: the index's, without those the user marked "Not a quote" (false positives of
// the extractor). The sidebar, the pickers, random quotes and the plugin's API read through it; the CLI
// reads the index itself, as it has no such list.
import type { MergeSuggestion, NoteRecord, Speaker } from "../types";
import { onlyPath } from "../search/filter";
import { QuoteSearch } from "../search/quote-search";
import type { ChangeListener, IndexedQuote, QuoteFilter, QuoteSource } from "./types";

export class VisibleQuotes implements QuoteSource {
	private hidden: ReadonlySet<string> = new Set();
	/** Bumped when the hidden set changes, so the revision grows though the index did not change. */
	private hiddenRevision = 0;
	private listeners = new Set<ChangeListener>();
	private cache: { from: readonly IndexedQuote[]; hidden: ReadonlySet<string>; quotes: readonly IndexedQuote[] } | null = null;

	/** @param search What `quotes(filter)` runs when some quotes are hidden (default: a search of its own). */
	constructor(
		private readonly index: QuoteSource,
		private readonly search: QuoteSearch = new QuoteSearch(),
	) {}

	/** Quote ids to leave out; listeners hear of the change at once. */
	setHidden(ids: Iterable<string>): void {
		this.hidden = new Set(ids);
		this.hiddenRevision++;
		for (const listener of [...this.listeners]) listener(this.revision);
	}

	isHidden(id: string): boolean {
		return this.hidden.has(id);
	}

	get revision(): number {
		return this.index.revision + this.hiddenRevision;
	}

	/** The index's list itself when nothing is hidden; otherwise one filtered copy per index change. */
	all(): readonly IndexedQuote[] {
		const from = this.index.all();
		if (this.hidden.size === 0) return from;
		if (this.cache?.from !== from || this.cache.hidden !== this.hidden) {
			this.cache = { from, hidden: this.hidden, quotes: without(from, this.hidden) };
		}
		return this.cache.quotes;
	}

	quotes(filter: QuoteFilter = {}): IndexedQuote[] {
		if (this.hidden.size === 0) return this.index.quotes(filter);
		if (onlyPath(filter)) {
			return this.index.quotes({ path: filter.path }).filter((q) => !this.hidden.has(q.id));
		}
		return this.search.run(this.all(), filter);
	}

	speakers(): Speaker[] {
		return this.index.speakers();
	}

	mergeSuggestions(): MergeSuggestion[] {
		return this.index.mergeSuggestions();
	}

	note(path: string): NoteRecord | undefined {
		return this.index.note(path);
	}

	notes(): NoteRecord[] {
		return this.index.notes();
	}

	onChange(listener: ChangeListener): () => void {
		this.listeners.add(listener);
		const stop = this.index.onChange((_, changed) => listener(this.revision, changed));
		return () => {
			this.listeners.delete(listener);
			stop();
		};
	}
}

/**
 * `quotes` without those whose id is in `hidden`: the list itself when none of them is in it (ids of
 * quotes since edited away), otherwise native slices between the few hidden ones (a per-quote filter
 * into a new array costs several times more at 80,000 quotes).
 */
function without(quotes: readonly IndexedQuote[], hidden: ReadonlySet<string>): readonly IndexedQuote[] {
	const at: number[] = [];
	for (let i = 0; i < quotes.length; i++) if (hidden.has(quotes[i].id)) at.push(i);
	if (at.length === 0) return quotes;
	const parts: IndexedQuote[][] = [];
	for (let k = 0; k < at.length; k++) parts.push(quotes.slice(at[k] + 1, at[k + 1] ?? quotes.length));
	return quotes.slice(0, at[0]).concat(...parts);
}
