// Scenario 21 (budget 1 of issue 15): `podcast-garden quotes <vault> --json` as its own process on the vault
// written to disk, against two scripts run the same way on the same files: a markdown-it extractor and a
// read-and-split-lines floor. Runs are interleaved (cli, markdown-it, floor, cli, …) so load on the machine
// hits all alike; each row is the median wall time of its process, output to /dev/null. The CLI runs twice
// per round: as users run it (worker threads, one per core) and with `--threads 1` (decision 35).
import { spawnSync } from "child_process";
import { buildSync } from "esbuild";
import { closeSync, mkdirSync, openSync, writeFileSync } from "fs";
import { availableParallelism } from "os";
import path from "path";
import { row, summarize } from "../lib/stats";
import type { Scenario } from "../lib/types";

/** Wall time of one process, in ms; throws with its stderr when it fails. */
function timeProcess(args: readonly string[], cwd: string): number {
	const devNull = openSync("/dev/null", "w");
	try {
		const t0 = performance.now();
		const run = spawnSync(process.execPath, args, { cwd, stdio: ["ignore", devNull, "pipe"], encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
		const ms = performance.now() - t0;
		if (run.status !== 0) throw new Error(`${args.join(" ")} failed (exit ${run.status}): ${(run.stderr ?? "").split("\n")[0]}`);
		return ms;
	} finally {
		closeSync(devNull);
	}
}

export const scenario: Scenario = {
	id: "21",
	title: "CLI end to end",
	async run(ctx) {
		const vaultDir = path.join(ctx.tmpDir, "cli-vault");
		for (const note of ctx.vault) {
			const file = path.join(vaultDir, note.path);
			mkdirSync(path.dirname(file), { recursive: true });
			writeFileSync(file, note.text);
		}
		// The markdown-it script shares scenario 1's extractor: bundled here into a script of its own.
		const markdownItScript = path.join(ctx.root, "bench", ".output", "markdown-it-quotes.cjs");
		buildSync({ entryPoints: [path.join(ctx.root, "bench", "processes", "markdown-it-quotes.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", packages: "external", outfile: markdownItScript, logLevel: "silent" });
		const cliArgs = [path.join(ctx.root, "bin", "podcast-garden.js"), "quotes", vaultDir, "--json"];
		const processes = {
			cli: cliArgs,
			workers: [...cliArgs, "--threads", String(availableParallelism())],
			markdownIt: [markdownItScript, vaultDir],
			floor: [path.join(ctx.root, "bench", "processes", "split-lines.mjs"), vaultDir],
		};
		const samples: Record<keyof typeof processes, number[]> = { cli: [], workers: [], markdownIt: [], floor: [] };
		const runs = ctx.quick ? 2 : Math.max(5, ctx.runs);
		// Run 0 warms the disk cache and is not counted.
		for (let run = 0; run <= runs; run++) {
			for (const name of Object.keys(processes) as (keyof typeof processes)[]) {
				const ms = timeProcess(processes[name], ctx.root);
				if (run > 0) samples[name].push(ms);
			}
		}
		const cli = summarize(samples.cli).median;
		const vsMarkdownIt = cli / summarize(samples.markdownIt).median;
		const vsFloor = cli / summarize(samples.floor).median;
		const threads = availableParallelism();
		const workersVsDefault = summarize(samples.workers).median / cli;
		return {
			rows: [
				row("CLI", "quotes <vault> --json (own process)", "ms", samples.cli, `${vsMarkdownIt.toFixed(2)}× markdown-it`, { text: "≤ 0.5× markdown-it script", pass: vsMarkdownIt <= 0.5 }),
				row("CLI", "quotes <vault> --json (own process)", "ms", samples.cli, `${vsFloor.toFixed(2)}× read-and-split`, { text: "≤ 4× read-and-split script", pass: vsFloor <= 4 }),
				row("CLI", `quotes <vault> --json --threads ${threads} (own process)`, "ms", samples.workers, `${workersVsDefault.toFixed(2)}× the default (one thread)`),
				row("baseline", "markdown-it extractor script (own process)", "ms", samples.markdownIt, "bench/processes/markdown-it-quotes.ts"),
				row("baseline", "read-and-split-lines script (own process)", "ms", samples.floor, "bench/processes/split-lines.mjs"),
			],
			facts: { runs, vsMarkdownIt, vsFloor, workersVsDefault, cores: threads },
		};
	},
};
