import { readFileSync, writeFileSync } from "fs";

// Run by `npm version`: copies the new version into manifest.json and records
// which Obsidian version it needs in versions.json.
const targetVersion = process.env.npm_package_version;
if (!targetVersion) {
	console.error("version-bump.mjs: run it through `npm version <new-version>`.");
	process.exit(2);
}
const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
writeFileSync("manifest.json", JSON.stringify(manifest, null, "\t") + "\n");

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
versions[targetVersion] = minAppVersion;
writeFileSync("versions.json", JSON.stringify(versions, null, "\t") + "\n");
