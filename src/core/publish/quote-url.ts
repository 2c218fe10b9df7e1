// Where a quote's share page lives, which quotes have one, and the link to it under each quote of a note
// page (site.ts) — apart from quote-page.ts, which renders pages with site.ts's shell, so no import goes in
// a circle.
import type { QuoteKind } from "../types";
import { escapeHtml } from "./html";
import type { QuotePageMode } from "./options";
import { pageFile, relativeUrl } from "./url";

/** Where quote pages live; a quote id (`q…-…`, `~2` for a repeated text) is one path segment. */
export const QUOTE_PAGES = "q";
/** The card file next to each quote page. */
export const CARD_FILE = "card.svg";

export function quotePageUrl(id: string): string {
	return `/${QUOTE_PAGES}/${encodeURIComponent(id)}/`;
}

/**
 * The two files of a quote's share page: the page, then its card. The manifest stores quote ids only
 * (decision 23), so this is the one place their paths come from, for writing and for deleting alike.
 */
export function quotePagePaths(id: string): [page: string, card: string] {
	const page = pageFile(quotePageUrl(id));
	return [page, `${page.slice(0, -"index.html".length)}${CARD_FILE}`];
}

/** The quote id and the file (page or card) of a path `quotePagePaths` gives; null for any other path. */
export function quotePagePart(path: string): { id: string; card: boolean } | null {
	const parts = path.split("/");
	if (parts.length !== 3 || parts[0] !== QUOTE_PAGES || parts[1] === "" || (parts[2] !== "index.html" && parts[2] !== CARD_FILE)) return null;
	let id: string;
	try {
		id = decodeURIComponent(parts[1]);
	} catch {
		return null;
	}
	const card = parts[2] === CARD_FILE;
	// Only a path this module would make: anything else stays a plain listed file.
	return quotePagePaths(id)[card ? 1 : 0] === path ? { id, card } : null;
}

/**
 * Whether a published quote gets a share page under `mode`. "highlights": every form but a transcript turn
 * (its continuations are turns too), decided by the quote's kind in the index. The page files and the Share
 * link both ask this, so a link never points at a page that was not written.
 */
export function hasSharePage(kind: QuoteKind, mode: QuotePageMode): boolean {
	return mode === "all" || (mode === "highlights" && kind !== "turn");
}

/** The share link under a quote on its note's page. */
export function shareLink(pageUrl: string, id: string): string {
	return `<a class="pg-share" href="${escapeHtml(relativeUrl(pageUrl, quotePageUrl(id)))}">Share</a>`;
}
