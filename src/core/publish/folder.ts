// The folder target, host-free: the host passes a tiny file API (Node's fs in the CLI, the vault adapter
// in the plugin). A publish copies the current site into a temp sibling folder, applies the changes and
// the manifest there, then swaps folders with two renames. A crash at any point leaves the old site or
// the new one, each with its own manifest; `recover()` (run before every read and commit) finishes or
// undoes a swap that was cut off between its two renames, and clears leftovers.
import { isSafeOutputPath } from "./url";
import { emptyManifest, type CommitOptions, type CommitResult, type PublishChanges, type PublishManifest, type PublishTarget } from "./types";

/** The few file operations the folder target needs; paths are full host paths joined with `/`. */
export interface FolderFs {
	exists: (path: string) => Promise<boolean>;
	/** Direct children: file and folder names. */
	list: (path: string) => Promise<{ files: string[]; folders: string[] }>;
	readText: (path: string) => Promise<string>;
	write: (path: string, content: string | Uint8Array) => Promise<void>;
	copy: (from: string, to: string) => Promise<void>;
	mkdir: (path: string) => Promise<void>;
	rename: (from: string, to: string) => Promise<void>;
	/** Removes a folder and everything in it. */
	removeFolder: (path: string) => Promise<void>;
	remove: (path: string) => Promise<void>;
}


export const MANIFEST_PATH = ".podcast-garden/manifest.json";
const TEMP = ".pg-new";
const OLD = ".pg-old";

export class OutputFolderError extends Error {}

export class FolderTarget implements PublishTarget {
	constructor(
		private readonly fs: FolderFs,
		/** The output folder (no trailing `/`). */
		private readonly root: string,
		private readonly label = root,
	) {
		if (root.replace(/\/+$/, "") === "") throw new OutputFolderError("The output folder is empty: choose a folder for the site.");
		this.root = root.replace(/\/+$/, "");
	}

	describe(): string {
		return `Folder ${this.label}`;
	}

	private get temp(): string {
		return this.root + TEMP;
	}

	private get old(): string {
		return this.root + OLD;
	}

	/** Puts the folder back in a whole state after an interrupted publish. */
	async recover(): Promise<void> {
		if (!(await this.fs.exists(this.root))) {
			// Cut off between the two renames: the old site is complete in OLD; the new one may not be in TEMP.
			if (await this.fs.exists(this.old)) await this.fs.rename(this.old, this.root);
		}
		if (await this.fs.exists(this.old)) await this.fs.removeFolder(this.old);
		if (await this.fs.exists(this.temp)) await this.fs.removeFolder(this.temp);
	}

	async readManifest(): Promise<PublishManifest> {
		await this.recover();
		const path = `${this.root}/${MANIFEST_PATH}`;
		if (!(await this.fs.exists(path))) return emptyManifest();
		try {
			const data = JSON.parse(await this.fs.readText(path)) as PublishManifest;
			if (data?.version !== 1 || typeof data.notes !== "object") throw new Error("unknown manifest version");
			return { ...emptyManifest(), ...data };
		} catch (error) {
			throw new OutputFolderError(`The publish manifest ${path} is damaged (${error instanceof Error ? error.message : String(error)}). Delete the folder ${this.root} and publish again.`);
		}
	}

	async readFile(path: string): Promise<string | null> {
		if (!isSafeOutputPath(path)) return null;
		const full = `${this.root}/${path}`;
		return (await this.fs.exists(full)) ? this.fs.readText(full) : null;
	}

