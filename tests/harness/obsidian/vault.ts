// An in-memory vault: the file tree (TFile/TFolder), a DataAdapter holding the bytes, and vault events.
import { Events } from "./events";
import { normalizePath } from "./util";

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export interface Stat extends FileStats {
	type: "file" | "folder";
}

export interface DataWriteOptions {
	ctime?: number;
	mtime?: number;
}

export interface ListedFiles {
	files: string[];
	folders: string[];
}

let lastTime = 0;
/** Strictly increasing clock: two writes in the same millisecond still get different mtimes. */
function now(): number {
	lastTime = Math.max(Date.now(), lastTime + 1);
	return lastTime;
}

/** UTF-8 without relying on TextEncoder/TextDecoder (jsdom lacks them). */
export function utf8Encode(text: string): Uint8Array {
	const out: number[] = [];
	for (const ch of text) {
		let c = ch.codePointAt(0)!;
		if (c < 0x80) out.push(c);
		else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
		else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
		else {
			c = Math.min(c, 0x10ffff);
			out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
		}
	}
	return new Uint8Array(out);
}

/**
 * UTF-8 to text like the platform's TextDecoder (not available under jest's jsdom): every malformed or
 * truncated sequence, overlong form, surrogate or code point past U+10FFFF becomes U+FFFD, so binary bodies
 * decode without throwing, as in Obsidian.
 */
export function utf8Decode(bytes: Uint8Array): string {
	const parts: string[] = [];
	let chunk: number[] = [];
	const push = (c: number): void => {
		chunk.push(c);
		if (chunk.length >= 8192) {
			parts.push(String.fromCodePoint(...chunk));
			chunk = [];
		}
	};
	// The WHATWG decoder: a bad byte ends the sequence with one U+FFFD and is itself read again.
	let needed = 0;
	let seen = 0;
	let code = 0;
	let lower = 0x80;
	let upper = 0xbf;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (needed === 0) {
			if (b < 0x80) push(b);
			else if (b >= 0xc2 && b <= 0xdf) {
				needed = 1;
				code = b & 0x1f;
			} else if (b >= 0xe0 && b <= 0xef) {
				if (b === 0xe0) lower = 0xa0;
				if (b === 0xed) upper = 0x9f;
				needed = 2;
				code = b & 0xf;
			} else if (b >= 0xf0 && b <= 0xf4) {
				if (b === 0xf0) lower = 0x90;
				if (b === 0xf4) upper = 0x8f;
				needed = 3;
				code = b & 0x7;
			} else push(0xfffd);
			continue;
		}
		if (b < lower || b > upper) {
			needed = seen = code = 0;
			lower = 0x80;
			upper = 0xbf;
			push(0xfffd);
			i--;
			continue;
		}
		lower = 0x80;
		upper = 0xbf;
		code = (code << 6) | (b & 0x3f);
		if (++seen === needed) {
			push(code);
			needed = seen = code = 0;
		}
	}
	if (needed !== 0) push(0xfffd);
	if (chunk.length) parts.push(String.fromCodePoint(...chunk));
	return parts.join("");
}

function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

function notFound(path: string): Error {
	return new Error(`ENOENT: no such file or directory, '${path}'`);
}

interface Entry {
	data: string | Uint8Array;
	ctime: number;
	mtime: number;
}

/** Storage by path. Two flavours below: desktop (FileSystemAdapter) and mobile (CapacitorAdapter). */
export abstract class MemoryAdapter {
	protected files = new Map<string, Entry>();
	protected folders = new Set<string>([""]);
	/**
	 * How many files and folders each lower-cased path names: a case-insensitive `exists` asks the file system
	 * about one path in Obsidian, so here it is one lookup too, not a walk of the vault (decision 57).
	 */
	private lowerCase = new Map<string, number>([["", 1]]);
	constructor(protected name = "harness-vault") {}

	getName(): string {
		return this.name;
	}

