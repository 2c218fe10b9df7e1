// Transcript turns: `**Name:** text`, `**Name**：text`, `**Name (00:01:02)** text`, `Name (00:01:02): text`.
// A label is a speaker only when it recurs in the note (after first names join full names: one
// `**Lex Fridman**：` and many `**Lex**：` are one speaker) or names a frontmatter person, so one-off
// bold labels (`**Aromatases:**`, `**核心提示**：`) never become speakers.
import { isNameShaped, nameKey } from "./names";

export interface TurnCandidate {
	label: string;
	timestamp: string | null;
	/** 1-based lines of the turn, continuation paragraphs included. */
	line: number;
	endLine: number;
	/** Where the turn's text starts on its first line. */
	textStart: number;
	section: string[];
	/** The label held only a time (`**(08:25):**`): `label` is the previous turn's, set by the scan. */
	continued: boolean;
}

const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?)`;
const BOLD = /\*\*([^*\n]{1,80}?)(?:\*\*[ \t]*[:：]|[:：]\*\*)[ \t]*/y;
const BOLD_TIMED = new RegExp(String.raw`\*\*([^*\n(\[]{1,80}?)[ \t]*[(\[]${TIME}[)\]][ \t]*[:：]?\*\*[ \t]*[:：]?[ \t]*`, "y");
/** `**(08:25):**`, `**[08:25]**`, `**08:25:**`: a time alone where the name would be. */
const BOLD_TIME_ONLY = new RegExp(String.raw`\*\*[ \t]*[(\[]?${TIME}[)\]]?[ \t]*[:：]?\*\*[ \t]*[:：]?[ \t]*`, "y");
const PLAIN_TIMED = new RegExp(String.raw`([^\s*#>|(\[][^()*\[\]\n]{0,60}?)[ \t]\(${TIME}\)[ \t]*[:：][ \t]*`, "y");

/** Labels that head definitions and notes, never people. */
const NOT_SPEAKERS = new Set([
	"note", "notes", "tags", "tag", "summary", "source", "sources", "takeaway", "takeaways", "key takeaways",
	"key points", "context", "definition", "example", "examples", "important", "warning", "tip", "todo",
	"update", "edit", "related", "see also", "links", "link", "date", "time", "url", "title", "author",
	"host", "guest", "show", "episode", "topic", "topics", "idea", "ideas", "quote", "quotes", "highlight",
	"highlights", "action", "actions", "lesson", "lessons", "why", "what", "how", "bottom line",
]);

/** The turn label starting at `p`, or null. Only lines starting with `**` or holding `(` early are tried. */
export function turnLabelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	let m: RegExpExecArray | null = null;
	if (line.charCodeAt(p) === 42 && line.charCodeAt(p + 1) === 42) {
		BOLD_TIME_ONLY.lastIndex = p;
		const time = BOLD_TIME_ONLY.exec(line);
		if (time) {
			const end = time.index + time[0].length;
			return { label: "", timestamp: time[1], line: index + 1, endLine: index + 1, textStart: end, section, continued: true };
		}
		BOLD_TIMED.lastIndex = p;
		m = BOLD_TIMED.exec(line);
		if (!m) {
			BOLD.lastIndex = p;
			m = BOLD.exec(line);
		}
	} else {
		if (!hasParenSoon(line, p)) return null;
		PLAIN_TIMED.lastIndex = p;
		m = PLAIN_TIMED.exec(line);
	}
	if (!m) return null;
	const label = m[1].trim();
	if (!isNameShaped(label) || NOT_SPEAKERS.has(label.toLowerCase())) return null;
	const end = m.index + m[0].length;
	return { label, timestamp: m[2] ?? null, line: index + 1, endLine: index + 1, textStart: end, section, continued: false };
}

/** Whether a ` (` starts within 62 characters after `p`. */
function hasParenSoon(line: string, p: number): boolean {
	// Forward searches for `(` (rare in prose; a search for ` (` stops at every space), ending once
	// past the window: a few short reads, where a backward search would be a slow call in V8.
	for (let k = line.indexOf("(", p + 2); k >= 0 && k <= p + 63; k = line.indexOf("(", k + 1)) {
		if (line.charCodeAt(k - 1) === 32) return true;
	}
	return false;
}

/** Keeps the candidates that are real turns; `people` are the note's frontmatter people (display names). */
export function acceptTurns(candidates: TurnCandidate[], people: string[]): TurnCandidate[] {
	if (candidates.length === 0) return candidates;
	// Work per distinct label, not per turn: a transcript repeats a handful of labels thousands of times.
	// A continuation repeats the label before it: it keeps that label's fate and adds nothing to its count.
	const perLabel = new Map<string, number>();
	for (const c of candidates) perLabel.set(c.label, (perLabel.get(c.label) ?? 0) + (c.continued ? 0 : 1));
	const full = new Map<string, Set<string>>();
	const addFull = (name: string) => {
		const key = nameKey(name);
		const space = key.indexOf(" ");
		if (space < 0) return;
		const first = key.slice(0, space);
		const set = full.get(first) ?? new Set<string>();
		set.add(key);
		full.set(first, set);
	};
	for (const label of perLabel.keys()) addFull(label);
	for (const p of people) addFull(p);
	const groupOf = (label: string): string => {
		const key = nameKey(label);
		const set = key.indexOf(" ") < 0 ? full.get(key) : undefined;
		return set !== undefined && set.size === 1 ? [...set][0] : key;
	};
	const counts = new Map<string, number>();
	const groups = new Map<string, string>();
	for (const [label, n] of perLabel) {
		const g = groupOf(label);
		groups.set(label, g);
		counts.set(g, (counts.get(g) ?? 0) + n);
	}
	const known = new Set(people.map((p) => groupOf(p)));
	const keep = new Set<string>();
	for (const [label, g] of groups) if ((counts.get(g) ?? 0) >= 2 || known.has(g)) keep.add(label);
	return keep.size === perLabel.size ? candidates : candidates.filter((c) => keep.has(c.label));
}
