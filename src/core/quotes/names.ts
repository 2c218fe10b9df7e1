// What counts as a person's name where an attribution or a turn label would be. A dash alone proves
// nothing (prose, date ranges, "Elon Musk – Lex Fridman Podcast"), so the words after it must look
// like a name: 1–6 words, each capitalised (or from a script without case), no digits, no sentence.
import { ownString } from "../util/strings";

/** Lower-case words allowed inside a name (`Ursula von der Leyen`, `Chiara de Luca`). */
const PARTICLES = new Set([
	"de", "da", "das", "del", "della", "der", "den", "di", "do", "dos", "du", "la", "le", "van", "von",
	"bin", "ibn", "al", "el", "y", "e", "zu", "ter", "ten", "und", "and", "of", "St.",
]);

/** Capitalised words that start sentences or titles, never a name on their own. */
const NOT_FIRST = new Set([
	"The", "A", "An", "This", "That", "These", "Those", "It", "I", "We", "He", "She", "They", "You",
	// Possessives open a phrase (`His Church`, `Our Father`), never a name.
	"His", "Her", "Its", "Our", "Their", "My", "Your",
	"And", "But", "Or", "So", "Not", "No", "Yes", "In", "On", "At", "From", "For", "With", "To", "By",
	"Part", "Chapter", "Episode", "Ep", "Source", "Via", "See", "Page", "Section", "Note", "Season",
	// "I" and "we" in Indonesian and Malay (`Aku Galuh`, `Saya Vanya`: a speaker giving her name).
	"Aku", "Saya", "Kami", "Kita",
]);

/** Words that make a "name" a show, an episode or a calendar item instead of a person. */
const NOT_IN_NAME = new Set([
	"podcast", "podcasts", "show", "episode", "interview", "radio", "fm", "hour", "network", "review", "live",
	"summary", "notes", "transcript", "highlights", "newsletter", "blog", "youtube", "channel", "lab", "report",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed",
	"thu", "fri", "sat", "january", "february", "march", "july", "september", "october",
	"november", "december", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "today", "tomorrow", "yesterday",
	// `Ask Me Anything: Harmony $ONE Makers` titles a session, not a person.
	"anything", "everything", "something", "nothing",
	// `Quick Reference: Top 25 Quotes for Slides` titles a sheet.
	"reference", "guide", "cheatsheet", "manual",
	// `OpenStack Summit Boston - Tuesday Keynotes`, `Hart House Feature on the Chess Club`: events and clubs.
	"summit", "conference", "keynote", "keynotes", "meetup", "festival", "workshop", "club",
]);

/** `How to Fix Them`, `Thank You`: a pronoun after a first word makes a phrase, never a name (not `He`, a Chinese surname; `Me:` alone is a label). */
const PRONOUN_AFTER = new Set(["them", "him", "us", "me", "it", "you", "they", "everyone", "everybody", "myself", "yourself"]);

/**
 * Hindi's copulas, postpositions, pronouns and conjunctions (`है`, `को`, `यह`, `अगर`): a clause holds them, never a
 * name (`Board यह देखता है:` over a model answer says what the board looks for).
 */
const HINDI_FUNCTION_WORDS = new Set(["है", "हैं", "था", "थी", "थे", "हो", "कि", "को", "से", "में", "पर", "का", "की", "के", "यह", "यही", "वह", "वही", "ये", "वे", "नहीं", "अगर", "चाहे", "ऐसे", "जब", "तो", "भी", "ही"]);

/** `रखिए`, `समझिए` ("keep", "understand", said politely): a verb, as in `याद रखिए:` ("remember:"). */
const HINDI_POLITE_VERB = /\p{Script=Devanagari}(?:िए|िये)$/u;

/** `Pliny the Elder`, `Alfred the Great`: the one lower-case "the" a name has, before its last word. */
const EPITHET = /\sthe\s(?:Elder|Younger|Great|Wise|Venerable|Conqueror|Baptist|Apostle)$/;

const WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.\-·・]*$/u;
/**
 * Six or more Han or Hangul characters between name dots: a phrase, not a name. Chinese and Korean names
 * have two to four (`马斯克`, `伊隆·马斯克`), while a translation after a dash (`"…" - 模型训练更像艺术而非科学`)
 * or a caption is longer.
 */
