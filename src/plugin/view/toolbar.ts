// The top of the sidebar: mode picker, search box and filter chips. Knows nothing about the list.
import { Component, Menu, setIcon } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import { facetCounts, VIEW_MODES, type ViewMode } from "../../core/view/model";

export const MODE_LABELS: Record<ViewMode, string> = {
	speaker: "Speakers",
	episode: "Episodes",
	flat: "All",
	note: "This note",
	resurface: "Resurface",
};

export interface ToolbarState {
	mode: ViewMode;
	query: string;
	speakers: string[];
	shows: string[];
	flaggedOnly: boolean;
	/** Only quotes whose speaker is unknown. */
	needsSpeaker: boolean;
}

export interface ToolbarHost {
	state: ToolbarState;
	/** All indexed quotes, for the chip menus. */
	allQuotes(): readonly IndexedQuote[];
	/** Quotes with no speaker in the list's scope (the vault, or the note in "This note" mode). */
	needsSpeakerCount(): number;
	/** The state changed; `queryOnly` when only the search text did. */
	changed(queryOnly: boolean): void;
	/** Arrow down / Enter in the search box moves to the list. */
	focusList(): void;
}

/** How many speakers or shows a chip menu lists (the most quoted first). */
const MENU_LIMIT = 40;

type Facet = "speaker" | "show";

const FACETS: Record<Facet, { label: string; icon: string; none: string; valueOf: (q: IndexedQuote) => string | null }> = {
	speaker: { label: "Speaker", icon: "user", none: "No speakers in your quotes yet", valueOf: (q) => q.speaker },
	show: { label: "Show", icon: "podcast", none: "No shows in your podcast notes yet", valueOf: (q) => q.episode.show },
};

export class Toolbar {
	readonly searchEl: HTMLInputElement;
	private readonly modeEl: HTMLElement;
	private readonly chipsEl: HTMLElement;
	/** The "Needs a speaker" chip and its count, kept to update after an index change without a lookup. */
	private needsEl: HTMLElement | null = null;
	private countEl: HTMLElement | null = null;

	constructor(
		private readonly owner: Component,
		parent: HTMLElement,
		private readonly host: ToolbarHost,
	) {
		const root = parent.createDiv({ cls: "pg-quotes-toolbar" });
		this.modeEl = root.createDiv({ cls: "pg-mode-switch", attr: { role: "tablist", "aria-label": "Quote list mode" } });
		for (const mode of VIEW_MODES) {
			// Resurface is an icon (with its name as label and tooltip): five words do not fit a sidebar.
			const icon = mode === "resurface";
			const button = this.modeEl.createEl("button", {
				cls: ["pg-mode-button", ...(icon ? ["pg-mode-icon"] : [])],
				text: icon ? undefined : MODE_LABELS[mode],
				attr: { "data-mode": mode, role: "tab", type: "button", ...(icon ? { "aria-label": MODE_LABELS[mode], title: "Resurface: quotes you have not seen for a while" } : {}) },
			});
			if (icon) setIcon(button, "history");
			owner.registerDomEvent(button, "click", () => {
				if (host.state.mode === mode) return;
				host.state.mode = mode;
				this.update();
				host.changed(false);
			});
		}

		const searchWrap = root.createDiv({ cls: "pg-search" });
		const searchIcon = searchWrap.createSpan({ cls: "pg-search-icon" });
		setIcon(searchIcon, "search");
		this.searchEl = searchWrap.createEl("input", {
			cls: "pg-search-input",
			type: "search",
			placeholder: "Search quotes, speakers, episodes",
			attr: { "aria-label": "Search quotes", spellcheck: "false", enterkeyhint: "search" },
		});
		this.searchEl.value = host.state.query;
		owner.registerDomEvent(this.searchEl, "input", () => {
			host.state.query = this.searchEl.value;
			host.changed(true);
		});
		owner.registerDomEvent(this.searchEl, "keydown", (evt: KeyboardEvent) => {
			if (evt.key === "ArrowDown" || evt.key === "Enter") {
				evt.preventDefault();
				host.focusList();
			} else if (evt.key === "Escape" && this.searchEl.value !== "") {
				evt.preventDefault();
				this.searchEl.value = "";
				host.state.query = "";
				host.changed(true);
			}
		});

		this.chipsEl = root.createDiv({ cls: "pg-chips", attr: { "aria-label": "Filters" } });
		// One listener for all chips: they are redrawn on every change.
		owner.registerDomEvent(this.chipsEl, "click", (evt: MouseEvent) => {
			const chip = evt.target instanceof Element ? evt.target.closest<HTMLElement>(".pg-chip") : null;
			if (chip) this.chipClicked(chip, evt);
		});
		this.update();
	}

