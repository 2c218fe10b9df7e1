// Text folding for search: case, diacritics and punctuation must not decide whether a quote is found.

const COMBINING_MARKS = /\p{M}/gu;
/** Anything that is not a letter or digit (in any script) separates words. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;
// eslint-disable-next-line no-control-regex -- the ASCII range is exactly what we test for
const ASCII = /^[\u0000-\u007f]*$/;
/** Letters that do not decompose under NFD but that people type without the mark. */
const LIGATURES: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ł: "l", ı: "i", þ: "th" };
const LIGATURE_RE = /[ßæœøđłıþ]/g;

/**
 * Lower-cases, strips diacritics (`Žižek` → `zizek`), and turns every run of punctuation,
 * Markdown markers and whitespace into one space. The result has a leading and trailing space
 * so callers can test word starts with `" " + token`.
 */
export function foldText(text: string): string {
	let s = text.toLowerCase();
	if (ASCII.test(s)) {
		s = s.replace(ASCII_SEPARATORS, " ");
	} else {
		s = s.normalize("NFD").replace(COMBINING_MARKS, "").replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c).replace(SEPARATORS, " ");
	}
	return " " + s.trim() + " ";
}

/** The words of a typed query, folded like the text they are matched against. */
export function queryTokens(query: string): string[] {
	const folded = foldText(query).trim();
	return folded === "" ? [] : folded.split(" ");
}
