// HTML pages of the static site: the shell every page shares, note pages, and the site-wide pages
// (home, episodes, speakers, quotes, search) built from the published notes' records.
import type { Episode, QuoteKind } from "../types";
import { escapeHtml, escapeId } from "./html";
import { renderMarkdown } from "./markdown";
import { timeHtml, type SitePlay } from "./play";
import type { OutputFile } from "./types";
import { pageFile, publicUrl, relativeUrl, slugify } from "./url";
import { hasSharePage, shareLink } from "./quote-url";
import type { QuotePageMode } from "./options";

export interface SiteInfo {
	siteTitle: string;
	baseUrl: string;
}

/** What the site-wide pages need about one published note. */
export interface NoteSummary {
	path: string;
	title: string;
	url: string;
	episode: Episode;
	isPodcast: boolean;
}

/**
 * What the site-wide pages know about one note's quotes: only counts per speaker (null: no speaker), so
 * editing a quote's words changes none of them.
 */
export interface NoteQuotes {
	note: NoteSummary;
	/** Speaker → number of the note's published quotes, in the order the note first quotes them. */
	counts: Map<string | null, number>;
	/** The note's public tags (site-tags.ts). */
	tags?: string[];
}

const CSP = "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

export function pageShell(info: SiteInfo, url: string, title: string, main: string, head = ""): string {
	const root = relativeUrl(url, "/");
	const canonical = info.baseUrl ? `\n<link rel="canonical" href="${escapeHtml(publicUrl(info.baseUrl, url))}">` : "";
	const fullTitle = title === info.siteTitle ? title : `${title} · ${info.siteTitle}`;
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(fullTitle)}</title>
<link rel="stylesheet" href="${root}assets/site.css">${canonical}${head}
<link rel="alternate" type="application/atom+xml" title="${escapeHtml(info.siteTitle)}" href="${root}feed.xml">
<script src="${root}assets/search.js" defer></script>
</head>
<body data-root="${root}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-title" href="${root}">${escapeHtml(info.siteTitle)}</a>
<nav aria-label="Site"><a href="${root}episodes/">Episodes</a><a href="${root}speakers/">Speakers</a><a href="${root}tags/">Tags</a><a href="${root}quotes/">Quotes</a><a href="${root}search/">Search</a></nav>
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="footer">Published with Podcast Garden · <a href="${root}feed.xml">Feed</a></footer>
</body>
</html>
`;
}

/** `Lex Fridman Podcast · #367 · 2023-03-25 · with Sam Altman` as plain text. */
export function episodeText(episode: Episode): string {
	const parts: string[] = [];
	if (episode.show) parts.push(episode.show);
	if (episode.number !== null) parts.push(`#${episode.number}`);
	if (episode.date) parts.push(episode.date);
	if (episode.guests.length > 0) parts.push(`with ${episode.guests.join(", ")}`);
	return parts.join(" · ");
}

export function episodeLine(episode: Episode): string {
	return escapeHtml(episodeText(episode));
}

/** What a note page shows besides its text (see `noteFiles`): sharing metadata, tags, backlinks. */
export interface NotePageParts {
	head?: string;
	tagsHtml?: string;
	backlinksHtml?: string;
}

/** `quotesHtml` is the note's "Quotes in this note" section (empty when it has none). */
export function notePage(info: SiteInfo, note: NoteSummary, bodyHtml: string, quotesHtml = "", parts: NotePageParts = {}): string {
	const meta = episodeLine(note.episode);
	const main = `<article class="note">
<h1>${escapeHtml(note.title)}</h1>${meta ? `\n<p class="episode-meta">${meta}</p>` : ""}${parts.tagsHtml ? `\n${parts.tagsHtml}` : ""}
<div class="note-body">
${bodyHtml}</div>${quotesHtml ? `\n${quotesHtml}` : ""}${parts.backlinksHtml ? `\n${parts.backlinksHtml}` : ""}
</article>`;
	return pageShell(info, note.url, note.title, main, parts.head ?? "");
}

export function redirectPage(info: SiteInfo, fromUrl: string, toUrl: string): string {
	const target = relativeUrl(fromUrl, toUrl);
	const head = `\n<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">`;
	return pageShell(info, fromUrl, "Moved", `<p>This page has moved to <a href="${escapeHtml(target)}">${escapeHtml(toUrl)}</a>.</p>`, head);
}

/** Id of a note page's "Quotes in this note" section. Ids with `_` never clash with heading slugs. */
export const NOTE_QUOTES_ID = "quotes_all";

/**
 * Anchor of each speaker's group of quotes on a note page: `speaker_sam-altman` (`quotes_unattributed` for
 * quotes without a speaker). It depends on the names only, never on the quotes' words, so a speaker page
 * linking to it does not change when a quote is edited. Name slugs that collide get `-2`, `-3`.
 */
