// `quotes` and `speakers` on worker threads (`--threads N`, decision 35): the same bytes as on one thread,
// whichever worker finishes first, and a note whose parse throws named in one line with exit code 1.
import { spawnSync } from "child_process";
import { buildSync } from "esbuild";
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { FULL_VAULT, generateVault } from "../../bench/generate";
import { parseArgs } from "../../src/cli/args";
import { indexChunk, NoteIndexError, type ChunkResult, type IndexJob } from "../../src/cli/index-notes";
import type { CliIO } from "../../src/cli/io";
import { chunksOf, INDEX_VALUE_KEYS, loadIndex, SHARED_BOOLEAN_KEYS, SHARED_VALUE_KEYS, threadsFor } from "../../src/cli/load";
import { main } from "../../src/cli/main";
import { WorkerPool, WorkerPoolError } from "../../src/cli/worker-pool";
import { parseNote } from "../../src/core/note";
import { freshClone, repo } from "./fresh-clone";
import { corpusSampleVault } from "../helpers/corpus-sample";
import { tempDir } from "../helpers/temp";
const fixtures = path.join(repo, "tests/fixtures");


/** A generated vault like the bench's, `notes` notes, with one note that cannot be read (a link to nothing). */
function generatedVault(notes: number): string {
	const dir = tempDir("pg-threads-vault-");
	const shape = { ...FULL_VAULT, notes, podcastNotes: Math.round(notes / 5), flagged: Math.round(notes / 5), podcastBytes: 6_000, quotesPerPodcast: 12 };
	for (const note of generateVault(shape)) {
		const file = path.join(dir, note.path);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, note.text);
	}
	symlinkSync(path.join(dir, "no such note.md"), path.join(dir, "broken link.md"));
	return dir;
}

let cli: string;

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [path.join(cli, "bin/podcast-garden.js"), ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
	// dist/cli.js and dist/cli-worker.js built from the sources as they are now.
	cli = freshClone();
	// The first run builds the bundles; it must say nothing else.
	expect(run(["--help"]).status).toBe(0);
}, 120_000);

describe("the same answer on one thread and on several", () => {
	test("a generated vault: quotes (JSON and text) and speakers, stdout and stderr, with 1, 2 and 5 threads", () => {
		const vault = generatedVault(300);
		for (const command of [["quotes", vault, "--json"], ["quotes", vault], ["speakers", vault, "--json"]]) {
			const one = run([...command, "--threads", "1"]);
			expect(one.status).toBe(0);
			// The unreadable note is reported once, named, and the rest is indexed.
			expect(one.stderr).toMatch(/^podcast-garden: skipped broken link\.md: cannot read note: ENOENT/m);
			for (const threads of ["2", "5"]) {
				const many = run([...command, "--threads", threads]);
				expect(many.status).toBe(0);
				expect(many.stdout).toBe(one.stdout);
				expect(many.stderr).toBe(one.stderr);
			}
		}
		expect((JSON.parse(run(["quotes", vault, "--json", "--threads", "1"]).stdout) as unknown[]).length).toBeGreaterThan(500);
	}, 120_000);

	test("real notes (a sample of the labelled corpus): quotes --json with 1 and 4 threads", () => {
		const vault = corpusSampleVault("pg-threads-corpus-");
		const one = run(["quotes", vault, "--json", "--threads", "1"]);
		const four = run(["quotes", vault, "--json", "--threads", "4"]);
		expect(one.status).toBe(0);
		expect(four.status).toBe(0);
		expect((JSON.parse(one.stdout) as unknown[]).length).toBeGreaterThan(1000);
		expect(four.stdout).toBe(one.stdout);
		expect(four.stderr).toBe(one.stderr);
	}, 120_000);

	test("records come back in chunk order whichever worker finishes first", async () => {
		const vault = generatedVault(120);
		const files = readdirSync(vault, { recursive: true, encoding: "utf8" })
			.filter((f) => f.endsWith(".md"))
			.map((f) => f.split(path.sep).join("/"))
			.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		const job: IndexJob = { root: vault, realRoot: vault, dashes: "-–—―~", publishKeys: ["dg-publish"] };
		const alone = indexChunk(files, job);
		// One-note chunks at first, then large ones: later chunks often finish before earlier ones.
		const chunks = [...files.slice(0, 6).map((f) => [f]), files.slice(6, 100), files.slice(100)];
		const workers = await new WorkerPool<IndexJob, ChunkResult>(path.join(cli, "dist/cli-worker.js"), 3).run(job, chunks, null);
		expect(workers.flatMap((r) => r.records)).toEqual(alone.records);
		expect(workers.flatMap((r) => r.problems)).toEqual(alone.problems);
		// Two workers and this thread, which takes the first chunk at once and is slow with each.
		const here: number[] = [];
		const both = await new WorkerPool<IndexJob, ChunkResult>(path.join(cli, "dist/cli-worker.js"), 2).run(job, chunks, (files) => {
			here.push(chunks.indexOf(files as string[]));
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
			return indexChunk(files, job);
		});
		expect(both.flatMap((r) => r.records)).toEqual(alone.records);
		expect(both.flatMap((r) => r.problems)).toEqual(alone.problems);
		expect(here[0]).toBe(0);
	}, 60_000);
});

