// What one publish learned about each note, kept by the host for the next publish: the facts a plan and
// the site-wide pages need of a compiled note (link and embed lookups with their hashes, line map,
// comment lines, attachments, the feed's excerpt: not the body), keyed by path and source hash, and the text hashes of
// embedded notes, so an unchanged note is neither read nor compiled again. A host may store it between
// sessions (`toStored`), never in the published output: it names unflagged notes.
import type { CompileFacts } from "./compile";
import { vaultListing, type VaultListing } from "./listing";

interface CachedFacts {
	sourceHash: string;
	facts: CompileFacts;
}

export class PublishCache {
	private facts = new Map<string, CachedFacts>();
	/** path → `hashText` of the text whose source hash is `sourceHash` (embedded notes are checked by it). */
	private texts = new Map<string, { sourceHash: string; textHash: string }>();
	private signature: string | null = null;
	private files: { listed: readonly string[]; listing: VaultListing } | null = null;
	/** Something was learned or forgotten since the last `toStored()`. */
	changed = false;

	/** The vault listing (and its link resolver's answers so far): the last one while no file came or went. */
	listing(listed: readonly string[]): VaultListing {
		const last = this.files?.listed;
		if (!this.files || !last || last.length !== listed.length || listed.some((p, i) => p !== last[i])) {
			this.files = { listed: listed.slice(), listing: vaultListing(listed) };
		}
		return this.files.listing;
	}

	/** Forgets everything when the compile settings (layout, embed depth) are not the ones cached under. */
	useSignature(signature: string): void {
		if (this.signature === signature) return;
		this.signature = signature;
		this.facts.clear();
		this.changed = true;
	}

	/** The compile facts of `path` when its text still has `sourceHash`. */
	get(path: string, sourceHash: string): CompileFacts | undefined {
		const hit = this.facts.get(path);
		return hit && hit.sourceHash === sourceHash ? hit.facts : undefined;
	}

	set(path: string, sourceHash: string, facts: CompileFacts): void {
		const { lineMap, hiddenLines, assets, linksHash, embedsHash, lookups, excerpt, tags } = facts;
		this.facts.set(path, { sourceHash, facts: { lineMap, hiddenLines, assets, linksHash, embedsHash, lookups, ...(excerpt !== undefined ? { excerpt } : {}), ...(tags ? { tags } : {}) } });
		this.changed = true;
	}

	textHash(path: string, sourceHash: string): string | undefined {
		const hit = this.texts.get(path);
		return hit && hit.sourceHash === sourceHash ? hit.textHash : undefined;
	}

	setTextHash(path: string, sourceHash: string, textHash: string): void {
		this.texts.set(path, { sourceHash, textHash });
		this.changed = true;
	}

	/** Drops what is kept for notes not in `keep` (deleted, renamed or no longer published). */
	retain(keep: ReadonlySet<string>, notes: ReadonlySet<string>): void {
		for (const path of this.facts.keys()) if (!keep.has(path)) this.changed = this.facts.delete(path) || this.changed;
		for (const path of this.texts.keys()) if (!notes.has(path)) this.changed = this.texts.delete(path) || this.changed;
	}

	get size(): number {
		return this.facts.size;
	}

	/** Plain JSON data to store between sessions; `version` is the host's (a new version starts afresh). */
	toStored(version: string): StoredPublishCache {
		this.changed = false;
		return {
			format: STORED_FORMAT,
			version,
			signature: this.signature,
			notes: [...this.facts].map(([path, { sourceHash, facts }]) => [path, sourceHash, storeFacts(facts)]),
			texts: [...this.texts].map(([path, t]) => [path, t.sourceHash, t.textHash]),
		};
	}

	/** The cache from `toStored` data; an empty cache for anything else (another version, damaged data). */
	static fromStored(data: unknown, version: string): PublishCache {
		const cache = new PublishCache();
		try {
			const stored = data as StoredPublishCache;
			if (stored?.format !== STORED_FORMAT || stored.version !== version || !Array.isArray(stored.notes) || !Array.isArray(stored.texts)) return cache;
			cache.signature = typeof stored.signature === "string" ? stored.signature : null;
			for (const [path, sourceHash, facts] of stored.notes) cache.facts.set(String(path), { sourceHash: String(sourceHash), facts: readFacts(facts) });
			for (const [path, sourceHash, textHash] of stored.texts) cache.texts.set(String(path), { sourceHash: String(sourceHash), textHash: String(textHash) });
		} catch {
			return new PublishCache();
		}
		return cache;
	}
}

// 2: facts carry the note's search text (site layout).
// 3: only the feed's excerpt of it: the search index's rows are read back from the published index.
// 4: and the note's inline tags (the tag pages need them without reading the note).
const STORED_FORMAT = 4;

export interface StoredPublishCache {
	format: number;
	version: string;
	signature: string | null;
	notes: [string, string, StoredFacts][];
	texts: [string, string, string][];
}

/** Compile facts as JSON, the line map as runs (`[first, count]`, first 0 for lines from embeds). */
interface StoredFacts {
	lines: number[];
	hidden: number[];
	assets: string[];
	linksHash: string;
	embedsHash: string;
	links: [string, string][];
	embeds: string[];
	excerpt?: string;
	tags?: string[];
}

function storeFacts(facts: CompileFacts): StoredFacts {
	const lines: number[] = [];
	for (const line of facts.lineMap) {
		const value = line ?? 0;
		const n = lines.length;
		const last = n >= 2 ? lines[n - 2] : -1;
		if (n >= 2 && ((value === 0 && last === 0) || (value !== 0 && last !== 0 && last + lines[n - 1] === value))) lines[n - 1]++;
		else lines.push(value, 1);
	}
	return { lines, hidden: [...facts.hiddenLines], assets: facts.assets, linksHash: facts.linksHash, embedsHash: facts.embedsHash, links: facts.lookups.links, embeds: facts.lookups.embeds, ...(facts.excerpt !== undefined ? { excerpt: facts.excerpt } : {}), ...(facts.tags ? { tags: facts.tags } : {}) };
}

function readFacts(stored: StoredFacts): CompileFacts {
	const lineMap: (number | null)[] = [];
	for (let i = 0; i + 1 < stored.lines.length; i += 2) {
		const [first, count] = [stored.lines[i], stored.lines[i + 1]];
		for (let k = 0; k < count; k++) lineMap.push(first === 0 ? null : first + k);
	}
	if (typeof stored.linksHash !== "string" || typeof stored.embedsHash !== "string" || !Array.isArray(stored.links) || !Array.isArray(stored.embeds)) throw new Error("damaged cache entry");
	return {
		lineMap,
		hiddenLines: new Set(stored.hidden.map(Number)),
		assets: stored.assets.map(String),
		linksHash: stored.linksHash,
		embedsHash: stored.embedsHash,
		lookups: { links: stored.links.map(([from, target]) => [String(from), String(target)] as [string, string]), embeds: stored.embeds.map(String) },
		...(stored.excerpt !== undefined ? { excerpt: String(stored.excerpt) } : {}),
		...(Array.isArray(stored.tags) ? { tags: stored.tags.map(String) } : {}),
	};
}
