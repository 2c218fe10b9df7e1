// `npm run screenshots`: regenerates the README's pictures (docs/images/*.png) from example-vault/ with
// headless Chromium (/usr/bin/chromium). Builds the CLI (the site pictures publish the vault with it), bundles
// scripts/screenshots/run.ts for Node with esbuild and runs it. See scripts/screenshots/run.ts for what each
// picture shows.
import esbuild from "esbuild";
import { execFileSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import { createRequire } from "module";
import path from "path";
import { fileURLToPath } from "url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Inside the repository (git-ignored) so the bundle finds playwright-core and esbuild in node_modules.
const outDir = path.join(root, "tests", ".output", "screenshots-script");
const require = createRequire(import.meta.url);

if (!existsSync("/usr/bin/chromium")) {
	console.error("screenshots: /usr/bin/chromium is missing; install Chromium (the pictures are taken with it).");
	process.exit(1);
}

execFileSync(process.execPath, [path.join(root, "esbuild.cli.mjs")], { cwd: root, stdio: "inherit" });

mkdirSync(outDir, { recursive: true });
const outfile = path.join(outDir, "run.cjs");
await esbuild.build({
	entryPoints: [path.join(root, "scripts", "screenshots", "run.ts")],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	external: ["playwright-core", "esbuild"],
	outfile,
	logLevel: "warning",
});

try {
	await require(outfile).main();
} catch (error) {
	console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
