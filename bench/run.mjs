// `npm run bench [-- options]`: bundles bench/lib and each bench/scenarios/*.ts with esbuild (against whatever
// src/core holds now), generates the synthetic vault, runs every scenario in this one process and prints a
// table with the budgets of issue 5. A scenario whose core module is not there yet says so and is skipped.
//
// Options: --quick (small vault, few runs: the CI smoke run), --json (JSON on stdout instead of the table),
// --json-out FILE, --notes N, --runs N, --only 1,3 (scenario ids), --strict (exit 1 when a budget is missed),
// --compare FILE (each row next to the same row of a report written by --json-out).
import esbuild from "esbuild";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { createRequire } from "module";
import os from "os";
import path from "path";
import { fileURLToPath } from "url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const outDir = path.join(here, ".output");
const require = createRequire(import.meta.url);

/** In a run's temporary folder while the run lasts: its process id. */
const OWNER_FILE = ".pg-bench-pid";

/** Temporary folders of earlier runs that were killed midway (their process is gone); --keep's folders have no owner. */
function removeAbandoned() {
	for (const name of readdirSync(os.tmpdir())) {
		if (!name.startsWith("pg-bench-")) continue;
		const dir = path.join(os.tmpdir(), name);
		let pid;
		try {
			pid = Number(readFileSync(path.join(dir, OWNER_FILE), "utf8"));
		} catch {
			continue;
		}
		try {
			process.kill(pid, 0);
		} catch (error) {
			// ESRCH: no such process. EPERM: it runs under another user, so it is alive.
			if (error.code === "ESRCH") rmSync(dir, { recursive: true, force: true });
		}
	}
}

function parseOptions(argv) {
	const options = { quick: false, json: false, jsonOut: null, notes: null, runs: null, only: null, strict: false, keep: false, compare: null };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`Option ${arg} needs a value.`);
			return v;
		};
		if (arg === "--quick") options.quick = true;
		else if (arg === "--json") options.json = true;
		else if (arg === "--json-out") options.jsonOut = value();
		else if (arg === "--notes") options.notes = Number(value());
		else if (arg === "--runs") options.runs = Number(value());
		else if (arg === "--only") options.only = value().split(",");
		else if (arg === "--strict") options.strict = true;
		else if (arg === "--keep") options.keep = true;
		else if (arg === "--compare") options.compare = value();
		else throw new Error(`Unknown option ${arg}. Options: --quick --json --json-out FILE --notes N --runs N --only 1,3 --strict --keep --compare FILE`);
	}
	return options;
}

/** Bundles one entry to .output/NAME.cjs; returns the loaded module or the first build error. */
async function load(entry, name) {
	const outfile = path.join(outDir, `${name}.cjs`);
	try {
		await esbuild.build({
			entryPoints: [entry],
			bundle: true,
			platform: "node",
			format: "cjs",
			target: "node20",
			outfile,
			sourcemap: "inline",
			logLevel: "silent",
			// Packages load from node_modules as they are (jsdom cannot be bundled); only our sources are bundled.
			packages: "external",
			// The plugin's view code imports `obsidian`: in Node that is the test harness's implementation.
			alias: { obsidian: path.join(root, "tests", "harness", "obsidian", "index.ts") },
		});
	} catch (error) {
		const first = error.errors?.[0];
		const where = first?.location ? `${first.location.file}:${first.location.line}: ` : "";
		return { error: `${where}${first?.text ?? String(error)}` };
	}
	return { module: require(outfile) };
}

function fmt(value) {
	if (!Number.isFinite(value)) return String(value);
	const abs = Math.abs(value);
	if (abs >= 1000) return value.toFixed(0);
	if (abs >= 100) return value.toFixed(1);
	if (abs >= 1) return value.toFixed(2);
	if (abs >= 0.01) return value.toFixed(3);
	return value.toPrecision(2);
}

