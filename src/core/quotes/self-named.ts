// `B: [00:01:55] Ja. Mein Name ist Fabian Krampe.`: a research interview's letter labels (`I:`, `B:`, `R:`)
// stand for whoever introduces themselves in their own turn. The letter is a role's (Befragter,
// Respondent), so it need not be the name's initial. A first name (`Ben: … I'm Ben Gilbert.`) stands for
// the full name it opens, even where the note also writes another Ben.
import { isPlausibleName } from "./context";
import type { TurnCandidate } from "./turns";

/** "My name is" in the languages of the corpus's transcripts (Swedish `Jag heter`, Norwegian and Danish `Jeg heter`/`hedder`) (Chinese `我叫 Nadiem Makarim` too), then a full name of two or three words. */
const SELF_INTRO = /(?:(?:\b[Mm]y name is|\bI['’]m|\bI am|\b[Mm]ein Name ist|\b[Ii]ch hei(?:ße|sse)|\b[Mm]ijn naam is|\b[Jj]e m['’]appelle|\b[Mm]e llamo|\b[Mm]i nombre es|\b[Mm]eu nome é|\b[Mm]i chiamo|\b[Jj]ag heter|\b[Jj]eg heter|\b[Jj]eg hedder|\b[Mm]itt namn är|\b[Mm]itt navn er|\b[Mm]it navn er)\s+|(?:我叫|我是|我的名字是)\s*)(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2})(?![\p{L}\p{M}])/u;

/** `My full name is Bereket Engida`: the full name of a voice known by a short one. */
const FULL_NAME_INTRO = /\b[Mm]y full name is\s+(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2})(?![\p{L}\p{M}])/u;

/** `Sam Curren Here.`, `Drummond Reed from Avast checking in`: how a chat's members say who they are. */
const NAME_HERE = /(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){1,2})[ \t]+(?:[Hh]ere\b|from[ \t]+\p{Lu})/u;

/** A letter alone as a label. */
const LETTER = /^\p{Lu}$/u;

/** A first name alone as a label. */
const FIRST_NAME = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/** A role written where a name would be (`**Host:**`), whose holder may introduce themselves in its turns. */
const ROLE = /^(?:host|interviewer|moderator|presenter)$/i;
/** `Dr`, `Prof.` before the name a role's holder introduces ("Hi, I'm Dr Paulin Kantue."). */
const TITLE_BEFORE = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+/;

/**
 * [label, full name] for each letter, first-name or role label whose own turns introduce exactly one person (for a
 * first name, one it opens; for a role, a full name), whom no other label's do.
 */
export function selfNamedLabels(turns: readonly TurnCandidate[], lines: readonly string[]): Array<[string, string]> {
	const named = new Map<string, Set<string>>();
	for (const t of turns) {
		const role = ROLE.test(t.label);
		const letter = role || LETTER.test(t.label);
		// A chat's display name (`TelegramSam`, `drummondreed`) stands for the full name its owner gives, when it spells part of it.
		const handle = t.chat === true && !/\s/.test(t.label);
		if (handle) {
			for (let i = t.line - 1; i < t.endLine && i < lines.length; i++) {
				const m = SELF_INTRO.exec(lines[i]) ?? NAME_HERE.exec(lines[i]);
				if (m !== null && !insideQuotation(lines[i], m.index) && spellsPart(t.label, m[1])) (named.get(t.label) ?? named.set(t.label, new Set()).get(t.label)!).add(m[1]);
			}
			continue;
		}
		if (!letter && !FIRST_NAME.test(t.label)) continue;
		for (let i = t.line - 1; i < t.endLine && i < lines.length; i++) {
			// A first name introduces itself only on a line that writes it: most lines are spared the pattern.
			if (!letter && lines[i].indexOf(t.label) < 0) continue;
			// `I'm Beka. My full name is Bereket Engida.`: a short name's own turn gives the full one it stands for.
			const full = letter ? null : FULL_NAME_INTRO.exec(lines[i]);
			const m = full ?? SELF_INTRO.exec(lines[i]);
			// `B: An email came. "My name is Olen Long…"`: a letter read out introduces its writer, not the voice.
			if (m === null || insideQuotation(lines[i], m.index)) continue;
			if (!letter && full === null && !m[1].startsWith(t.label + " ")) continue;
			const name = role ? m[1].replace(TITLE_BEFORE, "") : m[1];
			if (role && !(/\S\s+\S/.test(name) && isPlausibleName(name))) continue;
			const names = named.get(t.label) ?? new Set<string>();
			named.set(t.label, names);
			names.add(name);
		}
	}
	const out: Array<[string, string]> = [];
	for (const [label, names] of named) {
		if (names.size !== 1) continue;
		const [name] = names;
		if ([...named].some(([other, theirs]) => other !== label && theirs.has(name))) continue;
		out.push([label, name]);
	}
	return out;
}

/**
 * Whether position `at` of `line` falls inside a quotation opened before it on the line (`she said, "Coach Jason says
 * I'm in.`: someone's words reporting a third person).
 */
export function insideQuotation(line: string, at: number): boolean {
	const before = line.slice(0, at);
	const count = (mark: string) => before.split(mark).length - 1;
	if (count('"') % 2 === 1) return true;
	// German opens with „ and closes with “, English opens with “ and closes with ”.
	return before.indexOf("„") >= 0 ? count("„") > count("“") : count("“") > count("”");
}


/** Whether the handle holds the name's first or last word (`TelegramSam` and Sam Curren, `swcurran` and Stephen Curran). */
function spellsPart(handle: string, name: string): boolean {
	const key = handle.toLowerCase();
	const words = name.toLowerCase().split(/\s+/);
	return [words[0], words[words.length - 1]].some((w) => w.length >= 3 && key.includes(w));
}
