// Shared by the commands that read a vault: argument checks, reading, indexing, and reporting unreadable notes.
import { promises as fs } from "fs";
import * as path from "path";
import { QuoteIndex } from "../core/index";
import { parseNote } from "../core/note";
import type { PodcastRule } from "../core/index";
import type { NoteRecord } from "../core/types";
import type { CorePublishSettings } from "../core/publish/settings";
import { ParsedArgs, UsageError, stringFlag } from "./args";
import { ChunkResult, indexChunk, IndexJob, NoteIndexError } from "./index-notes";
import { CliIO, EXIT_FAILED, EXIT_USAGE } from "./io";
import { SETTINGS_BOOLEAN_KEYS, SETTINGS_VALUE_KEYS, SettingsFileError, vaultSettings } from "./settings";
import { describe, listVaultNotes, VaultFolderError, VaultNotes } from "./vault";
import { WorkerPool, WorkerPoolError } from "./worker-pool";

export interface LoadedVault {
	index: QuoteIndex;
}

/** The options of the commands that index a vault (`quotes`, `speakers`) beyond the shared ones. */
export const INDEX_VALUE_KEYS = ["threads"];

/** The worker threads' entry, bundled beside dist/cli.js (esbuild.cli.mjs). */
const WORKER_FILE = path.join(__dirname, "cli-worker.js");

