// The files one published note owns, in either layout, and its public frontmatter.
import type { Episode, Frontmatter, NoteRecord, Quote } from "../types";
import type { CompiledNote } from "./compile";
import { dgFrontmatter } from "./dg-frontmatter";
import { dgBody } from "./dg-markdown";
import { hashText } from "./hash";
import { publicValue } from "./public-value";
import { QuoteAnchor, renderMarkdown } from "./markdown";
import type { PublishOptions } from "./options";
import type { PublishedNote } from "./selection";
import { backlinksSection, type Backlink } from "./backlinks";
import { sitePlayLink } from "./play";
import { noteQuotesSection, notePage, NoteSummary, PageQuote, SiteInfo } from "./site";
import { noteDescription, pageMeta } from "./site-meta";
import { noteTags, noteTagsHtml, tagLinkOf } from "./site-tags";
import type { OutputFile } from "./types";
import { pageFile, slugify } from "./url";
import { quotePageFiles } from "./quote-page";

const BLOCK_OF_KIND: Record<string, string> = {
	blockquote: "blockquote_open",
	callout: "blockquote_open",
	list: "list_item_open",
	turn: "paragraph_open",
	paragraph: "paragraph_open",
};

/** The note's title for readers: a `title` in frontmatter (when public), else the file name. */
export function noteTitle(record: NoteRecord, publicKeys: readonly string[]): string {
	const title = publicKeys.includes("title") ? record.frontmatter.title : undefined;
	return typeof title === "string" && title.trim() !== "" ? title.trim() : record.title;
}

/** Frontmatter keys each episode field can come from. */
const EPISODE_KEYS: Record<keyof Episode, string[]> = {
	show: ["show", "podcast"],
	number: ["episode", "episode_number", "number"],
	title: ["title", "episode_title"],
	guests: ["guest", "guests"],
	hosts: ["host", "hosts"],
	date: ["date", "published"],
	url: ["url", "episode_url"],
};

/**
 * The episode as the pages may show it: a field that comes from a frontmatter key left off the public
 * list is dropped (fields the parser read from the title or the text stay).
 */
export function publicEpisode(record: NoteRecord, publicKeys: readonly string[]): Episode {
	const episode: Episode = { ...record.episode, guests: [...record.episode.guests], hosts: [...record.episode.hosts] };
	for (const [field, keys] of Object.entries(EPISODE_KEYS) as [keyof Episode, string[]][]) {
		const present = keys.filter((k) => k in record.frontmatter);
		if (present.length === 0 || present.some((k) => publicKeys.includes(k))) continue;
		if (field === "guests" || field === "hosts") episode[field] = [];
		else if (field === "number") episode.number = null;
		else episode[field] = null;
	}
	const clean = (v: string): string => String(publicValue(v));
	return { ...episode, guests: episode.guests.map(clean), hosts: episode.hosts.map(clean) };
}

export function summary(note: PublishedNote, publicKeys: readonly string[]): NoteSummary {
	return { path: note.path, title: noteTitle(note.record, publicKeys), url: note.url, episode: publicEpisode(note.record, publicKeys), isPodcast: note.record.isPodcast };
}

/** Only allow-listed keys survive; the title and permalink are always the published ones. */
export function publicFrontmatter(note: PublishedNote, options: PublishOptions): Frontmatter {
	const out: Frontmatter = {};
	for (const key of options.frontmatterKeys) {
		if (!(key in note.record.frontmatter)) continue;
		const value = publicValue(note.record.frontmatter[key]);
		if (value !== undefined) out[key] = value;
	}
	out.title = noteTitle(note.record, options.frontmatterKeys);
	out.permalink = note.url;
	return out;
}

/** Where a copied attachment lives in the site: `Assets/My Photo.PNG` → `/files/assets/my-photo.png`. */
export function assetUrl(path: string): string {
	const segments = path.split("/");
	const name = segments.pop() ?? "";
	const dot = name.lastIndexOf(".");
	const ext = dot > 0 ? name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, "") : "";
	const base = slugify(dot > 0 ? name.slice(0, dot) : name) || "file";
	const folders = segments.map(slugify).filter((s) => s.length > 0);
	return `/files/${[...folders, ext ? `${base}.${ext}` : base].join("/")}`;
}

/** Output path of an attachment in the chosen layout. */
export function assetFile(path: string, options: PublishOptions): string {
	return options.layout === "digital-garden" ? `src/site/img/user/${path}` : assetUrl(path).slice(1);
}

/** Source line → the first compiled line it became. */
function compiledLineOf(compiled: CompiledNote): Map<number, number> {
	const lineOf = new Map<number, number>();
	compiled.lineMap.forEach((source, index) => {
		if (source !== null && !lineOf.has(source)) lineOf.set(source, index);
	});
	return lineOf;
}

/** The note's quotes that are published: not inside a comment. Needs only `hiddenLines` of the compile. */
export function visibleQuotes(record: NoteRecord, compiled: Pick<CompiledNote, "hiddenLines">): Quote[] {
	return record.quotes.filter((q) => !compiled.hiddenLines.has(q.line));
}

