// The notes one publish works from: their vault-resolved records (read and parsed here, or handed over by a
// host that already holds them, like the plugin's quote index), the texts read so far, and compiling with
// a cache so a note whose text and lookups did not change is neither read nor compiled again.
import { parseNote } from "../note";
import type { NoteRecord } from "../types";
import { hashString } from "../util/hash";
import { stripBom } from "../util/lines";
import type { PublishCache } from "./cache";
import { compileNote, lookupsUnchanged, publicSection, type CompiledNote, type CompileEnv, type CompileFacts } from "./compile";
import { inlineTags } from "./inline-tags";
import { hashText } from "./hash";
import { checkNoteSize } from "./limits";
import { LinkResolver } from "./links";
import type { PublishOptions } from "./options";
import { assetUrl, noteSpeakersKey } from "./output";
import type { PublishError } from "./selection";
import { noteSearchText } from "./site-search";
import { feedExcerpt } from "./feed";
import type { VaultListing } from "./listing";

export { vaultListing, type VaultListing } from "./listing";

/**
 * Every note's record as a host holds them (the quote index): its quotes keep their note-own speakers
 * (see `noteOwnSpeaker`), from which the site resolves its own (speakers.ts).
 */
export interface NoteRecords {
	/** The record of the note at `path`, or undefined when the host does not hold it. */
	note(path: string): NoteRecord | undefined;
}

/** The part of `VaultReader` notes are read through. */
export interface TextReader {
	readText(path: string): Promise<string>;
}

export interface ReadOptions {
	parse: (path: string, text: string) => NoteRecord;
	check: () => void;
	/** Notes that cannot be read and were never published go here, not to the errors: they are skipped. */
	warnings?: PublishError[];
	/** True for a note the last publish published. */
	published?: (path: string) => boolean;
}

export class PublishNotes {
	private texts = new Map<string, string>();
	/** `record` for a path known to be listed (skips the listing check). */
	private listedRecord: (path: string) => NoteRecord | undefined = (path) => this.record(path);

	private constructor(
		private readonly vault: TextReader,
		private readonly cache: PublishCache | undefined,
		/** Vault note path → record (vault-resolved for every note that could be flagged). */
		readonly record: (path: string) => NoteRecord | undefined,
		/** Records came from the host: a text read now must still be the one they were parsed from. */
		private readonly fromHost: boolean,
	) {}

	/** Takes the host's records of the listed notes; listed notes it does not hold are not notes to it. */
	static fromRecords(source: NoteRecords, listing: VaultListing, vault: TextReader, cache?: PublishCache): PublishNotes {
		const notes = new PublishNotes(vault, cache, (path) => (listing.existing.has(path) ? source.note(path) : undefined), true);
		notes.listedRecord = (path) => source.note(path);
		return notes;
	}

	/** The records of the listed notes (`listing.notePaths`), in that order. */
	recordsOf(listing: VaultListing): NoteRecord[] {
		const out: NoteRecord[] = [];
		for (const path of listing.notePaths) {
			const record = this.listedRecord(path);
			if (record) out.push(record);
		}
		return out;
	}

	/** Reads and parses every listed note (speakers as each note alone gives them; see speakers.ts). */
	static async read(notePaths: readonly string[], vault: TextReader, read: ReadOptions, errors: PublishError[], cache?: PublishCache): Promise<PublishNotes> {
		const records = new Map<string, NoteRecord>();
		const notes = new PublishNotes(vault, cache, (path) => records.get(path), false);
		for (const path of notePaths) {
			read.check();
			try {
				const text = await vault.readText(path);
				notes.texts.set(path, text);
				const record = read.parse(path, text);
				records.set(path, record);
			} catch (error) {
				if (read.warnings && !read.published?.(path)) {
					read.warnings.push({ kind: "read", path, message: `skipped "${path}": it cannot be read (${message(error)}) and was never published.` });
				} else {
					errors.push({ kind: "read", path, message: `Could not read "${path}", published before: ${message(error)}. Make it readable, or delete it to take its page down.` });
				}
			}
		}
		return notes;
	}

	/** The source hash a manifest records for the note. */
	sourceHash(path: string, record = this.record(path)): string {
		return record?.hash || hashText(this.texts.get(path) ?? "");
	}

	/** A note's text if it was read in this publish (compiles ask for embedded notes' texts through it). */
	textIfRead(path: string): string | undefined {
		return this.texts.get(path);
	}

	async readText(path: string): Promise<string> {
		const known = this.texts.get(path);
		if (known !== undefined) return known;
		const text = await this.vault.readText(path);
		const record = this.record(path);
		if (this.fromHost && record && !sameSource(path, text, record)) {
			throw new Error(`"${path}" changed while publishing; publish again`);
		}
		this.texts.set(path, text);
		return text;
	}

	private keepTextHash(path: string, text: string): void {
		const record = this.record(path);
		if (record && this.cache && this.cache.textHash(path, record.hash) === undefined) this.cache.setTextHash(path, record.hash, hashText(text));
	}

	/** `hashText` of a note's text, from this publish's reads or the cache; undefined when unknown. */
	textHash(path: string): string | undefined {
		const record = this.record(path);
		if (!record) return undefined;
		const text = this.texts.get(path);
		if (text !== undefined) return hashText(text);
		return this.cache?.textHash(path, record.hash);
	}

	/** The compile environment for a pass where `urls` are the published notes' URLs. */
	env(resolver: LinkResolver, urls: ReadonlyMap<string, string>, options: PublishOptions, missing?: Set<string>): CompileEnv {
		return {
			resolver,
			// Only embeds ask for another note's text: keep its hash so the next plan can check the embed unread.
			text: (p) => {
				const text = this.texts.get(p);
				if (text === undefined) {
					if (missing && this.record(p) !== undefined) missing.add(p);
				} else this.keepTextHash(p, text);
				return text;
			},
			textHash: (p) => this.textHash(p),
			urlOf: (p) => urls.get(p) ?? null,
			assetUrl,
			layout: options.layout,
			embedDepth: options.embedDepth,
		};
	}

