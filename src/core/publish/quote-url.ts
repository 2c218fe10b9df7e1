// Where a quote's share page lives, and the link to it under each quote of a note page (site.ts) — apart
// from quote-page.ts, which renders pages with site.ts's shell, so no import goes in a circle.
import { escapeHtml } from "./html";
import { relativeUrl } from "./url";

/** Where quote pages live; a quote id (`q…-…`, `~2` for a repeated text) is one path segment. */
export const QUOTE_PAGES = "q";

export function quotePageUrl(id: string): string {
	return `/${QUOTE_PAGES}/${encodeURIComponent(id)}/`;
}

/** The share link under a quote on its note's page. */
export function shareLink(pageUrl: string, id: string): string {
	return `<a class="pg-share" href="${escapeHtml(relativeUrl(pageUrl, quotePageUrl(id)))}">Share</a>`;
}
