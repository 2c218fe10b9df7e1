// Obsidian's `%% … %%` comments (inline, or open across lines), read one way for the note scanner, the site
// and `podcast-quotes` blocks (decision 24). `%%` inside inline code or a fenced block opens no comment;
// inside a comment backticks and fences mean nothing; an unclosed `%%` hides the rest of the note.
import { closesFence, fenceOpening } from "../util/lines";

export interface ShownLine {
	/** The line without its comments. */
	text: string;
	/** A comment is still open at the end of the line. */
	open: boolean;
}

/**
 * `line` without its comments (`open`: the line starts inside a comment opened on an earlier line). With
 * `maskCode`, each inline code span is overwritten by `x`s, not spaces, so `` `a`#b `` is no tag, as the
 * site's tag reader decides; otherwise code is kept as written.
 */
export function shownLine(line: string, open: boolean, maskCode = false): ShownLine {
	let text = "";
	let from = 0;
	let i = 0;
	while (i < line.length) {
		if (open) {
			const close = line.indexOf("%%", i);
			if (close < 0) return { text, open: true };
			open = false;
			i = close + 2;
			from = i;
		} else if (line[i] === "`") {
			const end = codeEnd(line, i);
			if (end < 0) {
				// No run of as many backticks closes it: plain backticks (skipped whole, so ``` `` ``` is not read as `).
				while (line[i] === "`") i++;
			} else {
				text += line.slice(from, i) + (maskCode ? "x".repeat(end - i) : line.slice(i, end));
				i = end;
				from = i;
			}
		} else if (line[i] === "%" && line[i + 1] === "%") {
			text += line.slice(from, i);
			open = true;
			i += 2;
		} else i++;
	}
	if (!open) text += line.slice(from);
	return { text, open };
}

/** The end (after the closing run) of the code span the backtick run at `at` opens, or -1 when no run of as many backticks closes it. */
function codeEnd(line: string, at: number): number {
	let open = at;
	while (line[open] === "`") open++;
	const run = open - at;
	for (let k = line.indexOf("`", open); k >= 0; k = line.indexOf("`", k)) {
		let end = k;
		while (line[end] === "`") end++;
		if (end - k === run) return end;
		k = end;
	}
	return -1;
}

export interface StrippedText {
	lines: string[];
	/** 0-based indexes of lines that were (partly) inside a comment spanning several lines. */
	hidden: Set<number>;
}

/** `lines` without their comments, fenced code kept as written; the line count is kept so line numbers still match. */
export function stripComments(lines: readonly string[]): StrippedText {
	const out: string[] = [];
	const hidden = new Set<number>();
	let fence: string | null = null;
	let open = false;
	lines.forEach((line, index) => {
		if (fence !== null) {
			if (closesFence(line, fence)) fence = null;
			out.push(line);
			return;
		}
		if (!open) fence = fenceOpening(line);
		if (fence !== null || (!open && !line.includes("%%"))) {
			out.push(line);
			return;
		}
		const shown = shownLine(line, open);
		if (open || shown.open) hidden.add(index);
		open = shown.open;
		out.push(shown.text);
	});
	return { lines: out, hidden };
}
