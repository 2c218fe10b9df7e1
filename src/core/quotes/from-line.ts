// `from Name` as the last line of a section whose one quote is a blockquote with no speaker: the line signs
// the whole entry (a recommendation, then a remark or a list of the sharer's own, then `from 杨文`), so it
// names that blockquote's speaker. Right after the blockquote it is read by the scan already (scan.ts).
import { fromLineName } from "./blockquote";
import type { RawQuote } from "./raw";

/** Gives the one unattributed blockquote of each section signed by a closing `from Name` line its name. */
export function signedSections(lines: readonly string[], start: number, headingLines: readonly number[], quotes: readonly RawQuote[]): void {
	// Sections as 1-based lines: from after each heading (or the body's start) to the line before the next.
	let q = 0;
	let first = start + 1;
	for (const h of headingLines) {
		if (h > first) q = signSection(lines, first, h - 1, quotes, q);
		first = h + 1;
	}
	signSection(lines, first, lines.length, quotes, q);
}

/** Signs the section `first..last` when it holds one quote; returns the index of the first quote after it. */
function signSection(lines: readonly string[], first: number, last: number, quotes: readonly RawQuote[], q: number): number {
	let only: RawQuote | null = null;
	let count = 0;
	for (; q < quotes.length && quotes[q].line <= last; q++) {
		if (quotes[q].line >= first) {
			only = quotes[q];
			count++;
		}
	}
	if (count !== 1 || only === null || only.kind !== "blockquote" || only.speakerRaw !== null) return q;
	let end = last;
	while (end >= first && lines[end - 1].trim() === "") end--;
	if (end < first || only.endLine >= end) return q;
	const name = fromLineName(lines[end - 1]);
	if (name !== null) {
		only.speakerRaw = name;
		only.name = name;
	}
	return q;
}
