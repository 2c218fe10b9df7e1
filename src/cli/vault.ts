// The CLI's vault: a folder on disk, read the way Obsidian sees it (Markdown notes, config and trash skipped).
import { closeSync, constants as fsConstants, fstatSync, openSync, promises as fs, readFileSync, readSync, realpathSync, type Stats } from "fs";
import * as path from "path";
import { isPublishTempFolder } from "../core/index";

export class VaultFolderError extends Error {}

/** Folders of the vault that could not be listed (publishing part of a vault would take pages down). */
export class VaultListError extends Error {
	constructor(readonly problems: { path: string; message: string }[]) {
		super(problems.map((e) => `${e.path}: ${e.message}`).join("; "));
	}
}

/** Folders Obsidian itself never indexes, and a publish's temporary copies (`<folder>.pg-new` / `.pg-old`). */
function skipFolder(name: string): boolean {
	return name.startsWith(".") || name === "node_modules" || isPublishTempFolder(name);
}

/** Every file of the vault the way Obsidian lists it (dot files and skipped folders left out), sorted. */
export interface VaultListing {
	files: string[];
	/** Folders that could not be listed. */
	errors: { path: string; message: string }[];
	/**
	 * Entries left out on purpose, each said once: links that lead out of the vault and
	 * things that are not files or folders (a FIFO, a socket, a device).
	 */
	skipped: { path: string; message: string }[];
	/** The vault folder's real path (every listed file's real path is inside it). */
	realRoot: string;
}

/** True when the real path `real` is `root` or inside it. */
export function isInside(root: string, real: string): boolean {
	return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Lists `root`; folders whose absolute path is in `skip` (and everything below them) are left out.
 * A symbolic link is followed only when its real path stays inside the vault: a link to `/etc/passwd`
 * or to a note elsewhere on the disk would publish what was never in the vault.
 */
export async function listVaultFiles(root: string, skip: readonly string[] = []): Promise<VaultListing> {
	const stat = await fs.stat(root).catch(() => null);
	if (!stat) throw new VaultFolderError(`Vault folder not found: ${root}`);
	if (!stat.isDirectory()) throw new VaultFolderError(`Not a folder: ${root} (give the vault's top folder).`);
	const base = path.resolve(root);
	const realRoot = await fs.realpath(base);
	const skipped = skip.map((s) => path.resolve(s));
	const listing: VaultListing = { files: [], errors: [], skipped: [], realRoot };
	// Real paths of the folders walked: a link to a folder already listed (a parent) would loop forever.
	const walked = new Set<string>();
	const walk = async (rel: string, real: string): Promise<void> => {
		const full = path.join(base, rel);
		if (skipped.some((s) => full === s || full.startsWith(s + path.sep))) return;
		if (walked.has(real)) {
			listing.skipped.push({ path: rel, message: "a link to a folder that is already listed" });
			return;
		}
		walked.add(real);
		let entries;
		try {
			entries = await fs.readdir(full, { withFileTypes: true });
		} catch (error) {
			listing.errors.push({ path: rel || ".", message: `cannot list folder: ${describe(error)}` });
			return;
		}
		// In name order, so which of two ways into one folder is listed does not depend on the disk.
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const child = rel ? `${rel}/${entry.name}` : entry.name;
			let kind = entry.isDirectory() ? "folder" : entry.isFile() ? "file" : "other";
			let childReal = path.join(real, entry.name);
			if (entry.isSymbolicLink()) {
				const resolved = await fs.realpath(path.join(full, entry.name)).catch(() => null);
				if (resolved === null) {
					// A link that leads nowhere is listed, and reported when it is read.
					listing.files.push(child);
					continue;
				}
				childReal = resolved;
				if (!isInside(realRoot, childReal)) {
					listing.skipped.push({ path: child, message: `a link to ${childReal}, outside the vault: never read or published` });
					continue;
				}
				// A link into `.obsidian` (where the plugin keeps its settings) or another skipped folder.
				if (path.relative(realRoot, childReal).split(path.sep).some(skipFolder)) {
					listing.skipped.push({ path: child, message: "a link into a folder the vault does not list (such as .obsidian): never read or published" });
					continue;
				}
				const target = await fs.stat(childReal).catch(() => null);
				kind = target?.isDirectory() ? "folder" : target?.isFile() ? "file" : "other";
			}
			if (kind === "folder") {
				if (!skipFolder(entry.name)) await walk(child, childReal);
			} else if (kind === "file") {
				listing.files.push(child);
			} else {
				listing.skipped.push({ path: child, message: "not a regular file (a FIFO, socket or device): never read" });
			}
		}
	};
	await walk("", realRoot);
	listing.files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	listing.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return listing;
}

/**
 * Reads a listed file, checked again at read time: its real path must still be inside the vault and it
 * must be a regular file (a FIFO would block for ever; a file swapped for a link since the listing is refused).
 * `realFolders` keeps the real paths of the folders read from (see `openVaultFile`).
 */