/**
 * A worker entry like dist/cli-worker.js whose parser throws on `b/bad.md` (a parser bug, as no input makes
 * the real one throw) and ends the thread on `d/exit.md`.
 */
function failingWorker(): string {
	const dir = tempDir("pg-threads-worker-");
	const outfile = path.join(dir, "failing-worker.js");
	const contents = `
		import { parentPort } from "worker_threads";
		import { answerChunks } from "./src/cli/chunk-worker";
		import { parseNote } from "./src/core/note";
		answerChunks(parentPort, (p, text, options) => {
			if (p === "d/exit.md") process.exit(3);
			if (p === "b/bad.md") throw new TypeError("Cannot read properties of undefined (reading 'line')\\n    at scanBody (core/note/scan.ts:1:1)");
			return parseNote(p, text, options);
		});`;
	buildSync({ stdin: { contents, resolveDir: repo, loader: "ts" }, bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "silent" });
	return outfile;
}

function errorVault(): string {
	const dir = tempDir("pg-threads-bad-");
	for (const folder of ["a", "b", "c"]) {
		mkdirSync(path.join(dir, folder));
		for (let i = 0; i < 20; i++) writeFileSync(path.join(dir, folder, `note ${i}.md`), `> Quote ${i}. — Jane Doe\n`);
	}
	writeFileSync(path.join(dir, "b/bad.md"), "> A note the parser chokes on. — Jane Doe\n");
	return dir;
}

function capture(): CliIO & { stdout: string; stderr: string } {
	const io = { stdout: "", stderr: "", out: (text: string) => void (io.stdout += text + "\n"), err: (text: string) => void (io.stderr += text + "\n") };
	return io;
}

