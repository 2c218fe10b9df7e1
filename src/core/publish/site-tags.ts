// Tags on the static site: the public tags of a note (frontmatter and inline), the tag list on its page, a
// page per tag and the tags index. A tag's URL comes from the tag alone (never from the other tags of the
// site), so adding a tag elsewhere never changes a note page. A nested tag (`podcast/science`) is also
// listed under each tag it is nested in (`podcast`), as Obsidian's tag pane counts it.
import type { NoteRecord } from "../types";
import { listOf } from "../note/values";
import { newestFirst } from "./episode-date";
import { hashText } from "./hash";
import { escapeHtml } from "./html";
import type { TagLink } from "./inline-tags";
import type { NoteSummary } from "./site";
import { relativeUrl, slugify } from "./url";

/**
 * The note's tags as the site may show them: its frontmatter `tags` (or `tag`) when that key is public,
 * `#` stripped, split at commas and spaces, the first spelling of each tag kept (Obsidian's tags ignore
 * case). Inline `#tags` are added by `noteTags` from the published text (the parser's own tag list reads
 * the whole note with a looser rule, Logseq `#[[…]]` forms and link text included, so it is not used here).
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

/**
 * Every tag the note's page shows: its public frontmatter tags, then the inline tags of its published text
 * (`inline`, from the compile's search text), each tag once whatever its case.
 */
export function noteTags(record: NoteRecord, publicKeys: readonly string[], inline: readonly string[] = []): string[] {
	const out = publicTags(record, publicKeys);
	const seen = new Set(out.map((t) => t.toLowerCase()));
	for (const tag of inline) {
		if (seen.has(tag.toLowerCase())) continue;
		seen.add(tag.toLowerCase());
		out.push(tag);
	}
	return out;
}

/** The tags `podcast/science/physics` is nested in, outermost first: `podcast`, `podcast/science`. */
function parentTags(tag: string): string[] {
	const parts = tag.split("/");
	const out: string[] = [];
	for (let i = 1; i < parts.length; i++) if (parts[i - 1] !== "") out.push(parts.slice(0, i).join("/"));
	return out;
}

/** `/tags/ai/` for `AI`; `Podcast/Science` → `/tags/podcast-science/`; a tag without letters or digits gets a hash. */
export function tagUrl(tag: string): string {
	const slug = slugify(tag.replace(/\//g, " "));
	return `/tags/${slug || `tag-${hashText(tag.toLowerCase()).slice(0, 8)}`}/`;
}

/** Links for the `#tags` written in a note's text: only the note's own tags, whose pages exist. */
export function tagLinkOf(tags: readonly string[]): TagLink {
	const urls = new Map(tags.map((t) => [t.toLowerCase(), tagUrl(t)] as const));
	return (tag) => urls.get(tag.toLowerCase()) ?? null;
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

/** Notes by tag URL (a nested tag's notes also under the tags it is nested in), tags sorted by label, each tag's notes newest first. */
export function tagGroups(notes: readonly { note: NoteSummary; tags: readonly string[] }[]): TagGroup[] {
	const groups = new Map<string, TagGroup>();
	const ordered = [...notes].sort((a, b) => (a.note.url < b.note.url ? -1 : a.note.url > b.note.url ? 1 : 0));
	for (const { note, tags } of ordered) {
		for (const tag of [...tags.flatMap(parentTags), ...tags]) {
			const url = tagUrl(tag);
			let group = groups.get(url);
			if (!group) groups.set(url, (group = { url, labels: [], notes: [] }));
			if (!group.labels.includes(tag)) group.labels.push(tag);
			// A note's tags are all added in one go, so a note already in the group is its last one.
			if (group.notes[group.notes.length - 1] !== note) group.notes.push(note);
		}
	}
	for (const group of groups.values()) group.notes.sort(newestFirst);
	return [...groups.values()].sort((a, b) => a.labels[0].toLowerCase().localeCompare(b.labels[0].toLowerCase()) || (a.url < b.url ? -1 : 1));
}

export function tagLabel(group: TagGroup): string {
	return group.labels.map((l) => `#${l}`).join(", ");
}
