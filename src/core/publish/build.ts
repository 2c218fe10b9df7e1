// One publish, start to finish and host-free: read the vault through a reader, select, compile, plan,
// render only what changed, and work out the exact files to write and delete and the new manifest.
import { parseNote } from "../note";
import type { NoteRecord } from "../types";
import type { PublishCache } from "./cache";
import type { CompiledNote, CompileFacts } from "./compile";
import { hashContent, hashText } from "./hash";
import { PublishLimitError } from "./limits";
import type { PublishOptions } from "./options";
import { CurrentNote, planIsEmpty, planPublish } from "./plan";
import { factsOnly, message, PublishNotes, speakersHash, speakersKeyOf, vaultListing, type NoteRecords } from "./notes";
import { DG_FORMAT } from "./dg-markdown";
import { PublishedNote, PublishError, selectNotes } from "./selection";
import { noteFiles, noteTitle, visibleQuotes } from "./output";
import { Backlink, backlinksKey, backlinksOf } from "./backlinks";
import { SiteQuoteBlocks } from "./quotes-blocks";
import { entryFilesOf, filesToWrite } from "./quote-page";
import { entryFiles } from "./manifest";
import { siteFiles } from "./sitefiles";
import type { VaultReader } from "./types";

export type { VaultReader } from "./types";
import { siteSpeakers } from "./speakers";
import { MANIFEST_VERSION, type ManifestEntry, type OutputFile, type OutputSink, type PublishChanges, type PublishManifest, type PublishPlan, type PublishProgress } from "./types";

/** The vault as the core sees it: the host lists files and reads them. */
export interface BuildRequest {
	vault: VaultReader;
	manifest: PublishManifest;
	options: PublishOptions;
	/** The note parser; the core's `parseNote` with the flag keys from `options` when absent. */
	parse?: (path: string, text: string) => NoteRecord;
	/**
	 * Only these plan items are applied (paths: new, changed and renamed notes by their new path,
	 * removed notes by their old path). Items left out keep what was published before. All when absent.
	 */
	selection?: ReadonlySet<string>;
	signal?: AbortSignal;
	onProgress?: (progress: PublishProgress) => void;
	/** Parser settings that change quotes (the plugin's attribution dashes): a change rebuilds every page. */
	parseSignature?: string;
	/** ISO time for `publishedAt` (tests fix it). */
	now?: () => string;
	/**
	 * The user's alias table (alias → canonical name). The site resolves speakers from their own note,
	 * published person notes and this table only: what no published page shows never names a speaker.
	 */
	aliasTable?: Record<string, string>;
	/**
	 * The notes' records as the host holds them (the plugin's quote index, kept current): then no note is
	 * parsed and only the notes that must be compiled are read; `parse` is not used. Without it every
	 * note is read and parsed.
	 */
	records?: NoteRecords;
	/** Kept by the host across publishes: unchanged notes are not read or compiled again. */
	cache?: PublishCache;
	/**
	 * The target's current text of a published file (`PublishTarget.readFile`). The site's search index is
	 * kept from it (search-log.ts); without it every publish writes the whole index again.
	 */
	readPublished?: (path: string) => Promise<string | null>;
	/**
	 * Each file to write goes here as soon as it is made and only its path is kept (`changes.sent`). A build
	 * that fails has sent files all the same: the host discards them.
	 */
	sink?: OutputSink;
}

export interface PublishBuild {
	plan: PublishPlan;
	/** When not empty nothing may be committed: `changes` is empty and `manifest` is the old one. */
	errors: PublishError[];
	/**
	 * Problems that do not stop the publish: notes that could not be read and were never published are
	 * skipped (a note published before that cannot be read is an error: its page would go stale or vanish).
	 */
	warnings?: PublishError[];
	changes: PublishChanges;
	manifest: PublishManifest;
	/** Compiled public Markdown of every note rendered this time (the preview diffs it). */
	compiled: Map<string, string>;
	/** Output path of each published note's public Markdown (to read the old one for a diff). */
	markdownFiles: Map<string, string>;
	stats: { notes: number; rendered: number; quotes: number; files: number };
}

export class PublishCancelled extends Error {
	constructor() {
		super("Publishing was cancelled; nothing was written.");
	}
}

// 2: note pages carry their quotes by speaker and a search shard; site pages hold counts only.
// 3: comments are stripped before a partial embed is cut; only inert attachments are copied (issue 17):
// pages published before are rebuilt once, so nothing they leaked stays on the site.
// 4: note pages show tags, backlinks and sharing metadata (issue 14); one search index instead of a shard
// per note; pages link the feed and carry a skip link.
// 5: a page per quote (/q/<id>/ with its SVG card) and a share link under each quote (issue 16).
// 6: inline #tags are the note's tags too, linked where they are written (issue 14).
// 7: quote pages only for the chosen quotes (highlights by default) and their cards follow a dark theme (issue 16).
const RENDER_VERSION = "7";