describe("a note whose parse throws", () => {
	const parseThatFails: typeof parseNote = (p, text, options) => {
		if (p === "b/bad.md") throw new TypeError("Cannot read properties of undefined (reading 'line')\n    at scanBody");
		return parseNote(p, text, options);
	};

	test("on one thread: NoteIndexError naming the note, first line of the reason only", () => {
		const vault = errorVault();
		const job: IndexJob = { root: vault, realRoot: vault, dashes: "-–—―~", publishKeys: [] };
		expect(() => indexChunk(["a/note 1.md", "b/bad.md"], job, parseThatFails)).toThrow(new NoteIndexError("b/bad.md", "Cannot read properties of undefined (reading 'line')"));
		expect(indexChunk(["a/note 1.md", "b/note 2.md"], job, parseThatFails).records.map((r) => r.path)).toEqual(["a/note 1.md", "b/note 2.md"]);
	});

	test("on worker threads: the command says it in one line naming the note and exits 1", async () => {
		const vault = errorVault();
		const worker = failingWorker();
		const args = parseArgs([vault, "--threads", "3", "--no-vault-settings"], [...SHARED_VALUE_KEYS, ...INDEX_VALUE_KEYS], SHARED_BOOLEAN_KEYS);
		const io = capture();
		// Whichever thread meets the note (this one or a worker) says the same.
		expect(await loadIndex(args, io, { workerFile: worker, parse: parseThatFails })).toBe(1);
		expect(io.stderr).toBe("podcast-garden: b/bad.md: cannot index this note: Cannot read properties of undefined (reading 'line')\n");
		// The same vault without the bad note indexes through the same worker.
		const good = parseArgs([path.join(vault, "a"), "--threads", "3", "--no-vault-settings"], [...SHARED_VALUE_KEYS, ...INDEX_VALUE_KEYS], SHARED_BOOLEAN_KEYS);
		const loaded = await loadIndex(good, capture(), { workerFile: worker, parse: parseThatFails });
		expect(typeof loaded === "number" ? loaded : loaded.index.all().length).toBe(20);
	}, 60_000);

	test("in a worker: the same NoteIndexError", async () => {
		const vault = errorVault();
		const job: IndexJob = { root: vault, realRoot: vault, dashes: "-", publishKeys: [] };
		const failure = new WorkerPool<IndexJob, ChunkResult>(failingWorker(), 1).run(job, [["a/note 1.md"], ["b/bad.md"], ["c/note 3.md"]], null);
		await expect(failure).rejects.toThrow(new NoteIndexError("b/bad.md", "Cannot read properties of undefined (reading 'line')"));
	}, 60_000);

	test("a worker that dies is one line naming the notes it held", async () => {
		const vault = errorVault();
		mkdirSync(path.join(vault, "d"));
		writeFileSync(path.join(vault, "d/exit.md"), "> The note the test's worker ends on. — Jane Doe\n");
		const job: IndexJob = { root: vault, realRoot: vault, dashes: "-", publishKeys: [] };
		const failure = new WorkerPool<IndexJob, ChunkResult>(failingWorker(), 2).run(job, [["a/note 1.md"], ["c/note 1.md", "d/exit.md"], ["c/note 3.md"]], null);
		await expect(failure).rejects.toThrow(WorkerPoolError);
		await expect(failure).rejects.toThrow(/^a worker thread exited \(code 3\) while indexing one of 2 notes from c\/note 1\.md to d\/exit\.md$/);
	}, 60_000);

	test("a worker that dies before it is given a note: the run says so", async () => {
		const dir = tempDir("pg-threads-worker-");
		const worker = path.join(dir, "exits.js");
		writeFileSync(worker, "process.exit(4);\n");
		const pool = new WorkerPool<IndexJob, ChunkResult>(worker, 1);
		// Until the run, the pool's workers keep nothing waiting; the worker's exit comes meanwhile.
		await new Promise((resume) => setTimeout(resume, 1000));
		const job: IndexJob = { root: dir, realRoot: dir, dashes: "-", publishKeys: [] };
		await expect(pool.run(job, [["a.md"]], () => ({ records: [], problems: [] }))).rejects.toThrow(/^a worker thread exited \(code 4\) before it was given a note$/);
	}, 60_000);

	test("a missing worker bundle is one line saying what to run", async () => {
		const pool = new WorkerPool<IndexJob, ChunkResult>("/nowhere/cli-worker.js", 2);
		await expect(pool.run({ root: "/", realRoot: "/", dashes: "-", publishKeys: [] }, [["a.md"]], () => ({ records: [], problems: [] }))).rejects.toThrow('cannot start worker threads: /nowhere/cli-worker.js is missing. Run "npm run build:cli", or give --threads 1.');
	});
});

describe("--threads", () => {
	test("unset: one thread, everything on the main thread; given: as given, whatever the vault", () => {
		expect(threadsFor(null)).toBe(1);
		expect(threadsFor(3)).toBe(3);
	});

	test("chunks cover every note once, in order, several per thread", () => {
		const files = Array.from({ length: 1000 }, (_, i) => `n${String(i).padStart(4, "0")}.md`);
		const chunks = chunksOf(files, 2);
		expect(chunks.flat()).toEqual(files);
		expect(chunks.length).toBeGreaterThanOrEqual(16);
		expect(chunksOf(["a.md"], 4)).toEqual([["a.md"]]);
	});

	test("a value that is not a whole number of 1 or more is a usage error (exit 2)", async () => {
		for (const bad of ["0", "-2", "two", "1.5", ""]) {
			const io = capture();
			expect(await main(["quotes", fixtures, `--threads=${bad}`], io)).toBe(2);
			expect(io.stderr).toContain(`--threads must be a whole number, 1 or more, not "${bad}".`);
		}
	});

	test("is listed in --help with its default", () => {
		const help = run(["--help"]).stdout;
		expect(help).toMatch(/^quotes, speakers:\n {2}--threads N {13}Threads that read and parse the notes: the main thread and N-1 worker\n {26}threads \(the answer is the same\)\. Default: 1, everything on the main thread\.$/m);
	});
});
