// A blockquote that holds a dialogue: labels at the start of its lines (`> [Tom Abel]` on its own line,
// `> Ada: …`, `> **Interviewer:** …`, `> **Interviewer: What made you start?**`, `> *Bridget:* …`). Each labelled part is a
// quote of its own. It is a dialogue only with two different labels, at least one a person's name, so a
// lone `> Note: …` or `> Update: …` never splits a quote.
import { boldNameTurn } from "./bold-name-turn";
import { isNameShaped, VERSION_LABELS } from "./names";
import { isPlaceholderLabel } from "./turns";
import { hasColon } from "../util/lines";

export interface DialoguePart {
	/** The label as written (markup removed), or null for lines before the first label. */
	label: string | null;
	/** The label names a person (not a role such as `Interviewer` or `Q`). */
	isName: boolean;
	/** 0-based line indexes, inclusive. */
	first: number;
	last: number;
	/** The part's text: lines without `>` markers and without the label. */
	text: string;
}

const NO_LABELS: ReadonlySet<string> = new Set();
const SPACE = /\s/;

/** Labels that name a role in an interview, never a person. */
const ROLES = new Set([
	"q", "a", "question", "answer", "interviewer", "interviewee", "host", "guest", "me", "i", "frage", "antwort",
	"pregunta", "respuesta", "réponse", "journalist", "moderator", "moderatorin", "audience", "caller", "both", "all",
	"主播", "嘉宾", "嘉賓", "来宾", "來賓", "主持", "主持人",
]);

/** Labels that head remarks, never speakers (`> Note: …`). */
const NOT_LABELS = new Set([
	"note", "notes", "update", "edit", "warning", "tip", "summary", "source", "context", "example", "important",
	"definition", "takeaway", "key point", "bottom line", "caveat", "aside", "tl;dr", "tldr",
	"disclaimer", "disclosure", ...VERSION_LABELS,
	// A CTF write-up's challenge card quoted from the site (`> Attachments: pigsfly.png`).
	"attachment", "attachments",
	// A lecture note's pointer to the readings (`> Recommended Reading: Rosenberg, Jay. “Life After Death…”`).
	"reading", "readings", "recommended reading", "further reading", "suggested reading",
	// A game master's prep closes an encounter with `> **Conclusion:**`; a template's `> **Date:** {{date}}`.
	"conclusion", "introduction", "date", "attendees", "participants",
	// …and a study summary's `> **Conclusión**: …`, an exercise's `> Hint: …`.
	"conclusión", "conclusão", "conclusione", "fazit", "hint", "hinweis",
	// A reading list's machine summary under each link (`> **Резюме:** …`).
	"резюме",
	"节目", "節目", "日期", "发布日期", "發布日期", "链接", "連結", "原始链接", "原始連結", "时长", "時長", "来源", "來源",
]);

/** `[Tom Abel]` alone on its line, or `[Rich]: text`. */
const BRACKET_LABEL = /^\[([^[\]]{1,60})\](?:[ \t]*[:：][ \t]*|[ \t]*$)/;
const BOLD_LABEL = /^\*\*([^*]{1,60}?)(?:\*\*\s*[:：]|[:：]\s*\*\*)\s*/;
const BOLD_LINE = /^\*\*([^*:：]{1,60}?)[:：]\s*([^*].*?)\*\*\s*$/;
/** `*Bridget:* text`, `_Bridget_: text`: an italic label (never bold: BOLD_LABEL is tried first). */
const ITALIC_LABEL = /^[*_](?![*_\s])([^*_\n]{1,60}?)(?:[*_][ \t]*[:：]|[:：][ \t]*[*_])[ \t]*/;
const PLAIN_LABEL = /^([^\s:：*[\]>][^:：*[\]]{0,59}?)[:：]\s+(?=\S)/;
/** `> Menon:` alone on a blockquote's line, the words on the lines below (a dialogue's turns, each its own blockquote). */
const PLAIN_LABEL_ALONE = /^([^\s:：*[\]>][^:：*[\]]{0,59}?)[:：]$/;
/** `[Paul] It’s like…`: a bracketed name before the words, no colon (never a link: no `(` after). */
const BRACKET_TEXT = /^\[([^[\]]{1,60})\][ \t]+(?=[^\s(])/;
/** `Socrate — Or la médecine…`, `Polos — Oui.`: a play's speaker and a long dash, as French editions set dialogue. */
const DASH_LABEL = /^\uFFFC?[ \t]*(\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]{1,30}){0,2})[ \t]+[—–][ \t]+(?=\S)/u;

