// The sidebar's rows: filtered quotes turned into group headers and quote rows, in display order.
import type { IndexedQuote } from "../index/types";
import { numberSpeakers, UNKNOWN_SPEAKER_KEY, type SpeakerNumbers } from "../search/speaker-numbers";
import { isCurrent, lowerBound, stateOf, versionOf, type ListSpan, type ListState } from "../search/span";
import { textFirstOrder } from "../search/text-first";

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

/**
 * The rows of a filter, made on request: one letter typed lists nearly every quote, and the sidebar draws
 * ~15 of them, so the model keeps the groups and their quotes and makes a row object only when asked.
 */
export interface ViewModel {
	readonly rowCount: number;
	/** Row `index` in display order, or undefined outside the list. */
	rowAt(index: number): Row | undefined;
	/** Index of the first row showing the quote, or -1 (also when its group is collapsed). */
	rowOfQuote(quoteId: string): number;
	/** Every row index showing the quote (the same text twice in a note gives the same id). */
	rowsOfQuote(quoteId: string): number[];
	/** Index of the next quote row from `from` in direction `step` (±1), skipping headers; -1 when none. */
	nextQuoteRow(from: number, step: 1 | -1): number;
	/** Row indexes of the group headers, ascending. */
	readonly headerRows: Int32Array;
	/** Quotes matching the filter (also those inside collapsed groups). */
	readonly quoteCount: number;
	readonly groupCount: number;
	/**
	 * Whether the list the rows are read from is still as the model was made for it. The index's list is
	 * changed in place (decision 73): a model may be read (a scroll, a key) after an edit and before its view
	 * heard of it, and must then be made again first, since its places now point at other quotes.
	 */
	isCurrent(): boolean;
}

export { UNKNOWN_SPEAKER_KEY };
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

/**
 * Speaker groups by counting: each match's speaker number (`numbers`, the search's numbering of its list,
 * decision 30) read through the matches' positions in the list, one pass per keystroke; no array per group
 * and no copy of the matches (decision 59). A group's members are taken when it is drawn or searched, from
 * the list's positions of that speaker (`speakerPositions`, made once per numbering), and with `inTextAt` put
 * text matches first then, so a letter that matches the whole vault orders ~15 rows' groups only (decision 27).
 * `positions` null: every quote of the list matches.
 */
function speakerModel(at: ListState<IndexedQuote>, positions: Int32Array | null, numbers: SpeakerNumbers, collapsed: ReadonlySet<string>, inTextAt: InTextTest | undefined): ViewModel {
	const { list } = at;
	const { keys, of: groupOf } = numbers;
	const count = positions === null ? list.length : positions.length;
	const { sizes, order } = positions === null ? listGroups(numbers) : matchGroups(numbers, positions);
	/** The list positions of a speaker's matches, in list order. */
	const matchesOf = (g: number): Int32Array => {
		const { start, members } = speakerPositions(numbers);
		const all = members.subarray(start[g], start[g + 1]);
		return positions === null ? all : within(all, positions, sizes[g]);
	};
	// Rows listed per group, in display order; a group's header and quotes are made when first drawn or
	// searched, so the hundreds of speakers below the view cost one number each (decision 69).
	const listedSizes = new Int32Array(order.length);
	for (let s = 0; s < order.length; s++) listedSizes[s] = collapsed.size > 0 && collapsed.has(keys[order[s]]) ? 0 : sizes[order[s]];
	const segmentAt = (s: number): Segment => {
		const g = order[s];
		const key = keys[g];
		const isCollapsed = collapsed.has(key);
		const header: GroupRow = { kind: "group", key, label: labelOf(key), detail: null, count: sizes[g], collapsed: isCollapsed };
		let listed: IndexedQuote[] | null = null;
		const ordered = (): readonly IndexedQuote[] => {
			if (listed === null) {
				const at = matchesOf(g);
				const inGroup = Array.from(at, (p) => list[p]);
				listed = inTextAt ? textFirstOrder(inGroup, inTextAt(at)) : inGroup;
			}
			return listed;
		};
		return { header, size: listedSizes[s], quotes: isCollapsed ? () => [] : ordered };
	};
	// The segments a quote may be listed in: those of its matching positions in the list.
	let segmentOf: Int32Array | null = null;
	const holding = (quoteId: string): number[] => {
		if (segmentOf === null) {
			segmentOf = new Int32Array(keys.length);
			for (let s = 0; s < order.length; s++) segmentOf[order[s]] = s;
		}
		const found = new Set<number>();
		for (const p of positionsOfId(list, quoteId)) if (positions === null || isIn(positions, p)) found.add(segmentOf[groupOf[p]]);
		return [...found].sort((a, b) => a - b);
	};
	return new LazyViewModel({ sizes: listedSizes, headers: true, at: segmentAt }, count, at, holding);
}

