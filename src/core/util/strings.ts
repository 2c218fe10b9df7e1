// String helpers. Strings that outlive the note they were cut from: V8 stores a substring of 13 characters or
// more as a view into the string it was cut from, so keeping one (in an index, a cache) keeps the whole note text.

/** Shorter substrings are copied by V8 itself. */
const MIN_SLICE = 13;

/** `text` as a string of its own, no longer a view into a longer one (costs a copy of `text` only). */
export function ownString(text: string): string {
	// The concatenation is flattened into a new string before the slice, so the result refers to that
	// copy (one character longer), not to the string `text` was cut from. (A TextEncoder round trip would
	// also store ASCII cuts of a two-byte note in one byte a character, but costs ten times as much.)
	return text.length < MIN_SLICE ? text : (" " + text).slice(1);
}

/**
 * `text.indexOf(word)`, found by looking for `word.slice(from)` first: a search goes from its first character,
 * and a rare one (the `q` of `podcast-quotes`, the `:` of `obsidian://podnotes?`) reads a long note faster.
 */
export function indexOfByPart(text: string, word: string, from: number): number {
	const part = word.slice(from);
	const head = word.slice(0, from);
	if (part.length === 0) return text.indexOf(word);
	for (let at = text.indexOf(part, from); at >= 0; at = text.indexOf(part, at + 1)) {
		if (text.startsWith(head, at - from)) return at - from;
	}
	return -1;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** Letters and digits of `text`, one space between words: `"Fighting, Fitness | #260"` → `Fighting Fitness 260`. */
export function wordsOf(text: string): string {
	// The runs of letters and digits joined once, not a string grown a character at a time.
	return (text.match(WORD_RUN) ?? []).join(" ");
}

/**
 * Every match of the global pattern `re` in `text`, as `text.matchAll(re)` gives them from the start. matchAll
 * works on a copy of the pattern, and after a pause (two full collections) the copy is compiled again: about
 * 1 ms for a pattern with Unicode classes, in an edit's re-index (decision 74). This uses `re` itself.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m !== null; m = re.exec(text)) {
		out.push(m);
		// An empty match moves on by one character (a pair of surrogates in a Unicode pattern), as matchAll does.
		if (m[0] === "") re.lastIndex += re.unicode && isSurrogatePair(text, re.lastIndex) ? 2 : 1;
	}
	return out;
}

function isSurrogatePair(text: string, at: number): boolean {
	const c = text.charCodeAt(at);
	return c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
}

/** `"Lex Fridman Podcast"`, `'…'`, `“Aaron Peikert”` → the words inside: quotation marks around a value are not part of it. */
export function unquoted(value: string): string {
	const first = value.charAt(0);
	const last = value.charAt(value.length - 1);
	const paired = ((first === '"' || first === "'") && last === first) || (first === "“" && last === "”");
	return value.length >= 2 && paired ? value.slice(1, -1).trim() : value;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", hellip: "…" };

/** `&amp;`, `&#8217;`: HTML entities (an embed code's, a table cell's) as the characters they stand for. */
export function decodeEntities(html: string): string {
	return html.replace(/&(#x?[0-9a-f]{1,6}|[a-z]{2,6});/gi, (all: string, e: string) => {
		if (e.charAt(0) !== "#") return ENTITIES[e.toLowerCase()] ?? all;
		const code = e.charAt(1).toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
		return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
	});
}

/** CJK characters (kana, Han, Hangul): a sentence in them has no spaces to count its words by. */
const CJK_CHARS = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** How many CJK characters `text` holds. */
export function cjkCount(text: string): number {
	return text.match(CJK_CHARS)?.length ?? 0;
}
