import esbuild from "esbuild";
import process from "process";
// The design card asks for builtin-modules: it is the list of Node built-ins kept out of the bundle.
import builtins from "builtin-modules";

const banner = `/*
Podcast Garden: bundled by esbuild. Source: src/plugin/main.ts
*/
`;

const prod = process.argv[2] === "production";
const outfile = process.env.PG_OUTFILE || "main.js";

const context = await esbuild.context({
	banner: { js: banner },
	entryPoints: ["src/plugin/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
		// `buffer` is bundled (the npm package): isomorphic-git needs it and Obsidian mobile has no Node modules.
		...builtins.filter((name) => name !== "buffer"),
	],
	// Free uses of `Buffer` (isomorphic-git) get the bundled one; no global is touched.
	inject: ["src/plugin/publish/git/buffer-shim.ts"],
	format: "cjs",
	target: "es2018",
	logLevel: "info",
	sourcemap: prod ? false : "inline",
	treeShaking: true,
	// A bench profile (PG_BENCH_PROFILE) wants the functions' own names.
	minify: prod && !process.env.PG_BENCH_PROFILE,
	outfile,
});

if (prod) {
	await context.rebuild();
	process.exit(0);
} else {
	await context.watch();
}
