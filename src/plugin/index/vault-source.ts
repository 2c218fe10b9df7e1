// VaultSource: feeds the quote index from the vault. The first pass runs after the layout is ready, in
// slices that yield to the app between them; afterwards vault events keep the index current. Every event
// only marks a path as "to sync"; a short moment later each marked path is read once (or dropped if it is
// gone), so bursts of saves, renames and deletes of one note cost one parse. With a store (persist.ts), the
// first pass takes each note whose size and mtime are unchanged from the saved index instead of reading it.
import { Component, debounce, Notice, TFile, TFolder, type App, type TAbstractFile } from "obsidian";
import { indexedPathTest, type IndexedPaths, type QuoteIndex } from "../../core/index";
import type { SnapshotNote } from "../../core/index/snapshot";
import type { NoteInput, NoteRecord } from "../../core/types";
import { yieldToApp, type IndexStore } from "./persist";

/** Parse work per slice before yielding: under a frame (16 ms), leaving room for one more note and a GC pause under ~50 ms (bench scenario 20). */
const SLICE_MS = 12;
/** Vaults with more notes than this get a progress notice during the first pass. */
const LARGE_VAULT = 1500;
/** How long vault events are gathered before the marked notes are read. */
const SYNC_DELAY_MS = 150;
/**
 * Reads asked for ahead of the note being parsed. A read only advances while the loop waits (a desktop read
 * is four file-system steps, each finished in its own turn), so the reads for most of a 12 ms slice must be
 * asked before it: with 16, half the notes of the 10k bench vault waited for their read (decision 31).
 */
const READ_AHEAD = 64;
/**
 * At most this many bytes of notes asked for ahead, whatever their number: a text read long before it is parsed
 * outlives collections and is copied (64 podcast notes ahead, ~1.6 MB, had every one copied; decision 70).
 */
const READ_AHEAD_BYTES = 768 * 1024;
/** The saved index is written once edits pause this long (a save rewrites the whole file). */
const SAVE_DELAY_MS = 5000;

export interface IndexProgress {
	/** The first pass (or a rebuild) is running. */
	running: boolean;
	done: number;
	total: number;
}

