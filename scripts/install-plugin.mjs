// `npm run install-plugin -- <vault>`: production build, then copy the three release files into the
// vault's plugin folder, exactly what Obsidian's own installer would put there.
import { spawnSync } from "child_process";
import path from "path";
import {
	copyPluginFiles,
	enablePlugin,
	parseVaultArgs,
	pluginFolder,
	readManifest,
	releaseSources,
	REPO_ROOT,
	resolveVault,
	say,
	VaultError,
} from "./vault-target.mjs";

const USAGE = `Usage: npm run install-plugin -- <path-to-vault> [options]

Builds Podcast Garden (production) and copies main.js, manifest.json and styles.css into
<vault>/<config folder>/plugins/podcast-garden/.

Options:
  --config-dir NAME  the vault's config folder when it is not .obsidian (found automatically
                     when the vault has exactly one)
  --enable           also add the plugin to <config folder>/community-plugins.json
  --skip-build       copy the files already built instead of running \`npm run build\`
  -h, --help         show this help`;

function runBuild() {
	// Under `npm run`, npm_execpath is npm's own script: reuse it so the same npm runs the build.
	const npmCli = process.env.npm_execpath;
	const [command, args] =
		npmCli && npmCli.endsWith(".js")
			? [process.execPath, [npmCli, "run", "build"]]
			: [process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"]];
	const result = spawnSync(command, args, {
		cwd: REPO_ROOT,
		stdio: "inherit",
		shell: process.platform === "win32",
	});
	if (result.error) throw new Error(`Could not start \`npm run build\`: ${result.error.message}`);
	return result.status === 0;
}

function main(argv) {
	const { help, vaultArg, configDir: override, flags } = parseVaultArgs(argv, ["enable", "skip-build"]);
	if (help) {
		say(USAGE);
		return 0;
	}
	// Check the vault before building, so a mistyped path fails in a second, not after a build.
	const { vault, configDir, notes } = resolveVault(vaultArg, override);
	const manifest = readManifest();

	if (!flags["skip-build"] && !runBuild()) {
		console.error("install-plugin: the build failed (see the errors above); nothing was copied into the vault.");
		return 1;
	}

	const folder = pluginFolder(vault, configDir, manifest.id);
	copyPluginFiles(releaseSources(), folder);
	for (const note of notes) say(note);
	say(`Installed ${manifest.name} ${manifest.version} into ${folder}`);

	if (flags.enable) {
		const changed = enablePlugin(vault, configDir, manifest.id);
		const list = path.join(configDir, "community-plugins.json");
		say(changed ? `Enabled ${manifest.id} in ${list}.` : `${manifest.id} was already enabled in ${list}.`);
		say("If Obsidian has this vault open, reload it (Command palette → Reload app without saving).");
	} else {
		say("Turn it on in Obsidian: Settings → Community plugins (reload the plugin list first), or run again with --enable.");
	}
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (err) {
	if (err instanceof VaultError) {
		console.error(`install-plugin: ${err.message}`);
		console.error("Run `npm run install-plugin -- --help` for usage.");
		process.exitCode = err.exitCode;
	} else {
		throw err;
	}
}
