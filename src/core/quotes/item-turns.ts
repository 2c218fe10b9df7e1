// Turns written as nested outline items (`      - Marty: This causes me to pause…`): bullet notes of a
// discussion put each host's remark under the topic it was about. A plain `Name:` opening a nested item is
// far more often a term (`- Preface: Genesis 1-11`, `- Dose: 5 mg`), so such items become turns only when
// they read as a conversation: at one indentation, two or more names, one of them on two items or more,
// and each item's words read as speech (in quotation marks, a question, or in the first or second person).
import { isPlaceholderLabel, type TurnCandidate } from "./turns";
import { isPlausibleName } from "./context";

/** A `Name:` label opening a nested list item, with the item's indentation (characters before the marker). */
export interface ItemTurnCandidate extends TurnCandidate {
	indent: number;
}

/** Words that are only a full name, maybe with a handle (`Todd Jordan @toddjordan`). */
const NAME_ONLY = /^\s*\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3}(?:\s+@[\w.-]+)?\s*$/u;

/** `Julien Gilli`, `Steven R Loomis`: a name written in full, each word capitalised. */
const FULL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;

/** `(Tuomas) In Finland…`, `(Mosè Giordano): I come…`: a name in brackets opening an item, then the words. */
const BRACKETED_NAME = /\((\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})\)[ \t]*:?[ \t]+(?=\S)/uy;

/** What a task list writes in brackets before an item (`- (Done) …`, `- (Optional) …`): a state, no name. */
const ITEM_STATES = new Set(["done", "todo", "optional", "recommended", "required", "new", "fixed", "updated", "update", "draft", "bonus", "note", "important", "urgent", "blocked", "closed", "open", "pending", "resolved", "skipped", "postponed", "cancelled", "canceled", "ongoing", "started", "planned", "later", "maybe", "yes", "no"]);

/**
 * The bracketed name opening the item at `p` (`- (Tuomas) In Finland…`), as shared meeting notes write who said
 * each line; a turn only where three such names speak (acceptItemTurns), as `- (optional) …` or `- (WIP) …` never do.
 */
export function bracketedItemAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	BRACKETED_NAME.lastIndex = p;
	const m = BRACKETED_NAME.exec(line);
	if (m === null || !isPlausibleName(m[1]) || ITEM_STATES.has(m[1].toLowerCase())) return null;
	return { label: m[1], timestamp: null, line: index + 1, endLine: index + 1, textStart: m.index + m[0].length, section, continued: false, plain: false, initials: null, bracketed: true };
}

/** HackMD's and CodiMD's author tag: `[name=Guillaume]`, `[name=toby]:`. */
const NAME_TAG = /\[name=([^\]\n=]{1,40})\][ \t]*:?[ \t]*(?=\S)/y;

/**
 * The author tag opening the item at `p` (`- [name=Thomas]: Triage focused meeting`), as HackMD and CodiMD write who
 * wrote each line of shared minutes: a turn of that person's, whatever else the note holds.
 */
export function taggedItemAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	NAME_TAG.lastIndex = p;
	const m = NAME_TAG.exec(line);
	const label = m === null ? "" : m[1].trim();
	if (m === null || label.length === 0) return null;
	return { label, timestamp: null, line: index + 1, endLine: index + 1, textStart: m.index + m[0].length, section, continued: false, plain: false, initials: null, tagged: true };
}

/** Names at one depth that make a meeting's minutes rather than a conversation's two voices. */
const MINUTES_VOICES = 3;

/** Words that are only links (`[LinkedIn](…) | [Website](…)`), separators between them. */
const LINKS_ONLY = /^(?:[\s|·•,/-]*(?:\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?))+[\s|·•,/-]*$/;

