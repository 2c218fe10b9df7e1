// A pull quote as articles and newsletters set it: one or more paragraphs wholly in quotation marks (or wholly
// in bold or italics), then a line of its own that is a dash and the speaker (`– PM Lee Hsien Loong on 3 Apr`,
// `— Bob Hines, Astronaut, NASA's Johnson Space Center`). A blockquote signed so is read in blockquote.ts.
import { firstNonSpace } from "../util/lines";
import { speakerSpec, type SpeakerSpec } from "./attribution";
import { rawQuote, type RawQuote } from "./raw";
import { ANSWER_WORDS, QUESTION_WORDS } from "./turns";

interface HeadingLine {
	level: number;
	text: string;
	/** 1-based. */
	line: number;
}

/**
 * A dash opening a signature line, then the name: `– `, `— `, `―`, `~ `, `-- ` (a dash typed as two hyphens) and
 * `\- ` (a dash escaped so it starts no list); a no-break space may follow the dash (`―\u00a0Ralph Waldo Emerson`,
 * as pasted from quotation sites).
 */
const SIGNATURE = /^[ \t]{0,3}(?:[–—―~]|\\-|--(?!-))[ \t\u00a0]*(\S.{0,250})$/;
/**
 * `**― Dave Jackson, School of Podcasting**`, `**- Niel J. Guilarte**`, `__--- Douglas Adams__`: a signature set in bold
 * or italics, where hyphens open it too (no list starts inside emphasis). Its name is group 2.
 */
export const EMPHASISED_SIGNATURE = /^[ \t]{0,3}(\*\*|__|\*|_)[ \t]*(?:[–—―~]|-{1,3})[ \t\u00a0]*([^*_\s][^*_]{0,250}?)[ \t]*\1[ \t]*$/;
/** A name in emphasis opening a line (`***Henry Cohn*** while speaking…`, `*Mathias Kreck*, Obergurgl`): what may sign a saying on a quotes page. */
const EMPHASISED_NAME = /^[ \t]{0,3}(\*{1,3}|_{1,3})[^*_\s][^*_]{0,80}?\1(?=[\s,.;:]|$)/;
/** A list item that is only the name (`- Harry Truman`): a signature only right under a line wholly in quotation marks. */
const ITEM_SIGNATURE = /^-[ \t]+(\S.{0,80})$/;
const OPENING = "\"“„«「『";
const CLOSING = "\"”»」』";
/** Emphasis marks around a whole line (`**_"…"_**`), and the stray dash some sites leave before the signature. */
const WRAPPED = /^(\*\*\*|\*\*|__|\*|_)(?:\*\*|__|\*|_)?(.+?)(?:\*\*|__|\*|_)?\1$/;
const TRAILING_DASH = /[ \t]+[-–—][ \t]*$/;

/**
 * The signed paragraphs above each candidate signature line (0-based indexes the scan saw open with a dash),
 * as paragraph quotes with the speaker written. `taken` says whether a 1-based line already belongs to a quote.
 */
