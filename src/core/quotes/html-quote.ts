// `<div class="quote">…</div>`, then `<div class="attribution">Name</div>` on a line of its own: how some blog
// themes (Hakyll's among them) write a pull quote in a note's HTML. The words may share the opening tag's line
// or run over the lines below it up to `</div>`. Also a `<figure>` holding a quotation and its `<cite>`.
import { isNameShaped } from "./names";
import { rawQuote, type RawQuote } from "./raw";

const OPEN = /^[ \t]*<div\s+class=["']quote["']\s*>/i;
/** `<div class="attribution">Name</div>` or `<cite>— Name</cite>` alone on a line: group 1 is up to the name. */
const CREDIT = /^([ \t]*<(?:(div|p|span)\s+class=["']attribution["']|(cite))\s*>\s*(?:[—–―-]\s*)?)([^<>]{0,80}?)\s*<\/(?:\2|\3)>\s*$/i;
const TAG = /<[^<>]{1,200}>/g;
const QUOTE_LINE = /^[ \t]*<q\s[^<>]*\b(?:data-name|data-speaker|class)\s*=/i;
/** How far down the words may run before a `</div>`: a pull quote is a few lines. */
const REACH = 30;

/**
 * The text from column `from` of line `index` up to where `closeAt` finds the closing tag, line by line, and the line
 * it closes on; null when it does not close within REACH lines.
 */
function upToClose(lines: string[], index: number, from: number, closeAt: (rest: string) => number): { parts: string[]; end: number } | null {
	const parts: string[] = [];
	let rest = lines[index].slice(from);
	let end = index;
	for (;;) {
		const at = closeAt(rest);
		if (at >= 0) {
			parts.push(rest.slice(0, at));
			return { parts, end };
		}
		parts.push(rest);
		if (++end >= lines.length || end - index > REACH) return null;
		rest = lines[end];
	}
}

/** Whether line `line` may open such a quote (a cheap test before htmlQuoteAt). */
export function mayOpenHtmlQuote(line: string): boolean {
	return (line.indexOf("class=") >= 0 && OPEN.test(line)) || FIGURE_OPEN.test(line) || BLOCKQUOTE_OPEN.test(line) || COMPONENT_OPEN.test(line);
}

/** `<Quote img="…" caption="Jakob Steinn - Lead Developer at Good Tape">`: an MDX quote component opening a line. */
const COMPONENT_OPEN = /^[ \t]*<((?:[A-Z][\w.]*)?Quote[\w.]*|Testimonial|Blockquote)(\s[^<>]*)?>/;
/** The attribute naming who said it: `author="…"`, `caption="…"`, `cite="…"`, `name="…"`, `by="…"`. */
const COMPONENT_CREDIT = /\b(?:author|caption|cite|name|by|speaker)\s*=\s*(["'])([^"'<>\n]{2,120})\1/;
/** What a caption writes after the name: ` - Lead Developer at Good Tape`, `, CTO`, ` (Acme)`. */
const CAPTION_ROLE = /\s*(?:[,(|]|\s[-–—]\s).*$/;

/** An MDX quote component over its words, up to its closing tag: a quote credited by its attribute (or by nobody). */
function componentQuoteAt(lines: string[], index: number, section: string[]): { quote: RawQuote; last: number } | null {
	const open = COMPONENT_OPEN.exec(lines[index]);
	if (open === null) return null;
	const close = `</${open[1]}>`;
	const body = upToClose(lines, index, open[0].length, (rest) => rest.indexOf(close));
	if (body === null) return null;
	const { parts, end } = body;
	const text = parts.join("\n").replace(TAG, "").replace(/\n[ \t]+/g, "\n").trim();
	if (text.length === 0) return null;
	const credit = COMPONENT_CREDIT.exec(open[2] ?? "");
	const name = credit === null ? "" : credit[2].replace(CAPTION_ROLE, "").trim();
	const named = isNameShaped(name) ? name : null;
	return { quote: rawQuote("blockquote", index + 1, end + 1, text, section, { speakerRaw: named, name: named, target: null, qualifier: null, timestamp: null, cite: [] }), last: end };
}

/** `<blockquote>` or `<blockquote class="english-blockquote">` opening a line. */
const BLOCKQUOTE_OPEN = /^[ \t]*<blockquote(?:\s[^<>]*)?>/i;
/** `<footer class="english-footer">Annie Dillard</footer>` or `<cite>Annie Dillard</cite>` inside the blockquote. */
// Also after a tilde, the name a link to what they wrote (`<cite>~ <a href="…">Seth Godin</a></cite>`).
const FOOTER = /<(footer|cite)(?:\s[^<>]*)?>\s*(?:[—–―~-]\s*)?(?:<a\s[^<>]*>\s*)?([^<>]{1,200}?)\s*(?:<\/a>\s*)?<\/\1>/i;
/** `<footer>` then `<strong>Name</strong>` (or `<b>`) as its first element, over one line or several. */
const FOOTER_STRONG = /<footer(?:\s[^<>]*)?>\s*<(strong|b)(?:\s[^<>]*)?>\s*(?:[—–―-]\s*)?([^<>]{1,200}?)\s*<\/\1>/i;
/** `Hynkel - Dictator of Tomania`: a role after a spaced dash. */
const ROLE_AFTER_DASH = /\s+[-–—]\s.*$/;
/** What a credit writes after the name: `, in Praise of Shadow`, `، در ستایش سایه`, ` (https://…)`. */
const AFTER_NAME = /\s*(?:[,،、]|\s\().*$/u;

/**
 * `<blockquote class="english-blockquote">How we spend our days…` then `<footer>Annie Dillard</footer></blockquote>`:
 * HTML's own credit inside the blockquote, on the same line or the lines below. Null without one (other readers
 * take a plain `<blockquote>` line).
 */
function footerQuoteAt(lines: string[], index: number, section: string[]): { quote: RawQuote; last: number } | null {
	const parts: string[] = [];
	for (let end = index; end < lines.length && end - index <= REACH; end++) {
		parts.push(lines[end]);
		if (lines[end].toLowerCase().indexOf("</blockquote>") < 0) continue;
		const html = parts.join("\n");
		// `<footer><strong>Rocky Balboa (Sylvester Stallone)</strong><cite>Rocky Balboa (2006)</cite></footer>`: the
		// name in bold inside the footer, the work in its cite.
		const strong = FOOTER_STRONG.exec(html);
		const credit = strong ?? FOOTER.exec(html);
		if (credit === null) return null;
		const text = html.slice(0, credit.index).replace(TAG, "").trim();
		const name = credit[2].replace(AFTER_NAME, "").replace(ROLE_AFTER_DASH, "").trim();
		if (text.length === 0 || !isNameShaped(name)) return null;
		return { quote: rawQuote("blockquote", index + 1, end + 1, text, section, { speakerRaw: name, name, target: null, qualifier: null, timestamp: null, cite: [] }), last: end };
	}
	return null;
}

/**
 * `<figure class="quote">`, the words as a Markdown blockquote (or `<blockquote>`), then `<cite>Ben Thompson (6:02 in)</cite>`
 * or a `<figcaption>` before `</figure>`: HTML's own markup for a quotation and its source.
 */
const FIGURE_OPEN = /^[ \t]*<figure(?:\s[^<>]*)?>[ \t]*$/i;
const FIGURE_CLOSE = /^[ \t]*<\/figure>[ \t]*$/i;
const FIGURE_CREDIT = /^[ \t]*<(cite|figcaption)(?:\s[^<>]*)?>\s*(?:[—–―-]\s*)?([^<>]{1,200}?)\s*<\/\1>[ \t]*$/i;
const MARKDOWN_QUOTE = /^[ \t]{0,3}>[ \t]?/;

function figureQuoteAt(lines: string[], index: number, section: string[]): { quote: RawQuote; last: number } | null {
	const parts: string[] = [];
	let credit: string | null = null;
	let quoted = false;
	for (let end = index + 1; end < lines.length && end - index <= REACH; end++) {
		const line = lines[end];
		if (FIGURE_CLOSE.test(line)) {
			const text = parts.join("\n").replace(TAG, "").trim();
			// Only a quotation with its source: a figure of an image and its caption is none.
			if (!quoted || credit === null || text.length === 0) return null;
			// `Ben Thompson ([6:02 in](…))`: the name before the moment in brackets.
			const name = credit.replace(/\s*\(.*$/, "").trim();
			const named = isNameShaped(name) ? name : null;
			return { quote: rawQuote("blockquote", index + 1, end + 1, text, section, { speakerRaw: named, name: named, target: null, qualifier: null, timestamp: null, cite: [] }), last: end };
		}
		const c = FIGURE_CREDIT.exec(line);
		if (c !== null) credit = c[2];
		else if (MARKDOWN_QUOTE.test(line)) {
			quoted = true;
			parts.push(line.replace(MARKDOWN_QUOTE, ""));
		} else {
			if (/<blockquote/i.test(line)) quoted = true;
			parts.push(line);
		}
	}
	return null;
}

/** The quote opened on line `index` (0-based) and the last line the scan should pass over (its attribution's); or null. */
export function htmlQuoteAt(lines: string[], index: number, section: string[]): { quote: RawQuote; last: number } | null {
	if (FIGURE_OPEN.test(lines[index])) return figureQuoteAt(lines, index, section);
	if (BLOCKQUOTE_OPEN.test(lines[index])) return footerQuoteAt(lines, index, section);
	if (COMPONENT_OPEN.test(lines[index])) return componentQuoteAt(lines, index, section);
	const open = OPEN.exec(lines[index]);
	if (open === null) return null;
	const body = upToClose(lines, index, open[0].length, (rest) => rest.toLowerCase().indexOf("</div>"));
	if (body === null) return null;
	const { parts, end } = body;
	// A quote board's `<q class="matt">` lines name each speaker: read as turns (quoteLineAt), not as one quote.
	if (parts.some((part) => QUOTE_LINE.test(part))) return null;
	const text = parts.join("\n").replace(TAG, "").trim();
	if (text.length === 0) return null;
	const credit = htmlCredit(lines[end + 1] ?? "");
	const named = credit !== null && isNameShaped(credit.name) ? credit.name : null;
	const last = named !== null ? end + 1 : end;
	// The quote's lines are its words'; the attribution line is taken (skipped by the scan) but not part of it.
	const quote = rawQuote("blockquote", index + 1, end + 1, text, section, { speakerRaw: named, name: named, target: null, qualifier: null, timestamp: null, cite: [] });
	return { quote, last };
}

/** The attribution line below a pull quote: the name as written and where it stands in the line; or null. */
export function htmlCredit(line: string): { name: string; start: number; end: number } | null {
	const m = CREDIT.exec(line);
	if (m === null) return null;
	const start = m[1].length;
	return { name: m[4].trim(), start, end: start + m[4].length };
}