const PERSON_WORD = /(?:^|[^\p{L}'’])(?:I|me|my|we|us|our|you|your|(?:I|we|you)['’](?:m|re|ve|ll|d))(?![\p{L}'’])/u;
/** The same in other languages: `ich`, `je`, `eu`, and Korean, Japanese and Chinese first persons (`저는`, `私`, `我`). */
const PERSON_WORD_ELSEWHERE = /(?:^|[^\p{L}'’])(?:ich|wir|mein|meine|je|j['’]|nous|yo|nosotros|eu|meu|minha|nós|io|noi)(?![\p{L}])|저는|제가|저희|나는|내가|우리|私|僕|我/iu;

/** Whether the words after a label read as something said rather than a term's definition. */
export function readsAsSpeech(text: string): boolean {
	const t = text.trim();
	if (t.length === 0) return false;
	const c = t[0];
	// `「…」`, `『…』`: Japanese quotation brackets.
	return c === '"' || c === "“" || c === "«" || c === "„" || c === "「" || c === "『" || t[t.length - 1] === "?" || PERSON_WORD.test(t) || PERSON_WORD_ELSEWHERE.test(t);
}

/** A value that is one inline code span and nothing else. */
const CODE_ONLY = /^[ \t]*`[^`\n]+`[ \t]*$/;

/**
 * The candidates that are turns of an outline's conversation (see the file's comment), and those whose
 * label is a voice of the note's transcript (`* **Alan** : D'abord…` where `**Alan** :` paragraphs are
 * turns), whatever their markup; the rest are dropped.
 */
export function acceptItemTurns(candidates: ItemTurnCandidate[], lines: string[], voices: ReadonlySet<string> = new Set()): TurnCandidate[] {
	// `- (Ruth) …`, `- (Leo) …`, `- (Daniel) …`: three names in brackets are the people of a meeting's notes.
	const bracketed = candidates.filter((c) => c.bracketed === true);
	if (bracketed.length > 0) {
		candidates = candidates.filter((c) => c.bracketed !== true);
		if (new Set(bracketed.map((c) => c.label)).size < MINUTES_VOICES) bracketed.length = 0;
	}
	// `- [name=Thomas]: …`: the tag says who wrote the item, with no need for others to answer.
	const tagged = candidates.filter((c) => c.tagged === true);
	if (tagged.length > 0) candidates = candidates.filter((c) => c.tagged !== true);
	const turns = acceptLabelled(candidates, lines, voices);
	const kept = [...bracketed, ...tagged];
	return kept.length === 0 ? turns : [...turns, ...kept].sort((a, b) => a.line - b.line);
}

/** The labelled candidates (`- Name: …`, `* **Name**: …`) that are turns, as acceptItemTurns says. */
function acceptLabelled(candidates: ItemTurnCandidate[], lines: string[], voices: ReadonlySet<string>): TurnCandidate[] {
	// `* John:` over nested items: a first name the note writes in full elsewhere (`John Delaney: Consider…`), or a
	// full name it writes elsewhere; a talk outline's `* Simplicity Matters:` or `* Limits` over its points is none.
	if (candidates.some((c) => c.nameAlone === true)) {
		const heads = new Set(candidates.filter((c) => c.nameAlone === true).map((c) => c.line));
		candidates = candidates.filter((c) => c.nameAlone !== true || writtenElsewhere(c.label, lines, heads));
	}
	// `- Chris Adams: [LinkedIn](…) | [GitHub](…)`: a guest list's links, not a voice's words.
	// `- TJ: Todd Jordan @toddjordan`: an attendee list's legend says who the initials are, nobody speaks.
	// `- 背景视频: \`game/videos/…/dream_prologue.mp4\``: a field whose value is code (a path, a command), nobody's words.
	candidates = candidates.filter((c) => !NAME_ONLY.test(lines[c.line - 1].slice(c.textStart)) && !CODE_ONLY.test(lines[c.line - 1].slice(c.textStart)));
	const known = [...(voices.size === 0 ? [] : candidates.filter((c) => voices.has(c.label.toLowerCase()) && !LINKS_ONLY.test(lines[c.line - 1].slice(c.textStart)))), ...initialledMinutes(candidates, lines)];
	// A bold name too (`- **이진우**: …`, a Logseq journal's meeting) where its own words read as speech: bold
	// labels in a list are as often terms and topics (`- **Pricing**: …`).
	// Three bold Korean names or more at one depth (`- **이진우**:`, `- **박정호**:`, `- **김현우**:`) are a meeting's
	// voices; bold words in Latin letters at one depth are as often a list's terms (`- **Retrieval**:`).
	const boldAt = new Map<number, Set<string>>();
	for (const c of candidates) if (!c.plain && HANGUL_NAME.test(c.label)) boldAt.set(c.indent, (boldAt.get(c.indent) ?? new Set()).add(c.label));
	// So are three bold names or more at one depth that each say something in the first or second person or ask
	// (a scribe's minutes: `* **mnot**: Do you think…`, `* **Lucas**: I'll take…`): then every item of theirs is a turn.
	// One of them written in full (`**Alan Frindell**`): a summary's fields (`**Research**:`, `**K**:`) never are.
	const spokenAt = new Map<number, Set<string>>();
	for (const c of candidates) if (!c.plain && isPersonLabel(c.label) && readsAsSpeech(lines[c.line - 1].slice(c.textStart))) spokenAt.set(c.indent, (spokenAt.get(c.indent) ?? new Set()).add(c.label));
	for (const [indent, labels] of spokenAt) if (labels.size < MINUTES_VOICES || ![...labels].some((l) => FULL_NAME.test(l))) spokenAt.delete(indent);
	const meeting = (c: ItemTurnCandidate) => (boldAt.get(c.indent)?.size ?? 0) >= MINUTES_VOICES || spokenAt.get(c.indent)?.has(c.label) === true;
	const plain = candidates.filter((c) => !known.includes(c) && (c.plain || (isPersonLabel(c.label) && (meeting(c) || readsAsSpeech(lines[c.line - 1].slice(c.textStart))))));
	const outline = plain.length < 2 ? [] : outlineTurns(plain, lines);
	return known.length === 0 ? outline : [...known, ...outline].sort((a, b) => a.line - b.line);
}

