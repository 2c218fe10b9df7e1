// Publishing records shared by the planner, the compiler, the renderer and every target.

/** One output file of a publish, path relative to the target's root, `/`-separated. */
export interface OutputFile {
	path: string;
	/** UTF-8 text or raw bytes (attachments). */
	content: string | Uint8Array;
}

/** What one publish changes in the target: files to write and files to delete. */
export interface PublishChanges {
	write: OutputFile[];
	/** Paths (relative to the target root) to delete. */
	delete: string[];
	/**
	 * Files already handed to the build's sink as they were made (`BuildRequest.sink`), in that order; they are
	 * written too, but their text is not kept here. Absent without a sink.
	 */
	sent?: string[];
}

/**
 * Where a build hands each file to write as soon as it is made, so a large first publish does not hold every
 * page's text until the end (a folder target's staging folder; a dry run's counter).
 */
export interface OutputSink {
	put(file: OutputFile): Promise<void>;
}

/** Every path a publish writes: the files it kept and the ones it sent to a sink. */
export function writtenPaths(changes: PublishChanges): string[] {
	return [...(changes.sent ?? []), ...changes.write.map((f) => f.path)];
}

export interface ManifestEntry {
	/** Hash of the note's source text. */
	sourceHash: string;
	/** Hash of everything this note produced (its compiled output). */
	outputHash: string;
	permalink: string;
	/**
	 * Output files this note owns besides its quote pages (those follow from `quotePages`): a removal deletes
	 * exactly these and the quote pages (`entryFiles` in manifest.ts lists both).
	 */
	files: string[];
	/** Hash over the URLs of the notes it links to (a change there means compiling it again). */
	linksHash?: string;
	/** Hash over the notes it embeds (their text and published state). */
	embedsHash?: string;
	/** Vault paths of the attachments its output refers to. */
	assets?: string[];
	/**
	 * Its quote pages by quote id (their paths `q/<id>/index.html` and `q/<id>/card.svg` follow from the id):
	 * 16 hex digits each, the page's short hash then the card's, so a file is written only when it changed.
	 */
	quotePages?: Record<string, string>;
	/** Hash of its quotes' resolved speaker names (its page groups quotes by them); absent when none. */
	speakers?: string;
	/** Hash of the published notes linking to it, as its page lists them (backlinks.ts); absent when none. */
	backlinks?: string;
	/** Static site: the speakers its published quotes have, by name (their pages show them); absent when none. */
	speakerNames?: string[];
	/** Hash of what its `podcast-quotes` blocks show (quotes-blocks.ts); absent when it has none. */
	blocks?: string;
	/** Set by a target whose copy of the note's files is incomplete (see repair.ts); never stored. */
	missing?: true;
	/** ISO time of the publish that first published the note or last saw its text change (the feed's `updated`). */
	changed?: string;
}

/**
 * What search, the feed and the tag pages hold of a compiled note, all cut from its public text: its
 * published quotes' plain words by quote id, the plain opening of its body and its inline `#tags`. A cache
 * keeps it with the compile facts, so the site-wide index, feed and tag pages are rebuilt without reading
 * unchanged notes.
 */
export interface NoteSearchText {
	quotes: [string, string][];
	lead: string;
	/** Inline tags of the note's own published text (inline-tags.ts), without `#`. */
	tags: string[];
}

/** What was published last time: note path → entry, plus files owned by the site as a whole. */
/**
 * The manifest format this version writes. 2: quote pages by id with one short hash each (decision 23);
 * 1 listed both paths of each quote page and a hash per path, and is upgraded when read (manifest.ts).
 */
export const MANIFEST_VERSION = 2;

export interface PublishManifest {
	version: typeof MANIFEST_VERSION;
	notes: Record<string, ManifestEntry>;
	/** Site-wide files (home, speaker pages, search index, CSS, attachments) → content hash. */
	siteFiles: Record<string, string>;
	/** Old URL → new URL, kept for renamed notes. */
	redirects: Record<string, string>;
	publishedAt: string | null;
	/** Hash of the options the site was built with; a change rebuilds every page. */
	settingsHash?: string;
	/** Hash of the vault-wide speaker renames (person notes, alias table) the site was built with; absent when none. */
	speakersHash?: string;
	/** How many listed files the target found missing (repair.ts): the build writes them again; never stored. */
	missingFiles?: number;
}

export interface CommitResult {
	/** True when something was written (a new commit / a swapped folder). */
	changed: boolean;
	/** The target's own id of the result (a commit sha for git). */
	ref: string | null;
	manifest: PublishManifest;
}

export interface PublishProgress {
	done: number;
	total: number;
	/** What is being done now, for a progress notice. */
	step: string;
}

export interface CommitOptions {
	signal?: AbortSignal;
	onProgress?: (progress: PublishProgress) => void;
}

/**
 * Where a site goes. Every target writes a whole publish in one atomic step: afterwards the target holds
 * either the old site with the old manifest or the new site with the new manifest, never a mix.
 */
export interface PublishTarget {
	/** One line for the preview: "Folder /home/me/site", "git https://… (main)". */
	describe(): string;
	/** The manifest stored with the last successful publish, or an empty one. */
	readManifest(): Promise<PublishManifest>;
	/** Apply `changes` and store `manifest` with them, atomically. Nothing to change → no commit. */
	commit(changes: PublishChanges, manifest: PublishManifest, message: string, options?: CommitOptions): Promise<CommitResult>;
	/** Optional: the current text of one published file (the preview diffs a note's old compiled Markdown). */
	readFile?(path: string): Promise<string | null>;
}

/** Why a published note is compiled again. */
export type ChangeReason = "text" | "embed" | "link" | "url" | "settings" | "speakers" | "backlinks" | "quotes" | "missing";

export interface PlannedNote {
	path: string;
	url: string;
	/** For changed notes: every reason that applies. */
	reasons: ChangeReason[];
}

export interface RemovedNote {
	path: string;
	url: string;
	/** The flag was taken away (or the note left the published folders), or the note was deleted. */
	reason: "unflagged" | "deleted";
}

export interface RenamedNote {
	from: string;
	to: string;
	fromUrl: string;
	url: string;
}

/** The flagged notes compared with the last publish's manifest. */
export interface PublishPlan {
	new: PlannedNote[];
	changed: PlannedNote[];
	unchanged: string[];
	removed: RemovedNote[];
	renamed: RenamedNote[];
}

export function emptyManifest(): PublishManifest {
	return { version: MANIFEST_VERSION, notes: {}, siteFiles: {}, redirects: {}, publishedAt: null };
}

/** What a publish reads of the vault (the plugin's adapter, the CLI's disk). */
export interface VaultReader {
	/** Every file in the vault (notes and attachments), vault-relative, `/`-separated. */
	listFiles(): Promise<string[]>;
	readText(path: string): Promise<string>;
	readBinary(path: string): Promise<Uint8Array>;
}