interface Label {
	label: string;
	text: string;
	/** A plain label with nothing after its colon: a voice only where two such recur (soloLabel). */
	alone?: boolean;
	/** `[Name]` and `**Name:**` are labels by their markup; a plain `Name:` could be a remark's heading. */
	marked: boolean;
	/** `Socrate — …`: a name before a long dash, a voice only where one comes back (a glossary sets terms so too). */
	dashed?: boolean;
}

/** Signs that open a note-taker's remark (`> ⚠️ This is a placeholder…`), as a `[!warning]` callout would. */
const REMARK_SIGNS = ["⚠", "ℹ", "📝", "💡", "❗", "❕", "🚧", "📌", "✏"];
/** Role words that list who is on a show (`主播｜李叔  嘉宾｜携隐Melody`, `Host: Ana · Guest: Tom`). */
const SHOW_ROLE = /(?:^|\s)(?:host|guest|hosts|guests|主播|嘉宾|主持|主持人)\s*[|｜:：]/giu;
const ROLE_MARK = /[|｜:：]/;

/**
 * Whether a blockquote whose first line is `content` is a remark of the note, not anyone's words: it opens
 * with a remark label (`**Note**:`, `Update:`, `Disclaimer:`) or sign (`⚠️`), it lists a show's host and guest, it
 * holds only a heading (`> ### 2019 - 05`), or it opens with a bold number (`> **1.** …`).
 */
export function isRemark(content: string): boolean {
	const s = content.trim();
	if (REMARK_SIGNS.some((sign) => s.startsWith(sign))) return true;
	// `> ### "I knew exactly what to do."` is a quotation set as a heading.
	if (s.charAt(0) === "#" && /^#{1,6}\s/.test(s) && !/^#{1,6}\s+["“„«]/.test(s)) return true;
	// `> **1.** AI has entered…`, `> **2. Anthropic** · WATCH`: an item of the writer's numbered list.
	if (s.startsWith("**") && /^\*\*\d{1,2}[.)]/.test(s)) return true;
	// Each role ends in a `:` or a `|`: the pattern runs only on lines that have one.
	if (ROLE_MARK.test(s) && (s.match(SHOW_ROLE) ?? []).length >= 2) return true;
	const label = labelAt(s);
	return label !== null && NOT_LABELS.has(label.label.toLowerCase().replace(/\*+/g, "").trim());
}

/** Whether `text` holds a mark every label of labelAt needs: `[`, `*` or a colon, or is a short line (`> Speaker 2`). */
export function mayHoldLabel(text: string): boolean {
	return text.indexOf("[") >= 0 || text.indexOf("*") >= 0 || hasColon(text) || dashLabelAt(text) !== null || (text.length <= 24 && isPlaceholderLabel(text.replace(/^[\s>]+/, "").trimEnd()));
}

/**
 * A name and a long dash set off by spaces opening the line (`> Polos — Oui.`): the name, and where the words start
 * in `text`; or null.
 */
function dashLabelAt(text: string): { label: string; at: number } | null {
	let p = 0;
	while (p < text.length && (text[p] === ">" || text[p] === " " || text[p] === "\t" || text[p] === "\uFFFC")) p++;
	// A name of three words at most: the dash comes before the fourth space (a sentence's dash comes later).
	let spaces = 0;
	for (let k = p; k < text.length && k < p + 100 && spaces < 4; k++) {
		if (text[k] !== " ") continue;
		spaces++;
		const dash = text[k + 1];
		if ((dash !== "—" && dash !== "–") || text[k + 2] !== " ") continue;
		const m = DASH_LABEL.exec(text.slice(p, k + 4));
		return m === null ? null : { label: m[1].trim(), at: p + m[0].length };
	}
	return null;
}

