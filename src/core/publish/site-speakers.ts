// Speaker pages of the static site: every published quote of a speaker, grouped by episode (newest
// first, see episode-date.ts), each with its own anchor, its timestamp and a link to the quote on its
// episode's page. Episodes are packed whole into pages of about QUOTES_PER_PAGE quotes with previous/next
// links. Which notes land on which page follows from quote counts alone, so a build can tell which pages
// an edited quote is on without rendering the others.
import { newestFirst } from "./episode-date";
import { escapeHtml, escapeId } from "./html";
import { renderMarkdown } from "./markdown";
import { episodeLine, noteLink, pager, pageShell, pageUrlOf, plural, speakerUrls, type NoteQuotes, type PageQuote, type SiteInfo } from "./site";
import { pageMeta } from "./site-meta";
import type { OutputFile } from "./types";
import { pageFile, relativeUrl, slugify } from "./url";

/** A speaker page holds the episodes of about this many quotes (an episode is never split). */
export const QUOTES_PER_PAGE = 200;

/** One page of one speaker: the notes whose quotes it shows. */
export interface SpeakerPage {
	name: string;
	/** URL of the speaker's first page (`/speakers/sam-altman/`). */
	base: string;
	index: number;
	pageCount: number;
	url: string;
	path: string;
	notes: NoteQuotes[];
	/** The speaker's quotes and notes on the whole site (for the intro line). */
	quoteCount: number;
	noteCount: number;
}

/** Every speaker page of the site, from the notes' quote counts only. */
export function speakerPagesPlan(notes: readonly NoteQuotes[]): SpeakerPage[] {
	const bySpeaker = new Map<string, NoteQuotes[]>();
	for (const q of notes) {
		for (const name of q.counts.keys()) {
			if (name === null) continue;
			const list = bySpeaker.get(name);
			if (list) list.push(q);
			else bySpeaker.set(name, [q]);
		}
	}
	const pages: SpeakerPage[] = [];
	for (const [name, base] of speakerUrls(bySpeaker.keys())) {
		const sources = (bySpeaker.get(name) ?? []).slice().sort((a, b) => newestFirst(a.note, b.note));
		const parts: NoteQuotes[][] = [[]];
		let onPage = 0;
		let quoteCount = 0;
		for (const q of sources) {
			const n = q.counts.get(name) ?? 0;
			quoteCount += n;
			if (onPage > 0 && onPage + n > QUOTES_PER_PAGE) {
				parts.push([]);
				onPage = 0;
			}
			parts[parts.length - 1].push(q);
			onPage += n;
		}
		parts.forEach((part, index) => {
			const url = pageUrlOf(base, index);
			pages.push({ name, base, index, pageCount: parts.length, url, path: pageFile(url), notes: part, quoteCount, noteCount: sources.length });
		});
	}
	return pages;
}

/** One speaker page; `quotesOf` gives a note's published quotes (its compiled text is needed for them). */
export function speakerPage(info: SiteInfo, page: SpeakerPage, quotesOf: (q: NoteQuotes) => PageQuote[]): OutputFile {
	const here = page.url;
	const groups = page.notes.map((q, i) => {
		const quotes = quotesOf(q).filter((quote) => quote.speaker === page.name);
		const figures = quotes.map((quote) => {
			const html = renderMarkdown(quote.markdown, { pageUrl: here }, [], { ids: false });
			const id = escapeId(quote.id);
			const when = quote.timestamp ? `<span class="quote-time">${escapeHtml(quote.timestamp)}</span> · ` : "";
			const inEpisode = `${relativeUrl(here, q.note.url)}#${id}`;
			return `<figure class="speaker-quote" id="${id}">\n<blockquote>\n${html}</blockquote>\n<figcaption>${when}<a href="${inEpisode}">In the episode</a> · <a href="#${id}" aria-label="Link to this quote">#</a></figcaption>\n</figure>`;
		});
		const meta = episodeLine(q.note.episode);
		const heading = `episode_${page.index + 1}_${i + 1}`;
		return `<section class="speaker-episode" aria-labelledby="${heading}">\n<h2 id="${heading}">${noteLink(here, q.note)}</h2>${meta ? `\n<p class="episode-meta">${meta}</p>` : ""}\n${figures.join("\n")}\n</section>`;
	});
	const title = page.index === 0 ? page.name : `${page.name} (page ${page.index + 1})`;
	const intro = `<p>${plural(page.quoteCount, "quote")} in ${plural(page.noteCount, "note")}, newest episode first.</p>`;
	const nav = pager(page.base, page.index, page.pageCount);
	const main = `<h1>${escapeHtml(page.name)}</h1>\n${intro}\n${groups.join("\n")}${nav}`;
	const description = `${plural(page.quoteCount, "quote")} by ${page.name} in ${plural(page.noteCount, "note")}.`;
	return { path: page.path, content: pageShell(info, here, title, main, pageMeta(info, here, title, description, "website")) };
}

