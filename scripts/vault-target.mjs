// Where a built plugin goes inside a vault, shared by `npm run install-plugin` and `npm run dev`.
// Every refusal is a VaultError (exit code 2) whose message says what the user must change.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import path from "path";
import { fileURLToPath } from "url";
import { parseArgs } from "util";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const DEFAULT_CONFIG_DIR = ".obsidian";

// Files and folders Obsidian keeps in a vault's config folder. Any one of them marks a dot-folder as
// the config folder when the user renamed it (Settings → Files and links → Override config folder).
const CONFIG_MARKERS = [
	"app.json",
	"appearance.json",
	"community-plugins.json",
	"core-plugins.json",
	"core-plugins-migration.json",
	"hotkeys.json",
	"workspace.json",
	"workspace-mobile.json",
	"graph.json",
	"plugins",
	"themes",
	"snippets",
];

export class VaultError extends Error {
	constructor(message) {
		super(message);
		this.name = "VaultError";
		this.exitCode = 2;
	}
}

function isDirectory(p) {
	try {
		return statSync(p).isDirectory();
	} catch {
		return false;
	}
}

function looksLikeConfigDir(dir) {
	return CONFIG_MARKERS.some((name) => existsSync(path.join(dir, name)));
}

/** Dot-folders of `vaultPath` that hold Obsidian configuration, `.obsidian` first. */
export function findConfigDirs(vaultPath) {
	const found = [];
	for (const entry of readdirSync(vaultPath, { withFileTypes: true })) {
		if (!entry.isDirectory() || !entry.name.startsWith(".")) continue;
		if (entry.name === ".git" || entry.name === ".trash") continue;
		const full = path.join(vaultPath, entry.name);
		// A fresh `.obsidian` can still be empty; a renamed folder must prove itself with a marker.
		if (entry.name === DEFAULT_CONFIG_DIR || looksLikeConfigDir(full)) found.push(entry.name);
	}
	return found.sort((a, b) => (a === DEFAULT_CONFIG_DIR ? -1 : b === DEFAULT_CONFIG_DIR ? 1 : a.localeCompare(b)));
}

/**
 * Resolves the vault's config folder name. `override` is the `--config-dir` value, if any.
 * Returns `{ vault, configDir, notes }`; `notes` are lines worth printing (other candidates seen).
 */
export function resolveVault(vaultArg, override) {
	if (!vaultArg) {
		throw new VaultError("Missing vault path. Pass the folder of your vault, e.g. `npm run install-plugin -- ~/Notes`.");
	}
	// `npm run` starts scripts in the repository; INIT_CWD is where the user typed the command.
	const vault = path.resolve(process.env.INIT_CWD ?? process.cwd(), vaultArg);
	if (!existsSync(vault)) {
		throw new VaultError(`${vault} does not exist. Pass the folder of an existing Obsidian vault.`);
	}
	if (!isDirectory(vault)) {
		throw new VaultError(`${vault} is a file, not a folder. Pass the folder of your Obsidian vault.`);
	}

	if (override !== undefined) {
		if (!override || override.includes("/") || override.includes("\\") || override === "." || override === "..") {
			throw new VaultError(`--config-dir "${override}" must be a folder name inside the vault, such as .obsidian.`);
		}
		if (!isDirectory(path.join(vault, override))) {
			throw new VaultError(
				`${vault} has no config folder named ${override}. Check the name under Settings → Files and links → Override config folder.`,
			);
		}
		return { vault, configDir: override, notes: [] };
	}

	const candidates = findConfigDirs(vault);
	if (candidates.length === 0) {
		const hint = looksLikeConfigDir(vault)
			? ` It looks like a config folder itself: pass its parent, ${path.dirname(vault)}.`
			: " Open the folder as a vault in Obsidian once (that creates .obsidian), or pass --config-dir NAME if its config folder has another name.";
		throw new VaultError(`${vault} is not an Obsidian vault: it has no .obsidian config folder.${hint}`);
	}
	if (candidates.length > 1 && candidates[0] !== DEFAULT_CONFIG_DIR) {
		throw new VaultError(
			`${vault} has several config folders (${candidates.join(", ")}). Choose one with --config-dir NAME.`,
		);
	}
	const notes =
		candidates.length > 1
			? [`Also found config folder(s) ${candidates.slice(1).join(", ")}; pass --config-dir NAME to install there instead.`]
			: [];
	return { vault, configDir: candidates[0], notes };
}