function labelAt(content: string): Label | null {
	// `Speaker 2` alone on its line, the words below it (a Snipd transcript pasted into a blockquote).
	if (content.length <= 20 && isPlaceholderLabel(content)) return { label: content, text: "", marked: true };
	let m = BRACKET_LABEL.exec(content);
	if (m && !/^[ xX]$/.test(m[1]) && m[1].charAt(0) !== "!") return { label: m[1].trim(), text: content.slice(m[0].length), marked: true };
	m = BOLD_LINE.exec(content);
	if (m) return { label: m[1].trim(), text: m[2].trim(), marked: true };
	m = BOLD_LABEL.exec(content);
	if (m) return { label: m[1].trim(), text: content.slice(m[0].length), marked: true };
	m = ITALIC_LABEL.exec(content);
	if (m) return { label: m[1].trim(), text: content.slice(m[0].length), marked: true };
	m = hasColon(content) ? PLAIN_LABEL.exec(content) : null;
	if (m) return { label: m[1].trim(), text: content.slice(m[0].length), marked: false };
	m = hasColon(content) ? PLAIN_LABEL_ALONE.exec(content) : null;
	if (m) return { label: m[1].trim(), text: "", marked: false, alone: true };
	m = BRACKET_TEXT.exec(content);
	if (m && m[1].charAt(0) !== "!") return { label: m[1].trim(), text: content.slice(m[0].length), marked: false };
	const dashed = dashLabelAt(content);
	if (dashed !== null) return { label: dashed.label, text: content.slice(dashed.at), marked: false, dashed: true };
	return null;
}

