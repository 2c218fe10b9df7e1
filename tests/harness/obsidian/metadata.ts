// The metadata cache: what Obsidian's parser reports for a Markdown file (frontmatter, headings,
// sections, blocks, tags, links), recomputed after each write and announced with `changed`/`resolved`.
import { Events } from "./events";
import { normalizePath, parseYaml, stringifyYaml } from "./util";
import { TAbstractFile, TFile, TFolder, Vault, type DataWriteOptions } from "./vault";

export interface Loc {
	line: number;
	col: number;
	offset: number;
}
export interface Pos {
	start: Loc;
	end: Loc;
}
export interface CacheItem {
	position: Pos;
}
export interface HeadingCache extends CacheItem {
	heading: string;
	level: number;
}
export interface SectionCache extends CacheItem {
	id?: string;
	type: string;
}
export interface BlockCache extends CacheItem {
	id: string;
}
export interface TagCache extends CacheItem {
	tag: string;
}
export interface LinkCache extends CacheItem {
	link: string;
	original: string;
	displayText?: string;
}
export interface ListItemCache extends CacheItem {
	parent: number;
	task?: string;
	id?: string;
}
export interface CachedMetadata {
	links?: LinkCache[];
	embeds?: LinkCache[];
	tags?: TagCache[];
	headings?: HeadingCache[];
	sections?: SectionCache[];
	listItems?: ListItemCache[];
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	blocks?: Record<string, BlockCache>;
}

type SectionType = "yaml" | "heading" | "code" | "blockquote" | "callout" | "list" | "table" | "thematicBreak" | "paragraph" | "html";

function lineType(line: string): SectionType {
	if (/^\s{0,3}#{1,6}(\s|$)/.test(line)) return "heading";
	if (/^\s{0,3}>\s?\[!/.test(line)) return "callout";
	if (/^\s{0,3}>/.test(line)) return "blockquote";
	if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return "thematicBreak";
	if (/^\s*([-*+]|\d+[.)])(\s|$)/.test(line)) return "list";
	if (/^\s*\|/.test(line)) return "table";
	if (/^\s*<[a-zA-Z/]/.test(line)) return "html";
	return "paragraph";
}

/** Obsidian's view of one Markdown text (the parts plugins commonly read; see README for limits). */
export function computeMetadata(text: string): CachedMetadata {
	const lines = text.split("\n");
	const starts: number[] = [];
	let offset = 0;
	for (const line of lines) {
		starts.push(offset);
		offset += line.length + 1;
	}
	const loc = (line: number, col: number): Loc => ({ line, col, offset: starts[line] + col });
	const pos = (line: number, endLine: number): Pos => ({ start: loc(line, 0), end: loc(endLine, lines[endLine].replace(/\r$/, "").length) });
	const cache: CachedMetadata = {};
	const sections: SectionCache[] = [];
	const headings: HeadingCache[] = [];
	const tags: TagCache[] = [];
	const links: LinkCache[] = [];
	const embeds: LinkCache[] = [];
	const blocks: Record<string, BlockCache> = {};
	const listItems: ListItemCache[] = [];

	let i = 0;
	if (lines[0]?.replace(/\r$/, "") === "---") {
		const end = lines.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(l.replace(/\r$/, "")));
		if (end > 0) {
			try {
				const fm = parseYaml(lines.slice(1, end).join("\n"));
				cache.frontmatter = fm && typeof fm === "object" && !Array.isArray(fm) ? (fm as Record<string, unknown>) : {};
			} catch {
				// Obsidian shows invalid YAML as no properties; the note is still indexed.
			}
			cache.frontmatterPosition = pos(0, end);
			sections.push({ type: "yaml", position: pos(0, end) });
			i = end + 1;
		}
	}

	let current: { type: SectionType; start: number; end: number } | null = null;
	const close = (): void => {
		if (!current) return;
		const section: SectionCache = { type: current.type, position: pos(current.start, current.end) };
		const last = lines[current.end].replace(/\r$/, "");
		const block = / \^([A-Za-z0-9-]+)\s*$/.exec(last);
		if (block && current.type !== "code") {
			section.id = block[1];
			blocks[block[1].toLowerCase()] = { id: block[1], position: section.position };
		}
		sections.push(section);
		current = null;
	};
	for (; i < lines.length; i++) {
		const line = lines[i].replace(/\r$/, "");
		const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
		if (fence) {
			close();
			const start = i;
			const marker = fence[1];
			i++;
			while (i < lines.length && !lines[i].trimStart().startsWith(marker)) i++;
			const end = Math.min(i, lines.length - 1);
			sections.push({ type: "code", position: pos(start, end) });
			continue;
		}
		if (line.trim() === "") {
			close();
			continue;
		}
		const type = lineType(line);
		if (type === "heading") {
			close();
			const m = /^\s{0,3}(#{1,6})\s*(.*?)(\s+#+)?\s*$/.exec(line)!;
			headings.push({ heading: m[2], level: m[1].length, position: pos(i, i) });
			sections.push({ type: "heading", position: pos(i, i) });
		} else if (type === "thematicBreak") {
			close();
			sections.push({ type: "thematicBreak", position: pos(i, i) });
		} else {
			const continues = current !== null && (current.type === type || (current.type === "callout" && type === "blockquote") || (current.type === "list" && /^\s+/.test(line)) || (current.type !== "list" && type === "paragraph"));
			if (!continues) {
				close();
				current = { type, start: i, end: i };
			} else current!.end = i;
			if (type === "list") listItems.push({ parent: -1, position: pos(i, i) });
		}
		scanInline(line, i, loc, tags, links, embeds);
	}
	close();
	if (headings.length) cache.headings = headings;
	if (sections.length) cache.sections = sections;
	if (tags.length) cache.tags = tags;
	if (links.length) cache.links = links;
	if (embeds.length) cache.embeds = embeds;
	if (listItems.length) cache.listItems = listItems;
	if (Object.keys(blocks).length) cache.blocks = blocks;
	return cache;
}

function scanInline(line: string, n: number, loc: (line: number, col: number) => Loc, tags: TagCache[], links: LinkCache[], embeds: LinkCache[]): void {
	const code = line.replace(/`[^`]*`/g, (m) => " ".repeat(m.length));
	for (const m of code.matchAll(/(^|\s)(#[^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]+)/g)) {
		if (/^#\d+$/.test(m[2])) continue;
		const col = (m.index ?? 0) + m[1].length;
		tags.push({ tag: m[2], position: { start: loc(n, col), end: loc(n, col + m[2].length) } });
	}
	for (const m of code.matchAll(/(!?)\[\[([^\]|]+)(\|([^\]]*))?\]\]/g)) {
		const col = m.index ?? 0;
		const item: LinkCache = { link: m[2], original: m[0], displayText: m[4] ?? m[2], position: { start: loc(n, col), end: loc(n, col + m[0].length) } };
		(m[1] ? embeds : links).push(item);
	}
	for (const m of code.matchAll(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g)) {
		if (/^[a-z]+:/i.test(m[3])) continue;
		const col = m.index ?? 0;
		const item: LinkCache = { link: decodeURI(m[3]), original: m[0], displayText: m[2], position: { start: loc(n, col), end: loc(n, col + m[0].length) } };
		(m[1] ? embeds : links).push(item);
	}
}

export function getAllTags(cache: CachedMetadata): string[] | null {
	const out: string[] = [];
	const fm = cache.frontmatter?.tags ?? cache.frontmatter?.tag;
	if (fm !== undefined && fm !== null) {
		const list: unknown[] = Array.isArray(fm) ? fm : typeof fm === "string" ? fm.split(/[\s,]+/) : [];
		for (const t of list) if (typeof t === "string" && t !== "") out.push(t.startsWith("#") ? t : `#${t}`);
	}
	for (const t of cache.tags ?? []) out.push(t.tag);
	return out.length ? out : null;
}

