// HTML pages of the static site: the shell every page shares, note pages, and the site-wide pages
// (home, episodes, speakers, quotes, search) built from the published notes' records.
import type { Episode } from "../types";
import { escapeHtml, escapeId } from "./html";
import { renderMarkdown } from "./markdown";
import type { OutputFile } from "./types";
import { pageFile, publicUrl, relativeUrl, slugify } from "./url";

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

/** A published quote, its text already compiled to public Markdown. */
export interface SiteQuote {
	id: string;
	speaker: string | null;
	markdown: string;
	plain: string;
	timestamp: string | null;
	note: NoteSummary;
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
<script src="${root}assets/search.js" defer></script>
</head>
<body data-root="${root}">
<header class="site-header">
<a class="site-title" href="${root}">${escapeHtml(info.siteTitle)}</a>
<nav aria-label="Site"><a href="${root}episodes/">Episodes</a><a href="${root}speakers/">Speakers</a><a href="${root}quotes/">Quotes</a><a href="${root}search/">Search</a></nav>
</header>
<main>
${main}
</main>
<footer class="footer">Published with Podcast Garden</footer>
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

function episodeLine(episode: Episode): string {
	return escapeHtml(episodeText(episode));
}

export function notePage(info: SiteInfo, note: NoteSummary, bodyHtml: string): string {
	const meta = episodeLine(note.episode);
	const main = `<article class="note">
<h1>${escapeHtml(note.title)}</h1>${meta ? `\n<p class="episode-meta">${meta}</p>` : ""}
<div class="note-body">
${bodyHtml}</div>
</article>`;
	return pageShell(info, note.url, note.title, main);
}

export function redirectPage(info: SiteInfo, fromUrl: string, toUrl: string): string {
	const target = relativeUrl(fromUrl, toUrl);
	const head = `\n<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">`;
	return pageShell(info, fromUrl, "Moved", `<p>This page has moved to <a href="${escapeHtml(target)}">${escapeHtml(toUrl)}</a>.</p>`, head);
}

/** A quote's HTML; rendered once unless it holds site links (their relative form depends on the page). */
const renderedQuotes = new WeakMap<SiteQuote, Map<string, string>>();
function quoteHtml(quote: SiteQuote, pageUrl: string): string {
	const key = quote.markdown.includes("](/") ? pageUrl : "";
	let cache = renderedQuotes.get(quote);
	if (!cache) renderedQuotes.set(quote, (cache = new Map<string, string>()));
	let html = cache.get(key);
	if (html === undefined) cache.set(key, (html = renderMarkdown(quote.markdown, { pageUrl })));
	return html;
}

function groupBy<K, V>(items: V[], key: (v: V) => K): Map<K, V[]> {
	const out = new Map<K, V[]>();
	for (const item of items) {
		const k = key(item);
		const list = out.get(k);
		if (list) list.push(item);
		else out.set(k, [item]);
	}
	return out;
}

function quoteFigure(quote: SiteQuote, pageUrl: string, speakerUrls: Map<string, string>): string {
	const html = quoteHtml(quote, pageUrl);
	const speakerUrl = quote.speaker ? speakerUrls.get(quote.speaker) : undefined;
	const who = quote.speaker
		? speakerUrl ? `<a href="${relativeUrl(pageUrl, speakerUrl)}">${escapeHtml(quote.speaker)}</a>` : escapeHtml(quote.speaker)
		: "Unknown speaker";
	const where = `<a href="${relativeUrl(pageUrl, quote.note.url)}#${escapeId(quote.id)}">${escapeHtml(quote.note.title)}</a>`;
	const when = quote.timestamp ? ` · ${escapeHtml(quote.timestamp)}` : "";
	return `<figure class="pg-quote" id="${escapeId(quote.id)}">\n<blockquote>\n${html}</blockquote>\n<figcaption>${who} · ${where}${when}</figcaption>\n</figure>`;
}

/** Speaker name → URL of their page; slugs that collide get `-2`, `-3`. */
export function speakerUrls(quotes: SiteQuote[]): Map<string, string> {
	const names = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null))].sort();
	const used = new Set<string>();
	const urls = new Map<string, string>();
	for (const name of names) {
		const base = slugify(name) || "speaker";
		let slug = base;
		for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
		used.add(slug);
		urls.set(name, `/speakers/${slug}/`);
	}
	return urls;
}

/** Long quote lists are split into pages of this many quotes (page 1 at the base URL, then `2/`, `3/`…). */
export const QUOTES_PER_PAGE = 200;

function chunks<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out.length > 0 ? out : [[]];
}

function pageUrlOf(base: string, index: number): string {
	return index === 0 ? base : `${base}${index + 1}/`;
}

