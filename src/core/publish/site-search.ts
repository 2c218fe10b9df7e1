// The site's search index: the public words of every published note (title, episode line, quotes) in a
// few files that the search page loads on first use and scans in the browser. See docs/publishing.md
// ("Search") for why it is text scanned by substring and not a word index.
import type { NoteRecord } from "../types";
import type { CompiledNote } from "./compile";
import { pageQuotes, plainText, visibleQuotes } from "./output";
import { episodeText, type NoteSummary } from "./site";
import type { NoteSearchText, OutputFile } from "./types";

/** Where the index lives: `search/index-1.json` … `search/index-<n>.json`. */
export const SEARCH_INDEX_PREFIX = "search/index-";

/**
 * How many files the index is split into, at most. A search loads all of them (one request each), so this
 * is the request budget; splitting keeps the bytes one edit rewrites to about a third of the index.
 */
export const SEARCH_MAX_FILES = 3;

/** An index smaller than this many bytes stays one file (one request, and nothing to balance). */
export const SEARCH_FILE_TARGET = 256 * 1024;

/** Longest opening of a note's body kept for the feed's summary. */
const LEAD_LENGTH = 280;

/** The note's search text: its published quotes' plain words by id, the plain opening of its body, its inline tags. */
export function noteSearchText(record: NoteRecord, compiled: CompiledNote, tags: string[]): NoteSearchText {
	const quotes = pageQuotes(record, compiled).map((q) => [q.id, plainText(q.markdown)] as [string, string]);
	return { quotes, lead: leadText(compiled.body), tags };
}

/** The first words of a body as plain text: headings, tables, code and embeds left out. */
export function leadText(body: string): string {
	const kept: string[] = [];
	let fenced = false;
	for (const line of body.split("\n")) {
		const trimmed = line.trim();
		if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
			fenced = !fenced;
			continue;
		}
		if (fenced || trimmed === "" || trimmed[0] === "#" || trimmed[0] === "|" || trimmed === "---") continue;
		kept.push(trimmed);
		if (kept.join(" ").length > LEAD_LENGTH) break;
	}
	const text = plainText(kept.join(" ").replace(/<[^>]*>/g, ""));
	if (text.length <= LEAD_LENGTH) return text;
	const cut = text.slice(0, LEAD_LENGTH);
	const space = cut.lastIndexOf(" ");
	return `${(space > LEAD_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** One published note as the index sees it. */
export interface SearchNote {
	summary: NoteSummary;
	record: NoteRecord;
	compiled: Pick<CompiledNote, "hiddenLines" | "search">;
}

/** A note of the index: `[title, url without the leading slash, episode line, quotes]`; a quote is `[id, speaker or "", text]`. */
type IndexNote = [string, string, string, [string, string, string][]];

/**
 * The index files. Notes go, sorted by URL, into files of about equal size, at most `SEARCH_MAX_FILES`;
 * each note's place depends only on the sizes before it, so an edit that keeps a note's size about the
 * same rewrites one file. Only published notes' public text is in it: titles, episode lines as the pages
 * show them, speakers as the site resolved them, and each quote's words cut from the compiled page.
 */
export function searchIndexFiles(notes: SearchNote[]): OutputFile[] {
	const rows: IndexNote[] = [];
	for (const { summary, record, compiled } of [...notes].sort((a, b) => (a.summary.url < b.summary.url ? -1 : 1))) {
		const texts = new Map(compiled.search?.quotes ?? []);
		const quotes = visibleQuotes(record, compiled)
			.filter((q) => texts.has(q.id))
			.map((q) => [q.id, q.speaker ?? "", texts.get(q.id) ?? ""] as [string, string, string]);
		rows.push([summary.title, summary.url.replace(/^\//, ""), episodeText(summary.episode), quotes]);
	}
	const sizes = rows.map((row) => JSON.stringify(row).length + 1);
	const total = sizes.reduce((a, b) => a + b, 0);
	const count = Math.max(1, Math.min(SEARCH_MAX_FILES, Math.ceil(total / SEARCH_FILE_TARGET)));
	const parts: IndexNote[][] = Array.from({ length: count }, () => []);
	let before = 0;
	rows.forEach((row, i) => {
		// By where the note starts in the whole: a note growing moves at most the notes at a boundary.
		parts[Math.min(count - 1, Math.floor((before * count) / total))].push(row);
		before += sizes[i];
	});
	return parts.map((part, i) => ({ path: `${SEARCH_INDEX_PREFIX}${i + 1}.json`, content: `${JSON.stringify({ version: 1, part: i + 1, of: count, notes: part })}\n` }));
}

/** True for a file of the search index. */
export function isSearchIndexFile(path: string): boolean {
	return path.startsWith(SEARCH_INDEX_PREFIX);
}
