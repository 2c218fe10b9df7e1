// The site's search index: the public words of every published note (title, episode line, quotes) in a
// few files that the search page loads on first use and scans in the browser. See docs/publishing.md
// ("Search") for why it is text scanned by substring and not a word index, and search-log.ts for how the
// files are kept: a base rewritten rarely and a small part holding what changed since.
import type { NoteRecord } from "../types";
import type { CompiledNote } from "./compile";
import { pageQuotes, plainText, visibleQuotes } from "./output";
import { episodeText, type NoteSummary } from "./site";
import type { NoteSearchText } from "./types";

/** Where the index lives: the base `search/index-1.json` (and `-2`), the recent part `search/index-recent.json`. */
export const SEARCH_INDEX_PREFIX = "search/index-";

/**
 * How many files a search loads, at most (one request each): the base parts and the recent part
 * (search-log.ts). This is the request budget.
 */
export const SEARCH_MAX_FILES = 3;

/** A base smaller than this many bytes stays one file (one request, and nothing to balance). */
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
export type IndexNote = [string, string, string, [string, string, string][]];

/**
 * A note's row of the index. Only published notes' public text is in it: the title, the episode line as
 * the pages show it, speakers as the site resolved them, and each quote's words cut from the compiled page.
 */
export function indexRow({ summary, record, compiled }: SearchNote): IndexNote {
	const texts = new Map(compiled.search?.quotes ?? []);
	const quotes = visibleQuotes(record, compiled)
		.filter((q) => texts.has(q.id))
		.map((q) => [q.id, q.speaker ?? "", texts.get(q.id) ?? ""] as [string, string, string]);
	return [summary.title, summary.url.replace(/^\//, ""), episodeText(summary.episode), quotes];
}

/**
 * Rows split, in the order given, into at most `max` parts of about equal size (one while they are
 * smaller than `SEARCH_FILE_TARGET`). Each row's part depends only on the sizes before it, so a row
 * growing moves at most the rows at a boundary.
 */
export function splitRows(rows: IndexNote[], max: number): { parts: IndexNote[][]; bytes: number } {
	const sizes = rows.map((row) => JSON.stringify(row).length + 1);
	const total = sizes.reduce((a, b) => a + b, 0);
	const count = Math.max(1, Math.min(max, Math.ceil(total / SEARCH_FILE_TARGET)));
	const parts: IndexNote[][] = Array.from({ length: count }, () => []);
	let before = 0;
	rows.forEach((row, i) => {
		parts[Math.min(count - 1, Math.floor((before * count) / total))].push(row);
		before += sizes[i];
	});
	return { parts, bytes: total };
}

/** True for a file of the search index. */
export function isSearchIndexFile(path: string): boolean {
	return path.startsWith(SEARCH_INDEX_PREFIX);
}
