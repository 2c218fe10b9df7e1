// Shared by the commands that read a vault: argument checks, reading, indexing, and reporting unreadable notes.
import { promises as fs } from "fs";
import { QuoteIndex } from "../core/index";
import type { PodcastRule } from "../core/index";
import type { CorePublishSettings } from "../core/publish/settings";
import { ParsedArgs, UsageError, stringFlag } from "./args";
import { CliIO, EXIT_USAGE } from "./io";
import { SETTINGS_BOOLEAN_KEYS, SETTINGS_VALUE_KEYS, SettingsFileError, vaultSettings } from "./settings";
import { DiskVault, VaultFolderError, describe, readVault } from "./vault";

export interface LoadedVault {
	vault: DiskVault;
	index: QuoteIndex;
}

/** Returns the loaded vault, or an exit code after telling the user what is wrong. */
export async function loadIndex(args: ParsedArgs, io: CliIO): Promise<LoadedVault | number> {
	if (args.positionals.length !== 1) {
		throw new UsageError(args.positionals.length === 0 ? "Give the vault folder." : `Expected one vault folder, got: ${args.positionals.join(" ")}`);
	}
	let vault: DiskVault;
	try {
		vault = await readVault(args.positionals[0]);
	} catch (error) {
		if (error instanceof VaultFolderError) {
			io.err(`podcast-garden: ${error.message}`);
			return EXIT_USAGE;
		}
		throw error;
	}
	for (const problem of vault.errors) io.err(`podcast-garden: skipped ${problem.path}: ${problem.message}`);
	const settings = await settingsFromArgs(args, args.positionals[0], io);
	if (typeof settings === "number") return settings;
	// The process ends after one answer: no need to copy kept strings out of the note texts (detach).
	const index = new QuoteIndex({ aliasTable: settings.aliasTable, rule: settings.detection, parse: { dashes: settings.dashes, publishKeys: settings.publish.flagKeys }, detach: false });
	index.upsertMany(vault.notes);
	for (const note of index.notes()) {
		for (const problem of note.problems) io.err(`podcast-garden: ${note.path}:${problem.line}: ${problem.message}`);
	}
	return { vault, index };
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
