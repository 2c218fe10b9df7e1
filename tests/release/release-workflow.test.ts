// .github/workflows/release.yml: read as GitHub reads it, and its shell steps run for real with a
// stand-in `gh` that records what it was asked to upload.
import { beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { parse } from "yaml";
import { tempDir } from "../helpers/temp";

const ROOT = path.resolve(__dirname, "../..");
const ASSETS = ["main.js", "manifest.json", "styles.css"];

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, { tags?: string[]; branches?: string[] } | null>;
	permissions?: Record<string, string>;
	jobs: Record<string, { "runs-on": string; steps: Step[] }>;
}

const workflow = parse(readFileSync(path.join(ROOT, ".github/workflows/release.yml"), "utf8")) as Workflow;
const version = String((JSON.parse(readFileSync(path.join(ROOT, "manifest.json"), "utf8")) as { version: string }).version);
const steps: Step[] = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** GitHub's filter patterns (`*`, `**`, `+`, `?`, `[...]`) as a regular expression. */
function filterToRegExp(pattern: string): RegExp {
	let source = "";
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i];
		if (c === "*" && pattern[i + 1] === "*") {
			source += ".*";
			i++;
		} else if (c === "*") source += "[^/]*";
		else if (c === "+" || c === "?") source += c;
		else if (c === "[") {
			const end = pattern.indexOf("]", i);
			source += pattern.slice(i, end + 1);
			i = end;
		} else source += c.replace(/[.\\^$(){}|]/g, "\\$&");
	}
	return new RegExp(`^${source}$`);
}

function stepIndex(predicate: (step: Step) => boolean, what: string): number {
	const index = steps.findIndex(predicate);
	if (index < 0) throw new Error(`release.yml has no step that ${what}`);
	return index;
}

const runs = (command: string) => (step: Step) => (step.run ?? "").split("\n").some((line) => line.trim() === command);
const releaseIndex = stepIndex((step) => /gh release create|softprops\/action-gh-release/.test(`${step.run ?? ""}${step.uses ?? ""}`), "creates the release");
const tagCheckIndex = stepIndex((step) => (step.run ?? "").includes("GITHUB_REF_NAME") && !(step.run ?? "").includes("gh release"), "checks the tag");

describe("release.yml trigger", () => {
	test("runs only for pushed tags", () => {
		expect(Object.keys(workflow.on)).toEqual(["push"]);
		expect(workflow.on.push?.branches).toBeUndefined();
		expect(workflow.on.push?.tags?.length).toBeGreaterThan(0);
	});

	test("the tag filter takes the bare version and refuses a v-prefixed one", () => {
		const filters = (workflow.on.push?.tags ?? []).map(filterToRegExp);
		const matches = (tag: string): boolean => filters.some((filter) => filter.test(tag));
		expect(matches(version)).toBe(true);
		expect(matches("10.20.300")).toBe(true);
		expect(matches(`v${version}`)).toBe(false);
		expect(matches("latest")).toBe(false);
	});

	test("may write releases", () => {
		expect(workflow.permissions?.contents).toBe("write");
	});
});

describe("release.yml steps", () => {
	test("checkout, Node 20, npm ci, then npm run build before the release is made", () => {
		const checkout = stepIndex((step) => (step.uses ?? "").startsWith("actions/checkout@"), "checks out the code");
		const setupNode = stepIndex((step) => (step.uses ?? "").startsWith("actions/setup-node@"), "sets up Node");
		expect(String(steps[setupNode].with?.["node-version"])).toBe("20");
		const install = stepIndex(runs("npm ci"), "runs npm ci");
		const build = stepIndex(runs("npm run build"), "runs npm run build");
		expect(checkout).toBeLessThan(setupNode);
		expect(setupNode).toBeLessThan(install);
		expect(install).toBeLessThan(build);
		expect(tagCheckIndex).toBeLessThan(build);
		expect(build).toBeLessThan(releaseIndex);
	});
});

describe("release.yml shell steps, run with bash", () => {
	let work: string;

	beforeAll(() => {
		work = tempDir("pg-release-");
	});

	function checkout(name: string): string {
		const dir = path.join(work, name);
		mkdirSync(dir);
		for (const file of ["package.json", "manifest.json", "versions.json", "styles.css"]) {
			copyFileSync(path.join(ROOT, file), path.join(dir, file));
		}
		// Stands in for the build's output; the real build is covered by install.test.ts.
		writeFileSync(path.join(dir, "main.js"), "/* built bundle */\n");
		return dir;
	}

	function runStep(step: Step, dir: string, env: Record<string, string>) {
		return spawnSync("bash", ["-e", "-c", step.run ?? ""], {
			cwd: dir,
			encoding: "utf8",
			env: { ...process.env, GITHUB_REF_NAME: version, ...env },
		});
	}

	test("the tag check passes for the bare version", () => {
		const result = runStep(steps[tagCheckIndex], checkout("tag-ok"), {});
		expect(result.stdout + result.stderr).not.toContain("::error::");
		expect(result.status).toBe(0);
	});

	test("the tag check fails, saying why, for a v-prefixed tag or a version missing from versions.json", () => {
		const prefixed = runStep(steps[tagCheckIndex], checkout("tag-v"), { GITHUB_REF_NAME: `v${version}` });
		expect(prefixed.status).not.toBe(0);
		expect(prefixed.stdout).toContain(`::error::Tag v${version} must equal manifest.json version (${version})`);

		const dir = checkout("tag-no-versions-entry");
		writeFileSync(path.join(dir, "versions.json"), '{ "0.0.1": "1.0.0" }\n');
		const missing = runStep(steps[tagCheckIndex], dir, {});
		expect(missing.status).not.toBe(0);
		expect(missing.stderr).toContain(`versions.json has no entry for ${version}`);
	});

	test("the release step uploads main.js, manifest.json and styles.css as three separate assets", () => {
		const dir = checkout("release");
		const bin = path.join(work, "bin");
		mkdirSync(bin, { recursive: true });
		const record = path.join(work, "gh-args.txt");
		writeFileSync(path.join(bin, "gh"), `#!/bin/sh\nprintf '%s\\n' "$@" > "${record}"\n`);
		chmodSync(path.join(bin, "gh"), 0o755);

		const step = steps[releaseIndex];
		expect(step.env?.GH_TOKEN).toBe("${{ secrets.GITHUB_TOKEN }}");
		const result = runStep(step, dir, { PATH: `${bin}:${process.env.PATH ?? ""}` });
		expect(result.status).toBe(0);

		const args = readFileSync(record, "utf8").trimEnd().split("\n");
		expect(args.slice(0, 3)).toEqual(["release", "create", version]);
		// The directory's installer downloads each file by name, so each must be its own asset, not a zip.
		expect(args.slice(-3)).toEqual(ASSETS);
		expect(args).toContain("--verify-tag");
	});
});