const CJK_PHRASE = /[\p{Script=Han}\p{Script=Hangul}]{6}/u;
/** Chinese and Japanese words for quotes and notes (`**重要原话**：`, `**关键金句**：`): labels over quotes, not names. */
const CJK_NOT_NAME = /原话|金句|语录|名言|引言|引用|摘录|要点|总结|摘要|笔记|观点/u;
const LOWER_START = /^\p{Ll}/u;

const shapeCache = new Map<string, boolean>();

/** English suffixes of abstract nouns (`Diversification`, `Variations`, `Mindfulness`, `Leadership`), which no name word ends in. */
const ABSTRACT_NOUN = /^\p{L}{3,}(?:tions?|isms?|ness|ships?|ology|ologies)$/iu;

/** Whether `word` is an abstract noun by its suffix: a topic (`Consciousness:`), never a person's name. */
export function isAbstractNoun(word: string): boolean {
	return ABSTRACT_NOUN.test(word);
}

/** True when `text` (already without markup) reads as a person's name. Answers are cached: names repeat. */
export function isNameShaped(text: string): boolean {
	if (text.length > 80) return false;
	// Prose (`Sleep more`, a heading's words) is most of what is tested, each phrase once: ruled out before
	// the cache, whose lookup and own copy of the key cost more than this test.
	if (hasLowerWord(text.trim())) return false;
	let known = shapeCache.get(text);
	if (known === undefined) {
		if (shapeCache.size > 5000) shapeCache.clear();
		known = checkNameShape(text);
		// An own copy as the key: a cut from a note would keep the whole note text in the cache.
		shapeCache.set(ownString(text), known);
	}
	return known;
}