/** `ML`, `HW`: a person's initials in capitals. */
const BOLD_INITIALS = /^\p{Lu}{2,3}$/u;

/** Full names as a roll writes them (`Michael Lawrence (chair), Hong Ooi, Luke Tierney`). */
const ROLL_NAME = /\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2}/gu;

/**
 * `- **ML**: Quite a bit…`, `- **HW**: Have some clear idea…`: three bold initials or more at one depth, two of them a
 * full name's the note writes (its roll), are a scribe's minutes; every item of theirs is a turn.
 */
function initialledMinutes(candidates: ItemTurnCandidate[], lines: string[]): ItemTurnCandidate[] {
	const at = new Map<number, Set<string>>();
	for (const c of candidates) if (!c.plain && BOLD_INITIALS.test(c.label)) at.set(c.indent, (at.get(c.indent) ?? new Set()).add(c.label));
	if (![...at.values()].some((labels) => labels.size >= MINUTES_VOICES)) return [];
	const named = new Set<string>();
	for (const line of lines) for (const m of line.matchAll(ROLL_NAME)) named.add(m[0].split(/\s+/).map((w) => w.charAt(0)).join(""));
	const minutes = new Set<number>();
	for (const [indent, labels] of at) if (labels.size >= MINUTES_VOICES && [...labels].filter((l) => named.has(l)).length >= 2) minutes.add(indent);
	return candidates.filter((c) => !c.plain && BOLD_INITIALS.test(c.label) && minutes.has(c.indent));
}

/**
 * A bold item label that may be a person: a plausible name in Latin letters, or a Korean name of two to four
 * syllables (`이진우`). Chinese words are left out: a video note's categories (`**视频上下文**：`) read as names.
 */
function isPersonLabel(label: string): boolean {
	// `- **Respondent 1:** I understood…`: a placeholder (a study's numbered people) is a voice that names nobody.
	return HANGUL_NAME.test(label) || (LATIN.test(label) && isPlausibleName(label)) || isPlaceholderLabel(label);
}

const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;

const HANGUL_NAME = /^\p{Script=Hangul}{2,4}$/u;

/** Whether the note writes `label` as a person's name on a line other than the item heads: in full, or as a full name's first word. */
function writtenElsewhere(label: string, lines: string[], heads: ReadonlySet<number>): boolean {
	const oneWord = !/\s/.test(label);
	for (let i = 0; i < lines.length; i++) {
		if (heads.has(i + 1)) continue;
		const line = lines[i];
		for (let at = line.indexOf(label); at >= 0; at = line.indexOf(label, at + 1)) {
			if (at > 0 && /[\p{L}\p{M}]/u.test(line.charAt(at - 1))) continue;
			const after = line.slice(at + label.length);
			if (oneWord ? FULL_NAME_REST.test(after) : !/^[\p{L}\p{M}]/u.test(after)) return true;
		}
	}
	return false;
}

