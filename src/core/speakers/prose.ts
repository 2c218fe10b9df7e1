// Full names written in a note's text, for its one-word speakers. Two readings:
// - `namesInText` (a speaker's "note-name"): "Today I'm joined by Paul Ortega" or a `[[Paul Ortega]]` link
//   lets a turn labelled `Paul` become Paul Ortega when nothing else in the note says who Paul is. Kept
//   conservative, since a wrong name renames every turn of a speaker: a run of two or three capitalised
//   words (particles like "von" allowed inside) on one line, separated by spaces only, of mixed case (`AI`
//   is not a name word), after dropping sentence openers and titles ("The", "When", "Dr."). Headings and
//   bold labels at a line's start give nothing; longer runs and runs with a capitalised function word
//   inside ("Future Of Work") are titles; "Podcast" or "Monday" make a run no name.
// - `mentionsOf` (evidence for a person note): every capitalised run after the word, headings included,
//   used only when a person note of exactly that name exists (SpeakerDirectory).
// Code and `%%comments%%` are never read: a comment is never published, so a name only it holds must not
// reach a page through a speaker.
import { basename, isNameShaped, nameKey, nicknamesIn, withoutNicknames } from "../quotes/names";
import { possessiveHeadingFullNames } from "../quotes/possessive-heading";
import { allMatches } from "../util/strings";
import { bump } from "../util/counts";
import { OFFICE_THEN_NAME } from "./offices";

/** Capitalised words that open sentences or stand before a name, never its first word. */
const OPENERS = new Set([
	"The", "A", "An", "This", "That", "These", "Those", "There", "Here", "Then", "Now", "It", "Its", "I",
	"I'm", "I've", "I'd", "We", "He", "She", "They", "You", "My", "Our", "Your", "His", "Her", "Their",
	"And", "But", "Or", "So", "Not", "No", "Yes", "If", "When", "While", "What", "Why", "How", "Who",
	"Where", "Which", "As", "In", "On", "At", "From", "For", "With", "To", "By", "Of", "After", "Before",
	"During", "Since", "Until", "About", "Also", "Today", "Tonight", "Welcome", "Thanks", "Thank", "Please",
	"Let's", "Listen", "Watch", "Read", "Follow", "Subscribe", "Meet", "Meeting", "Introducing", "Dear", "Hi", "Hello", "Hey", "Mr", "Mr.",
	"Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Rev", "Rev.", "Reverend", "Sir", "Dame", "Lord", "Lady",
	"Miss", "Honorable", "Honourable", "Hon", "Hon.", "President", "Senator", "General", "Captain", "Governor", "Mayor", "Judge", "Justice", "Congressman", "Congresswoman", "Councilmember", "Councilman", "Councilwoman", "Commissioner", "Member", "Saint", "St", "St.", "Part", "Chapter", "Episode", "Ep",
	"Season", "Guest", "Guests", "Host", "Hosts", "Speaker", "Speakers", "Source", "See", "Note", "Notes",
	"Interviewer", "Narrator", "Announcer", "Audience", "Caller", "Question", "Answer", "Key", "Main",
	"View", "Both", "All", "Every", "Each", "Some", "Many", "Most", "Der", "Die", "Das", "Ein", "Eine", "Le",
	"La", "Les", "El", "Los", "Il",
	// `En Ludo Waltman, adjunct-directeur…`: "and", "I", "we" in Dutch, German, French and Spanish.
	"En", "Ik", "Wij", "Het", "Een", "Und", "Ich", "Wir", "Et", "Je", "Nous", "Yo",
	// `Toi Bandit, tu lances`: French "you" and "me" before the name they call on.
	"Toi", "Moi", "Tu", "Vous",
	// `Als Christina ihr Blog…`, `Wenn`, `Quand`, `Cuando`: "when" and "as" opening a clause in German, Dutch, French, Spanish.
	"Als", "Wenn", "Wie", "Toen", "Quand", "Comme", "Cuando", "Como",
	// Greetings and thanks in the corpus's other languages (`Bonjour Marion`, `Merci, Marion`).
	"Bonjour", "Bonsoir", "Salut", "Merci", "Hola", "Gracias", "Hallo", "Danke", "Ciao", "Grazie", "Olá", "Oi", "Obrigado", "Obrigada", "Cześć", "Dziękuję",
	// Indonesian and Malay (`Hai Imre, kabar baik`, `Halo Bok`, `Terima kasih`), Vietnamese (`Chào`), Tagalog (`Salamat`).
	"Hai", "Halo", "Terima", "Selamat", "Chào", "Xin", "Salamat",
	// `Bienvenu Adam`, `Willkommen Anna`: welcomes (French writers drop the e).
	"Bienvenu", "Bienvenue", "Willkommen", "Bienvenido", "Bienvenida", "Benvenuto", "Benvenuta", "Welkom",
	// Words that open a clause (`Although Gryffindor had all the kills…`).
	"Although", "Though", "Because", "Like", "Unlike", "Unless", "However", "Whether", "Meanwhile", "Instead", "Otherwise", "Besides", "Perhaps", "Maybe",
	// Sentence adverbs (`Basically Reina and Rumi were…`): the name starts after them.
	"Basically", "Actually", "Honestly", "Obviously", "Apparently", "Finally", "Eventually", "Clearly", "Really", "Personally",
	"Seriously", "Luckily", "Unfortunately", "Fortunately", "Interestingly", "Surprisingly", "Hopefully", "Ultimately", "Essentially",
	"Generally", "Usually", "Originally", "Initially", "Recently", "Currently", "Naturally", "Definitely", "Certainly", "Probably",
	"Suddenly", "Sadly", "Thankfully", "Anyway", "Afterwards",
	// Auxiliaries that open a question (`Does Ellara confront Eduard…?`); not `Are`, `Can`, `Do` or `Will`, which are names too.
	"Does", "Did", "Is", "Was", "Were", "Could", "Should", "Would", "Has", "Have", "Had", "Must",
	// Prepositions and conjunctions opening a sentence in Italian, French, Spanish, Portuguese and German (`Per Roberto è…`).
	"Per", "Para", "Pour", "Con", "Avec", "Mit", "Für", "Por", "Sur", "Dans", "Nel", "Nella", "Gli", "Uno", "Un", "Zum", "Zur", "Bei", "Auf", "Dopo", "Anche", "Mais", "Pero", "Aber", "Oder",
	// `Conforme Dwight`, `Selon Marie`: "according to" before a name.
	"Conforme", "Según", "Selon", "Laut", "Secondo",
	// Kin words before a first name (`Tyler's Uncle Jimmy`): the person is Jimmy.
	"Uncle", "Aunt", "Auntie", "Grandma", "Grandpa", "Granny", "Cousin",
	// The same in German (`ihr Mann Friedrich`, `Tante Erna`).
	"Mann", "Onkel", "Tante", "Oma", "Opa", "Nichte", "Neffe", "Cousine", "Schwester", "Bruder", "Tochter",
]);

