// `from Name` as the last line of a section whose one quote is a blockquote with no speaker: the line signs
// the whole entry (a recommendation, then a remark or a list of the sharer's own, then `from 杨文`), so it
// names that blockquote's speaker. Right after the blockquote it is read by the scan already (scan.ts).
import { fromLineName } from "./blockquote";
import type { RawQuote } from "./raw";
import { captionsLink } from "./link-caption";
import { answersQuestion } from "./shared-answer";

/** Gives the one unattributed blockquote of each section signed by a closing `from Name` line its name. */
export function signedSections(lines: readonly string[], start: number, headingLines: readonly number[], quotes: readonly RawQuote[]): void {
	// Sections as 1-based lines: from after each heading (or the body's start) to the line before the next.
	let from = start + 1;
	let q = 0;
	for (const h of headingLines) {
		if (h > from) q = signSection(lines, from, h - 1, quotes, q);
		from = h + 1;
	}
	signSection(lines, from, lines.length, quotes, q);
}

/** Signs the section on lines `first..last` (see signedSections); `q` is its first quote's index, the next section's is returned. */
function signSection(lines: readonly string[], first: number, last: number, quotes: readonly RawQuote[], q: number): number {
	let only: RawQuote | null = null;
	let count = 0;
	// A caption under a link (link-caption.ts) is no quote of the entry.
	for (; q < quotes.length && quotes[q].line <= last; q++) {
		if (quotes[q].line >= first && !isCaption(lines, quotes[q])) {
			only = quotes[q];
			count++;
		}
	}
	if (only === null || count !== 1) return q;
	let end = last;
	while (end >= first && lines[end - 1].trim() === "") end--;
	if (end < first || only.kind !== "blockquote" || only.speakerRaw !== null || only.endLine >= end || answersQuestion(lines, only.line)) return q;
	const name = fromLineName(lines[end - 1]);
	if (name !== null) {
		only.speakerRaw = name;
		only.name = name;
	}
	return q;
}

function isCaption(lines: readonly string[], quote: RawQuote): boolean {
	return quote.kind === "blockquote" && quote.speakerRaw === null && captionsLink(lines, quote.line);
}
