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
	const el = container.createDiv({
		cls: ["pg-quote-row", ...(opts.selected ? ["is-selected"] : [])],
		attr: { "data-quote-id": quote.id, "data-index": opts.index, role: "option", "aria-selected": String(opts.selected), id: `pg-quote-${++rowIds}` },
	});
	const textEl = el.createDiv({ cls: ["pg-quote-text", "markdown-rendered"] });
	const meta = el.createDiv({ cls: "pg-quote-meta" });
	if (!opts.hideSpeaker) {
		const name = quote.speaker ?? quote.speakerRaw;
		if (name) {
			const speaker = meta.createSpan({ cls: "pg-quote-speaker", text: name });
			if (quote.inferred) {
				speaker.addClass("is-inferred");
				speaker.setAttribute("aria-label", "Speaker inferred");
				speaker.setAttribute("title", `Speaker inferred ${INFERENCE[quote.inferred]}`);
			}
		} else {
			meta.createSpan({ cls: ["pg-quote-speaker", "is-unknown"], text: "Unknown speaker" });
		}
	}
	if (!opts.hideSource) meta.createSpan({ cls: "pg-quote-source", text: quote.episode.title ?? quote.noteTitle });
	if (!opts.hideSection && quote.section.length > 0) meta.createSpan({ cls: "pg-quote-section", text: quote.section[quote.section.length - 1] ?? "" });
	if (quote.timestamp && opts.play) createPlayButton(meta, quote.timestamp, opts.play);
	else if (quote.timestamp) meta.createSpan({ cls: "pg-quote-timestamp", text: quote.timestamp });

	const component = new Component();
	opts.parent.addChild(component);
	const rendered: RenderedRow = { key: `q:${quote.id}`, quote, group: null, el, component };
	MarkdownRenderer.render(opts.app, quote.text, textEl, quote.path, component)
		.then(() => opts.onRendered(rendered))
		.catch((e: unknown) => {
			// Show the raw text rather than nothing; the row stays usable.
			textEl.setText(quote.text);
			console.error(`Podcast Garden: could not render the quote at line ${quote.line} of "${quote.path}"`, e);
		});
	return rendered;
}

export function setRowSelected(row: RenderedRow, selected: boolean): void {
	const value = String(selected);
	if (row.el.getAttribute("aria-selected") === value) return;
	row.el.toggleClass("is-selected", selected);
	row.el.setAttribute("aria-selected", value);
}
