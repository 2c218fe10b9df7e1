import esbuild from "esbuild";

// The CLI is the Node host: it bundles src/cli (and the same src/core) into one file for bin/.
await esbuild.build({
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: "dist/cli.js",
	// In a file of its own (dist/cli.js.map): inline, Node read and compiled 4 MB more on every start.
	sourcemap: "linked",
	logLevel: "warning",
});
