// A paragraph that is wholly a quotation: `"Every craft is a conversation…"` under a lead-in naming the
// guest, or `“…” — Maya Chen` with an attribution after the closing mark. A paragraph that merely starts
// with a quoted term (`"Quiet quitting" is a term…`) is prose: the text after its closing mark is no
// attribution.
import { listAttribution } from "./attribution";
import { firstNonSpace } from "../util/lines";
import { openingQuotation, rawQuote, type RawQuote } from "./raw";

/** The quote in paragraph lines `first..last` (0-based, inclusive), or null. */
export function paragraphQuoteAt(lines: string[], first: number, last: number, section: string[], dashes: string, underLeadIn: boolean): RawQuote | null {
	const firstLine = lines[first];
	const start = firstNonSpace(firstLine);
	const opening = openingQuotation(firstLine, start);
	if (opening === null) return null;
	const { wrap, emphasis: w, open, closers } = opening;
	// The last closing mark, within the attribution's reach of the end.
	const lastLine = lines[last];
	const min = Math.max(first === last ? open + 1 : 0, lastLine.length - 300);
	let close = -1;
	for (let k = lastLine.length - 1; k >= min; k--) {
		if (closers.indexOf(lastLine.charAt(k)) >= 0) {
			close = k;
			break;
		}
	}
	if (close < 0) return null;
	let after = close + 1;
	if (wrap > 0 && lastLine.slice(after, after + wrap) === w.repeat(wrap)) after += wrap;
	const attribution = listAttribution(lastLine, after, lastLine.length, dashes);
	if (attribution === null || (attribution.speakerRaw === null && !underLeadIn)) return null;
	const text = (first === last ? firstLine.slice(open, close + 1) : [firstLine.slice(open), ...lines.slice(first + 1, last), lastLine.slice(0, close + 1)].join("\n")).trim();
	if (text.length < 3) return null;
	return rawQuote("paragraph", first + 1, last + 1, text, section, attribution);
}