export function signedParagraphsAt(
	lines: string[],
	signatures: readonly number[],
	headings: readonly HeadingLine[],
	taken: (line: number) => boolean,
	declared: (section: readonly string[]) => boolean = () => false,
): RawQuote[] {
	const out: RawQuote[] = [];
	// A book of answers (`-- **Alex**` under each, dozens of times): each signature signs all it closes, not only a quotation.
	const signs = new Set(signatures.filter((i) => ANSWER_SIGNATURE.test(lines[i])));
	const answers = signs.size >= MIN_SIGNED_ANSWERS;
	for (const i of signatures) {
		const item = lines[i].charAt(0) === "-" ? ITEM_SIGNATURE.exec(lines[i].trimEnd()) : null;
		if (item !== null) {
			// `"Whenever I make a bum decision…"` then `- Harry Truman`, maybe the writer's own words below it.
			const spec = i > 0 && isQuotedLine(lines[i - 1]) && !taken(i) && !taken(i + 1) ? speakerSpec(item[1].replace(/\.$/, ""), false) : null;
			if (spec !== null) out.push(rawQuote("paragraph", i, i, lines[i - 1].trim(), sectionAt(headings, i), { speakerRaw: spec.raw, name: spec.name, target: spec.target, qualifier: spec.qualifier, timestamp: null, cite: [] }));
			continue;
		}
		// The signature ends its paragraph.
		if (i + 1 < lines.length && firstNonSpace(lines[i + 1]) < lines[i + 1].length) continue;
		const m = SIGNATURE.exec(lines[i]) ?? EMPHASISED_SIGNATURE.exec(lines[i]);
		const name = m === null ? null : (m[2] ?? m[1]);
		// `***Henry Cohn*** while speaking at a Summer School…` right under the saying, on a page of quotes: the
		// name in emphasis opens the line, where it was said may follow.
		const named = m === null && declared(sectionAt(headings, i + 1)) ? EMPHASISED_NAME.exec(lines[i]) : null;
		const spec = named !== null ? speakerSpec(named[0].trim(), false) : name === null ? null : (speakerSpec(name, false) ?? beforeComma(name));
		if (spec === null || taken(i + 1)) continue;
		// `- Stay hungry, stay foolish.` then `  — Steve Jobs` inside the item: the signature signs its list item.
		const signedItem = signedItemAbove(lines, i, taken);
		if (signedItem !== null) {
			out.push(rawQuote("list", signedItem.first + 1, signedItem.last + 1, signedItem.text, sectionAt(headings, signedItem.first + 1), { speakerRaw: spec.raw, name: spec.name, target: spec.target, qualifier: spec.qualifier, timestamp: null, cite: [] }));
			continue;
		}
		let first = -1;
		let last = -1;
		for (let k = i - 1; k >= 0; k--) {
			const line = lines[k];
			if (firstNonSpace(line) === line.length) {
				if (last >= 0 && k > 0 && firstNonSpace(lines[k - 1]) === lines[k - 1].length) break;
				continue;
			}
			if (taken(k + 1)) break;
			if (isPullQuoteLine(line)) {
				first = k;
				if (last < 0) last = k;
				continue;
			}
			// `“If you find yourself asking…` over three lines to `…scared to death.”`: a paragraph quoted as a whole.
			let top = k;
			while (top > 0 && firstNonSpace(lines[top - 1]) < lines[top - 1].length && !taken(top)) top--;
			// `# Favorite Quotes`: right under a heading that says its paragraphs are quotes, the plain one right above
			// its signature (often in the same paragraph, after a `\` line break) is one.
			if (first < 0 && isPlainParagraph(lines, top, k) && declared(sectionAt(headings, k + 1))) {
				first = top;
				last = k;
				break;
			}
			if (top === k || !isPullQuoteBlock(lines[top], line)) break;
			first = top;
			if (last < 0) last = k;
			k = top;
		}
		if (first < 0 && answers && signs.has(i)) {
			const answer = answerAbove(lines, i, signs, taken);
			if (answer !== null) out.push(rawQuote("paragraph", answer.first + 1, answer.last + 1, answer.text, sectionAt(headings, answer.first + 1), { speakerRaw: spec.raw, name: spec.name, target: spec.target, qualifier: spec.qualifier, timestamp: null, cite: [] }));
			continue;
		}
		if (first < 0) continue;
		const text = lines.slice(first, last + 1).join("\n").replace(TRAILING_DASH, "").replace(HARD_BREAK, "").trim();
		out.push(rawQuote("paragraph", first + 1, last + 1, text, sectionAt(headings, first + 1), { speakerRaw: spec.raw, name: spec.name, target: spec.target, qualifier: spec.qualifier, timestamp: null, cite: [] }));
	}
	return out;
}

