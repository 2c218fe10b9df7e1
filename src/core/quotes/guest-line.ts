// `Guest(s): Daniel LaReya`, `**Guest:** Sandy Dun, SPLX`, `Interviewee: Dirichlet`, a talk's `**Speaker:** …`:
// a note whose frontmatter names no guest may name its guest on a line of its text, and a digest of several
// episodes names each episode's above its quotes.
import { isPlausibleName } from "./context";
import { wikilinksShown } from "./subject";

/** A guest line, written plain or in bold, as a list item or not, and what it says after the colon. */
const GUEST_LINE = /^\s*(?:[-*+]\s+)?[*_]*(?:guests?|guest\(s\)|speaker|presenter|keynote speaker|gast|gäste|invit[ée]e?s?|invitad[oa]s?|convidad[oa]s?|interviewee|befragte[rn]?|entrevistad[oa]|intervistat[oa]|嘉宾|嘉賓)[*_]*\s*[:：]+[*_]*\s*(.*)$/i;

/** Where the name stops: a role or an outlet after a comma, a bracket, a middle dot, `from`, a dash. */
const AFTER_NAME = /\s*(?:[,，;(（·]|\s(?:from|of|at|von|de|di)\s|\s[-–—|]\s).*$/;

/** A field's value as shown (links as their text, quotation marks and emphasis dropped), and the name it opens with. */
export function fieldValue(value: string): { shown: string; name: string } {
	const shown = wikilinksShown(value).replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/["“”*_]/g, "").trim();
	return { shown, name: shown.replace(AFTER_NAME, "").trim() };
}

export interface GuestLine {
	/** 0-based line. */
	index: number;
	/** The one person the line names, or null (none, or several: `Ana & Tom`). */
	name: string | null;
}

/** The guest lines of `lines` from 0-based `start`, in order. */
export function guestLines(lines: readonly string[], start: number): GuestLine[] {
	const out: GuestLine[] = [];
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		// Most lines open with none of the keys' first letters, a list marker or emphasis: the pattern is spared.
		if (!/^\s*[-*+_GgIiCcBbEeSs嘉]/.test(line)) continue;
		const m = GUEST_LINE.exec(line);
		if (m !== null) out.push({ index: i, name: guestName(m[1]) });
	}
	return out;
}

/** The one person a guest line's value names. */
function guestName(value: string): string | null {
	const { name: named } = fieldValue(value);
	if (/[&+、]|\sand\s|\sund\s|\set\s|\sy\s|\se\s/.test(named)) return null;
	// `HG Atma Tattva Dasa` (His Grace), `Dr. Amen`: a title before the name is no part of it.
	const name = named.trim().replace(/^(?:HG|HH|Dr\.?|Prof\.?|Rev\.?)\s+/, "");
	return name !== "" && isPlausibleName(name) ? name : null;
}

/** The person the nearest guest line above 0-based `index` names (null when it names none or several). */
export function guestAbove(found: readonly GuestLine[], index: number): string | null {
	let name: string | null = null;
	for (const g of found) {
		if (g.index >= index) break;
		name = g.name;
	}
	return name;
}
