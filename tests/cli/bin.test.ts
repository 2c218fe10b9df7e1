// bin/podcast-garden.js on a fresh clone: dist/cli.js does not exist yet, and the command still works.
import { spawnSync } from "child_process";
import { existsSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
import { freshClone, repo } from "./fresh-clone";

describe("bin/podcast-garden.js", () => {
	test("without dist/cli.js it builds the bundle once and runs the command", () => {
		const dir = freshClone();
		const result = spawnSync("node", [path.join(dir, "bin/podcast-garden.js"), "quotes", path.join(repo, "example-vault")], { encoding: "utf8" });
		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/\d+ quotes, \d+ speakers\n$/);
		expect(existsSync(path.join(dir, "dist/cli.js"))).toBe(true);
		expect(existsSync(path.join(dir, "dist/cli-worker.js"))).toBe(true);
		expect(existsSync(path.join(dir, "dist/cli-publish.js"))).toBe(true);
	}, 60_000);

	test("a bundle that cannot be built is one readable line, not a stack trace", () => {
		const dir = freshClone();
		writeFileSync(path.join(dir, "esbuild.cli.mjs"), "throw new Error('no esbuild here');\n");
		const result = spawnSync("node", [path.join(dir, "bin/podcast-garden.js"), "quotes", path.join(repo, "example-vault")], { encoding: "utf8" });
		expect(result.status).toBe(1);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
		expect(result.stderr).toMatch(/^podcast-garden: dist\/cli\.js is missing and could not be built .*npm run build:cli/);
		expect(result.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/);
	}, 60_000);

	test("quotes and speakers leave the publish code unloaded; publish loads it, and its usage errors are one line, exit 2", () => {
		const dir = freshClone();
		const bin = path.join(dir, "bin/podcast-garden.js");
		expect(spawnSync("node", [bin, "--help"], { encoding: "utf8" }).status).toBe(0);
		// Which bundle files a command loads, from Node's module cache after it ran in this process.
		const loaded = (args: string[]): { code: number; files: string[] } => {
			const script = `require(${JSON.stringify(path.join(dir, "dist/cli.js"))}).main(${JSON.stringify(args)}, { out: () => {}, err: () => {} }).then((code) => console.log(JSON.stringify({ code, files: Object.keys(require.cache).map((f) => require("path").basename(f)) })))`;
			const result = spawnSync("node", ["-e", script], { encoding: "utf8" });
			return JSON.parse(result.stdout) as { code: number; files: string[] };
		};
		const vault = path.join(repo, "example-vault");
		for (const command of ["quotes", "speakers"]) {
			const run = loaded([command, vault]);
			expect(run.code).toBe(0);
			expect(run.files).toContain("cli.js");
			expect(run.files).not.toContain("cli-publish.js");
		}
		const publish = loaded(["publish", vault, "--out", path.join(dir, "site"), "--dry-run"]);
		expect(publish.code).toBe(0);
		expect(publish.files).toContain("cli-publish.js");
		const usage = spawnSync("node", [bin, "publish", vault, "--layout", "book"], { encoding: "utf8" });
		expect(usage.status).toBe(2);
		expect(usage.stderr).toBe('podcast-garden publish: --layout must be "site" or "digital-garden", not "book".\nUsage: podcast-garden quotes|speakers|publish <vault> [options]. Run "podcast-garden --help" for every option.\n');
	}, 60_000);

	test("a missing publish bundle is one line naming what to run", () => {
		const dir = freshClone();
		expect(spawnSync("node", [path.join(dir, "bin/podcast-garden.js"), "--help"], { encoding: "utf8" }).status).toBe(0);
		rmSync(path.join(dir, "dist/cli-publish.js"));
		const script = `require(${JSON.stringify(path.join(dir, "dist/cli.js"))}).main(["publish", ${JSON.stringify(path.join(repo, "example-vault"))}, "--out", "site"]).then((code) => { process.exitCode = code; })`;
		const result = spawnSync("node", ["-e", script], { encoding: "utf8" });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^podcast-garden publish: cannot load the publish code \(Cannot find module '\.\/cli-publish\.js'\)\. Run "npm run build:cli"\.\n$/);
	}, 60_000);
});
