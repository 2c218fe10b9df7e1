// bin/podcast-garden.js on a fresh clone: dist/cli.js does not exist yet, and the command still works.
import { spawnSync } from "child_process";
import { existsSync, writeFileSync } from "fs";
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
});
