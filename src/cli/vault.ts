// The CLI's vault: a folder on disk, read the way Obsidian sees it (Markdown notes, config and trash skipped).
import { promises as fs } from "fs";
import * as path from "path";
import { isPublishTempFolder } from "../core/index";
import type { NoteInput } from "../core/types";

export interface DiskVault {
	root: string;
	notes: NoteInput[];
	/** Notes that could not be read: reported, never fatal. */
	errors: { path: string; message: string }[];
}

export class VaultFolderError extends Error {}

/** Folders Obsidian itself never indexes, and a publish's temporary copies (`<folder>.pg-new` / `.pg-old`). */
function skipFolder(name: string): boolean {
	return name.startsWith(".") || name === "node_modules" || isPublishTempFolder(name);
}

/** Every file of the vault the way Obsidian lists it (dot files and skipped folders left out), sorted. */
export interface VaultListing {
	files: string[];
	/** Folders that could not be listed. */
	errors: { path: string; message: string }[];
}

/** Lists `root`; folders whose absolute path is in `skip` (and everything below them) are left out. */
export async function listVaultFiles(root: string, skip: readonly string[] = []): Promise<VaultListing> {
	const stat = await fs.stat(root).catch(() => null);
	if (!stat) throw new VaultFolderError(`Vault folder not found: ${root}`);
	if (!stat.isDirectory()) throw new VaultFolderError(`Not a folder: ${root} (give the vault's top folder).`);
	const base = path.resolve(root);
	const skipped = skip.map((s) => path.resolve(s));
	const listing: VaultListing = { files: [], errors: [] };
	const walk = async (rel: string): Promise<void> => {
		const full = path.join(base, rel);
		if (skipped.some((s) => full === s || full.startsWith(s + path.sep))) return;
		let entries;
		try {
			entries = await fs.readdir(full, { withFileTypes: true });
		} catch (error) {
			listing.errors.push({ path: rel || ".", message: `cannot list folder: ${describe(error)}` });
			return;
		}
		for (const entry of entries) {
			const child = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				if (!skipFolder(entry.name)) await walk(child);
			} else if (!entry.name.startsWith(".")) {
				// Files and links to files: a link that leads nowhere is reported when it is read.
				listing.files.push(child);
			}
		}
	};
	await walk("");
	listing.files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return listing;
}

/** The vault's Markdown notes with their text; notes or folders that cannot be read are reported, never fatal. */
export async function readVault(root: string): Promise<DiskVault> {
	const listing = await listVaultFiles(root);
	const vault: DiskVault = { root, notes: [], errors: [...listing.errors] };
	for (const file of listing.files) {
		if (!file.toLowerCase().endsWith(".md")) continue;
		try {
			const full = path.join(root, file);
			const [text, info] = await Promise.all([fs.readFile(full, "utf8"), fs.stat(full)]);
			vault.notes.push({ path: file, text, mtime: info.mtimeMs });
		} catch (error) {
			vault.errors.push({ path: file, message: `cannot read note: ${describe(error)}` });
		}
	}
	return vault;
}

export function describe(error: unknown): string {
	if (error && typeof error === "object" && "code" in error && "message" in error) {
		return `${String((error as { code: unknown }).code)}: ${String((error as { message: unknown }).message)}`;
	}
	return error instanceof Error ? error.message : String(error);
}