const labelOf = (key: string): string => (key === UNKNOWN_SPEAKER_KEY ? "Unknown speaker" : key);

/** Speaker groups of some quotes: each number's size and first place, and the numbers with quotes in display order. */
interface SpeakerGroups {
	sizes: Int32Array;
	firsts: Int32Array;
	order: Int32Array;
}

/**
 * Group `a` before group `b`: most quoted first, ties by name, then by first appearance; unknown speakers
 * last. Numbers and the names themselves: no object per comparison (a keystroke sorts hundreds of groups).
 */
function groupOrder(keys: readonly string[], { sizes, firsts }: Pick<SpeakerGroups, "sizes" | "firsts">): (a: number, b: number) => number {
	return (a, b) => {
		const unknownA = keys[a] === UNKNOWN_SPEAKER_KEY;
		if (unknownA !== (keys[b] === UNKNOWN_SPEAKER_KEY)) return unknownA ? 1 : -1;
		return sizes[b] - sizes[a] || collator.compare(keys[a], keys[b]) || firsts[a] - firsts[b];
	};
}

/** The groups of the matches at `positions` (ascending) of the numbered list: one count pass per keystroke. */
function matchGroups(numbers: SpeakerNumbers, positions: Int32Array): SpeakerGroups {
	const { keys, of: groupOf } = numbers;
	const sizes = new Int32Array(keys.length);
	// Each speaker's first match: ties in size and name keep the order in which speakers first appear.
	const firsts = new Int32Array(keys.length);
	countMatches(groupOf, positions, sizes, firsts);
	return { sizes, firsts, order: sortedGroups(keys, sizes, firsts) };
}

// A function of its own (decision 76): in Chromium, the code after this loop inside `matchGroups` bailed out
// of its optimised code on every keystroke.
/** Counts each speaker's matches at `positions` into `sizes`, and its first match's index into `firsts`. */
function countMatches(groupOf: Int32Array, positions: Int32Array, sizes: Int32Array, firsts: Int32Array): void {
	for (let i = 0; i < positions.length; i++) {
		const g = groupOf[positions[i]];
		if (sizes[g]++ === 0) firsts[g] = i;
	}
}

function sortedGroups(keys: readonly string[], sizes: Int32Array, firsts: Int32Array): Int32Array {
	const order: number[] = [];
	for (let g = 0; g < keys.length; g++) if (sizes[g] > 0) order.push(g);
	return Int32Array.from(order.sort(groupOrder(keys, { sizes, firsts })));
}

/**
 * The groups of every quote of the numbered list, kept per numbering. A numbering made from another by an
 * edit (`previous`) takes the other's groups and patches them from the span: sizes and first places moved,
 * the groups the span touches placed again in the sorted order, which the rest keep (decision 69).
 */
const listGroupsOf = new WeakMap<SpeakerNumbers, SpeakerGroups>();

function listGroups(numbers: SpeakerNumbers): SpeakerGroups {
	return madeOrPatched(listGroupsOf, numbers, wholeGroups, patchedGroups);
}

/** `numbers`' value from `cache`, else patched from the numbering it was made from when that one's is known, else made whole. */
function madeOrPatched<T>(cache: WeakMap<SpeakerNumbers, T>, numbers: SpeakerNumbers, whole: (numbers: SpeakerNumbers) => T, patched: (before: T, numbers: SpeakerNumbers) => T): T {
	let found = cache.get(numbers);
	if (found === undefined) {
		const before = numbers.previous === undefined ? undefined : cache.get(numbers.previous.numbers);
		found = before === undefined ? whole(numbers) : patched(before, numbers);
		cache.set(numbers, found);
	}
	return found;
}

function wholeGroups(numbers: SpeakerNumbers): SpeakerGroups {
	const { keys, of: groupOf } = numbers;
	const sizes = new Int32Array(keys.length);
	const firsts = new Int32Array(keys.length);
	for (let i = 0; i < groupOf.length; i++) if (sizes[groupOf[i]]++ === 0) firsts[groupOf[i]] = i;
	return { sizes, firsts, order: sortedGroups(keys, sizes, firsts) };
}

