// The persisted index as text: one header line, one line per note, one end line (JSON Lines). What is kept
// per note is what `parseNote` returned (plain data, note-local speakers), not the index's own structures:
// the note's fields, then its quotes as arrays of their fields with each heading path written once per note
// (a quarter less text than objects, so less for JSON.parse to read at start-up);
// the podcast rule and the alias table are applied again when it is loaded, so changing them needs no
// re-read. Each note carries the size and mtime its text had, so the host reads only notes that differ.
// The end line tells a complete file from a half-written one. Pure: the host does the reading and writing.
import type { NoteRecord, Quote, QuoteKind, SpeakerInference } from "../types";
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

/** A quote as stored: its fields in this order, `section` as a position in the note's list of heading paths. */
type StoredFields = [string, QuoteKind, string, string | null, string | null, SpeakerInference, string | null, string | null, string[], number, number, number, string?];

/** One note's line. The record's quotes are written with the speakers the note alone gives them. */
export function snapshotLine(note: SnapshotNote): string {
	const { quotes, ...fields } = note.record;
	const sections: string[][] = [];
	const sectionAt = new Map<string, number>();
	const stored = quotes.map((q): StoredFields => {
		const key = q.section.join("\n");
		let at = sectionAt.get(key);
		if (at === undefined) sectionAt.set(key, (at = sections.push(q.section) - 1));
		const own = noteOwnSpeaker(q);
		const out: StoredFields = [q.id, q.kind, q.text, own.speaker, own.speakerRaw, own.inferred, q.qualifier, q.timestamp, q.cite, q.line, q.endLine, at];
		if (q.calloutTitle !== undefined) out.push(q.calloutTitle);
		return out;
	});
	return JSON.stringify([note.path, note.size, note.mtime, fields, sections, stored]);
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
	const [path, size, mtime, fields, sections, stored] = value as unknown[];
	if (typeof path !== "string" || typeof size !== "number" || typeof mtime !== "number" || !isNoteFields(fields, path)) throw bad();
	if (!Array.isArray(sections) || !sections.every((s) => Array.isArray(s)) || !Array.isArray(stored)) throw bad();
	const quotes = new Array<Quote>(stored.length);
	for (let i = 0; i < stored.length; i++) {
		const q = stored[i] as StoredFields;
		if (!Array.isArray(q) || typeof q[0] !== "string" || typeof q[2] !== "string" || typeof q[9] !== "number" || typeof q[10] !== "number" || !Array.isArray(q[8]) || sections[q[11]] === undefined) throw bad();
		const quote: Quote = { id: q[0], kind: q[1], text: q[2], speaker: q[3], speakerRaw: q[4], inferred: q[5], qualifier: q[6], timestamp: q[7], cite: q[8], line: q[9], endLine: q[10], section: sections[q[11]] as string[] };
		if (q.length > 12) quote.calloutTitle = q[12];
		quotes[i] = quote;
	}
	const record = fields as NoteRecord;
	record.quotes = quotes;
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

/** The note-level fields the index reads without checking, checked once here. */
function isNoteFields(value: unknown, path: string): value is Omit<NoteRecord, "quotes"> {
	if (!isObject(value) || value.path !== path) return false;
	const r = value;
	return (
		typeof r.title === "string" && typeof r.hash === "string" && typeof r.mtime === "number" && typeof r.isPodcast === "boolean" &&
		isObject(r.frontmatter) && isObject(r.flags) && isObject(r.episode) && Array.isArray(r.episode.guests) && Array.isArray(r.episode.hosts) &&
		Array.isArray(r.problems) && Array.isArray(r.tags) && Array.isArray(r.aliases) && Array.isArray(r.sections)
	);
}
