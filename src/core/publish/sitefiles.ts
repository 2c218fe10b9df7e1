// Site-wide files: home, episodes, speakers, quotes, search, CSS/JS, redirects and copied attachments.
// They are rebuilt from the records every time (titles, URLs and quote counts: no quote is rendered
// here) and written only when their bytes changed.
import { isPublishedAttachment, type CompiledNote, type CompileEnv } from "./compile";
import { SEARCH_JS, SITE_CSS } from "./assets";
import { hashContent } from "./hash";
import type { PublishOptions } from "./options";
import { feedFile } from "./feed";
import { assetFile, summary, visibleQuotes } from "./output";
import { isSearchIndexFile, searchIndexFiles } from "./site-search";
import type { PublishedNote, PublishError } from "./selection";
import { isSitePage, NoteQuotes, NoteSummary, redirectPage, SEARCH_LIST_FILE, SiteInfo, siteList, sitePages } from "./site";
import type { ManifestEntry, OutputFile, PublishManifest, PublishPlan } from "./types";
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

/** The search index and the feed, from every published note's search text (see site-search.ts, feed.ts). */
function searchAndFeed(input: SiteInput, summaries: NoteSummary[], errors: PublishError[]): OutputFile[] {
	const notes = input.published.map((note, i) => ({ note, summary: summaries[i], compiled: input.compiled.get(note.path) }));
	for (const { note, compiled } of notes) {
		if (!compiled?.search) errors.push({ kind: "compile", path: note.path, message: `"${note.path}" has no search text (a bug: publish again, or report it).` });
	}
	const index = searchIndexFiles(notes.map(({ note, summary, compiled }) => ({ summary, record: note.record, compiled: { hiddenLines: compiled?.hiddenLines ?? new Set(), search: compiled?.search } })));
	const feed = feedFile(input.info, notes.map(({ note, summary, compiled }) => ({
		summary,
		record: note.record,
		changed: input.entries[note.path]?.changed,
		search: compiled?.search,
	})));
	return [...index, feed];
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
			return { note: summary(note, options.frontmatterKeys), counts };
		});
		const hasHome = Object.values(input.entries).some((e) => e.permalink === "/");
		// The list holds all the site-wide pages are made of: the same list, the same pages as last time.
		if (input.manifest.siteFiles[SEARCH_LIST_FILE] === hashContent(siteList(info, notes, hasHome))) {
			// The search index is written below, always: a part it no longer has must be deleted, not kept.
			for (const [path, hash] of Object.entries(input.manifest.siteFiles)) if (isSitePage(path, hasHome) && !isSearchIndexFile(path)) hashes[path] = hash;
		} else {
			files.push(...sitePages(info, notes, hasHome));
		}
		files.push({ path: "assets/site.css", content: SITE_CSS }, { path: "assets/search.js", content: SEARCH_JS });
		files.push(...searchAndFeed(input, notes.map((q) => q.note), errors));
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
