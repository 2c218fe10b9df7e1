// `npm run dev -- <vault>`: esbuild watch (esbuild.config.mjs, development mode) writing main.js straight
// into the vault's plugin folder, with manifest.json and styles.css copied there whenever they change.
// Without a vault it watches into ./main.js, as `npm run dev` always did.
import { spawn } from "child_process";
import { copyFileSync, watch, writeFileSync } from "fs";
import path from "path";
import { parseVaultArgs, pluginFolder, readManifest, REPO_ROOT, resolveVault, say, VaultError } from "./vault-target.mjs";

const USAGE = `Usage: npm run dev -- [<path-to-vault>] [--config-dir NAME]

Rebuilds Podcast Garden on every change (development build with inline source maps). With a vault,
writes main.js, manifest.json and styles.css into <vault>/<config folder>/plugins/podcast-garden/ and
adds a .hotreload marker there, so the Hot Reload plugin reloads Podcast Garden after each build.
Without a vault, writes ./main.js only. Stop with Ctrl+C.`;

const COPIED_FILES = ["manifest.json", "styles.css"];

function copyStatic(folder, name) {
	try {
		copyFileSync(path.join(REPO_ROOT, name), path.join(folder, name));
		say(`dev: copied ${name} into ${folder}`);
	} catch (err) {
		// Editors that save by rename briefly leave no file; the next change event copies it.
		console.warn(`dev: could not copy ${name} yet (${err.message}); will retry on the next change.`);
	}
}

function main(argv) {
	const { help, vaultArg, configDir: override } = parseVaultArgs(argv, []);
	if (help) {
		say(USAGE);
		return;
	}
	const env = { ...process.env };
	let watcher;
	if (vaultArg !== undefined) {
		const { vault, configDir, notes } = resolveVault(vaultArg, override);
		const folder = pluginFolder(vault, configDir, readManifest().id);
		for (const note of notes) say(note);
		for (const name of COPIED_FILES) copyStatic(folder, name);
		writeFileSync(path.join(folder, ".hotreload"), "");
		watcher = watch(REPO_ROOT, (_event, filename) => {
			if (filename && COPIED_FILES.includes(String(filename))) copyStatic(folder, String(filename));
		});
		env.PG_OUTFILE = path.join(folder, "main.js");
		say(`dev: building into ${env.PG_OUTFILE}`);
	}

	const esbuild = spawn(process.execPath, ["esbuild.config.mjs"], { cwd: REPO_ROOT, env, stdio: "inherit" });
	const stop = (signal) => esbuild.kill(signal);
	process.on("SIGINT", stop);
	process.on("SIGTERM", stop);
	esbuild.on("exit", (code, signal) => {
		watcher?.close();
		process.exitCode = code ?? (signal ? 0 : 1);
	});
}

try {
	main(process.argv.slice(2));
} catch (err) {
	if (err instanceof VaultError) {
		console.error(`dev: ${err.message}`);
		process.exitCode = err.exitCode;
	} else {
		throw err;
	}
}