function patchedGroups(before: SpeakerGroups, numbers: SpeakerNumbers): SpeakerGroups {
	const { span, spanOf } = numbers.previous!;
	const { keys, of } = numbers;
	if (sameNumbers(spanOf, of, span)) return before;
	const sizes = new Int32Array(keys.length);
	sizes.set(before.sizes);
	const touched = new Set<number>();
	for (let i = 0; i < spanOf.length; i++) {
		sizes[spanOf[i]]--;
		touched.add(spanOf[i]);
	}
	for (let i = span.head; i < span.newEnd; i++) {
		sizes[of[i]]++;
		touched.add(of[i]);
	}
	// Places past the span move with it; a group the span does not touch has none inside it.
	const shift = span.newEnd - span.oldEnd;
	const firsts = new Int32Array(keys.length);
	for (let g = 0; g < before.firsts.length; g++) firsts[g] = before.firsts[g] >= span.oldEnd ? before.firsts[g] + shift : before.firsts[g];
	// A touched group that had a quote before the span keeps that first place; the others' is found from the span on.
	const looking = new Set<number>();
	for (const g of touched) if (sizes[g] > 0 && !(g < before.sizes.length && before.sizes[g] > 0 && before.firsts[g] < span.head)) looking.add(g);
	for (let i = span.head; looking.size > 0 && i < of.length; i++) {
		if (looking.delete(of[i])) firsts[of[i]] = i;
	}
	const compare = groupOrder(keys, { sizes, firsts });
	const order: number[] = [];
	for (const g of before.order) if (!touched.has(g)) order.push(g);
	for (const g of touched) {
		if (sizes[g] === 0) continue;
		order.splice(upperBound(order, g, compare), 0, g);
	}
	return { sizes, firsts, order: Int32Array.from(order) };
}

