// What views, commands, the CLI and other plugins read from the quote index.
import type { Episode, MergeSuggestion, NoteRecord, Quote, Speaker } from "../types";

/** A quote with what a list row needs about its note. */
export interface IndexedQuote extends Quote {
	path: string;
	/** Note name (file name without `.md`). */
	noteTitle: string;
	episode: Episode;
	/** The note is flagged for publishing. */
	flagged: boolean;
}

export interface QuoteFilter {
	/** Typed search: matches text, speaker, episode title/show and note title. */
	query?: string;
	speakers?: string[];
	shows?: string[];
	flaggedOnly?: boolean;
	/** Only quotes whose speaker is unknown (the "Needs a speaker" filter). */
	needsSpeaker?: boolean;
	/** Only quotes of this note. */
	path?: string;
}

export interface QuoteSource {
	/** Grows by one (at least) on every change; views compare it to know when to redraw. */
	readonly revision: number;
	/**
	 * All quotes, in vault order (path, then line). A source never changes a quote object it handed out: a
	 * quote whose note or speaker changed comes back as a new object, so readers may key caches (the search
	 * index, rendered rows) by the object. The array itself may be the same after a change, changed in place
	 * (the index's, decision 73): a reader that keeps anything made from it keys it on the array and its
	 * `versionOf` (core/search/span.ts), and checks the version before reading it again. Do not mutate.
	 */
	all(): readonly IndexedQuote[];
	quotes(filter?: QuoteFilter): IndexedQuote[];
	speakers(): Speaker[];
	mergeSuggestions(): MergeSuggestion[];
	note(path: string): NoteRecord | undefined;
	notes(): NoteRecord[];
	/**
	 * Called (debounced by the host) after changes; returns an unsubscribe function. `changed`: the paths of
	 * the notes whose record or quotes changed since the previous call; undefined when anything may have.
	 */
	onChange(listener: ChangeListener): () => void;
}

/** Hears of index changes: the new revision and the notes changed since the last call (undefined: any note). */
export type ChangeListener = (revision: number, changed?: readonly string[]) => void;
