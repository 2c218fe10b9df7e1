// Backlinks on the static site: for each published note, the published notes that link to it. They are
// read from the links each note's compile looked up (comments already left out), so a note that is not
// published, or a link inside a comment, never shows up. The key goes into the plan: a page is rendered
// again when the notes linking to it, their titles or their URLs change.
import type { CompileFacts } from "./compile";
import { hashText } from "./hash";
import { escapeHtml } from "./html";
import type { LinkResolver } from "./links";
import { relativeUrl } from "./url";

export interface Backlink {
	title: string;
	url: string;
}

export interface LinkingNote {
	path: string;
	title: string;
}

/**
 * Published note path → the published notes linking to it, by title then URL. `notes` are the published
 * notes (their facts and URLs known); a link from a note to itself does not count, nor a link that comes
 * from inside a note it embeds (that note links, not the page embedding it).
 */
export function backlinksOf(notes: readonly LinkingNote[], factsOf: (path: string) => CompileFacts | undefined, resolver: LinkResolver, urls: ReadonlyMap<string, string>): Map<string, Backlink[]> {
	const out = new Map<string, Backlink[]>();
	for (const note of notes) {
		const facts = factsOf(note.path);
		const url = urls.get(note.path);
		if (!facts || url === undefined) continue;
		const seen = new Set<string>();
		for (const [from, target] of facts.lookups.links) {
			if (from !== note.path) continue;
			const to = resolver.resolve(target, from);
			if (to === null || to === note.path || seen.has(to) || !urls.has(to)) continue;
			seen.add(to);
			const list = out.get(to);
			const link = { title: note.title, url };
			if (list) list.push(link);
			else out.set(to, [link]);
		}
	}
	for (const list of out.values()) list.sort((a, b) => a.title.localeCompare(b.title) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	return out;
}

/** What of the backlinks a page shows, as a hash for the manifest ("" when none). */
export function backlinksKey(links: readonly Backlink[] | undefined): string {
	if (!links || links.length === 0) return "";
	return hashText(links.map((l) => `${l.title}\u0000${l.url}`).join("\n"));
}

/** The note page's "Linked from" section (empty when no published note links to it). */
export function backlinksSection(pageUrl: string, links: readonly Backlink[]): string {
	if (links.length === 0) return "";
	const items = links.map((l) => `<li><a href="${escapeHtml(relativeUrl(pageUrl, l.url))}">${escapeHtml(l.title)}</a></li>`);
	return `<section class="backlinks" aria-labelledby="backlinks_title">\n<h2 id="backlinks_title">Linked from</h2>\n<ul>\n${items.join("\n")}\n</ul>\n</section>`;
}
