// Site-wide files: home, episodes, speakers, tags, quotes, search, CSS/JS, redirects and copied
// attachments. The list pages are built from titles, URLs, tags and quote counts; speaker pages also
// show quotes, and only those holding a quote of a note rendered now are built again (site-speakers.ts).
// Files are written only when their bytes changed.
import { isPublishedAttachment, type CompiledNote, type CompileEnv } from "./compile";
import { SEARCH_JS, SITE_CSS } from "./assets";
import { PAGES_CSS } from "./site-pages-css";
import { hashContent } from "./hash";
import type { PublishOptions } from "./options";
import { feedFile } from "./feed";
import { assetFile, pageQuotes, summary, visibleQuotes } from "./output";
import { indexRow, isSearchIndexFile } from "./site-search";
import { updateSearchIndex } from "./search-log";
import type { PublishedNote, PublishError } from "./selection";
import { isSitePage, NoteQuotes, NoteSummary, redirectPage, SEARCH_LIST_FILE, SiteInfo, siteList, sitePages } from "./site";
import { episodesPage, tagPages } from "./site-lists";
import { isSpeakerPage, speakerFiles, speakersIndex } from "./site-speakers";
import { noteTags } from "./site-tags";
import type { ChangeReason, ManifestEntry, OutputFile, PublishManifest, PublishPlan } from "./types";
import { pageFile } from "./url";
import type { VaultReader } from "./types";

export interface SiteInput {
	published: PublishedNote[];
	compiled: Map<string, CompiledNote>;
	entries: Record<string, ManifestEntry>;
	manifest: PublishManifest;
	plan: PublishPlan;
	options: PublishOptions;
	info: SiteInfo;
	vault: VaultReader;
	env: CompileEnv;
	check: () => void;
	/** Nothing a site-wide page shows has changed: keep the published pages instead of building them. */
	reusePages?: boolean;
	/** The target's current text of a published file: the search index's rows are read back from it. */
	readPublished?: (path: string) => Promise<string | null>;
	/** A published note compiled in full (speaker pages show its quotes); `compiled` when absent. */
	compileNote?: (path: string) => Promise<CompiledNote>;
}

export interface SiteOutput {
	writes: OutputFile[];
	hashes: Record<string, string>;
	redirects: Record<string, string>;
	errors: PublishError[];
	quoteCount: number;
}

/** Redirects from renamed notes' old URLs, minus any URL a published note now uses. */
function redirectsNow(input: SiteInput): Record<string, string> {
	const redirects: Record<string, string> = { ...input.manifest.redirects };
	for (const r of input.plan.renamed) {
		if (r.fromUrl === r.url) continue;
		for (const [from, to] of Object.entries(redirects)) if (to === r.fromUrl) redirects[from] = r.url;
		redirects[r.fromUrl] = r.url;
	}
	const taken = new Set(Object.values(input.entries).map((e) => e.permalink.toLowerCase()));
	for (const from of Object.keys(redirects)) if (taken.has(from.toLowerCase()) || redirects[from] === from) delete redirects[from];
	return redirects;
}

/**
 * Speakers quoted now or last time by a note rendered, removed or renamed in this publish (see
 * `speakerFiles`). A manifest from before `speakerNames` was kept has other settings: every note is
 * rendered then, so every speaker is affected.
 */
function affectedSpeakers(input: SiteInput, notes: readonly NoteQuotes[], rendered: ReadonlySet<string>): Set<string> {
	const names = new Set<string>();
	for (const q of notes) if (rendered.has(q.note.path)) for (const name of q.counts.keys()) if (name !== null) names.add(name);
	const before = [...rendered, ...input.plan.removed.map((r) => r.path), ...input.plan.renamed.map((r) => r.from)];
	for (const path of before) {
		const entry = input.manifest.notes[path];
		for (const name of entry?.speakerNames ?? []) names.add(name);
	}
	return names;
}

/** Why a note may be rendered again while its search row stays the same: its backlinks, its quote blocks, lost files. */
const ROW_KEEPING_REASONS: ReadonlySet<ChangeReason> = new Set(["backlinks", "quotes", "missing"]);

/** Notes whose search row may differ from the published one: new, renamed, or changed for a reason that reaches the row. */
function rowsChanged(plan: PublishPlan): Set<string> {
	const changed = plan.changed.filter((n) => n.reasons.some((r) => !ROW_KEEPING_REASONS.has(r)));
	return new Set([...plan.new, ...changed].map((n) => n.path).concat(plan.renamed.map((r) => r.to)));
}

/**
 * The search index (search-log.ts: the rows of notes rendered now, the others read back from the published
 * index) and the feed (from every note's cached excerpt).
 */