/** `-- **Alex**`, `— Alex`: a dash, then a name of one to four words (maybe in bold), alone on its line. */
const ANSWER_SIGNATURE = /^(?:--|[—–―])[ \t\u00a0]*(?:\*\*|__)?[\p{Lu}\p{Ll}][\p{L}\p{M}'’.-]*(?:[ \t][\p{L}\p{M}'’.-]+){0,3}(?:\*\*|__)?[ \t]*$/u;
/** How many such signatures make a note a book of answers rather than a page with a signed quotation or two. */
const MIN_SIGNED_ANSWERS = 5;
/** What ends an answer going up: a heading, a blockquote (an editor's summary), a thematic break. */
const ANSWER_BOUNDARY = /^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|>|(?:[-*_][ \t]*){3,}$)/;
/** `**Q:** …`, `<a name="…">#</a> **Q:** …`: a question, which no answer below reaches over. */
const QUESTION_LINE = new RegExp(String.raw`^[ \t]*(?:<a\b[^>]*>[^<]*<\/a>[ \t]*)?(?:\*\*|__)?(?:Q|${QUESTION_WORDS})[ \t]*[:：]`, "i");
/** `**A:** `, `Réponse : `: an answer's own label (the words turns.ts reads as `A:`), where the answer starts. */
const ANSWER_LABEL = new RegExp(String.raw`^[ \t]*(?:\*\*|__)?(?:A|R|${ANSWER_WORDS})[ \t\u00a0]*[:：][ \t]*(?:\*\*|__)?[ \t]*`, "i");
/** An image alone on its line: no words of the answer. */
const IMAGE_LINE = /^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$/;

/** The answer signature `i` closes: every line above it up to a heading, a blockquote, a break or the signature before. */
function answerAbove(lines: readonly string[], i: number, signs: ReadonlySet<number>, taken: (line: number) => boolean): { first: number; last: number; text: string } | null {
	let first = -1;
	let last = -1;
	let label = 0;
	for (let k = i - 1; k >= 0; k--) {
		const line = lines[k];
		if (signs.has(k) || ANSWER_BOUNDARY.test(line) || QUESTION_LINE.test(line) || taken(k + 1)) break;
		if (firstNonSpace(line) === line.length || IMAGE_LINE.test(line)) continue;
		first = k;
		if (last < 0) last = k;
		// `**A:** Yes - the debugger works…`: the answer starts at its label, the question above is the asker's.
		const answer = ANSWER_LABEL.exec(line);
		if (answer !== null) {
			label = answer[0].length;
			break;
		}
	}
	if (first < 0) return null;
	const text = [lines[first].slice(label), ...lines.slice(first + 1, last + 1)].filter((l) => !IMAGE_LINE.test(l)).join("\n").replace(/\n{3,}/g, "\n\n").trim();
	return text.length > 0 ? { first, last, text } : null;
}