function pager(base: string, index: number, count: number): string {
	if (count < 2) return "";
	const here = pageUrlOf(base, index);
	const prev = index > 0 ? `<a rel="prev" href="${relativeUrl(here, pageUrlOf(base, index - 1))}">Previous</a> · ` : "";
	const next = index < count - 1 ? ` · <a rel="next" href="${relativeUrl(here, pageUrlOf(base, index + 1))}">Next</a>` : "";
	return `\n<nav class="pager" aria-label="Pages">${prev}Page ${index + 1} of ${count}${next}</nav>`;
}

function noteLink(pageUrl: string, note: NoteSummary): string {
	return `<a href="${relativeUrl(pageUrl, note.url)}">${escapeHtml(note.title)}</a>`;
}

/** Home (unless a note is the home page), episodes, speakers, quotes and search pages. */
export function sitePages(info: SiteInfo, notes: NoteSummary[], quotes: SiteQuote[], hasHomeNote: boolean): OutputFile[] {
	const files: OutputFile[] = [];
	const page = (url: string, title: string, main: string): void => {
		files.push({ path: pageFile(url), content: pageShell(info, url, title, main) });
	};
	const byTitle = [...notes].sort((a, b) => a.title.localeCompare(b.title));
	const speakers = speakerUrls(quotes);
	const byNote = groupBy(quotes, (q) => q.note);
	const bySpeaker = groupBy(quotes, (q) => q.speaker);
	if (!hasHomeNote) {
		const list = byTitle.map((n) => `<li>${noteLink("/", n)}</li>`).join("\n");
		page("/", info.siteTitle, `<h1>${escapeHtml(info.siteTitle)}</h1>\n<p>${notes.length} notes · ${quotes.length} quotes · ${speakers.size} speakers</p>\n<ul>\n${list}\n</ul>`);
	}
	const episodes = notes.filter((n) => n.isPodcast).sort((a, b) => (b.episode.date ?? "").localeCompare(a.episode.date ?? "") || (b.episode.number ?? 0) - (a.episode.number ?? 0) || a.title.localeCompare(b.title));
	const rows = episodes.map((n) => `<tr><td>${noteLink("/episodes/", n)}</td><td>${episodeLine(n.episode)}</td><td>${byNote.get(n)?.length ?? 0}</td></tr>`).join("\n");
	page("/episodes/", "Episodes", `<h1>Episodes</h1>\n<table>\n<thead><tr><th>Episode</th><th>Details</th><th>Quotes</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`);
	const speakerItems = [...speakers].map(([name, url]) => `<li><a href="${relativeUrl("/speakers/", url)}">${escapeHtml(name)}</a> <span class="muted">(${bySpeaker.get(name)?.length ?? 0})</span></li>`).join("\n");
	page("/speakers/", "Speakers", `<h1>Speakers</h1>\n<ul>\n${speakerItems}\n</ul>`);
	for (const [name, url] of speakers) {
		const parts = chunks(bySpeaker.get(name) ?? [], QUOTES_PER_PAGE);
		parts.forEach((part, i) => {
			const here = pageUrlOf(url, i);
			const theirs = part.map((q) => quoteFigure(q, here, speakers)).join("\n");
			page(here, name, `<h1>${escapeHtml(name)}</h1>\n${theirs}${pager(url, i, parts.length)}`);
		});
	}
	const ordered = byTitle.flatMap((n) => byNote.get(n) ?? []);
	const quoteParts = chunks(ordered, QUOTES_PER_PAGE);
	quoteParts.forEach((part, i) => {
		const here = pageUrlOf("/quotes/", i);
		const grouped = [...groupBy(part, (q) => q.note)]
			.map(([note, list]) => `<section>\n<h2>${noteLink(here, note)}</h2>\n${list.map((q) => quoteFigure(q, here, speakers)).join("\n")}\n</section>`)
			.join("\n");
		page(here, "Quotes", `<h1>Quotes</h1>\n${grouped}${pager("/quotes/", i, quoteParts.length)}`);
	});
	page("/search/", "Search", `<h1>Search</h1>\n<form class="search-box" role="search" method="get"><input type="search" name="q" id="pg-search-input" placeholder="Search notes and quotes" aria-label="Search notes and quotes"> <button type="submit">Search</button></form>\n<ol class="search-results" id="pg-search-results"></ol>`);
	files.push({ path: "search-index.json", content: searchIndex(notes, quotes) });
	return files;
}

function searchIndex(notes: NoteSummary[], quotes: SiteQuote[]): string {
	const rel = (url: string): string => url.replace(/^\//, "");
	const entries = [
		...notes.map((n) => ({ title: n.title, url: rel(n.url), text: episodeText(n.episode), speaker: null })),
		...quotes.map((q) => ({ title: q.note.title, url: `${rel(q.note.url)}#${q.id}`, text: q.plain, speaker: q.speaker })),
	];
	return `${JSON.stringify({ version: 1, entries })}\n`;
}
