// Import circles in a TypeScript tree (part of `npm run lint`): builds the graph of relative imports, type
// imports included, and prints every strongly connected component, then every import that crosses a layer
// the wrong way (LAYERS). Exit 1 when there is any circle or wrong-way import.
// usage: node scripts/circles.mjs [DIR...]   (default: src)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// `import … from "./x"`, `export … from "./x"` (the clause may span lines), `import "./x"` and `import("./x")`.
const FROM = /^[ \t]*(?:import|export)\b[^;"'`]*?\bfrom\s*["'](\.[^"']*)["']/gm;
const BARE = /^[ \t]*import\s*["'](\.[^"']*)["']/gm;
const DYNAMIC = /\bimport\(\s*["'](\.[^"']*)["']\s*\)/g;

// Folders (relative to the checked folder) that must not import another; `except` names files allowed anyway.
export const LAYERS = [
	{ from: "core/index", to: "core/view", why: "the index sits below the views; what both need lives in core/search" },
	{ from: "core/search", to: "core/view", why: "the search sits below the views" },
	{ from: "core/search", to: "core/index", except: ["core/index/types.ts"], why: "the search sits below the index (its types excepted)" },
];

function tsFiles(dir, out = []) {
	for (const name of readdirSync(dir)) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) tsFiles(full, out);
		else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(full);
	}
	return out;
}

function importsOf(file, known) {
	const text = readFileSync(file, "utf8");
	const targets = new Set();
	for (const re of [FROM, BARE, DYNAMIC]) {
		for (const m of text.matchAll(re)) {
			const base = path.join(path.dirname(file), m[1]);
			const hit = [`${base}.ts`, path.join(base, "index.ts"), base.replace(/\.js$/, ".ts"), base].find((c) => known.has(c));
			if (hit) targets.add(hit);
		}
	}
	return targets;
}

function buildGraph(dirs) {
	const files = dirs.flatMap((d) => tsFiles(d));
	const known = new Set(files);
	return { files, graph: new Map(files.map((f) => [f, importsOf(f, known)])) };
}

/** Imports that break a rule of LAYERS, as { from, to, rule } with the files' paths as found. */
export function findLayerBreaches(dirs) {
	const { graph } = buildGraph(dirs);
	const breaches = [];
	for (const dir of dirs) {
		// Paths as the rules write them, whatever the platform's separator.
		const named = (file) => path.relative(dir, file).split(path.sep).join("/");
		const inside = (file, folder) => named(file).startsWith(`${folder}/`);
		for (const [from, targets] of graph) {
			for (const to of targets) {
				const rule = LAYERS.find((r) => inside(from, r.from) && inside(to, r.to) && !(r.except ?? []).includes(named(to)));
				if (rule) breaches.push({ from, to, rule });
			}
		}
	}
	return breaches;
}

/** Tarjan's strongly connected components; a component of two or more files (or a file importing itself) is a circle. */
export function findCircles(dirs) {
	const { files, graph } = buildGraph(dirs);
	const index = new Map();
	const low = new Map();
	const stack = [];
	const onStack = new Set();
	const circles = [];
	const visit = (v) => {
		index.set(v, index.size);
		low.set(v, index.get(v));
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v)) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v), low.get(w)));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
		}
		if (low.get(v) !== index.get(v)) return;
		const component = [];
		let w;
		do {
			w = stack.pop();
			onStack.delete(w);
			component.push(w);
		} while (w !== v);
		if (component.length > 1 || graph.get(v).has(v)) circles.push(component.sort());
	};
	for (const f of [...files].sort()) if (!index.has(f)) visit(f);
	return circles;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
	const dirs = process.argv.length > 2 ? process.argv.slice(2) : ["src"];
	const missing = dirs.filter((d) => !existsSync(d));
	if (missing.length) {
		console.error(`circles: no such folder: ${missing.join(", ")}`);
		process.exit(2);
	}
	const circles = findCircles(dirs);
	for (const c of circles) console.log(`import circle of ${c.length}: ${c.join(", ")}`);
	if (circles.length) {
		console.log(`${circles.length} import circle(s) in ${dirs.join(", ")}: depend on an interface or move the shared part to a file neither side imports back (docs/architecture.md).`);
	} else console.log(`0 import circles in ${dirs.join(", ")}`);
	const breaches = findLayerBreaches(dirs);
	for (const b of breaches) console.log(`layer: ${b.from} imports ${b.to}, but ${b.rule.from} must not import ${b.rule.to} (${b.rule.why})`);
	if (breaches.length) console.log(`${breaches.length} import(s) across a layer the wrong way in ${dirs.join(", ")} (docs/architecture.md).`);
	else console.log(`0 wrong-way layer imports in ${dirs.join(", ")}`);
	if (circles.length || breaches.length) process.exit(1);
}
