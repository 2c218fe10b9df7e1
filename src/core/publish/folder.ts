// The folder target, host-free: the host passes a tiny file API (Node's fs in the CLI, the vault adapter
// in the plugin). A publish writes the files it changes into a temp sibling folder, then swaps them in one
// at a time (the old version of each set aside first): the output folder never goes away and every page is
// whole, and a publish that changes 20 files of a 100,000-file site touches those 20 only. A journal of the
// swap, written before the first move, lets `recover()` (run before every read and commit) finish a swap
// that was cut off; a publish cut off earlier leaves the old site untouched and its leftovers cleared.
import { NewerManifestError, readStoredManifest } from "./manifest";
import { withoutMissingFiles } from "./repair";
import { isSafeOutputPath } from "./url";
import { emptyManifest, writtenPaths, type CommitOptions, type CommitResult, type OutputSink, type PublishChanges, type PublishManifest, type PublishTarget } from "./types";

/** The few file operations the folder target needs; paths are full host paths joined with `/`. */
export interface FolderFs {
	exists: (path: string) => Promise<boolean>;
	/** Direct children: file and folder names. */
	list: (path: string) => Promise<{ files: string[]; folders: string[] }>;
	readText: (path: string) => Promise<string>;
	write: (path: string, content: string | Uint8Array) => Promise<void>;
	mkdir: (path: string) => Promise<void>;
	rename: (from: string, to: string) => Promise<void>;
	/** Removes a folder and everything in it. */
	removeFolder: (path: string) => Promise<void>;
	remove: (path: string) => Promise<void>;
}


export const MANIFEST_PATH = ".podcast-garden/manifest.json";
const TEMP = ".pg-new";
const OLD = ".pg-old";
/** In the old-versions folder during a swap: the files to move in and to take out, so a cut-off swap can finish. */
const SWAP_LIST = ".pg-swap.json";

/** A swap's journal: the manifest is among `write`, and moves in last. */
interface Swap {
	write: string[];
	delete: string[];
}

export class OutputFolderError extends Error {}