/** Quote anchors for the renderer: each kept quote at the compiled line where it starts. */
export function quoteAnchors(record: NoteRecord, compiled: CompiledNote): QuoteAnchor[] {
	const lineOf = compiledLineOf(compiled);
	return visibleQuotes(record, compiled)
		.filter((q) => lineOf.has(q.line))
		.map((q) => ({ id: q.id, line: lineOf.get(q.line) ?? 0, block: BLOCK_OF_KIND[q.kind] ?? "blockquote_open" }));
}

/**
 * A quote's public Markdown, cut from the note's compiled text (so links, embeds and comments are already
 * what the page shows), without its blockquote markers, callout header or list marker.
 */
function quoteMarkdown(quote: Quote, lines: string[], compiled: CompiledNote, lineOf: Map<number, number>): string {
	const start = lineOf.get(quote.line);
	if (start === undefined) return "";
	let end = start;
	for (let i = start + 1; i < compiled.lineMap.length; i++) {
		const source = compiled.lineMap[i];
		if (source === null) continue;
		if (source > quote.endLine) break;
		end = i;
	}
	const cut = lines.slice(start, end + 1).map((line) => line.replace(/^\s*(?:>\s?)+/, ""));
	if (quote.kind === "callout" && /^\[![\w-]+\]/.test(cut[0] ?? "")) cut.shift();
	if (quote.kind === "list" && cut.length > 0) cut[0] = cut[0].replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?/, "");
	const indent = Math.min(...cut.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0));
	return cut.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join("\n").trim();
}

/** A note's published quotes with their public Markdown (and play links from `publicKeys`), in note order. */
export function pageQuotes(record: NoteRecord, compiled: CompiledNote, publicKeys: readonly string[] = []): PageQuote[] {
	const lineOf = compiledLineOf(compiled);
	const lines = compiled.body.split("\n");
	return visibleQuotes(record, compiled).map((q) => ({
		id: q.id,
		kind: q.kind,
		speaker: q.speaker,
		markdown: quoteMarkdown(q, lines, compiled, lineOf),
		timestamp: q.timestamp,
		play: sitePlayLink(q, record, compiled.body, publicKeys),
	}));
}

/**
 * What of the vault-wide speaker resolution a note's page shows (its quotes' canonical names): when it
 * changes (an alias or person note renamed a speaker) the page is rendered again. "" for a note without
 * quotes or in the Digital Garden layout, whose files show no resolved names.
 */
export function noteSpeakersKey(record: NoteRecord, options: PublishOptions): string {
	if (options.layout !== "site" || record.quotes.length === 0) return "";
	return hashText(record.quotes.map((q) => q.speaker ?? "").join("\n"));
}

/** Markdown to the plain words search holds. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/[ \t]\^[A-Za-z0-9-]+[ \t]*$/gm, "")
		.replace(/!\[[^\]]*\]\([^)]*\)/g, "")
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/[*_~=`>#]+/g, "")
		.replace(/\s+/g, " ")
		.trim();
}

/**
 * Every file the note owns: its page and its public Markdown, or its Digital Garden note
 * file. `backlinks` are the published notes linking to it (backlinks.ts), shown on its page;
 * `quotesBlock` renders a `podcast-quotes` block of the page (quotes-blocks.ts).
 */
export function noteFiles(note: PublishedNote, compiled: CompiledNote, options: PublishOptions, info: SiteInfo, backlinks: readonly Backlink[] = [], quotesBlock?: (source: string) => string): OutputFile[] {
	const frontmatter = publicFrontmatter(note, options);
	const markdown = `---\n${JSON.stringify(frontmatter)}\n---\n${compiled.body.replace(/\s+$/, "")}\n`;
	if (options.layout === "digital-garden") {
		const body = dgBody(compiled.body, options.keepNoteHtml);
		return [{ path: `src/site/notes/${note.path}`, content: `---\n${JSON.stringify(dgFrontmatter(note, options))}\n---\n${body.replace(/\s+$/, "")}\n` }];
	}
	const tags = noteTags(note.record, options.frontmatterKeys, compiled.tags);
	const html = renderMarkdown(compiled.body, { pageUrl: note.url, quotesBlock, tagLink: tagLinkOf(tags) }, quoteAnchors(note.record, compiled));
	const about = summary(note, options.frontmatterKeys);
	const quotes = pageQuotes(note.record, compiled, options.frontmatterKeys);
	const description = noteDescription(note.record.frontmatter, options.frontmatterKeys, quotes.length > 0 ? plainText(quotes[0].markdown) : null);
	const parts = {
		head: pageMeta(info, note.url, about.title, description, "article"),
		tagsHtml: noteTagsHtml(note.url, tags),
		backlinksHtml: backlinksSection(note.url, backlinks),
	};
	const files: OutputFile[] = [
		{ path: pageFile(note.url), content: notePage(info, about, html, noteQuotesSection(about, quotes, options.quotePages), parts) },
		{ path: markdownFile(note.url), content: markdown },
	];
	files.push(...quotePageFiles(info, about, quotes, visibleQuotes(note.record, compiled), options.quotePages));
	return files;
}

/**
 * Where a page's public Markdown is kept (the preview diffs against it). It sits in a dot folder so an
 * output folder inside the vault adds no notes to Obsidian's index.
 */
export function markdownFile(url: string): string {
	return `.podcast-garden/markdown/${pageFile(url).replace(/index\.html$/, "index.md")}`;
}
