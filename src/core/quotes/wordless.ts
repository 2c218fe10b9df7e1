// Quote-shaped lines that hold no words anybody said (issue 13, decision 43): a blockquote that is only a
// bracketed placeholder (`> [95% editing quote]`, a slot the note-taker never filled) and a turn label with
// no words after it (`**Application:**` over a list of the note-taker's bullets); a script template's turns of
// bracketed directions (`**NARRATOR:**` over `[Opening hook …]`).
import type { TurnCandidate } from "./turns";

/** `[…]` alone, not a link (`[x](url)`, `[[Note]]`) and not a dialogue label followed by words. */
const BRACKETED = /^\[[^[\]]{1,120}\]$/;

/**
 * Whether a blockquote of one line (`content`, its marker removed) is one bracketed phrase: a placeholder,
 * not a quote. `> [Tom Abel]` followed by his paragraphs has more lines and is a dialogue.
 */
export function isPlaceholderQuote(content: string): boolean {
	const t = content.trim();
	// `> "[Exact quote from historical figure or source]"`: the slot set in quotation marks, as a template writes it.
	return BRACKETED.test(t) || QUOTED_SLOT.test(t);
}

const QUOTED_SLOT = /^["“]\[[^[\]]{1,120}\]["”]$/;
/** `— [Attribution], [Date/Context]`: a signature line made only of slots. */
const SLOT_SIGNATURE = /^(?:--|[-–—―])\s*\[[^[\]]{1,60}\](?:,\s*\[[^[\]]{1,60}\])*$/;

/** Whether a blockquote's signature line is only slots (`— [Attribution], [Date/Context]`). */
export function isPlaceholderSignature(content: string): boolean {
	return SLOT_SIGNATURE.test(content.trim());
}

/**
 * Whether every line of a turn's words is one bracketed instruction (`**NARRATOR:**` over `[Opening hook - use
 * the most compelling fact]`): a script template's directions, no one's words. A short `[laughs]` stays a turn.
 */
function onlyInstructions(t: TurnCandidate, lines: readonly string[]): boolean {
	let instruction = false;
	for (let i = t.line - 1; i < t.endLine; i++) {
		const text = (i === t.line - 1 ? lines[i].slice(t.textStart) : lines[i]).trim();
		if (text.length === 0) continue;
		if (text.charAt(0) !== "[" || text.charAt(text.length - 1) !== "]" || text.startsWith("[[") || text.indexOf("](") >= 0) return false;
		if (text.split(/\s+/).length >= 3) instruction = true;
	}
	return instruction;
}

/** Whether a turn holds words: a label alone on its line, nothing under it, quotes nobody. */
export function turnHasWords(t: TurnCandidate, lines: readonly string[]): boolean {
	return t.endLine > t.line || lines[t.line - 1].slice(t.textStart).trim().length > 0;
}

/** A name or a title alone (`René Descartes`, `Hamlet`, `Franklin D. Roosevelt (1933)`), nothing said. */
const KEY_ANSWER = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the|de|von|van|da|and|&)){0,5}(?:[ \t]+\([^()\n]{1,80}\))?[ \t]*$/u;

/**
 * Whether an answer's turn (`**Answer:** René Descartes` under a quiz's question) only names someone or something: an
 * answer key, no one speaking. Only the word spelt out counts, not a voice's initial (`A: Hello`).
 */
export function isAnswerKey(t: TurnCandidate, lines: readonly string[]): boolean {
	if (t.label !== "A" || t.spelt !== true || t.endLine !== t.line) return false;
	return KEY_ANSWER.test(lines[t.line - 1].slice(t.textStart).trim());
}

/** `5/5`, `4.5 / 5`, `★★★★☆`, `10/10`: a score alone. */
const RATING = /^(?:\d{1,2}(?:[.,]\d)?[ \t]*\/[ \t]*(?:5|10|100)|[★☆⭐]{1,10})$/u;

/**
 * Whether a turn's words are only a score (`Chava Shapiro` over `5/5` on a scraped page of reviews): a review card's
 * rating under its reviewer's name, no one speaking.
 */
export function isRatingOnly(t: TurnCandidate, lines: readonly string[]): boolean {
	// A score is a line or two at most: a transcript's long turns are never joined to find out.
	if (t.endLine - t.line > 2) return false;
	const words = [lines[t.line - 1].slice(t.textStart), ...lines.slice(t.line, t.endLine)].join(" ").trim();
	return words.length > 0 && words.length <= 12 && RATING.test(words);
}

/**
 * The turns that are a script template's directions: those holding only bracketed instructions, where they are at
 * least half of their label's turns (`**NARRATOR:**` over `[Opening hook …]` again and again). A transcript's speaker
 * whose one turn is `[I think so.]` (words the transcriber was unsure of) keeps it.
 */
export function directionTurns(turns: readonly TurnCandidate[], lines: readonly string[]): Set<TurnCandidate> {
	const out = new Set<TurnCandidate>();
	const byLabel = new Map<string, TurnCandidate[]>();
	for (const t of turns) {
		const list = byLabel.get(t.label);
		if (list === undefined) byLabel.set(t.label, [t]);
		else list.push(t);
	}
	for (const list of byLabel.values()) {
		const directions = list.filter((t) => onlyInstructions(t, lines));
		if (directions.length >= 2 && directions.length * 2 >= list.length) for (const t of directions) out.add(t);
	}
	return out;
}
