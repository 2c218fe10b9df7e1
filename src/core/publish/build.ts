// One publish, start to finish and host-free: read the vault through a reader, select, compile, plan,
// render only what changed, and work out the exact files to write and delete and the new manifest.
import { contributionOf, speakerDirectoryOf, type Contribution } from "../index/vault-context";
import { parseNote } from "../note";
import type { NoteRecord } from "../types";
import { compileNote, CompiledNote, CompileEnv } from "./compile";
import { hashContent, hashText } from "./hash";
import { LinkResolver } from "./links";
import type { PublishOptions } from "./options";
import { CurrentNote, planIsEmpty, planPublish } from "./plan";
import { PublishedNote, PublishError, selectNotes } from "./selection";
import { assetUrl, noteFiles } from "./output";
import { siteFiles } from "./sitefiles";
import type { ManifestEntry, OutputFile, PublishChanges, PublishManifest, PublishPlan, PublishProgress } from "./types";

/** The vault as the core sees it: the host lists files and reads them. */
export interface VaultReader {
	/** Every file in the vault (notes and attachments), vault-relative, `/`-separated. */
	listFiles(): Promise<string[]>;
	readText(path: string): Promise<string>;
	readBinary(path: string): Promise<Uint8Array>;
}

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
	 * The user's alias table (alias → canonical name). Speakers are resolved vault-wide like the quote
	 * index does (person notes, this table, first names), so the site shows the sidebar's names.
	 */
	aliasTable?: Record<string, string>;
}