/** The report as a Markdown table; with `compare` (see bench/lib/compare.ts), two more columns: the earlier median and the change. */
function table(results, compare = null) {
	const lines = [];
	const head = ["#", "scenario / metric", "median", "p10–p90", "unit", "n", "budget", "result", "note"];
	if (compare) head.splice(3, 0, "before", "change");
	const noteAt = head.length - 1;
	const body = [];
	for (const result of results) {
		if (result.unavailable || result.error) {
			const cells = [result.id, result.title, "", "", "", "", "", result.error ? "ERROR" : "n/a", result.error ?? `not available yet: ${result.unavailable}`];
			if (compare) cells.splice(3, 0, "", "");
			body.push(cells);
			continue;
		}
		for (const row of result.rows) {
			const cells = [
				result.id,
				`${row.scenario}: ${row.metric}`,
				fmt(row.median),
				row.samples > 1 ? `${fmt(row.p10)}–${fmt(row.p90)}` : "",
				row.unit,
				String(row.samples),
				row.budget?.text ?? "",
				row.budget ? (row.budget.pass ? "PASS" : "MISS") : "",
				row.note ?? "",
			];
			if (compare) {
				const { before, change } = compare.comparison(compare.baseline, result.id, row);
				cells.splice(3, 0, before === null ? "" : fmt(before), change);
			}
			body.push(cells);
		}
	}
	const widths = head.map((h, i) => Math.min(i === noteAt ? 200 : 60, Math.max(h.length, ...body.map((r) => r[i].length))));
	const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
	lines.push(line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line));
	return lines.join("\n");
}

export function machine() {
	const cpus = os.cpus();
	return {
		nproc: os.availableParallelism ? os.availableParallelism() : cpus.length,
		cpu: cpus[0]?.model ?? "unknown",
		node: process.version,
		platform: `${process.platform} ${os.release()}`,
		memoryGiB: Math.round(os.totalmem() / 2 ** 30),
		/** Other work on the machine skews every number: the 1-minute load average when the run started. */
		loadAverage: Number(os.loadavg()[0].toFixed(2)),
		freshPageMicros: freshPageMicros(),
	};
}

/**
 * What first touching a fresh 4 KiB page of memory costs here, in µs: a 1 MiB buffer filled when new, less the
 * same fill of a buffer already touched. Every large new array and every page the heap grows into pays it; on
 * some virtual machines it is many times a desktop's (decision 72), which inflates those rows.
 */
export function freshPageMicros() {
	const size = 2 ** 20;
	const reused = Buffer.alloc(size);
	reused.fill(1);
	const fresh = [];
	const warm = [];
	for (let i = 0; i < 16; i++) {
		let t = performance.now();
		Buffer.alloc(size).fill(1);
		fresh.push(performance.now() - t);
		t = performance.now();
		reused.fill(i);
		warm.push(performance.now() - t);
	}
	const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
	return Number((((median(fresh) - median(warm)) * 1000) / (size / 4096)).toFixed(2));
}

