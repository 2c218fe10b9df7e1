// Highlights as the Matter app exports them to Obsidian (issue 13, decision 44): a `## Metadata` list
// (`* URL: …`, `* Author: …`, `* Publisher: …`), then `## Highlights` with one `* text` item per highlight
// and the reader's comments as `  * **Note**: …` sub-items. Each highlight is a verbatim excerpt. In an
// interview a highlight may carry the transcript's own label, at its start (`* AM: Yes. …`) or after a
// sentence (`…the long run? AM: Yeah, …`): the label starts that speaker's turn and the words before it
// are the interviewer's, who is the export's author. An unlabelled highlight is left to the note's
// subject (the person its title names), and is a quote only when a speaker is found.
import type { Heading } from "../note/scan";
import { isPlausibleName } from "./context";
import { rawQuote, type RawQuote } from "./raw";
import { allMatches } from "../util/strings";

const META_ITEM = /^[*-]\s+(URL|Author|Publisher|Published Date|Tags):[ \t]*(.*)$/;
const ITEM = /^[*-]\s+(\S.*)$/;
/** A transcript label in a highlight: two to four capitals (`AM:`), the way the interview marks turns. */
const LABEL_AT_START = /^([A-Z]{2,4}):\s+(?=\S)/;
const LABEL_AFTER_SENTENCE = /([.?!…"”)])\s+([A-Z]{2,4}):\s+(?=\S)/g;

export interface MatterExport {
	/** The `* Author:` value, or null. */
	author: string | null;
	/** One raw quote per highlight, or per labelled part of one. */
	quotes: RawQuote[];
	/** Raw quotes whose speaker is the author (the words before a mid-highlight label). */
	interviewer: Set<RawQuote>;
	/** Whether 1-based line `line` is one of the highlights' lines. */
	holds(line: number): boolean;
}

/** Whether a heading's text is `word` (lower case) in any case: only a text of its length is lower-cased. */
function isHeadingWord(text: string, word: string): boolean {
	const t = text.trim();
	return t.length === word.length && t.toLowerCase() === word;
}

/** The note's Matter highlights, or null when the note is not laid out as a Matter export. */
export function matterExport(lines: readonly string[], headings: readonly Heading[]): MatterExport | null {
	const meta = headings.find((h) => isHeadingWord(h.text, "metadata"));
	if (meta === undefined) return null;
	const fields = new Map<string, string>();
	for (let i = meta.line; i < lines.length && i < meta.line + 12; i++) {
		const m = META_ITEM.exec(lines[i]);
		if (m !== null) fields.set(m[1], m[2].trim());
		else if (lines[i].trim() !== "") break;
	}
	if (!fields.has("URL") || !(fields.has("Author") || fields.has("Publisher"))) return null;
	const list = headings.find((h) => h.line > meta.line && isHeadingWord(h.text, "highlights"));
	if (list === undefined) return null;
	const next = headings.find((h) => h.line > list.line && h.level <= list.level);
	const end = next === undefined ? lines.length : next.line - 1;
	const author = fields.get("Author") || null;
	const quotes: RawQuote[] = [];
	const interviewer = new Set<RawQuote>();
	const held = new Set<number>();
	for (let i = list.line; i < end; i++) {
		// Top-level items only: an indented `  * **Note**: …` is the reader's comment.
		const m = ITEM.exec(lines[i]);
		if (m === null) continue;
		held.add(i + 1);
		for (const part of labelledParts(m[1])) {
			const q = rawQuote(part.label === null ? "list" : "turn", i + 1, i + 1, part.text, [list.text], null);
			if (part.label !== null) {
				q.speakerRaw = part.label;
				q.name = part.label;
			} else if (part.beforeLabel !== null && author !== null && initialsOf(author) !== part.beforeLabel) {
				q.name = author;
				q.speakerRaw = author;
				interviewer.add(q);
			}
			// An unlabelled highlight with no speaker found is an excerpt, not a quote (an article's highlights).
			if (q.name === null) q.needsSpeaker = true;
			quotes.push(q);
		}
	}
	return quotes.length === 0 ? null : { author, quotes, interviewer, holds: (line) => held.has(line) };
}

interface Part {
	text: string;
	label: string | null;
	/** For an unlabelled part followed by a label: that label. */
	beforeLabel: string | null;
}

/** A highlight's text cut at each transcript label: the words before the first one, then each labelled turn. */
function labelledParts(text: string): Part[] {
	const cuts: Array<{ at: number; textAt: number; label: string }> = [];
	const first = LABEL_AT_START.exec(text);
	if (first !== null) cuts.push({ at: 0, textAt: first[0].length, label: first[1] });
	for (const m of allMatches(LABEL_AFTER_SENTENCE, text)) {
		const at = (m.index ?? 0) + m[1].length;
		cuts.push({ at, textAt: (m.index ?? 0) + m[0].length, label: m[2] });
	}
	if (cuts.length === 0) return [{ text: text.trim(), label: null, beforeLabel: null }];
	const parts: Part[] = [];
	const before = text.slice(0, cuts[0].at).trim();
	if (before.length > 0) parts.push({ text: before, label: null, beforeLabel: cuts[0].label });
	cuts.forEach((c, k) => {
		const words = text.slice(c.textAt, k + 1 < cuts.length ? cuts[k + 1].at : text.length).trim();
		if (words.length > 0) parts.push({ text: words, label: c.label, beforeLabel: null });
	});
	return parts;
}

/** `Ben Thompson` → `BT`. */
function initialsOf(name: string): string {
	return name
		.split(/\s+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w.charAt(0))
		.join("");
}

/**
 * The person the labels stand for: the one full name in the note's titles whose initials are a label the
 * highlights use (`AM` in "An Interview With Replit Founder Amjad Masad"), or null.
 */
export function labelledPerson(m: MatterExport, titles: readonly string[]): string | null {
	const labels = new Set<string>();
	for (const q of m.quotes) if (q.kind === "turn" && q.name !== null) labels.add(q.name);
	if (labels.size === 0) return null;
	const found = new Set<string>();
	for (const title of titles) {
		// `Replit Founder Amjad Masad`: the name is two or three capitalised words somewhere in the title.
		const words = title.split(/[\s,:;|–—]+/).filter((w) => w.length > 0);
		for (let from = 0; from < words.length; from++) {
			for (let len = 2; len <= 3 && from + len <= words.length; len++) {
				const part = words.slice(from, from + len).join(" ");
				if (labels.has(initialsOf(part)) && isPlausibleName(part)) found.add(part);
			}
		}
	}
	return found.size === 1 ? [...found][0] : null;
}
