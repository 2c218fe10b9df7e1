// The vault's own Podcast Garden settings (the plugin's data.json), read by default so the CLI publishes
// what the plugin would: the same flag keys, folders, public properties, layout, alias table and dashes,
// and lists the quotes the sidebar shows (its podcast-note detection).
// Options override them one by one; `--no-vault-settings` ignores the file.
import { promises as fs } from "fs";
import * as path from "path";
import { DEFAULT_CORE_PUBLISH_SETTINGS, SITE_LAYOUTS, type CorePublishSettings } from "../core/publish/settings";
import { QUOTE_PAGE_MODES } from "../core/publish/options";
import { DEFAULT_DASHES } from "../core/quotes/attribution";
import type { PodcastRule } from "../core/index";
import { isPlainObject, mergeDefaults, normalizeRule, settingProblems } from "../core/util/settings";
import { ParsedArgs, stringFlag, UsageError } from "./args";

const PLUGIN_DATA = "plugins/podcast-garden/data.json";
const DEFAULT_CONFIG_DIR = ".obsidian";

/** The settings the CLI uses, as the plugin keeps them in data.json. */
export interface VaultSettings {
	publish: CorePublishSettings;
	aliases: Record<string, string>;
	dashes: string;
	/** Which notes are podcast notes (only their quotes are listed, as in the sidebar). */
	detection: PodcastRule;
}

/** The settings whose types are checked; `detection` is read like the plugin reads it (any old form). */
const CHECKED_DEFAULTS = { publish: DEFAULT_CORE_PUBLISH_SETTINGS, aliases: {} as Record<string, string>, dashes: DEFAULT_DASHES };

export const DEFAULT_VAULT_SETTINGS: VaultSettings = { ...CHECKED_DEFAULTS, detection: { mode: "automatic" } };

/** The settings file is there but cannot be used: the message names the file and the setting. Exit code 2. */
export class SettingsFileError extends Error {}

export const SETTINGS_VALUE_KEYS = ["config-dir"];
export const SETTINGS_BOOLEAN_KEYS = ["no-vault-settings"];

/**
 * Where the vault keeps Podcast Garden's settings: `<vault>/<config folder>/plugins/podcast-garden/data.json`,
 * the config folder being `--config-dir`, else `.obsidian`, else the one renamed config folder that holds
 * the file. Null when there is none.
 */
export async function findSettingsFile(vault: string, configDir?: string): Promise<string | null> {
	if (configDir !== undefined) {
		if (configDir === "" || /[/\\]/.test(configDir) || configDir === "." || configDir === "..") throw new UsageError(`--config-dir "${configDir}" must be a folder name inside the vault, such as .obsidian.`);
		const file = path.join(vault, configDir, PLUGIN_DATA);
		if (!(await isFile(file))) throw new UsageError(`--config-dir ${configDir}: there are no Podcast Garden settings at ${file}.`);
		return file;
	}
	const entries = await fs.readdir(vault, { withFileTypes: true }).catch(() => []);
	const found: string[] = [];
	for (const entry of entries) {
		if (!entry.isDirectory() || !entry.name.startsWith(".") || entry.name === ".git" || entry.name === ".trash") continue;
		if (await isFile(path.join(vault, entry.name, PLUGIN_DATA))) found.push(entry.name);
	}
	if (found.includes(DEFAULT_CONFIG_DIR)) return path.join(vault, DEFAULT_CONFIG_DIR, PLUGIN_DATA);
	if (found.length > 1) throw new UsageError(`The vault has Podcast Garden settings in several config folders (${found.sort().join(", ")}): choose one with --config-dir NAME, or pass --no-vault-settings.`);
	return found.length === 1 ? path.join(vault, found[0], PLUGIN_DATA) : null;
}

async function isFile(file: string): Promise<boolean> {
	return (await fs.stat(file).catch(() => null))?.isFile() ?? false;
}

/**
 * The settings in `file`, checked: a value of the wrong type is an error naming the setting (the plugin
 * would quietly use the default instead; publishing with defaults could publish what the user excluded).
 */
export function parseVaultSettings(file: string, text: string): VaultSettings {
	let saved: unknown;
	try {
		saved = JSON.parse(text);
	} catch (error) {
		throw new SettingsFileError(`${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix the file or pass --no-vault-settings.`);
	}
	if (!isPlainObject(saved)) throw new SettingsFileError(`${file} must hold an object of settings, not ${JSON.stringify(saved)}. Fix the file or pass --no-vault-settings.`);
	const problems = settingProblems(CHECKED_DEFAULTS, saved);
	const layout = isPlainObject(saved.publish) ? saved.publish.layout : undefined;
	if (typeof layout === "string" && !SITE_LAYOUTS.includes(layout)) problems.push(`"publish.layout" must be "site" or "digital-garden", not ${JSON.stringify(layout)}`);
	const quotePages = isPlainObject(saved.publish) ? saved.publish.quotePages : undefined;
	if (typeof quotePages === "string" && !(QUOTE_PAGE_MODES as readonly string[]).includes(quotePages)) problems.push(`"publish.quotePages" must be "all", "highlights" or "off", not ${JSON.stringify(quotePages)}`);
	if (problems.length > 0) throw new SettingsFileError(`${file}: setting ${problems[0]}. Fix it in Podcast Garden's settings (or the file), override it with its option, or pass --no-vault-settings.`);
	const settings = mergeDefaults(CHECKED_DEFAULTS, saved);
	if (settings.dashes.trim() === "") settings.dashes = DEFAULT_DASHES;
	return { publish: settings.publish, aliases: settings.aliases, dashes: settings.dashes, detection: normalizeRule(saved.detection) };
}

/**
 * The vault's settings for a command, or the defaults with `--no-vault-settings` or when the vault has
 * none. `say` gets one line naming the file that was read.
 */
export async function vaultSettings(args: ParsedArgs, vault: string, say: (line: string) => void): Promise<VaultSettings> {
	if (args.flags.has("no-vault-settings")) {
		if (args.flags.has("config-dir")) throw new UsageError("--config-dir and --no-vault-settings cannot be used together.");
		return DEFAULT_VAULT_SETTINGS;
	}
	const file = await findSettingsFile(vault, stringFlag(args, "config-dir"));
	if (file === null) return DEFAULT_VAULT_SETTINGS;
	let text: string;
	try {
		text = await fs.readFile(file, "utf8");
	} catch (error) {
		throw new SettingsFileError(`cannot read ${file} (${error instanceof Error ? error.message : String(error)}). Pass --no-vault-settings to publish without it.`);
	}
	const settings = parseVaultSettings(file, text);
	say(`Using the vault's Podcast Garden settings from ${file} (options override them; --no-vault-settings ignores them).`);
	return settings;
}
