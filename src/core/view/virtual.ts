// Virtual list arithmetic: which rows are on screen for a scroll position, where each row starts.
// Rows have a height per kind (measured by the host) and may override it one by one (an expanded row).
import { lowerBound } from "../search/span";

export interface RowWindow {
	/** First row to render (inclusive). */
	start: number;
	/** Row after the last one to render (exclusive). */
	end: number;
	/** Pixel offset of `start` from the top of the list. */
	offset: number;
}

/** Window and reveal arithmetic over any row positions; subclasses say where each row starts. */
export abstract class Layout {
	abstract readonly count: number;
	/** Top of row `index`, clamped to 0…count (top(count) is the total height); never decreases. */
	abstract top(index: number): number;

	get totalHeight(): number {
		return this.top(this.count);
	}

	height(index: number): number {
		return this.top(index + 1) - this.top(index);
	}

	/** The row covering pixel `y` (clamped to the list). */
	indexAt(y: number): number {
		if (this.count === 0) return 0;
		let lo = 0;
		let hi = this.count - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.top(mid) <= y) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** Rows intersecting the viewport, plus `overscan` rows on each side. */
	window(scrollTop: number, viewportHeight: number, overscan: number): RowWindow {
		if (this.count === 0) return { start: 0, end: 0, offset: 0 };
		const first = this.indexAt(Math.max(0, scrollTop));
		const last = this.indexAt(Math.max(0, scrollTop + Math.max(0, viewportHeight) - 1));
		const start = Math.max(0, first - overscan);
		const end = Math.min(this.count, last + 1 + overscan);
		return { start, end, offset: this.top(start) };
	}

	/**
	 * The scroll position that brings row `index` fully into view with the least movement,
	 * or null when it already is.
	 */
	scrollToReveal(index: number, scrollTop: number, viewportHeight: number): number | null {
		const top = this.top(index);
		const bottom = this.top(index + 1);
		if (top < scrollTop) return top;
		if (bottom > scrollTop + viewportHeight) return Math.max(0, Math.min(top, bottom - viewportHeight));
		return null;
	}
}

/**
 * Headers of one height, other rows of another, a few rows (the expanded one) of a third: a row's top is
 * counted from how many headers and taller rows are above it, so nothing is made per row.
 */
export class GroupedLayout extends Layout {
	constructor(
		readonly count: number,
		/** Row indexes of the headers, ascending. */
		private readonly headerRows: ArrayLike<number>,
		private readonly headerHeight: number,
		private readonly rowHeight: number,
		/** Row indexes (ascending) drawn `tallHeight` high instead of `rowHeight`. */
		private readonly tallRows: ArrayLike<number> = [],
		private readonly tallHeight = 0,
	) {
		super();
	}

	top(index: number): number {
		const i = Math.max(0, Math.min(index, this.count));
		const headers = lowerBound(this.headerRows, i);
		const tall = lowerBound(this.tallRows, i);
		return headers * Math.max(0, this.headerHeight) + (i - headers - tall) * Math.max(0, this.rowHeight) + tall * Math.max(0, this.tallHeight);
	}
}
