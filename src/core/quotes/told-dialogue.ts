// A story told with its dialogue: `O velho índio disse:` / `“…”` / `o avô continuou:` / `“…”` / `“…”` /
// `perguntou: “E qual deles vence?”`. A reader sees each quoted paragraph as a character's words even when
// nobody in the story has a name. One quoted paragraph under a lead-in that names nobody is most often
// hypothetical speech (`These people always say:` then `"…"`), so it takes three or more in a row, with
// nothing between two of them but a lead-in paragraph ending in `:` (decision 29).
import type { Quote } from "../types";

/** How many quoted paragraphs in a row make a told dialogue. */
const RUN = 3;

/**
 * The unattributed paragraph quotes of `quotes` (in line order) that stand in a told dialogue; `lines` are
 * the note's lines.
 */
export function toldDialogue(quotes: readonly Quote[], lines: readonly string[]): Set<Quote> {
	const kept = new Set<Quote>();
	let run: Quote[] = [];
	const close = () => {
		if (run.length >= RUN) for (const q of run) if (q.speaker === null) kept.add(q);
		run = [];
	};
	// A quoted paragraph whose speaker is named (`And Maya Chen answered:`) is one of the story's lines too.
	for (const q of quotes) {
		if (q.kind !== "paragraph") {
			close();
			continue;
		}
		const last = run.length > 0 ? run[run.length - 1] : null;
		if (last !== null && !onlyLeadInBetween(lines, last.endLine, q.line)) close();
		run.push(q);
	}
	close();
	return kept;
}

/**
 * Whether the lines strictly between 1-based lines `after` and `before` are blank, or one paragraph whose
 * last line ends in `:` (`O jovem continuou olhando, surpreso, e o avô continuou:`).
 */
function onlyLeadInBetween(lines: readonly string[], after: number, before: number): boolean {
	let paragraphs = 0;
	let last = "";
	let blank = true;
	for (let k = after; k < before - 1; k++) {
		const line = lines[k].trim();
		if (line === "") {
			blank = true;
			continue;
		}
		if (blank) paragraphs++;
		blank = false;
		last = line;
	}
	return paragraphs === 0 || (paragraphs === 1 && /[:：]$/.test(last));
}