export function readManifest(root = REPO_ROOT) {
	return JSON.parse(readFileSync(path.join(root, "manifest.json"), "utf8"));
}

/** `<vault>/<configDir>/plugins/<plugin id>`, created if missing. */
export function pluginFolder(vault, configDir, pluginId) {
	const folder = path.join(vault, configDir, "plugins", pluginId);
	mkdirSync(folder, { recursive: true });
	return folder;
}

/**
 * Where each release file comes from: the build output (`PG_OUTFILE` moves main.js, as in
 * esbuild.config.mjs) and the manifest and stylesheet at the repository root.
 */
export function releaseSources(root = REPO_ROOT) {
	const mainJs = process.env.PG_OUTFILE ? path.resolve(root, process.env.PG_OUTFILE) : path.join(root, "main.js");
	return {
		"main.js": mainJs,
		"manifest.json": path.join(root, "manifest.json"),
		"styles.css": path.join(root, "styles.css"),
	};
}

/** Copies release files (`{ name: sourcePath }`) into `folder`; refuses if one was never built. */
export function copyPluginFiles(sources, folder) {
	const missing = Object.values(sources).filter((source) => !existsSync(source));
	if (missing.length > 0) {
		throw new VaultError(`Cannot install: ${missing.join(", ")} missing. Run \`npm run build\` first.`);
	}
	for (const [name, source] of Object.entries(sources)) copyFileSync(source, path.join(folder, name));
}

/**
 * Adds `pluginId` to `<configDir>/community-plugins.json`, keeping every entry already there.
 * Returns true when the list changed.
 */
export function enablePlugin(vault, configDir, pluginId) {
	const file = path.join(vault, configDir, "community-plugins.json");
	let enabled = [];
	if (existsSync(file)) {
		const text = readFileSync(file, "utf8");
		try {
			enabled = text.trim() === "" ? [] : JSON.parse(text);
		} catch (err) {
			throw new VaultError(`${file} is not valid JSON (${err.message}). Fix or delete it, then run again.`);
		}
		if (!Array.isArray(enabled) || enabled.some((id) => typeof id !== "string")) {
			throw new VaultError(`${file} should be a JSON list of plugin ids like ["dataview"]. Fix it, then run again.`);
		}
	}
	if (enabled.includes(pluginId)) return false;
	enabled.push(pluginId);
	writeFileSync(file, JSON.stringify(enabled, null, 2) + "\n");
	return true;
}

/**
 * Parses `<vault> [--config-dir NAME]` plus the script's own boolean flags.
 * Returns `{ help, vaultArg, configDir, flags }`; a bad argument is a VaultError naming it.
 */
export function parseVaultArgs(argv, booleanFlags) {
	const options = { "config-dir": { type: "string" }, help: { type: "boolean", short: "h" } };
	for (const flag of booleanFlags) options[flag] = { type: "boolean" };
	let parsed;
	try {
		parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
	} catch (err) {
		throw new VaultError(err.message);
	}
	const { values, positionals } = parsed;
	if (positionals.length > 1) {
		throw new VaultError(
			`Expected one vault path, got ${positionals.length}: ${positionals.join(" ")}. Quote a path that contains spaces.`,
		);
	}
	const flags = {};
	for (const flag of booleanFlags) flags[flag] = values[flag] === true;
	return { help: values.help === true, vaultArg: positionals[0], configDir: values["config-dir"], flags };
}

/** Prints one line to standard output (the shared lint profile forbids console.log, even in scripts). */
export function say(line) {
	process.stdout.write(line + "\n");
}
