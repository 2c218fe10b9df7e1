// VaultSource: feeds the quote index from the vault. The first pass runs after the layout is ready, in
// slices that yield to the app between them; afterwards vault events keep the index current. Every event
// only marks a path as "to sync"; a short moment later each marked path is read once (or dropped if it is
// gone), so bursts of saves, renames and deletes of one note cost one parse.
import { Component, Notice, TFile, TFolder, type App, type TAbstractFile } from "obsidian";
import { isIndexedPath, type IndexedPaths, type QuoteIndex } from "../../core/index";
import type { NoteInput } from "../../core/types";

/** Parse work per slice before yielding: under a frame (16 ms), leaving room for a group of notes and a GC pause under ~50 ms (bench scenario 9). */
const SLICE_MS = 12;
/** Vaults with more notes than this get a progress notice during the first pass. */
const LARGE_VAULT = 1500;
/** How long vault events are gathered before the marked notes are read. */
const SYNC_DELAY_MS = 150;

export interface IndexProgress {
	/** The first pass (or a rebuild) is running. */
	running: boolean;
	done: number;
	total: number;
}

function isNote(file: TAbstractFile): file is TFile {
	return file instanceof TFile && file.extension === "md";
}

function yieldToApp(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

export class VaultSource extends Component {
	readonly progress: IndexProgress = { running: false, done: 0, total: 0 };
	private pending = new Set<string>();
	private timer: number | null = null;
	private started = false;
	private pass: Promise<void> | null = null;
	private generation = 0;
	private readyWaiters: (() => void)[] = [];
	/** Syncs between taking the marked paths and handing them to the index. */
	private syncing = 0;
	private paths: IndexedPaths;

	constructor(
		private readonly app: App,
		private readonly index: QuoteIndex,
		outputFolder = "",
	) {
		super();
		this.paths = { outputFolder, configDir: app.vault.configDir };
	}

	/** A note the index reads: Markdown, outside the publish output and config folders (see `isIndexedPath`). */
	private wanted(file: TAbstractFile): file is TFile {
		return isNote(file) && isIndexedPath(file.path, this.paths);
	}

	/**
	 * Sets the vault folder a publish writes into ("" for none). Once started, notes now inside it leave the
	 * index and notes no longer inside it are read.
	 */
	setOutputFolder(outputFolder: string): void {
		if (outputFolder === this.paths.outputFolder) return;
		this.paths = { ...this.paths, outputFolder };
		if (!this.started) return;
		for (const note of this.index.notes()) if (!isIndexedPath(note.path, this.paths)) this.pending.add(note.path);
		for (const file of this.app.vault.getMarkdownFiles()) if (this.wanted(file) && !this.index.has(file.path)) this.pending.add(file.path);
		if (this.pending.size) this.schedule();
	}

	/** Starts watching the vault and runs the first pass. Call from `workspace.onLayoutReady`. */
	start(): void {
		if (this.started) return;
		this.started = true;
		const vault = this.app.vault;
		this.registerEvent(vault.on("create", (file) => this.mark(file)));
		this.registerEvent(vault.on("modify", (file) => this.mark(file)));
		this.registerEvent(vault.on("delete", (file) => this.mark(file)));
		// The metadata cache's `changed` does not fire on rename: the vault event is the only news of it.
		this.registerEvent(vault.on("rename", (file, oldPath) => this.moved(file, oldPath)));
		void this.rebuild();
	}

	onunload(): void {
		this.generation++;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.pending.clear();
	}

	/** True once the first pass has finished and no changes wait to be read. */
	get ready(): boolean {
		return this.started && !this.progress.running && this.pending.size === 0 && this.timer === null && this.syncing === 0;
	}

	/** Resolves when `ready` next holds. */
	whenReady(): Promise<void> {
		return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
	}

	/** Reads every note again from scratch (after settings that change parsing, or on request). */
	rebuild(): Promise<void> {
		const generation = ++this.generation;
		this.pending.clear();
		this.pass = this.fullPass(generation).finally(() => {
			if (generation === this.generation) this.pass = null;
			this.checkReady();
		});
		return this.pass;
	}

	private async fullPass(generation: number): Promise<void> {
		const files = this.app.vault.getMarkdownFiles().filter((f) => this.wanted(f)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		Object.assign(this.progress, { running: true, done: 0, total: files.length });
		const notice = files.length > LARGE_VAULT ? new Notice(`Podcast Garden: indexing ${files.length} notes…`, 0) : null;
		// Notes are replaced one by one (a rebuild never shows an empty sidebar); what is gone is dropped at the end.
		const stale = new Set(this.index.notes().map((n) => n.path));
		for (const file of files) stale.delete(file.path);
		try {
			await this.readInSlices(files, generation, (done) => {
				this.progress.done = done;
				notice?.setMessage(`Podcast Garden: indexing notes… ${done} of ${files.length}`);
			});
			if (generation === this.generation && stale.size) this.index.update([], [...stale]);
		} finally {
			notice?.hide();
			if (generation === this.generation) this.progress.running = false;
		}
		if (notice && generation === this.generation) new Notice(`Podcast Garden: indexed ${files.length} notes, ${this.index.all().length} quotes.`, 4000);
	}

	/** Reads and indexes `files`, yielding whenever a slice has used its time. */
	private async readInSlices(files: TFile[], generation: number, onProgress: (done: number) => void): Promise<void> {
		let slice: NoteInput[] = [];
		let sliceStart = performance.now();
		for (let i = 0; i < files.length; i++) {
			const file = files[i];
			const text = await this.read(file);
			if (generation !== this.generation) return;
			if (text !== null) slice.push({ path: file.path, text, mtime: file.stat.mtime });
			// Parsing is the cost: flush small groups and check the clock between them.
			if (slice.length >= 8 || i === files.length - 1) {
				this.index.upsertMany(slice);
				slice = [];
			}
			if (performance.now() - sliceStart > SLICE_MS) {
				onProgress(i + 1);
				await yieldToApp();
				if (generation !== this.generation) return;
				sliceStart = performance.now();
			}
		}
		onProgress(files.length);
	}

	private async read(file: TFile): Promise<string | null> {
		try {
			return await this.app.vault.cachedRead(file);
		} catch (error) {
			// Gone meanwhile: its delete or rename event brings the index in line, nothing to report.
			if (this.app.vault.getAbstractFileByPath(file.path) !== file) return null;
			console.error(`Podcast Garden: could not read ${file.path}; it is left out of the quote index.`, error);
			return null;
		}
	}

	private mark(file: TAbstractFile): void {
		if (file instanceof TFolder) {
			// A folder that went away takes its notes with it (the index knows which).
			for (const note of this.index.notes()) if (note.path.startsWith(`${file.path}/`)) this.pending.add(note.path);
		} else if (this.wanted(file) || this.index.has(file.path)) this.pending.add(file.path);
		else return;
		this.schedule();
	}

	private moved(file: TAbstractFile, oldPath: string): void {
		if (file instanceof TFolder) {
			for (const note of this.index.notes()) if (note.path.startsWith(`${oldPath}/`)) this.pending.add(note.path);
			for (const child of this.app.vault.getMarkdownFiles()) if (child.path.startsWith(`${file.path}/`) && this.wanted(child)) this.pending.add(child.path);
		} else {
			if (this.index.has(oldPath)) this.pending.add(oldPath);
			if (this.wanted(file)) this.pending.add(file.path);
		}
		this.schedule();
	}

	private schedule(): void {
		if (this.timer !== null) return;
		this.timer = window.setTimeout(() => {
			this.timer = null;
			void this.sync();
		}, SYNC_DELAY_MS);
	}

	/** Brings every marked path in line with the vault: read it if it is a note, drop it otherwise. */
	private async sync(): Promise<void> {
		this.syncing++;
		try {
			await this.syncPending();
		} finally {
			this.syncing--;
			this.checkReady();
		}
	}

	private async syncPending(): Promise<void> {
		// Changes seen during a first pass wait for it: the pass may not have reached those notes yet.
		if (this.pass) await this.pass;
		const generation = this.generation;
		const paths = [...this.pending];
		this.pending.clear();
		const upserts: NoteInput[] = [];
		const removals: string[] = [];
		for (const path of paths) {
			const file = this.app.vault.getAbstractFileByPath(path);
			if (!file || !this.wanted(file)) {
				if (this.index.has(path)) removals.push(path);
				continue;
			}
			const text = await this.read(file);
			if (generation !== this.generation) return;
			// A note that cannot be read keeps its last indexed state (the error is in the console).
			if (text !== null) upserts.push({ path, text, mtime: file.stat.mtime });
		}
		if (upserts.length || removals.length) this.index.update(upserts, removals);
	}

	private checkReady(): void {
		if (!this.ready) return;
		for (const resolve of this.readyWaiters.splice(0)) resolve();
	}
}
