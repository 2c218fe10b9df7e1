// Writing a speaker onto a quote that has none, in the note's own style: a trailing `– Name` or a
// `> — Name` line for blockquotes and callouts (as the note's other attributions are written, with their
// dash), a trailing `– Name` for list items, a turn label like the note's others for transcript turns.
// Nothing else in the note text changes, line endings included.
import type { Quote, QuoteKind } from "../types";
import { DEFAULT_DASHES, listAttribution, trailingAttribution } from "../quotes/attribution";
import { turnLabelAt } from "../quotes/turns";
import { timeLabelAt } from "../quotes/segments";
import { htmlCredit, mayOpenHtmlQuote } from "../quotes/html-quote";
import { escapeHtml } from "../publish/html";
import { bulletQuoteAt, firstNonSpace } from "../util/lines";
import { checkQuoteAt, lineSpans, type LineSpan, type QuotePlace } from "../view/format";
import { bump, mostFrequent } from "../util/counts";

/** The quote to attribute: where it is, what it says, and how it is written. */
export interface QuoteToAttribute extends QuotePlace {
	kind: QuoteKind;
}

/** A note's other quotes, as far as their style matters. */
export type StyleSample = Pick<Quote, "kind" | "line" | "endLine" | "speakerRaw">;

/** How a blockquote's attribution is written: at the end of its last line, or on a line of its own. */
export type AttributionForm = "trailing" | "own-line";

export interface BlockquoteStyle {
	form: AttributionForm;
	/** The dash as the note writes it (`–`, `—`, `-`, `--`, `~` …). */
	dash: string;
}

/** What a note without attributed blockquotes gets: `> — Name`. */
export const DEFAULT_BLOCKQUOTE_STYLE: BlockquoteStyle = { form: "own-line", dash: "—" };
/** The dash of a list item's attribution when the note has no other: `- "…" – Name`. */
export const DEFAULT_LIST_DASH = "–";
/** A turn label when the note has no other to copy: `**Name:** `. */
const DEFAULT_TURN_LABEL = "**\u0000:** ";

/** Thrown for a name that cannot be written as an attribution. */
export class BadNameError extends Error {}

/** Where the content of a `>` line starts: after its markers and one space each. */
function markersEnd(line: string): number {
	let p = firstNonSpace(line);
	while (line[p] === ">") {
		p++;
		if (line[p] === " " || line[p] === "\t") p++;
	}
	return p;
}

function isBlankQuoteLine(line: string): boolean {
	for (const c of line) if (c !== " " && c !== "\t" && c !== ">") return false;
	return true;
}

/** The dash that starts at `p` (`--` counts as one). */
function dashAt(line: string, p: number): string {
	return line.startsWith("--", p) ? "--" : line.charAt(p);
}

/**
 * How the note writes its blockquote and callout attributions: the form most of its attributed ones use
 * (own line on a tie), with the dash most of those use. Read from the note text with the extractor's own
 * attribution reader, so what is written back reads as an attribution again.
 */
export function blockquoteStyle(lines: readonly string[], samples: readonly StyleSample[], dashes = DEFAULT_DASHES): BlockquoteStyle {
	const forms = new Map<AttributionForm, number>();
	const dashesBy: Record<AttributionForm, Map<string, number>> = { trailing: new Map(), "own-line": new Map() };
	for (const s of samples) {
		if ((s.kind !== "blockquote" && s.kind !== "callout") || s.speakerRaw === null) continue;
		const line = lines[s.endLine - 1];
		if (line === undefined) continue;
		const from = markersEnd(line);
		const found = trailingAttribution(line, from, line.length, dashes);
		if (!found) continue;
		const dash = firstNonSpace(line, found.cut);
		const form: AttributionForm = firstNonSpace(line, from) === dash ? "own-line" : "trailing";
		bump(forms, form);
		bump(dashesBy[form], dashAt(line, dash));
	}
	const trailing = forms.get("trailing") ?? 0;
	const own = forms.get("own-line") ?? 0;
	if (trailing === 0 && own === 0) return DEFAULT_BLOCKQUOTE_STYLE;
	const form: AttributionForm = trailing > own ? "trailing" : "own-line";
	return { form, dash: mostFrequent(dashesBy[form]) ?? DEFAULT_BLOCKQUOTE_STYLE.dash };
}

/** Where a list item's quotation ends (after its closing mark and any emphasis around it), or -1. */
function listQuoteEnd(line: string, text: string): number {
	const at = line.indexOf(text);
	if (at < 0) return -1;
	let end = at + text.length;
	const wrap = line.charAt(end);
	for (let n = 0; n < 3 && (wrap === "*" || wrap === "_") && line.charAt(end) === wrap; n++) end++;
	return end;
}

