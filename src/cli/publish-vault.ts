// The vault on disk as the publishing core reads it: every file (notes and attachments), read on demand.
import { promises as fs } from "fs";
import * as path from "path";
import type { VaultReader } from "../core/publish";
import { VaultFolderError } from "./vault";

/** Lists `root` the way Obsidian sees it (dot folders and node_modules skipped), minus `skip` folders. */
export async function diskVaultReader(root: string, skip: string[] = []): Promise<VaultReader> {
	const stat = await fs.stat(root).catch(() => null);
	if (!stat) throw new VaultFolderError(`Vault folder not found: ${root}`);
	if (!stat.isDirectory()) throw new VaultFolderError(`Not a folder: ${root} (give the vault's top folder).`);
	const base = path.resolve(root);
	const skipped = skip.map((s) => path.resolve(s));
	const files: string[] = [];
	const walk = async (rel: string): Promise<void> => {
		const full = path.join(base, rel);
		if (skipped.some((s) => full === s || full.startsWith(s + path.sep))) return;
		const entries = await fs.readdir(full, { withFileTypes: true });
		for (const entry of entries) {
			const child = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				if (!entry.name.startsWith(".") && entry.name !== "node_modules") await walk(child);
			} else if (entry.isFile() && !entry.name.startsWith(".")) {
				files.push(child);
			}
		}
	};
	await walk("");
	files.sort();
	const listed = new Set(files);
	const full = (p: string): string => {
		if (!listed.has(p)) throw new Error(`not a vault file: ${p}`);
		return path.join(base, ...p.split("/"));
	};
	return {
		listFiles: () => Promise.resolve(files),
		readText: (p) => fs.readFile(full(p), "utf8"),
		readBinary: async (p) => new Uint8Array(await fs.readFile(full(p))),
	};
}
