// Quote-shaped lines that hold no words anybody said (issue 13, decision 43): a blockquote that is only a
// bracketed placeholder (`> [95% editing quote]`, a slot the note-taker never filled) and a turn label with
// no words after it (`**Application:**` over a list of the note-taker's bullets).
import type { TurnCandidate } from "./turns";

/** `[…]` alone, not a link (`[x](url)`, `[[Note]]`) and not a dialogue label followed by words. */
const BRACKETED = /^\[[^[\]]{1,120}\]$/;

/**
 * Whether a blockquote of one line (`content`, its marker removed) is one bracketed phrase: a placeholder,
 * not a quote. `> [Tom Abel]` followed by his paragraphs has more lines and is a dialogue.
 */
export function isPlaceholderQuote(content: string): boolean {
	return BRACKETED.test(content.trim());
}

/** Whether a turn holds words: a label alone on its line, nothing under it, quotes nobody. */
export function turnHasWords(t: TurnCandidate, lines: readonly string[]): boolean {
	return t.endLine > t.line || lines[t.line - 1].slice(t.textStart).trim().length > 0;
}
