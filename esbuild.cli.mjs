import esbuild from "esbuild";

// The CLI is the Node host: it bundles src/cli (and the same src/core) into dist/cli.js for bin/, the worker
// threads' entry (the per-note work, decisions 35 and 52) into dist/cli-worker.js, and `publish` with the git
// client and markdown-it into dist/cli-publish.js, which dist/cli.js requires only when `publish` runs
// (decision 53): `quotes` and `speakers` load a third of the code.
const publishApart = {
	name: "publish-apart",
	setup(build) {
		build.onResolve({ filter: /^\.\/publish$/ }, (args) => (args.importer.endsWith("main.ts") ? { path: "./cli-publish.js", external: true } : undefined));
	},
};

await esbuild.build({
	entryPoints: [
		{ in: "src/cli/main.ts", out: "cli" },
		{ in: "src/cli/index-worker.ts", out: "cli-worker" },
		{ in: "src/cli/publish.ts", out: "cli-publish" },
	],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outdir: "dist",
	plugins: [publishApart],
	// `import("./publish")` becomes a plain `require`, without Node's ES module loader.
	supported: { "dynamic-import": false },
	// In a file of its own (dist/cli.js.map): inline, Node read and compiled 4 MB more on every start.
	sourcemap: "linked",
	logLevel: "warning",
});
