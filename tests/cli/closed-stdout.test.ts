// The CLI's answer going to a reader that stops early (`| head`) or to a place that cannot take it.
import { spawn, spawnSync } from "child_process";
import { closeSync, existsSync, mkdirSync, openSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { tempDir } from "../helpers/temp";

const bin = path.resolve(__dirname, "../../bin/podcast-garden.js");

/** A vault whose `quotes --json` is far more than a pipe holds (64 KiB), so the writer meets the closed pipe. */
function largeVault(notes = 60): string {
	const dir = tempDir("pg-pipe-");
	mkdirSync(path.join(dir, "Podcasts"));
	for (let n = 0; n < notes; n++) {
		const quotes = Array.from({ length: 20 }, (_, i) => `> Line ${i} of episode ${n}, long enough to matter in the answer's size. – Ada Lovelace\n`);
		writeFileSync(path.join(dir, "Podcasts", `Episode ${n}.md`), `---\npodcast: Test show\n---\n\n${quotes.join("\n")}`);
	}
	return dir;
}

describe("the answer's stdout", () => {
	test("a reader that closes the pipe after the first part ends the command quietly, exit code 0", async () => {
		const vault = largeVault();
		const child = spawn(process.execPath, [bin, "quotes", vault, "--json"], { stdio: ["ignore", "pipe", "pipe"] });
		let stderr = "";
		let first = "";
		child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
		child.stdout.once("data", (chunk: Buffer) => {
			first = chunk.toString("utf8");
			child.stdout.destroy();
		});
		const code = await new Promise<number | null>((resolve) => child.on("close", (status) => resolve(status)));
		expect(first.startsWith("[\n  {")).toBe(true);
		expect(stderr).toBe("");
		expect(code).toBe(0);
	}, 30_000);

	test("once the reader has gone, the rest of the vault is not read (a note at its end that cannot be read is never reached)", async () => {
		// About 3 MB of answer, more than the 1 MiB written at a time and the pipe's 64 KiB together.
		const vault = largeVault(500);
		symlinkSync(path.join(vault, "missing.md"), path.join(vault, "zz last.md"));
		const all = spawnSync(process.execPath, [bin, "quotes", vault, "--json"], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
		expect(all.stderr).toMatch(/^podcast-garden: skipped zz last\.md: cannot read note: ENOENT/m);
		expect(all.stdout.length).toBeGreaterThan(2 * 2 ** 20);
		const child = spawn(process.execPath, [bin, "quotes", vault, "--json"], { stdio: ["ignore", "pipe", "pipe"] });
		let stderr = "";
		child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
		child.stdout.once("data", () => child.stdout.destroy());
		const code = await new Promise<number | null>((resolve) => child.on("close", (status) => resolve(status)));
		expect(stderr).toBe("");
		expect(code).toBe(0);
	}, 30_000);

	const full = existsSync("/dev/full") ? test : test.skip;
	full("an answer that cannot be written (a full disk: /dev/full) is one line on stderr and exit code 1", () => {
		const vault = largeVault();
		for (const command of ["quotes", "speakers"]) {
			const fd = openSync("/dev/full", "w");
			try {
				const result = spawnSync(process.execPath, [bin, command, vault], { stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
				expect(result.stderr).toBe("podcast-garden: cannot write the answer to stdout (ENOSPC).\n");
				expect(result.status).toBe(1);
			} finally {
				closeSync(fd);
			}
		}
	}, 30_000);
});
