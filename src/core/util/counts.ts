// Counting how often each value occurs, and the most frequent one: an edit's dash style, a speaker's usual spelling.

/** Adds one to `value`'s count. */
export function bump<T>(counts: Map<T, number>, value: T): void {
	counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** The most frequent value, or null for none; on a tie the one seen first. */
export function mostFrequent<T>(counts: Map<T, number>): T | null {
	let best: T | null = null;
	let most = 0;
	for (const [value, n] of counts) {
		if (n > most) {
			best = value;
			most = n;
		}
	}
	return best;
}
