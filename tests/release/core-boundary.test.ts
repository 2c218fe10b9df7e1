// The core runs in Obsidian (desktop and mobile), in Node and could run in a worker: nothing under
// src/core may import `obsidian` or a Node built-in, or reach into the hosts (docs/architecture.md).
import { describe, expect, test } from "@jest/globals";
import builtinModules from "builtin-modules";
import { readdirSync, readFileSync } from "fs";
import path from "path";

const CORE = path.resolve(__dirname, "../../src/core");

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = path.join(dir, e.name);
		return e.isDirectory() ? sources(full) : /\.ts$/.test(e.name) ? [full] : [];
	});
}

/** Module names of `import … from "x"`, `export … from "x"`, `import("x")` and `require("x")`. */
function importsOf(code: string): string[] {
	const out: string[] = [];
	const patterns = [/\b(?:import|export)\b[^"'`;]*?\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g];
	for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]);
	return out;
}

function forbidden(spec: string, file: string): string | null {
	const bare = spec.replace(/^node:/, "").split("/")[0];
	if (spec === "obsidian") return "obsidian";
	if (spec.startsWith("node:") || builtinModules.includes(bare)) return "a Node built-in";
	if (spec.startsWith(".")) {
		const target = path.resolve(path.dirname(file), spec);
		if (!target.startsWith(CORE + path.sep) && target !== CORE) return "a host folder outside src/core";
	}
	return null;
}

describe("src/core stays host-free", () => {
	test("the import reader sees every form (so the check below can fail)", () => {
		const code = `import { a } from "obsidian";\nimport type { B } from "../x";\nexport * from "fs";\nimport "path";\nconst z = require("node:crypto");\nconst y = await import("./y");`;
		expect(importsOf(code)).toEqual(["obsidian", "../x", "fs", "path", "node:crypto", "./y"]);
		expect(forbidden("node:crypto", path.join(CORE, "a.ts"))).toBe("a Node built-in");
		expect(forbidden("../plugin/main", path.join(CORE, "a.ts"))).toBe("a host folder outside src/core");
		expect(forbidden("markdown-it", path.join(CORE, "a.ts"))).toBeNull();
	});

	test("no core file imports obsidian, Node or the plugin/CLI", () => {
		const files = sources(CORE);
		expect(files.length).toBeGreaterThan(50);
		const problems: string[] = [];
		for (const file of files) {
			for (const spec of importsOf(readFileSync(file, "utf8"))) {
				const why = forbidden(spec, file);
				if (why) problems.push(`${path.relative(CORE, file)} imports "${spec}" (${why})`);
			}
		}
		expect(problems).toEqual([]);
	});
});
