// `<div class="quote">…</div>`, then `<div class="attribution">Name</div>` on a line of its own: how some blog
// themes (Hakyll's among them) write a pull quote in a note's HTML. The words may share the opening tag's line
// or run over the lines below it up to `</div>`.
import { isNameShaped } from "./names";
import { rawQuote, type RawQuote } from "./raw";

const OPEN = /^[ \t]*<div\s+class=["']quote["']\s*>/i;
const ATTRIBUTION = /^[ \t]*<(div|p|span)\s+class=["']attribution["']\s*>\s*(?:[—–-]\s*)?([^<>]{1,80}?)\s*<\/\1>\s*$/i;
const CITE = /^[ \t]*<cite>\s*(?:[—–-]\s*)?([^<>]{1,80}?)\s*<\/cite>\s*$/i;
const TAG = /<[^<>]{1,200}>/g;
/** How far down the words may run before a `</div>`: a pull quote is a few lines. */
const REACH = 30;

/** Whether line `line` may open such a quote (a cheap test before htmlQuoteAt). */
export function mayOpenHtmlQuote(line: string): boolean {
	return line.indexOf("class=") >= 0 && OPEN.test(line);
}

/** The quote opened on line `index` (0-based) and the last line the scan should pass over (its attribution's); or null. */
export function htmlQuoteAt(lines: string[], index: number, section: string[]): { quote: RawQuote; last: number } | null {
	const open = OPEN.exec(lines[index]);
	if (open === null) return null;
	const parts: string[] = [];
	let rest = lines[index].slice(open[0].length);
	let end = index;
	for (;;) {
		const close = rest.toLowerCase().indexOf("</div>");
		if (close >= 0) {
			parts.push(rest.slice(0, close));
			break;
		}
		parts.push(rest);
		if (++end >= lines.length || end - index > REACH) return null;
		rest = lines[end];
	}
	const text = parts.join("\n").replace(TAG, "").trim();
	if (text.length === 0) return null;
	const next = lines[end + 1] ?? "";
	const credit = ATTRIBUTION.exec(next) ?? CITE.exec(next);
	const name = credit === null ? null : credit[credit.length - 1].trim();
	const named = name !== null && isNameShaped(name) ? name : null;
	const last = named !== null ? end + 1 : end;
	// The quote's lines are its words'; the attribution line is taken (skipped by the scan) but not part of it.
	const quote = rawQuote("blockquote", index + 1, end + 1, text, section, { speakerRaw: named, name: named, target: null, qualifier: null, timestamp: null, cite: [] });
	return { quote, last };
}
