// One page per published quote, at /q/<quote id>/: the quote's card (SVG made here, laid out by the same
// core/card code as the plugin's images) and `og:` tags, so a link to one quote previews that quote.
// Only a published note's visible quotes get pages (they are files of that note: an unflagged note has none).
import { cardSource, cardText, type CardInput } from "../card/layout";
import { cardSvg, CARD_DIMENSIONS } from "../card/svg";
import { shortTextHash } from "./hash";
import { entryFiles } from "./manifest";
import { escapeHtml } from "./html";
import { renderMarkdown } from "./markdown";
import { pageShell, type NoteSummary, type PageQuote, type SiteInfo } from "./site";
import type { ManifestEntry, OutputFile } from "./types";
import { publicUrl, relativeUrl } from "./url";
import { CARD_FILE, hasSharePage, quotePagePart, quotePagePaths, quotePageUrl } from "./quote-url";
import type { QuotePageMode } from "./options";

export { CARD_FILE, quotePageUrl };

/** og:description is cut here: previews show about two lines. */
const DESCRIPTION_CHARS = 280;

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
	const [pagePath, cardPath] = quotePagePaths(q.id);
	return [
		{ path: pagePath, content: pageShell(info, url, title, main, openGraph(info, url, title, description)) },
		{ path: cardPath, content: cardSvg(card, "wide") },
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

/** A short hash as text: the cards are SVG text; bytes (none today) are read as Latin-1 so they hash too. */
function shortHash(content: string | Uint8Array): string {
	return shortTextHash(typeof content === "string" ? content : Array.from(content, (b) => String.fromCharCode(b)).join(""));
}

/**
 * What a note's manifest entry keeps of its output files: the paths of its own files, and its quote pages
 * by quote id, each with its page's short hash then its card's (decision 23), so an unchanged quote's page
 * is not written again.
 */
export function entryFilesOf(files: OutputFile[]): Pick<ManifestEntry, "files" | "quotePages"> {
	const own: string[] = [];
	const hashes = new Map<string, { page?: string; card?: string }>();
	for (const f of files) {
		const part = quotePagePart(f.path);
		if (!part) {
			own.push(f.path);
			continue;
		}
		const got = hashes.get(part.id) ?? {};
		got[part.card ? "card" : "page"] = shortHash(f.content);
		hashes.set(part.id, got);
	}
	const owned: Pick<ManifestEntry, "files" | "quotePages"> = { files: own };
	if (hashes.size > 0) owned.quotePages = Object.fromEntries([...hashes].map(([id, h]) => [id, `${h.page ?? ""}${h.card ?? ""}`]));
	// The paths come back from the ids wherever files are deleted: a file they would not give back would stay
	// on the site after its note is unflagged. Never expected; a bug if it happens.
	const listed = entryFiles(owned);
	if (listed.length !== files.length || listed.some((p, i) => p !== files[i].path)) {
		throw new Error(`the manifest could not list the note's files (${files.map((f) => f.path).join(", ")}) by quote id`);
	}
	return owned;
}

/**
 * The files of a changed note that must be written: all of them, except quote page files whose bytes are
 * the ones already published (a note edit elsewhere leaves its other quotes' pages alone).
 */
export function filesToWrite(files: OutputFile[], old: ManifestEntry | undefined, pages: Record<string, string> | undefined): OutputFile[] {
	if (!old || old.missing || !old.quotePages || !pages) return files;
	const before = old.quotePages;
	return files.filter((f) => {
		const part = quotePagePart(f.path);
		if (!part) return true;
		const was = before[part.id];
		const now = pages[part.id];
		if (was === undefined || now === undefined) return true;
		const half = (hash: string): string => (part.card ? hash.slice(8) : hash.slice(0, 8));
		return half(was) !== half(now);
	});
}