export async function readVaultFile(realRoot: string, full: string, realFolders = new Map<string, string>()): Promise<Buffer> {
	const { fd } = openVaultFile(realRoot, full, realFolders);
	try {
		return readFileSync(fd);
	} finally {
		closeSync(fd);
	}
}

// O_NOFOLLOW: a link in the file's place is refused; O_NONBLOCK: opening a FIFO does not wait.
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0);

/**
 * Opens a file of the vault, checked as `readVaultFile` says; the caller closes the descriptor. Synchronous:
 * the CLI does nothing else meanwhile, and five awaited calls per note left the process mostly idle (issue
 * 15's profile). The file's folder is resolved once (kept in `realFolders`) and the file opened there with
 * O_NOFOLLOW, so a file that is not a link needs no `realpath` of its own (one per note was 8% of
 * `quotes --json`); a link, or anything else the open refuses, takes the whole check (decision 45).
 */
function openVaultFile(realRoot: string, full: string, realFolders: Map<string, string>): { fd: number; info: Stats } {
	if (fsConstants.O_NOFOLLOW !== undefined) {
		const folder = path.dirname(full);
		let realFolder = realFolders.get(folder);
		if (realFolder === undefined) {
			realFolder = realpathSync.native(folder);
			realFolders.set(folder, realFolder);
		}
		const real = path.join(realFolder, path.basename(full));
		if (!isInside(realRoot, real)) throw new Error(`leads outside the vault (${real}): not read`);
		let fd: number | undefined;
		try {
			fd = openSync(real, OPEN_FLAGS);
		} catch {
			// A link (refused by O_NOFOLLOW), a file gone since the listing…: checked and reported as below.
		}
		if (fd !== undefined) return checkedFile(fd);
	}
	const real = realpathSync.native(full);
	if (!isInside(realRoot, real)) throw new Error(`leads outside the vault (${real}): not read`);
	return checkedFile(openSync(real, OPEN_FLAGS));
}

/** `fd` with its stats when it is a regular file; else closed, with an error. */
function checkedFile(fd: number): { fd: number; info: Stats } {
	try {
		const info = fstatSync(fd);
		if (!info.isFile()) throw new Error("not a regular file: not read");
		return { fd, info };
	} catch (error) {
		closeSync(fd);
		throw error;
	}
}

/** Notes up to this size are read into one buffer each thread reuses; a larger one gets a buffer of its own. */
const SHARED_READ_MAX = 8 * 2 ** 20;
let readBuffer = Buffer.allocUnsafe(2 ** 16);

/**
 * The text and modification time of a note of the vault (checked as `readVaultFile` says). Its bytes are
 * decoded at once, so they go into one reused buffer: a buffer per note was as many bytes again as the
 * vault holds, for the collector to free (and `readFileSync(fd, "utf8")` per note measured 30% slower).
 */
export function readNote(realRoot: string, full: string, realFolders = new Map<string, string>()): { text: string; mtime: number } {
	const { fd, info } = openVaultFile(realRoot, full, realFolders);
	try {
		// A file system that gives no size (some network or FUSE mounts) is read to its end.
		if (info.size === 0) return { text: readFileSync(fd, "utf8"), mtime: info.mtimeMs };
		let buffer = readBuffer;
		if (info.size > buffer.length) {
			buffer = Buffer.allocUnsafe(info.size);
			if (info.size <= SHARED_READ_MAX) readBuffer = buffer;
		}
		// Up to the size fstat gave (as readFileSync reads a regular file); fewer bytes if it shrank meanwhile.
		let size = 0;
		while (size < info.size) {
			const n = readSync(fd, buffer, size, info.size - size, null);
			if (n === 0) break;
			size += n;
		}
		return { text: buffer.toString("utf8", 0, size), mtime: info.mtimeMs };
	} finally {
		closeSync(fd);
	}
}

/** The vault's Markdown notes (vault paths, sorted) and what could not be listed, for `quotes` and `speakers`. */
export interface VaultNotes {
	root: string;
	realRoot: string;
	files: string[];
	/** Folders that could not be listed and entries left out: reported, never fatal. */
	errors: { path: string; message: string }[];
}

export async function listVaultNotes(root: string): Promise<VaultNotes> {
	const listing = await listVaultFiles(root);
	return { root, realRoot: listing.realRoot, files: listing.files.filter((file) => file.toLowerCase().endsWith(".md")), errors: [...listing.errors, ...listing.skipped] };
}

export function describe(error: unknown): string {
	if (error && typeof error === "object" && "code" in error && "message" in error) {
		const code = String((error as { code: unknown }).code);
		const text = String((error as { message: unknown }).message);
		// Node's messages mostly start with their code already ("ENOENT: no such file…").
		return text.startsWith(`${code}:`) ? text : `${code}: ${text}`;
	}
	return error instanceof Error ? error.message : String(error);
}