/** A list item's marker and the space after it: `- `, `* `, `+ `, `1. `. */
const ITEM_MARKER = /^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)/;
/** How a sentence or a verse ends: a stop, a closing quotation mark, a danda (`।`, `॥`). */
const SENTENCE_END = /[.!?…。"”»’।॥]$/u;

/**
 * The list item that the signature line `i` (0-based) closes, as its lines and text: the signature inside the item,
 * right below its lines or after one blank line and indented under it. The item is a sentence (four words or more,
 * ending as one) or wholly quoted, never a book list's title (`- Deep Work` then `  — Cal Newport`).
 */
function signedItemAbove(lines: readonly string[], i: number, taken: (line: number) => boolean): { first: number; last: number; text: string } | null {
	let k = i - 1;
	const blank = k >= 0 && firstNonSpace(lines[k]) === lines[k].length;
	if (blank) k--;
	if (k < 0 || firstNonSpace(lines[k]) === lines[k].length) return null;
	const last = k;
	for (; k >= 0 && k >= last - 6; k--) {
		const line = lines[k];
		if (firstNonSpace(line) === line.length || taken(k + 1)) return null;
		const marker = ITEM_MARKER.exec(line);
		if (marker === null) {
			if (firstNonSpace(line) === 0 || NOT_PROSE.test(line)) return null;
			continue;
		}
		// After a blank line only a signature indented past the marker is still inside the item.
		if (blank && firstNonSpace(lines[i]) <= marker[1].length) return null;
		const text = [line.slice(marker[0].length), ...lines.slice(k + 1, last + 1)].map((l) => l.trim().replace(HARD_BREAK, "").trimEnd()).join("\n").replace(TRAILING_DASH, "").trim();
		const words = text.split(/\s+/).length;
		if (!isQuotedLine(text.replace(/\n/g, " ")) && !(words >= 4 && SENTENCE_END.test(text))) return null;
		return { first: k, last, text };
	}
	return null;
}

/** A backslash ending a line: Markdown's line break before the signature. */
const HARD_BREAK = /\\$/;
/** What opens a line that is not prose of a paragraph: a heading, a blockquote, a list item, a table, a fence, markup. */
const NOT_PROSE = /^\s*(?:#|>|[-*+][ \t]|\d{1,3}[.)][ \t]|\||```|~~~|<|!\[|\[\[)/;

/** Lines `top`..`bottom` (0-based): a paragraph of prose, a sentence or more long. */
function isPlainParagraph(lines: readonly string[], top: number, bottom: number): boolean {
	let length = 0;
	for (let k = top; k <= bottom; k++) {
		if (NOT_PROSE.test(lines[k]) || lines[k].indexOf("::") >= 0) return false;
		length += lines[k].trim().length;
	}
	return length >= 12 && length <= 1200;
}

/** `Noelia González, escritora y editora científica sénior de la NASA en español, ADNET Systems, …`: a name, then a long role. */
// `Noam Chomsky. As quoted in "Captain Fantastic" (2016).`: a sentence about the source may follow the name instead.
function beforeComma(text: string): SpeakerSpec | null {
	let comma = text.indexOf(",");
	const stop = text.indexOf(". ");
	if (comma < 0 || (stop > 0 && stop < comma)) comma = stop;
	const spec = comma > 0 ? speakerSpec(text.slice(0, comma), false) : null;
	return spec === null || spec.qualifier !== null ? spec : { ...spec, qualifier: text.slice(comma + 1).trim() };
}

/** A line wholly in quotation marks, or wholly in emphasis and long enough to be a sentence. */
function isPullQuoteLine(line: string): boolean {
	let t = line.replace(TRAILING_DASH, "").trim();
	const wrapped = WRAPPED.exec(t);
	if (wrapped !== null) t = wrapped[2].trim();
	if (t.length < 2) return false;
	// `“…”.`: a full stop may follow the closing mark.
	const end = /[.,;!?。]$/.test(t) ? t.length - 2 : t.length - 1;
	if (OPENING.indexOf(t.charAt(0)) >= 0 && CLOSING.indexOf(t.charAt(end)) >= 0) return true;
	return wrapped !== null && t.length >= 40 && /[.!?。]$/.test(t);
}

/** A line wholly in quotation marks, no emphasis around them (`"Whenever I make a bum decision…"`). */
function isQuotedLine(line: string): boolean {
	const t = line.trim();
	return t.length > 2 && isPullQuoteBlock(t, t);
}

/** Whether a paragraph's first line opens a quotation and its last line closes it. */
function isPullQuoteBlock(firstLine: string, lastLine: string): boolean {
	const top = firstLine.trim();
	const bottom = lastLine.replace(TRAILING_DASH, "").trim();
	const end = /[.,;!?。]$/.test(bottom) ? bottom.length - 2 : bottom.length - 1;
	return OPENING.indexOf(top.charAt(0)) >= 0 && CLOSING.indexOf(bottom.charAt(end)) >= 0;
}

/** The texts of the headings a 1-based line stands under, outermost first. */
function sectionAt(headings: readonly HeadingLine[], line: number): string[] {
	const stack: HeadingLine[] = [];
	for (const h of headings) {
		if (h.line > line) break;
		while (stack.length > 0 && stack[stack.length - 1].level >= h.level) stack.pop();
		stack.push(h);
	}
	return stack.map((h) => h.text);
}
