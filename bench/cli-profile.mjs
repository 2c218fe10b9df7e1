// Where the CLI's time goes: runs `podcast-garden quotes <vault> --json` once under `--cpu-prof` and prints each
// phase's share of the samples (a sample counts for the first phase found walking up from its leaf) and the
// functions with the most self time. Usage: node bench/cli-profile.mjs <vault> [--interval µs] [--top N]
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { fileURLToPath } from "url";
import { parseArgs } from "util";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

// Ordered by how specific they are: the leaf-most match wins, so a write inside the answer counts as writing.
const PHASES = [
	["garbage collection", (name) => name === "(garbage collector)"],
	["idle", (name) => name === "(idle)"],
	["writing the answer", (name, url) => name === "writeSync" || (url.endsWith("cli.js") && (name === "add" || name === "flush" || name === "writeOut"))],
	["JSON answer", (name) => name === "quotesJson" || name === "quoteJson" || name === "jsonList" || name === "outParts"],
	["parsing notes (`parseNote`)", (name) => name === "parseNote"],
	["reading notes (listing, `open`, `read`, decoding)", (name) => ["readNote", "readVaultFile", "listVaultFiles", "listVaultNotes", "openVaultFile", "checkedFile"].includes(name)],
	["index (speakers, records)", (name) => name === "indexOf" || name === "upsertMany" || name === "QuoteIndex" || name === "vaultQuotes" || name === "quotesOfNote"],
];
const OTHER = "start, listing and the rest";

/** Shares of a `.cpuprofile` by phase and the top functions by self time, as Markdown. */
export function summarize(profile, top = 15) {
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const phaseOf = new Map();
	const phaseOfNode = (id) => {
		if (phaseOf.has(id)) return phaseOf.get(id);
		let found = OTHER;
		for (let at = id; at !== undefined; at = parent.get(at)) {
			const { functionName, url } = nodes.get(at).callFrame;
			const phase = PHASES.find(([, test]) => test(functionName, url));
			if (phase) { found = phase[0]; break; }
		}
		phaseOf.set(id, found);
		return found;
	};
	const byPhase = new Map([...PHASES.map(([name]) => [name, 0]), [OTHER, 0]]);
	const self = new Map();
	for (const id of profile.samples) {
		byPhase.set(phaseOfNode(id), byPhase.get(phaseOfNode(id)) + 1);
		const frame = nodes.get(id).callFrame;
		const key = `${frame.functionName || "(anonymous)"} (${path.basename(frame.url) || "native"}:${frame.lineNumber + 1})`;
		self.set(key, (self.get(key) ?? 0) + 1);
	}
	const total = profile.samples.length;
	const share = (count) => `${((100 * count) / total).toFixed(1)}%`;
	const lines = [`${total} samples`, "", "| phase | share |", "| --- | --- |"];
	for (const [name, count] of byPhase) lines.push(`| ${name} | ${share(count)} |`);
	lines.push("", "| function (self time) | share |", "| --- | --- |");
	for (const [name, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`| \`${name}\` | ${share(count)} |`);
	return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values, positionals } = parseArgs({ allowPositionals: true, options: { interval: { type: "string", default: "500" }, top: { type: "string", default: "15" } } });
	if (positionals.length !== 1) {
		console.error("Usage: node bench/cli-profile.mjs <vault> [--interval µs] [--top N]  (a bench vault: npm run bench -- --only 21 --keep)");
		process.exit(2);
	}
	const dir = mkdtempSync(path.join(tmpdir(), "pg-cli-profile-"));
	try {
		const cli = path.join(root, "bin", "podcast-garden.js");
		const run = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, `--cpu-prof-interval=${values.interval}`, cli, "quotes", positionals[0], "--json"], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
		if (run.status !== 0) {
			console.error(`podcast-garden quotes failed (exit ${run.status}): ${(run.stderr ?? "").split("\n")[0]}`);
			process.exit(1);
		}
		const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
		console.log(summarize(JSON.parse(readFileSync(path.join(dir, file), "utf8")), Number(values.top)));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
