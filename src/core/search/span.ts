// Where a new quote list differs from an earlier one. QuoteSource.all() hands out a new array per change
// with untouched quotes kept as the same objects, so an edit of one note leaves a common start and end.

/** `after` is `before` with `before[head, oldEnd)` replaced by `after[head, newEnd)`. */
export interface ListSpan {
	readonly head: number;
	readonly oldEnd: number;
	readonly newEnd: number;
}

/** Fewest quotes a changed span may hold and still be patched; past it (and past 1/8 of the list) readers rebuild. */
const MIN_PATCH = 1024;

/**
 * The one stretch in which `after` differs from `before` (by identity), or null when it is too large to be
 * worth patching (a rule change, a clear, several notes far apart): then the reader rebuilds whole.
 */
export function changedSpan<T>(before: readonly T[], after: readonly T[]): ListSpan | null {
	const span = commonEnds(before, after);
	const changed = span.oldEnd - span.head + (span.newEnd - span.head);
	return changed <= Math.max(MIN_PATCH, after.length >> 3) ? span : null;
}

interface KnownSpan {
	before: readonly unknown[];
	after: readonly unknown[];
	span: ListSpan;
}

/**
 * What one source's lists are known to differ in: the last list made from another, with its span
 * (`recordSpan`), and the last span found by comparing. An edit's readers (the search, speaker numbers, the
 * needs-a-speaker count) ask about the same two lists, and each comparison goes over up to every quote. One of
 * each, so no older list is kept alive.
 */
class ListSpans {
	recorded: KnownSpan | null = null;
	compared: KnownSpan | null = null;
}

/**
 * Each list's owner. A list made from another (`recordSpan`) joins the owner of the one it was made from, so
 * one index's lists share an owner and two indexes (the CLI's and the plugin's, tests) never share one.
 */
const owners = new WeakMap<readonly unknown[], ListSpans>();

function ownerOf(list: readonly unknown[]): ListSpans {
	let owner = owners.get(list);
	if (owner === undefined) owners.set(list, (owner = new ListSpans()));
	return owner;
}

/** `after` was made from `before` and holds the same objects outside `span` (the index's `all()` after an edit). */
export function recordSpan<T>(before: readonly T[], after: readonly T[], span: ListSpan): void {
	const owner = ownerOf(before);
	owners.set(after, owner);
	owner.recorded = { before, after, span };
}

/**
 * A span outside which the two lists hold the same objects at the same places: the one recorded when `after`
 * was made from `before`, else the longest common start and end (by identity), however large.
 */
export function commonEnds<T>(before: readonly T[], after: readonly T[]): ListSpan {
	const owner = ownerOf(after);
	for (const known of [owner.recorded, owner.compared]) if (known !== null && known.after === after && known.before === before) return known.span;
	const span = compareEnds(before, after);
	owner.compared = { before, after, span };
	return span;
}

/** The span between the longest common start and end of the two lists (by identity). */
export function compareEnds<T>(before: readonly T[], after: readonly T[]): ListSpan {
	const n = after.length;
	const m = before.length;
	let head = 0;
	while (head < n && head < m && after[head] === before[head]) head++;
	let tail = 0;
	while (tail < n - head && tail < m - head && after[n - 1 - tail] === before[m - 1 - tail]) tail++;
	return { head, oldEnd: m - tail, newEnd: n - tail };
}

/** `positions` (ascending, into `before`) moved to `after`: those before the span kept, those past it shifted. */
export function spliceSpan(positions: Int32Array, span: ListSpan, middle: ArrayLike<number>): Int32Array {
	const from = lowerBound(positions, span.head);
	const to = lowerBound(positions, span.oldEnd);
	const out = new Int32Array(from + middle.length + positions.length - to);
	out.set(positions.subarray(0, from), 0);
	out.set(middle, from);
	const shift = span.newEnd - span.oldEnd;
	let k = from + middle.length;
	for (let i = to; i < positions.length; i++) out[k++] = positions[i] + shift;
	return out;
}

/** Index of the first of `sorted` that is ≥ `value`. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