/** `--threads N` as given (1 or more), or null when unset. */
function threadsFlag(args: ParsedArgs): number | null {
	const value = stringFlag(args, "threads");
	if (value === undefined) return null;
	const n = Number(value);
	if (!/^[0-9]+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--threads must be a whole number, 1 or more, not "${value}".`);
	return n;
}

/** `--threads` above 1 was asked for. */
export function wantsThreads(args: ParsedArgs): boolean {
	return threadsFor(threadsFlag(args)) > 1;
}

/**
 * How many threads read and parse the notes: `--threads` when given, else one. On 2 cores threads cost more
 * CPU than they save (bench 21, decisions 35 and 52), so they are asked for, not assumed.
 */
export function threadsFor(given: number | null): number {
	return given ?? 1;
}

/** `files` cut into chunks a free worker takes one at a time: several per worker, so none waits long for the last. */
export function chunksOf(files: readonly string[], threads: number): string[][] {
	const size = Math.max(1, Math.min(64, Math.ceil(files.length / (threads * 8))));
	const chunks: string[][] = [];
	for (let i = 0; i < files.length; i += size) chunks.push(files.slice(i, i + size));
	return chunks;
}

/** The worker threads' entry and this thread's parser: tests give ones that fail on a note. */
export interface IndexHooks {
	workerFile?: string;
	parse?: typeof parseNote;
}

/** A vault folder listed, with its settings and what every note is read and parsed with. */
export interface OpenedVault {
	vault: VaultNotes;
	settings: SettingsFromArgs;
	job: IndexJob;
}

/**
 * Checks the vault argument, lists the vault's notes (reporting what could not be listed) and reads its
 * settings; an exit code after a one-line message when the vault or the settings cannot be used.
 */
export async function openVault(args: ParsedArgs, io: CliIO): Promise<OpenedVault | number> {
	let vault: VaultNotes;
	try {
		vault = await listVaultNotes(args.positionals[0]);
	} catch (error) {
		if (error instanceof VaultFolderError) {
			io.err(`podcast-garden: ${error.message}`);
			return EXIT_USAGE;
		}
		throw error;
	}
	for (const problem of vault.errors) tellSkipped(io, problem);
	const settings = await settingsFromArgs(args, args.positionals[0], io);
	if (typeof settings === "number") return settings;
	return { vault, settings, job: { root: vault.root, realRoot: vault.realRoot, dashes: settings.dashes, publishKeys: settings.publish.flagKeys } };
}

/** The one vault folder the command takes: a usage error otherwise. */
export function checkVaultArgument(args: ParsedArgs): void {
	if (args.positionals.length !== 1) {
		throw new UsageError(args.positionals.length === 0 ? "Give the vault folder." : `Expected one vault folder, got: ${args.positionals.join(" ")}`);
	}
}

/** Returns the loaded vault, or an exit code after telling the user what is wrong. */
export async function loadIndex(args: ParsedArgs, io: CliIO, { workerFile = WORKER_FILE, parse = parseNote }: IndexHooks = {}): Promise<LoadedVault | number> {
	checkVaultArgument(args);
	const threads = threadsFor(threadsFlag(args));
	// This thread is one of them; the workers load their bundle while it lists the vault and reads the settings.
	const pool = threads > 1 ? new WorkerPool<IndexJob, ChunkResult>(workerFile, threads - 1) : null;
	try {
		const opened = await openVault(args, io);
		if (typeof opened === "number") return opened;
		const { vault, settings, job } = opened;
		let chunks: ChunkResult[];
		try {
			chunks = pool ? await pool.run(job, chunksOf(vault.files, threads), (files) => indexChunk(files, job, parse)) : [indexChunk(vault.files, job, parse)];
		} catch (error) {
			if (!(error instanceof NoteIndexError || error instanceof WorkerPoolError)) throw error;
			io.err(`podcast-garden: ${error.message}`);
			return EXIT_FAILED;
		}
		return indexOf(chunks, settings, io);
	} finally {
		pool?.stop();
	}
}

/** A note or folder left out (`quotes`, `speakers`): one line naming it and why. */
export function tellSkipped(io: CliIO, problem: { path: string; message: string }): void {
	io.err(`podcast-garden: skipped ${problem.path}: ${problem.message}`);
}

/** A note's problems (bad frontmatter…), each a line naming the note and its line. */
export function tellProblems(io: CliIO, note: NoteRecord): void {
	for (const problem of note.problems) io.err(`podcast-garden: ${note.path}:${problem.line}: ${problem.message}`);
}

/** The index of the parsed notes, after reporting the notes that could not be read and each note's problems. */
function indexOf(chunks: readonly ChunkResult[], settings: SettingsFromArgs, io: CliIO): LoadedVault {
	for (const chunk of chunks) for (const problem of chunk.problems) tellSkipped(io, problem);
	// The process ends after one answer: no need to copy kept strings out of the note texts (detach).
	const index = new QuoteIndex({ aliasTable: settings.aliasTable, rule: settings.detection, parse: { dashes: settings.dashes, publishKeys: settings.publish.flagKeys }, detach: false });
	index.upsertParsed(chunks.length === 1 ? chunks[0].records : chunks.flatMap((chunk) => chunk.records));
	for (const note of index.notes()) tellProblems(io, note);
	return { index };
}

/** Options every command that reads a vault takes: its settings file, the alias table and the dashes. */
export const SHARED_VALUE_KEYS = ["aliases", "dashes", ...SETTINGS_VALUE_KEYS];
export const SHARED_BOOLEAN_KEYS = [...SETTINGS_BOOLEAN_KEYS];

export interface SettingsFromArgs {
	publish: CorePublishSettings;
	aliasTable: Record<string, string> | undefined;
	dashes: string;
	detection: PodcastRule;
}

/**
 * The vault's settings (src/cli/settings.ts) with `--aliases FILE` and `--dashes` over them, or an exit
 * code after a one-line message naming the settings file and the setting.
 */
export async function settingsFromArgs(args: ParsedArgs, vaultDir: string, io: CliIO): Promise<SettingsFromArgs | number> {
	let settings;
	try {
		settings = await vaultSettings(args, vaultDir, (line) => io.err(`podcast-garden: ${line}`));
	} catch (error) {
		if (!(error instanceof SettingsFileError)) throw error;
		io.err(`podcast-garden: ${error.message}`);
		return EXIT_USAGE;
	}
	const file = stringFlag(args, "aliases");
	const aliasTable = file === undefined ? settings.aliases : await readAliasTable(file, io);
	if (typeof aliasTable === "number") return aliasTable;
	const dashes = stringFlag(args, "dashes");
	if (dashes !== undefined && dashes.trim() === "") throw new UsageError("--dashes needs at least one character.");
	return { publish: settings.publish, detection: settings.detection, aliasTable: aliasTable && Object.keys(aliasTable).length > 0 ? aliasTable : undefined, dashes: dashes ?? settings.dashes };
}

/** `--aliases file.json`: `{ "alias": "Canonical Name" }`, the same table as the plugin setting. */
export async function readAliasTable(file: string | undefined, io: CliIO): Promise<Record<string, string> | undefined | number> {
	if (!file) return undefined;
	try {
		const table = JSON.parse(await fs.readFile(file, "utf8")) as unknown;
		if (!table || typeof table !== "object" || Array.isArray(table) || Object.values(table).some((v) => typeof v !== "string")) {
			io.err(`podcast-garden: ${file}: the alias table must be a JSON object of "alias": "Canonical name".`);
			return EXIT_USAGE;
		}
		return table as Record<string, string>;
	} catch (error) {
		io.err(`podcast-garden: cannot read alias table ${file}: ${describe(error)}`);
		return EXIT_USAGE;
	}
}