	async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
		const p = this.key(normalizedPath);
		if (this.files.has(p) || this.folders.has(p)) return true;
		if (sensitive) return false;
		return this.lowerCase.has(p.toLowerCase());
	}

	async stat(normalizedPath: string): Promise<Stat | null> {
		const p = this.key(normalizedPath);
		const file = this.files.get(p);
		if (file) return { type: "file", ctime: file.ctime, mtime: file.mtime, size: this.size(file.data) };
		if (this.folders.has(p)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		return null;
	}

	async list(normalizedPath: string): Promise<ListedFiles> {
		const p = this.key(normalizedPath);
		if (!this.folders.has(p)) throw notFound(normalizedPath);
		const prefix = p === "" ? "" : `${p}/`;
		const direct = (k: string): boolean => k.startsWith(prefix) && k !== p && !k.slice(prefix.length).includes("/");
		return { files: [...this.files.keys()].filter(direct), folders: [...this.folders].filter(direct) };
	}

	async read(normalizedPath: string): Promise<string> {
		const entry = this.entry(normalizedPath);
		return typeof entry.data === "string" ? entry.data : utf8Decode(entry.data);
	}

	async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		const entry = this.entry(normalizedPath);
		const bytes = typeof entry.data === "string" ? utf8Encode(entry.data) : entry.data;
		return bytes.slice().buffer;
	}

	async write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		this.put(normalizedPath, data, options);
	}

	async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		this.put(normalizedPath, new Uint8Array(data.slice(0)), options);
	}

	async append(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		const old = this.files.has(this.key(normalizedPath)) ? await this.read(normalizedPath) : "";
		this.put(normalizedPath, old + data, options);
	}

	async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		const old = this.files.has(this.key(normalizedPath)) ? new Uint8Array(await this.readBinary(normalizedPath)) : new Uint8Array();
		const joined = new Uint8Array(old.length + data.byteLength);
		joined.set(old);
		joined.set(new Uint8Array(data), old.length);
		this.put(normalizedPath, joined, options);
	}

	async process(normalizedPath: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const next = fn(await this.read(normalizedPath));
		this.put(normalizedPath, next, options);
		return next;
	}

	getResourcePath(normalizedPath: string): string {
		return `app://harness/${encodeURI(this.key(normalizedPath))}`;
	}

	async mkdir(normalizedPath: string): Promise<void> {
		let p = this.key(normalizedPath);
		while (p !== "" && !this.folders.has(p)) {
			this.addFolder(p);
			p = parentPath(p);
		}
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		await this.remove(normalizedPath).catch(() => this.rmdir(normalizedPath, true));
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> {
		const p = this.key(normalizedPath);
		if (this.files.has(p)) {
			await this.rename(p, `.trash/${p.split("/").pop()}`);
		} else await this.rmdir(p, true);
	}

	async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
		const p = this.key(normalizedPath);
		if (!this.folders.has(p)) throw notFound(normalizedPath);
		const prefix = `${p}/`;
		const inside = [...this.files.keys(), ...this.folders].filter((k) => k.startsWith(prefix));
		if (inside.length && !recursive) throw new Error(`ENOTEMPTY: directory not empty, '${normalizedPath}'`);
		for (const k of inside) {
			this.deleteFile(k);
			this.deleteFolder(k);
		}
		this.deleteFolder(p);
	}

	async remove(normalizedPath: string): Promise<void> {
		const p = this.key(normalizedPath);
		if (!this.deleteFile(p)) throw notFound(normalizedPath);
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		const from = this.key(normalizedPath);
		const to = this.key(normalizedNewPath);
		if (this.files.has(to) || this.folders.has(to)) throw new Error(`Destination file already exists: '${normalizedNewPath}'`);
		const file = this.files.get(from);
		await this.mkdir(parentPath(to));
		if (file) {
			this.deleteFile(from);
			this.setFile(to, file);
			return;
		}
		if (!this.folders.has(from)) throw notFound(normalizedPath);
		const prefix = `${from}/`;
		for (const k of [...this.files.keys()].filter((k) => k.startsWith(prefix))) {
			this.setFile(to + k.slice(from.length), this.files.get(k)!);
			this.deleteFile(k);
		}
		for (const k of [...this.folders].filter((k) => k === from || k.startsWith(prefix))) {
			this.deleteFolder(k);
			this.addFolder(to + k.slice(from.length));
		}
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		const entry = this.entry(normalizedPath);
		if (this.files.has(this.key(normalizedNewPath))) throw new Error(`Destination file already exists: '${normalizedNewPath}'`);
		this.put(normalizedNewPath, typeof entry.data === "string" ? entry.data : entry.data.slice());
	}

	private key(path: string): string {
		const p = normalizePath(path);
		return p === "/" ? "" : p;
	}

	private entry(path: string): Entry {
		const entry = this.files.get(this.key(path));
		if (!entry) throw notFound(path);
		return entry;
	}

	private size(data: string | Uint8Array): number {
		return typeof data === "string" ? utf8Encode(data).length : data.length;
	}

	private put(path: string, data: string | Uint8Array, options?: DataWriteOptions): void {
		const p = this.key(path);
		if (!this.folders.has(parentPath(p))) void this.mkdir(parentPath(p));
		const old = this.files.get(p);
		const t = now();
		this.setFile(p, { data, ctime: options?.ctime ?? old?.ctime ?? t, mtime: options?.mtime ?? t });
	}

	private setFile(p: string, entry: Entry): void {
		if (!this.files.has(p)) this.countLowerCase(p, 1);
		this.files.set(p, entry);
	}

	private deleteFile(p: string): boolean {
		if (!this.files.delete(p)) return false;
		this.countLowerCase(p, -1);
		return true;
	}

	private addFolder(p: string): void {
		if (this.folders.has(p)) return;
		this.folders.add(p);
		this.countLowerCase(p, 1);
	}

	private deleteFolder(p: string): void {
		if (this.folders.delete(p)) this.countLowerCase(p, -1);
	}

	private countLowerCase(p: string, by: 1 | -1): void {
		const lower = p.toLowerCase();
		const count = (this.lowerCase.get(lower) ?? 0) + by;
		if (count > 0) this.lowerCase.set(lower, count);
		else this.lowerCase.delete(lower);
	}
}

