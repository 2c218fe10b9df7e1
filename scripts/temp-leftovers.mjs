// What a test run leaves in the temp folder. `node scripts/temp-leftovers.mjs [jest arguments]` runs `npm test`
// (or `npx jest <arguments>`) with TMPDIR set to a new empty folder, then counts what is left in it per name
// prefix and removes it (`--keep` keeps it). `--count DIR` only counts DIR. Exits 1 when a test left something
// besides the caches meant to stay: Jest's (jest_*) and the Digital Garden template's packages.
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, rmSync } from "fs";
import * as os from "os";
import path from "path";
import { fileURLToPath } from "url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const KEPT_ON_PURPOSE = /^(jest_|podcast-garden-dg-template$)/;

/** Entries of `dir` counted per prefix (the name without mkdtemp's six random characters). */
function countLeftovers(dir) {
	const counts = new Map();
	for (const name of readdirSync(dir)) {
		const prefix = name.replace(/-[A-Za-z0-9]{6}$/, "-");
		counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function report(dir) {
	const counts = countLeftovers(dir);
	const total = counts.reduce((sum, [, n]) => sum + n, 0);
	console.log(`${total} entries left in ${dir}${total > 0 ? ":" : ""}`);
	for (const [prefix, n] of counts) console.log(`  ${String(n).padStart(4)}  ${prefix}${KEPT_ON_PURPOSE.test(prefix) ? "  (a cache, kept on purpose)" : ""}`);
	return counts.filter(([prefix]) => !KEPT_ON_PURPOSE.test(prefix)).length === 0;
}

const args = process.argv.slice(2);
if (args[0] === "--count") {
	if (!args[1]) throw new Error("usage: node scripts/temp-leftovers.mjs --count DIR");
	process.exit(report(args[1]) ? 0 : 1);
}
const keep = args.includes("--keep");
const jestArgs = args.filter((a) => a !== "--keep");
const dir = mkdtempSync(path.join(os.tmpdir(), "pg-leftovers-"));
const [command, commandArgs] = jestArgs.length > 0 ? ["npx", ["jest", ...jestArgs]] : ["npm", ["test"]];
const run = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env: { ...process.env, TMPDIR: dir } });
console.log(`\n${command} ${commandArgs.join(" ")} exited with ${run.status ?? run.signal}`);
const clean = report(dir);
if (keep) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
process.exit(clean && run.status === 0 ? 0 : 1);
