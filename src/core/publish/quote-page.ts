// One page per published quote, at /q/<quote id>/: the quote's card (SVG made here, laid out by the same
// core/card code as the plugin's images) and `og:` tags, so a link to one quote previews that quote.
// Only a published note's visible quotes get pages (they are files of that note: an unflagged note has none).
import { cardSource, cardText, type CardInput } from "../card/layout";
import { cardSvg, CARD_DIMENSIONS } from "../card/svg";
import { hashContent } from "./hash";
import { escapeHtml } from "./html";
import { renderMarkdown } from "./markdown";
import { pageShell, type NoteSummary, type PageQuote, type SiteInfo } from "./site";
import type { ManifestEntry, OutputFile } from "./types";
import { pageFile, publicUrl, relativeUrl } from "./url";
import { hasSharePage, QUOTE_PAGES, quotePageUrl } from "./quote-url";
import type { QuotePageMode } from "./options";

export { quotePageUrl };

/** The card file next to each quote page. */
export const CARD_FILE = "card.svg";
/** og:description is cut here: previews show about two lines. */
const DESCRIPTION_CHARS = 280;

function isQuotePageFile(path: string): boolean {
	return path.startsWith(`${QUOTE_PAGES}/`);
}

function clipped(text: string, max: number): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").replace(/\s+\S*$/, "")}…`;
}

/**
 * The card's words: the public Markdown (`q.markdown`, cut from the compiled note) as plain text, without
 * the attribution written after the quote. The parser's text of the quote is used only when it is the
 * start of that public text, so the card never shows a word the page does not.
 */
function cardOf(note: NoteSummary, q: PageQuote, ownText: string | undefined): CardInput {
	const shown = cardText(q.markdown);
	const own = ownText === undefined ? "" : cardText(ownText);
	return { quote: own !== "" && shown.startsWith(own) ? own : shown, speaker: q.speaker, source: cardSource(note.episode, note.title), timestamp: q.timestamp };
}

/** The `<head>` tags link previews read. og:image only with the site's address (previewers need absolute URLs). */
function openGraph(info: SiteInfo, url: string, title: string, description: string): string {
	const tags: [string, string][] = [
		["og:type", "article"],
		["og:site_name", info.siteTitle],
		["og:title", title],
		["og:description", description],
	];
	if (info.baseUrl) {
		const { width, height } = CARD_DIMENSIONS.wide;
		tags.push(["og:url", publicUrl(info.baseUrl, url)], ["og:image", publicUrl(info.baseUrl, `${url}${CARD_FILE}`)], ["og:image:type", "image/svg+xml"], ["og:image:width", String(width)], ["og:image:height", String(height)], ["og:image:alt", description]);
	}
	const meta = tags.map(([p, c]) => `\n<meta property="${p}" content="${escapeHtml(c)}">`).join("");
	// "summary": most previewers do not take an SVG image, so no large-image card is promised.
	return `\n<meta name="description" content="${escapeHtml(description)}">${meta}\n<meta name="twitter:card" content="summary">`;
}

/** The page and the card of one quote. */
function quotePage(info: SiteInfo, note: NoteSummary, q: PageQuote, ownText: string | undefined): OutputFile[] {
	const url = quotePageUrl(q.id);
	const card = cardOf(note, q, ownText);
	const who = q.speaker ?? "Unknown speaker";
	const title = `${who} on ${card.source ?? note.title}`;
	const description = clipped(card.quote, DESCRIPTION_CHARS);
	const html = renderMarkdown(q.markdown, { pageUrl: url }, [], { ids: false });
	const when = q.timestamp ? ` · ${escapeHtml(q.timestamp)}` : "";
	const context = `${relativeUrl(url, note.url)}#${encodeURIComponent(q.id)}`;
	const main = `<article class="quote-page">
<h1>${escapeHtml(title)}</h1>
<figure class="pg-quote-card"><img src="${CARD_FILE}" width="${CARD_DIMENSIONS.wide.width}" height="${CARD_DIMENSIONS.wide.height}" alt="${escapeHtml(`“${description}” — ${who}`)}"></figure>
<figure class="pg-quote-copy">
<blockquote>
${html}</blockquote>
<figcaption>— ${escapeHtml(who)}, <a href="${escapeHtml(context)}">${escapeHtml(card.source ?? note.title)}</a>${when}</figcaption>
</figure>
<p class="muted">Share this page's address: its link preview shows this quote.</p>
</article>`;
	return [
		{ path: pageFile(url), content: pageShell(info, url, title, main, openGraph(info, url, title, description)) },
		{ path: `${pageFile(url).replace(/index\.html$/, "")}${CARD_FILE}`, content: cardSvg(card, "wide") },
	];
}

/**
 * The share pages of one published note's quotes that get one under `mode` (the note page's Share links ask
 * the same `hasSharePage`); `texts` are the parser's texts of the same quotes.
 */
export function quotePageFiles(info: SiteInfo, note: NoteSummary, quotes: PageQuote[], texts: readonly { id: string; text: string }[], mode: QuotePageMode): OutputFile[] {
	const textOf = new Map(texts.map((t) => [t.id, t.text]));
	return quotes.filter((q) => hasSharePage(q.kind, mode)).flatMap((q) => quotePage(info, note, q, textOf.get(q.id)));
}

/** Hashes of a note's quote-page files, kept in its manifest entry so an unchanged quote's page is not written again. */
export function quotePageHashes(files: OutputFile[]): Record<string, string> | undefined {
	const pages = files.filter((f) => isQuotePageFile(f.path));
	return pages.length > 0 ? Object.fromEntries(pages.map((f) => [f.path, hashContent(f.content)])) : undefined;
}

/**
 * The files of a changed note that must be written: all of them, except quote pages whose bytes are the
 * ones already published (a note edit elsewhere leaves its other quotes' pages alone).
 */
export function filesToWrite(files: OutputFile[], old: ManifestEntry | undefined, hashes: Record<string, string> | undefined): OutputFile[] {
	if (!old || old.missing || !old.quotePages || !hashes) return files;
	const before = old.quotePages;
	return files.filter((f) => !isQuotePageFile(f.path) || before[f.path] !== hashes[f.path] || !old.files.includes(f.path));
}
