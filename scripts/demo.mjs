// `npm run demo`: after install + build, show the quotes of the example vault per speaker and install the
// plugin into it, so the vault is ready to open in Obsidian.
import { execFileSync } from "child_process";
import { existsSync } from "fs";
import path from "path";
import { fileURLToPath } from "url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const vault = path.join(root, "example-vault");
const cli = path.join(root, "bin", "podcast-garden.js");

function run(file, args) {
	execFileSync(process.execPath, [file, ...args], { cwd: root, stdio: "inherit" });
}

console.log(`\nQuotes in ${path.relative(root, vault)}/, grouped by speaker:\n`);
run(cli, ["quotes", vault]);
console.log("\nSpeakers:\n");
run(cli, ["speakers", vault]);

const installer = path.join(root, "scripts", "install-plugin.mjs");
if (!existsSync(installer)) {
	console.error("demo: scripts/install-plugin.mjs is missing, so the plugin was not installed into the example vault.");
	process.exit(1);
}
run(installer, [vault, "--enable", "--skip-build"]);
console.log(`\nReady: open ${vault} as a vault in Obsidian (Open folder as vault), then run "Podcast Garden: Open quotes sidebar".`);