async function searchAndFeed(input: SiteInput, summaries: NoteSummary[], fresh: ReadonlySet<string>, compileNote: (path: string) => Promise<CompiledNote>, errors: PublishError[]): Promise<{ files: OutputFile[]; kept: Record<string, string> }> {
	const notes = input.published.map((note, i) => ({ note, summary: summaries[i], compiled: input.compiled.get(note.path) }));
	const index = await updateSearchIndex({
		notes: notes.map(({ note, summary, compiled }) => ({
			url: summary.url.replace(/^\//, ""),
			fresh: fresh.has(note.path),
			row: async () => {
				const full = compiled?.search ? compiled : await compileNote(note.path);
				if (!full.search) errors.push({ kind: "compile", path: note.path, message: `"${note.path}" has no search text (a bug: publish again, or report it).` });
				return indexRow({ summary, record: note.record, compiled: full });
			},
		})),
		oldUrls: Object.values(input.manifest.notes).map((e) => e.permalink.replace(/^\//, "")),
		removed: input.plan.removed.length > 0,
		oldFiles: input.manifest.siteFiles,
		read: input.readPublished,
	});
	for (const { note, compiled } of notes) {
		if (compiled?.excerpt === undefined) errors.push({ kind: "compile", path: note.path, message: `"${note.path}" has no feed excerpt (a bug: publish again, or report it).` });
	}
	const feed = feedFile(input.info, notes.map(({ note, summary, compiled }) => ({
		summary,
		record: note.record,
		changed: input.entries[note.path]?.changed,
		excerpt: compiled?.excerpt,
	})));
	return { files: [...index.files, feed], kept: index.kept };
}

export async function siteFiles(input: SiteInput): Promise<SiteOutput> {
	const { published, compiled, options, info } = input;
	const files: OutputFile[] = [];
	const errors: PublishError[] = [];
	const redirects = redirectsNow(input);
	const quotesOf = new Map(published.map((note) => {
		const c = compiled.get(note.path);
		return [note.path, c ? visibleQuotes(note.record, c) : []] as const;
	}));
	let quoteCount = 0;
	for (const list of quotesOf.values()) quoteCount += list.length;
	const hashes: Record<string, string> = {};
	const attachmentRoot = options.layout === "digital-garden" ? "src/site/img/user/" : "files/";
	if (input.reusePages) {
		for (const [path, hash] of Object.entries(input.manifest.siteFiles)) if (!path.startsWith(attachmentRoot)) hashes[path] = hash;
	} else if (options.layout === "site") {
		const notes: NoteQuotes[] = published.map((note) => {
			const counts = new Map<string | null, number>();
			const quotes = quotesOf.get(note.path) ?? [];
			for (const q of quotes) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
			return { note: summary(note, options.frontmatterKeys), counts, tags: noteTags(note.record, options.frontmatterKeys, compiled.get(note.path)?.tags) };
		});
		const hasHome = Object.values(input.entries).some((e) => e.permalink === "/");
		// The list holds all the list pages are made of: the same list, the same pages as last time. Speaker
		// pages also show quotes' words: speakerFiles renders the ones holding a quote of a rendered note.
		const listSame = input.manifest.siteFiles[SEARCH_LIST_FILE] === hashContent(siteList(info, notes, hasHome));
		// The search index is written below, always: a part it no longer has must be deleted, not kept.
		if (listSame) {
			for (const [path, hash] of Object.entries(input.manifest.siteFiles)) if (isSitePage(path, hasHome) && !isSpeakerPage(path) && !isSearchIndexFile(path)) hashes[path] = hash;
		} else {
			files.push(...sitePages(info, notes, hasHome), episodesPage(info, notes), speakersIndex(info, notes), ...tagPages(info, notes));
		}
		const rendered = new Set([...input.plan.new, ...input.plan.changed].map((n) => n.path).concat(input.plan.renamed.map((r) => r.to)));
		const byPath = new Map(published.map((n) => [n.path, n]));
		const compileNote = input.compileNote ?? ((path: string) => Promise.resolve(compiled.get(path) as CompiledNote));
		const affected = affectedSpeakers(input, notes, rendered);
		const speakers = await speakerFiles({ info, notes, old: input.manifest.siteFiles, listSame, rendered, affected, check: input.check, quotesOf: async (path) => {
			const note = byPath.get(path);
			return note ? pageQuotes(note.record, await compileNote(path)) : [];
		} });
		Object.assign(hashes, speakers.kept);
		files.push(...speakers.files);
		files.push({ path: "assets/site.css", content: SITE_CSS + PAGES_CSS }, { path: "assets/search.js", content: SEARCH_JS });
		const search = await searchAndFeed(input, notes.map((q) => q.note), rowsChanged(input.plan), compileNote, errors);
		Object.assign(hashes, search.kept);
		files.push(...search.files);
		for (const [from, to] of Object.entries(redirects)) files.push({ path: pageFile(from), content: redirectPage(info, from, to) });
	}
	// Entries kept from an older publish may still name an attachment type no longer published: dropped.
	const assets = new Set(Object.values(input.entries).flatMap((e) => e.assets ?? []).filter(isPublishedAttachment));
	const ownerOf = (path: string): string | null => Object.entries(input.entries).find(([, e]) => e.assets?.includes(path))?.[0] ?? null;
	// Slugs (and case-insensitive disks) can give two attachments one output path: one would silently win.
	const byFile = new Map<string, string>();
	for (const path of [...assets].sort()) {
		input.check();
		const file = assetFile(path, options);
		const other = byFile.get(file.toLowerCase());
		if (other !== undefined) {
			const owner = ownerOf(path);
			errors.push({ kind: "url", path: owner, message: `The attachments "${other}" and "${path}"${owner ? ` (used by "${owner}")` : ""} would both be published as ${file}. Rename one of them or its folder.` });
			continue;
		}
		byFile.set(file.toLowerCase(), path);
		try {
			files.push({ path: file, content: await input.vault.readBinary(path) });
		} catch (error) {
			const owner = ownerOf(path);
			errors.push({ kind: "read", path: owner, message: `The attachment "${path}" used by "${owner ?? "a published note"}" could not be read: ${error instanceof Error ? error.message : String(error)}` });
		}
	}
	const writes: OutputFile[] = [];
	for (const file of files) {
		const hash = hashContent(file.content);
		hashes[file.path] = hash;
		if (input.manifest.siteFiles[file.path] !== hash) writes.push(file);
	}
	return { writes, hashes, redirects, errors, quoteCount };
}