/** Whether `word` opens sentences or stands before a name (`Thanks`, `The`, `Dr`), never a name's first word. */
export function isOpener(word: string): boolean {
	return OPENERS.has(word);
}

/** Lower-case words allowed between name words (`Ursula von der Leyen`); never "and" or "of". */
const PARTICLES = new Set(["de", "da", "das", "del", "della", "der", "den", "di", "do", "dos", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "zu", "ter", "ten"]);

/** A word: letters with inner apostrophes or hyphens, then an optional full stop (an initial, `Jr.`). */
// Chinese and Japanese write a Latin name right against their own characters (`孵化器主席Justin Mclean`): the two
// scripts are two words there, and a Han character before a name does not make it part of a longer word.
const WORD = /(?:[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{M})+(?:['’-](?:[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{M})+)*\.?|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const UPPER = /^\p{Lu}/u;
const LETTER = /[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{M}/u;
const LOWER = /\p{Ll}/u;
const WIKILINK = /!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g;
const MDLINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const CODE = /`[^`]*`/g;
/** A bare URL; it stops before `)` so a Markdown link around it keeps its closing parenthesis. */
const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s)]*/gi;
const HTML_TAG = /<[^>]*>/g;
const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING = /^\s*#{1,6}\s/;
/** A bold or italic label at the start of a line or list item (`- **On Power Struggles**:`). */
const LABEL = /^(\s*(?:[-*+>]\s+|\d+[.)]\s+)*)(\*\*|__)[^*_]*\2/;
/** A bold name alone, two or three words, no colon after it (`**Audrey Wech** → [BlueSky](…)`, a credits line): read as prose. */
const BOLD_NAME = /^\s*(?:[-*+]\s+)?\*\*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,2}\*\*(?!\s*[:：])/u;
/**
 * The last word of a show named after its host (`The Ezra Klein Show`). Not "Podcast": `Lex Fridman
 * Podcast` in prose names nobody (local.test.ts), the word is also a topic (`Hard Fork Podcast`).
 */
const SHOW_WORDS = new Set(["Show"]);

/**
 * German and Dutch words that put a noun after them: German capitalises every noun (`die Spielleiterin Martina`), so
 * the word after one of these (or a number word: `ihren drei Mitspielenden Ralph`) is a role, not a first name.
 * English `the` is not one: `the Rich Ziade podcast`.
 */
const DETERMINERS = new Set(["die", "der", "dem", "des", "ein", "eine", "einen", "einem", "einer", "ihre", "ihren", "ihrem", "ihrer", "seine", "seinen", "seinem", "seiner", "unsere", "unseren", "meine", "meinen", "beiden", "zwei", "drei", "vier", "het", "een"]);
/** `Don't`, `There's`, `Richard's`: never a name's first word. */
const CONTRACTION = /['’](?:t|s|re|ll|ve|d|m)$/;

/** What a note's text tells about one-word speakers, asked only for the words its own names leave open. */
export interface NoteText {
	/** Full names written in the text where `word` starts one, as `namesInText` reads them (conservative). */
	names(word: string): string[];
	/** Every run of capitalised words after `word`, headings included, as name keys (see `mentionsOf`). */
	mentions(word: string): string[];
	/** Every full name written in the text (read in full: asked only for initials such as `JB`). */
	all(): string[];
	/** The full names the note's titles and possessive headings write (not its prose). */
	titled(): string[];
	/** Names the text introduces (`I'm Alex`, `there's me, Saf`, `joined by Canti`), each with how often the text writes it. */
	introduced(): Map<string, number>;
	/** The one full name the text writes around `word` as a nickname (`Carol "Gammy" Claypool`), or null. */
	nicknamed(word: string): string | null;
	/** The one full name the text writes in capitals starting with `word` (`MEL CHUA hereby…`), title-cased, or null. */
	shouted(word: string): string | null;
	/** The name the note's titles write after a role (`President` in `Remarks by President Biden Before…`), or null. */
	afterRole(role: string): string | null;
	/** The full name the note's titles write ending in `surname` (`…Press Secretary Karine Jean-Pierre…`), or null. */
	endingIn(surname: string): string | null;
	/** The one Japanese full name the text writes starting with `surname`, before an honorific (`比戸将平氏`), or null. */
	cjkFullName(surname: string): string | null;
	/** Whether a title writes `name` running on into a sentence (`Rian Johnson Revisits the Mystery…`). */
	runsOn(name: string): boolean;
	/** The full names the note's titles and its writer give, without the headings' (cheaper than `titled`). */
	titledOnly(): string[];
}

export const NO_TEXT: NoteText = { names: () => [], mentions: () => [], all: () => [], titled: () => [], introduced: () => new Map(), nicknamed: () => null, shouted: () => null, afterRole: () => null, endingIn: () => null, cjkFullName: () => null, runsOn: () => false, titledOnly: () => [] };

/**
 * The text of a note whose body starts at line `from`; `titled` gives the full names its titles write, and
 * `titles` the titles as written.
 */
export function noteText(lines: readonly string[], from: number, titled: () => string[] = () => [], titles: () => string[] = () => []): NoteText {
	// Headings give no names but a full name in the possessive (`## Tim Ferriss's Approach`: possessive-heading.ts)
	// and the people the note's titles name (`titled`).
	let owners: string[] | undefined;
	const owned = (word?: string) => (owners ??= withNew(withNew(possessiveHeadingFullNames(lines, from), roleHeadingNames(lines, from)), titled())).filter((n) => word === undefined || n.startsWith(word + " "));
	// Read once per note: a note may ask after a hundred words, and each would read every line again.
	let prose: string[] | undefined;
	let nicknames: Array<[string, string]> | undefined;
	return {
		names: (word) => withNew(namesInLines((prose ??= proseLines(lines, from)), word), owned(word)),
		mentions: (word) => mentionsOf(lines, from, word),
		all: () => withNew(namesInLines((prose ??= proseLines(lines, from))), owned()),
		titled: () => owned(),
		introduced: () => introducedNames(lines, from),
		nicknamed: (word) => nicknamedIn((nicknames ??= nicknamePairs(lines, from)), word),
		shouted: (word) => shoutedIn(lines, from, word),
		afterRole: (role) => nameAfterRole(titles(), role),
		endingIn: (surname) => nameEndingIn(titles(), surname),
		cjkFullName: (surname) => cjkFullNameIn(lines, from, surname),
		titledOnly: () => titled(),
		runsOn: (name) => {
			const re = new RegExp(String.raw`(?:^|[^\p{L}])${escaped(name)}[ \t]+(?!(?:and|und|et|y|e|or)[ \t])\p{Ll}`, "u");
			return titles().some((t) => re.test(t));
		},
	};
}

/** What follows a Japanese full name in running text: an honorific or a self-introduction (Chinese writes neither so). */
const AFTER_CJK_NAME = String.raw`(?=氏|さん|様|先生|と申します|といいます|と言います)`;

/** A name in katakana (`キスティス`), as Japanese writes a foreign name. */
export const KATAKANA_NAME = /^[\p{Script=Katakana}ー]{2,10}$/u;

/**
 * The one full name (surname and one to three more Han characters) `lines` write before an honorific; for a name
 * in katakana, the one written with it and a middle dot (`キスティス・トゥリープ`).
 */
function cjkFullNameIn(lines: readonly string[], from: number, surname: string): string | null {
	const katakana = KATAKANA_NAME.test(surname);
	const re = katakana ? new RegExp(String.raw`${surname}(・[\p{Script=Katakana}ー]{2,10})`, "gu") : new RegExp(String.raw`${surname}(\p{Script=Han}{1,3}?)${AFTER_CJK_NAME}`, "gu");
	let found: string | null = null;
	let several = false;
	eachTextLine(lines, from, false, (line) => {
		if (several || line.indexOf(surname) < 0) return;
		for (const m of line.matchAll(re)) {
			const name = surname + m[1];
			if (found !== null && found !== name) several = true;
			found = name;
		}
	});
	return several ? null : found;
}

/** A word in Hangul (a surname label `히키`). */
const HANGUL_WORD = /^\p{Script=Hangul}{1,5}$/u;
/** Particles Korean joins to a name's end (`와의`, `와`, `과`, `의`, `는`, `은`, `이`, `가`, `를`, `을`, `에게`). */
const KOREAN_PARTICLE = "와의|과의|와|과|의|는|은|이|가|를|을|에게|께서|도";

/** A capitalised name word (`Biden`, `Jean-Pierre`, `O’Neil`). */
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*`;

/** The one word a title writes right after `role` (in title case, what follows may be any word: `Biden Before`). */
function nameAfterRole(titles: readonly string[], role: string): string | null {
	const re = new RegExp(String.raw`(?:^|[^\p{L}])${escaped(role)}[ \t\u00a0]+(${TITLE_WORD})(?![\p{L}\p{M}])`, "u");
	return oneOf(titles.map((t) => re.exec(t)?.[1] ?? null));
}

/** The one first name and `surname` a title writes together (`Karine Jean-Pierre`). */
function nameEndingIn(titles: readonly string[], surname: string): string | null {
	// `리치 히키와의 인터뷰`: a Western name written in Hangul, a particle (`와의`, `는`) joined to its end.
	const re = HANGUL_WORD.test(surname)
		? new RegExp(String.raw`(?:^|[^\p{L}])(\p{Script=Hangul}{1,5})[ \t\u00a0]+${escaped(surname)}(?:${KOREAN_PARTICLE})?(?![\p{L}\p{M}])`, "u")
		: new RegExp(String.raw`(?:^|[^\p{L}])(${TITLE_WORD})[ \t\u00a0]+${escaped(surname)}(?![\p{L}\p{M}])`, "u");
	return oneOf(titles.map((t) => {
		const m = re.exec(t);
		return m === null ? null : `${m[1]} ${surname}`;
	}));
}

function escaped(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The one value among `found` (nulls ignored), or null when none or several differ. */
function oneOf(found: ReadonlyArray<string | null>): string | null {
	let one: string | null = null;
	for (const f of found) {
		if (f === null) continue;
		if (one !== null && one !== f) return null;
		one = f;
	}
	return one;
}

/** A word in capitals, two letters or more. */
const SHOUTED_WORD = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;

/** The one name `lines` write in capitals whose first word is `word` (itself in capitals), title-cased. */
function shoutedIn(lines: readonly string[], from: number, word: string): string | null {
	let found: string | null = null;
	let several = false;
	eachTextLine(lines, from, false, (line) => {
		if (several || line.indexOf(word + " ") < 0) return;
		for (let at = line.indexOf(word + " "); at >= 0 && !several; at = line.indexOf(word + " ", at + 1)) {
			if (at > 0 && /[\p{L}\p{M}]/u.test(line.charAt(at - 1))) continue;
			const rest = line.slice(at + word.length).split(/[ \t]+/).slice(1, 4);
			const words = [word];
			for (const w of rest) {
				if (!SHOUTED_WORD.test(w)) break;
				words.push(w);
			}
			// A name ends where the capitals do (`MEL CHUA hereby`); a heading in capitals (`HOWARD MP JOINT PRESS…`) names nobody.
			if (words.length < 2 || words.length > 3) continue;
			const name = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" ");
			if (found !== null && found !== name) several = true;
			found = name;
		}
	});
	return several ? null : found;
}

/** Every nickname the note's lines from `from` (headings too) write inside a name, in order. */
function nicknamePairs(lines: readonly string[], from: number): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	eachTextLine(lines, from, true, (line) => {
		for (const pair of nicknamesIn(line)) out.push(pair);
	});
	return out;
}

/** The one full name the note writes around `word` in quotation marks (`Carol "Gammy" Claypool`), or null. */
function nicknamedIn(pairs: ReadonlyArray<[string, string]>, word: string): string | null {
	let found: string | null = null;
	for (const [nick, name] of pairs) {
		if (nick !== word || name === found) continue;
		if (found !== null) return null;
		found = name;
	}
	return found;
}

/** `I'm Alex`, `I am your host, Saf`, `there's me, Saf`, `joined by Canti`: a name after words that introduce a speaker. */
const INTRODUCED = /(?:\bI['’]m|\bI am|\b[Mm]y name is|\bme,|\bby|\bhosts?,)\s+(\p{Lu}[\p{Ll}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)(?:[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:['’-][\p{L}\p{M}]+)*))?(?![\p{L}\p{M}'’-])/gu;

/** Whether `line` has someone give `name` as their own (`I'm Brian Reed`, `my name is Olen Long`). */
export function introducesSelf(line: string, name: string): boolean {
	for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
		if (SELF_BEFORE.test(line.slice(Math.max(0, at - 16), at))) return true;
	}
	return false;
}
const SELF_BEFORE = /(?:\bI['’]m|\bI am|\bmy name is|\bMy name is)\s+$/;

/**
 * Every name the note's text introduces (see INTRODUCED), in the order written, with how many words of the
 * text are that name: the one a conversation keeps using outweighs a name a garbled line happens to give.
 */
export function introducedNames(lines: readonly string[], from: number): Map<string, number> {
	const out = new Map<string, number>();
	// `I'm Brian Reed`: the first name is what the talk goes on to use, the introduction gives the full name.
	const full = new Map<string, string>();
	eachTextLine(lines, from, false, (line) => {
		if (line.indexOf(" ") < 0) return;
		for (const m of line.matchAll(INTRODUCED)) {
			if (OPENERS.has(m[1])) continue;
			out.set(m[1], 0);
			const name = m[2] === undefined || OPENERS.has(m[2]) ? "" : `${m[1]} ${m[2]}`;
			if (isFullName(name) && !full.has(m[1])) full.set(m[1], name);
		}
	});
	if (out.size === 0) return out;
	eachTextLine(lines, from, false, (line) => {
		for (const m of line.matchAll(WORD)) {
			const word = m[0].endsWith(".") ? m[0].slice(0, -1) : m[0];
			if (out.has(word)) bump(out, word);
		}
	});
	return full.size === 0 ? out : new Map([...out].map(([first, n]) => [full.get(first) ?? first, n]));
}

function withNew(names: string[], more: string[]): string[] {
	for (const n of more) if (!names.includes(n)) names.push(n);
	return names;
}

/**
 * The note's lines from `from`, outside code fences and `%%comments%%` (a comment may span lines; its
 * parts are cut out of a line), each passed to `visit`; headings too when `headings`.
 */
function eachTextLine(lines: readonly string[], from: number, headings: boolean, visit: (line: string) => void): void {
	let fence: string | null = null;
	let comment = false;
	for (let i = from; i < lines.length; i++) {
		const raw = lines[i];
		const c = raw.trimStart().charAt(0);
		const f = c === "`" || c === "~" ? FENCE.exec(raw) : null;
		if (fence !== null) {
			if (f && f[1].charAt(0) === fence.charAt(0) && f[1].length >= fence.length) fence = null;
			continue;
		}
		if (f && !comment) {
			fence = f[1];
			continue;
		}
		if (!headings && !comment && c === "#" && HEADING.test(raw)) continue;
		let line = raw;
		if (raw.indexOf("%%") >= 0) {
			line = "";
			const parts = raw.split("%%");
			for (let p = 0; p < parts.length; p++) {
				if (p > 0) comment = !comment;
				if (!comment) line += parts[p] + " ";
			}
		} else if (comment) continue;
		visit(line);
	}
}

/**
 * Full names in the note's lines from `from` (the body), each once, in the order first written. Link
 * targets count when they read as a name and the link shows them (`[[People/Paul Ortega|Paul]]` gives
 * `Paul Ortega`; `[[Paul Becker|my friend]]` gives nothing). Headings are mostly titles in Title Case
 * ("Building Public Models") and give none. With `containing`, only lines where that word starts a
 * name are read (see `startsName`: the full reading costs ~30× more).
 */
export function namesInText(lines: readonly string[], from: number, containing?: string): string[] {
	return namesInLines(proseLines(lines, from), containing);
}

/** The note's lines from `from` that `namesInText` reads: no headings, code or comments; nicknames cut out. */
function proseLines(lines: readonly string[], from: number): string[] {
	const out: string[] = [];
	eachTextLine(lines, from, false, (raw) => {
		// `Jamie "GaProgMan" Taylor`: a nickname in quotation marks inside a name is no part of it.
		const text = withoutNicknames(raw);
		if (text.trim() !== "") out.push(text);
	});
	return out;
}

function namesInLines(texts: readonly string[], containing?: string): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	const add = (name: string) => {
		if (seen.has(name)) return;
		seen.add(name);
		out.push(name);
	};
	for (const text of texts) {
		if (containing !== undefined && !startsName(text, containing)) continue;
		// Each markup is cut only from lines holding the characters it needs: most prose lines have none, and
		// the address pattern alone tried every word of every line. What a cut puts in (` , `) holds none either.
		let line = text;
		if ((line.indexOf("**") >= 0 || line.indexOf("__") >= 0) && !BOLD_NAME.test(line)) line = line.replace(LABEL, "$1 , ");
		if (line.indexOf("`") >= 0) line = line.replace(CODE, " , ");
		// Tags first: an address inside one (`<a href="https://…">Ivan Reese</a>`) would run on into the name.
		if (line.indexOf("<") >= 0) line = line.replace(HTML_TAG, " , ");
		if (line.indexOf("://") >= 0) line = line.replace(URL, " , ");
		if (line.indexOf("[[") >= 0) {
			line = line.replace(WIKILINK, (_m, target: string, shown: string | undefined) => {
				const name = basename(target);
				if (isFullName(name) && showsTarget(name, shown)) add(name.trim());
				return ` , ${shown ?? name} , `;
			});
		}
		if (line.indexOf("](") >= 0) line = line.replace(MDLINK, (_m, shown: string) => ` , ${shown} , `);
		for (const name of namesInLine(line)) add(name);
	}
	return out;
}

/** A name word or particle at a position (sticky). */
const NAME_AT = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\.?/uy;

/**
 * Everything the note may call a person whose first name is `word`: each place `word` is followed by
 * capitalised words (particles allowed inside, up to a function word like "On"), as the name keys of every
 * prefix of two words or more ("Paul Ortega Rivers" gives `paul ortega` and `paul ortega rivers`). Headings count, links count as the
 * text they show. Liberal on purpose: a name only counts when a person note has it (SpeakerDirectory).
 */
export function mentionsOf(lines: readonly string[], from: number, word: string): string[] {
	const out = new Set<string>();
	eachTextLine(lines, from, true, (text) => {
		if (!startsName(text, word)) return;
		const line = text.replace(WIKILINK, (_m, target: string, shown: string | undefined) => shown ?? basename(target));
		for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
			if (at > 0 && LETTER.test(line.charAt(at - 1))) continue;
			const words = [word];
			let pos = at + word.length;
			while (words.length < 5 && line[pos] === " ") {
				NAME_AT.lastIndex = pos + 1;
				const m = NAME_AT.exec(line);
				if (m === null || OPENERS.has(m[0]) || !(isNameWord(m[0]) || PARTICLES.has(m[0]))) break;
				words.push(m[0]);
				pos = NAME_AT.lastIndex;
				const last = m[0].replace(/['’]s$/, "").replace(/\.$/, "");
				if (!PARTICLES.has(last)) out.add(nameKey([...words.slice(0, -1), last].join(" ")));
				if (last !== m[0]) break;
			}
		}
	});
	return [...out];
}

/**
 * A link's target counts when the link shows it, or one of its words (`[[Paul Ortega|Paul]]`): a target
 * hidden behind other text (`[[Paul Becker|my friend]]`) is not written in the note as the reader sees it,
 * and a published page shows only that text.
 */
function showsTarget(target: string, shown: string | undefined): boolean {
	if (shown === undefined) return true;
	const key = nameKey(shown);
	return key === nameKey(target) || nameKey(target).split(" ").includes(key);
}

/** `### Session facilitator(s): Katherine McMahan`, `#### Speaker: Jeff Larkin`: a heading that names a role's holder. */
const ROLE_HEADING = /^#{1,6}[ \t]+(?:session[ \t]+)?(?:facilitator|speaker|host|guest|moderator|panelist|presenter|interviewer|interviewee)s?(?:\(s\))?[ \t]*:[ \t]*(.+?)[ \t]*$/i;

const PRESENTERS_HEADING = /^#{1,6}[ \t]+\S.*\(([^()]{5,120})\)[ \t]*$/;

/** Between the names of a list: `Malka Older, Catherynne M. Valente and T.X. Watson`. */
const NAME_LIST_SEPARATOR = /,|;|\s+(?:and|&)\s+/;

/** The full names role headings give (ROLE_HEADING) and presenters in brackets after a heading's topic, several joined by commas or `and`. */
function roleHeadingNames(lines: readonly string[], from: number): string[] {
	const out: string[] = [];
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if (line.charAt(0) !== "#") continue;
		const m = ROLE_HEADING.exec(line);
		if (m !== null) {
			for (const part of m[1].split(NAME_LIST_SEPARATOR)) if (isFullName(part.trim())) out.push(part.trim());
			continue;
		}
		// `## Multipath QUIC (Yanmei Lui, Mirja Kühlewind)`: a session's presenters in brackets after its topic, every one a full name.
		const presenters = line.endsWith(")") ? PRESENTERS_HEADING.exec(line) : null;
		const parts = presenters === null ? [] : presenters[1].split(NAME_LIST_SEPARATOR).map((part) => part.trim());
		if (parts.length > 0 && parts.every(isFullName)) out.push(...parts);
	}
	return out;
}

function isFullName(name: string): boolean {
	return /\S\s+\S/.test(name) && isNameShaped(name);
}

/**
 * Whether `word` is written in `line` as a word followed by a space and a capitalised word or a particle
 * (`Paul Ortega`, `Paul van Dyk`), so that a name may start there. Cheap: transcript lines that only
 * carry the label (`**Paul (02:01):**`) or prose like "Paul said" are not read further.
 */
function startsName(line: string, word: string): boolean {
	for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
		const after = at + word.length;
		if (line[after] !== " " || (at > 0 && LETTER.test(line.charAt(at - 1)))) continue;
		const next = line.charAt(after + 1);
		if (UPPER.test(next)) return true;
		const space = line.indexOf(" ", after + 1);
		if (PARTICLES.has(line.slice(after + 1, space < 0 ? line.length : space))) return true;
	}
	return false;
}

/** Verbs that open a yes-or-no question in English. */
const QUESTION_VERBS = new Set(["Is", "Are", "Was", "Were", "Does", "Do", "Did", "Can", "Could", "Will", "Would", "Should", "Has", "Have"]);

/** Runs of capitalised words separated by spaces only, as names (see the file comment). */
function namesInLine(line: string): string[] {
	const out: string[] = [];
	const run: string[] = [];
	let end = -1;
	let runEnd = -1;
	// The run opens a sentence: its first word is capitalised as any sentence's first word is.
	let opens = false;
	let afterDeterminer = false;
	let previous = "";
	let previousEnd = -1;
	const close = () => {
		// `Is LaMDA Sentient?`, `Is Bitcoin Dead?`: a title's yes-or-no question, its last word what is asked about the first.
		if (run.length > 0 && QUESTION_VERBS.has(run[0])) {
			if (line[runEnd] === "?") run.length = 0;
			// `Was Ada Lovelace right?`: the verb opening a question is no part of the name after it.
			else if (opens) run.shift();
		}
		if (afterDeterminer) run.shift();
		// `Trump Employee 4`, `Person 2`: a designation with its number, not a person's name.
		if (run.length >= 2 && !numberAfter(line, runEnd)) {
			// `Vice Mayor Rhonda Anderson` (a roster): the full name after the office, however long the office; the
			// office is no part of a name (`Flight Engineer Mendenhall` would make a second Mendenhall).
			const office = run.length >= 3 ? OFFICE_THEN_NAME.exec(run.join(" ")) : null;
			const name = office === null ? nameOfRun(run) : null;
			if (name !== null) out.push(name);
			const holder = office === null || !/\S\s+\S/.test(office[1]) ? null : nameOfRun(office[1].split(" "));
			if (holder !== null) out.push(holder);
			// `Prowadzą Łukasz Kałużny` ("hosted by …"): a sentence's first word before two name words may be a verb
			// of a language OPENERS does not list; the two words after it are a name of their own too.
			if (opens && run.length === 3 && office === null) {
				const tail = nameOfRun(run.slice(1));
				if (tail !== null && tail !== name) out.push(tail);
			}
		}
		run.length = 0;
	};
	WORD.lastIndex = 0;
	for (let m = WORD.exec(line); m !== null; m = WORD.exec(line)) {
		const word = m[0];
		if (run.length > 0) {
			const last = run[run.length - 1];
			if (!onlySpaces(line, end, m.index) || (last.endsWith(".") && !isInitial(last))) close();
		}
		end = m.index + word.length;
		if (isNameWord(word) || (run.length > 0 && PARTICLES.has(word))) {
			// Read only where a run starts, not at every word of the line.
			if (run.length === 0) {
				opens = SENTENCE_BEFORE.test(line.slice(Math.max(0, m.index - 3), m.index));
				afterDeterminer = DETERMINERS.has(previous) && onlySpaces(line, previousEnd, m.index);
			}
			run.push(word);
			runEnd = end;
		} else if (run.length > 0) close();
		previous = word;
		previousEnd = end;
	}
	close();
	return out;
}

/** Whether a small number follows position `at` after spaces (`Employee 4`); a year (`Ada Lovelace 1843`) or a time is none. */
function numberAfter(line: string, at: number): boolean {
	let k = at;
	while (line[k] === " " || line[k] === "\t") k++;
	if (k === at) return false;
	let digits = 0;
	while (isDigit(line[k])) {
		k++;
		digits++;
	}
	return digits >= 1 && digits <= 3 && !((line[k] === ":" || line[k] === "." || line[k] === ",") && isDigit(line[k + 1]));
}

function isDigit(c: string | undefined): boolean {
	return c !== undefined && c >= "0" && c <= "9";
}

/** What ends a sentence before a word (or nothing: the line's start). */
const SENTENCE_BEFORE = /(?:^|[.!?…]["”’)]?)\s*$/;

/** True when `line` holds one or more spaces or tabs, and nothing else, from `from` to `to`. */
function onlySpaces(line: string, from: number, to: number): boolean {
	if (to <= from) return false;
	for (let i = from; i < to; i++) {
		const c = line[i];
		if (c !== " " && c !== "\t" && c !== "\u00a0") return false;
	}
	return true;
}

/** `J.` in `Michael J. Fox`: a full stop that does not end the sentence. */
function isInitial(word: string): boolean {
	return word.length === 2 && word.charAt(1) === "." && UPPER.test(word);
}

function isNameWord(word: string): boolean {
	// Most words of prose start with a lower-case ASCII letter: ruled out before the Unicode test.
	const first = word[0];
	if (first >= "a" && first <= "z") return false;
	if (!UPPER.test(word)) return false;
	// `AI`, `USA`, `GPT`: not name words; an initial (`J.`) is.
	return LOWER.test(word) || isInitial(word);
}

/** The full name a run of capitalised words holds, sentence openers and titles dropped (`However Scott Galloway` → `Scott Galloway`), or null. */
export function nameOfRun(words: string[]): string | null {
	let start = 0;
	while (start < words.length && (OPENERS.has(words[start]) || CONTRACTION.test(words[start]))) start++;
	let list = words.slice(start);
	// `Adam I’ll …`: a contraction (other than a possessive) is no name's word, and ends the name before it.
	const contracted = list.findIndex((w, k) => k > 0 && CONTRACTION.test(w) && !/['’]s$/.test(w));
	if (contracted > 0) list = list.slice(0, contracted);
	// `The Tim Ferriss Show`: a show named after a person writes that person's name.
	if (list.length >= 3 && SHOW_WORDS.has(list[list.length - 1])) list = list.slice(0, -1);
	while (list.length > 0 && PARTICLES.has(list[list.length - 1])) list = list.slice(0, -1);
	// A function word inside ("Future Of Work", "Sam And Lex") makes a title, not a name.
	const capitalised = list.filter((w) => !PARTICLES.has(w)).length;
	if (capitalised < 2 || capitalised > 3 || isInitial(list[0]) || list.some((w) => OPENERS.has(w))) return null;
	const last = list[list.length - 1].replace(/['’]s$/, "").replace(/\.$/, "");
	const name = [...list.slice(0, -1), last].join(" ");
	return isFullName(name) ? name : null;
}

/** `Michael Goldstein aka bitstein`, `Michael Goldstein (a.k.a. @bitstein)`: a full name and the handle it goes by. */
const AKA = /(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}),?\s+\(?(?:aka|a\.k\.a\.|alias)\s+@?([\p{L}\p{M}\d_.-]{2,30})/gu;

/**
 * A word AKA needs, with the space or `(` before it and the space after it that AKA needs too: without
 * them every note naming a Tanaka or with an `aliases:` key was read line by line. One pass over a text
 * costs about half of looking for each word in turn.
 */
const HANDLE_WORD = /[\s(](?:aka|a\.k\.a\.|alias)\s/;

/** Whether the text holds a word AKA needs: the pattern itself is slow, and few lines name a handle. */
export function mayNameHandle(line: string): boolean {
	return HANDLE_WORD.test(line);
}

/** `[Mike Purvis](https://twitter.com/mikedotexe)`: a name linked to its account on X (Twitter). */
const ACCOUNT_LINK = /\[([^[\]@\n]{2,40})\]\(https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(\w{1,30})\/?\)/g;
/** `Isaac Z. Schlueter (@isaacs)`: a full name, then its handle in brackets. */
const NAME_THEN_HANDLE = /(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+)){1,3})\s*\(@(\w[\w.-]{0,29})\)/gu;
/** `Croncat (Trevor)`: a project's account, the person behind it in brackets. */
const PERSON_BEHIND = /^[^()]+?\s*\((\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+)?)\)$/u;

/**
 * [handle, name] for each account the note links under a name (`Host: [Neta DAO](https://twitter.com/neta_dao)`):
 * a Space's transcript labels its voices by handle (`@Neta_DAO`), the guest list says who they are.
 */
export function linkedAccounts(lines: readonly string[], from: number): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		// `- Darcy Clarke (@darcyclarke)`: an attendee list gives each handle's full name in brackets.
		if (line.indexOf("(@") >= 0) {
			for (const m of allMatches(NAME_THEN_HANDLE, line)) if (!out.some(([h]) => h.toLowerCase() === m[2].toLowerCase())) out.push([m[2], m[1]]);
		}
		if (line.indexOf("twitter.com/") < 0 && line.indexOf("x.com/") < 0) continue;
		for (const m of allMatches(ACCOUNT_LINK, line)) {
			const shown = m[1].trim();
			const name = PERSON_BEHIND.exec(shown)?.[1] ?? shown;
			if (/^\p{L}/u.test(name) && !out.some(([h]) => h.toLowerCase() === m[2].toLowerCase())) out.push([m[2], name]);
		}
	}
	return out;
}

/** `Allen Wirfs-Brock (AWB)`: a full name, then the initials its notes use for it in brackets. */
const NAME_THEN_INITIALS = /(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+)){1,3})\s*\((\p{Lu}{2,4})\)/gu;

/** `- Eemeli Aro - Mozilla (EAO)`: an attendee list's item, the full name, its organisation, then the initials. */
const NAME_ORG_INITIALS = /^\s*[-*+]\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3})\s+[-–—,]\s+[^()\n]{1,60}\((\p{Lu}{2,4})\)/u;

