// The quotes a user sees: the index's, without those the user marked "Not a quote" (false positives of
// the extractor). The sidebar, the pickers, random quotes and the plugin's API read through it; the CLI
// reads the index itself, as it has no such list.
import type { MergeSuggestion, NoteRecord, Speaker } from "../types";
import { onlyPath } from "../search/filter";
import { QuoteSearch } from "../search/quote-search";
import { changedSpan, isCurrent, ListLog, logList, lowerBound, stateOf, type ListSpan, type ListState } from "../search/span";
import type { ChangeListener, IndexedQuote, QuoteFilter, QuoteSource } from "./types";

export class VisibleQuotes implements QuoteSource {
	private hidden: ReadonlySet<string> = new Set();
	/** Bumped when the hidden set changes, so the revision grows though the index did not change. */
	private hiddenRevision = 0;
	private listeners = new Set<ChangeListener>();
	/** The list without hidden quotes, changed in place as the index's is (decision 73); `at`: the hidden quotes' places in `from`. */
	private kept: { from: ListState<IndexedQuote>; hidden: ReadonlySet<string>; quotes: readonly IndexedQuote[]; at: number[]; log: ListLog } | null = null;

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

	/** The index's list itself when nothing is hidden; otherwise a list of its own, patched from the index's changes. */
	all(): readonly IndexedQuote[] {
		const from = this.index.all();
		if (this.hidden.size === 0) {
			this.kept = null;
			return from;
		}
		const kept = this.kept;
		if (kept !== null && kept.hidden === this.hidden && kept.from.list === from) {
			if (isCurrent(kept.from)) return kept.quotes;
			const span = changedSpan(kept.from, from);
			if (span !== null && patchHidden(kept, from, span)) return kept.quotes;
		}
		const at: number[] = [];
		for (let i = 0; i < from.length; i++) if (this.hidden.has(from[i].id)) at.push(i);
		// None of them listed (ids of quotes since edited away): the index's list itself, nothing copied.
		const quotes = at.length === 0 ? from : without(from, at);
		const log = new ListLog();
		if (quotes !== from) logList(quotes, log);
		this.kept = { from: stateOf(from), hidden: this.hidden, quotes, at, log };
		return quotes;
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

/** `quotes` without those at `at` (ascending, not empty): native slices between the few hidden ones (a per-quote filter into a new array costs several times more at 80,000 quotes). */
function without(quotes: readonly IndexedQuote[], at: readonly number[]): IndexedQuote[] {
	const parts: IndexedQuote[][] = [];
	for (let k = 0; k < at.length; k++) parts.push(quotes.slice(at[k] + 1, at[k + 1] ?? quotes.length));
	return quotes.slice(0, at[0]).concat(...parts);
}

/**
 * `kept` moved to `from`, which changed in `span` since: the span's visible quotes put in place of the old ones.
 * False when a hidden quote comes into a list that was the index's own (none hidden in it): a copy is made then.
 */
function patchHidden(kept: NonNullable<VisibleQuotes["kept"]>, from: readonly IndexedQuote[], span: ListSpan): boolean {
	const { at, hidden } = kept;
	const cut = lowerBound(at, span.head);
	const rest = lowerBound(at, span.oldEnd);
	const inSpan: number[] = [];
	const middle: IndexedQuote[] = [];
	for (let i = span.head; i < span.newEnd; i++) {
		if (hidden.has(from[i].id)) inSpan.push(i);
		else middle.push(from[i]);
	}
	if (kept.quotes === from) {
		if (inSpan.length > 0) return false;
		kept.from = stateOf(from);
		return true;
	}
	const quotes = kept.quotes as IndexedQuote[];
	const head = span.head - cut;
	const oldEnd = span.oldEnd - rest;
	const before = quotes.length;
	if (middle.length === oldEnd - head) for (let j = 0; j < middle.length; j++) quotes[head + j] = middle[j];
	else quotes.splice(head, oldEnd - head, ...middle);
	const shift = span.newEnd - span.oldEnd;
	kept.at = [...at.slice(0, cut), ...inSpan, ...at.slice(rest).map((p) => p + shift)];
	kept.from = stateOf(from);
	kept.log.changed({ head, oldEnd, newEnd: head + middle.length }, before);
	return true;
}
