// `npm run accuracy [-- --write] [-- --json]`: runs the CLI (`quotes --json`, as a user would) over the
// labelled real-note corpus as one vault and prints recall and precision overall, per attribution form and
// per note. `--write` puts the tables into docs/accuracy.md between its markers.
import { execFileSync } from "child_process";
import esbuild from "esbuild";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { createRequire } from "module";
import os from "os";
import path from "path";
import { fileURLToPath } from "url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fixtures = path.join(root, "tests", "fixtures");
const labelsDir = path.join(fixtures, "labels");
const args = new Set(process.argv.slice(2));
for (const a of args) {
	if (!["--write", "--json"].includes(a)) {
		console.error(`accuracy: unknown option ${a}. Options: --write (update docs/accuracy.md), --json`);
		process.exit(2);
	}
}

const work = mkdtempSync(path.join(os.tmpdir(), "pg-accuracy-"));
// Removed however the script ends, process.exit() included (a finally block would not run then).
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const scoreFile = path.join(work, "score.cjs");
await esbuild.build({ entryPoints: [path.join(root, "scripts", "accuracy", "score.ts")], bundle: true, platform: "node", format: "cjs", outfile: scoreFile, logLevel: "warning" });
const { score, checkLabels, formatReport, ratios } = createRequire(import.meta.url)(scoreFile);

// The corpus as one vault: every labelled note under its folder (garden/, real/).
const vault = path.join(work, "vault");
const notes = [];
const unlabelled = [];
for (const dir of ["garden", "real"]) {
	mkdirSync(path.join(vault, dir), { recursive: true });
	for (const file of readdirSync(path.join(fixtures, dir)).sort()) {
		if (!file.endsWith(".md")) continue;
		const labelFile = path.join(labelsDir, file.replace(/\.md$/, ".labels.json"));
		if (!existsSync(labelFile)) {
			unlabelled.push(`${dir}/${file}`);
			continue;
		}
		copyFileSync(path.join(fixtures, dir, file), path.join(vault, dir, file));
		const text = readFileSync(path.join(fixtures, dir, file), "utf8").replace(/^\uFEFF/, "");
		notes.push({ path: `${dir}/${file}`, labels: JSON.parse(readFileSync(labelFile, "utf8")), lines: text.split(/\r\n|\r|\n/) });
	}
}
const problems = notes.flatMap((n) => checkLabels(n.path, n.labels, n.lines.length));
if (problems.length > 0) {
	console.error(`accuracy: the labels have ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
	process.exit(1);
}
const cli = path.join(root, "bin", "podcast-garden.js");
const json = execFileSync(process.execPath, [cli, "quotes", vault, "--json"], { maxBuffer: 1 << 28, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const report = score(notes, JSON.parse(json));
const repos = new Set(notes.map((n) => n.labels.source?.repo).filter(Boolean));
const summary =
	`${notes.length} labelled notes (${notes.filter((n) => n.labels.trap).length} traps) from ${repos.size} repositories` +
	(unlabelled.length > 0 ? `; not labelled yet, left out: ${unlabelled.join(", ")}` : "");
if (args.has("--json")) {
	const o = ratios(report.overall);
	console.log(JSON.stringify({ summary, overall: { ...report.overall, ...o }, forms: Object.fromEntries([...report.forms].map(([f, t]) => [f, { ...t, ...ratios(t) }])), misses: report.misses }, null, 2));
} else console.log(`${summary}\n\n${formatReport(report)}`);
if (args.has("--write")) {
	const doc = path.join(root, "docs", "accuracy.md");
	const start = "<!-- accuracy:start -->";
	const end = "<!-- accuracy:end -->";
	const old = readFileSync(doc, "utf8");
	const a = old.indexOf(start);
	const b = old.indexOf(end);
	if (a < 0 || b < a) {
		console.error(`accuracy: docs/accuracy.md has no ${start} … ${end} markers; nothing written.`);
		process.exit(1);
	}
	const stamp = `Run on ${new Date().toISOString().slice(0, 10)} at commit ${execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim()}. ${summary}.`;
	writeFileSync(doc, `${old.slice(0, a + start.length)}\n${stamp}\n\n${formatReport(report)}\n${old.slice(b)}`);
	console.error("accuracy: docs/accuracy.md updated.");
}
