// The site's Atom feed (`feed.xml`): the most recently published or changed notes. Dates come from the
// manifest (when a publish first saw the note or saw its text change), so publishing again without edits
// writes the same bytes. See docs/publishing.md ("Feed").
import type { NoteRecord } from "../types";
import { escapeHtml } from "./html";
import { episodeText, type NoteSummary, type SiteInfo } from "./site";
import type { NoteSearchText, OutputFile } from "./types";
import { publicUrl } from "./url";

export const FEED_FILE = "feed.xml";

/** How many notes the feed lists. */
export const FEED_ENTRIES = 50;

/** The frontmatter property that keeps a published note out of the feed: `dg-feed: false`. */
export const FEED_OPT_OUT_KEY = "dg-feed";

/** Used when no note has a date yet (an empty site). */
const EPOCH = "1970-01-01T00:00:00.000Z";

export interface FeedNote {
	summary: NoteSummary;
	record: NoteRecord;
	/** ISO time the note was first published or its text last changed (the manifest's `changed`). */
	changed: string | undefined;
	/** The note's `feedExcerpt` (kept by the publish cache, unlike the rest of its search text). */
	excerpt: string | undefined;
}

/** True when the note asks to stay out of the feed (`dg-feed: false`, also written as the text "false"). */
export function optedOutOfFeed(record: NoteRecord): boolean {
	const value = record.frontmatter[FEED_OPT_OUT_KEY];
	return value === false || (typeof value === "string" && value.trim().toLowerCase() === "false");
}

/** Text that is safe in XML 1.0: escaped, and without the control characters XML forbids. */
function xml(text: string): string {
	// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
	return escapeHtml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""));
}

/** What a note's feed entry quotes: its first quote (with its attribution), else its opening words. */
export function feedExcerpt(search: NoteSearchText): string {
	const first = search.quotes[0];
	if (!first) return search.lead;
	return `“${first[1].length > 280 ? `${first[1].slice(0, 279)}…` : first[1]}”`;
}

/** The entry's summary: the episode line, then the excerpt. */
function entrySummary(note: FeedNote): string {
	return [episodeText(note.summary.episode), note.excerpt ?? ""].filter((part) => part !== "").join(" · ");
}

/** A page's address in the feed: absolute with a base URL, else relative to `feed.xml` (at the site root). */
function address(info: SiteInfo, url: string): string {
	return info.baseUrl ? publicUrl(info.baseUrl, url) : url.replace(/^\//, "") || "./";
}

/** A stable id: the page's absolute address, or without a base URL a URN made of its path. */
function idOf(info: SiteInfo, url: string): string {
	return info.baseUrl ? publicUrl(info.baseUrl, url) : `urn:podcast-garden:page:${encodeURI(url)}`;
}

/** Newest change first; notes changed in the same publish by episode date (newest first), then by address. */
function newestFirst(a: FeedNote, b: FeedNote): number {
	return (b.changed ?? "").localeCompare(a.changed ?? "") || (b.summary.episode.date ?? "").localeCompare(a.summary.episode.date ?? "") || (a.summary.url < b.summary.url ? -1 : a.summary.url > b.summary.url ? 1 : 0);
}

export function feedFile(info: SiteInfo, notes: FeedNote[]): OutputFile {
	const listed = notes.filter((n) => !optedOutOfFeed(n.record)).sort(newestFirst).slice(0, FEED_ENTRIES);
	const updated = listed.reduce((max, n) => (n.changed && n.changed > max ? n.changed : max), EPOCH);
	const entries = listed.map((n) => {
		const summaryText = entrySummary(n);
		return `<entry>
<title>${xml(n.summary.title)}</title>
<id>${xml(idOf(info, n.summary.url))}</id>
<link rel="alternate" type="text/html" href="${xml(address(info, n.summary.url))}"/>
<updated>${n.changed ?? EPOCH}</updated>${summaryText ? `\n<summary>${xml(summaryText)}</summary>` : ""}
</entry>`;
	});
	const self = info.baseUrl ? publicUrl(info.baseUrl, `/${FEED_FILE}`) : FEED_FILE;
	const content = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${xml(info.siteTitle)}</title>
<id>${xml(idOf(info, "/"))}</id>
<link rel="self" type="application/atom+xml" href="${xml(self)}"/>
<link rel="alternate" type="text/html" href="${xml(address(info, "/"))}"/>
<updated>${updated}</updated>
<author><name>${xml(info.siteTitle)}</name></author>
<generator>Podcast Garden</generator>
${entries.join("\n")}
</feed>
`;
	return { path: FEED_FILE, content };
}
