// The start of a long quote, for a list row that shows its first lines: laying out and painting text no one
// sees was most of a new row's cost (decision 55). The cut keeps the Markdown whole: no emphasis, code span,
// link or highlight is left open by it.

/** Source characters a row draws of a longer quote when its width is unknown (as in tests). */
export const EXCERPT_CHARS = 360;
/**
 * Pixels a character of prose takes at least, at the UI's small font size (about 6 on average at 13 px): a
 * row's width divided by it is more than one line holds.
 */
const CHAR_PX = 4.5;

/**
 * The characters that more than fill `lines` lines of a row `width` pixels wide (EXCERPT_CHARS when 0), in
 * steps of 60: a scroll bar coming and going does not draw the rows again.
 */
export function excerptChars(width: number, lines = 3): number {
	return width > 0 ? Math.max(120, Math.ceil((lines * width) / CHAR_PX / 60) * 60) : EXCERPT_CHARS;
}

/** Paired inline markers: the cut goes before an opening one whose closing one falls after the cut. */
const PAIRED = ["**", "__", "==", "~~", "`", "$"];

/** The last place in `head` a construct opened and not closed in it, or -1. */
function lastUnclosed(head: string): number {
	let at = -1;
	for (const marker of PAIRED) {
		let count = 0;
		let last = -1;
		for (let i = head.indexOf(marker); i >= 0; i = head.indexOf(marker, i + marker.length)) {
			count++;
			last = i;
		}
		if (count % 2 === 1) at = Math.max(at, last);
	}
	// Single `*` emphasis: the stars left once `**` pairs are set aside.
	const single = head.replace(/\*\*/g, "  ");
	const stars = single.split("*").length - 1;
	if (stars % 2 === 1) at = Math.max(at, single.lastIndexOf("*"));
	// Links: `[[…]]`, `[…](…)`, and a footnote or link label `[…]`.
	const openWiki = head.lastIndexOf("[[");
	if (openWiki > head.lastIndexOf("]]")) at = Math.max(at, head[openWiki - 1] === "!" ? openWiki - 1 : openWiki);
	const openBracket = head.lastIndexOf("[");
	if (openBracket > head.lastIndexOf("]")) at = Math.max(at, head[openBracket - 1] === "!" ? openBracket - 1 : openBracket);
	const openTarget = head.lastIndexOf("](");
	if (openTarget >= 0 && head.indexOf(")", openTarget) < 0) at = Math.max(at, head.lastIndexOf("[", openTarget));
	const openTag = head.lastIndexOf("<");
	if (openTag > head.lastIndexOf(">")) at = Math.max(at, openTag);
	return at;
}

/**
 * `text` when it is at most `max` characters; else its start up to a space at or before `max`, cut before
 * any inline construct the cut would leave open, then "…". The whole text when no such cut leaves a third of
 * `max` (a long link or code span at the start).
 */
export function quoteExcerpt(text: string, max = EXCERPT_CHARS): { text: string; cut: boolean } {
	if (text.length <= max) return { text, cut: false };
	let end = max;
	for (let guard = 0; guard < 16; guard++) {
		const space = text.slice(0, end + 1).search(/\s\S*$/);
		if (space < 0) break;
		const head = text.slice(0, space).trimEnd();
		const open = lastUnclosed(head);
		if (open < 0) return head.length >= max / 3 ? { text: `${head}…`, cut: true } : { text, cut: false };
		end = open;
	}
	return { text, cut: false };
}
