// Tags on the static site: the public tags of a note, the tag list on its page, a page per tag and the
// tags index. A tag's URL comes from the tag alone (never from the other tags of the site), so adding a
// tag elsewhere never changes a note page.
import type { NoteRecord } from "../types";
import { listOf } from "../note/values";
import { newestFirst } from "./episode-date";
import { hashText } from "./hash";
import { escapeHtml } from "./html";
import type { NoteSummary } from "./site";
import { relativeUrl, slugify } from "./url";

/**
 * The note's tags as the site may show them: its frontmatter `tags` (or `tag`) when that key is public,
 * `#` stripped, split at commas and spaces, the first spelling of each tag kept (Obsidian's tags ignore
 * case). Inline `#tags` stay in the page text only: the parser also reads them from comments.
 */
export function publicTags(record: NoteRecord, publicKeys: readonly string[]): string[] {
	const key = "tags" in record.frontmatter ? "tags" : "tag" in record.frontmatter ? "tag" : null;
	if (key === null || !publicKeys.includes(key)) return [];
	const seen = new Set<string>();
	const out: string[] = [];
	for (const value of listOf(record.frontmatter[key])) {
		if (typeof value !== "string" && typeof value !== "number") continue;
		for (const word of String(value).split(/[\s,]+/)) {
			const tag = word[0] === "#" ? word.slice(1) : word;
			// A tag is one word without link or markup characters; anything else is not shown as a tag.
			if (tag === "" || /[[\]|<>"'`]/.test(tag) || seen.has(tag.toLowerCase())) continue;
			seen.add(tag.toLowerCase());
			out.push(tag);
		}
	}
	return out;
}

/** `/tags/ai/` for `AI`; `Podcast/Science` → `/tags/podcast-science/`; a tag without letters or digits gets a hash. */
export function tagUrl(tag: string): string {
	const slug = slugify(tag.replace(/\//g, " "));
	return `/tags/${slug || `tag-${hashText(tag.toLowerCase()).slice(0, 8)}`}/`;
}

/** The note page's tag list (empty when the note has no public tags). */
export function noteTagsHtml(pageUrl: string, tags: readonly string[]): string {
	if (tags.length === 0) return "";
	const links = tags.map((t) => `<a rel="tag" href="${escapeHtml(relativeUrl(pageUrl, tagUrl(t)))}">#${escapeHtml(t)}</a>`);
	return `<p class="note-tags"><span class="muted">Tags:</span> ${links.join(" ")}</p>`;
}

/** One tag page's notes: every spelling that shares its URL, and the notes carrying any of them. */
export interface TagGroup {
	url: string;
	/** Spellings as the notes write them, in first-seen order of the sorted notes. */
	labels: string[];
	notes: NoteSummary[];
}

/** Notes by tag URL, tags sorted by label, each tag's notes newest first. */
export function tagGroups(notes: readonly { note: NoteSummary; tags: readonly string[] }[]): TagGroup[] {
	const groups = new Map<string, TagGroup>();
	const ordered = [...notes].sort((a, b) => (a.note.url < b.note.url ? -1 : a.note.url > b.note.url ? 1 : 0));
	for (const { note, tags } of ordered) {
		for (const tag of tags) {
			const url = tagUrl(tag);
			let group = groups.get(url);
			if (!group) groups.set(url, (group = { url, labels: [], notes: [] }));
			if (!group.labels.includes(tag)) group.labels.push(tag);
			if (group.notes[group.notes.length - 1] !== note) group.notes.push(note);
		}
	}
	for (const group of groups.values()) group.notes.sort(newestFirst);
	return [...groups.values()].sort((a, b) => a.labels[0].toLowerCase().localeCompare(b.labels[0].toLowerCase()) || (a.url < b.url ? -1 : 1));
}

export function tagLabel(group: TagGroup): string {
	return group.labels.map((l) => `#${l}`).join(", ");
}