function checkNameShape(text: string): boolean {
	const name = text.trim();
	if (name.length === 0 || name.length > 60) return false;
	const words = name.split(/\s+/);
	if (words.length > 6) return false;
	if (NOT_FIRST.has(words[0])) return false;
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		if (!WORD.test(w)) return false;
		if (CJK_NOT_NAME.test(w)) return false;
		if (CJK_PHRASE.test(w.replace(/[^\p{Script=Han}\p{Script=Hangul}·・.]/gu, ""))) return false;
		if (NOT_IN_NAME.has(w.toLowerCase()) || (i > 0 && PRONOUN_AFTER.has(w.toLowerCase())) || HINDI_FUNCTION_WORDS.has(w) || HINDI_POLITE_VERB.test(w)) return false;
		// `Carlson's Sympathetic Framing`: a possessive before more words is a phrase about someone, not a name.
		if (i < words.length - 1 && /.['’]s$/.test(w)) return false;
		if (LOWER_START.test(w) && !(i > 0 && i < words.length - 1 && mayStandInside(w, name, i === words.length - 2))) return false;
	}
	return true;
}

/**
 * Whether `name` (trimmed) has a word starting with an ASCII lower-case letter that no name allows: the
 * first or last word, or an inner word that is no particle: no name has one (isNameShaped tests it first).
 */
function hasLowerWord(name: string): boolean {
	let start = 0;
	for (let k = 0; k <= name.length; k++) {
		if (k < name.length && !isSpace(name[k])) continue;
		const first = name[start];
		if (k > start && first >= "a" && first <= "z" && (start === 0 || k === name.length || !mayStandInside(name.slice(start, k), name, name.indexOf(" ", k + 1) < 0))) return true;
		start = k + 1;
	}
	return false;
}

/** Whether a lower-case `word` of `name` may stand inside it: a particle, or `the` right before an epithet that ends it. */
function mayStandInside(word: string, name: string, beforeLast: boolean): boolean {
	return PARTICLES.has(word) || (word === "the" && beforeLast && EPITHET.test(name));
}

const SPACE = /\s/;

function isSpace(ch: string): boolean {
	return ch === " " || SPACE.test(ch);
}

/** `00:12:05`, `12:05`, `▶ 9:21` → the time as written without the play sign, else null. */
export function timestampOf(text: string): string | null {
	const m = /^\s*(?:[▶⏵►]\s?)?(\d{1,2}:\d{2}(?::\d{2})?)\s*$/.exec(text);
	return m ? m[1] : null;
}

/** A capitalised word, then a nickname of one or two words in quotation marks, then a capitalised word. */
const NICKNAME = /(\p{Lu}[\p{L}\p{M}'’-]*) (?:["“]([\p{L}\p{M}\p{N}'’ -]{1,30})["”]|['‘]([\p{L}\p{M}\p{N} -]{1,30})['’]) (?=(\p{Lu}[\p{L}\p{M}'’-]*))/gu;

/** `Jamie "GaProgMan" Taylor` → `Jamie Taylor`: a nickname in quotation marks inside a name is no part of it. */
export function withoutNicknames(text: string): string {
	return mayHoldNickname(text) ? text.replace(NICKNAME, "$1 ") : text;
}

/** `Entrevista 4: Verónica "Vero" Saldaña` → [[`Vero`, `Verónica Saldaña`]]: each nickname a text writes inside a name. */
export function nicknamesIn(text: string): Array<[string, string]> {
	if (!mayHoldNickname(text)) return [];
	const out: Array<[string, string]> = [];
	for (const m of text.matchAll(NICKNAME)) out.push([(m[2] ?? m[3]).trim(), `${m[1]} ${m[4]}`]);
	return out;
}

/** `桑达尔·皮查伊 (Sundar Pichai)`: a name in another script, then its Latin spelling in parentheses. */
const OTHER_SCRIPT_NAME = /([^\s()（）\p{Script=Latin}\d]{2,20})\s*[(（](\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})[)）]/gu;

/**
 * `桑达尔·皮查伊 (Sundar Pichai) Alphabet CEO 深度访谈逐字稿` → [[`桑达尔·皮查伊`, `Sundar Pichai`]]: a name a title writes in
 * two scripts, so a transcript labelled in one speaks as the other.
 */
export function otherScriptNames(text: string): Array<[string, string]> {
	if (text.indexOf("(") < 0 && text.indexOf("（") < 0) return [];
	const out: Array<[string, string]> = [];
	for (const m of text.matchAll(OTHER_SCRIPT_NAME)) if (/\p{L}/u.test(m[1])) out.push([m[1], m[2]]);
	return out;
}

/** A double quotation mark, or a single one after a space (an apostrophe in `don't` opens no nickname). */
function mayHoldNickname(text: string): boolean {
	return NICKNAME_MARK.test(text);
}
const NICKNAME_MARK = /["“]| ['‘]/;

const HANDLE_AFTER = /\s+\(@[\w.-]{1,40}\)$/;
/** A company or role in brackets at the end (`Chris Lovejoy (Anterior)`). */
const AFFILIATION_AFTER = /\s+\([^()]{1,60}\)$/;

/** `Chris Lovejoy (Anterior)` → `Chris Lovejoy`: only after a name of two words or more (`Cher (singer)` stays). */
function withoutAffiliation(s: string): string {
	const m = AFFILIATION_AFTER.exec(s);
	return m !== null && /\S\s+\S/.test(s.slice(0, m.index)) ? s.slice(0, m.index) : s;
}

/** Name for a person written as a slug (`peter-steinberger` → `Peter Steinberger`), link or plain text. */
export function personName(value: unknown): string | null {
	if (typeof value !== "string") return null;
	let s = value.trim();
	if (s.length === 0 || s.length > 200) return null;
	const link = /^\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]$/.exec(s);
	if (link) s = basename(link[1]);
	if (s.charAt(0) === "@") s = s.slice(1);
	// `Farhan Thawar (@fnthawar)`, `Chris Lovejoy (Anterior)`: the handle or company after the name is no part of it.
	else s = withoutAffiliation(s.replace(HANDLE_AFTER, ""));
	// `stickies-v`, a nick that ends in a letter alone, is written as its owner writes it; a slug's last word is a surname.
	if (!/\s/.test(s) && /[-_]/.test(s) && s === s.toLowerCase() && !/[-_]\p{L}$/u.test(s)) {
		s = s
			.split(/[-_]+/)
			.filter((w) => w.length > 0)
			.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
			.join(" ");
	}
	return s.trim() || null;
}

/** Last path segment without `.md`: the note name a link points at. */
export function basename(target: string): string {
	const t = target.trim();
	const slash = t.lastIndexOf("/");
	const name = slash >= 0 ? t.slice(slash + 1) : t;
	return hasMdExtension(name) ? name.slice(0, -3) : name;
}

function hasMdExtension(name: string): boolean {
	return name.slice(-3).toLowerCase() === ".md";
}

const keyCache = new Map<string, string>();

/** Key for comparing names: case, accents, hyphens and extra spaces ignored. Cached: names repeat. */
export function nameKey(name: string): string {
	let key = keyCache.get(name);
	if (key === undefined) {
		if (keyCache.size > 5000) keyCache.clear();
		// Own copies: the name (and a key equal to it) may be a cut from a note and would keep the whole
		// note text in the cache.
		key = ownString(computeKey(name));
		keyCache.set(ownString(name), key);
	}
	return key;
}

function computeKey(name: string): string {
	return name
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[-_.\s]+/g, " ")
		.trim();
}