export interface PublishBuild {
	plan: PublishPlan;
	/** When not empty nothing may be committed: `changes` is empty and `manifest` is the old one. */
	errors: PublishError[];
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

const RENDER_VERSION = "1";

export function settingsHash(options: PublishOptions, parseSignature = ""): string {
	const { frontmatterKeys, layout, baseUrl, siteTitle, embedDepth } = options;
	return hashText(JSON.stringify([RENDER_VERSION, frontmatterKeys, layout, baseUrl, siteTitle, embedDepth, parseSignature]));
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
	const files = (await vault.listFiles()).slice().sort();
	const notePaths = files.filter((p) => /\.md$/i.test(p));
	const texts = new Map<string, string>();
	const errors: PublishError[] = [];
	let parsed: { record: NoteRecord; text: string }[] = [];
	// What every note (flagged or not) tells about speakers. Only canonical names ever reach the output:
	// a published quote's speaker is renamed, nothing else of another note is used.
	const contributions: Contribution[] = [];
	for (const path of notePaths) {
		check();
		try {
			const text = await vault.readText(path);
			texts.set(path, text);
			const record = parse(path, text);
			contributions.push(contributionOf(record));
			// Only frontmatter flags a note, so a note whose text never names a flag key cannot be flagged.
			if (options.flagKeys.some((key) => text.includes(key))) parsed.push({ record, text });
		} catch (error) {
			errors.push({ kind: "read", path, message: `Could not read "${path}": ${message(error)}` });
		}
	}
	const speakers = speakerDirectoryOf(contributions, request.aliasTable);
	const resolved = parsed.map((p) => ({ record: speakers.resolveRecord(p.record), text: p.text }));
	const speakersHash = renamesHash(parsed.map((p) => p.record), resolved.map((p) => p.record));
	parsed = resolved;
	const selected = selectNotes(parsed, options);
	errors.push(...selected.errors.filter((e) => e.kind === "url"));
	if (errors.length > 0) return failed(EMPTY_PLAN, errors, manifest);

	const resolver = new LinkResolver(files);
	const existing = new Set(notePaths);
	const sHash = settingsHash(options, request.parseSignature);
	const pass = (published: PublishedNote[], frozenUrls: Map<string, string>): { current: CurrentNote[]; compiled: Map<string, CompiledNote> } => {
		const urls = new Map([...frozenUrls, ...published.map((n) => [n.path, n.url] as [string, string])]);
		const env: CompileEnv = { resolver, text: (p) => texts.get(p), urlOf: (p) => urls.get(p) ?? null, assetUrl, layout: options.layout, embedDepth: options.embedDepth };
		const compiled = new Map<string, CompiledNote>();
		const current: CurrentNote[] = [];
		for (const note of published) {
			try {
				const c = compileNote(note.path, note.text, env);
				compiled.set(note.path, c);
				current.push({ path: note.path, url: note.url, sourceHash: note.record.hash || hashText(note.text), linksHash: c.linksHash, embedsHash: c.embedsHash });
			} catch (error) {
				errors.push({ kind: "compile", path: note.path, message: `"${note.path}" could not be compiled: ${message(error)}. Fix the note or remove its publish flag.` });
			}
		}
		return { current, compiled };
	};

	// Without a selection everything in the plan applies; with one, unselected items keep the old state.
	let published = selected.notes;
	const frozen = new Map<string, ManifestEntry>();
	if (request.selection) {
		const first = planPublish(pass(published, new Map()).current, manifest, existing, sHash);
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
		if (errors.length > 0) return failed(first, errors, manifest);
	}
	const frozenUrls = new Map([...frozen].filter(([p]) => existing.has(p)).map(([p, e]) => [p, e.permalink] as [string, string]));
	const { current, compiled } = pass(published, frozenUrls);
	if (errors.length > 0) return failed(EMPTY_PLAN, errors, manifest);
	const planManifest: PublishManifest = { ...manifest, notes: Object.fromEntries(Object.entries(manifest.notes).filter(([p]) => !frozen.has(p))) };
	const plan = planPublish(current, planManifest, existing, sHash);

	// Render only the notes the plan says changed; unchanged notes keep their files and entry.
	const unchanged = new Set(plan.unchanged);
	const entries: Record<string, ManifestEntry> = Object.fromEntries(frozen);
	const writes: OutputFile[] = [];
	const compiledText = new Map<string, string>();
	const markdownFiles = new Map<string, string>();
	const info = { siteTitle: options.siteTitle, baseUrl: options.baseUrl };
	let rendered = 0;
	for (const note of published) {
		check();
		const c = compiled.get(note.path);
		if (!c) continue;
		request.onProgress?.({ done: rendered, total: published.length - unchanged.size, step: `Rendering ${note.path}` });
		const old = manifest.notes[note.path];
		if (unchanged.has(note.path) && old) {
			entries[note.path] = old;
		} else {
			let out: OutputFile[];
			try {
				out = noteFiles(note, c, options, info);
			} catch (error) {
				errors.push({ kind: "compile", path: note.path, message: `"${note.path}" could not be rendered: ${message(error)}.` });
				continue;
			}
			rendered++;
			const outputHash = hashText(out.map((f) => `${f.path}\u0000${hashContent(f.content)}`).join("\n"));
			const entry = { sourceHash: note.record.hash || hashText(note.text), outputHash, permalink: note.url, files: out.map((f) => f.path), linksHash: c.linksHash, embedsHash: c.embedsHash, assets: c.assets };
			if (!old || old.outputHash !== outputHash || old.files.join("\n") !== entry.files.join("\n")) writes.push(...out);
			entries[note.path] = entry;
			compiledText.set(note.path, c.body);
		}
		const md = entries[note.path].files.find((f) => f.endsWith(".md"));
		if (md) markdownFiles.set(note.path, md);
	}
	if (errors.length > 0) return failed(plan, errors, manifest);

	const env: CompileEnv = { resolver, text: (p) => texts.get(p), urlOf: (p) => urlsNow.get(p) ?? null, assetUrl, layout: options.layout, embedDepth: options.embedDepth };
	const urlsNow = new Map([...frozenUrls, ...published.map((n) => [n.path, n.url] as [string, string])]);
	// With no note-level change and the same settings, the site-wide pages are the ones already published.
	const reusePages = planIsEmpty(plan) && manifest.settingsHash === sHash && (manifest.speakersHash ?? "") === speakersHash;
	// Notes whose edits were left out of this publish still appear in the lists and speaker pages, at the
	// URL their published page has (comments are stripped from them like from any note).
	const held = selected.notes.filter((n) => frozen.has(n.path)).map((n) => ({ ...n, url: frozen.get(n.path)?.permalink ?? n.url }));
	for (const note of held) compiled.set(note.path, compileNote(note.path, note.text, env));
	const onSite = [...published, ...held].sort((a, b) => (a.path < b.path ? -1 : 1));
	const site = await siteFiles({ published: onSite, compiled, entries, manifest, plan, options, info, vault, env, check, reusePages });
	errors.push(...site.errors);
	if (errors.length > 0) return failed(plan, errors, manifest);
	writes.push(...site.writes);
	const keep = new Set([...Object.values(entries).flatMap((e) => e.files), ...Object.keys(site.hashes)]);
	const before = [...Object.values(manifest.notes).flatMap((e) => e.files), ...Object.keys(manifest.siteFiles)];
	const deletes = [...new Set(before.filter((p) => !keep.has(p)))].sort();
	const changes: PublishChanges = { write: writes, delete: deletes };
	const next: PublishManifest = {
		version: 1,
		notes: sortKeys(entries),
		siteFiles: sortKeys(site.hashes),
		redirects: sortKeys(site.redirects),
		publishedAt: manifest.publishedAt,
		settingsHash: sHash,
	};
	if (speakersHash) next.speakersHash = speakersHash;
	const changed = writes.length + deletes.length > 0 || JSON.stringify(next) !== JSON.stringify({ ...manifest, publishedAt: manifest.publishedAt });
	if (changed) next.publishedAt = (request.now ?? (() => new Date().toISOString()))();
	const quotes = site.quoteCount;
	return { plan, errors, changes, manifest: changed ? next : manifest, compiled: compiledText, markdownFiles, stats: { notes: published.length, rendered, quotes, files: keep.size } };
}

/** Hash of the vault-wide renames the published quotes got ("" when none): a change rebuilds the site pages. */
function renamesHash(local: NoteRecord[], resolved: NoteRecord[]): string {
	const renames = new Set<string>();
	local.forEach((record, i) => {
		const after = resolved[i].quotes;
		record.quotes.forEach((q, j) => {
			if (after[j] !== q) renames.add(`${q.speaker ?? q.calloutTitle ?? ""}\u0000${after[j].speaker ?? ""}`);
		});
	});
	return renames.size === 0 ? "" : hashText([...renames].sort().join("\n"));
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
