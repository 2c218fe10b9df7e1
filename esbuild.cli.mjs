import esbuild from "esbuild";

// The CLI is the Node host: it bundles src/cli (and the same src/core) into one file for bin/.
await esbuild.build({
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: "dist/cli.js",
	sourcemap: "inline",
	logLevel: "warning",
});