export function speakerAnchors(names: Iterable<string | null>, slug: (name: string) => string = slugify): Map<string | null, string> {
	const anchors = new Map<string | null, string>();
	const used = new Set<string>();
	const named = [...new Set(names)].filter((n): n is string => n !== null).sort();
	for (const name of named) {
		const base = `speaker_${slug(name) || "x"}`;
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		anchors.set(name, id);
	}
	anchors.set(null, "quotes_unattributed");
	return anchors;
}

/** Speaker name → URL of their page; slugs that collide get `-2`, `-3`. */
export function speakerUrls(names: Iterable<string>): Map<string, string> {
	const used = new Set<string>();
	const urls = new Map<string, string>();
	for (const name of [...new Set(names)].sort()) {
		const base = slugify(name) || "speaker";
		let slug = base;
		for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
		used.add(slug);
		urls.set(name, `/speakers/${slug}/`);
	}
	return urls;
}

/** Long lists (a speaker's notes, the quotes index) are split into pages of this many rows (page 1 at the base URL, then `2/`, `3/`…). */
export const ROWS_PER_PAGE = 200;

export function chunks<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out.length > 0 ? out : [[]];
}

export function pageUrlOf(base: string, index: number): string {
	return index === 0 ? base : `${base}${index + 1}/`;
}

export function pager(base: string, index: number, count: number): string {
	if (count < 2) return "";
	const here = pageUrlOf(base, index);
	const prev = index > 0 ? `<a rel="prev" href="${relativeUrl(here, pageUrlOf(base, index - 1))}">Previous</a> · ` : "";
	const next = index < count - 1 ? ` · <a rel="next" href="${relativeUrl(here, pageUrlOf(base, index + 1))}">Next</a>` : "";
	return `\n<nav class="pager" aria-label="Pages">${prev}Page ${index + 1} of ${count}${next}</nav>`;
}

export function noteLink(pageUrl: string, note: NoteSummary, anchor = ""): string {
	return `<a href="${relativeUrl(pageUrl, note.url)}${anchor ? `#${escapeId(anchor)}` : ""}">${escapeHtml(note.title)}</a>`;
}

export function plural(n: number, one: string): string {
	return `${n} ${one}${n === 1 ? "" : "s"}`;
}

function memo<K, V>(fn: (key: K) => V): (key: K) => V {
	const cache = new Map<K, V>();
	return (key) => {
		let value = cache.get(key);
		if (value === undefined) cache.set(key, (value = fn(key)));
		return value;
	};
}

function total(q: NoteQuotes): number {
	let n = 0;
	for (const c of q.counts.values()) n += c;
	return n;
}

/**
 * Home (unless a note is the home page), quotes and search pages and the search list (the episodes,
 * speakers index and tag pages come from site-lists.ts and site-speakers.ts, the speaker pages with
 * their quotes from site-speakers.ts). Built from titles, URLs and quote counts only: they change when
 * notes come, go, move or are retitled, or when how many quotes a speaker has in a note changes, not
 * when a quote's words are edited.
 */
export function sitePages(info: SiteInfo, notes: NoteQuotes[], hasHomeNote: boolean): OutputFile[] {
	const files: OutputFile[] = [];
	const page = (url: string, title: string, main: string): void => {
		files.push({ path: pageFile(url), content: pageShell(info, url, title, main) });
	};
	const byTitle = [...notes].sort((a, b) => a.note.title.localeCompare(b.note.title));
	const speakers = new Set<string>();
	let quoteCount = 0;
	for (const q of notes) {
		for (const [name, count] of q.counts) {
			quoteCount += count;
			if (name !== null) speakers.add(name);
		}
	}
	const slug = memo(slugify);
	const anchorsOf = new Map(notes.map((q) => [q, speakerAnchors(q.counts.keys(), slug)]));
	if (!hasHomeNote) {
		const list = byTitle.map((q) => `<li>${noteLink("/", q.note)}</li>`).join("\n");
		page("/", info.siteTitle, `<h1>${escapeHtml(info.siteTitle)}</h1>\n<p>${notes.length} notes · ${quoteCount} quotes · ${speakers.size} speakers</p>\n<ul>\n${list}\n</ul>`);
	}
	const quoted = byTitle.filter((q) => q.counts.size > 0);
	const quoteParts = chunks(quoted, ROWS_PER_PAGE);
	quoteParts.forEach((part, i) => {
		const here = pageUrlOf("/quotes/", i);
		const items = part.map((q) => {
			const anchors = anchorsOf.get(q);
			const who = [...q.counts]
				.map(([name, count]) => {
					const label = name === null ? "Unknown speaker" : escapeHtml(name);
					return `<a href="${relativeUrl(here, q.note.url)}#${escapeId(anchors?.get(name) ?? NOTE_QUOTES_ID)}">${label}</a> (${count})`;
				})
				.join(", ");
			return `<li>${noteLink(here, q.note, NOTE_QUOTES_ID)} <span class="muted">(${total(q)})</span>: ${who}</li>`;
		});
		page(here, "Quotes", `<h1>Quotes</h1>\n<p>${plural(quoteCount, "quote")} in ${plural(quoted.length, "note")}. Each note's page shows its quotes grouped by speaker.</p>\n<ul class="quote-sources">\n${items.join("\n")}\n</ul>${pager("/quotes/", i, quoteParts.length)}`);
	});
	page("/search/", "Search", SEARCH_PAGE);
	files.push({ path: SEARCH_LIST_FILE, content: siteList(info, notes, hasHomeNote) });
	return files;
}

