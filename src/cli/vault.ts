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

export async function readVault(root: string): Promise<DiskVault> {
	const stat = await fs.stat(root).catch(() => null);
	if (!stat) throw new VaultFolderError(`Vault folder not found: ${root}`);
	if (!stat.isDirectory()) throw new VaultFolderError(`Not a folder: ${root} (give the vault's top folder).`);
	const vault: DiskVault = { root, notes: [], errors: [] };
	await walk(root, "", vault);
	vault.notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return vault;
}

async function walk(root: string, rel: string, vault: DiskVault): Promise<void> {
	let entries;
	try {
		entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
	} catch (error) {
		vault.errors.push({ path: rel || ".", message: `cannot list folder: ${describe(error)}` });
		return;
	}
	for (const entry of entries) {
		const child = rel ? `${rel}/${entry.name}` : entry.name;
		if (entry.isDirectory()) {
			if (!skipFolder(entry.name)) await walk(root, child, vault);
		} else if (entry.name.toLowerCase().endsWith(".md")) {
			try {
				const full = path.join(root, child);
				const [text, info] = await Promise.all([fs.readFile(full, "utf8"), fs.stat(full)]);
				vault.notes.push({ path: child, text, mtime: info.mtimeMs });
			} catch (error) {
				vault.errors.push({ path: child, message: `cannot read note: ${describe(error)}` });
			}
		}
	}
}

export function describe(error: unknown): string {
	if (error && typeof error === "object" && "code" in error && "message" in error) {
		return `${String((error as { code: unknown }).code)}: ${String((error as { message: unknown }).message)}`;
	}
	return error instanceof Error ? error.message : String(error);
}