async function main() {
	const options = parseOptions(process.argv.slice(2));
	const log = (message) => process.stderr.write(`[bench] ${message}\n`);
	mkdirSync(outDir, { recursive: true });
	// The onload scenario builds its own production main.js here rather than overwrite the repository's.
	process.env.PG_MAIN_JS ??= path.join(outDir, "main.js");
	const lib = await load(path.join(here, "lib", "index.ts"), "lib");
	if (lib.error) throw new Error(`bench/lib does not build: ${lib.error}`);
	const { generateVault, FULL_VAULT, QUICK_VAULT, baselineOf, comparison } = lib.module;
	// Read before the run, so a wrong path fails in a second, not after minutes of measuring.
	let compare = null;
	if (options.compare) {
		let json;
		try {
			json = readFileSync(options.compare, "utf8");
		} catch (error) {
			throw new Error(`--compare: cannot read ${options.compare} (${error.code ?? error.message}).`);
		}
		compare = { baseline: baselineOf(json, options.compare), comparison };
	}
	const shape = { ...(options.quick ? QUICK_VAULT : FULL_VAULT) };
	if (options.notes) {
		const scale = options.notes / shape.notes;
		shape.notes = options.notes;
		shape.podcastNotes = Math.max(1, Math.round(shape.podcastNotes * scale));
		shape.flagged = Math.max(1, Math.round(shape.flagged * scale));
	}
	const runs = options.runs ?? (options.quick ? 3 : 7);
	const startMachine = machine();
	let t0 = performance.now();
	const vault = generateVault(shape);
	const bytes = vault.reduce((sum, note) => sum + Buffer.byteLength(note.text), 0);
	log(`generated ${vault.length} notes (${shape.podcastNotes} podcast, ${(bytes / 2 ** 20).toFixed(1)} MiB) in ${(performance.now() - t0).toFixed(0)} ms`);

	// Work a scenario left behind (a timer of the plugin, a server socket) must not end the run silently.
	const stray = [];
	const onStray = (error) => {
		stray.push(String(error?.stack ?? error));
		log(`error outside a scenario: ${error?.stack ?? error}`);
	};
	process.on("uncaughtException", onStray);
	process.on("unhandledRejection", onStray);
	removeAbandoned();
	const tmpDir = mkdtempSync(path.join(os.tmpdir(), "pg-bench-"));
	// Marks the folder as this run's while it runs: a run killed midway leaves it to the next run to remove.
	writeFileSync(path.join(tmpDir, OWNER_FILE), String(process.pid));
	const ctx = { vault, shape, quick: options.quick, runs, tmpDir, root, log };
	const files = readdirSync(path.join(here, "scenarios"))
		.filter((f) => /^\d+-.*\.ts$/.test(f))
		.sort();
	const results = [];
	try {
		for (const file of files) {
			const id = String(Number(file.split("-")[0]));
			if (options.only && !options.only.includes(id)) continue;
			const title = file.replace(/^\d+-/, "").replace(/\.ts$/, "");
			const loaded = await load(path.join(here, "scenarios", file), `scenario-${file.replace(/\.ts$/, "")}`);
			if (loaded.error) {
				log(`${id} ${title}: not available yet (${loaded.error})`);
				results.push({ id, title, unavailable: loaded.error });
				continue;
			}
			const scenario = loaded.module.scenario;
			log(`${id} ${scenario.title}…`);
			t0 = performance.now();
			try {
				const result = await scenario.run(ctx);
				if (result.unavailable) {
					log(`${id} ${title}: not available yet (${result.unavailable})`);
					results.push({ id, title: scenario.title, unavailable: result.unavailable });
				} else {
					results.push({ id, title: scenario.title, ...result });
				}
			} catch (error) {
				log(`${id} ${scenario.title} failed: ${error?.stack ?? error}`);
				results.push({ id, title: scenario.title, error: String(error?.message ?? error).split("\n")[0] });
			}
			log(`${id} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
		}
	} finally {
		if (!options.keep) rmSync(tmpDir, { recursive: true, force: true });
		else {
			rmSync(path.join(tmpDir, OWNER_FILE), { force: true });
			log(`kept ${tmpDir}`);
		}
	}

	const report = { machine: { ...startMachine, loadAverageAtEnd: Number(os.loadavg()[0].toFixed(2)) }, date: new Date().toISOString(), quick: options.quick, runs, shape, vaultBytes: bytes, results, strayErrors: stray };
	if (options.jsonOut) writeFileSync(options.jsonOut, `${JSON.stringify(report, null, "\t")}\n`);
	if (options.json) process.stdout.write(`${JSON.stringify(report, null, "\t")}\n`);
	else {
		const m = report.machine;
		process.stdout.write(`Podcast Garden benchmark, ${report.date}: ${vault.length} notes, ${(bytes / 2 ** 20).toFixed(1)} MiB; ${m.nproc} cores ${m.cpu}, Node ${m.node}, load average ${m.loadAverage} → ${m.loadAverageAtEnd}; first touch of fresh memory ${m.freshPageMicros} µs per 4 KiB page${options.quick ? " (quick: budgets are for the full run)" : ""}\n\n`);
		if (compare) process.stdout.write(`Compared with ${options.compare} ("better"/"worse" by the row's unit: MB/s and notes/s higher is better, everything else lower; within 2% "same").\n\n`);
		process.stdout.write(`${table(results, compare)}\n`);
	}
	const errors = results.filter((r) => r.error).length + stray.length;
	const missed = results.flatMap((r) => r.rows ?? []).filter((row) => row.budget && !row.budget.pass).length;
	log(`${errors} scenario error(s), ${missed} budget(s) missed${options.quick ? " (not enforced in --quick)" : ""}`);
	if (errors > 0 || (options.strict && !options.quick && missed > 0)) process.exitCode = 1;
}

main().catch((error) => {
	// A wrong option or file is said in one line; anything else with its stack.
	const known = error instanceof Error && /^(--compare|Unknown option|Option )|has no "results"|is not JSON/.test(error.message);
	process.stderr.write(`[bench] ${known ? error.message : (error?.stack ?? error)}\n`);
	process.exitCode = 1;
});