/** Whether each of `initials` stands, in order, for a letter of `name`, the first for its first (`EAO` in `Eemeli Aro`). */
function spellsOut(initials: string, name: string): boolean {
	const lower = name.toLowerCase();
	if (lower.charAt(0) !== initials.charAt(0).toLowerCase()) return false;
	let at = 1;
	for (const c of initials.slice(1).toLowerCase()) {
		at = lower.indexOf(c, at) + 1;
		if (at === 0) return false;
	}
	return true;
}

/** `- TJ: Todd Jordan @toddjordan`: initials, a colon, then only the full name (and a handle). */
const INITIALS_LEGEND = /^\s*[-*+]\s+(\p{Lu}{2,4}):\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3})(?:\s+@[\w.-]+)?\s*$/u;

/** A line listing a panel's or a meeting's people: `**Panelists:** A, B (moderator), C`. */
const PANEL_LIST = /^\s*(?:[-*+]\s+)?[*_]*(?:panelists?|panel|speakers?|participants?|attendees?|present)[*_]*\s*[:：][*_]*\s*(.+)$/i;

/** [initials, name] for each full name of a list: the first and last words' first letters, and every word's. */
function listedInitials(list: string): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	for (const part of list.split(NAME_LIST_SEPARATOR)) {
		const name = part.replace(/\([^()]*\)/g, "").replace(/[*_]/g, "").trim();
		if (!/\S\s+\S/.test(name) || !isNameShaped(name)) continue;
		const letters = name.split(/[\s.]+/).filter((w) => w.length > 0).map((w) => w.charAt(0));
		if (!letters.every((l) => /\p{Lu}/u.test(l))) continue;
		for (const initials of [letters[0] + letters[letters.length - 1], letters.join("")]) if (initials.length <= 4 && !out.some(([i]) => i === initials)) out.push([initials, name]);
	}
	return out;
}