/** `Treant's Challenge`, `Tim's Philosophy`: a possessive before another word names a thing of someone's. */
const POSSESSIVE_THING = /['’]s\s+\S/;

function isLabel(label: string): boolean {
	const key = label.toLowerCase();
	if (NOT_LABELS.has(key) || POSSESSIVE_THING.test(label)) return false;
	return ROLES.has(key) || isNameShaped(label) || isPlaceholderLabel(label);
}

/**
 * The parts of a blockquote's content lines (`contents[i]` is line `first + i` without its `>` marker),
 * or null when the blockquote is not a dialogue.
 */
export function dialogueParts(contents: string[], first: number, recurring: ReadonlySet<string> = NO_LABELS): DialoguePart[] | null {
	const starts: Array<Label & { at: number }> = [];
	for (let i = 0; i < contents.length; i++) {
		const found = labelAt(contents[i].trim());
		if (found !== null && isLabel(found.label)) starts.push({ ...found, at: i });
	}
	// A bold full name without its colon after a marked label of the same blockquote (bold-name-turn.ts).
	if (starts.some((s) => s.marked)) addBoldNameTurns(contents, starts);
	const keys = starts.map((s) => s.label.toLowerCase());
	const distinct = new Set(keys);
	if (distinct.size < 2 || !keys.some((k) => !ROLES.has(k))) return null;
	// Plain `Pros: …` / `Cons: …` lines are a list, not a dialogue: plain labels need a role among them,
	// a label that comes back, or a full name.
	const plainOnly = starts.every((s) => !s.marked);
	const vouched = keys.some((k) => ROLES.has(k) || recurring.has(k)) || starts.some((s) => /\s/.test(s.label));
	if (plainOnly && distinct.size === keys.length && !vouched) return null;
	// Names before long dashes speak only where one of them speaks again (`Socrate — …`, `Polos — …`, `Socrate — …`).
	if (starts.every((s) => s.dashed === true) && distinct.size === keys.length) return null;
	const parts: DialoguePart[] = [];
	const push = (label: string | null, from: number, to: number, head: string | null) => {
		const lines = head === null ? contents.slice(from, to + 1) : [head, ...contents.slice(from + 1, to + 1)];
		const text = lines.join("\n").trim();
		if (text.length === 0) return;
		parts.push({ label, isName: label !== null && !ROLES.has(label.toLowerCase()) && !isPlaceholderLabel(label), first: first + from, last: first + to, text });
	};
	// Lines before the first label that end in a colon introduce the dialogue (a Snipd snip's title, then
	// `Transcript:`): nobody's words.
	if (starts[0].at > 0 && !introduces(contents.slice(0, starts[0].at))) push(null, 0, starts[0].at - 1, null);
	starts.forEach((s, k) => {
		let to = k + 1 < starts.length ? starts[k + 1].at - 1 : contents.length - 1;
		// Blank lines and a stage direction alone (`> [music]`, `> [laughter]`) after the words are no part of them.
		while (to > s.at && (contents[to].trim().length === 0 || isStageDirection(contents[to].trim()))) to--;
		push(s.label, s.at, to, s.text);
	});
	return parts;
}

/** Whether the last non-blank of `contents` ends in a colon. */
function introduces(contents: string[]): boolean {
	for (let i = contents.length - 1; i >= 0; i--) {
		const line = contents[i].trim();
		if (line.length > 0) return line.endsWith(":") || line.endsWith("：");
	}
	return false;
}

const STAGE_DIRECTION = /^\[[\p{Ll} ]{2,30}\]$/u;

/** `[music]`, `[laughter]`: a transcript's stage direction alone on its line (lower case, so never a `[Name]` label). */
export function isStageDirection(text: string): boolean {
	return text.charAt(0) === "[" && STAGE_DIRECTION.test(text);
}

/** Adds the paragraphs of `contents` opened by a bold full name with no colon to `starts`, in line order. */
function addBoldNameTurns(contents: string[], starts: Array<Label & { at: number }>): void {
	for (let i = 0; i < contents.length; i++) {
		if ((i > 0 && contents[i - 1].trim().length > 0) || starts.some((s) => s.at === i)) continue;
		const found = boldNameTurn(contents[i].trim());
		if (found !== null) starts.push({ ...found, marked: true, at: i });
	}
	starts.sort((a, b) => a.at - b.at);
}

/**
 * The label on the first line of a blockquote that is not a dialogue (`> Rich: I wanna talk…`), with the
 * text after it: a dialogue of one turn when the note uses that label in a dialogue too. Roles and
 * remarks (`> Note: …`) are never solo labels.
 */
export function soloLabel(content: string, recurring: ReadonlySet<string> = NO_LABELS): { label: string; text: string; recurs: boolean; styled: boolean; marked: boolean } | null {
	const found = labelAt(content.trim());
	if (found === null || !isLabel(found.label) || ROLES.has(found.label.toLowerCase())) return null;
	// `> Menon:` with the words below it: a turn where it and another such label recur (a `> Hint:` that recurs alone is no voice).
	if (found.alone === true) return recurring.size >= 2 && recurring.has(found.label.toLowerCase()) ? { label: found.label, text: "", recurs: true, styled: false, marked: false } : null;
	if (found.text.trim().length === 0) return null;
	// A full name in label markup (`> [Corey Quinn]: …`) once, where the note's other excerpts carry recurring labels: its style.
	const styled = found.marked && recurring.size > 0 && /\S\s+\S/.test(found.label);
	// A first name in that markup once, where two labels recur: a turn when the note names that person in full.
	return { label: found.label, text: found.text, recurs: styled || recurring.has(found.label.toLowerCase()), styled: found.marked && recurring.size >= 2, marked: found.marked };
}

/**
 * What follows the `>` marks of a blockquote line, where its label would start; null for any other line
 * and for one with no mark a label needs (mayHoldLabel), which is passed over before anything is cut from it.
 */
export function labelledContent(line: string): string | null {
	// A blockquote line opens with `>` after whitespace: other lines are ruled out by their first character.
	const text = line.trimStart();
	if (text[0] !== ">" || !mayHoldLabel(text)) return null;
	let p = 1;
	while (p < text.length && (text[p] === ">" || SPACE.test(text[p]))) p++;
	return text.slice(p);
}

/**
 * Labels that start two or more blockquote lines anywhere in the note (lower-cased): a plain `Paul:` that
 * comes back across the note's excerpts is a speaker, a `Pros:` that appears once is not.
 */
export function recurringQuoteLabels(lines: string[], start: number): Set<string> {
	const counts = new Map<string, number>();
	for (let i = start; i < lines.length; i++) {
		const content = labelledContent(lines[i]);
		if (content === null) continue;
		const found = labelAt(content);
		if (found === null || !isLabel(found.label)) continue;
		const key = found.label.toLowerCase();
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const out = new Set<string>();
	for (const [key, n] of counts) if (n >= 2) out.add(key);
	return out;
}