/** Whether a line other than the item heads opens with `label` and a surname (`* Myles Borins (@MylesBorins)`, `- Tuomas Koskela / he/him`). */
function listedInFull(label: string, lines: string[], heads: ReadonlySet<number>): boolean {
	for (let i = 0; i < lines.length; i++) {
		if (heads.has(i + 1)) continue;
		const line = lines[i];
		const at = line.indexOf(label);
		if (at < 0 || line.slice(0, at).replace(NESTED_MARKER, "").trim() !== "") continue;
		const rest = FULL_NAME_REST.exec(line.slice(at + label.length));
		if (rest !== null && line.charAt(at + label.length + rest[0].length) !== ":") return true;
	}
	return false;
}

/** After a first name: a space and a capitalised surname (`John Delaney`). */
const FULL_NAME_REST = /^[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+/u;

/** An item's words: after its label, or (a name alone over nested items) the items below it. */
function wordsOf(c: TurnCandidate, lines: string[]): string {
	if (c.nameAlone !== true) return lines[c.line - 1].slice(c.textStart);
	return lines.slice(c.line, Math.min(c.endLine, c.line + 6)).map((l) => l.replace(NESTED_MARKER, "")).join(" ");
}

/** A nested item's indentation and marker. */
const NESTED_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;

/** Whether the heading the item sits under asks a question. */
function asksAbove(c: TurnCandidate): boolean {
	const heading = c.section.length > 0 ? c.section[c.section.length - 1].trimEnd() : "";
	return heading.endsWith("?") || heading.endsWith("？");
}

/** Words that make a sentence rather than a term's value (`Speed: fast builds`): five words, or three and a full stop. */
function isSentence(text: string): boolean {
	const words = text.trim().split(/\s+/).length;
	return words >= 5 || (words >= 3 && /[.!。！]\s*$/.test(text));
}

/** How far up an answer's item looks for the question it answers. */
const ANSWER_REACH = 12;

/** A list item's marker and its words. */
const ITEM = /^(?:[-*+]|\d{1,3}[.)])[ \t]+(.*)$/;

/** An item that opens with a label (`Prompt: "What would you call this?"`): a field or a voice, no question asked. */
const LABELLED = /^[^\s:：]{1,40}(?:\s[^\s:：]{1,40}){0,3}[:：]\s/;

/**
 * Whether the item answers a question: the item it is nested under asks one, or an unlabelled item before it at
 * its own depth does (`* How does governance work?` then `    - Noah: With good governance…`, an AMA's thread).
 */
function answersItem(c: ItemTurnCandidate, lines: string[]): boolean {
	for (let i = c.line - 2; i >= 0 && i >= c.line - 1 - ANSWER_REACH; i--) {
		const line = lines[i];
		const text = line.trimStart();
		if (text === "") continue;
		const indent = line.length - text.length;
		if (indent > c.indent) continue;
		const item = ITEM.exec(text);
		// A paragraph or a heading above the list: its own reading (asksAbove), not this one.
		if (item === null) return false;
		const asks = !LABELLED.test(item[1]) && (item[1].includes("?") || item[1].includes("？"));
		if (indent < c.indent || asks) return asks;
	}
	return false;
}

/**
 * Plain `Name:` items that read as a conversation at one indentation (see the file's comment). A meeting's
 * minutes (`* Pete: Goal here is…`, `* Tanvi: Any discussions?`) go by three or more names at one depth, many
 * of their items read as speech: there every item of the depth is a turn, the terse ones too.
 */
/** A changelog entry's first word: what the change did (`Fixed …`, `Adds sum() …`, `Better handling of …`). */
const CHANGE_ENTRY = /^\s*(?:Add|Adds|Added|Fix|Fixes|Fixed|Improve|Improves|Improved|Update|Updates|Updated|Remove|Removes|Removed|Bump|Bumps|Bumped|Refactor|Refactors|Refactored|Better|Support|Supports|Implement|Implements|Implemented|Allow|Allows|Make|Makes|Made|Rename|Renames|Renamed|Document|Documents|Documented|Revert|Reverts|Reverted|More|New|Correct|Corrects|Corrected)\b/;

