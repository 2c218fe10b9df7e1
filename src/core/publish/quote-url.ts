// Where a quote's share page lives, which quotes have one, and the link to it under each quote of a note
// page (site.ts) — apart from quote-page.ts, which renders pages with site.ts's shell, so no import goes in
// a circle.
import type { QuoteKind } from "../types";
import { escapeHtml } from "./html";
import type { QuotePageMode } from "./options";
import { relativeUrl } from "./url";

/** Where quote pages live; a quote id (`q…-…`, `~2` for a repeated text) is one path segment. */
export const QUOTE_PAGES = "q";

export function quotePageUrl(id: string): string {
	return `/${QUOTE_PAGES}/${encodeURIComponent(id)}/`;
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
