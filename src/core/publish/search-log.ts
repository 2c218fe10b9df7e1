// The search index kept as a base and a log (decision 17). The base, `search/index-1.json` (and `-2` when
// large), holds every note's row as of the last compaction and is left alone by ordinary edits. The recent
// part, `search/index-recent.json`, holds the rows of notes published or changed since and the base
// addresses to hide (notes renamed away); the search script shows a base row only when the recent part
// neither has nor hides its address. So one edit rewrites the recent part only, and the publish cache keeps
// no index text: the rows of notes not rendered now are read back from the published files.
//
// The next publish compacts (a new base with every row, an empty recent part) when:
// - the recent part would outgrow `recentLimit` of the base (the amortised cost is then lowest);
// - a note left the site (unflagged or deleted): nothing of it may stay in a published file, and the base
//   may hold its words, under this address or an earlier one;
// - the published index cannot be read back and checked against the manifest (first publish, another
//   version's index, a target that cannot read files): every row is then built from the notes.
import { hashContent, hashText } from "./hash";
import { type IndexNote, SEARCH_INDEX_PREFIX, SEARCH_MAX_FILES, splitRows } from "./site-search";
import type { OutputFile } from "./types";

/** The recent part: the rows changed since the base was written, and base addresses to hide. */
export const SEARCH_RECENT_FILE = `${SEARCH_INDEX_PREFIX}recent.json`;

/** The base takes the files of the request budget the recent part leaves. */
const BASE_PARTS = SEARCH_MAX_FILES - 1;

/** The recent part may always grow to this many bytes before a compaction (small gardens). */
export const SEARCH_RECENT_FLOOR = 16 * 1024;

/** Format of both kinds of file (1 was one index in parts, without a recent part). */
const FORMAT = 2;

interface BaseFile {
	version: number;
	/** Names the base; the recent part names the base it was written against. */
	id: string;
	part: number;
	of: number;
	notes: IndexNote[];
}

interface RecentFile {
	version: number;
	base: string;
	/** The base's size in bytes (its rows' JSON), for `recentLimit`. */
	baseBytes: number;
	/** Base addresses hidden though no recent row has them (notes renamed or moved away). */
	drop: string[];
	notes: IndexNote[];
}

/**
 * How large the recent part may grow before a compaction: base × √(2 / notes). With rows of about
 * base / notes bytes each, an edit of one more note adds a row, so between two compactions the recent
 * part uploads about limit² / (2 × row) bytes in all and a compaction the base: their sum per edit is
 * lowest at this limit, where it is about the limit itself (decision 17 has the measured figures).
 */
export function recentLimit(baseBytes: number, notes: number): number {
	return Math.max(SEARCH_RECENT_FLOOR, Math.round(baseBytes * Math.sqrt(2 / Math.max(1, notes))));
}

export interface SearchLogNote {
	/** The note's address without the leading slash, as its row has it. */
	url: string;
	/** Rendered in this publish: its row is built again. */
	fresh: boolean;
	/** The note's row from its compiled text (compiling it when needed). */
	row(): Promise<IndexNote>;
}

export interface SearchLogInput {
	/** Every note on the site now. */
	notes: SearchLogNote[];
	/** Addresses (without the leading slash) of the notes on the site at the last publish. */
	oldUrls: readonly string[];
	/** A note left the site in this publish (unflagged or deleted). */
	removed: boolean;
	/** The site files of the last publish → content hash: what is read back must match. */
	oldFiles: Readonly<Record<string, string>>;
	/** The target's current text of a published file; without it every publish compacts. */
	read?: (path: string) => Promise<string | null>;
}

export interface SearchLogOutput {
	/** The index files to publish (written when their bytes changed). */
	files: OutputFile[];
	/** Base parts kept as published → their hash. */
	kept: Record<string, string>;
	/** Why the base was written again, or null when only the recent part was. */
	compacted: "no index" | "unreadable" | "removed" | "size" | null;
}

const isBasePart = (path: string): boolean => /^search\/index-\d+\.json$/.test(path);
const partNumber = (path: string): number => Number(path.slice(SEARCH_INDEX_PREFIX.length, -".json".length));
const byUrl = (a: IndexNote, b: IndexNote): number => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

export async function updateSearchIndex(input: SearchLogInput): Promise<SearchLogOutput> {
	const verified = async (path: string): Promise<string | null> => {
		const hash = input.oldFiles[path];
		if (hash === undefined || !input.read) return null;
		const text = await input.read(path).catch(() => null);
		return text !== null && hashContent(text) === hash ? text : null;
	};
	const baseFiles = Object.keys(input.oldFiles).filter(isBasePart).sort((a, b) => partNumber(a) - partNumber(b));
	const recent = readRecent(await verified(SEARCH_RECENT_FILE));
	if (!recent) return compact(input, null, baseFiles, verified, baseFiles.length === 0 ? "no index" : "unreadable");
	if (input.removed) return compact(input, recent, baseFiles, verified, "removed");
	const appended = await append(input, recent);
	if (appended.length > recentLimit(recent.baseBytes, input.notes.length)) return compact(input, recent, baseFiles, verified, "size");
	const kept = Object.fromEntries(baseFiles.map((path) => [path, input.oldFiles[path]]));
	return { files: [{ path: SEARCH_RECENT_FILE, content: appended }], kept, compacted: null };
}

