// "Quote of the day" at the top of the quotes sidebar: the same quote all day (it changes at local
// midnight), drawn from the quotes the daily setting names, with "Another one" and "Open".
import { Component, MarkdownRenderer, setIcon, type App } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import { dayKey } from "../../core/view/resurface";
import { DailyChoice } from "../../core/view/daily-choice";
import { cardSource } from "../../core/card/layout";
import type { PluginContext } from "../context";
import { openQuote } from "../view/actions";
import { dailyQuote, markQuotesSeen } from "./selection";

/** How often the card checks whether midnight has passed. */
const CLOCK_MS = 60_000;

/** The cards on screen (one per open quotes sidebar), redrawn when the daily settings change. */
const openCards = new Set<DailyCard>();

/** The settings tab changed what the quote of the day is drawn from: every card draws again. */
export function refreshDailyCards(): void {
	for (const card of openCards) card.update(true);
}

export interface DailyCardHost {
	app: App;
	plugin: PluginContext;
	/** The quote's context menu (the sidebar's: copy, copy as image, …). */
	menu(q: IndexedQuote, evt: MouseEvent): void;
	/** Tests set the clock. */
	now?: () => Date;
}

export class DailyCard {
	private readonly el: HTMLElement;
	private readonly textEl: HTMLElement;
	private readonly metaEl: HTMLElement;
	private readonly filterEl: HTMLElement;
	private day = "";
	private skip = 0;
	private shown: IndexedQuote | null = null;
	private rendering: Component | null = null;
	/** An update waits for the first pass to end (see `update`). */
	private waitingForIndex = false;
	/** The day's choice, kept across index changes that cannot change it. */
	private readonly choice = new DailyChoice();

	constructor(
		private readonly owner: Component,
		parent: HTMLElement,
		private readonly host: DailyCardHost,
	) {
		this.el = parent.createDiv({ cls: "pg-daily", attr: { role: "region", "aria-label": "Quote of the day" } });
		const header = this.el.createDiv({ cls: "pg-daily-header" });
		header.createSpan({ cls: "pg-daily-title", text: "Quote of the day" });
		this.filterEl = header.createSpan({ cls: "pg-daily-filter" });
		this.textEl = this.el.createDiv({ cls: ["pg-daily-text", "markdown-rendered"] });
		this.metaEl = this.el.createDiv({ cls: "pg-daily-meta" });
		const actions = this.el.createDiv({ cls: "pg-daily-actions" });
		this.button(actions, "shuffle", "Another one", () => {
			this.skip++;
			this.update(true);
		});
		this.button(actions, "arrow-up-right", "Open", (evt) => {
			if (!this.shown) return;
			void markQuotesSeen(this.host.plugin, [this.shown]);
			void openQuote(this.host.app, this.shown, evt.ctrlKey || evt.metaKey);
		});
		owner.registerDomEvent(this.el, "contextmenu", (evt: MouseEvent) => {
			if (!this.shown) return;
			evt.preventDefault();
			this.host.menu(this.shown, evt);
		});
		owner.registerInterval(window.setInterval(() => this.update(false), CLOCK_MS));
		openCards.add(this);
		owner.register(() => openCards.delete(this));
		this.update(false);
	}

	/** The index changed (`changed`: the notes, undefined when any may have): chooses again if it must. */
	indexChanged(revision: number, changed?: readonly string[]): void {
		this.choice.heardChange(revision, changed);
		this.update(false);
	}

	/** One update once the index is complete, however many notifications come meanwhile. */
	private afterIndexing(source: PluginContext["source"]): void {
		if (this.waitingForIndex) return;
		this.waitingForIndex = true;
		void source.whenReady().then(() => {
			this.waitingForIndex = false;
			if (openCards.has(this)) this.update(false);
		});
	}

	private button(parent: HTMLElement, icon: string, label: string, onClick: (evt: MouseEvent) => void): void {
		const b = parent.createEl("button", { cls: "pg-daily-button", attr: { type: "button", "data-action": label } });
		setIcon(b.createSpan({ cls: "pg-daily-icon" }), icon);
		b.createSpan({ text: label });
		this.owner.registerDomEvent(b, "click", onClick);
	}

	/**
	 * Redraws when the day, the setting or the chosen quote changed (`force` after "Another one"). While the
	 * first pass (or a rebuild) runs it waits for the index to be complete: choosing goes over every quote,
	 * and doing it at each of the pass's notifications cost more than the pass itself (decision 48).
	 */
	update(force: boolean): void {
		const source = this.host.plugin.source;
		if (!force && source !== undefined && !source.ready) return this.afterIndexing(source);
		const settings = this.host.plugin.settings.daily;
		const now = (this.host.now ?? (() => new Date()))();
		const day = dayKey(now);
		if (day !== this.day) {
			this.day = day;
			this.skip = 0;
		}
		const allQuotes = this.host.plugin.visible.all();
		this.el.toggleClass("is-hidden", !settings.showCard || allQuotes.length === 0);
		if (!settings.showCard || allQuotes.length === 0) return;
		const f = settings.filter;
		// Written only when it changed: each index change comes here, and the filter rarely changes with it.
		const filterText = f.kind === "all" || f.value.trim() === "" ? "" : f.kind === "tag" ? `#${f.value.replace(/^#/, "")}` : f.value;
		if (this.filterEl.textContent !== filterText) this.filterEl.setText(filterText);
		const q = dailyQuote(this.host.plugin, now, this.skip, this.choice);
		if (q === this.shown && !force) return;
		// An edit of its note gives the same quote as a new object: nothing shown changes, nothing to mark seen.
		const same = !force && q !== null && this.shown !== null && looksTheSame(q, this.shown);
		this.shown = q;
		if (same) return;
		this.el.dataset.quoteId = q?.id ?? "";
		this.render(q, f.kind === "all" ? "" : f.value);
		if (q) void markQuotesSeen(this.host.plugin, [q]);
	}

	private render(q: IndexedQuote | null, filterValue: string): void {
		if (this.rendering) this.owner.removeChild(this.rendering);
		this.rendering = null;
		this.textEl.empty();
		this.metaEl.empty();
		this.el.toggleClass("is-empty", q === null);
		if (q === null) {
			this.textEl.setText(`No quotes for “${filterValue}” yet. Change the quote of the day's filter in the plugin's settings.`);
			return;
		}
		const component = this.owner.addChild(new Component());
		this.rendering = component;
		MarkdownRenderer.render(this.host.app, q.text, this.textEl, q.path, component).catch((e: unknown) => {
			this.textEl.setText(q.text);
			console.error(`Podcast Garden: could not render the quote of the day from "${q.path}"`, e);
		});
		this.metaEl.createSpan({ cls: "pg-daily-speaker", text: `— ${q.speaker ?? q.speakerRaw ?? "Unknown speaker"}` });
		this.metaEl.createSpan({ cls: "pg-daily-source", text: cardSource(q.episode, q.noteTitle) });
	}
}

/** Whether the card would show `a` exactly as `b` (same quote, text, speaker and source). */
function looksTheSame(a: IndexedQuote, b: IndexedQuote): boolean {
	return a.id === b.id && a.text === b.text && a.path === b.path && a.speaker === b.speaker && a.speakerRaw === b.speakerRaw && cardSource(a.episode, a.noteTitle) === cardSource(b.episode, b.noteTitle);
}