function outlineTurns(candidates: ItemTurnCandidate[], lines: string[]): TurnCandidate[] {
	// Under a question heading (`### 하이퍼X를 선택한 특별한 이유가 있나요?`), a name's item answers it.
	const speaks = candidates.map((c) => (!c.plain && HANGUL_NAME.test(c.label)) || readsAsSpeech(wordsOf(c, lines)) || asksAbove(c));
	const minutes = new Set<number>();
	// A standup's `* Julien Gilli: unsure how…`: people written in full need no first person to speak.
	const people = new Set<string>();
	for (const indent of new Set(candidates.map((c) => c.indent))) {
		const at = candidates.filter((c) => c.indent === indent);
		const spokenAt = at.filter((c) => speaks[candidates.indexOf(c)]).length;
		if (new Set(at.map((c) => c.label)).size >= MINUTES_VOICES && spokenAt * 5 >= at.length * 2) minutes.add(indent);
		const full = new Set(at.filter((c) => FULL_NAME.test(c.label)).map((c) => c.label));
		if (full.size >= MINUTES_VOICES) for (const name of full) people.add(name);
		// So do accounts written with their `@` (`* @isaacs: two weird bugs found…`, a meeting typed in chat); beside
		// them another label (`- New Feature: …`) is a term unless its own words read as speech.
		const accountItems = at.filter((c) => c.handle === true && lines[c.line - 1].includes("@" + c.label));
		const accounts = new Set(accountItems.map((c) => c.label));
		// A changelog credits its contributors the same way (`- @reply2za: Fixed inline rendering…`): entries that say
		// what changed, half of them or more, are credits, not a chat.
		const credits = accountItems.filter((c) => CHANGE_ENTRY.test(wordsOf(c, lines))).length;
		if (accounts.size >= MINUTES_VOICES && credits * 2 < accountItems.length) {
			for (const name of accounts) people.add(name);
			minutes.delete(indent);
		}
	}
	// `- Gus: import() also…`, `    - Myles: there will be…`: first names the note lists in full (its attendees), three
	// of them, are the minutes' people at whatever depth the scribe nested their words.
	const heads = new Set(candidates.map((c) => c.line));
	const listed = new Set<string>();
	for (const label of new Set(candidates.map((c) => c.label))) if (!/\s/.test(label) && LATIN.test(label) && isPlausibleName(label) && listedInFull(label, lines, heads)) listed.add(label);
	if (listed.size >= MINUTES_VOICES) for (const name of listed) people.add(name);
	// An item answering a question speaks, but does not make its depth a meeting's minutes (terms answer too).
	// A name and its colon over nested items (`* John:`) is a label however its words read (scan.ts).
	const spoken = candidates.filter((c, k) => speaks[k] || c.nameAlone === true || minutes.has(c.indent) || people.has(c.label) || (answersItem(c, lines) && isSentence(lines[c.line - 1].slice(c.textStart))));
	// Names heading nested items converse among themselves: an agenda's `* John Delaney: Consider…` at their depth
	// is another list.
	const group = (c: ItemTurnCandidate) => (c.nameAlone === true ? -1 - c.indent : c.indent);
	const byIndent = new Map<number, Map<string, number>>();
	for (const c of spoken) {
		const labels = byIndent.get(group(c)) ?? new Map<string, number>();
		labels.set(c.label, (labels.get(c.label) ?? 0) + 1);
		byIndent.set(group(c), labels);
	}
	// The listed people converse across depths too: a reply nested under the remark it answers.
	const listedSpoken = new Map<string, number>();
	for (const c of spoken) if (listed.has(c.label)) listedSpoken.set(c.label, (listedSpoken.get(c.label) ?? 0) + 1);
	const converse = (labels: Map<string, number> | undefined) => labels !== undefined && labels.size >= 2 && [...labels.values()].some((n) => n >= 2);
	const listedConverse = converse(listedSpoken);
	return spoken.filter((c) => converse(byIndent.get(group(c))) || (listedConverse && listed.has(c.label)));
}
