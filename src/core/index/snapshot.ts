// The persisted index as text: one header line, one line per note, one end line (JSON Lines). What is kept
// per note is what `parseNote` returned (plain data, note-local speakers), not the index's own structures:
// the podcast rule and the alias table are applied again when it is loaded, so changing them needs no
// re-read. Each note carries the size and mtime its text had, so the host reads only notes that differ.
// A note's quotes are stored as columns (one array per field) with each heading path written once per note:
// a start-up then parses a dozen arrays per note instead of one per quote. The end line tells a complete
// file from a half-written one. Pure: the host does the reading and writing.
import type { NoteRecord, Quote, QuoteKind, SpeakerInference } from "../types";
import { noteOwnSpeaker } from "./stored-quote";

/** Raise when the stored shape changes: an older file is then discarded. 2: quotes as columns, ASCII only. */
export const SNAPSHOT_VERSION = 2;
const FORMAT = "podcast-garden-index";

/** One note as persisted: its parse result and the file facts it was read with. */
export interface SnapshotNote {
	path: string;
	size: number;
	mtime: number;
	record: NoteRecord;
}

/** The first line. `key` names everything else the records depend on (plugin version, parse settings). */
export function snapshotHeader(key: string, notes: number): string {
	return JSON.stringify({ format: FORMAT, version: SNAPSHOT_VERSION, key, notes });
}

/** The last line: without it (a write cut short) the file is not used. */
export function snapshotEnd(notes: number): string {
	return JSON.stringify({ end: notes });
}

/** A note's quotes: one array per field, in this order; `section` is a position in the note's list of heading paths. */
type Columns = [
	id: string[],
	kind: QuoteKind[],
	text: string[],
	speaker: Column<string | null>,
	speakerRaw: Column<string | null>,
	inferred: Column<SpeakerInference>,
	qualifier: Column<string | null>,
	timestamp: Column<string | null>,
	cite: Column<string[]>,
	line: number[],
	endLine: number[],
	section: number[],
	calloutTitle: Column<string | null>,
];
/** A column with nothing in it (every value null, every cite empty) is written as 0. */
type Column<T> = T[] | 0;
const COLUMNS = 13;
/** The positions of the columns that are written as 0 when empty. */
const MAY_BE_EMPTY = new Set([3, 4, 5, 6, 7, 8, 12]);

/** The cites of every quote without any: one shared array, frozen, instead of an empty one per quote. */
const NO_CITES = Object.freeze([]) as unknown as string[];

/** One note's line. The record's quotes are written with the speakers the note alone gives them. */
export function snapshotLine(note: SnapshotNote): string {
	const { quotes, path, ...fields } = note.record;
	const sections: string[][] = [];
	const sectionAt = new Map<string, number>();
	const own = quotes.map(noteOwnSpeaker);
	const column = <T>(value: (q: Quote, i: number) => T, empty: (v: T) => boolean = (v) => v === null): Column<T> => {
		const values = quotes.map(value);
		return values.every(empty) ? 0 : values;
	};
	const columns: Columns = [
		quotes.map((q) => q.id),
		quotes.map((q) => q.kind),
		quotes.map((q) => q.text),
		column((_, i) => own[i].speaker),
		column((_, i) => own[i].speakerRaw),
		column((_, i) => own[i].inferred),
		column((q) => q.qualifier),
		column((q) => q.timestamp),
		column((q) => q.cite, (cite) => cite.length === 0),
		quotes.map((q) => q.line),
		quotes.map((q) => q.endLine),
		quotes.map((q) => {
			// The count first: an empty heading's path (`##` alone gives [""]) is no path at all ([]).
			const key = `${q.section.length}\n${q.section.join("\n")}`;
			let at = sectionAt.get(key);
			if (at === undefined) sectionAt.set(key, (at = sections.push(q.section) - 1));
			return at;
		}),
		column((q) => q.calloutTitle ?? null),
	];
	return asciiOnly(JSON.stringify([path, note.size, note.mtime, fields, sections, columns]));
}

const NON_ASCII = /[\u007f-\uffff]/g;

/**
 * Characters past ASCII as `\u` escapes (still JSON, read back the same): the file then decodes to one byte per
 * character, half the memory, and JSON.parse reads it 1.5–2× as fast (decision 20).
 */
