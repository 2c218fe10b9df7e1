// The one person a note's prose says speaks (decision 22): a blog post about an episode whose title names
// only the show (`Pivot: 9/16/2025`) but whose text says "…, Scott Galloway predicts." and "Scott Galloway
// says you should…" and quotes the episode in plain blockquotes. When exactly one person is written in
// full as the subject of a speech verb in the note's prose, that person takes the unattributed quotes
// the note's title would give its subject (decision 10), with the same guards (note/index.ts).
import { isPlausibleName } from "./context";
import { nameOfRun } from "../speakers/prose";
import { allMatches } from "../util/strings";
import { withoutNicknames } from "./names";
import { insideQuotation } from "./self-named";

const VERBS =
	"says|said|predicts|predicted|argues|argued|explains|explained|notes|noted|adds|added|recalls|recalled|" +
	"observes|observed|remarks|remarked|answers|answered|replies|replied|tells|told|warns|warned|insists|insisted|" +
	"suggests|suggested|believes|believed|thinks|claims|claimed|jokes|joked|admits|admitted|asks|asked|" +
	"sagt|meint|erklärt|erzählt|berichtet|dit|explique|dice|explica|afirma|diz|zegt";
/**
 * Two or three capitalised words right before a speech verb: `Scott Galloway predicts`, `Ada M. Brook said`; or
 * with where they work between in German (`Lisa Ditrich von Scoops erzählt`). English `of` is left out: `Rabbi
 * Nechemiah of Dubrovna told` is a name and its town, one story among a page's many.
 */
const NAME_VERB = new RegExp(String.raw`(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})\s+(?:(?:von|bei)\s+\p{Lu}[\p{L}\p{M}'’.&-]*\s+)?(?:also\s+|then\s+|later\s+)?(?:${VERBS})\b`, "gu");
/** A speech verb after a space: every NAME_VERB match holds one, and most prose lines none (a cheap test first). */
const SPACE_VERB = new RegExp(String.raw`\s(?:${VERBS})\b`, "u");

/**
 * The one person written in full as the subject of a speech verb in the note's prose (paragraph lines,
 * not headings, blockquotes, list items, tables or code), or null when nobody is, or several people are.
 */
export function proseSpeaker(lines: readonly string[], from: number): string | null {
	let found: string | null = null;
	let fence = false;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i].trimStart();
		if (line.startsWith("```") || line.startsWith("~~~")) fence = !fence;
		if (fence || line.length === 0) continue;
		const c = line[0];
		if (c === "#" || c === ">" || c === "|" || c === "-" || c === "*" || c === "+" || c === "<") continue;
		if (!SPACE_VERB.test(line)) continue;
		for (const m of allMatches(NAME_VERB, line)) {
			const name = nameOfRun(m[1].split(/\s+/));
			if (name === null || !isPlausibleName(name) || insideQuotation(line, m.index)) continue;
			if (found !== null && found !== name) return null;
			found = name;
		}
	}
	return found;
}

/** `Michael Feng, co-founder and CEO of hummingbot, answered a bunch of questions from the community`: who answers a Q&A. */
const ANSWERED_QUESTIONS = /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})(?:,\s[^,.;:!?]{3,60},)?\s+(?:answered|answers|fielded|fields|took|takes)\s+(?:(?:a\s+bunch|a\s+lot|lots|dozens|some|many|all)\s+(?:of\s+)?)?(?:the\s+|your\s+|our\s+)?(?:\w+\s+)?questions\b/u;

/**
 * The one person the prose says answered the questions (an AMA's write-up), read even where a stray label
 * makes a turn: a note's questions and answers are that person's, as decision 22's speaker's are.
 */
export function questionsAnsweredBy(lines: readonly string[], from: number): string | null {
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if (line.indexOf("questions") < 0 || line.trimStart().charAt(0) === "#") continue;
		const m = ANSWERED_QUESTIONS.exec(line);
		const name = m === null ? null : nameOfRun(m[1].split(/\s+/));
		if (name !== null && isPlausibleName(name)) return name;
	}
	return null;
}

/** `My name is Harlan Mapp.`, `Hi, I'm Kyle 'Beef' Bautista, …`: an answer opening with who answers. */
const SELF_INTRODUCED = /(?:^|[.!]\s+|[,!]\s*)(?:[Mm]y name is|[Mm]y name's|I am|I'm|I’m)\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:["'‘“][\p{L}\p{M} -]{1,30}["'’”]\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,3})/u;

/** The full name a turn gives as its speaker's own (`So, yes, I'm Bob Summerwill, recording…`), else null. */
export function selfIntroduction(text: string): string | null {
	const m = SELF_INTRODUCED.exec(text.slice(0, 300));
	return m === null ? null : introducedName(m[1]);
}

/** The plausible name a self-introduction's words give (`Kyle 'Beef' Bautista` → `Kyle Bautista`), else null. */
function introducedName(words: string): string | null {
	const name = nameOfRun(withoutNicknames(words).split(/\s+/));
	return name !== null && isPlausibleName(name) ? name : null;
}

/**
 * An interview's interviewee who gives her full name in the first answer (the words between the first
 * question at 1-based `first` and the next at `next`): `My name is Vicky Hughes`. Null when she does not.
 */
export function selfIntroducedAnswerer(lines: readonly string[], first: number, next: number): string | null {
	for (let i = first; i < Math.min(next - 1, lines.length); i++) {
		const line = lines[i];
		if (line.length === 0 || line.trimStart().charAt(0) === "#") continue;
		const m = SELF_INTRODUCED.exec(line.slice(0, 300));
		if (m === null) continue;
		return introducedName(m[1]);
	}
	return null;
}

/**
 * A role's own words naming who holds it: `Je suis Norbert Lipsyc, nous sommes le 7 septembre 1995`, `Eu sou a
 * Mabê e vou estar te entrevistando`. A bare "I am" takes a full name (`I'm Canadian` names nobody); a naming
 * verb or a Portuguese or Spanish article before the name takes one word too.
 */
const ROLE_SELF_FULL = /(?:^|[.!?,]\s+)(?:I am|I'm|I’m|[Tt]his is|[Jj]e suis|[Ee]u sou|[Ss]oy|[Ii]ch bin|[Ss]ono)\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})/u;
const ROLE_SELF_NAMED = /(?:^|[.!?,]\s+)(?:[Mm]y name is|[Jj]e m['’]appelle|[Mm]e chamo|[Mm]eu nome é|[Mm]e llamo|[Mm]i nombre es|[Ii]ch heiße|[Mm]i chiamo|[Ee]u sou [ao]|[Ss]oy [el]a?)\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})/u;

/** The name a turn's first words give its speaker (see ROLE_SELF_FULL), or null. */
export function selfNamedRole(text: string): string | null {
	const head = text.slice(0, 200);
	const m = ROLE_SELF_NAMED.exec(head) ?? ROLE_SELF_FULL.exec(head);
	if (m === null) return null;
	const words = m[1].split(/\s+/);
	const name = words.length === 1 ? words[0] : nameOfRun(words);
	return name !== null && isPlausibleName(name) ? name : null;
}
