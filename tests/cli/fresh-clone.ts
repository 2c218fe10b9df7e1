// What a clone holds after `npm install`: bin, the build script, sources and node_modules, no dist. The
// first run of its bin/podcast-garden.js builds dist/ from the sources as they are now.
import { cpSync, symlinkSync } from "fs";
import * as path from "path";
import { tempDir } from "../helpers/temp";

export const repo = path.resolve(__dirname, "../..");

export function freshClone(): string {
	const dir = tempDir("pg-clone-");
	cpSync(path.join(repo, "bin"), path.join(dir, "bin"), { recursive: true });
	cpSync(path.join(repo, "esbuild.cli.mjs"), path.join(dir, "esbuild.cli.mjs"));
	symlinkSync(path.join(repo, "src"), path.join(dir, "src"));
	symlinkSync(path.join(repo, "node_modules"), path.join(dir, "node_modules"));
	return dir;
}
