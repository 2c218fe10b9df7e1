// Highlights of a reading export (Readwise: `- “…” ([View Highlight](https://read.readwise.io/…))`). The
// export keeps what its reader highlighted as quoted words, so such an item is a quote even when it names
// nobody (decision 39), as is a sentence copied with its book's page (`"…" pg 10`); other quoted list items still
// need a speaker to count (list.ts).
import type { Quote } from "../types";
import { hasWord, speaksOf } from "./subject";

/** A book's page as peelTail keeps it (`pg 10`, `p. 28`). */
const PAGE = /^(?:pg|pp?|page)\.?[ \t]?\d/i;

/** Whether a cite is a book's page: a passage copied with it is a quote whoever wrote it, as a highlight is. */
export function isPageCite(cite: readonly string[]): boolean {
	return cite.some((c) => PAGE.test(c));
}

/** A cite link an export writes after each highlight: `[View Highlight](…)`, or any link into Readwise. */
export function isHighlightCite(cite: readonly string[]): boolean {
	for (const link of cite) {
		const close = link.indexOf("](");
		if (close < 0) continue;
		const shown = link.slice(1, close).trim().toLowerCase();
		const address = link.slice(close + 2, -1).toLowerCase();
		if (shown === "view highlight" || /^https?:\/\/(?:read\.)?readwise\.io\//.test(address)) return true;
	}
	return false;
}

/**
 * The one speaker of an export: when every highlight that names its speaker names the same person and a
 * title of the note names them too (`… | Jocko Podcast #260` with `– Jocko Willink` on its highlights), a
 * highlight that names nobody is theirs, marked `context`. `titlesOf` gives the note's titles, or null
 * when one presents two people in conversation (either may have said it); it is asked only when needed.
 */
export function exportSpeaker(quotes: readonly Quote[], titlesOf: () => readonly string[] | null): void {
	const open: Quote[] = [];
	let speaker: string | null = null;
	for (const q of quotes) {
		if (q.kind !== "list" || !isHighlightCite(q.cite)) continue;
		if (q.speaker === null && q.speakerRaw === null) open.push(q);
		else if (q.speaker !== null && q.inferred === null) {
			if (speaker !== null && speaker !== q.speaker) return;
			speaker = q.speaker;
		}
	}
	if (open.length === 0 || speaker === null) return;
	const one = speaker;
	const titles = titlesOf();
	if (titles === null) return;
	const named = one.split(/\s+/).some((word) => word.length > 2 && titles.some((t) => hasWord(t, word)));
	if (!named) return;
	for (const q of open) {
		if (speaksOf(q.text, one)) continue;
		q.speaker = one;
		q.inferred = "context";
	}
}
