#!/usr/bin/env node
// Thin launcher for the CLI bundle dist/cli.js (`npm run build:cli`). On a fresh clone the bundle does not
// exist yet: it is built here once with the esbuild that `npm install` brought (a fraction of a second).
const { existsSync } = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bundle = path.join(root, "dist", "cli.js");
// The worker threads' entry (decision 35) and the publish code (decision 53), built with it: a dist/ from
// before either existed is built again.
const parts = [bundle, path.join(root, "dist", "cli-worker.js"), path.join(root, "dist", "cli-publish.js")];

function fail(message) {
	process.stderr.write(`podcast-garden: ${message}\n`);
	process.exit(1);
}

if (!parts.every((file) => existsSync(file))) {
	// Required here only: loading child_process (and the stream modules it brings) cost every run ~10 ms.
	const { spawnSync } = require("child_process");
	const built = spawnSync(process.execPath, [path.join(root, "esbuild.cli.mjs")], { cwd: root, encoding: "utf8" });
	if (built.error || built.status !== 0 || !parts.every((file) => existsSync(file))) {
		const why = (built.error ? built.error.message : built.stderr || "").trim().split("\n").find((l) => l.trim() !== "") || `exit code ${built.status}`;
		fail(`dist/cli.js is missing and could not be built (${why}). Run "npm install", then "npm run build:cli", in ${root}.`);
	}
}

let main;
try {
	({ main } = require(bundle));
} catch (error) {
	fail(`cannot load ${bundle} (${error instanceof Error ? error.message.split("\n")[0] : String(error)}). Run "npm run build:cli" in ${root}.`);
}
main(process.argv.slice(2)).then(
	(code) => {
		// A failure to write the answer (dist/cli.js's processIO) may have set it already: keep the worse code.
		process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
	},
	(error) => {
		fail(error instanceof Error ? error.message : String(error));
	},
);