/** Where `value` goes in `sorted` (ascending by `compare`): after every element not after it. */
function upperBound(sorted: readonly number[], value: number, compare: (a: number, b: number) => number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (compare(sorted[mid], value) <= 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** For each speaker number, the list's positions with that speaker (`members[start[g], start[g + 1])`, ascending). */
interface SpeakerPositions {
	start: Int32Array;
	members: Int32Array;
}

/**
 * Made once per numbering (a search numbers its list once), when a group is first drawn; from the numbering an
 * edit's was made from (`previous`) when that one's are known: each group's places copied, moved past the span.
 */
const speakerPositionsOf = new WeakMap<SpeakerNumbers, SpeakerPositions>();

function speakerPositions(numbers: SpeakerNumbers): SpeakerPositions {
	return madeOrPatched(speakerPositionsOf, numbers, wholePositions, patchedPositions);
}

/** A counting sort of the list's places by speaker number. */
function wholePositions({ keys, of }: SpeakerNumbers): SpeakerPositions {
	const start = new Int32Array(keys.length + 1);
	for (let i = 0; i < of.length; i++) start[of[i] + 1]++;
	for (let g = 0; g < keys.length; g++) start[g + 1] += start[g];
	const next = start.slice(0, keys.length);
	const members = new Int32Array(of.length);
	for (let i = 0; i < of.length; i++) members[next[of[i]]++] = i;
	return { start, members };
}

function patchedPositions(before: SpeakerPositions, numbers: SpeakerNumbers): SpeakerPositions {
	const { numbers: old, span, spanOf } = numbers.previous!;
	const { keys, of } = numbers;
	// Each quote where it was with the speaker it had (an edit of words only): the same places, nothing copied.
	if (sameNumbers(spanOf, of, span)) return before;
	const shift = span.newEnd - span.oldEnd;
	// Each group's places in the span now, in order.
	const inSpan = new Map<number, number[]>();
	for (let i = span.head; i < span.newEnd; i++) {
		const at = inSpan.get(of[i]);
		if (at === undefined) inSpan.set(of[i], [i]);
		else at.push(i);
	}
	const start = new Int32Array(keys.length + 1);
	const members = new Int32Array(of.length);
	let k = 0;
	for (let g = 0; g < keys.length; g++) {
		start[g] = k;
		const had = g < old.keys.length ? before.members.subarray(before.start[g], before.start[g + 1]) : EMPTY_PLACES;
		const cut = lowerBound(had, span.head);
		members.set(had.subarray(0, cut), k);
		k += cut;
		for (const p of inSpan.get(g) ?? []) members[k++] = p;
		const rest = lowerBound(had, span.oldEnd);
		if (shift === 0) {
			members.set(had.subarray(rest), k);
			k += had.length - rest;
		} else for (let i = rest; i < had.length; i++) members[k++] = had[i] + shift;
	}
	start[keys.length] = k;
	return { start, members };
}

const EMPTY_PLACES = new Int32Array(0);

/** Whether the span kept its length and each of its places the speaker number it had (`spanOf`). */
function sameNumbers(spanOf: Int32Array, of: Int32Array, span: ListSpan): boolean {
	if (span.newEnd !== span.oldEnd) return false;
	for (let i = 0; i < spanOf.length; i++) if (of[span.head + i] !== spanOf[i]) return false;
	return true;
}

/** Those of `candidates` (ascending) that are in `sorted` (ascending); `size` of them are. */
function within(candidates: Int32Array, sorted: Int32Array, size: number): Int32Array {
	const out = new Int32Array(size);
	let k = 0;
	let lo = 0;
	for (let i = 0; i < candidates.length && k < size; i++) {
		const p = candidates[i];
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (sorted[mid] < p) lo = mid + 1;
			else hi = mid;
		}
		if (lo < sorted.length && sorted[lo] === p) out[k++] = p;
	}
	return out;
}

function isIn(sorted: Int32Array, value: number): boolean {
	const at = lowerBound(sorted, value);
	return at < sorted.length && sorted[at] === value;
}

/** The last quote id looked up in a list (at its version), and where it is: a selected quote is looked up on every keystroke. */
const idPositions = new WeakMap<readonly IndexedQuote[], { id: string; version: number; at: number[] }>();

function positionsOfId(list: readonly IndexedQuote[], quoteId: string): number[] {
	const known = idPositions.get(list);
	const version = versionOf(list);
	if (known?.id === quoteId && known.version === version) return known.at;
	const at: number[] = [];
	for (let i = 0; i < list.length; i++) if (list[i].id === quoteId) at.push(i);
	idPositions.set(list, { id: quoteId, version, at });
	return at;
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

/** For each of `indexes` (into the quotes given), 1 when the quote's own text has the typed words, else 0. */
export type InTextTest = (indexes: ArrayLike<number>) => Uint8Array;

/**
 * Rows for a mode. `quotes` are already filtered (in `note` mode: to the one note);
 * `collapsed` holds group keys whose quotes are hidden. With `inText` (a search's `SearchMatches.inText`),
 * rows are as if `quotes` were first ordered text matches first (order kept within each). A search's matches
 * go through `matchesViewModel`, which reuses the search's numbering of its list.
 */
export function buildViewModel(quotes: readonly IndexedQuote[], mode: ViewMode, collapsed: ReadonlySet<string> = new Set(), inText?: InTextTest): ViewModel {
	return modelOf(stateOf(quotes), quotes, mode, collapsed, inText);
}

/** `buildViewModel` of `quotes`, current while the list `at` is (the list searched, or `quotes` itself). */
function modelOf(at: ListState, quotes: readonly IndexedQuote[], mode: ViewMode, collapsed: ReadonlySet<string>, inText?: InTextTest): ViewModel {
	if (mode === "speaker") return speakerModel({ list: quotes, version: at.list === quotes ? at.version : versionOf(quotes) }, null, numberSpeakers(quotes), collapsed, inText);
	if (inText) quotes = textFirstOrder(quotes, inText(Array.from(quotes.keys())));
	if (mode === "flat" || mode === "resurface") return new LazyViewModel(madeSegments([listed(null, quotes)]), quotes.length, at);
	const buckets = mode === "episode" ? episodeBuckets(quotes) : sectionBuckets(quotes);
	const groups = buckets.map((b) => {
		const isCollapsed = collapsed.has(b.key);
		const header: GroupRow = { kind: "group", key: b.key, label: b.label, detail: b.detail, count: b.quotes.length, collapsed: isCollapsed };
		return listed(header, isCollapsed ? [] : b.quotes);
	});
	return new LazyViewModel(madeSegments(groups), quotes.length, at);
}

/** A search's matches as positions in the list it searched (`SearchMatches` of core/search). */
export interface ListMatches {
	readonly list: readonly IndexedQuote[];
	/** The list's version when searched: `positions` hold for it only. */
	readonly version: number;
	/** Ascending positions in `list`. */
	readonly positions: Int32Array;
	/** The matching quotes as an array (made when read). */
	readonly quotes: readonly IndexedQuote[];
	readonly inText: InTextTest | null;
	/** `inText` by positions in `list`. */
	readonly inTextAt: InTextTest | null;
	/** The speaker numbers of `list`. */
	readonly listSpeakers: () => SpeakerNumbers;
}

/**
 * `buildViewModel` of a search's matches, text matches first. Speaker groups read the matches' positions in
 * the searched list, so no copy of up to 80,000 quotes is made per keystroke (decision 59); other modes
 * order the quotes themselves.
 */
export function matchesViewModel(found: ListMatches, mode: ViewMode, collapsed: ReadonlySet<string> = new Set()): ViewModel {
	const at: ListState<IndexedQuote> = { list: found.list, version: found.version };
	if (mode !== "speaker") return modelOf(at, found.quotes, mode, collapsed, found.inText ?? undefined);
	const every = found.positions.length === found.list.length;
	return speakerModel(at, every ? null : found.positions, found.listSpeakers(), collapsed, found.inTextAt ?? undefined);
}

/** A header (none in the flat list) and the quotes listed under it (none when collapsed). */
interface Segment {
	header: GroupRow | null;
	/** How many quotes are listed under the header. */
	size: number;
	/** The quotes listed, in order (made on first use in speaker mode). */
	readonly quotes: () => readonly IndexedQuote[];
}

/** A model's segments: how many rows each lists, whether each has a header, and each made when first needed. */
interface Segments {
	/** Quote rows listed under each segment's header (0 when collapsed). */
	readonly sizes: Int32Array;
	/** Every segment has a header (groups), or none has (the flat list). */
	readonly headers: boolean;
	at(s: number): Segment;
}

function madeSegments(segments: readonly Segment[]): Segments {
	return { sizes: Int32Array.from(segments, (seg) => seg.size), headers: segments.length > 0 && segments[0].header !== null, at: (s) => segments[s] };
}

function listed(header: GroupRow | null, quotes: readonly IndexedQuote[]): Segment {
	return { header, size: quotes.length, quotes: () => quotes };
}

class LazyViewModel implements ViewModel {
	readonly rowCount: number;
	readonly headerRows: Int32Array;
	readonly groupCount: number;
	/** starts[s] = row index of segment s's first row (its header, or its first quote in the flat list). */
	private readonly starts: Int32Array;

	/** Segments made so far (a speaker group's when first drawn or searched). */
	private readonly made: (Segment | undefined)[];

	/**
	 * @param holding The segments (ascending) that may list a quote, when the model can say without ordering
	 * them; every segment otherwise.
	 */
	constructor(
		private readonly segments: Segments,
		readonly quoteCount: number,
		/** The list the segments read from, as they were made for it. */
		private readonly from: ListState,
		private readonly holding: (quoteId: string) => number[] = () => Array.from(segments.sizes.keys()),
	) {
		const { sizes, headers } = segments;
		this.made = new Array<Segment | undefined>(sizes.length);
		this.starts = new Int32Array(sizes.length);
		this.headerRows = new Int32Array(headers ? sizes.length : 0);
		let row = 0;
		for (let s = 0; s < sizes.length; s++) {
			this.starts[s] = row;
			if (headers) this.headerRows[s] = row++;
			row += sizes[s];
		}
		this.rowCount = row;
		this.groupCount = this.headerRows.length;
	}

	private segment(s: number): Segment {
		return (this.made[s] ??= this.segments.at(s));
	}

	/** The segment holding row `index` (0 ≤ index < rowCount): the last one starting at or before it. */
	private segmentOf(index: number): number {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= index) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	isCurrent(): boolean {
		return isCurrent(this.from);
	}

	rowAt(index: number): Row | undefined {
		if (!(index >= 0 && index < this.rowCount) || !Number.isInteger(index)) return undefined;
		const s = this.segmentOf(index);
		const { header, quotes } = this.segment(s);
		const offset = index - this.starts[s];
		if (header === null) return { kind: "quote", quote: quotes()[offset], group: null };
		if (offset === 0) return header;
		return { kind: "quote", quote: quotes()[offset - 1], group: header.key };
	}

	private isQuoteRow(index: number): boolean {
		const s = this.segmentOf(index);
		return !this.segments.headers || index !== this.starts[s];
	}

	rowsOfQuote(quoteId: string, firstOnly = false): number[] {
		const found: number[] = [];
		for (const s of this.holding(quoteId)) {
			const { header } = this.segment(s);
			const quotes = this.segment(s).quotes();
			const first = this.starts[s] + (header ? 1 : 0);
			for (let i = 0; i < quotes.length; i++) {
				if (quotes[i].id !== quoteId) continue;
				found.push(first + i);
				if (firstOnly) return found;
			}
		}
		return found;
	}

	rowOfQuote(quoteId: string): number {
		return this.rowsOfQuote(quoteId, true)[0] ?? -1;
	}

	nextQuoteRow(from: number, step: 1 | -1): number {
		for (let i = from + step; i >= 0 && i < this.rowCount; i += step) {
			if (this.isQuoteRow(i)) return i;
		}
		return -1;
	}
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
