// A small line diff (longest common subsequence) for the publish preview: old vs new compiled Markdown.

export interface DiffLine {
	kind: "same" | "added" | "removed";
	text: string;
}

/** Lines of `before` and `after` marked same / added / removed. Large inputs fall back to remove-all/add-all. */
export function lineDiff(before: string, after: string, limit = 4_000_000): DiffLine[] {
	const a = before === "" ? [] : before.split("\n");
	const b = after === "" ? [] : after.split("\n");
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	const head = a.slice(0, start).map((text): DiffLine => ({ kind: "same", text }));
	const tail = a.slice(endA).map((text): DiffLine => ({ kind: "same", text }));
	const x = a.slice(start, endA);
	const y = b.slice(start, endB);
	if (x.length * y.length > limit) {
		return [...head, ...x.map((text): DiffLine => ({ kind: "removed", text })), ...y.map((text): DiffLine => ({ kind: "added", text })), ...tail];
	}
	// lcs[i][j] = length of the LCS of x[i..] and y[j..]
	const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
	for (let i = x.length - 1; i >= 0; i--) {
		for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
	}
	const middle: DiffLine[] = [];
	let i = 0;
	let j = 0;
	while (i < x.length || j < y.length) {
		if (i < x.length && j < y.length && x[i] === y[j]) {
			middle.push({ kind: "same", text: x[i] });
			i++;
			j++;
		} else if (i < x.length && (j === y.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
			// Old before new, like a unified diff: a replaced line reads − old, then + new.
			middle.push({ kind: "removed", text: x[i] });
			i++;
		} else {
			middle.push({ kind: "added", text: y[j] });
			j++;
		}
	}
	return [...head, ...middle, ...tail];
}
