// `from Name` as the last line of a section whose one quote is a blockquote with no speaker: the line signs
// the whole entry (a recommendation, then a remark or a list of the sharer's own, then `from 杨文`), so it
// names that blockquote's speaker. Right after the blockquote it is read by the scan already (scan.ts).
import { fromLineName } from "./blockquote";
import type { RawQuote } from "./raw";
import { captionsLink } from "./link-caption";
import { answersQuestion } from "./shared-answer";

/** Gives the one unattributed blockquote of each section signed by a closing `from Name` line its name. */
export function signedSections(lines: readonly string[], start: number, headingLines: readonly number[], quotes: readonly RawQuote[]): void {
	// Section bounds as 1-based lines: from after each heading (or the body's start) to the line before the next.
	const bounds: Array<[number, number]> = [];
	let from = start + 1;
	for (const h of headingLines) {
		if (h > from) bounds.push([from, h - 1]);
		from = h + 1;
	}
	bounds.push([from, lines.length]);
	let q = 0;
	for (const [first, last] of bounds) {
		let end = last;
		while (end >= first && lines[end - 1].trim() === "") end--;
		const inside: RawQuote[] = [];
		// A caption under a link (link-caption.ts) is no quote of the entry.
		for (; q < quotes.length && quotes[q].line <= last; q++) if (quotes[q].line >= first && !isCaption(lines, quotes[q])) inside.push(quotes[q]);
		if (end < first || inside.length !== 1) continue;
		const only = inside[0];
		if (only.kind !== "blockquote" || only.speakerRaw !== null || only.endLine >= end || answersQuestion(lines, only.line)) continue;
		const name = fromLineName(lines[end - 1]);
		if (name === null) continue;
		only.speakerRaw = name;
		only.name = name;
	}
}

function isCaption(lines: readonly string[], quote: RawQuote): boolean {
	return quote.kind === "blockquote" && quote.speakerRaw === null && captionsLink(lines, quote.line);
}
