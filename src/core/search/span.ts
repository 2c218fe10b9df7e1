// Where the quote list differs from what a reader last saw. The index keeps one list and changes it in place
// (decision 73): each change bumps the list's version and records the span it replaced, so a reader keeps
// what it made with the version it made it for, and patches it from the span when it asks again.

/** `after` is `before` with `before[head, oldEnd)` replaced by `after[head, newEnd)`. */
export interface ListSpan {
	readonly head: number;
	readonly oldEnd: number;
	readonly newEnd: number;
}

/** Fewest quotes a changed span may hold and still be patched; past it (and past 1/8 of the list) readers rebuild. */
const MIN_PATCH = 1024;

/** A list as a reader saw it: the list and its version then. A list nobody changes in place is always at version 0. */
export interface ListState<T = unknown> {
	readonly list: readonly T[];
	readonly version: number;
}

/** Changes remembered per list: a reader more versions behind than this recomputes whole. */
const LOG_STEPS = 16;

/**
 * The versions of a list changed in place, with the spans of its last changes. Each change is kept as its
 * common start (`head`) and common end (`tail`) and the length before it, so the span since any remembered
 * version is one pass over a few numbers: the smallest head and tail of the changes since cover them all.
 */
export class ListLog {
	private versionNo = 0;
	/** steps[i] took the list from version `base + i` to `base + i + 1`. */
	private steps: { head: number; tail: number; before: number }[] = [];
	private base = 0;

	get version(): number {
		return this.versionNo;
	}

	/** The list (`before` quotes long until now) had `[head, oldEnd)` replaced, now `[head, newEnd)`. */
	changed(span: ListSpan, before: number): void {
		this.steps.push({ head: span.head, tail: before - span.oldEnd, before });
		this.versionNo++;
		if (this.steps.length > LOG_STEPS) {
			this.steps.shift();
			this.base++;
		}
	}

	/** A span covering every change from `version` to now (the list is `length` long now), or null when not remembered. */
	since(version: number, length: number): ListSpan | null {
		if (version === this.versionNo) return { head: length, oldEnd: length, newEnd: length };
		if (version < this.base || version > this.versionNo) return null;
		let head = Infinity;
		let tail = Infinity;
		for (let i = version - this.base; i < this.steps.length; i++) {
			head = Math.min(head, this.steps[i].head);
			tail = Math.min(tail, this.steps[i].tail);
		}
		return { head, oldEnd: this.steps[version - this.base].before - tail, newEnd: length - tail };
	}
}

const logs = new WeakMap<readonly unknown[], ListLog>();

/** `list` is changed in place from now on, each change recorded in `log`. */
export function logList(list: readonly unknown[], log: ListLog): void {
	logs.set(list, log);
}

/** The list's version: it grows at each change in place; 0 for a list never changed. */
export function versionOf(list: readonly unknown[]): number {
	return logs.get(list)?.version ?? 0;
}

export function stateOf<T>(list: readonly T[]): ListState<T> {
	return { list, version: versionOf(list) };
}

/** Whether the list still is as the reader saw it. */
export function isCurrent(state: ListState): boolean {
	return versionOf(state.list) === state.version;
}

/**
 * A span outside which `after` holds the same objects at the same places as `before` did: from the list's log
 * when it is the same list, else by comparing the two (by identity), however large. Null when that cannot be
 * known: the same list more changes behind than its log keeps, or an earlier list changed since.
 */
export function spanSince<T>(before: ListState<T>, after: readonly T[]): ListSpan | null {
	if (before.list === after) {
		const log = logs.get(after);
		return log === undefined ? (before.version === 0 ? { head: after.length, oldEnd: after.length, newEnd: after.length } : null) : log.since(before.version, after.length);
	}
	if (!isCurrent(before)) return null;
	return comparedEnds(before.list, after);
}

/** As `spanSince`, or null also when the span is too large to be worth patching (several notes far apart): then the reader rebuilds whole. */
export function changedSpan<T>(before: ListState<T>, after: readonly T[]): ListSpan | null {
	const span = spanSince(before, after);
	if (span === null) return null;
	const changed = span.oldEnd - span.head + (span.newEnd - span.head);
	return changed <= Math.max(MIN_PATCH, after.length >> 3) ? span : null;
}

/**
 * The last two lists compared and what was found: an edit's readers (the search, speaker numbers, the
 * needs-a-speaker count, the word index) ask about the same two lists. One pair, so no older list stays alive.
 */
let lastCompared: { before: readonly unknown[]; beforeVersion: number; after: readonly unknown[]; afterVersion: number; span: ListSpan } | null = null;

function comparedEnds<T>(before: readonly T[], after: readonly T[]): ListSpan {
	const known = lastCompared;
	if (known !== null && known.before === before && known.after === after && known.beforeVersion === versionOf(before) && known.afterVersion === versionOf(after)) return known.span;
	const span = compareEnds(before, after);
	lastCompared = { before, beforeVersion: versionOf(before), after, afterVersion: versionOf(after), span };
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