/**
 * [initials, full name] pairs a meeting's attendee list gives (`Alex Russell (AR), Andreas Rossberg (ARB)`): the
 * initials label that person's turns, whoever else shares them. The initials start with the name's first
 * letter and end with its last word's (or last part's) first letter.
 */
export function givenInitials(lines: readonly string[], from: number): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	let panel: string | null = null;
	const addPanel = () => {
		for (const pair of listedInitials(panel ?? "")) if (!out.some(([i]) => i === pair[0])) out.push(pair);
		panel = null;
	};
	eachTextLine(lines, from, false, (line) => {
		// `- TJ: Todd Jordan @toddjordan`: an attendee list's legend.
		const legend = line.indexOf(":") >= 0 ? INITIALS_LEGEND.exec(line) : null;
		if (legend !== null && legend[2].startsWith(legend[1].charAt(0)) && !out.some(([i]) => i === legend[1])) out.push([legend[1], legend[2]]);
		// `**Panelists:** Malka Older, Catherynne M. Valente, T.X. Watson (moderator)`: the initials of each name (MO,
		// CV, TW); the list may wrap onto the lines below, up to a blank line.
		if (panel !== null && line.trim().length > 0 && !PANEL_LIST.test(line)) {
			panel += " " + line;
			return;
		}
		if (panel !== null) addPanel();
		const listed = line.indexOf(":") >= 0 ? PANEL_LIST.exec(line) : null;
		if (listed !== null) {
			panel = listed[1];
			return;
		}
		if (line.indexOf("(") < 0) return;
		// An organisation between name and initials: the initials are whatever the group uses, so only spelled out in order.
		const org = NAME_ORG_INITIALS.exec(line);
		if (org !== null && spellsOut(org[2], org[1]) && !out.some(([i]) => i === org[2])) out.push([org[2], org[1]]);
		for (const m of allMatches(NAME_THEN_INITIALS, line)) {
			const [name, initials] = [m[1], m[2]];
			const last = name.split(/[\s-]+/).pop() ?? "";
			if (initials.charAt(0) !== name.charAt(0) || initials.charAt(initials.length - 1) !== last.charAt(0)) continue;
			if (!out.some(([i]) => i === initials)) out.push([initials, name]);
		}
	});
	if (panel !== null) addPanel();
	return out;
}

