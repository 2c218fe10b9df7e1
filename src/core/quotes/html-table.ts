// A transcript laid out as an HTML table: one `<tr>` per turn, the speaker in its first `<td>`, the words in the
// second (`<tr><td>Bandit</td><td class="fr">Tu y es presque.</td></tr>`, as a site's episode pages keep them).
// Read only where names recur in the first column, as a cast's do: a table of terms and glosses has no such column.
import { rawQuote, type RawQuote } from "./raw";
import { decodeEntities } from "../util/strings";
import { isPlaceholderLabel } from "./turns";

/** `<table>` opening a line. */
const TABLE_OPEN = /^[ \t]*<table(?:\s[^<>]*)?>/i;
const TABLE_CLOSE = /<\/table>/i;
/** A cell's opening and closing tags. */
const CELL = /<td(?:\s[^<>]*)?>|<\/td>|<\/?tr(?:\s[^<>]*)?>/gi;
/** `[Bandit]`: a voice heard off-screen (narration, a title card), still that person's. */
const OFF_SCREEN = /^\[([^[\]]{1,40})\]$/;
/** Rows a table needs, and turns each of two names needs, to be a transcript. */
const MIN_ROWS = 4;

interface Cell {
	text: string;
	first: number;
	last: number;
}

/** A cell's words: line breaks for `<br>`, no tags, entities decoded, spaces tidied. */
function cellText(html: string): string {
	return decodeEntities(html.replace(/<br\s*\/?>/gi, "\n").replace(/<[^<>]*>/g, ""))
		.split("\n")
		.map((part) => part.trim())
		.filter((part) => part.length > 0)
		.join("\n");
}

/** The rows of the table opening on line `i` (0-based): each row's cells, and the table's last line. */
function tableRows(lines: readonly string[], i: number): { rows: Cell[][]; last: number } {
	const rows: Cell[][] = [];
	let row: Cell[] | null = null;
	let cell: { parts: string[]; first: number } | null = null;
	let k = i;
	for (; k < lines.length; k++) {
		const line = lines[k];
		let at = 0;
		CELL.lastIndex = 0;
		for (let m = CELL.exec(line); m !== null; m = CELL.exec(line)) {
			if (cell !== null) cell.parts.push(line.slice(at, m.index));
			const tag = m[0].toLowerCase();
			if (tag.startsWith("<tr")) row = [];
			else if (tag === "</tr>") {
				if (row !== null) rows.push(row);
				row = null;
			} else if (tag.startsWith("<td")) cell = { parts: [], first: k };
			else if (cell !== null) {
				row?.push({ text: cellText(cell.parts.join("\n")), first: cell.first, last: k });
				cell = null;
			}
			at = m.index + m[0].length;
		}
		if (cell !== null) cell.parts.push(line.slice(at));
		if (k > i && TABLE_CLOSE.test(line)) break;
		// A blank line after a cell left open (`<td>words` and nothing closes it) ends it there.
		if (cell !== null && line.trim() === "" && cell.parts.join("").trim() !== "") {
			row?.push({ text: cellText(cell.parts.join("\n")), first: cell.first, last: k - 1 });
			cell = null;
		}
	}
	if (cell !== null && row !== null) row.push({ text: cellText(cell.parts.join("\n")), first: cell.first, last: Math.min(k, lines.length - 1) });
	if (row !== null && row.length > 0) rows.push(row);
	return { rows, last: Math.min(k, lines.length - 1) };
}

/** A speaker cell's name (`Bandit`, `[Bandit]` off-screen), or null when it is no short label. */
function cellName(text: string): string | null {
	if (text.length === 0 || text.length > 40 || text.indexOf("\n") >= 0) return null;
	const off = OFF_SCREEN.exec(text);
	const name = off === null ? text : off[1].trim();
	return /^\p{Lu}/u.test(name) && !/[.!?:;]$/.test(name) ? name : null;
}

/**
 * The turns of an HTML table transcript opening on line `i` (0-based), with the table's last line; or null when the
 * table is not one. A row with no name continues the speaker before it.
 */
export function htmlTableTurnsAt(lines: readonly string[], i: number, section: string[]): { quotes: RawQuote[]; last: number } | null {
	if (!TABLE_OPEN.test(lines[i])) return null;
	const { rows, last } = tableRows(lines, i);
	// `<th>Position</th><th>POC</th>`: a table whose header names its columns is a table of data.
	for (let k = i; k <= last; k++) if (/<th[\s>]/i.test(lines[k])) return null;
	const pairs = rows.filter((row) => row.length === 2);
	if (pairs.length < MIN_ROWS || pairs.length * 2 < rows.length) return null;
	const counts = new Map<string, number>();
	for (const [who] of pairs) {
		const name = cellName(who.text);
		if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	const recurring = [...counts.values()].filter((n) => n >= 2).length;
	const named = [...counts.values()].reduce((a, b) => a + b, 0);
	if (recurring < 2 || named * 2 < pairs.length) return null;
	const quotes: RawQuote[] = [];
	let previous: string | null = null;
	for (const [who, words] of pairs) {
		if (words.text.length === 0) continue;
		const name: string | null = who.text.length === 0 ? previous : cellName(who.text);
		if (name === null) continue;
		previous = name;
		quotes.push(rawQuote("turn", who.first + 1, words.last + 1, words.text, section, { speakerRaw: name, name: isPlaceholderLabel(name) ? null : name, target: null, qualifier: null, timestamp: null, cite: [] }));
	}
	return quotes.length === 0 ? null : { quotes, last };
}