export class FolderTarget implements PublishTarget {
	constructor(
		private readonly fs: FolderFs,
		/** The output folder (no trailing `/`). */
		readonly root: string,
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

	/** Files the manifest lists but the folder lacks, found by the last `readManifest`/`peekManifest`. */
	missing: string[] = [];

	/** Folders made in the temp folder by an open sink (`openSink`), else null. */
	private sinkFolders: Set<string> | null = null;

	/**
	 * A sink for `BuildRequest.sink`: each file goes into the temp folder as the build makes it, and `commit`
	 * moves them in with the rest. The site is not touched; `discardSink` (or the next `recover`) clears it.
	 * The host holds the publish lock from here to the commit.
	 */
	async openSink(): Promise<OutputSink> {
		await this.recover();
		await this.refuseForeignFolder();
		await this.fs.mkdir(this.temp);
		const made = new Set<string>();
		this.sinkFolders = made;
		return {
			put: async (file) => {
				if (this.sinkFolders !== made) throw new Error("The publish's staging folder was closed before the build finished.");
				if (!isSafeOutputPath(file.path)) throw new OutputFolderError(`Refusing to write "${file.path}": it is outside the output folder.`);
				await this.ensureFolder(this.temp, file.path, made);
				await this.fs.write(`${this.temp}/${file.path}`, file.content);
			},
		};
	}

	/** A folder that holds files but no manifest of ours is the user's, and never published into. */
	private async refuseForeignFolder(): Promise<void> {
		if (!(await this.fs.exists(this.root)) || (await this.fs.exists(`${this.root}/${MANIFEST_PATH}`))) return;
		const { files, folders } = await this.fs.list(this.root);
		if (files.length + folders.length > 0) {
			throw new OutputFolderError(`The output folder ${this.root} is not empty and was not made by Podcast Garden. Choose an empty or new folder.`);
		}
	}

	/** Clears what an open sink staged (a build that failed, a publish that stopped before its commit). */
	async discardSink(): Promise<void> {
		if (this.sinkFolders === null) return;
		this.sinkFolders = null;
		await this.fs.removeFolder(this.temp);
	}

	/** The journal of a swap that was started and not finished, else null. */
	private async pendingSwap(): Promise<Swap | null> {
		const list = `${this.old}/${SWAP_LIST}`;
		if (!(await this.fs.exists(list))) return null;
		try {
			const swap = JSON.parse(await this.fs.readText(list)) as Partial<Swap> | null;
			const paths = (value: unknown): value is string[] => Array.isArray(value) && value.every((p) => typeof p === "string" && isSafeOutputPath(p));
			return swap && paths(swap.write) && paths(swap.delete) ? { write: swap.write, delete: swap.delete } : null;
		} catch {
			// Cut off while writing the journal: no file was moved yet, the old site is whole.
			return null;
		}
	}

	/** No output folder, and OLD holds a site of ours (a folder of the user's with that name is left alone). */
	private async isLoneOldSite(): Promise<boolean> {
		return !(await this.fs.exists(this.root)) && (await this.fs.exists(`${this.old}/${MANIFEST_PATH}`));
	}

	/** Puts the folder back in a whole state after an interrupted publish. */
	async recover(): Promise<void> {
		// Its own open sink recovered the folder when it opened; the temp folder now holds this publish's pages.
		if (this.sinkFolders !== null) return;
		const swap = await this.pendingSwap();
		if (swap !== null && (await this.fs.exists(this.temp))) {
			await this.finishSwap(swap);
			return;
		}
		// Left by an older version cut off between its two folder renames: the old site is whole in OLD.
		if (await this.isLoneOldSite()) await this.fs.rename(this.old, this.root);
		if (await this.fs.exists(this.old)) await this.fs.removeFolder(this.old);
		if (await this.fs.exists(this.temp)) await this.fs.removeFolder(this.temp);
	}

	/** The manifest of the site as it is (after recovering an interrupted publish), missing files taken out. */
	async readManifest(): Promise<PublishManifest> {
		await this.recover();
		return this.checked([this.root], await this.readManifestIn(this.root));
	}

	/**
	 * The manifest `readManifest` would give, without changing anything on disk (a dry run): a leftover
	 * of an interrupted publish is read where the recovery would leave it, not cleaned up.
	 */
	async peekManifest(): Promise<PublishManifest> {
		const swap = await this.pendingSwap();
		if (swap !== null && (await this.fs.exists(this.temp))) {
			// Finishing the swap would leave the new site: its manifest is still in TEMP or already moved in.
			const inTemp = await this.fs.exists(`${this.temp}/${MANIFEST_PATH}`);
			return this.checked([this.temp, this.root], await this.readManifestIn(inTemp ? this.temp : this.root));
		}
		const folder = (await this.isLoneOldSite()) ? this.old : this.root;
		return this.checked([folder], await this.readManifestIn(folder));
	}

	private async readManifestIn(folder: string): Promise<PublishManifest> {
		const path = `${folder}/${MANIFEST_PATH}`;
		if (!(await this.fs.exists(path))) return emptyManifest();
		try {
			return { ...emptyManifest(), ...readStoredManifest(JSON.parse(await this.fs.readText(path))) };
		} catch (error) {
			if (error instanceof NewerManifestError) throw new OutputFolderError(`The publish manifest ${path} ${error.message}.`);
			throw new OutputFolderError(`The publish manifest ${path} is damaged (${error instanceof Error ? error.message : String(error)}). Delete the folder ${this.root} and publish again.`);
		}
	}

	/** Self-repair: the listed files that are not in `folders` are written again by the next publish. */
	private async checked(folders: string[], manifest: PublishManifest): Promise<PublishManifest> {
		const present = new Set<string>();
		for (const folder of folders) if (await this.fs.exists(folder)) await this.collect(folder, "", present);
		const repaired = withoutMissingFiles(manifest, (p) => present.has(p));
		this.missing = repaired.missing;
		return repaired.manifest;
	}

	/**
	 * Every file under `base`, as paths relative to it. Folders are listed a level at a time, up to 64 at once:
	 * one at a time, a 2,000-note site took ~0.4 s of waiting on the disk before every preview.
	 */
	private async collect(base: string, rel: string, into: Set<string>): Promise<void> {
		let level = [rel];
		while (level.length > 0) {
			const next: string[] = [];
			for (let i = 0; i < level.length; i += 64) {
				const listed = await Promise.all(level.slice(i, i + 64).map(async (dir) => ({ dir, list: await this.fs.list(dir ? `${base}/${dir}` : base) })));
				for (const { dir, list } of listed) {
					for (const name of list.files) into.add(dir ? `${dir}/${name}` : name);
					for (const name of list.folders) next.push(dir ? `${dir}/${name}` : name);
				}
			}
			level = next;
		}
	}

	async readFile(path: string): Promise<string | null> {
		if (!isSafeOutputPath(path)) return null;
		const full = `${this.root}/${path}`;
		return (await this.fs.exists(full)) ? this.fs.readText(full) : null;
	}

	async commit(changes: PublishChanges, manifest: PublishManifest, _message: string, options: CommitOptions = {}): Promise<CommitResult> {
		const staged = this.sinkFolders;
		if ((changes.sent?.length ?? 0) > 0 && staged === null) throw new Error("The publish sent files to a staging folder that is not open: publish again.");
		try {
			return await this.commitStaged(changes, manifest, staged, options);
		} finally {
			this.sinkFolders = null;
		}
	}

	private async commitStaged(changes: PublishChanges, manifest: PublishManifest, staged: Set<string> | null, options: CommitOptions): Promise<CommitResult> {
		const written = writtenPaths(changes);
		for (const path of [...written, ...changes.delete]) {
			if (!isSafeOutputPath(path)) throw new OutputFolderError(`Refusing to write "${path}": it is outside the output folder.`);
		}
		// An open sink's files are in the temp folder already (its opening recovered the folder).
		if (staged === null) await this.recover();
		const discard = async (): Promise<void> => {
			if (staged !== null) await this.fs.removeFolder(this.temp);
		};
		const before = await this.readManifestIn(this.root);
		if (written.length === 0 && changes.delete.length === 0 && storedForm(before) === storedForm(manifest)) {
			await discard();
			return { changed: false, ref: null, manifest: before };
		}
		const hasSite = await this.fs.exists(this.root);
		try {
			await this.refuseForeignFolder();
		} catch (error) {
			await discard();
			throw error;
		}
		const total = changes.write.length + 1;
		let done = 0;
		const step = (what: string): void => {
			if (options.signal?.aborted) throw new Error("Publishing was cancelled; the site was not changed.");
			options.onProgress?.({ done: done++, total, step: what });
		};
		try {
			await this.stage(changes, manifest, staged, step);
		} catch (error) {
			// Best effort: the temp folder is cleared now, or by recover() on the next run.
			await this.fs.removeFolder(this.temp).catch(() => undefined);
			throw error;
		}
		step("Swapping in the new site");
		if (!hasSite) {
			await this.fs.rename(this.temp, this.root);
		} else {
			const swap: Swap = { write: [...written.filter((p) => p !== MANIFEST_PATH), MANIFEST_PATH], delete: changes.delete };
			await this.fs.mkdir(this.old);
			// From here on the swap is finished, by this run or by the next one's recover().
			await this.fs.write(`${this.old}/${SWAP_LIST}`, JSON.stringify(swap));
			await this.finishSwap(swap);
		}
		return { changed: true, ref: null, manifest };
	}

	/**
	 * Moves each new file in (its old version aside), takes the deleted files out, then moves the manifest in.
	 * Each step checks what is where, so running it again after a cut-off finishes the same swap.
	 */
	private async finishSwap(swap: Swap): Promise<void> {
		const madeInRoot = new Set<string>();
		const madeInOld = new Set<string>();
		const moveIn = async (path: string): Promise<void> => {
			if (!(await this.fs.exists(`${this.temp}/${path}`))) return;
			await this.setAside(path, madeInOld);
			await this.ensureFolder(this.root, path, madeInRoot);
			await this.fs.rename(`${this.temp}/${path}`, `${this.root}/${path}`);
		};
		for (const path of swap.write) if (path !== MANIFEST_PATH) await moveIn(path);
		for (const path of swap.delete) await this.setAside(path, madeInOld);
		await this.pruneEmpty(this.root, swap.delete);
		await moveIn(MANIFEST_PATH);
		await this.fs.removeFolder(this.temp);
		await this.fs.removeFolder(this.old);
	}

	/** The site's current version of `path`, when there is one, into the old-versions folder. */
	private async setAside(path: string, made: Set<string>): Promise<void> {
		if (!(await this.fs.exists(`${this.root}/${path}`))) return;
		await this.ensureFolder(this.old, path, made);
		if (await this.fs.exists(`${this.old}/${path}`)) await this.fs.remove(`${this.old}/${path}`);
		await this.fs.rename(`${this.root}/${path}`, `${this.old}/${path}`);
	}

	/** Writes the changed files and the manifest into the temp folder; the site is not touched. */
	private async stage(changes: PublishChanges, manifest: PublishManifest, staged: Set<string> | null, step: (what: string) => void): Promise<void> {
		if (staged === null) await this.fs.mkdir(this.temp);
		const made = staged ?? new Set<string>();
		for (const file of changes.write) {
			step(`Writing ${file.path}`);
			await this.ensureFolder(this.temp, file.path, made);
			await this.fs.write(`${this.temp}/${file.path}`, file.content);
		}
		await this.ensureFolder(this.temp, MANIFEST_PATH, made);
		await this.fs.write(`${this.temp}/${MANIFEST_PATH}`, `${storedForm(manifest, "\t")}\n`);
	}

	/** The folders above `path` inside `base`, made when missing (`made` remembers the ones seen). */
	private async ensureFolder(base: string, path: string, made: Set<string>): Promise<void> {
		const parts = path.split("/").slice(0, -1);
		for (let i = 1; i <= parts.length; i++) {
			const folder = parts.slice(0, i).join("/");
			if (made.has(folder)) continue;
			made.add(folder);
			if (!(await this.fs.exists(`${base}/${folder}`))) await this.fs.mkdir(`${base}/${folder}`);
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

/** The manifest as it is stored: without the marks a repair adds (repair.ts). */
function storedForm(manifest: PublishManifest, indent?: string): string {
	return JSON.stringify(manifest, (key, value: unknown) => ((key === "missing" && value === true) || (key === "missingFiles" && typeof value === "number") ? undefined : value), indent);
}