export function settingsHash(options: PublishOptions, parseSignature = ""): string {
	const { frontmatterKeys, layout, baseUrl, siteTitle, embedDepth } = options;
	// The HTML mode only changes Digital Garden files (a site published before it existed is rebuilt once);
	// which quotes have share pages only the static site's.
	const html = layout === "digital-garden" ? [options.keepNoteHtml ? "html:keep" : "html:inert", DG_FORMAT] : [`quote-pages:${options.quotePages}`];
	return hashText(JSON.stringify([RENDER_VERSION, frontmatterKeys, layout, baseUrl, siteTitle, embedDepth, parseSignature, ...html]));
}

function failed(plan: PublishPlan, errors: PublishError[], manifest: PublishManifest): PublishBuild {
	return { plan, errors, changes: { write: [], delete: [] }, manifest, compiled: new Map(), markdownFiles: new Map(), stats: { notes: 0, rendered: 0, quotes: 0, files: 0 } };
}

const EMPTY_PLAN: PublishPlan = { new: [], changed: [], unchanged: [], removed: [], renamed: [] };

export async function buildPublish(request: BuildRequest): Promise<PublishBuild> {
	const { vault, manifest, options } = request;
	const check = (): void => {
		if (request.signal?.aborted) throw new PublishCancelled();
	};
	const parse = request.parse ?? ((path: string, text: string) => parseNote(path, text, { publishKeys: options.flagKeys }));
	const errors: PublishError[] = [];
	const warnings: PublishError[] = [];
	const cache = request.cache;
	cache?.useSignature(JSON.stringify([RENDER_VERSION, options.layout === "digital-garden" ? DG_FORMAT : options.layout, options.embedDepth]));
	const listed = await vault.listFiles();
	const listing = cache ? cache.listing(listed) : vaultListing(listed);
	const { notePaths, existing, resolver } = listing;
	const notes = request.records
		? PublishNotes.fromRecords(request.records, listing, vault, cache)
		: await PublishNotes.read(notePaths, vault, { parse, check, warnings, published: (p) => manifest.notes[p] !== undefined }, errors, cache);
	const selected = selectNotes(notes.recordsOf(listing), options);
	selected.notes = siteSpeakers(selected.notes, request.aliasTable ?? {});
	const quoteBlocks = new SiteQuoteBlocks(selected.notes, options);
	const blocksKey = (note: PublishedNote): { blocks?: string } => {
		const key = quoteBlocks.keyOf(note.record, (path, record) => notes.sourceHash(path, record));
		return key ? { blocks: key } : {};
	};
	errors.push(...selected.errors.filter((e) => e.kind === "url"));
	if (errors.length > 0) return { ...failed(EMPTY_PLAN, errors, manifest), warnings };

	const sHash = settingsHash(options, request.parseSignature);
	const urlsOf = (published: PublishedNote[], frozenUrls: Map<string, string>): Map<string, string> => new Map([...frozenUrls, ...published.map((n) => [n.path, n.url] as [string, string])]);
	/** Facts of every note (cached or compiled now) and the notes compiled in full on the way. */
	const facts = new Map<string, CompileFacts>();
	const full = new Map<string, CompiledNote>();
	const pass = async (published: PublishedNote[], urls: Map<string, string>): Promise<CurrentNote[]> => {
		const current: CurrentNote[] = [];
		for (const note of published) {
			check();
			try {
				const got = await notes.facts(note, resolver, urls, options);
				facts.set(note.path, got.facts);
				if (got.compiled) full.set(note.path, got.compiled);
				else full.delete(note.path);
				current.push({ path: note.path, url: note.url, sourceHash: notes.sourceHash(note.path, note.record), linksHash: got.facts.linksHash, embedsHash: got.facts.embedsHash, speakers: speakersKeyOf(note.record, options), ...blocksKey(note) });
			} catch (error) {
				if (error instanceof PublishCancelled) throw error;
				errors.push({ kind: "compile", path: note.path, message: error instanceof PublishLimitError ? error.message : `"${note.path}" could not be compiled: ${message(error)}. Fix the note or remove its publish flag.` });
			}
		}
		return current;
	};

	// Without a selection everything in the plan applies; with one, unselected items keep the old state.
	let published = selected.notes;
	const frozen = new Map<string, ManifestEntry>();
	if (request.selection) {
		const first = planPublish(await pass(published, urlsOf(published, new Map())), manifest, existing, sHash);
		const sel = request.selection;
		const skip = new Set<string>();
		for (const n of first.new) if (!sel.has(n.path)) skip.add(n.path);
		for (const n of first.changed) {
			if (sel.has(n.path)) continue;
			skip.add(n.path);
			frozen.set(n.path, manifest.notes[n.path]);
		}
		for (const n of first.renamed) {
			if (sel.has(n.to)) continue;
			skip.add(n.to);
			frozen.set(n.from, manifest.notes[n.from]);
		}
		for (const n of first.removed) if (!sel.has(n.path)) frozen.set(n.path, manifest.notes[n.path]);
		published = published.filter((n) => !skip.has(n.path));
		const taken = new Map(published.map((n) => [n.url.toLowerCase(), n.path]));
		for (const [path, entry] of frozen) {
			const other = taken.get(entry.permalink.toLowerCase());
			if (other !== undefined && other !== path) errors.push({ kind: "url", path: other, message: `"${other}" would take ${entry.permalink}, still published for "${path}". Publish both changes together.` });
		}
		if (errors.length > 0) return { ...failed(first, errors, manifest), warnings };
	}
	const frozenUrls = new Map([...frozen].filter(([p]) => existing.has(p)).map(([p, e]) => [p, e.permalink] as [string, string]));
	const urlsNow = urlsOf(published, frozenUrls);
	const current = await pass(published, urlsNow);
	if (errors.length > 0) return { ...failed(EMPTY_PLAN, errors, manifest), warnings };
	// Backlinks from every note on the site (held ones included), on the static site only.
	const backlinks: Map<string, Backlink[]> =
		options.layout === "site" ? backlinksOf(selected.notes.map((n) => ({ path: n.path, title: noteTitle(n.record, options.frontmatterKeys) })), (p) => facts.get(p), resolver, urlsNow) : new Map<string, Backlink[]>();
	for (const note of current) {
		const key = backlinksKey(backlinks.get(note.path));
		if (key) note.backlinks = key;
	}
	const planManifest: PublishManifest = frozen.size === 0 ? manifest : { ...manifest, notes: Object.fromEntries(Object.entries(manifest.notes).filter(([p]) => !frozen.has(p))) };
	const plan = planPublish(current, planManifest, existing, sHash);

	// Render only the notes the plan says changed; unchanged notes keep their files and entry.
	const unchanged = new Set(plan.unchanged);
	const entries: Record<string, ManifestEntry> = Object.fromEntries(frozen);
	const writes: OutputFile[] = [];
	const sent: string[] = [];
	const sink = request.sink;
	const write = async (files: OutputFile[]): Promise<void> => {
		if (!sink) {
			writes.push(...files);
			return;
		}
		for (const file of files) {
			await sink.put(file);
			sent.push(file.path);
		}
	};
	const compiledText = new Map<string, string>();
	const markdownFiles = new Map<string, string>();
	const info = { siteTitle: options.siteTitle, baseUrl: options.baseUrl };
	const clock = request.now ?? (() => new Date().toISOString());
	const startedAt = clock();
	let rendered = 0;
	for (const note of published) {
		check();
		if (!facts.has(note.path)) continue;
		request.onProgress?.({ done: rendered, total: published.length - unchanged.size, step: `Rendering ${note.path}` });
		const old = manifest.notes[note.path];
		if (unchanged.has(note.path) && old) {
			entries[note.path] = old;
		} else {
			let out: OutputFile[];
			let c: CompiledNote;
			try {
				c = full.get(note.path) ?? (await notes.compile(note.path, resolver, urlsNow, options));
				full.set(note.path, c);
				await quoteBlocks.prepare(note.record, async (path) => full.get(path) ?? (await notes.compile(path, resolver, urlsNow, options)));
				out = noteFiles(note, c, options, info, backlinks.get(note.path), (source) => quoteBlocks.html(source, note.url));
			} catch (error) {
				if (error instanceof PublishCancelled) throw error;
				errors.push({ kind: "compile", path: note.path, message: error instanceof PublishLimitError ? error.message : `"${note.path}" could not be rendered: ${message(error)}.` });
				continue;
			}
			rendered++;
			const outputHash = hashText(out.map((f) => `${f.path}\u0000${hashContent(f.content)}`).join("\n"));
			const owned = entryFilesOf(out);
			const entry: ManifestEntry = { sourceHash: notes.sourceHash(note.path, note.record), outputHash, permalink: note.url, files: owned.files, linksHash: c.linksHash, embedsHash: c.embedsHash, assets: c.assets };
			const speakers = speakersKeyOf(note.record, options);
			if (speakers) entry.speakers = speakers;
			const linked = backlinksKey(backlinks.get(note.path));
			if (linked) entry.backlinks = linked;
			// Which speaker pages hold its quotes: when it changes or goes, those pages are built again.
			const names = options.layout === "site" ? [...new Set(visibleQuotes(note.record, c).map((q) => q.speaker).filter((n): n is string => n !== null))].sort() : [];
			if (names.length > 0) entry.speakerNames = names;
			// The feed's date: kept while the note's text is unchanged, so re-renders do not make it new.
			entry.changed = old?.changed && old.sourceHash === entry.sourceHash ? old.changed : startedAt;
			Object.assign(entry, blocksKey(note));
			if (owned.quotePages) entry.quotePages = owned.quotePages;
			if (!old || old.missing || old.outputHash !== outputHash || entryFiles(old).join("\n") !== entryFiles(entry).join("\n")) await write(filesToWrite(out, old, owned.quotePages));
			entries[note.path] = entry;
			compiledText.set(note.path, c.body);
		}
		const md = entries[note.path].files.find((f) => f.endsWith(".md"));
		if (md) markdownFiles.set(note.path, md);
	}
	if (errors.length > 0) return { ...failed(plan, errors, manifest), warnings };

	const env = notes.env(resolver, urlsNow, options);
	// Notes whose edits were left out of this publish still appear in the lists and speaker pages, at the
	// URL their published page has (comments are stripped from them like from any note).
	const held = selected.notes.filter((n) => frozen.has(n.path)).map((n) => ({ ...n, url: frozen.get(n.path)?.permalink ?? n.url }));
	for (const note of held) {
		const got = await notes.facts(note, resolver, urlsNow, options);
		facts.set(note.path, got.facts);
		if (got.compiled) full.set(note.path, got.compiled);
	}
	const onSite = [...published, ...held].sort((a, b) => (a.path < b.path ? -1 : 1));
	const compiled = new Map(onSite.map((n) => [n.path, full.get(n.path) ?? factsOnly(n.path, facts.get(n.path)!)] as [string, CompiledNote]));
	const sitesSpeakers = speakersHash(onSite, (p) => facts.get(p)!.hiddenLines);
	// With no note-level change and the same settings, the site-wide pages are the ones already published.
	const reusePages = planIsEmpty(plan) && !manifest.missingFiles && manifest.settingsHash === sHash && (manifest.speakersHash ?? "") === sitesSpeakers;
	// Speaker pages show quotes of notes not rendered now: those are compiled when a page needs them.
	const compileNote = async (path: string): Promise<CompiledNote> => {
		let c = full.get(path);
		if (!c) {
			c = await notes.compile(path, resolver, urlsNow, options);
			full.set(path, c);
		}
		return c;
	};
	const site = await siteFiles({ published: onSite, compiled, entries, manifest, plan, options, info, vault, env, check, reusePages, compileNote, readPublished: request.readPublished });
	errors.push(...site.errors);
	if (errors.length > 0) return { ...failed(plan, errors, manifest), warnings };
	cache?.retain(new Set(onSite.map((n) => n.path)), existing);
	await write(site.writes);
	const keep = new Set([...Object.values(entries).flatMap(entryFiles), ...Object.keys(site.hashes)]);
	const before = [...Object.values(manifest.notes).flatMap(entryFiles), ...Object.keys(manifest.siteFiles)];
	const deletes = [...new Set(before.filter((p) => !keep.has(p)))].sort();
	const changes: PublishChanges = sink ? { write: writes, delete: deletes, sent } : { write: writes, delete: deletes };
	const next: PublishManifest = {
		version: MANIFEST_VERSION,
		notes: sortKeys(entries),
		siteFiles: sortKeys(site.hashes),
		redirects: sortKeys(site.redirects),
		publishedAt: manifest.publishedAt,
		settingsHash: sHash,
	};
	if (sitesSpeakers) next.speakersHash = sitesSpeakers;
	const changed = writes.length + sent.length + deletes.length > 0 || JSON.stringify(next) !== JSON.stringify({ ...manifest, publishedAt: manifest.publishedAt });
	if (changed) next.publishedAt = startedAt;
	const quotes = site.quoteCount;
	return { plan, errors, warnings, changes, manifest: changed ? next : manifest, compiled: compiledText, markdownFiles, stats: { notes: published.length, rendered, quotes, files: keep.size } };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export { message };