/** `**Characters:** …`, `Cast: …`: a script's cast list. */
const CAST_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:characters|cast|speakers|legend)[ \t]*(?:\*\*|__)?[ \t]*[:：]/i;

/** `C=Chris`, `吴=吴新宙`: a short label set equal to the name it stands for, which starts with it. */
const LEGEND_PAIR = /(?:^|[\s(（,，;；、])(\p{L}{1,4})[ \t]*[=＝][ \t]*(\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]\p{L}[\p{L}\p{M}'’.-]*){0,3})(?=[ \t]*(?:[,，;；、)）]|$))/gu;

/**
 * [label, name] pairs of a transcript's legend (`（…略有删减，C=Chris；吴=吴新宙）`): a line setting two labels or
 * more each equal to a name that starts with it, so `C：` and `吴：` turns are Chris's and 吴新宙's.
 */
export function legendNames(lines: readonly string[], from: number): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	eachTextLine(lines, from, false, (line) => {
		if (line.indexOf("=") < 0 && line.indexOf("＝") < 0) return;
		// `**Characters:** JW = Keish, HH = Lalaine`: a line that says it is the cast sets any label to any name.
		const cast = CAST_LINE.test(line);
		const pairs = allMatches(LEGEND_PAIR, line)
			.map((m): [string, string] => [m[1], m[2].trim()])
			.filter(([label, name]) => name.length > label.length && (cast || name.toLowerCase().startsWith(label.toLowerCase())));
		if (pairs.length < 2) return;
		for (const pair of pairs) if (!out.some(([l]) => l === pair[0])) out.push(pair);
	});
	return out;
}

/** `Matz (Yukihiro Matsumoto)`: a one-word name, then in brackets the full name it stands for. */
/** The word before ` (` (sticky at its start) and the full name in the brackets: `Matz (Yukihiro Matsumoto)`. */
const NAME_THEN_FULL = /(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})[ \t]+\((\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){1,2})\)/uy;