export class MetadataCache extends Events {
	private caches = new Map<string, CachedMetadata>();
	private pending = new Set<string>();
	private links: { resolved: Record<string, Record<string, number>>; unresolved: Record<string, Record<string, number>> } | null = null;
	/** lower-case file name → files with that name (link resolution by name without scanning the vault). */
	private byName: Map<string, TFile[]> | null = null;

	/** Computed when read (after any change), like Obsidian's after `resolved`. */
	get resolvedLinks(): Record<string, Record<string, number>> {
		return this.linkTables().resolved;
	}

	get unresolvedLinks(): Record<string, Record<string, number>> {
		return this.linkTables().unresolved;
	}

	constructor(private vault: Vault) {
		super();
		vault.on("create", (file: TAbstractFile) => {
			this.resolveLinks();
			this.schedule(file);
		});
		vault.on("modify", (file: TAbstractFile) => this.schedule(file));
		vault.on("rename", (file: TAbstractFile, oldPath: string) => {
			const cache = this.caches.get(oldPath);
			this.caches.delete(oldPath);
			if (cache) this.caches.set(file.path, cache);
			this.resolveLinks();
		});
		vault.on("delete", (file: TAbstractFile) => {
			if (!(file instanceof TFile)) return;
			const prev = this.caches.get(file.path) ?? null;
			this.caches.delete(file.path);
			this.resolveLinks();
			this.trigger("deleted", file, prev);
		});
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.getCache(file.path);
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(normalizePath(path)) ?? null;
	}

