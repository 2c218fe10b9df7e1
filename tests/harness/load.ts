// Loads the BUILT plugin (main.js at the repo root, made by `npm run build`) into a harness, the way
// Obsidian does: evaluate the CommonJS bundle with a `require` that serves `obsidian`. Node-only.
import * as fs from "fs";
import { createRequire } from "module";
import * as path from "path";
import { TextDecoder, TextEncoder } from "util";
import type { Harness } from "./harness";
import type { PluginManifest } from "./obsidian";

// jsdom lacks these; Obsidian's window has them.
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });

const ROOT = path.resolve(__dirname, "..", "..");
export const MAIN_JS = process.env.PG_MAIN_JS ?? path.join(ROOT, "main.js");

/** Globals Node (and Electron's renderer) has and Obsidian mobile does not. */
const NODE_GLOBALS = ["process", "Buffer", "global", "setImmediate", "clearImmediate"];

export interface LoadedPlugin<P> {
	plugin: P;
	manifest: PluginManifest;
	/** Every module name the bundle asked `require` for, in order. */
	required: string[];
}

/**
 * Desktop: modules other than `obsidian` come from Node (Electron offers them). Mobile: only `obsidian`
 * exists; anything else throws, as on a phone.
 */
export async function loadPlugin<P = unknown>(h: Harness): Promise<LoadedPlugin<P>> {
	if (!fs.existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run \`npm run build\` first (npm test does).`);
	const code = fs.readFileSync(MAIN_JS, "utf8");
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "manifest.json"), "utf8")) as PluginManifest;
	// Obsidian adds the plugin's folder (vault-relative) when it loads the manifest.
	manifest.dir = `${h.app.vault.configDir}/plugins/${manifest.id}`;
	const required: string[] = [];
	const mobile = h.obsidian.Platform.isMobile;
	const fakeRequire = (name: string): unknown => {
		required.push(name);
		if (name === "obsidian") return h.obsidian;
		if (mobile) throw new Error(`Cannot find module '${name}' (Obsidian mobile has no Node modules; main.js must not require it).`);
		return nodeRequire(name) as unknown;
	};
	const nodeRequire = createRequire(MAIN_JS);
	const module = { exports: {} as Record<string, unknown> };
	// Evaluated in the test's (jsdom) realm with its Function constructor, as Obsidian's plugin loader
	// evaluates main.js inside its window. This is test infrastructure loading our own build, not plugin code.
	// On mobile the Node globals do not exist either: the bundle sees them as undefined.
	const RealmFunction = globalThis.Function;
	const run = new RealmFunction("require", "module", "exports", "__filename", "__dirname", ...NODE_GLOBALS, `${code}\n//# sourceURL=${MAIN_JS}`) as (...args: unknown[]) => void;
	const nodeGlobals = NODE_GLOBALS.map((name) => (mobile ? undefined : (globalThis as Record<string, unknown>)[name]));
	run(fakeRequire, module, module.exports, MAIN_JS, path.dirname(MAIN_JS), ...nodeGlobals);
	const PluginClass = (module.exports.default ?? module.exports) as new (app: unknown, manifest: PluginManifest) => P & { load(): void; _loadResult: unknown };
	const plugin = new PluginClass(h.app, manifest);
	h.app.plugins.plugins[manifest.id] = plugin;
	plugin.load();
	await plugin._loadResult;
	return { plugin, manifest, required };
}

/** Disables the plugin as Obsidian does: unload (children, registered events, commands, views) and forget it. */
export function unloadPlugin(h: Harness, loaded: LoadedPlugin<{ unload(): void }>): void {
	loaded.plugin.unload();
	delete h.app.plugins.plugins[loaded.manifest.id];
}

/**
 * The harness vault's notes (listed in vault-notes.txt: the garden note and every fourth real note of the
 * corpus when the list was made) as vault files under `folder`. The plugin tests need notes of real
 * variety, not the whole labelled corpus, which grows with every probe and is read in full by the core tests.
 */
export function fixtureNotes(folder = "Podcasts"): Record<string, string> {
	const base = path.join(ROOT, "tests", "fixtures");
	const out: Record<string, string> = {};
	for (const note of fs.readFileSync(path.join(__dirname, "vault-notes.txt"), "utf8").split("\n")) {
		if (note !== "") out[`${folder}/${note}`] = fs.readFileSync(path.join(base, note), "utf8");
	}
	return out;
}
