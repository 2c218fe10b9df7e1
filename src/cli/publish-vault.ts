// The vault on disk as the publishing core reads it: every file (notes and attachments), read on demand.
import * as path from "path";
import type { VaultReader } from "../core/publish";
import { listVaultFiles, readVaultFile, VaultListError } from "./vault";

export interface DiskVaultReader extends VaultReader {
	/** Entries of the vault left out (links out of the vault, FIFOs…), each with why: the CLI says them. */
	skipped: { path: string; message: string }[];
}

/**
 * Lists `root` with the same rules as the quote commands (src/cli/vault.ts), minus the `skip` folders.
 * A folder that cannot be listed stops the publish: publishing part of a vault would take pages down.
 */
export async function diskVaultReader(root: string, skip: string[] = []): Promise<DiskVaultReader> {
	const { files, errors, skipped, realRoot } = await listVaultFiles(root, skip);
	if (errors.length) throw new VaultListError(errors);
	const base = path.resolve(root);
	const listed = new Set(files);
	const realFolders = new Map<string, string>();
	const read = (p: string): Promise<Buffer> => {
		if (!listed.has(p)) return Promise.reject(new Error(`not a vault file: ${p}`));
		return readVaultFile(realRoot, path.join(base, ...p.split("/")), realFolders);
	};
	return {
		skipped,
		listFiles: () => Promise.resolve(files),
		readText: async (p) => (await read(p)).toString("utf8"),
		readBinary: async (p) => new Uint8Array(await read(p)),
	};
}