	/** Compiles `path` from its text, reading the texts of the notes it embeds first. */
	async compile(path: string, resolver: LinkResolver, urls: ReadonlyMap<string, string>, options: PublishOptions): Promise<CompiledNote> {
		const text = await this.readText(path);
		checkNoteSize(path, text);
		for (;;) {
			const missing = new Set<string>();
			const compiled = compileNote(path, text, this.env(resolver, urls, options, missing));
			if (missing.size === 0) {
				const record = this.record(path);
				if (options.layout === "site" && record) {
					// Inline tags come from the note's own public lines: not from comments, nor from embedded notes.
					compiled.tags = inlineTags(publicSection(text, null).lines);
					compiled.search = noteSearchText(record, compiled, compiled.tags);
					compiled.excerpt = feedExcerpt(compiled.search);
				}
				this.cache?.set(path, this.sourceHash(path), compiled);
				return compiled;
			}
			// Each round reads the notes embedded one level deeper; the embed depth bounds the rounds.
			for (const p of missing) await this.readText(p);
		}
	}

	/**
	 * What a plan needs of the note: from the cache when the note's text is the cached one and every
	 * link and embed lookup gives the same answer, else from compiling it (returned as `compiled` too).
	 */
	async facts(note: { path: string; record: NoteRecord }, resolver: LinkResolver, urls: ReadonlyMap<string, string>, options: PublishOptions): Promise<{ facts: CompileFacts; compiled?: CompiledNote }> {
		const path = note.path;
		const cached = this.cache?.get(path, this.sourceHash(path, note.record));
		// The site's feed quotes any note's excerpt: a cached note lacking it is compiled.
		if (cached && (options.layout !== "site" || cached.excerpt !== undefined)) {
			// Links resolve against the files and the URLs only: checked against the same ones, they still hold
			// (embedded notes' texts can change without either, so those are always checked).
			const urlsKey = urlsHash(urls);
			const last = checked.get(cached);
			if (last && last.resolver === resolver && last.urls === urlsKey && cached.lookups.embeds.length === 0) return { facts: cached };
			if (lookupsUnchanged(cached, this.env(resolver, urls, options))) {
				checked.set(cached, { resolver, urls: urlsKey });
				return { facts: cached };
			}
		}
		const compiled = await this.compile(path, resolver, urls, options);
		return { facts: compiled, compiled };
	}
}

/** The resolver and URL map (by hash) a cached compile's lookups were last found unchanged against. */
const checked = new WeakMap<CompileFacts, { resolver: LinkResolver; urls: string }>();
const urlHashes = new WeakMap<ReadonlyMap<string, string>, string>();

function urlsHash(urls: ReadonlyMap<string, string>): string {
	let hash = urlHashes.get(urls);
	if (hash === undefined) {
		// In build order (same notes, same order): a different order only costs a full check.
		hash = hashText([...urls].map(([path, url]) => `${path}\u0000${url}`).join("\n"));
		urlHashes.set(urls, hash);
	}
	return hash;
}

/** True when `record` was parsed from `text` (the parser's own hash decides when the quick one differs). */
function sameSource(path: string, text: string, record: NoteRecord): boolean {
	return hashString(stripBom(text)) === record.hash || parseNote(path, text).hash === record.hash;
}

/**
 * A compiled note known only by its facts (it was not compiled again in this publish): the body is not
 * at hand, and asking for it is a bug in the caller (only notes the plan renders are compiled in full).
 */
export function factsOnly(path: string, facts: CompileFacts): CompiledNote {
	const missing = (): never => {
		throw new Error(`"${path}" is unchanged and was not compiled in this publish: only its facts are known`);
	};
	return {
		...facts,
		get body(): string {
			return missing();
		},
	};
}

/** Hash of the speakers the published quotes got ("" when no quote is published): a change rebuilds the site pages. */
export function speakersHash(notes: readonly { path: string; record: NoteRecord }[], hidden: (path: string) => ReadonlySet<number>): string {
	const parts: string[] = [];
	for (const note of notes) {
		const digest = quoteSpeakers(note.record, hidden(note.path));
		if (digest !== "") parts.push(`${note.path}\u0000${digest}`);
	}
	return parts.length === 0 ? "" : hashText(parts.join("\n"));
}

const speakerKeys = new WeakMap<NoteRecord, { layout: string; key: string }>();

/** `noteSpeakersKey`, kept per record object: a plan asks it of every published note. */
export function speakersKeyOf(record: NoteRecord, options: PublishOptions): string {
	const known = speakerKeys.get(record);
	if (known && known.layout === options.layout) return known.key;
	const key = noteSpeakersKey(record, options);
	speakerKeys.set(record, { layout: options.layout, key });
	return key;
}

const speakerDigests = new WeakMap<NoteRecord, { hidden: ReadonlySet<number>; digest: string }>();

/** Each shown quote's id, resolved speaker and how it was inferred; kept per record object. */
function quoteSpeakers(record: NoteRecord, hidden: ReadonlySet<number>): string {
	const known = speakerDigests.get(record);
	if (known && known.hidden === hidden) return known.digest;
	const shown = record.quotes.filter((q) => !hidden.has(q.line));
	const digest = shown.length === 0 ? "" : hashText(shown.map((q) => `${q.id}\u0000${q.speaker ?? ""}\u0000${q.inferred ?? ""}`).join("\n"));
	speakerDigests.set(record, { hidden, digest });
	return digest;
}

export function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
