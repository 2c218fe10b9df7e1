// The persisted index as text: one header line, one line per note, one end line (JSON Lines). What is kept
// per note is what `parseNote` returned (plain data, note-local speakers), not the index's own structures:
// the podcast rule and the alias table are applied again when it is loaded, so changing them needs no
// re-read. Each note carries the size and mtime its text had, so the host reads only notes that differ.
// The end line tells a complete file from a half-written one. Pure: the host does the reading and writing.
import type { NoteRecord, Quote } from "../types";
import { noteOwnSpeaker } from "./stored-quote";

/** Raise when the stored shape changes: an older file is then discarded. */
export const SNAPSHOT_VERSION = 1;
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

/** One note's line. The record's quotes are written with the speakers the note alone gives them. */
export function snapshotLine(note: SnapshotNote): string {
	const record = note.record;
	return JSON.stringify([note.path, note.size, note.mtime, { ...record, quotes: record.quotes.map(plainQuote) }]);
}

function plainQuote(q: Quote): Quote {
	const out: Quote = { id: q.id, kind: q.kind, text: q.text, ...noteOwnSpeaker(q), qualifier: q.qualifier, timestamp: q.timestamp, cite: q.cite, line: q.line, endLine: q.endLine, section: q.section };
	if (q.calloutTitle !== undefined) out.calloutTitle = q.calloutTitle;
	return out;
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
	if (!Array.isArray(value) || value.length !== 4) throw new SnapshotError(`line ${lineNumber} is not a note`);
	const [path, size, mtime, record] = value as unknown[];
	if (typeof path !== "string" || typeof size !== "number" || typeof mtime !== "number" || !isRecord(record, path)) throw new SnapshotError(`line ${lineNumber} is not a note`);
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

/** The fields the index reads without checking, checked once here. */
function isRecord(value: unknown, path: string): value is NoteRecord {
	if (!isObject(value) || value.path !== path) return false;
	const r = value;
	const shaped =
		typeof r.title === "string" && typeof r.hash === "string" && typeof r.mtime === "number" && typeof r.isPodcast === "boolean" &&
		isObject(r.frontmatter) && isObject(r.flags) && isObject(r.episode) && Array.isArray(r.episode.guests) && Array.isArray(r.episode.hosts) &&
		Array.isArray(r.problems) && Array.isArray(r.tags) && Array.isArray(r.aliases) && Array.isArray(r.sections) && Array.isArray(r.quotes);
	return shaped && (r.quotes as unknown[]).every(isQuote);
}

function isQuote(value: unknown): boolean {
	if (!isObject(value)) return false;
	const q = value;
	return typeof q.id === "string" && typeof q.kind === "string" && typeof q.text === "string" && typeof q.line === "number" && typeof q.endLine === "number" && Array.isArray(q.section) && Array.isArray(q.cite);
}