/** The dash the note's attributed list quotes use, or the default. */
export function listDash(lines: readonly string[], samples: readonly (StyleSample & { text?: string })[], dashes = DEFAULT_DASHES): string {
	const counts = new Map<string, number>();
	for (const s of samples) {
		if (s.kind !== "list" || s.speakerRaw === null) continue;
		const line = lines[s.line - 1] ?? "";
		const end = s.text === undefined ? -1 : listQuoteEnd(line, s.text);
		if (end < 0) continue;
		const p = firstNonSpace(line, end);
		if (dashes.includes(line.charAt(p))) bump(counts, dashAt(line, p));
	}
	return mostFrequent(counts) ?? DEFAULT_LIST_DASH;
}

/**
 * A turn label like the note's others, with `\u0000` where the name goes: `**\u0000:** `, `**\u0000**: `…
 * A label with a timestamp gives its form without the time; a plain `Name (00:01): ` label, which needs
 * a time to read as a label, gives the default `**Name:** `.
 */
export function turnLabelStyle(lines: readonly string[], samples: readonly StyleSample[]): string {
	const counts = new Map<string, number>();
	for (const s of samples) {
		if (s.kind !== "turn" || s.speakerRaw === null) continue;
		const line = lines[s.line - 1] ?? "";
		const p = firstNonSpace(line);
		const label = turnLabelAt(line, p, 0, []);
		if (!label || !line.startsWith("**", p)) continue;
		let written = line.slice(p, label.textStart);
		const name = written.indexOf(label.label);
		if (name < 0) continue;
		written = written.slice(0, name) + "\u0000" + written.slice(name + label.label.length);
		// `**Name (00:01:02):** ` → `**Name:** `
		written = written.replace(/[ \t]*[([][ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*[)\]]/, "");
		// A full-width colon needs no space after it; a label written without one gets the usual space.
		bump(counts, written.endsWith(" ") || written.endsWith("：") ? written : `${written} `);
	}
	return mostFrequent(counts) ?? DEFAULT_TURN_LABEL;
}

/** A bold label at the start of a turn that is not a name (`**Speaker 1:**`): the name goes in its place. */
const PLACEHOLDER_LABEL = /^\*\*([^*\n]{1,80}?)[ \t]*(?:[([][ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*[)\]][ \t]*)?(?:\*\*[ \t]*[:：]|[:：]\*\*)/;

function checkName(name: string): string {
	const n = name.trim();
	if (n === "") throw new BadNameError("Type the speaker's name.");
	if (/[\r\n]/.test(n)) throw new BadNameError("A speaker's name must fit on one line.");
	return n;
}

function splice(text: string, at: number, remove: number, insert: string): string {
	return text.slice(0, at) + insert + text.slice(at + remove);
}

/** The line ending after line `span` (the note's own), or `\n` on the last line. */
function endingAfter(text: string, span: LineSpan): string {
	if (text.charAt(span.end) === "\r") return text.charAt(span.end + 1) === "\n" ? "\r\n" : "\r";
	return "\n";
}

/** End of a line's content before a trailing block id (` ^id`) and spaces: where a trailing attribution goes. */
function contentEnd(line: string): number {
	let end = line.length;
	while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
	const id = /[ \t]\^[A-Za-z0-9-]+$/.exec(line.slice(0, end));
	if (id) end = id.index;
	while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
	return end;
}

/**
 * The note text with `name` written as the speaker of `quote`, in the style the note's other quotes
 * (`samples`, e.g. the note's indexed quotes) use. Throws QuoteMovedError when lines `line`–`endLine` no
 * longer hold the quote (the note changed since it was indexed), BadNameError for an empty name.
 * A speaker already written but not read as a name (`– Speaker 1`, `**Guest:**`) is replaced.
 */
export function attributeQuote(noteText: string, quote: QuoteToAttribute, name: string, samples: readonly (StyleSample & { text?: string })[], dashes = DEFAULT_DASHES): string {
	const who = checkName(name);
	const spans = lineSpans(noteText);
	checkQuoteAt(noteText, spans, quote);
	const lines = spans.map((s) => noteText.slice(s.start, s.end));
	const others = samples.filter((s) => s.line !== quote.line);

	if (quote.kind === "list" || quote.kind === "paragraph") {
		// A quoted paragraph (always attributed already: re-attributing it) takes the name after its closing mark.
		const at = quote.kind === "list" ? quote.line : quote.endLine;
		const span = spans[at - 1];
		const line = lines[at - 1];
		const end = listQuoteEnd(line, quote.text.slice(quote.text.lastIndexOf("\n") + 1));
		if (end < 0) throw new Error(`Could not find the quote's closing quotation mark at line ${at} of "${quote.path}".`);
		const written = listAttribution(line, end, line.length, dashes);
		if (written && written.speakerRaw !== null) return replaceWritten(noteText, span.start, line, end, written.speakerRaw, who);
		return splice(noteText, span.start + end, 0, ` ${listDash(lines, others, dashes)} ${who}`);
	}

	if (quote.kind === "turn") {
		const span = spans[quote.line - 1];
		const line = lines[quote.line - 1];
		const p = firstNonSpace(line);
		const label = (turnLabelAt(line, p, 0, []) ?? placeholderLabel(line, p))?.label;
		// A transcript segment labelled with a time alone (quotes/segments.ts): the name goes after the time.
		const time = label === undefined || label === "" ? timeLabelAt(line) : null;
		if (time !== null) return segmentName(noteText, spans, lines, quote.line, time.end, who);
		if (label !== undefined) return splice(noteText, span.start + line.indexOf(label, p), label.length, who);
		return splice(noteText, span.start + p, 0, turnLabelStyle(lines, others).replace("\u0000", who));
	}

	// `<div class="quote">…</div>`: the name goes in an attribution div right below, as the theme writes it.
	if (mayOpenHtmlQuote(lines[quote.line - 1])) return htmlAttribution(noteText, spans, lines, quote, who);

	// Blockquotes and callouts: the attribution goes on or after the last line with text.
	let last = quote.endLine;
	while (last > quote.line && isBlankQuoteLine(lines[last - 1])) last--;
	const span = spans[last - 1];
	const line = lines[last - 1];
	const from = markersEnd(line);
	const written = trailingAttribution(line, from, line.length, dashes);
	if (written && written.speakerRaw !== null) return replaceWritten(noteText, span.start, line, written.cut, written.speakerRaw, who);
	if (written) {
		// A dash followed only by a time (`— [05:18]`): the name goes after the dash.
		const dash = firstNonSpace(line, written.cut);
		return splice(noteText, span.start + dash + dashAt(line, dash).length, 0, ` ${who}`);
	}
	const style = blockquoteStyle(lines, others, dashes);
	// A block id must stay at the end of its block, or links to it break: then the name goes before it. A
	// bullet holding the blockquote (`- > …`, Logseq) would lose a line of its own to the list: the name trails.
	if (style.form === "trailing" || contentEnd(line) < line.trimEnd().length || bulletQuoteAt(lines[quote.line - 1], firstNonSpace(lines[quote.line - 1])) >= 0) return splice(noteText, span.start + contentEnd(line), 0, ` ${style.dash} ${who}`);
	const own = quoteMarkers(line) || quoteMarkers(lines[quote.line - 1]) || "> ";
	return splice(noteText, span.end, 0, `${endingAfter(noteText, span)}${own}${style.dash} ${who}`);
}

/** Writes `who` into the attribution below an HTML pull quote, or adds one indented like the quote's opening line. */
function htmlAttribution(noteText: string, spans: readonly LineSpan[], lines: readonly string[], quote: QuoteToAttribute, who: string): string {
	const below = quote.endLine < lines.length ? htmlCredit(lines[quote.endLine]) : null;
	if (below !== null) return splice(noteText, spans[quote.endLine].start + below.start, below.end - below.start, escapeHtml(who));
	const span = spans[quote.endLine - 1];
	const indent = /^[ \t]*/.exec(lines[quote.line - 1])?.[0] ?? "";
	return splice(noteText, span.end, 0, `${endingAfter(noteText, span)}${indent}<div class="attribution">${escapeHtml(who)}</div>`);
}

/** `**Speaker 1:**` at `p`: the label text when the line starts with a bold label, else null. */
function placeholderLabel(line: string, p: number): { label: string } | null {
	const m = PLACEHOLDER_LABEL.exec(line.slice(p));
	return m ? { label: m[1] } : null;
}

/** A written speaker that is not a name, replaced by `who` (its last occurrence after `from`). */
function replaceWritten(noteText: string, lineStart: number, line: string, from: number, raw: string, who: string): string {
	const at = line.lastIndexOf(raw);
	if (at < from) throw new Error(`Could not find the written speaker "${raw}" on its line.`);
	return splice(noteText, lineStart + at, raw.length, who);
}

/** The `>` markers (and their spaces) a line starts with, e.g. `> ` or `> > `; empty for a lazy line. */
function quoteMarkers(line: string): string {
	const end = markersEnd(line);
	const markers = line.slice(firstNonSpace(line), end);
	return markers.includes(">") ? line.slice(0, end).replace(/>$/, "> ") : "";
}

/**
 * `Name: ` after a segment's time label (`[0:26](url) Kevin: So today…`), or at the start of its words when
 * the label stands on its own line (PodNotes' `**[00:00:00](…) - […](…)**`).
 */
function segmentName(noteText: string, spans: ReadonlyArray<{ start: number }>, lines: readonly string[], line: number, labelEnd: number, who: string): string {
	if (lines[line - 1].trimEnd().length > labelEnd) return splice(noteText, spans[line - 1].start + labelEnd, 0, `${who}: `);
	for (let k = line; k < lines.length; k++) {
		const p = firstNonSpace(lines[k]);
		if (p < lines[k].length) return splice(noteText, spans[k].start + p, 0, `${who}: `);
	}
	throw new Error(`Could not find the words of the transcript segment at line ${line}.`);
}
