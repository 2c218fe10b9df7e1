// A scribe's minutes (W3C and its community groups) label turns with lower-case nicks: `gregwhitworth:`,
// `masonfreed:`, or initials `mk:`, `dr:`. The attendee list above writes the people in full (`Greg Whitworth,
// SalesForce`, `Dave_Raggett`); a nick that is one listed name run together, or its initials, is that person.
import type { TurnCandidate } from "./turns";

/** Two or three capitalised words, joined by spaces or IRC's underscores (`Dave_Raggett`). */
const LISTED_NAME = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ _]\p{Lu}[\p{L}\p{M}'’-]+){1,2}/gu;

/** [nick, full name] pairs for the minutes' lower-case labels that one listed name, and only one, spells (call it for scribed turns). */
export function scribedNicks(turns: readonly TurnCandidate[], lines: readonly string[], from: number): Array<[string, string]> {
	// Every lower-case label of the minutes, once one of them is scribed (some turns are one line only).
	const nicks = new Set<string>();
	let first = lines.length;
	for (const t of turns) {
		// An IRC log's nicks (`<Ege>`, `<jthomas>`) are read the same way, in any case.
		if (!/^[a-z]+$/.test(t.label) && !(t.chat === true && /^[A-Za-z]+$/.test(t.label))) continue;
		nicks.add(t.label);
		first = Math.min(first, t.line - 1);
	}
	if (nicks.size === 0) return [];
	// The people the note lists before its minutes begin.
	const listed = new Set<string>();
	for (let i = from; i < first; i++) for (const m of lines[i].matchAll(LISTED_NAME)) listed.add(m[0].replace(/_/g, " "));
	const out: Array<[string, string]> = [];
	for (const nick of nicks) {
		const spelled = [...listed].filter((name) => spells(nick, name));
		if (spelled.length === 1) out.push([nick, spelled[0]]);
	}
	return out;
}

/**
 * Whether `nick` is `name` run together in lower case (`gregwhitworth`), its initials (`dr` for Dave Raggett), its first
 * name (`sebastian`, `Ege`) or its first initial and surname (`jthomas`).
 */
function spells(nick: string, name: string): boolean {
	const key = nick.toLowerCase();
	const words = name.toLowerCase().split(" ");
	return words.join("") === key || (key.length >= 2 && words.map((w) => w.charAt(0)).join("") === key) || (key.length >= 3 && words[0] === key) || (key.length >= 4 && words[0].charAt(0) + words[words.length - 1] === key);
}