/** The speakers index: the most quoted first (with counts), then everyone by name. */
export function speakersIndex(info: SiteInfo, notes: readonly NoteQuotes[]): OutputFile {
	const counts = new Map<string, { quotes: number; notes: number }>();
	for (const q of notes) {
		for (const [name, n] of q.counts) {
			if (name === null) continue;
			const c = counts.get(name) ?? { quotes: 0, notes: 0 };
			c.quotes += n;
			c.notes += 1;
			counts.set(name, c);
		}
	}
	const urls = speakerUrls(counts.keys());
	const here = "/speakers/";
	const item = (name: string): string => {
		const c = counts.get(name) ?? { quotes: 0, notes: 0 };
		return `<li><a href="${relativeUrl(here, urls.get(name) ?? here)}">${escapeHtml(name)}</a> <span class="muted">${plural(c.quotes, "quote")} in ${plural(c.notes, "note")}</span></li>`;
	};
	const names = [...urls.keys()];
	const top = names
		.slice()
		.sort((a, b) => (counts.get(b)?.quotes ?? 0) - (counts.get(a)?.quotes ?? 0) || a.localeCompare(b))
		.slice(0, MOST_QUOTED);
	const most = top.length > 0 ? `<section aria-labelledby="most_quoted">\n<h2 id="most_quoted">Most quoted</h2>\n<ol class="speaker-list">\n${top.map(item).join("\n")}\n</ol>\n</section>\n` : "";
	const all = `<section aria-labelledby="all_speakers">\n<h2 id="all_speakers">All speakers</h2>\n${names.length > 0 ? `<ul class="speaker-list">\n${names.map(item).join("\n")}\n</ul>` : "<p>No quote has a speaker yet.</p>"}\n</section>`;
	const main = `<h1>Speakers</h1>\n<p>${plural(names.length, "speaker")}.</p>\n${most}${all}`;
	return { path: pageFile(here), content: pageShell(info, here, "Speakers", main, pageMeta(info, here, "Speakers", null, "website")) };
}

/** How many speakers the index lists under "Most quoted". */
export const MOST_QUOTED = 10;

/** True for a speaker's own page (`speakers/<slug>/…`), not the speakers index. */
export function isSpeakerPage(path: string): boolean {
	return path.startsWith("speakers/") && path !== "speakers/index.html";
}

export interface SpeakerFilesInput {
	info: SiteInfo;
	notes: readonly NoteQuotes[];
	/** Site file → hash as last published. */
	old: Readonly<Record<string, string>>;
	/** The search list (titles, URLs, counts) is the one last published: pages can only differ in quotes' words. */
	listSame: boolean;
	/** Notes rendered in this publish (their quotes' words may have changed). */
	rendered: ReadonlySet<string>;
	/**
	 * Speakers whose pages may differ when the list changed: those quoted now or last time (manifest
	 * `speakerNames`) by a note rendered, removed or renamed in this publish. Null: all of them.
	 */
	affected: ReadonlySet<string> | null;
	/** A note's published quotes (compiling it when it was not compiled in this publish). */
	quotesOf: (path: string) => Promise<PageQuote[]>;
	check: () => void;
}

/**
 * The speaker pages to write, and the hashes of those kept as published. A page never published before
 * is always built. With the same list as last time, only pages holding a quote of a note rendered now can
 * differ; otherwise a speaker's pages may have shifted, and all pages of the affected speakers are built
 * (a speaker page shows only its speaker's notes, their titles, URLs, episode lines, quotes and totals).
 * Only changed bytes are written.
 */
export async function speakerFiles(input: SpeakerFilesInput): Promise<{ files: OutputFile[]; kept: Record<string, string> }> {
	const files: OutputFile[] = [];
	const kept: Record<string, string> = {};
	const quotes = new Map<string, PageQuote[]>();
	const plan = speakerPagesPlan(input.notes);
	// Two names sharing a slug take `-2`, `-3` by the set of names: a page may have changed hands. Build all.
	const shifted = plan.some((p) => p.index === 0 && p.base !== `/speakers/${slugify(p.name) || "speaker"}/`);
	const unchanged = (page: SpeakerPage): boolean => {
		if (input.listSame) return !page.notes.some((q) => input.rendered.has(q.note.path));
		return input.affected !== null && !shifted && !input.affected.has(page.name);
	};
	for (const page of plan) {
		const old = input.old[page.path];
		if (old !== undefined && unchanged(page)) {
			kept[page.path] = old;
			continue;
		}
		for (const q of page.notes) {
			input.check();
			if (!quotes.has(q.note.path)) quotes.set(q.note.path, await input.quotesOf(q.note.path));
		}
		files.push(speakerPage(input.info, page, (q) => quotes.get(q.note.path) ?? []));
	}
	return { files, kept };
}
