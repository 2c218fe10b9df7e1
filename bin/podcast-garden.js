#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/cli.js by `npm run build:cli`.
require("../dist/cli.js");
