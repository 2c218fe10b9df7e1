// `npm run install-plugin` and `npm run dev` against real temporary vaults on disk.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { ChildProcess, execFileSync, spawn, spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { tempDir } from "../helpers/temp";

const ROOT = path.resolve(__dirname, "../..");
const INSTALL = path.join(ROOT, "scripts/install-plugin.mjs");
const DEV = path.join(ROOT, "scripts/dev.mjs");
const PLUGIN_ID = "podcast-garden";

let work: string;
let builtMain: string;

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

function run(script: string, args: string[], env: Record<string, string> = {}): Run {
	const result = spawnSync(process.execPath, [script, ...args], {
		cwd: ROOT,
		encoding: "utf8",
		env: { ...process.env, ...env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Installs from the bundle built in beforeAll, without rebuilding. */
function install(args: string[]): Run {
	return run(INSTALL, [...args, "--skip-build"], { PG_OUTFILE: builtMain });
}

function makeVault(name: string, configDirs: Record<string, Record<string, string>> = { ".obsidian": {} }): string {
	const vault = path.join(work, name);
	mkdirSync(vault, { recursive: true });
	writeFileSync(path.join(vault, "Welcome.md"), "# Welcome\n");
	for (const [dir, files] of Object.entries(configDirs)) {
		mkdirSync(path.join(vault, dir), { recursive: true });
		for (const [file, text] of Object.entries(files)) writeFileSync(path.join(vault, dir, file), text);
	}
	return vault;
}

const pluginDir = (vault: string, configDir = ".obsidian"): string => path.join(vault, configDir, "plugins", PLUGIN_ID);
const bytes = (file: string): Buffer => readFileSync(file);

function expectInstalled(folder: string, mainJs: string): void {
	expect(bytes(path.join(folder, "main.js")).equals(bytes(mainJs))).toBe(true);
	expect(bytes(path.join(folder, "manifest.json")).equals(bytes(path.join(ROOT, "manifest.json")))).toBe(true);
	expect(bytes(path.join(folder, "styles.css")).equals(bytes(path.join(ROOT, "styles.css")))).toBe(true);
}

function buildProduction(outfile: string): void {
	execFileSync(process.execPath, ["esbuild.config.mjs", "production"], {
		cwd: ROOT,
		env: { ...process.env, PG_OUTFILE: outfile },
		stdio: "pipe",
	});
}

beforeAll(() => {
	work = tempDir("pg-install-");
	// A production bundle of our own, so this file never races other tests over the repository's main.js.
	builtMain = path.join(work, "build", "main.js");
	buildProduction(builtMain);
}, 120_000);

describe("npm run install-plugin", () => {
	test(
		"builds for production, then copies main.js, manifest.json and styles.css into .obsidian/plugins/podcast-garden",
		() => {
			const vault = makeVault("fresh", { ".obsidian": { "app.json": "{}" } });
			const outfile = path.join(work, "full-build", "main.js");
			const result = run(INSTALL, [vault], { PG_OUTFILE: outfile });
			if (result.status !== 0) {
				throw new Error(`install-plugin exited ${String(result.status)}:\n${result.stdout}\n${result.stderr}`);
			}
			expectInstalled(pluginDir(vault), outfile);
			// What the script built is the production bundle esbuild.config.mjs makes (rebuilt now, so
			// sources edited while the type check ran cannot make the two differ).
			const reference = path.join(work, "reference", "main.js");
			buildProduction(reference);
			expect(bytes(outfile).equals(bytes(reference))).toBe(true);
			expect(readFileSync(outfile, "utf8")).not.toContain("sourceMappingURL");
			expect(result.stdout).toContain(`Installed Podcast Garden`);
			expect(result.stdout).toContain(pluginDir(vault));
		},
		300_000,
	);

	test("re-installing replaces the plugin files and keeps the user's data.json", () => {
		const vault = makeVault("reinstall");
		const folder = pluginDir(vault);
		mkdirSync(folder, { recursive: true });
		writeFileSync(path.join(folder, "main.js"), "// an older build\n");
		writeFileSync(path.join(folder, "data.json"), '{"speakerAliases":{"Sam":"Sam Altman"}}');
		expect(install([vault]).status).toBe(0);
		expectInstalled(folder, builtMain);
		expect(readFileSync(path.join(folder, "data.json"), "utf8")).toBe('{"speakerAliases":{"Sam":"Sam Altman"}}');
	});

	test("uses the vault's own config folder when it is not .obsidian", () => {
		const vault = makeVault("custom", { ".config-mobile": { "appearance.json": "{}", "app.json": "{}" } });
		const result = install([vault]);
		expect(result.status).toBe(0);
		expectInstalled(pluginDir(vault, ".config-mobile"), builtMain);
		expect(existsSync(path.join(vault, ".obsidian"))).toBe(false);
	});

	test("a relative vault path is taken from the folder npm was run in (INIT_CWD), not the repository", () => {
		const vault = makeVault("relative");
		const result = run(INSTALL, ["relative", "--skip-build"], { PG_OUTFILE: builtMain, INIT_CWD: work });
		expect(result.status).toBe(0);
		expectInstalled(pluginDir(vault), builtMain);
	});

	test("a dot-folder without Obsidian's files is not taken for the config folder", () => {
		const vault = makeVault("dotfolders", { ".git": { HEAD: "ref: refs/heads/main\n" }, ".cache": { "x.txt": "1" } });
		const result = install([vault]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`${vault} is not an Obsidian vault`);
	});

	test("--config-dir picks one of several config folders; without it .obsidian wins and the others are named", () => {
		const configs = { ".obsidian": { "app.json": "{}" }, ".obsidian-phone": { "workspace-mobile.json": "{}" } };
		const chosen = makeVault("two-configs-flag", configs);
		expect(install([chosen, "--config-dir", ".obsidian-phone"]).status).toBe(0);
		expectInstalled(pluginDir(chosen, ".obsidian-phone"), builtMain);
		expect(existsSync(pluginDir(chosen))).toBe(false);

		const defaulted = makeVault("two-configs-default", configs);
		const result = install([defaulted]);
		expect(result.status).toBe(0);
		expectInstalled(pluginDir(defaulted), builtMain);
		expect(result.stdout).toContain(".obsidian-phone");
		expect(result.stdout).toContain("--config-dir");
	});

	test("several config folders and none is .obsidian: refuses and asks for --config-dir", () => {
		const vault = makeVault("ambiguous", { ".cfg-a": { "app.json": "{}" }, ".cfg-b": { "app.json": "{}" } });
		const result = install([vault]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(".cfg-a, .cfg-b");
		expect(result.stderr).toContain("--config-dir");
		expect(existsSync(pluginDir(vault, ".cfg-a"))).toBe(false);
	});

	test("a folder that is not a vault: exit 2, a message naming the folder, nothing written", () => {
		const notVault = path.join(work, "just-notes");
		mkdirSync(notVault);
		writeFileSync(path.join(notVault, "a.md"), "hello\n");
		const result = install([notVault]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`install-plugin: ${notVault} is not an Obsidian vault: it has no .obsidian config folder.`);
		expect(existsSync(path.join(notVault, ".obsidian"))).toBe(false);
	});

	test("the config folder itself passed by mistake: the message points to its parent", () => {
		const vault = makeVault("inside", { ".obsidian": { "app.json": "{}" } });
		const result = install([path.join(vault, ".obsidian")]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`pass its parent, ${vault}`);
	});

	test("a path that does not exist, a file, no path, or an unknown option: exit 2 with the reason", () => {
		const missing = path.join(work, "no-such-vault");
		const gone = install([missing]);
		expect(gone.status).toBe(2);
		expect(gone.stderr).toContain(`${missing} does not exist`);
		expect(existsSync(missing)).toBe(false);

		const file = path.join(work, "a-file.md");
		writeFileSync(file, "x");
		const notFolder = install([file]);
		expect(notFolder.status).toBe(2);
		expect(notFolder.stderr).toContain(`${file} is a file, not a folder`);

		const none = install([]);
		expect(none.status).toBe(2);
		expect(none.stderr).toContain("Missing vault path");

		const unknown = install([makeVault("opts"), "--enabel"]);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain("--enabel");
	});

	test("--config-dir naming a folder the vault lacks: exit 2", () => {
		const vault = makeVault("wrong-override");
		const result = install([vault, "--config-dir", ".obsidian-work"]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`${vault} has no config folder named .obsidian-work`);
		const escape = install([vault, "--config-dir", "../elsewhere"]);
		expect(escape.status).toBe(2);
		expect(escape.stderr).toContain("must be a folder name inside the vault");
	});

	test("--enable adds podcast-garden to community-plugins.json, keeping the entries there, once", () => {
		const vault = makeVault("enable", { ".obsidian": { "community-plugins.json": '[\n  "dataview",\n  "obsidian-git"\n]' } });
		const list = path.join(vault, ".obsidian", "community-plugins.json");
		const first = install([vault, "--enable"]);
		expect(first.status).toBe(0);
		expect(JSON.parse(readFileSync(list, "utf8"))).toEqual(["dataview", "obsidian-git", PLUGIN_ID]);
		const again = install([vault, "--enable"]);
		expect(again.status).toBe(0);
		expect(again.stdout).toContain("already enabled");
		expect(JSON.parse(readFileSync(list, "utf8"))).toEqual(["dataview", "obsidian-git", PLUGIN_ID]);
	});

	test("--enable creates community-plugins.json when the vault has none; without --enable it is left alone", () => {
		const vault = makeVault("enable-new");
		const list = path.join(vault, ".obsidian", "community-plugins.json");
		expect(install([vault]).status).toBe(0);
		expect(existsSync(list)).toBe(false);
		expect(install([vault, "--enable"]).status).toBe(0);
		expect(JSON.parse(readFileSync(list, "utf8"))).toEqual([PLUGIN_ID]);
	});

	test("--enable with a broken community-plugins.json: exit 2 naming the file, file untouched", () => {
		const broken = '["dataview",';
		const vault = makeVault("enable-broken", { ".obsidian": { "community-plugins.json": broken } });
		const list = path.join(vault, ".obsidian", "community-plugins.json");
		const result = install([vault, "--enable"]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`${list} is not valid JSON`);
		expect(readFileSync(list, "utf8")).toBe(broken);
	});
});

describe("npm run dev -- <vault>", () => {
	let child: ChildProcess | undefined;

	afterAll(() => {
		if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
	});

	async function waitFor(check: () => boolean, what: string): Promise<void> {
		// A generous bound only so a broken watcher fails the test instead of hanging it.
		for (let tries = 0; tries < 1200; tries++) {
			if (check()) return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(`dev mode never produced ${what}`);
	}

	test("watches into the vault's plugin folder: development main.js, manifest.json, styles.css, .hotreload", async () => {
		const vault = makeVault("dev", { ".vault-config": { "app.json": "{}" } });
		const folder = pluginDir(vault, ".vault-config");
		// Its own process group, so stopping it also stops the esbuild process it starts.
		child = spawn(process.execPath, [DEV, vault], { cwd: ROOT, detached: true, stdio: "ignore" });
		const mainJs = path.join(folder, "main.js");
		await waitFor(
			() => existsSync(mainJs) && readFileSync(mainJs, "utf8").includes("//# sourceMappingURL=data:application/json"),
			`${mainJs} with an inline source map`,
		);
		expect(bytes(path.join(folder, "manifest.json")).equals(bytes(path.join(ROOT, "manifest.json")))).toBe(true);
		expect(bytes(path.join(folder, "styles.css")).equals(bytes(path.join(ROOT, "styles.css")))).toBe(true);
		expect(existsSync(path.join(folder, ".hotreload"))).toBe(true);

		const exited = new Promise<number | null>((resolve) => child?.on("exit", (code) => resolve(code)));
		process.kill(child.pid as number, "SIGTERM");
		await exited;
	}, 180_000);

	test("refuses a folder that is not a vault with exit 2", () => {
		const notVault = path.join(work, "dev-not-a-vault");
		mkdirSync(notVault);
		const result = run(DEV, [notVault]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`dev: ${notVault} is not an Obsidian vault`);
	});
});