/** Two to four capitals: a speaker written as initials (`JB`, `AL`). */
export const INITIALS = /^[A-Z]{2,4}$/;

/** Initials with a digraph, full stops or a hyphen (`WCh`, `Ż.Ł-T`), as Polish writes them. */
export const WRITTEN_INITIALS = /^(?=(?:.*\p{Lu}){2})(?:\p{Lu}\p{Ll}?\.?-?){2,4}$/u;

/**
 * Whether `initials` are the name's: each capital (and the small letter after it, `Ch`) begins a word or a
 * hyphenated part of one, in order (`JB` Joe Beda, `WCh` Wiktoria Choręziak, `Ż.Ł-T` Żaneta Łucka-Tomczyk).
 */
export function hasInitials(name: string, initials: string): boolean {
	const tokens = initials.replace(/\./g, "").match(/\p{Lu}\p{Ll}?|-/gu) ?? [];
	const parts = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).flatMap((w) => w.split(/(-)/));
	return tokens.length >= 2 && tokens.length === parts.length && tokens.every((t, k) => parts[k].startsWith(t));
}

/** A forum's or a social site's page for a user or a comment: where a username's link points. */
const FORUM_URL = /^https?:\/\/(?:www\.|old\.|mobile\.)?(?:news\.ycombinator\.com|reddit\.com|twitter\.com|x\.com|github\.com|lobste\.rs|bsky\.app|mastodon\.[a-z.]+|fosstodon\.org|hachyderm\.io)\//i;
/** A username as forums write them (`jp56`, `insane_dreamer`, `TZubiri`). */
const USERNAME = /^@?[A-Za-z0-9][A-Za-z0-9_.-]{1,38}$/;

/** `[jp56](https://news.ycombinator.com/item?id=…)`: the username a link to a forum or social site shows, or null. */
export function forumUser(shown: string, url: string): string | null {
	const name = shown.trim();
	return USERNAME.test(name) && FORUM_URL.test(url) ? name.replace(/^@/, "") : null;
}

/** `**Segment**: 00:00-03:31`, `**Duração:** 12:40`: a time or a span of the recording where words would be, a field. */
const TIME_SPAN_ONLY = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?(?:[ \t]*(?:[-–—~]|-->)[ \t]*[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?)?$/;

/** Whether a turn's words are only a time or a span of times (trimmed): a field's value, nobody's words. */
export function isTimeSpanOnly(text: string): boolean {
	return TIME_SPAN_ONLY.test(text.trim());
}

/** A line given in two languages (`**中文：**` then `**原文：**`, `Zu Deutsch:`): the version's label, nobody's voice. */
export const VERSION_LABELS = [
	"original", "translation", "原文", "译文", "譯文", "翻译", "翻譯", "zu deutsch", "auf deutsch", "übersetzung", "traduction", "traducción", "tradução", "traduzione", "vertaling",
	// Languages by name (`**日文**：…`, `**繁體中文**：…`, `**英文**：…`: one example sentence in three); `Deutsch:` is a surname too.
	"中文", "英文", "日文", "日语", "日語", "日本語", "英語", "英语", "繁體中文", "繁体中文", "简体中文", "簡體中文", "韓文", "韩文", "한국어", "영어", "english", "japanese", "chinese", "korean", "français", "español", "italiano", "português",
];
