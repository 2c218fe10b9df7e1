// The static site's list pages built from titles, URLs, episode fields, tags and quote counts (no quote
// text): episodes grouped by show, a page per tag and the tags index. Like the other list pages they only
// change when one of those values changes (the search list holds them all: see `siteList`).
import { newestFirst } from "./episode-date";
import { escapeHtml } from "./html";
import { chunks, episodeLine, noteLink, pager, pageShell, pageUrlOf, plural, ROWS_PER_PAGE, type NoteQuotes, type SiteInfo } from "./site";
import { pageMeta } from "./site-meta";
import { tagGroups, tagLabel } from "./site-tags";
import type { OutputFile } from "./types";
import { pageFile, relativeUrl } from "./url";

function total(q: NoteQuotes): number {
	let n = 0;
	for (const c of q.counts.values()) n += c;
	return n;
}

function page(info: SiteInfo, url: string, title: string, main: string, description: string | null = null): OutputFile {
	return { path: pageFile(url), content: pageShell(info, url, title, main, pageMeta(info, url, title, description, "website")) };
}

/** Podcast notes grouped by show (shows by name, notes without a show last), newest episode first. */
export function episodesPage(info: SiteInfo, notes: readonly NoteQuotes[]): OutputFile {
	const here = "/episodes/";
	const shows = new Map<string, NoteQuotes[]>();
	for (const q of notes) {
		if (!q.note.isPodcast) continue;
		const show = q.note.episode.show?.trim() ?? "";
		const list = shows.get(show);
		if (list) list.push(q);
		else shows.set(show, [q]);
	}
	const names = [...shows.keys()].sort((a, b) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b)));
	const sections = names.map((show, i) => {
		const list = (shows.get(show) ?? []).sort((a, b) => newestFirst(a.note, b.note));
		const rows = list.map((q) => `<tr><td>${noteLink(here, q.note)}</td><td>${episodeLine(q.note.episode)}</td><td>${total(q)}</td></tr>`);
		const id = `show_${i + 1}`;
		const label = show === "" ? "Other episodes" : escapeHtml(show);
		return `<section class="show" aria-labelledby="${id}">\n<h2 id="${id}">${label} <span class="muted">(${list.length})</span></h2>\n<table>\n<thead><tr><th scope="col">Episode</th><th scope="col">Details</th><th scope="col">Quotes</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>\n</section>`;
	});
	const count = names.reduce((n, s) => n + (shows.get(s)?.length ?? 0), 0);
	const intro = count === 0 ? "<p>No episode is published yet.</p>" : `<p>${plural(count, "episode")} of ${plural(names.filter((s) => s !== "").length, "show")}, newest first.</p>`;
	return page(info, here, "Episodes", `<h1>Episodes</h1>\n${intro}${sections.length > 0 ? `\n${sections.join("\n")}` : ""}`);
}

/** The tags index and a page per tag (split into pages of ROWS_PER_PAGE notes). */
export function tagPages(info: SiteInfo, notes: readonly NoteQuotes[]): OutputFile[] {
	const groups = tagGroups(notes.map((q) => ({ note: q.note, tags: q.tags ?? [] })));
	const files: OutputFile[] = [];
	const index = "/tags/";
	const items = groups.map((g) => `<li><a rel="tag" href="${relativeUrl(index, g.url)}">${escapeHtml(tagLabel(g))}</a> <span class="muted">(${g.notes.length})</span></li>`);
	files.push(page(info, index, "Tags", `<h1>Tags</h1>\n${items.length > 0 ? `<ul class="tag-list">\n${items.join("\n")}\n</ul>` : "<p>No published note has tags.</p>"}`));
	for (const group of groups) {
		const label = tagLabel(group);
		const parts = chunks(group.notes, ROWS_PER_PAGE);
		parts.forEach((part, i) => {
			const here = pageUrlOf(group.url, i);
			const rows = part.map((note) => {
				const meta = episodeLine(note.episode);
				return `<li>${noteLink(here, note)}${meta ? ` <span class="muted">· ${meta}</span>` : ""}</li>`;
			});
			const title = i === 0 ? label : `${label} (page ${i + 1})`;
			const main = `<h1>${escapeHtml(label)}</h1>\n<p>${plural(group.notes.length, "note")} tagged ${escapeHtml(label)}. <a href="${relativeUrl(here, index)}">All tags</a></p>\n<ul class="tagged-notes">\n${rows.join("\n")}\n</ul>${pager(group.url, i, parts.length)}`;
			files.push(page(info, here, title, main, `${plural(group.notes.length, "note")} tagged ${label}.`));
		});
	}
	return files;
}