/** The recent part with this publish's rows: the text of the file, not yet checked against the limit. */
async function append(input: SearchLogInput, recent: RecentFile): Promise<string> {
	const now = new Set(input.notes.map((n) => n.url));
	const last = new Map(recent.notes.map((row) => [row[1], row]));
	// An address no note has now is hidden: the base may hold a row for it (a note renamed away).
	const drop = new Set(recent.drop);
	for (const url of [...input.oldUrls, ...last.keys()]) if (!now.has(url)) drop.add(url);
	const rows: IndexNote[] = [];
	for (const note of input.notes) {
		const before = last.get(note.url);
		// A note at a hidden address without a recent row (a move back) gets one, so the base's stays hidden.
		if (note.fresh || (!before && drop.has(note.url))) rows.push(await note.row());
		else if (before) rows.push(before);
	}
	for (const row of rows) drop.delete(row[1]);
	rows.sort(byUrl);
	return recentText({ version: FORMAT, base: recent.base, baseBytes: recent.baseBytes, drop: [...drop].sort(), notes: rows });
}

/** A new base with every note's row, and an empty recent part. */
async function compact(input: SearchLogInput, recent: RecentFile | null, baseFiles: string[], verified: (path: string) => Promise<string | null>, why: NonNullable<SearchLogOutput["compacted"]>): Promise<SearchLogOutput> {
	const old = await publishedRows(recent, baseFiles, verified, input.oldFiles);
	const rows: IndexNote[] = [];
	for (const note of input.notes) rows.push((!note.fresh && old.get(note.url)) || (await note.row()));
	rows.sort(byUrl);
	const { parts, bytes } = splitRows(rows, BASE_PARTS);
	const id = hashText(rows.map((row) => JSON.stringify(row)).join("\n"));
	const files: OutputFile[] = parts.map((notes, i) => ({ path: `${SEARCH_INDEX_PREFIX}${i + 1}.json`, content: `${JSON.stringify({ version: FORMAT, id, part: i + 1, of: parts.length, notes } satisfies BaseFile)}\n` }));
	files.push({ path: SEARCH_RECENT_FILE, content: recentText({ version: FORMAT, base: id, baseBytes: bytes, drop: [], notes: [] }) });
	return { files, kept: {}, compacted: why };
}

/**
 * Every row the published index shows, by address: read back from the target and checked against the
 * manifest's hashes. Empty when any part is missing, changed or of another base (rows are then built).
 */
async function publishedRows(recent: RecentFile | null, baseFiles: string[], verified: (path: string) => Promise<string | null>, oldFiles: Readonly<Record<string, string>>): Promise<Map<string, IndexNote>> {
	const rows = new Map<string, IndexNote>();
	// A recent part that was published but cannot be read: the base's rows may be stale, so none is used.
	if (baseFiles.length === 0 || (!recent && oldFiles[SEARCH_RECENT_FILE] !== undefined)) return rows;
	const hidden = new Set([...(recent?.drop ?? []), ...(recent?.notes ?? []).map((row) => row[1])]);
	for (const path of baseFiles) {
		const part = readBase(await verified(path));
		// Format 1 (one index in parts, no recent part) is complete on its own.
		if (!part || part.of !== baseFiles.length || (recent ? part.id !== recent.base : part.version !== 1)) return new Map();
		for (const row of part.notes) if (!hidden.has(row[1])) rows.set(row[1], row);
	}
	for (const row of recent?.notes ?? []) rows.set(row[1], row);
	return rows;
}

function recentText(recent: RecentFile): string {
	return `${JSON.stringify(recent)}\n`;
}

function isRow(row: unknown): row is IndexNote {
	return Array.isArray(row) && row.length === 4 && typeof row[0] === "string" && typeof row[1] === "string" && typeof row[2] === "string" && Array.isArray(row[3]);
}

function parse(text: string | null): Record<string, unknown> | null {
	if (text === null) return null;
	try {
		const value = JSON.parse(text) as unknown;
		return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

function readRecent(text: string | null): RecentFile | null {
	const value = parse(text);
	if (!value || value.version !== FORMAT || typeof value.base !== "string" || typeof value.baseBytes !== "number") return null;
	if (!Array.isArray(value.drop) || !value.drop.every((u) => typeof u === "string") || !Array.isArray(value.notes) || !value.notes.every(isRow)) return null;
	return value as unknown as RecentFile;
}

function readBase(text: string | null): BaseFile | null {
	const value = parse(text);
	if (!value || (value.version !== FORMAT && value.version !== 1) || typeof value.of !== "number" || !Array.isArray(value.notes) || !value.notes.every(isRow)) return null;
	return { version: value.version, id: typeof value.id === "string" ? value.id : "", part: Number(value.part), of: value.of, notes: value.notes };
}

/**
 * The rows a search shows, as the site's search script works them out (assets.ts): the recent part's
 * rows, and the base's rows at addresses it neither has nor hides; sorted by address. For tests and the
 * bench: `read` gives a published file's text. Null when a part is missing or of another base.
 */
export async function shownRows(read: (path: string) => Promise<string | null>): Promise<IndexNote[] | null> {
	const recent = readRecent(await read(SEARCH_RECENT_FILE));
	const first = readBase(await read(`${SEARCH_INDEX_PREFIX}1.json`));
	if (!recent || !first) return null;
	const parts = [first];
	for (let n = 2; n <= first.of; n++) parts.push(readBase(await read(`${SEARCH_INDEX_PREFIX}${n}.json`)) ?? first);
	if (parts.some((p, i) => p.id !== recent.base || (i > 0 && p === first))) return null;
	const hidden = new Set([...recent.drop, ...recent.notes.map((row) => row[1])]);
	return [...recent.notes, ...parts.flatMap((p) => p.notes).filter((row) => !hidden.has(row[1]))].sort(byUrl);
}
