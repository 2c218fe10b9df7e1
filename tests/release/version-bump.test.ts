// `npm version` keeps package.json, manifest.json and versions.json in step and tags without a "v".
// Everything runs in temporary copies: the real repository is never bumped.
import { beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, mkdirSync, readFileSync } from "fs";
import path from "path";
import { tempDir } from "../helpers/temp";

const ROOT = path.resolve(__dirname, "../..");
const FILES = ["package.json", ".npmrc", "manifest.json", "versions.json", "version-bump.mjs"];

const readJson = (dir: string, name: string): Record<string, unknown> =>
	JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Record<string, unknown>;

const current = readJson(ROOT, "manifest.json");
const currentVersion = String(current.version);
const minAppVersion = String(current.minAppVersion);
const nextPatch = currentVersion.replace(/\d+$/, (patch) => String(Number(patch) + 1));

let work: string;
let counter = 0;

beforeAll(() => {
	work = tempDir("pg-version-");
});

function copyRepoFiles(): string {
	const dir = path.join(work, `copy-${++counter}`);
	mkdirSync(dir, { recursive: true });
	for (const name of FILES) copyFileSync(path.join(ROOT, name), path.join(dir, name));
	return dir;
}

/** The environment without npm's own variables, so only the copied .npmrc and package.json count. */
function cleanEnv(extra: Record<string, string>): Record<string, string | undefined> {
	const env: Record<string, string | undefined> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!/^npm_/i.test(key)) env[key] = value;
	}
	return { ...env, ...extra };
}

describe("version-bump.mjs", () => {
	test("writes the new version into manifest.json and adds it to versions.json with minAppVersion", () => {
		const dir = copyRepoFiles();
		const before = readJson(dir, "versions.json");
		execFileSync(process.execPath, ["version-bump.mjs"], { cwd: dir, env: cleanEnv({ npm_package_version: nextPatch }) });
		const manifest = readJson(dir, "manifest.json");
		expect(manifest).toEqual({ ...current, version: nextPatch });
		expect(readJson(dir, "versions.json")).toEqual({ ...before, [nextPatch]: minAppVersion });
	});

	test("run by hand without npm: exit 2, a message saying how to run it, nothing changed", () => {
		const dir = copyRepoFiles();
		const result = spawnSync(process.execPath, ["version-bump.mjs"], { cwd: dir, env: cleanEnv({}), encoding: "utf8" });
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("npm version");
		expect(readFileSync(path.join(dir, "manifest.json"))).toEqual(readFileSync(path.join(ROOT, "manifest.json")));
		expect(readFileSync(path.join(dir, "versions.json"))).toEqual(readFileSync(path.join(ROOT, "versions.json")));
	});
});

describe("npm version patch in a copy of the repository", () => {
	test("bumps all three files in one commit tagged with the bare version", () => {
		const dir = copyRepoFiles();
		const home = path.join(work, "home");
		mkdirSync(home, { recursive: true });
		const env = cleanEnv({
			HOME: home,
			GIT_CONFIG_NOSYSTEM: "1",
			GIT_CONFIG_GLOBAL: path.join(home, "gitconfig"),
			GIT_AUTHOR_NAME: "Release test",
			GIT_AUTHOR_EMAIL: "release-test@127.0.0.1",
			GIT_COMMITTER_NAME: "Release test",
			GIT_COMMITTER_EMAIL: "release-test@127.0.0.1",
		});
		const git = (...args: string[]): string => execFileSync("git", args, { cwd: dir, env, encoding: "utf8" });
		git("init", "-q", "-b", "main");
		git("add", ".");
		git("commit", "-q", "-m", "start");

		const npm = spawnSync("npm", ["version", "patch"], { cwd: dir, env, encoding: "utf8" });
		if (npm.status !== 0) throw new Error(`npm version patch failed:\n${npm.stdout}\n${npm.stderr}`);

		expect(readJson(dir, "package.json").version).toBe(nextPatch);
		expect(readJson(dir, "manifest.json").version).toBe(nextPatch);
		expect(readJson(dir, "versions.json")[nextPatch]).toBe(minAppVersion);
		// .npmrc's tag-version-prefix="" is what makes the tag "0.1.1" rather than "v0.1.1".
		expect(git("tag", "--list").trim().split("\n")).toEqual([nextPatch]);
		const changed = git("diff-tree", "--no-commit-id", "--name-only", "-r", `${nextPatch}^{commit}`).trim().split("\n").sort();
		expect(changed).toEqual(["manifest.json", "package.json", "versions.json"]);
		expect(git("status", "--porcelain").trim()).toBe("");
	});
});
