// The one person a note is about, read from its titles (frontmatter `title`, the level-1 heading, the
// file name): `Thoughts on Richard Sutton's interview on Dwarkesh Podcast`, `# Podcast Notes: Iain
// McGilchrist on “The Great Simplification”`, `419 Sam Altman 2`. Unattributed quotes of such a note are
// given to that person, marked `context` (decision 10). A title that names two people, or only a show
// (`The Joe Rogan Experience`, `Lex Fridman Podcast`), names no subject.
import { isPlausibleName } from "./context";
import { isAbstractNoun, isNameShaped } from "./names";

/** A person a title names: whether it says they speak, features them (`ft.`), or gives them a part of its own. */
interface TitleName {
	name: string;
	speaks: boolean;
	featured: boolean;
	alone: boolean;
	/** One word that labels a headline or a sayings page (`Ancelotti: …`, `Feynman Quotes`): the body must give it in full. */
	short?: boolean;
}

/** A run of capitalised words: the candidates for a person's name in a title. */
// It starts at a word's start: `cURL's Daniel Stenberg` holds no run `URL's …`.
const RUN = /\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:van|von|de|der|da|di|du|le|la|bin|al)\s+)?\p{Lu}[\p{L}\p{M}.'’-]*)*/gu;
/** Honorifics written before a name (`Rev. William Barber`, `Dr. Jim Loehr`): not part of it. */
const HONORIFICS = new Set(["dr", "dr.", "rev", "rev.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "sri", "shri", "shree"]);
/** Articles that open the title of a show or a work (`The Great Simplification`, `Uma Vida Lendária`), never a name. */
const ARTICLES = new Set(["The", "A", "An", "Der", "Die", "Das", "Ein", "Eine", "Le", "La", "Les", "Un", "Une", "El", "Los", "Las", "Il", "Lo", "Gli", "O", "Os", "Um", "Uma", "De", "Het", "Een"]);
/** Words that end a show's name in a title, and the title-case words that may join it to its guest. */
const SHOW_WORDS = new Set(["Show", "Podcast", "Experience", "Hour", "Radio", "Pod", "Newsletter", "Channel"]);

/** `Podcast`, `show`, `Experience`: a word that ends a show's name (`Joe Rogan Experience`, `Lenny's Podcast`). */
export function isShowWord(word: string): boolean {
	return SHOW_WORDS.has(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}
/** Words that introduce the one spoken with, in title case. */
/** What a title says a person does, before the name (`Novelist Hannah Tinti`). */
const TITLE_ROLES = new Set(["Mayor", "Governor", "Senator", "Congressman", "Congresswoman", "Councilmember", "Councilman", "Councilwoman", "Minister", "Chancellor", "Novelist", "Editor", "Author", "Writer", "Poet", "Director", "Filmmaker", "Actor", "Actress", "Artist", "Founder", "Cofounder", "Co-founder", "Entrepreneur", "Investor", "Economist", "Historian", "Philosopher", "Scientist", "Neuroscientist", "Journalist", "Musician", "Composer", "Designer", "Engineer", "Coach", "Pastor", "Rabbi", "Chef", "Comedian", "Illustrator", "Photographer", "Architect"]);

/** Events a person speaks at: a title's word for one ends the name before it and features that person. */
// `Satya Nadella Quotes`: a page of someone's sayings features them as a talk does.
const SPEAKING_EVENTS = ["Keynote", "Talk", "Lecture", "Speech", "Presentation", "Webinar", "Panel", "Workshop", "Fireside", "Masterclass", "Commencement", "Testimony", "Interview", "Quotes", "Quotations", "Sayings"];

/** Words that name an event, never a word of the name before them. */
const EVENT_WORDS = new Set([...SPEAKING_EVENTS, "Q&A", "AMA"]);

/** After a name: acronyms, a year or a possessive, then an event's word (`… CES 2026 Keynote`, `…'s Commencement Speech`). */
const EVENT_AFTER = new RegExp(String.raw`^(?:['’]s)?(?:[ \t]+(?:\p{Lu}{2,}|\d{2,4}))*[ \t]+(?:${SPEAKING_EVENTS.join("|")})\b`, "u");

const WITH_WORDS = new Set(["With", "Mit", "Con", "Avec", "Com", "Met"]);
/** Words that open a headline verb's object (`Defends His First Term`, `Explains Why …`). */
const HEADLINE_OBJECTS = new Set(["His", "Her", "Their", "The", "A", "An", "Its", "Our", "Your", "Why", "How", "What", "On", "About"]);
const INTERVIEW_WORDS = new Set(["Entrevista", "Entretien", "Entrevue", "Intervista", "Interview", "Gespräch", "Conversa", "Conversación", "Charla"]);
const OF_PARTICLES = new Set(["de", "da", "di", "du"]);
const SHOW_VERBS = new Set(["Interviews", "Meets", "With", "Welcomes", "Featuring", "Feat.", "Ft.", "Talks", "And"]);
/** Link markup: the shown text is what the title says. */
const WIKILINK = /\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;
const MD_LINK = /\[([^\]]*)\]\([^)]*\)/g;

/** `[[People/Rosa Quint|Rosa]]` → `Rosa`, `[[Rosa Quint]]` → `Rosa Quint`: a text's wikilinks as the note shows them. */
export function wikilinksShown(text: string): string {
	return text.indexOf("[[") < 0 ? text : text.replace(WIKILINK, (_m, target: string, shown?: string) => shown ?? target);
}

/**
 * The people a title names in full (two to four name words), possessives dropped. A run that starts with
 * "The" is a show or a work (`The Great Simplification`), and a run holding a word such as "Podcast" or
 * "Notes" is no name (`isPlausibleName`).
 */
export function titlePeople(title: string): string[] {
	return titleNames(title).filter((n) => !n.short).map((n) => n.name);
}

const OPENING_MARKS = "\"“‘«„";
/** Words a post greets its person with before the name. */
const GREETINGS = new Set(["Welcome", "Welcoming", "Meet", "Introducing", "Congratulations", "Farewell", "Goodbye", "Thanks", "Thank"]);
/** What a page of someone's sayings calls itself after their name. */
const SAYINGS_WORDS = new Set(["Quotes", "Quotations", "Sayings", "Zitate", "Citations", "Citas", "Citações", "Citazioni"]);
/** ` by Name` right after a run of capitalised words: the run is a work's title. */
const WORK_BY = /^[ \t]+by[ \t]+\p{Lu}/u;
/** After a headline's one-word label: its colon and at least two words. */
const HEADLINE_LABEL = /^:[ \t]+\S+[ \t]+\S/;

/** The people a title names, each with whether the title says they speak (`Ed Catmull on David Senra`). */
function titleNames(title: string): TitleName[] {
	// `Lex Fridman播客#491：Peter Steinberger与OpenClaw`: Chinese and Japanese write no space beside a Latin name; one is put there.
	const text = spacedFromCjk(wikilinksShown(title).replace(MD_LINK, "$1"));
	const out: TitleName[] = [];
	RUN.lastIndex = 0;
	for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
		// A capital inside a word (`eBay`, `iPhone`) starts no run: the search goes on from the next character.
		// (A lookbehind would say this in the pattern, but iOS before 16.4 cannot parse one.)
		if (m.index > 0 && LETTER.test(text.charAt(m.index - 1))) {
			RUN.lastIndex = m.index + 1;
			continue;
		}
		// `Research for “Large Volumes” Use Cases`: words in quotation marks are a phrase the title quotes, no one.
		if (m.index > 0 && OPENING_MARKS.includes(text.charAt(m.index - 1))) continue;
		// `Concentrated Investing by Benello…`, `Atomic Habits by James Clear`: a work, then who wrote it.
		if (WORK_BY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
		let words = m[0].split(/\s+/);
		// A possessive ends the name: `Dwarkesh's Fossil Fuel Analogy` names Dwarkesh, not an analogy.
		const possessive = words.findIndex((w) => /['’]s$/.test(w));
		// `ClawdBot's Peter Steinberger`, `Nvidia's Jensen Huang`, `Pupil Slicer's Katie Davies`: the words after a
		// possessive are read as a run of their own too.
		if (possessive >= 0 && words.length - possessive >= 3) RUN.lastIndex = m.index + m[0].indexOf(words[possessive]) + words[possessive].length;
		if (possessive >= 0) words = words.slice(0, possessive + 1);
		words = words.map((w) => w.replace(/['’]s$/, "").replace(/[.'’-]+$/, (t) => (t === "." ? t : "")));
		// `Jensen Huang CES 2026 Keynote`, `Sam Altman Keynote`: an acronym or an event's word after a name ends it.
		const eventAt = words.findIndex((w, k) => k >= 2 && (EVENT_WORDS.has(w) || (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase())));
		if (eventAt >= 2) words = words.slice(0, eventAt);
		// `Entrevista de Pedro Barbáchano`, `Intervista di Ada Brook`: the word for an interview, then a particle
		// the run took for part of a name (`Lucas de Souza`).
		if (words.length >= 4 && INTERVIEW_WORDS.has(words[0]) && OF_PARTICLES.has(words[1])) words = words.slice(2);
		// `Quoting Stephen West`: a title that says whose words the note keeps features them.
		const quoting = words.length >= 3 && words[0] === "Quoting";
		if (quoting) words = words.slice(1);
		// `A Q&A With Alex Cohen`, `Ein Gespräch Mit Ada Brook`: the name after "With" is the one spoken with.
		const withAt = words.findIndex((w, k) => k > 0 && WITH_WORDS.has(w));
		if (withAt > 0 && words.length - withAt - 1 >= 2) words = words.slice(withAt + 1);
		// `The Tim Ferriss Show Interviews Matt Mullenweg`: a show's name, then (in title case) who it speaks to.
		if (ARTICLES.has(words[0])) {
			const show = words.findIndex(isShowWord);
			if (show < 0 || words.length - show - 1 < 2) continue;
			words = words.slice(show + 1);
			while (words.length > 2 && SHOW_VERBS.has(words[0])) words = words.slice(1);
		}
		// `Interview With Jony Ive`, `Dr. Jim Loehr`: words before the name that no name holds.
		while (words.length > 2 && !isPlausibleName(words[0])) words = words.slice(1);
		// `NYC Mayor Bill de Blasio`: a place's acronym before the role.
		while (words.length > 3 && /^\p{Lu}{2,5}$/u.test(words[0]) && TITLE_ROLES.has(words[1])) words = words.slice(1);
		// `Editor and Novelist Hannah Tinti`, `Type Designer Akira Kobayashi`: what the person does, before the name.
		for (;;) {
			if (words.length > 2 && TITLE_ROLES.has(words[0])) words = words.slice(1);
			else if (words.length > 3 && TITLE_ROLES.has(words[1])) words = words.slice(2);
			else break;
		}
		// `Neuroscientist Dr. Andrew Huberman`: a role, then an honorific, then the name.
		for (let k = words.length - 3; k >= 0; k--) {
			if (HONORIFICS.has(words[k].toLowerCase())) {
				words = words.slice(k + 1);
				break;
			}
		}
		while (words.length > 0 && HONORIFICS.has(words[0].toLowerCase())) words = words.slice(1);
		// `Welcome Sam Willis!`, `Meet Ada Brook`: a team post greeting the person it is about.
		while (words.length > 2 && GREETINGS.has(words[0])) words = words.slice(1);
		// `Bill de Blasio Defends His First Term`: a headline's verb ends the name (a word in `-s`, then one that
		// opens what the verb does).
		const verbAt = words.findIndex((w, k) => k >= 2 && k <= 4 && w.length > 3 && w.endsWith("s") && HEADLINE_OBJECTS.has(words[k + 1] ?? ""));
		if (verbAt >= 2) words = words.slice(0, verbAt);
		// `Feynman Quotes`: a page of one person's sayings, named by one word the body gives in full.
		if (words.length === 2 && m.index === 0 && SAYINGS_WORDS.has(words[1]) && isPlausibleName(words[0]) && text.trim() === m[0]) {
			out.push({ name: words[0], speaks: true, featured: false, alone: false, short: true });
			continue;
		}
		// `Ancelotti: El equipo nunca se rinde`, `Naval: How to Get Rich`: one name word opening a headline,
		// then its colon, labels the words as that person's (noteSubject looks the full name up in the body).
		if (words.length === 1 && m.index === 0 && m[0] === words[0] && HEADLINE_LABEL.test(text.slice(m[0].length)) && isPlausibleName(words[0])) {
			out.push({ name: words[0], speaks: true, featured: false, alone: false, short: true });
			continue;
		}
		if (words.length < 2 || words.length > 4) continue;
		// `Joe Rogan Experience`, `Tim Ferriss Show`: a show named for its host is no person.
		if (isShowWord(words[words.length - 1])) continue;
		// An acronym (`AI`, `JRE`, `CEO`) is a topic or a show, never a word of a person's name; nor is an abstract
		// noun (`Risk, Insurance, Portfolio Diversification`).
		if (words.some((w) => (w.length > 1 && w === w.toUpperCase()) || isAbstractNoun(w))) continue;
		const name = words.join(" ");
		if (!isNameShaped(name) || !isPlausibleName(name) || out.some((n) => n.name === name)) continue;
		const before = text.slice(0, m.index ?? 0);
		const after = text.slice((m.index ?? 0) + m[0].length);
		// `Lex Fridman播客#491`: the word for a podcast written on to the name, as Chinese, Japanese and Korean do.
		if (name === m[0] && SHOW_AFTER.test(after)) continue;
		// `Naval Ravikant: The Angel Philosopher`, `Joe Rogan Experience - Naval Ravikant`: a name that is a whole
		// part of the title presents the episode's guest (noteSubject takes it when the body names nobody).
		// A title that is the name alone may be a show's (`Tenero Gheriglio`): that still needs the body's mention.
		const alone = name === m[0] && SEGMENT_BEFORE.test(before) && SEGMENT_AFTER.test(after) && (before.trim() !== "" || after.trim() !== "");
		// `Jensen Huang CES 2026 Keynote`: the event is theirs to speak at, so the title features them as `ft.` does.
		const speaksAt = EVENT_AFTER.test(text.slice((m.index ?? 0) + name.length));
		out.push({ name, speaks: SPEAKS_AFTER.test(after), featured: quoting || FEATURED_BEFORE.test(before) || speaksAt, alone });
	}
	// `OpenClaw: Peter Steinberger on Lex Fridman`: a label before a headline that says who speaks is a topic's.
	return out.some((n) => !n.short && (n.speaks || n.featured || n.alone)) ? out.filter((n) => !n.short) : out;
}

/**
 * Whether a title presents two people in conversation (`Josh Waitzkin and Tim Ferriss on the Cave Process`):
 * then an unattributed highlight may be either's, and the next highlight's speaker is no evidence.
 */
export function titleConversation(title: string): boolean {
	return pairIn(title, titlePeople(title)) !== null;
}

/** A note's titles with the people each names: read once per note, for its subject and its conversation. */
export interface TitlesRead {
	titles: string[];
	named: Array<TitleName[]>;
}

/** Reads `titles` (the file name, frontmatter `title`, the level-1 heading); a title written twice is read once. */
export function readTitles(titles: string[]): TitlesRead {
	const read = new Map<string, TitleName[]>();
	const named = titles.map((title) => {
		let names = read.get(title);
		if (names === undefined) {
			names = titleNames(title);
			read.set(title, names);
		}
		return names;
	});
	return { titles, named };
}

/** Whether any of a note's titles presents two people in conversation (`titleConversation`). */
export function titlesConversation(read: TitlesRead): boolean {
	return conversationPair(read) !== null;
}

/** The two people a note's title presents in conversation, or null. */
function conversationPair(read: TitlesRead): [string, string] | null {
	for (let i = 0; i < read.titles.length; i++) {
		const pair = pairIn(read.titles[i], read.named[i].filter((n) => !n.short).map((n) => n.name));
		if (pair !== null) return pair;
	}
	return null;
}

/** The two of `people` that `title` presents in conversation (`A and B`, `A x B`), or null. */
function pairIn(title: string, people: readonly string[]): [string, string] | null {
	for (const a of people) {
		for (const b of people) {
			if (a === b) continue;
			for (const and of CONVERSATION_JOINS) {
				const at = title.indexOf(`${a} ${and} ${b}`);
				// `Matthew Ives on Solar Power and Experience Curves`: what someone speaks on is a topic, no pair.
				if (at >= 0 && !TOPIC_BEFORE.test(title.slice(0, at))) return [a, b];
			}
		}
	}
	return null;
}

const TOPIC_BEFORE = /\S\s+(?:on|about|über|sur|sobre)\s+$/;

/**
 * `an interview with Peter Steinberger`, `podcast with OpenClaw creator Peter Steinberger`: the words right
 * before a name in prose present that person as the one interviewed (up to three words of description between).
 */
const INTERVIEWED_BEFORE = /\b(?:interview|conversation|chat|talk|sit-down|episode|podcast|appearance|gespräch|entrevista|entretien)\s+(?:with|mit|con|com|avec)\s+(?:[\p{L}\p{M}.'’-]+\s+){0,3}$/iu;

/** Whether `line` presents `name` as the one interviewed (INTERVIEWED_BEFORE). */
export function interviewedIn(line: string, name: string): boolean {
	for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
		if (INTERVIEWED_BEFORE.test(line.slice(Math.max(0, at - 80), at))) return true;
	}
	return false;
}

const CONVERSATION_JOINS = ["and", "&", "und", "y", "e", "et", "en", "x", "×"];

/** `(ft. Batja Mesquita)`, `feat. …`, `Interview with …`: the title presents the name after it as the episode's guest. */
// `An Interview With cURL's Daniel Stenberg`: a possessive word (what the person is known for) may come between.
const FEATURED_BEFORE = /(?:^|[\s([])(?:ft\.?|feat\.?|featuring|w\/|(?:interview|conversation|gespräch|entrevista|entretien)\s+(?:with|mit|con|com|avec)(?:\s+\S+['’]s)?)\s+(?:\[\[)?$/i;

/**
 * What may come before and after a name that is a part of a title of its own: its start or end, or `:`, ` - `,
 * ` | `; an episode's number before it and a work in parentheses after it (`#82 David Ogilvy (Ogilvy on Advertising)`).
 */
// `[Podcast] Andrej Karpathy — …`: a tag in brackets opening the title sets the name apart as a number does.
const SEGMENT_BEFORE = /(?:^|[:|]|\s[-–—]|^\s*#?\d{1,4}[.:]?|^\s*\[[^[\]]{1,24}\])\s*$/;
const SEGMENT_AFTER = /^(?:\s*$|\s*[:|]|\s+[-–—]\s|\s+\([^()]+\)\s*$)/;

const CJK_BESIDE_LATIN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])(?=[A-Za-z])|([A-Za-z])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;

function spacedFromCjk(text: string): string {
	// Most titles are in one script: nothing to put in, no copy made.
	CJK_BESIDE_LATIN.lastIndex = 0;
	return CJK_BESIDE_LATIN.test(text) ? text.replace(CJK_BESIDE_LATIN, "$1$2 ") : text;
}

/** A podcast's or a show's word right after a name (`Lex Fridman播客`, `Tim Ferriss 팟캐스트`): the show named for its host. */
const SHOW_AFTER = /^\s*(?:播客|節目|节目|ポッドキャスト|팟캐스트)/;

/** `Name on …`, `Name über …`: the title presents the name before it as the one who speaks. */
const SPEAKS_AFTER = /^\s+(?:on|about|über|sur|sobre|talks|says|explains)\s/;

/** `word` as a whole word in `text` (letters on neither side), case kept: `Sutton`, not `Suttons` or `sutton`. */
export function hasWord(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		const before = at > 0 ? text.charAt(at - 1) : " ";
		const after = text.charAt(at + word.length);
		if (!LETTER.test(before) && !LETTER.test(after)) return true;
	}
	return false;
}

/** A letter or a combining mark (a name's run may not start right after one). */
const LETTER = /[\p{L}\p{M}]/u;
/** The `(address)` of a Markdown link, after its `]`. */
const LINK_ADDRESS = /\]\([^()\s]*\)/g;

/**
 * The subject of a note: the one person its titles name in full who is also spoken of in its body (the
 * full name, outside the lines that repeat a title). `titles` are the frontmatter title, the level-1
 * heading and the file name; `body` the note's text without them, or whether that text names a person in
 * full (`hasWord`); `resolve` gives the canonical name; `hosts` never count. Null when the titles name nobody, or two people.
 */
export function noteSubject(
	titles: string[] | TitlesRead,
	body: string | ((name: string) => boolean),
	resolve: (name: string) => string,
	hosts: string[],
	interviewed?: (name: string) => boolean,
	fullName?: (word: string) => string | null,
	hostsShow?: (name: string) => boolean,
): string | null {
	const found = new Map<string, string>();
	const speaking = new Map<string, string>();
	const hostKeys = new Set(hosts.map((h) => resolve(h).toLowerCase()));
	const inBody = typeof body === "string" ? (name: string) => hasWord(body, name) : body;
	// Each title read once, for both questions below (and for the note's conversation: note/index.ts).
	const read = Array.isArray(titles) ? readTitles(titles) : titles;
	// `A and B on …`: a conversation of two, whose unattributed words may be either's, unless the prose
	// presents one of them as the one interviewed (`Lex Fridman x Peter Steinberger`: "an interview with Peter…").
	const pair = conversationPair(read);
	if (pair !== null) {
		let guests = interviewed === undefined ? [] : pair.filter(interviewed);
		// `Elon Musk × Dwarkesh Patel` over `來源：Dwarkesh Patel Podcast`: the one whose show it is asks, unless the
		// title has both speak (`Josh Waitzkin and Tim Ferriss on the Cave Process`).
		if (guests.length === 0 && hostsShow !== undefined && !read.titles.some((t) => bothSpeak(t, pair))) {
			const host = pair.filter(hostsShow);
			if (host.length === 1) guests = pair.filter((p) => p !== host[0]);
		}
		return guests.length === 1 && !hostKeys.has(resolve(guests[0]).toLowerCase()) ? resolve(guests[0]) : null;
	}
	const apart = new Map<string, string>();
	for (const names of read.named) {
		for (const title of names) {
			const { speaks, featured, alone } = title;
			// A headline's one-word label counts only as the one full name the body gives it.
			const name = title.short ? (fullName?.(title.name) ?? null) : title.name;
			if (name === null) continue;
			// The body names them in full. A part of the name is no evidence: `(Radio Davos Extended)` would
			// make "Davos Extended" a person of a note that mentions Davos, `Can You Teach Claude` one that
			// mentions Claude. A guest the title features by name (`ft. Name`) needs no second mention.
			const mentioned = featured || inBody(name);
			if (!mentioned && !alone) continue;
			const speaker = resolve(name);
			if (hostKeys.has(speaker.toLowerCase())) continue;
			if (!mentioned) {
				apart.set(speaker.toLowerCase(), speaker);
				continue;
			}
			found.set(speaker.toLowerCase(), speaker);
			if (speaks || featured) speaking.set(speaker.toLowerCase(), speaker);
		}
	}
	// Nobody the body speaks of: the one name that is a part of a title on its own (`Show - Name`).
	if (found.size === 0) return apart.size === 1 ? [...apart.values()][0] : null;
	// Two people (`Ed Catmull on David Senra`, `Urbit IDs … w/ Haleek Maul`): the one the title says speaks or
	// features, when it says so of one.
	if (found.size > 1 && speaking.size === 1) return [...speaking.values()][0];
	return found.size === 1 ? [...found.values()][0] : null;
}

/**
 * Whether a quote speaks of `person` by name (`Altman is considered one of…`): then it is about them, a
 * show note or a biography, not their words.
 */
export function speaksOf(text: string, person: string): boolean {
	// A link's address is not what the quote says (`[doctorate](…/Dissertation_Brennecke_2009.pdf)`).
	const said = text.indexOf("](") >= 0 ? text.replace(LINK_ADDRESS, "]") : text;
	for (const word of person.split(/\s+/)) if (word.length > 2 && hasWord(said, word)) return true;
	return false;
}

/** `Dwarkesh Patel Podcast`, `Tim Ferriss Show`, `Lex Fridman's podcast`: the name, then the show it names. */
const SHOW_AFTER_NAME = /^(?:['’]s)?\s+(?:Podcast|podcast|Show|show)\b/;

/** Whether `line` writes `name` as the name of its show. */
export function namesShowIn(line: string, name: string): boolean {
	for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
		if (SHOW_AFTER_NAME.test(line.slice(at + name.length, at + name.length + 12))) return true;
	}
	return false;
}

/** Whether `title` has the pair speak together (`A and B on …`): a verb or `on` right after the later name. */
function bothSpeak(title: string, pair: readonly [string, string]): boolean {
	const end = Math.max(...pair.map((p) => {
		const at = title.indexOf(p);
		return at < 0 ? -1 : at + p.length;
	}));
	return end > 0 && SPEAKS_AFTER.test(title.slice(end));
}