/** The search page's form, status line and results list (assets.ts's script fills them). */
const SEARCH_PAGE = `<h1>Search</h1>
<form class="search-box" role="search" method="get">
<label for="pg-search-input">Search notes and quotes</label>
<div class="search-row"><input type="search" name="q" id="pg-search-input" autocomplete="off" aria-describedby="pg-search-status"> <button type="submit">Search</button></div>
</form>
<p class="muted" id="pg-search-status" aria-live="polite"></p>
<ol class="search-results" id="pg-search-results"></ol>`;

/** The site's list of notes: titles, episode lines and quote counts (search has its own index: site-search.ts). */
export const SEARCH_LIST_FILE = "search/notes.json";

/**
 * Version of the site-wide pages' HTML. The list file carries it: bump it with any change to what
 * `sitePages` writes, or sites published before keep their old pages (a test holds the two together).
 */
export const SITE_PAGES_VERSION = 4;

/**
 * The search list. It also holds everything the site-wide pages are made of (site title and address,
 * each note's title, URL, episode line, kind and quote counts per speaker), so an unchanged list means
 * unchanged pages: the build compares its hash and skips them.
 */
export function siteList(info: SiteInfo, notes: NoteQuotes[], hasHomeNote: boolean): string {
	const rel = (url: string): string => url.replace(/^\//, "");
	const entries = [...notes]
		.sort((a, b) => a.note.title.localeCompare(b.note.title))
		.map((q) => ({
			title: q.note.title,
			url: rel(q.note.url),
			text: episodeText(q.note.episode),
			...(q.note.isPodcast ? { podcast: true } : {}),
			...(q.counts.size > 0 ? { quotes: [...q.counts] } : {}),
			...(q.tags && q.tags.length > 0 ? { tags: q.tags } : {}),
		}));
	const site = { title: info.siteTitle, baseUrl: info.baseUrl, homeNote: hasHomeNote, pages: SITE_PAGES_VERSION };
	return `${JSON.stringify({ version: 2, site, notes: entries })}\n`;
}

/** True for a file `sitePages` writes (they are all made from the list file's content). */
export function isSitePage(path: string, hasHomeNote: boolean): boolean {
	return /^(episodes|speakers|quotes|search|tags)\//.test(path) || (path === "index.html" && !hasHomeNote);
}

/** One of a note's published quotes, its Markdown already compiled (taken from the note's public text). */
export interface PageQuote {
	id: string;
	/** The quote's form in the index (a transcript turn has no share page in "highlights" mode). */
	kind: QuoteKind;
	speaker: string | null;
	markdown: string;
	timestamp: string | null;
	/** The link that plays the episode at `timestamp` (public addresses only), or null. */
	play?: SitePlay | null;
}

/**
 * A note page's "Quotes in this note": its quotes grouped by speaker (most quoted first), each group at
 * its speaker anchor and each quote linking to where it stands in the note. Rendered without ids, so
 * nothing in it repeats an id of the note body.
 */
export function noteQuotesSection(note: NoteSummary, quotes: PageQuote[], sharePages: QuotePageMode): string {
	if (quotes.length === 0) return "";
	const groups = new Map<string | null, PageQuote[]>();
	for (const q of quotes) {
		const list = groups.get(q.speaker);
		if (list) list.push(q);
		else groups.set(q.speaker, [q]);
	}
	const anchors = speakerAnchors(groups.keys());
	const ordered = [...groups].sort(([a, x], [b, y]) => y.length - x.length || (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
	const sections = ordered.map(([name, list]) => {
		const figures = list.map((q) => {
			const html = renderMarkdown(q.markdown, { pageUrl: note.url }, [], { ids: false });
			const when = q.timestamp ? ` · ${timeHtml(q.timestamp, q.play)}` : "";
			return `<figure class="pg-quote-copy">\n<blockquote>\n${html}</blockquote>\n<figcaption><a href="#${escapeId(q.id)}">In context</a>${when}${hasSharePage(q.kind, sharePages) ? ` · ${shareLink(note.url, q.id)}` : ""}</figcaption>\n</figure>`;
		});
		const label = name === null ? "Unknown speaker" : escapeHtml(name);
		return `<section class="speaker-quotes" id="${escapeId(anchors.get(name) ?? "")}">\n<h3>${label} <span class="muted">(${list.length})</span></h3>\n${figures.join("\n")}\n</section>`;
	});
	return `<section class="note-quotes" id="${NOTE_QUOTES_ID}">\n<h2>Quotes in this note</h2>\n${sections.join("\n")}\n</section>`;
}
