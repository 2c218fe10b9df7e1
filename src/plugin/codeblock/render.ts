// A `podcast-quotes` block in a note: the quotes it asks for, drawn like the sidebar's rows, kept current
// as the vault changes. The block is a MarkdownRenderChild: Obsidian unloads it when the note or the
// block's section is re-rendered or closed, and its subscription and rows go with it.
import { Component, Keymap, MarkdownRenderChild } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import { parseQuotesBlock, selectBlockQuotes, type BlockProblem, type QuotesBlockSpec } from "../../core/view/quotes-block";
import type { PluginContext } from "../context";
import { openQuote, showQuoteMenu, type QuoteActions } from "../view/actions";
import { AttributeModal } from "../view/attribute";
import { quotePlayLink } from "../view/play";
import { createQuoteRow } from "../view/rows";

export class QuotesBlock extends MarkdownRenderChild {
	/** Owns the rows' Markdown renderings; replaced on each redraw. */
	private rows: Component | null = null;
	private shown: IndexedQuote[] = [];
	private drawnRevision = -1;

	/** `firstLine`: the note line of the block's first line (its fence + 1), to name lines in messages; null when unknown. */
	constructor(
		containerEl: HTMLElement,
		private readonly plugin: PluginContext,
		private readonly source: string,
		private readonly firstLine: number | null,
	) {
		super(containerEl);
	}

	onload(): void {
		this.containerEl.addClass("pg-quotes-block");
		const { spec, problems } = parseQuotesBlock(this.source);
		if (problems.length > 0) {
			this.showProblems(problems);
			return;
		}
		this.registerDomEvent(this.containerEl, "click", (evt) => this.onClick(evt));
		this.registerDomEvent(this.containerEl, "contextmenu", (evt) => this.onContextMenu(evt));
		this.register(this.plugin.visible.onChange(() => this.draw(spec)));
		this.draw(spec);
		// The first pass over the vault may still be running: draw again when it is done.
		void this.plugin.source.whenReady().then(() => {
			if (this.rows === null) return; // unloaded meanwhile
			this.drawnRevision = -1;
			this.draw(spec);
		});
	}

	onunload(): void {
		this.rows = null;
		this.shown = [];
	}

	private showProblems(problems: BlockProblem[]): void {
		const box = this.containerEl.createDiv({ cls: "pg-quotes-block-error", attr: { role: "alert" } });
		box.createDiv({ cls: "pg-quotes-block-error-title", text: "This quotes block has a problem:" });
		const list = box.createEl("ul");
		for (const p of problems) {
			const where = this.firstLine === null ? `Line ${p.line} of the block` : `Line ${this.firstLine + p.line - 1}`;
			list.createEl("li", { text: `${where}: ${p.message}` });
		}
	}

	private draw(spec: QuotesBlockSpec): void {
		const visible = this.plugin.visible;
		if (visible.revision === this.drawnRevision && this.rows !== null) return;
		this.drawnRevision = visible.revision;
		if (this.rows) this.removeChild(this.rows);
		this.rows = this.addChild(new Component());
		this.containerEl.empty();
		// The sidebar's word index (its own typing state): a block's query does not fold the vault again.
		const search = this.plugin.search.sharing();
		this.shown = selectBlockQuotes(visible.all(), spec, { noteOf: (path) => visible.note(path), search: (qs, query) => search.run(qs, { query }) });
		if (this.shown.length === 0) {
			const reading = !this.plugin.source.ready;
			this.containerEl.createDiv({ cls: "pg-quotes-block-empty", text: reading ? "Reading your notes…" : "No quotes match this block." });
			return;
		}
		const list = this.containerEl.createDiv({ cls: "pg-quotes-block-list", attr: { role: "list" } });
		this.shown.forEach((quote, index) => {
			const row = createQuoteRow(list, quote, {
				app: this.plugin.app,
				parent: this.rows!,
				index,
				selected: false,
				hideSpeaker: false,
				hideSource: false,
				play: quotePlayLink(visible, quote),
				onRendered: () => undefined,
			});
			row.el.setAttribute("role", "listitem");
			row.el.removeAttribute("aria-selected");
		});
	}

	private quoteAt(evt: Event): IndexedQuote | null {
		const el = evt.target instanceof Element ? evt.target.closest<HTMLElement>(".pg-quote-row[data-index]") : null;
		return el ? (this.shown[Number(el.dataset.index)] ?? null) : null;
	}

	private onClick(evt: MouseEvent): void {
		const quote = this.quoteAt(evt);
		if (!quote) return;
		evt.preventDefault();
		const link = evt.target instanceof Element ? evt.target.closest<HTMLElement>("a.internal-link") : null;
		if (link) {
			void this.plugin.app.workspace.openLinkText(link.dataset.href ?? link.getAttribute("href") ?? "", quote.path, Keymap.isModEvent(evt));
			return;
		}
		void openQuote(this.plugin.app, quote, Keymap.isModEvent(evt));
	}

	private onContextMenu(evt: MouseEvent): void {
		const quote = this.quoteAt(evt);
		if (!quote) return;
		evt.preventDefault();
		const actions: QuoteActions = {
			attribute: (q) => new AttributeModal(this.plugin.app, this.plugin, q).open(),
			hide: (q) => void this.plugin.hideQuote(q),
			play: (q) => quotePlayLink(this.plugin.visible, q),
			cardSize: () => this.plugin.settings.daily.cardSize,
		};
		showQuoteMenu(this.plugin.app, quote, evt, actions);
	}
}