function asciiOnly(json: string): string {
	NON_ASCII.lastIndex = 0;
	if (!NON_ASCII.test(json)) return json;
	return json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Why a snapshot cannot be used; the host rebuilds from the notes and says so in the console only. */
export class SnapshotError extends Error {}

/** Checks the header line; returns how many note lines follow. Throws `SnapshotError` for another version or key. */
export function readSnapshotHeader(line: string, key: string): number {
	const header = parseLine(line, 1) as Record<string, unknown> | null;
	if (header === null || typeof header !== "object" || header.format !== FORMAT) throw new SnapshotError("not a Podcast Garden index");
	if (header.version !== SNAPSHOT_VERSION) throw new SnapshotError(`format ${String(header.version)}, this version reads ${SNAPSHOT_VERSION}`);
	if (header.key !== key) throw new SnapshotError("written by another plugin version or with other parse settings");
	const notes = header.notes;
	if (typeof notes !== "number" || !Number.isInteger(notes) || notes < 0) throw new SnapshotError("the header has no note count");
	return notes;
}

/** Reads note line `lineNumber` (1-based in the file). Throws `SnapshotError` when it is not a note as written by `snapshotLine`. */
export function readSnapshotLine(line: string, lineNumber: number): SnapshotNote {
	const value = parseLine(line, lineNumber);
	const bad = (): SnapshotError => new SnapshotError(`line ${lineNumber} is not a note`);
	if (!Array.isArray(value) || value.length !== 6) throw bad();
	const [path, size, mtime, fields, sections, columns] = value as unknown[];
	if (typeof path !== "string" || typeof size !== "number" || typeof mtime !== "number" || !isNoteFields(fields)) throw bad();
	if (!Array.isArray(sections) || !sections.every((s) => Array.isArray(s)) || !Array.isArray(columns) || columns.length !== COLUMNS || !Array.isArray(columns[0])) throw bad();
	const count = (columns[0] as unknown[]).length;
	// Only the columns that may be empty may be 0.
	if (!columns.every((c, i) => (c === 0 && MAY_BE_EMPTY.has(i)) || (Array.isArray(c) && c.length === count))) throw bad();
	const [id, kind, text, speaker, speakerRaw, inferred, qualifier, timestamp, cite, lineAt, endLine, section, calloutTitle] = columns as Columns;
	const quotes = new Array<Quote>(count);
	for (let i = 0; i < count; i++) {
		const quote: Quote = {
			id: id[i],
			kind: kind[i],
			text: text[i],
			speaker: speaker === 0 ? null : speaker[i],
			speakerRaw: speakerRaw === 0 ? null : speakerRaw[i],
			inferred: inferred === 0 ? null : inferred[i],
			qualifier: qualifier === 0 ? null : qualifier[i],
			timestamp: timestamp === 0 ? null : timestamp[i],
			cite: cite === 0 || (Array.isArray(cite[i]) && cite[i].length === 0) ? NO_CITES : cite[i],
			line: lineAt[i],
			endLine: endLine[i],
			section: sections[section[i]] as string[],
		};
		if (typeof quote.id !== "string" || typeof quote.kind !== "string" || typeof quote.text !== "string" || typeof quote.line !== "number" || typeof quote.endLine !== "number" || !Array.isArray(quote.cite) || quote.section === undefined) throw bad();
		if (calloutTitle !== 0 && calloutTitle[i] !== null) quote.calloutTitle = calloutTitle[i]!;
		quotes[i] = quote;
	}
	const record: NoteRecord = { path, ...fields, quotes };
	return { path, size, mtime, record };
}

/** Checks the end line against the header's count: a file cut short has none. */
export function readSnapshotEnd(line: string | undefined, notes: number, lineNumber: number): void {
	const end = line === undefined ? null : (parseLine(line, lineNumber) as Record<string, unknown> | null);
	if (end === null || typeof end !== "object" || end.end !== notes) throw new SnapshotError("the file ends early (a write was cut short)");
}

function parseLine(line: string, lineNumber: number): unknown {
	try {
		return JSON.parse(line) as unknown;
	} catch {
		throw new SnapshotError(`line ${lineNumber} is not JSON`);
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The note-level fields the index reads without checking, checked once here (the path is the line's). */
function isNoteFields(value: unknown): value is Omit<NoteRecord, "quotes" | "path"> {
	if (!isObject(value)) return false;
	const r = value;
	return (
		typeof r.title === "string" && typeof r.hash === "string" && typeof r.mtime === "number" && typeof r.isPodcast === "boolean" &&
		isObject(r.frontmatter) && isObject(r.flags) && isObject(r.episode) && Array.isArray(r.episode.guests) && Array.isArray(r.episode.hosts) &&
		Array.isArray(r.problems) && Array.isArray(r.tags) && Array.isArray(r.aliases) && Array.isArray(r.sections)
	);
}
