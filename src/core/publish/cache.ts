// What one publish learned about each note, kept by the host for the next publish in the same session:
// the facts a plan and the site-wide pages need of a compiled note (link and embed lookups with their
// hashes, line map, comment lines, attachments: not the body), keyed by path and source hash, and the text hash of notes read, so an unchanged note is
// neither read nor compiled again. Never written to the published output (it names unflagged notes).
import type { CompileFacts } from "./compile";
import { vaultListing, type VaultListing } from "./notes";

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
	}

	/** The compile facts of `path` when its text still has `sourceHash`. */
	get(path: string, sourceHash: string): CompileFacts | undefined {
		const hit = this.facts.get(path);
		return hit && hit.sourceHash === sourceHash ? hit.facts : undefined;
	}

	set(path: string, sourceHash: string, facts: CompileFacts): void {
		const { lineMap, hiddenLines, assets, linksHash, embedsHash, lookups } = facts;
		this.facts.set(path, { sourceHash, facts: { lineMap, hiddenLines, assets, linksHash, embedsHash, lookups } });
	}

	textHash(path: string, sourceHash: string): string | undefined {
		const hit = this.texts.get(path);
		return hit && hit.sourceHash === sourceHash ? hit.textHash : undefined;
	}

	setTextHash(path: string, sourceHash: string, textHash: string): void {
		this.texts.set(path, { sourceHash, textHash });
	}

	/** Drops what is kept for notes not in `keep` (deleted, renamed or no longer published). */
	retain(keep: ReadonlySet<string>, notes: ReadonlySet<string>): void {
		for (const path of this.facts.keys()) if (!keep.has(path)) this.facts.delete(path);
		for (const path of this.texts.keys()) if (!notes.has(path)) this.texts.delete(path);
	}

	get size(): number {
		return this.facts.size;
	}
}
