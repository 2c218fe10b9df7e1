// Line splitting shared by every parser: one split of the whole text, any mix of line endings.

/** Lines of `text` without their endings; `\r\n`, `\n` and lone `\r` all end a line. */
export function splitLines(text: string): string[] {
	if (text.indexOf("\r") < 0) return text.split("\n");
	return text.split(/\r\n?|\n/);
}

/** Text without a leading byte-order mark. */
export function stripBom(text: string): string {
	return text.startsWith("\ufeff") ? text.slice(1) : text;
}

/** Index of the first character that is not a space or tab at or after `from` (line length when none). */
export function firstNonSpace(line: string, from = 0): number {
	let p = from;
	while (line[p] === " " || line[p] === "\t") p++;
	return p;
}