function isNote(file: TAbstractFile): file is TFile {
	return file instanceof TFile && file.extension === "md";
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
	/** Whether the index reads a path under `paths` (`isIndexedPath`, its settings normalised once). */
	private isIndexed: (path: string) => boolean;
	/** The index holds notes read since the store was last written. */
	private unsaved = false;
	private saving: Promise<void> | null = null;
	/** The store key (parse settings) when the last full pass began: the index's records were parsed under it. */
	private passKey = "";
	/** Writes the store a moment after the last change (Obsidian's `debounce`). */
	private readonly requestSave = debounce(() => void this.save(), SAVE_DELAY_MS, true);

	constructor(
		private readonly app: App,
		private readonly index: QuoteIndex,
		outputFolder = "",
		private readonly store: IndexStore | null = null,
	) {
		super();
		this.paths = { outputFolder, configDir: app.vault.configDir };
		this.isIndexed = indexedPathTest(this.paths);
	}

	/** A note the index reads: Markdown, outside the publish output and config folders (see `isIndexedPath`). */
	private wanted(file: TAbstractFile): file is TFile {
		return isNote(file) && this.isIndexed(file.path);
	}

	/**
	 * Sets the vault folder a publish writes into ("" for none). Once started, notes now inside it leave the
	 * index and notes no longer inside it are read.
	 */
	setOutputFolder(outputFolder: string): void {
		if (outputFolder === this.paths.outputFolder) return;
		this.paths = { ...this.paths, outputFolder };
		this.isIndexed = indexedPathTest(this.paths);
		if (!this.started) return;
		for (const note of this.index.notes()) if (!this.isIndexed(note.path)) this.pending.add(note.path);
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
		void this.rebuild(true);
	}

	onunload(): void {
		this.generation++;
		this.requestSave.cancel();
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

	/** Reads every note again from scratch (after settings that change parsing, or on request); `warm`: take unchanged notes from the store. */
	rebuild(warm = false): Promise<void> {
		const generation = ++this.generation;
		this.pending.clear();
		this.pass = this.fullPass(generation, warm).finally(() => {
			if (generation === this.generation) this.pass = null;
			this.checkReady();
		});
		return this.pass;
	}

	private async fullPass(generation: number, warm: boolean): Promise<void> {
		const files = this.app.vault.getMarkdownFiles().filter((f) => this.wanted(f));
		const byPath = new Map(files.map((f) => [f.path, f]));
		Object.assign(this.progress, { running: true, done: 0, total: files.length });
		this.passKey = this.store?.key() ?? "";
		// Notes are replaced one by one (a rebuild never shows an empty sidebar); what is gone is dropped at the end.
		const stale = new Set(this.index.notes().map((n) => n.path));
		for (const file of files) stale.delete(file.path);
		// A note is taken from the saved index when its file still has the size and mtime it was read with;
		// the index takes the notes in groups as the file is read (decision 26).
		const restored = new Set<string>();
		let group: NoteRecord[] = [];
		let groupQuotes = 0;
		const take = (note: SnapshotNote): void => {
			const file = byPath.get(note.path);
			if (file === undefined || note.size !== file.stat.size || note.mtime !== file.stat.mtime) return;
			group.push(note.record);
			groupQuotes += note.record.quotes.length;
			restored.add(note.path);
			// Groups of a few podcast notes at most: the reader checks the clock between them.
			if (group.length < 8 && groupQuotes < 64) return;
			this.index.upsertParsed(group);
			group = [];
			groupQuotes = 0;
			this.progress.done = restored.size;
		};
		const saved = warm && this.store ? await this.store.load(take, () => generation !== this.generation) : null;
		if (generation !== this.generation) return;
		if (group.length) this.index.upsertParsed(group);
		// A file that turned out unusable may have handed over some notes: every note is read again.
		if (saved === null) restored.clear();
		// Read in path order (the built-in order of strings, as `<`); only these are sorted, so a warm start sorts few.
		const toRead = files
			.filter((f) => !restored.has(f.path))
			.map((f) => f.path)
			.sort()
			.map((path) => byPath.get(path)!);
		this.progress.done = restored.size;
		const notice = toRead.length > LARGE_VAULT ? new Notice(`Podcast Garden: indexing ${toRead.length} notes…`, 0) : null;
		try {
			// The notice changes once a percent, not at every slice (a thousand DOM updates on 10,000 notes).
			let shown = -1;
			await this.readInSlices(toRead, generation, (done) => {
				this.progress.done = restored.size + done;
				const percent = Math.floor((100 * done) / toRead.length);
				if (percent !== shown) notice?.setMessage(`Podcast Garden: indexing notes… ${done} of ${toRead.length}`);
				shown = percent;
			});
			if (generation === this.generation && stale.size) this.index.update([], [...stale]);
		} finally {
			notice?.hide();
			if (generation === this.generation) this.progress.running = false;
		}
		if (generation !== this.generation) return;
		if (notice) new Notice(`Podcast Garden: indexed ${files.length} notes, ${this.index.all().length} quotes.`, 4000);
		// Written at once (the pass was the wait); a saved index that matched every note needs no new write.
		if (toRead.length || stale.size || (saved === null ? files.length > 0 : saved !== restored.size)) {
			this.markUnsaved();
			this.requestSave.run();
		}
	}

	/** Reads and indexes `files`, yielding whenever a slice has used its time. */
	private async readInSlices(files: TFile[], generation: number, onProgress: (done: number) => void): Promise<void> {
		let sliceStart = performance.now();
		// Several reads wait on the disk while a note is parsed; each keeps the mtime the file had when asked.
		const reads: { mtime: number; text: Promise<string | null> }[] = [];
		let asked = 0;
		let askedBytes = 0;
		for (let i = 0; i < files.length; i++) {
			while (asked < files.length && asked < i + READ_AHEAD && (asked === i || askedBytes < READ_AHEAD_BYTES)) {
				const next = files[asked++];
				askedBytes += next.stat.size;
				reads.push({ mtime: next.stat.mtime, text: this.read(next) });
			}
			const file = files[i];
			askedBytes -= file.stat.size;
			const read = reads.shift()!;
			const text = await read.text;
			if (generation !== this.generation) return;
			// Parsing is the cost: one note at a time, the clock checked after each (a podcast note can take
			// ~15 ms; a group of eight made tasks of 12 ms plus two such notes).
			if (text !== null) this.index.upsert({ path: file.path, text, mtime: read.mtime });
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
			const mtime = file.stat.mtime;
			const text = await this.read(file);
			if (generation !== this.generation) return;
			// A note that cannot be read keeps its last indexed state (the error is in the console).
			if (text !== null) upserts.push({ path, text, mtime });
		}
		if (upserts.length || removals.length) {
			this.index.update(upserts, removals);
			this.markUnsaved();
		}
	}

	private markUnsaved(): void {
		if (!this.store) return;
		this.unsaved = true;
		this.requestSave();
	}

	/**
	 * Writes the store with every note whose file still has the mtime it was read with (one edited meanwhile
	 * is left out: the next start reads it). One write at a time; a change during a write asks for another.
	 */
	private async save(): Promise<void> {
		if (!this.store || !this.unsaved) return;
		if (this.saving || !this.ready) return void this.requestSave();
		// Parse settings changed since the records were read: the re-read they cause saves them (a start before it reads every note).
		if (this.store.key() !== this.passKey) return;
		this.unsaved = false;
		const generation = this.generation;
		const notes: SnapshotNote[] = [];
		for (const record of this.index.notes()) {
			const file = this.app.vault.getFileByPath(record.path);
			if (file !== null && file.stat.mtime === record.mtime) notes.push({ path: record.path, size: file.stat.size, mtime: record.mtime, record });
		}
		this.saving = this.store
			.save(notes, this.passKey, () => generation !== this.generation)
			.then((written) => {
				if (!written && generation === this.generation) this.markUnsaved();
			})
			.catch((error) => {
				// Only the next start is slower: it reads the notes again.
				console.warn(`Podcast Garden: could not save the quote index to ${this.store?.file ?? "the plugin folder"}.`, error);
			})
			.finally(() => {
				this.saving = null;
			});
		await this.saving;
	}

	private checkReady(): void {
		if (!this.ready) return;
		for (const resolve of this.readyWaiters.splice(0)) resolve();
	}
}
