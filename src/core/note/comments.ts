// What Obsidian leaves out of a line's tags: `%% … %%` comments (inline, or open across lines) and inline code
// (decision 24). `%%` inside inline code opens no comment; inside a comment backticks mean nothing. Fenced code
// blocks are the scanner's own business.

export interface ShownLine {
	/** The line without its comments, each inline code span overwritten by `x`s. */
	text: string;
	/** A comment is still open at the end of the line. */
	open: boolean;
}

/**
 * `line` as its tags are read: comments removed (`open`: the line starts inside a comment opened on an earlier
 * line), code spans overwritten by `x`s, not spaces, so `` `a`#b `` is no tag, as the site's reader decides.
 */
export function shownLine(line: string, open: boolean): ShownLine {
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
				text += line.slice(from, i) + "x".repeat(end - i);
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
