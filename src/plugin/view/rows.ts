// One row of the quotes list: a group header or a quote (Markdown text, speaker, episode, section).
import { App, Component, MarkdownRenderer, setIcon } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import type { GroupRow, Row } from "../../core/view/model";
import type { PlayLink } from "../../core/play";
import type { SpeakerInference } from "../../core/types";
import { createPlayButton } from "./play";

export interface RenderedRow {
	key: string;
	/** The quote object the row was drawn from (a changed quote gets a new row). */
	quote: IndexedQuote | null;
	group: GroupRow | null;
	el: HTMLElement;
	/** Owns the Markdown rendering of the row; unloaded when the row leaves the DOM. */
	component: Component | null;
}

export function rowKey(row: Row): string {
	return row.kind === "quote" ? `q:${row.quote.id}` : `g:${row.key}`;
}

const INFERENCE: Record<Exclude<SpeakerInference, null>, string> = {
	link: "from the link",
	frontmatter: "from the note's frontmatter",
	"first-name": "from a first name",
	"note-name": "from a full name written in the note",
	"vault-person": "from a person note",
	"alias-table": "from your alias table",
	"next-quote": "from the next quote",
	"callout-title": "from the callout title",
	"lead-in": "from the line before the quote",
	heading: "from the section heading",
	"turn-continuation": "from the turn before",
	"single-guest": "from the note's only guest",
	context: "from the person the note is about",
};

export function createGroupRow(parent: HTMLElement, row: GroupRow, index: number): RenderedRow {
	const el = parent.createDiv({
		cls: ["pg-group-header", ...(row.collapsed ? ["is-collapsed"] : [])],
		attr: { "data-group-key": row.key, "data-index": index, role: "button", "aria-expanded": String(!row.collapsed) },
	});
	const icon = el.createSpan({ cls: "pg-group-toggle" });
	setIcon(icon, "chevron-down");
	const label = el.createSpan({ cls: "pg-group-label", text: row.label });
	if (row.detail) {
		label.createSpan({ cls: "pg-group-detail", text: row.detail });
		el.setAttribute("title", `${row.label}\n${row.detail}`);
	}
	el.createSpan({ cls: "pg-group-count", text: row.count.toLocaleString(), attr: { "aria-label": `${row.count} quotes` } });
	return { key: rowKey(row), quote: null, group: row, el, component: null };
}

export interface QuoteRowOptions {
	app: App;
	parent: Component;
	index: number;
	selected: boolean;
	/** Hide what the group header already says (the speaker, or the episode). */
	hideSpeaker: boolean;
	hideSource: boolean;
	/** Hide the section (the "current note" mode groups by it). */
	hideSection?: boolean;
	/** The link that plays the quote at its time: a play button instead of the bare time. */
	play?: PlayLink | null;
	/** Called when the Markdown has been rendered (the row's height may have changed). */
	onRendered: (row: RenderedRow) => void;
}

/** Unique element ids for rows (aria-activedescendant needs one). */
let rowIds = 0;

export function createQuoteRow(container: HTMLElement, quote: IndexedQuote, opts: QuoteRowOptions): RenderedRow {
	const el = container.createDiv({ cls: "pg-quote-row", attr: { role: "option", id: `pg-quote-${++rowIds}` } });
	el.createDiv({ cls: "pg-quote-meta" });
	const rendered: RenderedRow = { key: "", quote, group: null, el, component: null };
	fillQuoteRow(rendered, quote, opts);
	return rendered;
}

/**
 * Shows `quote` in a row made by `createQuoteRow`, which may have shown another quote: a keystroke's new
 * results reuse the rows of the last ones, so the row, its meta line and its spans stay and only their text
 * and attributes change (no new elements to style). The text gets a new element: Markdown rendered for the
 * former quote must not land in it.
 */
