// List-item quotes: the item's text is in quotation marks and an attribution follows
// (`- “…” – Jocko Willink ([View Highlight](…))`, `- **“…”** ***Jane McGonigal***`).
// Without quotation marks an item is never a quote, however many dashes it has. Without an attribution
// it is a quote only under a heading that says so ("Notable Quotes"): then `- **On Trust**: "…"` counts
// too, with no speaker (lexnotes #419 names Sam Altman only in the title, and we do not guess from titles).
import { listAttribution } from "./attribution";
import { openingQuotation, rawQuote, type RawQuote } from "./raw";

const LABEL = /\*\*[^*]{1,80}\*\*[ \t]*[:：][ \t]*|\*\*[^*]{1,80}[:：]\*\*[ \t]*/y;
const TASK = /\[[ xX]\][ \t]+/y;

/** The quote in a list item whose text starts at `p`, or null. */
export function listQuoteAt(
	line: string,
	p: number,
	index: number,
	section: string[],
	quoteSection: boolean,
	dashes: string,
): RawQuote | null {
	let q = p;
	// Most items are plain text: the regexes run only where their first character is.
	if (line[q] === "[") {
		TASK.lastIndex = q;
		if (TASK.test(line)) q = TASK.lastIndex;
	}
	if (line[q] === "*") {
		LABEL.lastIndex = q;
		if (LABEL.test(line)) q = LABEL.lastIndex;
	}
	const opening = openingQuotation(line, q);
	if (opening === null) return null;
	const { wrap, emphasis: w, open, closers } = opening;
	// The last closing mark on the line: one backward read from the end (the attribution after it is
	// short), not a backward search per mark (String.prototype.lastIndexOf is a slow call in V8).
	let close = line.length - 1;
	while (close > open && !closers.includes(line[close])) close--;
	if (close <= open) return null;
	let after = close + 1;
	if (wrap > 0 && line.slice(after, after + wrap) === w.repeat(wrap)) after += wrap;
	const attribution = listAttribution(line, after, line.length, dashes);
	if (attribution === null) return null;
	// Without an attribution, outside a quotes section, only an item wholly in quotation marks is kept, and
	// only when a speaker is found for it (a lead-in or the note's subject: note/index.ts).
	const bare = attribution.speakerRaw === null && !quoteSection;
	if (bare && (q !== p || after < line.length)) return null;
	const text = line.slice(open, close + 1);
	if (text.length < 3) return null;
	const quote = rawQuote("list", index + 1, index + 1, text, section, attribution);
	if (bare) quote.needsSpeaker = true;
	return quote;
}
