// Virtual list arithmetic: which rows are on screen for a scroll position, where each row starts.
// Rows have a height per kind (measured by the host) and may override it one by one (an expanded row).

export interface RowWindow {
	/** First row to render (inclusive). */
	start: number;
	/** Row after the last one to render (exclusive). */
	end: number;
	/** Pixel offset of `start` from the top of the list. */
	offset: number;
}

export class RowLayout {
	/** offsets[i] = top of row i; offsets[count] = total height. */
	private readonly offsets: Float64Array;

	constructor(
		readonly count: number,
		heightOf: (index: number) => number,
	) {
		this.offsets = new Float64Array(count + 1);
		let y = 0;
		for (let i = 0; i < count; i++) {
			this.offsets[i] = y;
			y += Math.max(0, heightOf(i));
		}
		this.offsets[count] = y;
	}

	get totalHeight(): number {
		return this.offsets[this.count] ?? 0;
	}

	top(index: number): number {
		return this.offsets[Math.max(0, Math.min(index, this.count))] ?? 0;
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
			if ((this.offsets[mid] ?? 0) <= y) lo = mid;
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
