// Timestamps that play, on the site: a quote's play link uses only what its page already makes public: a
// frontmatter key on the public list, or a link written on the quote that the public text keeps; never
// PodNotes' `obsidian://` links.
import { playLink } from "../play";
import type { NoteRecord, Quote } from "../types";
import { escapeHtml } from "./html";

/** A quote's play link on the site: `{ url, label }`, or null. */
export interface SitePlay {
	url: string;
	label: string;
}

const CITE_URL = /\]\(([^()\s]+)\)$/;

/** The link that plays `q` on the site, from public keys or a link on the quote that its public text keeps. */
export function sitePlayLink(q: Quote, record: NoteRecord, publicBody: string, publicKeys: readonly string[]): SitePlay | null {
	if (!q.timestamp) return null;
	const cite = q.cite.filter((c) => {
		const url = CITE_URL.exec(c)?.[1];
		return url !== undefined && publicBody.includes(`(${url})`);
	});
	const link = playLink({ timestamp: q.timestamp, cite }, { frontmatter: record.frontmatter }, { podnotes: false, keys: publicKeys });
	return link && link.kind !== "podnotes" ? { url: link.url, label: link.label } : null;
}

/** The time after a quote on a page: a link that plays there when there is one, else the time as text. */
export function timeHtml(timestamp: string, play: SitePlay | null | undefined): string {
	if (!play) return escapeHtml(timestamp);
	return `<a class="pg-play" href="${escapeHtml(play.url)}" rel="noopener noreferrer" aria-label="${escapeHtml(play.label)}">▶ ${escapeHtml(timestamp)}</a>`;
}

