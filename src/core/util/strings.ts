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
