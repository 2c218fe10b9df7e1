#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/cli.js by `npm run build:cli`.
const { main } = require("../dist/cli.js");
main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error) => {
		console.error(error);
		process.exitCode = 1;
	},
);
