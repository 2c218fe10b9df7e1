// Transcript segments that name no speaker: a time label (`[0:26](url) So today…`, `**[00:00:00](…) -
// [00:00:20](…)**` then the words, `- [00:02:34](…)` then the words) before each paragraph of spoken words,
// and no name on any of them. A reader sees each segment as words said in the episode by someone the note
// does not name: a quote with no speaker. A linked time before every line is also how chapter lists and
// show notes are written, so segments count only where the note says they are spoken words: under a heading
// that names a transcript, and when they hold sentences (decision 29). Under a heading that names the person
// and what they speak on (`## Dario Amodei on Talent Density`), timed excerpts of sentences are that person's.
import type { Quote } from "../types";
import { headingName, isPlausibleName, type ContextName } from "./context";
import { NO_HEADINGS, rawQuote, type RawQuote } from "./raw";
import { isPlaceholderLabel, TRANSCRIPT_HEADING, turnLabelAt } from "./turns";
import { firstNonSpace } from "../util/lines";

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?`;
/** One time: `[0:26](url)`, `[00:00:28]`, `(00:01:27)`. */
const ONE_TIME = String.raw`(?:\[(${TIME})\](?:\([^()\s]*\))?|\((${TIME})\))`;
/** The end of a range (`- [00:00:20](…)`), not kept. */
const END_TIME = String.raw`(?:\[${TIME}\](?:\([^()\s]*\))?|\(${TIME}\))`;
/** A time label at a line's start: optional list marker and bold, a time, optionally ` - ` and an end time, optional `:`. */
const LABEL = new RegExp(String.raw`^[ \t]{0,3}(?:[-*+][ \t]+)?(?:\*\*[ \t]*)?${ONE_TIME}(?:[ \t]*[-–—~][ \t]*${END_TIME})?[ \t]*(?:\*\*)?[ \t]*[:：]?[ \t]*`);
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const HEADING = /^[ \t]{0,3}(#{1,6})(?:[ \t]|$)(.*)$/;
const THEMATIC_BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Whether a note with these headings may hold segments (only a transcript heading or a person's heading holds
 * them): most notes skip the walk. Of a note with a person's heading, a line must open with a time.
 */
export function mayHoldSegments(lines: readonly string[], from: number, headings: ReadonlyArray<{ text: string }>): boolean {
	if (headings.some((h) => TRANSCRIPT_HEADING.test(h.text))) return true;
	return headings.some((h) => speakerHeading(h.text) !== null) && opensWithTime(lines, from);
}

/** Whether a line from `from` opens with a time label; only a line opening with `[`, `(` or a list marker can. */
function opensWithTime(lines: readonly string[], from: number): boolean {
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		const c = line[firstNonSpace(line)];
		if ((c === "[" || c === "(" || c === "-" || c === "*" || c === "+") && LABEL.test(line)) return true;
	}
	return false;
}

/** What a person's heading holds between the name and the topic (`Dario Amodei on Talent Density`). */
const WORDED = / (?:on|about) /i;

/** `Dario Amodei on Talent Density`: a heading naming a person in full and what they speak on, or null. */
function speakerHeading(text: string): ContextName | null {
	const found = WORDED.test(text) ? headingName(text) : null;
	return found !== null && found.evidence === "worded" && /\S\s+\S/.test(found.name) && isPlausibleName(found.name) ? found : null;
}

/** Where a time label ends on `line` and the time it starts with, or null when the line opens with none. */
export function timeLabelAt(line: string): { time: string; end: number } | null {
	const m = LABEL.exec(line);
	if (m === null) return null;
	return { time: m[1] ?? m[2], end: m[0].length };
}

interface Segment {
	line: number;
	endLine: number;
	time: string;
	text: string;
	section: string[];
	/** The heading line of its section (0 before any heading): segments are judged per section. */
	sectionLine: number;
	transcript: boolean;
	/** Its section's heading names who speaks in it (see speakerHeading). */
	speaker: ContextName | null;
}

/**
 * The segments of `lines` (from `start`) that are not already quotes or turns (`taken(line)` for 1-based
 * lines), as raw quotes with no speaker, kind `turn`, carrying their time.
 */
export function timeSegments(lines: string[], start: number, taken: (line: number) => boolean): RawQuote[] {
	const found: Segment[] = [];
	const stack: Array<{ level: number; text: string }> = [];
	let sectionLine = 0;
	let transcript = false;
	let speaker: ContextName | null = null;
	let fence: string | null = null;
	let open: Segment | null = null;
	const close = () => {
		if (open === null) return;
		// Blank lines after the words are not part of the segment.
		while (open.endLine > open.line && lines[open.endLine - 1].trim() === "") open.endLine--;
		const words: string[] = [];
		for (let k = open.line; k <= open.endLine; k++) {
			const line = lines[k - 1];
			words.push(k === open.line ? line.slice(timeLabelAt(line)?.end ?? 0) : line);
		}
		open.text = words.join("\n").trim();
		if (open.text !== "") found.push(open);
		open = null;
	};
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		if (fence !== null) {
			if (line.trim().startsWith(fence)) fence = null;
			continue;
		}
		const f = FENCE.exec(line);
		if (f !== null) {
			close();
			fence = f[1];
			continue;
		}
		const h = HEADING.exec(line);
		if (h !== null) {
			close();
			const level = h[1].length;
			while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
			stack.push({ level, text: h[2].replace(/[ \t]+#+[ \t]*$/, "").trim() });
			sectionLine = i + 1;
			transcript = TRANSCRIPT_HEADING.test(h[2]);
			speaker = level >= 2 ? speakerHeading(stack[stack.length - 1].text) : null;
			continue;
		}
		if (THEMATIC_BREAK.test(line) || taken(i + 1)) {
			close();
			continue;
		}
		const label = timeLabelAt(line);
		if (label !== null) {
			close();
			open = { line: i + 1, endLine: i + 1, time: label.time, text: "", section: stack.map((s) => s.text), sectionLine, transcript, speaker };
			continue;
		}
		if (open !== null) open.endLine = i + 1;
	}
	close();
	return spokenRuns(found).map((s) => {
		// `[0:26](url) Kevin: …` with a label the transcript uses once (as *Attribute to…* writes it): that name.
		const label = turnLabelAt(s.text, 0, s.line - 1, s.section);
		const named = label !== null && label.label !== "" ? label.label : null;
		const q = rawQuote("turn", s.line, s.endLine, named === null ? s.text : s.text.slice(label?.textStart ?? 0).trim(), s.section, named === null ? null : { speakerRaw: named, name: isPlaceholderLabel(named) ? null : named, target: null, qualifier: null, timestamp: null, cite: [] });
		q.timestamp = s.time;
		// The heading's person speaks the excerpts of their section (a name of its own, `[0:26](url) Kevin:`, wins).
		const heading = s.speaker;
		q.headings = heading === null ? NO_HEADINGS : () => [heading];
		q.quotesSection = false;
		return q;
	});
}

/** More unnamed segments in one section than a person marks by hand (the corpus's hand-marked sections: 4 and 9). */
const CAPTION_DUMP = 60;

function namesSpeaker(s: Segment): boolean {
	const label = turnLabelAt(s.text, 0, s.line - 1, s.section);
	return label !== null && label.label !== "";
}

/** The segments of transcript sections, when half of them or more hold sentences (see the file comment). */
function spokenRuns(found: Segment[]): Segment[] {
	const bySection = new Map<number, Segment[]>();
	for (const s of found) {
		const list = bySection.get(s.sectionLine);
		if (list === undefined) bySection.set(s.sectionLine, [s]);
		else list.push(s);
	}
	const out: Segment[] = [];
	for (const list of bySection.values()) {
		// Hundreds of timed lines with nobody named (Whisper, auto-captions) are a caption dump kept for
		// reference: listed, every line would wait under "Needs a speaker".
		if (list.length > CAPTION_DUMP && !list.some((s) => namesSpeaker(s))) continue;
		const spoken = list.filter((s) => isSpeech(s.text)).length;
		if ((list[0].transcript || list[0].speaker !== null) && spoken * 2 >= list.length) out.push(...list);
	}
	return out.sort((a, b) => a.line - b.line);
}

/** Sentences, not a chapter title: eight words or more (or 24 characters of a script without spaces), ending as a sentence ends. */
export function isSpeech(text: string): boolean {
	const t = text.trim();
	const words = t.split(/\s+/).length;
	const long = words >= 8 || (words < 3 && t.length >= 24);
	return long && /[.!?…。！？"”»」]$/.test(t);
}

/**
 * A segment with no speaker takes the speaker of an attributed quote the note gives at the same moment
 * (`> "…" -- Kevin Roose, [1:19](…)` in its highlights, `[1:19](…) People can just remember…` in its
 * transcript): the note itself says who spoke then. Two speakers at that moment: nobody.
 */
export function speakersAtSameMoment(segments: Quote[], quotes: readonly Quote[]): void {
	const at = new Map<number, string | null>();
	for (const q of quotes) {
		if (q.speaker === null || q.timestamp === null) continue;
		const s = seconds(q.timestamp);
		const had = at.get(s);
		at.set(s, had === undefined || had === q.speaker ? q.speaker : null);
	}
	if (at.size === 0) return;
	for (const q of segments) {
		if (q.speaker !== null || q.timestamp === null) continue;
		const speaker = at.get(seconds(q.timestamp));
		if (speaker === undefined || speaker === null) continue;
		q.speaker = speaker;
		q.inferred = "context";
	}
}

/** `1:19`, `01:19`, `0:01:19.5` → 79. */
function seconds(time: string): number {
	let total = 0;
	for (const part of time.split(":")) total = total * 60 + Math.floor(Number(part));
	return total;
}
