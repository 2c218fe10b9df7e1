// Markdown → HTML for published pages: markdown-it with raw HTML off (notes' HTML shows as text),
// footnotes, ==highlights==, Obsidian callouts, heading ids, ^block ids and quote anchors.
import MarkdownIt from "markdown-it";
import type { MarkdownIt as Md, StateCore, Token } from "markdown-it";
import footnote from "markdown-it-footnote";
import markPlugin from "markdown-it-mark";
import { QUOTES_BLOCK_LANGUAGE } from "../note/quotes-blocks";
import { escapeHtml } from "./html";
import { tagLinks, type TagLink } from "./inline-tags";
import { headingAnchor, relativeUrl } from "./url";

export interface RenderEnv {
	/** URL of the page being rendered: root-relative links are made relative to it. */
	pageUrl: string;
	/** HTML for a `podcast-quotes` code block (quotes-blocks.ts); without it the block shows as code. */
	quotesBlock?: (source: string) => string;
	/** Writes the note's inline `#tags` as links to their pages (inline-tags.ts); without it they stay text. */
	tagLink?: TagLink;
}

type MdEnv = Parameters<Md["parse"]>[1];

/** A quote to anchor: its id and the 0-based compiled line where it starts. */
export interface QuoteAnchor {
	id: string;
	line: number;
	/** The block type that holds this kind of quote (`blockquote_open`, `list_item_open`, `paragraph_open`). */
	block: string;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- markdown-it-mark ships no types; tsc reads markdown-it-mark.d.ts, the lint does not
const mark: typeof footnote = markPlugin;

const CALLOUT = /^\[!([\w-]+)\][+-]?[ \t]*(.*)$/;

function callouts(md: Md): void {
	md.core.ruler.before("inline", "pg_callouts", (state: StateCore) => {
		const tokens = state.tokens;
		for (let i = 0; i < tokens.length - 2; i++) {
			if (tokens[i].type !== "blockquote_open" || tokens[i + 1].type !== "paragraph_open") continue;
			const inline = tokens[i + 2];
			const firstLine = inline.content.split("\n")[0];
			const m = CALLOUT.exec(firstLine);
			if (!m) continue;
			const type = m[1].toLowerCase();
			const open = tokens[i];
			open.tag = "div";
			open.attrJoin("class", `callout callout-${type.replace(/[^a-z0-9-]/g, "")}`);
			for (let j = i + 1; j < tokens.length; j++) {
				if (tokens[j].type === "blockquote_close" && tokens[j].level === open.level) {
					tokens[j].tag = "div";
					break;
				}
			}
			const title = new state.Token("html_block", "", 0);
			const shown = m[2].trim() || type.charAt(0).toUpperCase() + type.slice(1);
			title.content = `<div class="callout-title">${escapeHtml(shown)}</div>\n`;
			tokens.splice(i + 1, 0, title);
			inline.content = inline.content.split("\n").slice(1).join("\n");
			if (inline.content.trim() === "") {
				tokens[i + 2].hidden = true;
				tokens[i + 4].hidden = true;
			}
		}
	});
}

function relativeLinks(md: Md): void {
	for (const [rule, attr] of [["link_open", "href"], ["image", "src"]] as const) {
		const previous = md.renderer.rules[rule];
		md.renderer.rules[rule] = (tokens, idx, options, env: MdEnv | undefined, self) => {
			const token = tokens[idx];
			const value = String(token.attrGet(attr) ?? "");
			const pageUrl = (env as { pageUrl?: unknown } | undefined)?.pageUrl;
			const page = typeof pageUrl === "string" ? pageUrl : null;
			if (page !== null && value.startsWith("/") && !value.startsWith("//")) token.attrSet(attr, relativeUrl(page, value));
			if (rule === "link_open" && value && /^https?:/i.test(value)) token.attrSet("rel", "noopener noreferrer");
			if (rule === "image") token.attrSet("loading", "lazy");
			return previous ? previous(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
		};
	}
}

/** Footnotes give ids, so a copy of a fragment (a quote shown again on the same page) renders without them. */
export function createMarkdown(footnotes = true): Md {
	const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
	if (footnotes) md.use(footnote);
	md.use(mark).use(callouts).use(relativeLinks).use(tagLinks);
	return md;
}

const shared = { md: null as Md | null, noIds: null as Md | null };

function markdown(ids: boolean): Md {
	if (!ids) return (shared.noIds ??= createMarkdown(false));
	return (shared.md ??= createMarkdown());
}

export interface RenderOptions {
	/** False for a copy shown on a page that already holds the original: no heading, block or footnote ids. */
	ids?: boolean;
}

/** Renders compiled Markdown; `lineMap` and `quotes` place each quote's anchor on its block. */
export function renderMarkdown(text: string, env: RenderEnv, quotes: QuoteAnchor[] = [], options: RenderOptions = {}): string {
	const ids = options.ids ?? true;
	const md = markdown(ids);
	const tokens = md.parse(text, env as unknown as MdEnv);
	const used = new Set<string>(quotes.map((q) => q.id));
	const unique = (base: string): string | null => {
		if (!ids) return null;
		let id = base;
		for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		return id;
	};
	tokens.forEach((token, i) => {
		const id = token.type === "heading_open" ? unique(headingAnchor(tokens[i + 1]?.content ?? "")) : null;
		if (id !== null) token.attrSet("id", id);
		if (token.type === "inline") blockId(tokens, i, unique);
	});
	anchorQuotes(tokens, quotes, md);
	if (env.quotesBlock) quotesBlocks(tokens, env.quotesBlock);
	return md.renderer.render(tokens, md.options, env as unknown as MdEnv);
}

/** `podcast-quotes` fences become the HTML their renderer gives (already escaped there). */
function quotesBlocks(tokens: Token[], render: (source: string) => string): void {
	for (const token of tokens) {
		if (token.type !== "fence" || token.info.trim().split(/\s+/)[0] !== QUOTES_BLOCK_LANGUAGE) continue;
		token.type = "html_block";
		token.content = render(token.content);
	}
}

function blockId(tokens: Token[], i: number, unique: (base: string) => string | null): void {
	const inline = tokens[i];
	const m = /[ \t]\^([A-Za-z0-9-]+)\s*$/.exec(inline.content);
	const last = inline.children?.[inline.children.length - 1];
	if (!m || !last || last.type !== "text" || !last.content.endsWith(m[0].trimEnd())) return;
	last.content = last.content.slice(0, last.content.length - m[0].trimEnd().length);
	for (let j = i - 1; j >= 0; j--) {
		if (tokens[j].nesting === 1 && !tokens[j].hidden && !tokens[j].attrGet("id")) {
			const id = unique(`^${m[1]}`);
			if (id !== null) tokens[j].attrSet("id", id);
			return;
		}
	}
}

/**
 * Puts each quote's id on the block that starts at its line. Linear in tokens plus quotes: blocks are
 * looked up by their first line, and anchors for quotes that start inside a block are inserted in one
 * pass at the end (a lookup or a splice per quote over every token was quadratic on a long note).
 */
export function anchorQuotes(tokens: Token[], quotes: QuoteAnchor[], md: Md): void {
	if (quotes.length === 0) return;
	const byLine = new Map<number, Token[]>();
	/** Top-level blocks in order, with their token index: their line ranges never overlap. */
	const top: { index: number; start: number; end: number }[] = [];
	tokens.forEach((t, index) => {
		if (t.nesting !== 1 || t.map === null) return;
		if (t.block && !t.hidden) {
			const list = byLine.get(t.map[0]);
			if (list) list.push(t);
			else byLine.set(t.map[0], [t]);
		}
		if (t.level === 0) top.push({ index, start: t.map[0], end: t.map[1] });
	});
	/** Token index → anchors to insert before it (tokens.length: at the end), in quote order. */
	const inserts = new Map<number, Token[]>();
	let TokenClass: typeof Token | null = null;
	for (const quote of quotes) {
		const candidates = (byLine.get(quote.line) ?? []).filter((t) => !t.attrGet("id"));
		const own = candidates.find((t) => t.type === quote.block) ?? candidates[0];
		if (own) {
			own.attrSet("id", quote.id);
			own.attrJoin("class", "pg-quote");
			continue;
		}
		// The quote starts inside a block (a later paragraph of a blockquote): anchor just before that block.
		const block = topBlockAt(top, quote.line);
		const at = block === null ? tokens.length : block.index;
		TokenClass ??= new md.core.State("", md, {}).Token;
		const token = new TokenClass("html_block", "", 0);
		token.content = `<a class="pg-quote-anchor" id="${escapeHtml(quote.id)}"></a>\n`;
		const list = inserts.get(at);
		if (list) list.push(token);
		else inserts.set(at, [token]);
	}
	if (inserts.size === 0) return;
	const out: Token[] = [];
	tokens.forEach((t, i) => {
		const before = inserts.get(i);
		if (before) out.push(...before);
		out.push(t);
	});
	out.push(...(inserts.get(tokens.length) ?? []));
	// Copied back one by one: a spread of a long note's tokens would overflow the stack.
	tokens.length = 0;
	for (const t of out) tokens.push(t);
}

/** The top-level block whose lines hold `line` (binary search), or null. */
function topBlockAt(top: { index: number; start: number; end: number }[], line: number): { index: number } | null {
	let lo = 0;
	let hi = top.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const block = top[mid];
		if (line < block.start) hi = mid - 1;
		else if (line >= block.end) lo = mid + 1;
		else return block;
	}
	return null;
}