	async commit(changes: PublishChanges, manifest: PublishManifest, _message: string, options: CommitOptions = {}): Promise<CommitResult> {
		for (const path of [...changes.write.map((f) => f.path), ...changes.delete]) {
			if (!isSafeOutputPath(path)) throw new OutputFolderError(`Refusing to write "${path}": it is outside the output folder.`);
		}
		await this.recover();
		const before = await this.readManifest();
		if (changes.write.length === 0 && changes.delete.length === 0 && JSON.stringify(before) === JSON.stringify(manifest)) {
			return { changed: false, ref: null, manifest: before };
		}
		const hasSite = await this.fs.exists(this.root);
		if (hasSite && !(await this.fs.exists(`${this.root}/${MANIFEST_PATH}`))) {
			const { files, folders } = await this.fs.list(this.root);
			if (files.length + folders.length > 0) {
				throw new OutputFolderError(`The output folder ${this.root} is not empty and was not made by Podcast Garden. Choose an empty or new folder.`);
			}
		}
		const total = changes.write.length + changes.delete.length + 2;
		let done = 0;
		const step = (what: string): void => {
			if (options.signal?.aborted) throw new Error("Publishing was cancelled; the site was not changed.");
			options.onProgress?.({ done: done++, total, step: what });
		};
		try {
			await this.build(changes, manifest, hasSite, step);
		} catch (error) {
			// Best effort: the temp folder is cleared now, or by recover() on the next run.
			await this.fs.removeFolder(this.temp).catch(() => undefined);
			throw error;
		}
		step("Swapping in the new site");
		if (hasSite) await this.fs.rename(this.root, this.old);
		await this.fs.rename(this.temp, this.root);
		if (hasSite) await this.fs.removeFolder(this.old);
		return { changed: true, ref: null, manifest };
	}

	/** Writes the whole new site into the temp folder. */
	private async build(changes: PublishChanges, manifest: PublishManifest, hasSite: boolean, step: (what: string) => void): Promise<void> {
		step("Copying the current site");
		await this.fs.mkdir(this.temp);
		if (hasSite) await this.copyTree(this.root, this.temp);
		const made = new Set<string>();
		for (const file of changes.write) {
			step(`Writing ${file.path}`);
			await this.ensureFolder(file.path, made);
			await this.fs.write(`${this.temp}/${file.path}`, file.content);
		}
		for (const path of changes.delete) {
			step(`Deleting ${path}`);
			if (await this.fs.exists(`${this.temp}/${path}`)) await this.fs.remove(`${this.temp}/${path}`);
		}
		await this.pruneEmpty(this.temp, changes.delete);
		await this.ensureFolder(MANIFEST_PATH, made);
		await this.fs.write(`${this.temp}/${MANIFEST_PATH}`, `${JSON.stringify(manifest, null, "\t")}\n`);
	}

	private async ensureFolder(path: string, made: Set<string>): Promise<void> {
		const parts = path.split("/").slice(0, -1);
		for (let i = 1; i <= parts.length; i++) {
			const folder = parts.slice(0, i).join("/");
			if (made.has(folder)) continue;
			made.add(folder);
			if (!(await this.fs.exists(`${this.temp}/${folder}`))) await this.fs.mkdir(`${this.temp}/${folder}`);
		}
	}

	private async copyTree(from: string, to: string): Promise<void> {
		const { files, folders } = await this.fs.list(from);
		for (const name of files) await this.fs.copy(`${from}/${name}`, `${to}/${name}`);
		for (const name of folders) {
			await this.fs.mkdir(`${to}/${name}`);
			await this.copyTree(`${from}/${name}`, `${to}/${name}`);
		}
	}

	/** Folders left empty by deletions go too (a removed note's `a/b/` folder). */
	private async pruneEmpty(base: string, deleted: string[]): Promise<void> {
		const folders = new Set<string>();
		for (const path of deleted) {
			const parts = path.split("/");
			for (let i = parts.length - 1; i >= 1; i--) folders.add(parts.slice(0, i).join("/"));
		}
		for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
			const full = `${base}/${folder}`;
			if (!(await this.fs.exists(full))) continue;
			const { files, folders: sub } = await this.fs.list(full);
			if (files.length + sub.length === 0) await this.fs.removeFolder(full);
		}
	}
}
