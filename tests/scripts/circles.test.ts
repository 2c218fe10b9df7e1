// scripts/circles.mjs, the import-circle check of `npm run lint`: fails naming the files of a circle, passes on src.
// It also holds the layers: core/index must not import core/view (the search both use lives in core/search).
import { describe, expect, test } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "../helpers/temp";

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/circles.mjs");
const tmp = tempDir("pg-circles-");

function tree(name: string, files: Record<string, string>): string {
	const dir = path.join(tmp, name);
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), text);
	}
	return dir;
}

function run(dir: string): { status: number | null; out: string } {
	const r = spawnSync(process.execPath, [SCRIPT, dir], { cwd: ROOT, encoding: "utf8" });
	return { status: r.status, out: r.stdout + r.stderr };
}

describe("scripts/circles.mjs", () => {
	test("a type-only circle a -> b -> a fails and names both files", () => {
		const dir = tree("ab", {
			"a.ts": 'import type { B } from "./b";\nexport interface A { b: B }\n',
			"b.ts": 'import type {\n\tA,\n} from "./a";\nexport interface B { a?: A }\n',
			"c.ts": 'import type { A } from "./a";\nexport type C = A;\n',
		});
		const { status, out } = run(dir);
		expect(status).toBe(1);
		expect(out).toContain("import circle of 2");
		expect(out).toContain(path.join(dir, "a.ts"));
		expect(out).toContain(path.join(dir, "b.ts"));
		expect(out).not.toContain(path.join(dir, "c.ts"));
	});

	test("a circle through a folder's index.ts and an `export … from` re-export is found", () => {
		const dir = tree("index", {
			"main.ts": 'import { tab } from "./settings";\nexport const main = tab;\n',
			"settings/index.ts": 'export { tab } from "./tab";\n',
			"settings/tab.ts": 'import type Main from "../main";\nexport const tab = 1;\n',
		});
		const { status, out } = run(dir);
		expect(status).toBe(1);
		expect(out).toContain("import circle of 3");
	});

	test("a tree without circles passes", () => {
		const dir = tree("line", { "a.ts": 'import { b } from "./b";\nexport const a = b;\n', "b.ts": "export const b = 1;\n" });
		expect(run(dir)).toEqual({ status: 0, out: expect.stringContaining("0 import circles") });
	});

	test("the real src has no import circle", () => {
		const { status, out } = run(path.join(ROOT, "src"));
		expect(out).toContain("0 import circles");
		expect(out).toContain("0 wrong-way layer imports");
		expect(status).toBe(0);
	});

	test("core/index importing core/view fails, naming both files and the rule, with no circle", () => {
		const dir = tree("layer", {
			"core/index/quote-index.ts": 'import { numbered } from "../view/model";\nexport const n = numbered;\n',
			"core/view/model.ts": "export const numbered = 1;\n",
		});
		const { status, out } = run(dir);
		expect(status).toBe(1);
		expect(out).toContain("0 import circles");
		expect(out).toContain(`layer: ${path.join(dir, "core/index/quote-index.ts")} imports ${path.join(dir, "core/view/model.ts")}`);
		expect(out).toContain("core/index must not import core/view");
	});

	test("the other way round, and core/search importing the index's types, pass", () => {
		const dir = tree("layer-ok", {
			"core/view/model.ts": 'import type { Q } from "../index/types";\nimport { find } from "../search/find";\nexport const m: Q = find;\n',
			"core/index/quote-index.ts": 'import { find } from "../search/find";\nexport const i = find;\n',
			"core/index/types.ts": "export type Q = number;\n",
			"core/search/find.ts": 'import type { Q } from "../index/types";\nexport const find: Q = 1;\n',
		});
		expect(run(dir)).toEqual({ status: 0, out: expect.stringContaining("0 wrong-way layer imports") });
	});

	test("core/search importing core/view, or the index beyond its types, fails", () => {
		const dir = tree("layer-search", {
			"core/search/find.ts": 'import { m } from "../view/model";\nimport { i } from "../index/quote-index";\nexport const f = m + i;\n',
			"core/view/model.ts": "export const m = 1;\n",
			"core/index/quote-index.ts": "export const i = 1;\n",
		});
		const { status, out } = run(dir);
		expect(status).toBe(1);
		expect(out).toContain("core/search must not import core/view");
		expect(out).toContain("core/search must not import core/index");
		expect(out).toContain("2 import(s) across a layer the wrong way");
	});

	test("the real src fails once core/index imports core/view", () => {
		const copy = path.join(tmp, "src-copy");
		cpSync(path.join(ROOT, "src"), copy, { recursive: true });
		appendFileSync(path.join(copy, "core/index/visible.ts"), 'import type { ViewMode } from "../view/model";\nexport type VisibleMode = ViewMode;\n');
		const { status, out } = run(copy);
		expect(status).toBe(1);
		expect(out).toContain(`layer: ${path.join(copy, "core/index/visible.ts")} imports ${path.join(copy, "core/view/model.ts")}`);
	});

	test("a missing folder is named, not taken for a clean tree", () => {
		const { status, out } = run(path.join(tmp, "nope"));
		expect(status).toBe(2);
		expect(out).toContain("no such folder");
	});
});
