// What the sidebar copies and inserts: a quote as Markdown with attribution, as a callout, and the
// block id that a block link needs (added to the note text without changing anything else).
import type { IndexedQuote } from "../index/types";
import { playLinkMarkdown, type PlayLink } from "../play";
import { hashString } from "../util/hash";
import { foldText } from "./fold";

/** Where a quote comes from, for attributions: `Episode title (Show #12), 00:12:05`. */
export function quoteSource(q: IndexedQuote): string {
	const source = episodeSource(q);
	return q.timestamp ? `${source}, ${q.timestamp}` : source;
}

/** The episode part of `quoteSource`: `Episode title (Show #12)`. */
function episodeSource(q: IndexedQuote): string {
	const title = q.episode.title ?? q.noteTitle;
	let source = title;
	if (q.episode.show && !title.toLowerCase().includes(q.episode.show.toLowerCase())) {
		source += ` (${q.episode.show}${q.episode.number !== null ? ` #${q.episode.number}` : ""})`;
	}
	return source;
}

/** The source with its time, the time as a link that plays the episode there when there is one. */
function linkedSource(q: IndexedQuote, play: PlayLink | null): { source: string; link: string } {
	if (play === null || !q.timestamp) return { source: quoteSource(q), link: "" };
	return { source: episodeSource(q), link: `, ${playLinkMarkdown(q.timestamp, play)}` };
}

function blockquoteLines(text: string): string[] {
	return text.split(/\r?\n/).map((line) => (line.trim() === "" ? ">" : `> ${line}`));
}

/** `> text` lines, then `> — Speaker, *Source*` (with `[▶ 12:05](url)` when the quote can play). */
export function quoteAsMarkdown(q: IndexedQuote, play: PlayLink | null = null): string {
	const who = q.speaker ?? q.speakerRaw;
	const { source, link } = linkedSource(q, play);
	const attribution = who ? `${who}, *${source}*` : `*${source}*`;
	return [...blockquoteLines(q.text), `> — ${attribution}${link}`].join("\n");
}

/** A `> [!quote] Speaker — Source` callout (the time a link when the quote can play). */
export function quoteAsCallout(q: IndexedQuote, play: PlayLink | null = null): string {
	const who = q.speaker ?? q.speakerRaw;
	const { source, link } = linkedSource(q, play);
	const title = who ? `${who} — ${source}${link}` : `${source}${link}`;
	return [`> [!quote] ${title}`, ...blockquoteLines(q.text)].join("\n");
}

export interface LineSpan {
	start: number;
	/** End of the line's content, before its line ending. */
	end: number;
}

/** Where each line's content starts and ends in `text`, for edits that keep every line ending as it is. */
export function lineSpans(text: string): LineSpan[] {
	const spans: LineSpan[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "\n" || c === "\r") {
			spans.push({ start, end: i });
			if (c === "\r" && text[i + 1] === "\n") i++;
			start = i + 1;
		}
	}
	spans.push({ start, end: text.length });
	return spans;
}

const BLOCK_ID_AT_END = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;
const ONLY_BLOCK_ID = /^\s*\^([A-Za-z0-9-]+)\s*$/;
/** A line with nothing but blockquote markers and spaces. */
const BLANK_LINE = /^[\s>]*$/;

export interface BlockIdResult {
	/** The note text, with ` ^id` added when the quote had no id yet. */
	text: string;
	id: string;
	/** False when an existing id was reused and the text is unchanged. */
	added: boolean;
}

/** Thrown when the note no longer has the quote where the index saw it. */
export class QuoteMovedError extends Error {}

/**
 * Gives the quote a block id: reuses a `^id` already at the end of its last line (or alone on the
 * next line), otherwise appends ` ^id` to its last non-empty line. Nothing else in the text changes
 * (line endings included). Throws QuoteMovedError when lines `line`–`endLine` no longer hold the quote.
 */
export function ensureBlockId(noteText: string, q: IndexedQuote): BlockIdResult {
	const spans = lineSpans(noteText);
	const lineText = (n: number): string => {
		const s = spans[n - 1];
		return s ? noteText.slice(s.start, s.end) : "";
	};
	checkQuoteAt(noteText, spans, q);
	let last = q.endLine;
	while (last > q.line && BLANK_LINE.test(lineText(last))) last--;
	const existing = BLOCK_ID_AT_END.exec(lineText(last)) ?? ONLY_BLOCK_ID.exec(lineText(q.endLine + 1));
	if (existing?.[1]) return { text: noteText, id: existing[1], added: false };

	const id = freshId(noteText, q);
	const span = spans[last - 1];
	let insertAt = span.end;
	while (insertAt > span.start && /\s/.test(noteText.charAt(insertAt - 1))) insertAt--;
	return { text: noteText.slice(0, insertAt) + ` ^${id}` + noteText.slice(insertAt), id, added: true };
}

/** Where a quote is and what it says, as the index saw it: enough to find it again in the note text. */
export type QuotePlace = Pick<IndexedQuote, "path" | "line" | "endLine" | "text">;

/** Throws QuoteMovedError unless lines `line`–`endLine` of the note text still hold the quote. */
export function checkQuoteAt(noteText: string, spans: readonly LineSpan[], q: QuotePlace): void {
	if (q.line < 1 || q.endLine < q.line || q.endLine > spans.length || !holdsQuote(noteText, spans, q)) {
		throw new QuoteMovedError(
			`The quote is no longer at line ${q.line} of "${q.path}": the note changed since it was indexed. Try again in a moment.`,
		);
	}
}

function holdsQuote(noteText: string, spans: readonly LineSpan[], q: QuotePlace): boolean {
	const first = spans[q.line - 1];
	const last = spans[q.endLine - 1];
	const region = foldText(noteText.slice(first.start, last.end));
	const wanted = foldText(q.text).trim();
	if (wanted === "") return true;
	// The start of the quote's text is enough to recognise it; Markdown markers are folded away on both sides.
	const probe = wanted.length > 60 ? wanted.slice(0, wanted.lastIndexOf(" ", 60) > 0 ? wanted.lastIndexOf(" ", 60) : 60) : wanted;
	return region.includes(probe);
}

/** `pg-` + a short hash of the quote id; longer if that id is already used in the note. */
function freshId(noteText: string, q: IndexedQuote): string {
	const hash = hashString(q.id);
	for (let len = 6; len <= hash.length; len++) {
		const id = `pg-${hash.slice(0, len)}`;
		if (!noteText.includes(`^${id}`)) return id;
	}
	let n = 2;
	while (noteText.includes(`^pg-${hash}-${n}`)) n++;
	return `pg-${hash}-${n}`;
}

/** `[[Note#^id]]` for a link text (the note name, or a path when the name is ambiguous). */
export function blockLink(linktext: string, id: string): string {
	return `[[${linktext}#^${id}]]`;
}
