// A heading that names a person in the possessive (`## Jerry Seinfeld's Writing System`, `### Tim's
// Philosophy:`) names whose words its section quotes (issue 13, decision 43). Such a heading also writes
// that full name in the note, so a short label (`**Tim:**`) can resolve to it.
import { isPlausibleName } from "./context";
import { isShowWord } from "./subject";

/** A name of one to three capitalised words, then `'s` or `’s`, then words. */
const POSSESSIVE_HEAD = /^(\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,2})['’]s\s+\S/u;


/** The person a heading's text names in the possessive, or null (`## The Company's Growth` names nobody). */
export function possessiveHeadingName(text: string): string | null {
	const m = POSSESSIVE_HEAD.exec(text.trim().replace(/^(\*\*|__)(.*)\1$/, "$2"));
	if (m === null || !isPlausibleName(m[1])) return null;
	// `## Lenny's Podcast: …`: a show named for its host heads an episode's section, not the host's words.
	const next = /^[\p{L}\p{M}]+/u.exec(m.input.slice(m[0].length - 1));
	return next !== null && isShowWord(next[0]) ? null : m[1];
}

const HEADING_LINE = /^\s{0,3}#{1,6}\s+(.*)$/;

/** Full names (two words or more) the note's headings write in the possessive, from line `from` on. */
export function possessiveHeadingFullNames(lines: readonly string[], from: number): string[] {
	const out: string[] = [];
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if (line.indexOf("#") < 0 || (line.indexOf("'") < 0 && line.indexOf("’") < 0)) continue;
		const m = HEADING_LINE.exec(line);
		const name = m !== null ? possessiveHeadingName(m[1]) : null;
		if (name !== null && /\S\s+\S/.test(name) && !out.includes(name)) out.push(name);
	}
	return out;
}
