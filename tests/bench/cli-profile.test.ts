// bench/cli-profile.mjs, the "where the CLI's time goes" table of docs/benchmarks.md: a sample counts for the
// leaf-most phase on its stack, and a real run over the fixtures prints shares that add up to the whole.
import { describe, expect, test } from "@jest/globals";
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "bench/cli-profile.mjs");

function frame(id: number, functionName: string, children: number[] = [], url = "file:///x/dist/cli.js") {
	return { id, callFrame: { functionName, url, lineNumber: 0 }, children };
}

// root → main → runQuotes → outParts → quotesJson, and outParts → add (the output buffer) → writeSync;
// root → parseNote → exec; root → (garbage collector).
const profile = {
	nodes: [
		frame(1, "(root)", [2, 8, 10]),
		frame(2, "main", [3]),
		frame(3, "runQuotes", [4]),
		frame(4, "outParts", [5, 6]),
		frame(5, "quotesJson"),
		frame(6, "add", [7]),
		frame(7, "writeSync", [], "node:fs"),
		frame(8, "parseNote", [9]),
		frame(9, "exec", [], ""),
		frame(10, "(garbage collector)", [], ""),
	],
	samples: [5, 7, 7, 9, 9, 9, 10, 3],
};

function summarize(): string {
	const code = `import(${JSON.stringify(SCRIPT)}).then((m) => console.log(m.summarize(${JSON.stringify(profile)}, 3)))`;
	const run = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
	expect(run.stderr).toBe("");
	return run.stdout;
}

function shares(table: string): Map<string, number> {
	return new Map([...table.matchAll(/^\| (.+?) \| ([\d.]+)% \|$/gm)].map((m) => [m[1], Number(m[2])]));
}

describe("bench/cli-profile.mjs", () => {
	test("each sample counts once, for the leaf-most phase on its stack", () => {
		const phase = shares(summarize());
		expect(phase.get("writing the answer")).toBe(25); // writeSync under outParts: writing, not JSON
		expect(phase.get("JSON answer")).toBe(12.5);
		expect(phase.get("parsing notes (`parseNote`)")).toBe(37.5);
		expect(phase.get("garbage collection")).toBe(12.5);
		expect(phase.get("start, listing and the rest")).toBe(12.5); // runQuotes itself
	});

	test("the top functions by self time, most first", () => {
		const out = summarize();
		expect(out).toMatch(/\| `exec \(native:1\)` \| 37\.5% \|\n\| `writeSync \(node:fs:1\)` \| 25\.0% \|/);
	});

	test("a real run over the fixture vault: phases add up to every sample", () => {
		const run = spawnSync(process.execPath, [SCRIPT, path.join(ROOT, "tests/fixtures/real"), "--interval", "100"], { cwd: ROOT, encoding: "utf8" });
		expect(run.status).toBe(0);
		const samples = Number(/^(\d+) samples$/m.exec(run.stdout)?.[1]);
		expect(samples).toBeGreaterThan(0);
		const phaseTable = run.stdout.split("| function")[0];
		const total = [...shares(phaseTable).values()].reduce((a, b) => a + b, 0);
		expect(total).toBeGreaterThan(99.5);
		expect(total).toBeLessThan(100.5);
	});

	test("without a vault it says how to run it", () => {
		const run = spawnSync(process.execPath, [SCRIPT], { encoding: "utf8" });
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/^Usage: node bench\/cli-profile\.mjs <vault>/);
	});
});
