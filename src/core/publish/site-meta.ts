// Page metadata for sharing: the description and Open Graph tags a link preview shows. Everything comes
// from what the page itself publishes (its title, a public summary key, its first published quote).
import type { Frontmatter } from "../types";
import { escapeHtml } from "./html";
import type { SiteInfo } from "./site";
import { publicUrl } from "./url";

/** Frontmatter keys a note's summary is read from, when the key is in the public list. */
export const SUMMARY_KEYS = ["description", "summary"];

/** Descriptions are cut to about this many characters, at a word. */
const DESCRIPTION_LENGTH = 200;

/** Collapses whitespace and cuts long text at a word, with an ellipsis. */
export function shortText(text: string, max = DESCRIPTION_LENGTH): string {
	const plain = text.replace(/\s+/g, " ").trim();
	if (plain.length <= max) return plain;
	const cut = plain.slice(0, max);
	const space = cut.lastIndexOf(" ");
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

/**
 * A note's description: its `description` or `summary` frontmatter when that key is public, else its
 * first published quote (plain text), else null. Keys left off the public list are never read here.
 */
export function noteDescription(frontmatter: Frontmatter, publicKeys: readonly string[], firstQuote: string | null): string | null {
	for (const key of SUMMARY_KEYS) {
		const value = frontmatter[key];
		if (publicKeys.includes(key) && typeof value === "string" && value.trim() !== "") return shortText(value.replace(/\[\[([^[\]|]*)\|?([^[\]]*)\]\]/g, (_m, t: string, a: string) => a || t));
	}
	return firstQuote !== null && firstQuote.trim() !== "" ? shortText(firstQuote) : null;
}

/** `<meta>` lines for a page's head: description, `og:title`, `og:type`, `og:site_name`, and `og:url` when the site has a base URL. */
export function pageMeta(info: SiteInfo, url: string, title: string, description: string | null, type: "article" | "website"): string {
	const lines = [
		description ? `<meta name="description" content="${escapeHtml(description)}">` : "",
		`<meta property="og:title" content="${escapeHtml(title)}">`,
		description ? `<meta property="og:description" content="${escapeHtml(description)}">` : "",
		`<meta property="og:type" content="${type}">`,
		`<meta property="og:site_name" content="${escapeHtml(info.siteTitle)}">`,
		info.baseUrl ? `<meta property="og:url" content="${escapeHtml(publicUrl(info.baseUrl, url))}">` : "",
	];
	return lines.filter((l) => l !== "").map((l) => `\n${l}`).join("");
}