export function fillQuoteRow(row: RenderedRow, quote: IndexedQuote, opts: QuoteRowOptions): void {
	const el = row.el;
	if (row.component) opts.parent.removeChild(row.component);
	row.key = `q:${quote.id}`;
	row.quote = quote;
	el.setAttribute("data-quote-id", quote.id);
	el.setAttribute("data-index", String(opts.index));
	setRowSelected(row, opts.selected);
	const textEl = createDiv({ cls: ["pg-quote-text", "markdown-rendered"] });
	const oldText = el.querySelector(":scope > .pg-quote-text");
	if (oldText) oldText.replaceWith(textEl);
	else el.prepend(textEl);
	const meta = el.querySelector<HTMLElement>(":scope > .pg-quote-meta") ?? el.createDiv({ cls: "pg-quote-meta" });
	fillMeta(meta, metaParts(quote, opts), quote.timestamp && opts.play ? { timestamp: quote.timestamp, play: opts.play } : null);

	const component = new Component();
	opts.parent.addChild(component);
	row.component = component;
	MarkdownRenderer.render(opts.app, quote.text, textEl, quote.path, component)
		.then(() => {
			// The row may show another quote by now.
			if (row.component === component) opts.onRendered(row);
		})
		.catch((e: unknown) => {
			// Show the raw text rather than nothing; the row stays usable.
			textEl.setText(quote.text);
			console.error(`Podcast Garden: could not render the quote at line ${quote.line} of "${quote.path}"`, e);
		});
}

/** One span of a row's meta line. */
interface MetaPart {
	cls: string;
	text: string;
	/** The hover text (an inferred speaker says how it was found). */
	title?: string;
	label?: string;
}

function metaParts(quote: IndexedQuote, opts: QuoteRowOptions): MetaPart[] {
	const parts: MetaPart[] = [];
	if (!opts.hideSpeaker) {
		const name = quote.speaker ?? quote.speakerRaw;
		if (!name) parts.push({ cls: "pg-quote-speaker is-unknown", text: "Unknown speaker" });
		else if (quote.inferred) parts.push({ cls: "pg-quote-speaker is-inferred", text: name, label: "Speaker inferred", title: `Speaker inferred ${INFERENCE[quote.inferred]}` });
		else parts.push({ cls: "pg-quote-speaker", text: name });
	}
	if (!opts.hideSource) parts.push({ cls: "pg-quote-source", text: quote.episode.title ?? quote.noteTitle });
	if (!opts.hideSection && quote.section.length > 0) parts.push({ cls: "pg-quote-section", text: quote.section[quote.section.length - 1] ?? "" });
	if (quote.timestamp && !opts.play) parts.push({ cls: "pg-quote-timestamp", text: quote.timestamp });
	return parts;
}

/** The meta line's spans: those already there take the new texts when they are the same kinds, else new ones. */
function fillMeta(meta: HTMLElement, parts: readonly MetaPart[], play: { timestamp: string; play: PlayLink } | null): void {
	const spans = Array.from(meta.children);
	const same = spans.length === parts.length && parts.every((p, i) => spans[i].tagName === "SPAN" && spans[i].className === p.cls);
	if (!same) {
		meta.empty();
		for (const p of parts) meta.createSpan({ cls: p.cls.split(" ") });
	}
	parts.forEach((p, i) => {
		const span = meta.children[i] as HTMLElement;
		if (span.textContent !== p.text) span.textContent = p.text;
		setOrRemove(span, "title", p.title);
		setOrRemove(span, "aria-label", p.label);
	});
	// The play button holds its quote's link: a new one each time.
	if (play) createPlayButton(meta, play.timestamp, play.play);
}

function setOrRemove(el: HTMLElement, name: string, value: string | undefined): void {
	if (value === undefined) el.removeAttribute(name);
	else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function setRowSelected(row: RenderedRow, selected: boolean): void {
	row.el.toggleClass("is-selected", selected);
	row.el.setAttribute("aria-selected", String(selected));
}
