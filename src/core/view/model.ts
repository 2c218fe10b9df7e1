// The sidebar's rows: filtered quotes turned into group headers and quote rows, in display order.
import type { IndexedQuote } from "../index/types";

/**
 * `note` shows the quotes of one note (the active one), grouped by section; `resurface` a few quotes not
 * seen for the longest time (chosen in view/resurface.ts), as a flat list.
 */
export type ViewMode = "speaker" | "episode" | "flat" | "note" | "resurface";

export const VIEW_MODES: readonly ViewMode[] = ["speaker", "episode", "flat", "note", "resurface"];

export interface GroupRow {
	kind: "group";
	/** Stable key of the group (speaker name, note path, section path). */
	key: string;
	label: string;
	/** Second line of a header, e.g. the show of an episode. */
	detail: string | null;
	/** Quotes in the group that match the filter, also when the group is collapsed. */
	count: number;
	collapsed: boolean;
}

export interface QuoteRow {
	kind: "quote";
	quote: IndexedQuote;
	/** Key of the group the quote is listed under, or null in the flat list. */
	group: string | null;
}

export type Row = GroupRow | QuoteRow;

export interface ViewModel {
	rows: Row[];
	/** Quotes matching the filter (also those inside collapsed groups). */
	quoteCount: number;
	groupCount: number;
}

/** Speaker group key for quotes whose speaker is unknown. */
export const UNKNOWN_SPEAKER_KEY = "\u0000unknown";
/** Section group key for quotes above the first heading. */
export const NO_SECTION_KEY = "\u0000none";

interface Bucket {
	key: string;
	label: string;
	detail: string | null;
	quotes: IndexedQuote[];
	/** Sort helpers. */
	first: number;
	date: string | null;
}

function bucketsBy(quotes: readonly IndexedQuote[], keyOf: (q: IndexedQuote) => string, describe: (q: IndexedQuote, key: string) => Pick<Bucket, "label" | "detail" | "date">): Bucket[] {
	const map = new Map<string, Bucket>();
	for (let i = 0; i < quotes.length; i++) {
		const q = quotes[i];
		const key = keyOf(q);
		let b = map.get(key);
		if (b === undefined) {
			b = { key, quotes: [], first: i, ...describe(q, key) };
			map.set(key, b);
		}
		b.quotes.push(q);
	}
	return [...map.values()];
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

function speakerBuckets(quotes: readonly IndexedQuote[]): Bucket[] {
	const buckets = bucketsBy(
		quotes,
		(q) => q.speaker ?? UNKNOWN_SPEAKER_KEY,
		(q, key) => ({ label: key === UNKNOWN_SPEAKER_KEY ? "Unknown speaker" : key, detail: null, date: null }),
	);
	// Most quoted first; unknown speakers last, they are the least useful group.
	return buckets.sort((a, b) => {
		if (a.key === UNKNOWN_SPEAKER_KEY) return 1;
		if (b.key === UNKNOWN_SPEAKER_KEY) return -1;
		return b.quotes.length - a.quotes.length || collator.compare(a.label, b.label);
	});
}

function episodeBuckets(quotes: readonly IndexedQuote[]): Bucket[] {
	const buckets = bucketsBy(
		quotes,
		(q) => q.path,
		(q) => ({ label: q.episode.title ?? q.noteTitle, detail: showLine(q), date: q.episode.date }),
	);
	// Newest episodes first when dated; undated ones after them, in vault order.
	return buckets.sort((a, b) => {
		if (a.date !== null && b.date !== null && a.date !== b.date) return a.date < b.date ? 1 : -1;
		if (a.date !== null && b.date === null) return -1;
		if (a.date === null && b.date !== null) return 1;
		return a.first - b.first;
	});
}

function showLine(q: IndexedQuote): string | null {
	const parts: string[] = [];
	if (q.episode.show) parts.push(q.episode.number !== null ? `${q.episode.show} #${q.episode.number}` : q.episode.show);
	if (q.episode.date) parts.push(q.episode.date);
	return parts.length > 0 ? parts.join(" · ") : null;
}

function sectionBuckets(quotes: readonly IndexedQuote[]): Bucket[] {
	const sorted = [...quotes].sort((a, b) => a.line - b.line);
	return bucketsBy(
		sorted,
		(q) => (q.section.length > 0 ? q.section.join("\u0000") : NO_SECTION_KEY),
		(q) => ({ label: q.section.length > 0 ? q.section.join(" › ") : "No section", detail: null, date: null }),
	);
}

/**
 * Rows for a mode. `quotes` are already filtered (in `note` mode: to the one note);
 * `collapsed` holds group keys whose quotes are hidden.
 */
export function buildViewModel(quotes: readonly IndexedQuote[], mode: ViewMode, collapsed: ReadonlySet<string> = new Set()): ViewModel {
	if (mode === "flat" || mode === "resurface") {
		return { rows: quotes.map((quote) => ({ kind: "quote", quote, group: null })), quoteCount: quotes.length, groupCount: 0 };
	}
	const buckets = mode === "speaker" ? speakerBuckets(quotes) : mode === "episode" ? episodeBuckets(quotes) : sectionBuckets(quotes);
	const rows: Row[] = [];
	for (const b of buckets) {
		const isCollapsed = collapsed.has(b.key);
		rows.push({ kind: "group", key: b.key, label: b.label, detail: b.detail, count: b.quotes.length, collapsed: isCollapsed });
		if (isCollapsed) continue;
		for (const quote of b.quotes) rows.push({ kind: "quote", quote, group: b.key });
	}
	return { rows, quoteCount: quotes.length, groupCount: buckets.length };
}

/** Values of a field with how many quotes have each, most frequent first (for filter chips). */
export function facetCounts(quotes: readonly IndexedQuote[], valueOf: (q: IndexedQuote) => string | null): { value: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const q of quotes) {
		const v = valueOf(q);
		if (v !== null && v !== "") counts.set(v, (counts.get(v) ?? 0) + 1);
	}
	return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}

/** Index of the next quote row from `from` in direction `step` (±1), skipping headers; -1 when none. */
export function nextQuoteRow(rows: readonly Row[], from: number, step: 1 | -1): number {
	for (let i = from + step; i >= 0 && i < rows.length; i += step) {
		if (rows[i]?.kind === "quote") return i;
	}
	return -1;
}

/** Index of the row showing a quote, or -1. */
export function rowOfQuote(rows: readonly Row[], quoteId: string): number {
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i];
		if (r?.kind === "quote" && r.quote.id === quoteId) return i;
	}
	return -1;
}
