// The `podcast-quotes` code block: a few `key: value` lines that pick quotes, the same search as the
// sidebar. Used by the plugin (rendered live in notes) and by the site (rendered once, from published
// notes only). A line it cannot read is reported with its number; nothing is guessed.
import type { IndexedQuote } from "../index/types";
import { personName } from "../quotes/names";
import { QUOTES_BLOCK_LANGUAGE } from "../note/quotes-blocks";
import { filterQuotes } from "../search/quote-search";
import { unquoted } from "../util/strings";

export { QUOTES_BLOCK_LANGUAGE, quotesBlocksIn } from "../note/quotes-blocks";

export type BlockSort = "note" | "newest" | "oldest" | "speaker";
const SORTS: readonly BlockSort[] = ["note", "newest", "oldest", "speaker"];
export const DEFAULT_BLOCK_LIMIT = 20;
export const MAX_BLOCK_LIMIT = 500;
/** Keys that may be given several times: a quote matches any of the values. */
const LIST_KEYS = ["speaker", "show", "tag"] as const;
const KEYS = ["speaker", "show", "query", "tag", "sort", "limit"];

export interface QuotesBlockSpec {
	speakers: string[];
	shows: string[];
	tags: string[];
	query: string;
	sort: BlockSort;
	limit: number;
}

export interface BlockProblem {
	/** 1-based line inside the block. */
	line: number;
	message: string;
}

export interface ParsedQuotesBlock {
	spec: QuotesBlockSpec;
	problems: BlockProblem[];
}


/** Reads the block's lines. Blank lines and `#` comments are skipped; keys are case-insensitive. */
export function parseQuotesBlock(source: string): ParsedQuotesBlock {
	const spec: QuotesBlockSpec = { speakers: [], shows: [], tags: [], query: "", sort: "note", limit: DEFAULT_BLOCK_LIMIT };
	const problems: BlockProblem[] = [];
	const seen = new Set<string>();
	source.split(/\r?\n/).forEach((raw, i) => {
		const line = i + 1;
		const text = raw.trim();
		if (text === "" || text[0] === "#") return;
		const colon = text.indexOf(":");
		if (colon <= 0) {
			problems.push({ line, message: `"${text}" is not a \`key: value\` line. Keys: ${KEYS.join(", ")}.` });
			return;
		}
		const key = text.slice(0, colon).trim().toLowerCase();
		const value = unquoted(text.slice(colon + 1).trim());
		if (!KEYS.includes(key)) {
			problems.push({ line, message: `Unknown key "${text.slice(0, colon).trim()}". Keys: ${KEYS.join(", ")}.` });
			return;
		}
		if (value === "") {
			problems.push({ line, message: `"${key}" needs a value.` });
			return;
		}
		if (!(LIST_KEYS as readonly string[]).includes(key) && seen.has(key)) {
			problems.push({ line, message: `"${key}" is given twice; keep one.` });
			return;
		}
		seen.add(key);
		switch (key) {
			case "speaker":
				spec.speakers.push(personName(value) ?? value);
				break;
			case "show":
				spec.shows.push(value);
				break;
			case "tag":
				spec.tags.push(value.replace(/^#/, ""));
				break;
			case "query":
				spec.query = value;
				break;
			case "sort":
				if ((SORTS as readonly string[]).includes(value.toLowerCase())) spec.sort = value.toLowerCase() as BlockSort;
				else problems.push({ line, message: `"sort: ${value}" is not a sort order. Use one of: ${SORTS.join(", ")}.` });
				break;
			case "limit": {
				const n = /^\d+$/.test(value) ? parseInt(value, 10) : NaN;
				if (n >= 1 && n <= MAX_BLOCK_LIMIT) spec.limit = n;
				else problems.push({ line, message: `"limit: ${value}" must be a whole number from 1 to ${MAX_BLOCK_LIMIT}.` });
				break;
			}
		}
	});
	return { spec, problems };
}

/** What the selection needs of a quote's note (a `NoteRecord` is one). */
export interface BlockNoteFacts {
	tags: readonly string[];
	mtime: number;
}

export interface BlockSelectOptions {
	/** The quote's note; notes it does not know have no tags. */
	noteOf: (path: string) => BlockNoteFacts | undefined;
	/** The words search; the sidebar's shared search by default (the site passes its own). */
	search?: (quotes: readonly IndexedQuote[], query: string) => IndexedQuote[];
}

/** `ai` matches the tags `ai`, `AI` and `ai/safety`. */
function hasTag(tags: readonly string[], wanted: readonly string[]): boolean {
	return tags.some((t) => {
		const tag = t.toLowerCase();
		return wanted.some((w) => tag === w || tag.startsWith(`${w}/`));
	});
}

/** Time of the episode for sorting: its date, else the note's modification time; 0 when neither is known. */
function whenOf(q: IndexedQuote, note: BlockNoteFacts | undefined): number {
	const date = q.episode.date ? Date.parse(q.episode.date) : NaN;
	return Number.isFinite(date) ? date : note?.mtime ?? 0;
}

/** The quotes a block shows, in its order, at most `limit`. `quotes` is in vault order. */
export function selectBlockQuotes(quotes: readonly IndexedQuote[], spec: QuotesBlockSpec, options: BlockSelectOptions): IndexedQuote[] {
	const search = options.search ?? ((qs: readonly IndexedQuote[], query: string) => filterQuotes(qs, { query }));
	const speakers = new Set(spec.speakers.map((s) => s.toLowerCase()));
	const shows = new Set(spec.shows.map((s) => s.toLowerCase()));
	const tags = spec.tags.map((t) => t.toLowerCase());
	const matched = (spec.query ? search(quotes, spec.query) : quotes).filter(
		(q) =>
			(speakers.size === 0 || speakers.has((q.speaker ?? "").toLowerCase())) &&
			(shows.size === 0 || shows.has((q.episode.show ?? "").toLowerCase())) &&
			(tags.length === 0 || hasTag(options.noteOf(q.path)?.tags ?? [], tags)),
	);
	if (spec.sort === "newest" || spec.sort === "oldest") {
		const sign = spec.sort === "newest" ? -1 : 1;
		const when = new Map(matched.map((q) => [q, whenOf(q, options.noteOf(q.path))]));
		// Array sort is stable: quotes of one episode keep their order in the note.
		matched.sort((a, b) => sign * ((when.get(a) ?? 0) - (when.get(b) ?? 0)));
	} else if (spec.sort === "speaker") {
		matched.sort((a, b) => (a.speaker === null ? 1 : b.speaker === null ? -1 : a.speaker.localeCompare(b.speaker)));
	}
	return matched.slice(0, spec.limit);
}

/** A block for a sidebar filter (the insert command): the lines that give the same quotes. */
export function quotesBlockFor(filter: { query?: string; speakers?: readonly string[]; shows?: readonly string[] }): string {
	const lines: string[] = [];
	for (const s of filter.speakers ?? []) lines.push(`speaker: ${s}`);
	for (const s of filter.shows ?? []) lines.push(`show: ${s}`);
	const query = (filter.query ?? "").trim();
	if (query) lines.push(`query: ${query}`);
	lines.push("sort: newest", `limit: ${DEFAULT_BLOCK_LIMIT}`);
	return ["```" + QUOTES_BLOCK_LANGUAGE, ...lines, "```"].join("\n");
}