	/** Redraws the mode buttons and chips from the host's state. */
	update(): void {
		const state = this.host.state;
		this.modeEl.querySelectorAll<HTMLElement>(".pg-mode-button").forEach((b) => {
			const active = b.dataset.mode === state.mode;
			b.toggleClass("is-active", active);
			b.setAttribute("aria-selected", String(active));
		});
		if (this.searchEl.value !== state.query) this.searchEl.value = state.query;

		this.chipsEl.empty();
		for (const facet of ["speaker", "show"] as const) {
			const el = this.chip(FACETS[facet].label, FACETS[facet].icon, false, { "data-chip": facet, "aria-haspopup": "menu" });
			setIcon(el.createSpan({ cls: "pg-chip-caret" }), "chevron-down");
		}
		const flagged = this.chip("Flagged for publishing", "upload-cloud", state.flaggedOnly, { "data-chip": "flagged" });
		flagged.setAttribute("aria-pressed", String(state.flaggedOnly));
		const needs = this.chip("Needs a speaker", "user-x", state.needsSpeaker, { "data-chip": "needs-speaker" });
		needs.setAttribute("aria-pressed", String(state.needsSpeaker));
		this.needsEl = needs;
		this.countEl = needs.createSpan({ cls: "pg-chip-count" });
		this.updateCount();
		for (const facet of ["speaker", "show"] as const) {
			for (const value of this.selected(facet)) {
				const el = this.chip(value, FACETS[facet].icon, true, { "data-chip": `remove-${facet}`, "data-value": value, "aria-label": `Remove filter: ${value}` });
				setIcon(el.createSpan({ cls: "pg-chip-remove" }), "x");
			}
		}
	}

	/** Redraws the "Needs a speaker" count alone: all an index change alters here. */
	updateCount(): void {
		const { needsEl: needs, countEl } = this;
		if (!needs || !countEl) return;
		const count = this.host.needsSpeakerCount();
		const text = count.toLocaleString();
		if (countEl.textContent === text) return;
		countEl.setText(text);
		needs.setAttribute("aria-label", `Needs a speaker: ${text} ${count === 1 ? "quote" : "quotes"} without one`);
	}

	private selected(facet: Facet): string[] {
		return facet === "speaker" ? this.host.state.speakers : this.host.state.shows;
	}

	private setSelected(facet: Facet, values: string[]): void {
		if (facet === "speaker") this.host.state.speakers = values;
		else this.host.state.shows = values;
		this.update();
		this.host.changed(false);
	}

	private chip(label: string, icon: string, active: boolean, attr: Record<string, string>): HTMLElement {
		const el = this.chipsEl.createEl("button", { cls: ["pg-chip", ...(active ? ["is-active"] : [])], attr: { type: "button", ...attr } });
		setIcon(el.createSpan({ cls: "pg-chip-icon" }), icon);
		el.createSpan({ cls: "pg-chip-label", text: label });
		return el;
	}

	private chipClicked(chip: HTMLElement, evt: MouseEvent): void {
		const kind = chip.dataset.chip ?? "";
		if (kind === "flagged" || kind === "needs-speaker") {
			const state = this.host.state;
			if (kind === "flagged") state.flaggedOnly = !state.flaggedOnly;
			else state.needsSpeaker = !state.needsSpeaker;
			this.update();
			this.host.changed(false);
		} else if (kind === "speaker" || kind === "show") {
			this.showFacetMenu(kind, evt);
		} else if (kind === "remove-speaker" || kind === "remove-show") {
			const facet: Facet = kind === "remove-speaker" ? "speaker" : "show";
			this.setSelected(facet, this.selected(facet).filter((v) => v !== chip.dataset.value));
		}
	}

	private showFacetMenu(facet: Facet, evt: MouseEvent): void {
		const menu = new Menu();
		const selected = this.selected(facet);
		const facets = facetCounts(this.host.allQuotes(), FACETS[facet].valueOf);
		if (facets.length === 0) menu.addItem((item) => item.setTitle(FACETS[facet].none).setDisabled(true));
		for (const { value, count } of facets.slice(0, MENU_LIMIT)) {
			menu.addItem((item) =>
				item
					.setTitle(`${value} (${count.toLocaleString()})`)
					.setChecked(selected.includes(value))
					.onClick(() => this.setSelected(facet, selected.includes(value) ? selected.filter((s) => s !== value) : [...selected, value])),
			);
		}
		menu.showAtMouseEvent(evt);
	}
}