/**
 * [short name, full name] pairs the note's text gives as `Matz (Yukihiro Matsumoto)`: quotes signed `--- Matz` are
 * Yukihiro Matsumoto's. A full name only where the short one is none of its words (`Ada (Ada Lovelace)` adds nothing)
 * but starts as one of them does. Read only around each ` (` followed by a capital: most lines have none.
 */
export function bracketedFullNames(lines: readonly string[], from: number): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	eachTextLine(lines, from, false, (line) => {
		for (let at = line.indexOf(" ("); at > 0; at = line.indexOf(" (", at + 2)) {
			const c = line.charAt(at + 2);
			if (c === c.toLowerCase()) continue;
			let start = at;
			while (start > 0 && line.charAt(start - 1) !== " " && line.charAt(start - 1) !== "(" && line.charAt(start - 1) !== "\t") start--;
			NAME_THEN_FULL.lastIndex = start;
			const m = NAME_THEN_FULL.exec(line);
			if (m === null) continue;
			const words = m[2].split(/\s+/);
			// A nickname starts as one of the name's words does (`Matz`, Matsumoto); `Betty (Horizons Architecture)` names a firm.
			const stem = nameKey(m[1]).slice(0, 2);
			if (OPENERS.has(m[1]) || !isFullName(m[2]) || words.includes(m[1]) || !words.some((w) => nameKey(w).startsWith(stem)) || out.some(([n]) => n === m[1])) continue;
			out.push([m[1], m[2]]);
		}
	});
	return out;
}

/**
 * Handles the note's text gives for full names (`…my other co-host Michael Goldstein aka bitstein`), as
 * [handle, full name] pairs: a transcript labelled `bitstein:` then names that person. Read from this note
 * only, so no other note's text can rename its speakers.
 */
export function akaNames(lines: readonly string[], from: number): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	eachTextLine(lines, from, false, (line) => {
		if (!mayNameHandle(line)) return;
		for (const m of allMatches(AKA, line)) {
			const handle = m[2].replace(/[.]+$/, "");
			if (isFullName(m[1]) && !out.some(([h]) => h === handle)) out.push([handle, m[1]]);
		}
	});
	return out;
}
