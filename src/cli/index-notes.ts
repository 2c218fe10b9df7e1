// One run of the per-note work of `quotes` and `speakers`: read each note and parse it. The same function
// runs on the main thread (`--threads 1`, small vaults) and in each worker (index-worker.ts), so both
// give the same records; speakers across notes are resolved afterwards, in the index, on the main thread.
import * as path from "path";
import { parseNote } from "../core/note";
import type { NoteRecord, ParseOptions } from "../core/types";
import { describe, readNote } from "./vault";

/** What every chunk of notes is read and parsed with: plain data, so it can be handed to a worker. */
export interface IndexJob {
	/** The vault folder as given, and its real path (every note must stay inside it). */
	root: string;
	realRoot: string;
	dashes: string;
	publishKeys: string[];
}

/** A note that could not be read: reported and skipped, as before threads. */
export interface ReadProblem {
	path: string;
	message: string;
}

export interface ChunkResult {
	records: NoteRecord[];
	problems: ReadProblem[];
}

/** Parsing a note threw (a bug, since `parseNote` reports bad input as problems): the command stops, naming the note. */
export class NoteIndexError extends Error {
	constructor(
		readonly notePath: string,
		readonly reason: string,
	) {
		super(`${notePath}: cannot index this note: ${reason}`);
	}
}

/** The first line of an error's message: a stack trace is not for the user. */
export function firstLine(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split("\n")[0];
}

export function parseOptionsOf(job: IndexJob): ParseOptions {
	return { dashes: job.dashes, publishKeys: job.publishKeys };
}

/** Reads and parses one note (a vault path), or says why it could not be read; a parse that throws is a NoteIndexError. */
export function readAndParse(file: string, job: IndexJob, options: ParseOptions, realFolders: Map<string, string>, parse: typeof parseNote = parseNote): NoteRecord | ReadProblem {
	let text: string;
	let mtime: number;
	try {
		({ text, mtime } = readNote(job.realRoot, path.join(job.root, file), realFolders));
	} catch (error) {
		return { path: file, message: `cannot read note: ${describe(error)}` };
	}
	let record: NoteRecord;
	try {
		record = parse(file, text, options);
	} catch (error) {
		throw new NoteIndexError(file, firstLine(error));
	}
	record.mtime = mtime;
	return record;
}

/** A read's answer was a problem, not a note. */
export function isReadProblem(read: NoteRecord | ReadProblem): read is ReadProblem {
	return "message" in read;
}

/** Reads and parses `files` (vault paths) in order. `parse` is the core's parser; tests pass one that fails. */
export function indexChunk(files: readonly string[], job: IndexJob, parse: typeof parseNote = parseNote): ChunkResult {
	const options = parseOptionsOf(job);
	const result: ChunkResult = { records: [], problems: [] };
	const realFolders = new Map<string, string>();
	for (const file of files) {
		const read = readAndParse(file, job, options, realFolders, parse);
		if (isReadProblem(read)) result.problems.push(read);
		else result.records.push(read);
	}
	return result;
}
