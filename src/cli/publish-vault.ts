// The vault on disk as the publishing core reads it: every file (notes and attachments), read on demand.
import { promises as fs } from "fs";
import * as path from "path";
import type { VaultReader } from "../core/publish";
import { listVaultFiles } from "./vault";

/**
 * Lists `root` with the same rules as the quote commands (src/cli/vault.ts), minus the `skip` folders.
 * A folder that cannot be listed stops the publish: publishing part of a vault would take pages down.
 */
export async function diskVaultReader(root: string, skip: string[] = []): Promise<VaultReader> {
	const { files, errors } = await listVaultFiles(root, skip);
	if (errors.length) throw new Error(errors.map((e) => `${e.path}: ${e.message}`).join("; "));
	const base = path.resolve(root);
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
