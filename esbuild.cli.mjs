import esbuild from "esbuild";

// The CLI is the Node host: it bundles src/cli (and the same src/core) into dist/cli.js for bin/, and the
// worker threads' entry (the per-note work, decision 35) into dist/cli-worker.js beside it.
await esbuild.build({
	entryPoints: [
		{ in: "src/cli/main.ts", out: "cli" },
		{ in: "src/cli/index-worker.ts", out: "cli-worker" },
	],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outdir: "dist",
	// In a file of its own (dist/cli.js.map): inline, Node read and compiled 4 MB more on every start.
	sourcemap: "linked",
	logLevel: "warning",
});
