// bin/podcast-garden.js on a fresh clone: dist/cli.js does not exist yet, and the command still works.
import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const repo = path.resolve(__dirname, "../..");

/** A copy of what a clone holds after `npm install`: bin, the build script, sources and node_modules, no dist. */
function freshClone(): string {
	const dir = mkdtempSync(path.join(tmpdir(), "pg-clone-"));
	cpSync(path.join(repo, "bin"), path.join(dir, "bin"), { recursive: true });
	cpSync(path.join(repo, "esbuild.cli.mjs"), path.join(dir, "esbuild.cli.mjs"));
	symlinkSync(path.join(repo, "src"), path.join(dir, "src"));
	symlinkSync(path.join(repo, "node_modules"), path.join(dir, "node_modules"));
	return dir;
}

describe("bin/podcast-garden.js", () => {
	test("without dist/cli.js it builds the bundle once and runs the command", () => {
		const dir = freshClone();
		const result = spawnSync("node", [path.join(dir, "bin/podcast-garden.js"), "quotes", path.join(repo, "example-vault")], { encoding: "utf8" });
		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/\d+ quotes, \d+ speakers\n$/);
		expect(existsSync(path.join(dir, "dist/cli.js"))).toBe(true);
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
