// Line splitting shared by every parser: one split of the whole text, any mix of line endings.

/** Lines of `text` without their endings; `\r\n`, `\n` and lone `\r` all end a line. */
export function splitLines(text: string): string[] {
	if (text.indexOf("\r") < 0) return text.split("\n");
	return text.split(/\r\n?|\n/);
}

/** A site template's tag alone on its line: `{% include person.html id="holik" %}`, `{{< speaker name="Ada" >}}`. */
export const TEMPLATE_TAG = /^\{[{%][<%-]?\s*([^{}]{1,300}?)\s*-?[%>]?[%}]\}[ \t]*$/;

/** Whether the line is a site template's tag alone (`{{< iquestion >}}`): markup around words, none of them. */
export function isTemplateTag(line: string): boolean {
	const p = firstNonSpace(line);
	return line[p] === "{" && TEMPLATE_TAG.test(line.slice(p));
}

/** Text without a leading byte-order mark. */
export function stripBom(text: string): string {
	return text.startsWith("\ufeff") ? text.slice(1) : text;
}

/** Columns the blanks before `p` take (a tab goes to the next multiple of four). */
export function indentColumns(line: string, p: number): number {
	let columns = 0;
	for (let k = 0; k < p; k++) columns = line[k] === "\t" ? columns + 4 - (columns % 4) : columns + 1;
	return columns;
}

/** Index of the first character that is not a space or tab at or after `from` (line length when none). */
export function firstNonSpace(line: string, from = 0): number {
	let p = from;
	while (line[p] === " " || line[p] === "\t") p++;
	return p;
}

/** Whether `line` holds a colon (`:` or the full-width `：`) at or after `from`: what every label pattern needs. */
export function hasColon(line: string, from = 0): boolean {
	return line.indexOf(":", from) >= 0 || line.indexOf("：", from) >= 0;
}

/** Whether `text` ends in a colon (`:` or `：`), blanks after it allowed: a lead-in's end. */
export function endsWithColon(text: string): boolean {
	const t = text.trimEnd();
	const last = t.charAt(t.length - 1);
	return last === ":" || last === "：";
}

/**
 * The marker (three or more backticks or tildes) of the fenced code block `line` opens, or null. A backtick
 * fence's info string holds no backtick (```` ```a``` ```` is inline code), as in CommonMark.
 */
export function fenceOpening(line: string): string | null {
	const m = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line);
	if (m === null) return null;
	if (m[1][0] === "`" && line.indexOf("`", m[0].length) >= 0) return null;
	return m[1];
}

/** Whether `line` closes the block `fence` opened: the same character at least as many times, and nothing else. */
export function closesFence(line: string, fence: string): boolean {
	const m = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
	return m !== null && m[1][0] === fence[0] && m[1].length >= fence.length;
}

/** `- > “…”` (Logseq writes every block as a bullet): where the `>` of a list item holding a blockquote stands, or -1. */
export function bulletQuoteAt(line: string, p: number): number {
	const c = line[p];
	if ((c !== "-" && c !== "*" && c !== "+") || line[p + 1] !== " ") return -1;
	const q = firstNonSpace(line, p + 1);
	return line[q] === ">" ? q : -1;
}