/** Desktop adapter: has a base path on disk (here a made-up one: the harness keeps bytes in memory). */
export class FileSystemAdapter extends MemoryAdapter {
	constructor(private basePath = "/harness/vault") {
		super();
	}
	getBasePath(): string {
		return this.basePath;
	}
	getFullPath(normalizedPath: string): string {
		return `${this.basePath}/${normalizedPath}`;
	}
	static readLocalFile(): Promise<ArrayBuffer> {
		return Promise.reject(new Error("FileSystemAdapter.readLocalFile is not available in the harness."));
	}
	static mkdir(): Promise<void> {
		return Promise.resolve();
	}
}

/** Mobile adapter: no file-system base path (the plugin must not assume one). */
export class CapacitorAdapter extends MemoryAdapter {
	getFullPath(normalizedPath: string): string {
		return `capacitor://localhost/${normalizedPath}`;
	}
}

export type DataAdapter = MemoryAdapter;

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;

	/** Harness only: Obsidian keeps these in step on rename. */
	setPath(path: string): void {
		this.path = path;
		this.name = path === "/" ? "" : path.split("/").pop() ?? path;
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";

	setPath(path: string): void {
		super.setPath(path);
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

export class Vault extends Events {
	configDir = ".obsidian";
	private byPath = new Map<string, TAbstractFile>();
	private root: TFolder;
	/** Harness only: how many times each path was read through `read`/`cachedRead` (tests of laziness). */
	readCount = new Map<string, number>();

	constructor(public adapter: MemoryAdapter) {
		super();
		this.root = new TFolder();
		this.root.vault = this;
		this.root.setPath("/");
		this.byPath.set("/", this.root);
	}

	getName(): string {
		return this.adapter.getName();
	}

	getFileByPath(path: string): TFile | null {
		const file = this.byPath.get(normalizePath(path));
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.byPath.get(normalizePath(path));
		return folder instanceof TFolder ? folder : null;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.byPath.get(normalizePath(path)) ?? null;
	}

	getRoot(): TFolder {
		return this.root;
	}

	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		const p = this.checkNew(path);
		await this.adapter.write(p, data, options);
		return this.addFile(p);
	}

	async createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
		const p = this.checkNew(path);
		await this.adapter.writeBinary(p, data, options);
		return this.addFile(p);
	}

	async createFolder(path: string): Promise<TFolder> {
		const p = normalizePath(path);
		if (this.byPath.has(p)) throw new Error("Folder already exists.");
		await this.adapter.mkdir(p);
		return this.ensureFolder(p);
	}

	async read(file: TFile): Promise<string> {
		this.readCount.set(file.path, (this.readCount.get(file.path) ?? 0) + 1);
		return this.adapter.read(file.path);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	async readBinary(file: TFile): Promise<ArrayBuffer> {
		return this.adapter.readBinary(file.path);
	}

	getResourcePath(file: TFile): string {
		return this.adapter.getResourcePath(file.path);
	}

	async delete(file: TAbstractFile, force?: boolean): Promise<void> {
		if (file instanceof TFolder) {
			if (file.children.length && !force) throw new Error(`Folder is not empty: ${file.path}`);
			for (const child of [...file.children]) await this.delete(child, true);
			await this.adapter.rmdir(file.path, true);
		} else await this.adapter.remove(file.path);
		this.detachFile(file);
		this.trigger("delete", file);
	}

	async trash(file: TAbstractFile, system: boolean): Promise<void> {
		const gone: TAbstractFile[] = [];
		const collect = (f: TAbstractFile): void => {
			if (f instanceof TFolder) f.children.forEach(collect);
			gone.push(f);
		};
		collect(file);
		if (system) await this.adapter.trashSystem(file.path);
		else await this.adapter.trashLocal(file.path);
		this.forget(file);
		// Children first, then the folder, as `delete` does.
		for (const f of gone) this.trigger("delete", f);
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const to = normalizePath(newPath);
		if (this.byPath.has(to)) throw new Error("Destination file already exists!");
		const oldPath = file.path;
		await this.adapter.rename(oldPath, to);
		this.detachFile(file);
		const moved: [TAbstractFile, string][] = [];
		const move = (f: TAbstractFile, path: string): void => {
			moved.push([f, f.path]);
			f.setPath(path);
			this.byPath.set(path, f);
			if (f instanceof TFolder) for (const child of f.children) move(child, `${path}/${child.name}`);
		};
		const remove = (f: TAbstractFile): void => {
			this.byPath.delete(f.path);
			if (f instanceof TFolder) f.children.forEach(remove);
		};
		remove(file);
		move(file, to);
		this.attach(file);
		for (const [f, old] of moved) this.trigger("rename", f, old);
	}

	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.checkExists(file);
		await this.adapter.write(file.path, data, options);
		await this.touched(file);
	}

	async modifyBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		this.checkExists(file);
		await this.adapter.writeBinary(file.path, data, options);
		await this.touched(file);
	}

	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.checkExists(file);
		await this.adapter.append(file.path, data, options);
		await this.touched(file);
	}

	async appendBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		this.checkExists(file);
		await this.adapter.appendBinary(file.path, data, options);
		await this.touched(file);
	}

	/** Read, change and write in one step (nothing else can write in between, as in Obsidian). */
	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		this.checkExists(file);
		const next = fn(await this.adapter.read(file.path));
		await this.adapter.write(file.path, next, options);
		await this.touched(file);
		return next;
	}

	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		if (!(file instanceof TFile)) throw new Error("The harness copies files only.");
		const p = this.checkNew(newPath);
		await this.adapter.copy(file.path, p);
		return this.addFile(p) as unknown as T;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.byPath.values()];
	}

	getAllFolders(includeRoot?: boolean): TFolder[] {
		return [...this.byPath.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	getFiles(): TFile[] {
		return [...this.byPath.values()].filter((f): f is TFile => f instanceof TFile);
	}

	private checkNew(path: string): string {
		const p = normalizePath(path);
		if (this.byPath.has(p)) throw new Error("File already exists.");
		return p;
	}

	private checkExists(file: TFile): void {
		if (this.byPath.get(file.path) !== file) throw new Error(`File no longer exists: ${file.path}`);
	}

	private async addFile(path: string): Promise<TFile> {
		const file = new TFile();
		file.vault = this;
		file.setPath(path);
		await this.refreshStat(file);
		this.byPath.set(path, file);
		this.attach(file);
		this.trigger("create", file);
		return file;
	}

	private async touched(file: TFile): Promise<void> {
		await this.refreshStat(file);
		this.trigger("modify", file);
	}

	private async refreshStat(file: TFile): Promise<void> {
		const stat = await this.adapter.stat(file.path);
		if (stat) file.stat = { ctime: stat.ctime, mtime: stat.mtime, size: stat.size };
	}

	private ensureFolder(path: string): TFolder {
		if (path === "" || path === "/") return this.root;
		const existing = this.byPath.get(path);
		if (existing instanceof TFolder) return existing;
		const folder = new TFolder();
		folder.vault = this;
		folder.setPath(path);
		this.byPath.set(path, folder);
		this.attach(folder);
		this.trigger("create", folder);
		return folder;
	}

	private attach(file: TAbstractFile): void {
		const parent = this.ensureFolder(parentPath(file.path));
		file.parent = parent;
		if (!parent.children.includes(file)) parent.children.push(file);
	}

	private detachFile(file: TAbstractFile): void {
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		if (this.byPath.get(file.path) === file) this.byPath.delete(file.path);
	}

	private forget(file: TAbstractFile): void {
		this.detachFile(file);
		if (file instanceof TFolder) for (const child of file.children) this.forget(child);
	}
}