	/** Exact path (with or without `.md`) first, then the file name, preferring the one nearest the source. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const target = normalizePath(linkpath.split("#")[0]);
		if (target === "/") return this.vault.getFileByPath(sourcePath);
		const withMd = /\.[a-z0-9]+$/i.test(target) ? target : `${target}.md`;
		const exact = this.vault.getFileByPath(withMd) ?? this.vault.getFileByPath(target);
		if (exact) return exact;
		const name = withMd.split("/").pop()!.toLowerCase();
		if (!this.byName) {
			this.byName = new Map();
			for (const f of this.vault.getFiles()) {
				const key = f.name.toLowerCase();
				this.byName.set(key, [...(this.byName.get(key) ?? []), f]);
			}
		}
		const candidates = (this.byName.get(name) ?? []).filter((f) => !target.includes("/") || f.path.toLowerCase().endsWith(withMd.toLowerCase()));
		if (!candidates.length) return null;
		const folder = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1) : "";
		candidates.sort((a, b) => Number(b.path.startsWith(folder)) - Number(a.path.startsWith(folder)) || a.path.length - b.path.length || (a.path < b.path ? -1 : 1));
		return candidates[0];
	}

	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		const name = omitMdExtension && file.extension === "md" ? file.basename : file.name;
		const others = this.vault.getFiles().filter((f) => f !== file && f.name === file.name);
		if (!others.length) return name;
		return omitMdExtension && file.extension === "md" ? file.path.slice(0, -3) : file.path;
	}

	/** Harness only: computes caches now for every file (Obsidian does this at startup before layout ready). */
	async indexAll(): Promise<void> {
		for (const file of this.vault.getMarkdownFiles()) this.caches.set(file.path, computeMetadata(await this.vault.adapter.read(file.path)));
		this.resolveLinks();
	}

	/** Harness only: resolves once every pending re-parse has run and `changed` has been announced. */
	async settled(): Promise<void> {
		while (this.pending.size) await new Promise((resolve) => setTimeout(resolve, 1));
	}

	private schedule(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		this.pending.add(file.path);
		// Obsidian parses in a worker: `changed` arrives after the vault event, never inside it.
		setTimeout(() => void this.reparse(file), 0);
	}

	private async reparse(file: TFile): Promise<void> {
		const path = file.path;
		try {
			if (this.vault.getFileByPath(path) !== file) return;
			const data = await this.vault.adapter.read(path);
			const cache = computeMetadata(data);
			this.caches.set(path, cache);
			this.trigger("changed", file, data, cache);
			this.resolveLinks();
			this.trigger("resolve", file);
		} finally {
			this.pending.delete(path);
			if (!this.pending.size) this.trigger("resolved");
		}
	}

	/** Any change can move a link's target: forget the tables and the name map, rebuild on demand. */
	private resolveLinks(): void {
		this.links = null;
		this.byName = null;
	}

	private linkTables(): { resolved: Record<string, Record<string, number>>; unresolved: Record<string, Record<string, number>> } {
		if (this.links) return this.links;
		const tables = { resolved: {} as Record<string, Record<string, number>>, unresolved: {} as Record<string, Record<string, number>> };
		for (const [path, cache] of this.caches) {
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			for (const link of [...(cache.links ?? []), ...(cache.embeds ?? [])]) {
				const dest = this.getFirstLinkpathDest(link.link, path);
				if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
				else unresolved[link.link] = (unresolved[link.link] ?? 0) + 1;
			}
			tables.resolved[path] = resolved;
			tables.unresolved[path] = unresolved;
		}
		this.links = tables;
		return tables;
	}
}

export class FileManager {
	constructor(private vault: Vault, private metadataCache: MetadataCache) {}

	getNewFileParent(): TFolder {
		return this.vault.getRoot();
	}

	/** Renames; unlike Obsidian the harness does not rewrite links in other notes (see README). */
	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		await this.vault.rename(file, newPath);
	}

	async promptForDeletion(file: TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.trash(file, true);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath);
		return `[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	/** Parses the frontmatter, lets `fn` mutate it, writes it back; the body is left byte for byte. */
	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
		const failure: { error?: Error } = {};
		await this.vault.process(
			file,
			(text) => {
				const m = /^---\r?\n([\s\S]*?)\r?\n?---[^\S\r\n]*(\r?\n|$)/.exec(text);
				let fm: Record<string, unknown> = {};
				if (m) {
					const parsed = parseYaml(m[1]);
					if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) {
						failure.error = new Error(`Frontmatter of ${file.path} is not a YAML map.`);
						return text;
					}
					fm = (parsed as Record<string, unknown> | null) ?? {};
				}
				fn(fm);
				const body = m ? text.slice(m[0].length) : text;
				if (!Object.keys(fm).length) return body;
				return `---\n${stringifyYaml(fm)}---\n${body}`;
			},
			options,
		);
		if (failure.error) throw failure.error;
	}

	async getAvailablePathForAttachment(filename: string): Promise<string> {
		let candidate = normalizePath(filename);
		const dot = candidate.lastIndexOf(".");
		for (let n = 1; this.vault.getAbstractFileByPath(candidate); n++) {
			candidate = dot > 0 ? `${filename.slice(0, dot)} ${n}${filename.slice(dot)}` : `${filename} ${n}`;
		}
		return candidate;
	}
}
