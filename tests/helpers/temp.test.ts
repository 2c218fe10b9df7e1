// Tests leave nothing in the temp folder: tests/helpers/temp.ts removes its folders after a test file whose
// test fails, and no test makes a folder there another way (a git server and Chromium remove their own).
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { tempDir } from "./temp";

const REPO = path.resolve(__dirname, "../..");

test("a failing test's temp folder is removed once its file has run", () => {
	const work = tempDir("pg-temp-test-");
	const childTmp = path.join(work, "tmp");
	mkdirSync(childTmp);
	const record = path.join(work, "made.txt");
	const jest = path.join(REPO, "node_modules", "jest", "bin", "jest.js");
	const args = [jest, "--roots", path.join(REPO, "tests", "helpers"), "--testMatch", "**/temp-fixture.ts", "--cacheDirectory", path.join(work, "cache"), "--ci"];
	const run = spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8", env: { ...process.env, TMPDIR: childTmp, PG_TEMP_RECORD: record } });
	expect(run.stderr).toContain("✕ makes a folder and fails");
	expect(run.status).toBe(1);
	const made = readFileSync(record, "utf8");
	expect(path.dirname(made)).toBe(childTmp);
	expect(existsSync(made)).toBe(false);
	expect(readdirSync(childTmp)).toEqual([]);
}, 60_000);

test("tests make temp folders only through tests/helpers/temp.ts", () => {
	// Each of these removes its own folder once what holds it has stopped, or keeps a cache on purpose.
	const own = ["tests/helpers/temp.ts", "tests/helpers/git-server.ts", "tests/e2e/sidebar/browser.ts", "tests/e2e/publish-site.test.ts", "tests/e2e/dg-template.ts"];
	const offenders: string[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
			const rel = `${dir}/${entry.name}`;
			if (entry.isDirectory() && entry.name !== "fixtures" && !entry.name.startsWith(".")) walk(rel);
			else if (/\.(ts|js|mjs)$/.test(entry.name) && !own.includes(rel) && /tmpdir\(\)/.test(readFileSync(path.join(REPO, rel), "utf8"))) offenders.push(rel);
		}
	};
	walk("tests");
	expect(offenders).toEqual([]);
});
