// The quotes sidebar: a virtualised list over the quote index (only the rows on screen are in the DOM).
import { ItemView, Keymap, MarkdownView, Notice, TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { PluginContext } from "../context";
import type { IndexedQuote, QuoteFilter, QuoteSource } from "../../core/index/types";
import { buildViewModel, nextQuoteRow, rowOfQuote, VIEW_MODES, type Row, type ViewMode, type ViewModel } from "../../core/view/model";
import { RowLayout } from "../../core/view/virtual";
import { openQuote, showQuoteMenu, type QuoteActions } from "./actions";
import { AttributeModal } from "./attribute";
import { createGroupRow, createQuoteRow, rowKey, setRowSelected, type RenderedRow } from "./rows";
import { Toolbar, type ToolbarState } from "./toolbar";
import { renderEmptyState, renderPreparingState, summaryText } from "./empty";
import { PreparedSearch } from "./prepared-search";
import { DailyCard } from "../daily/card";
import { ResurfaceList } from "../daily/resurface-list";

export const VIEW_TYPE_QUOTES = "podcast-garden-quotes";

/** Rows rendered above and below the visible ones, so fast scrolling rarely shows blanks. */
const OVERSCAN = 6;
/** Used until a row has been measured in the DOM (and where layout gives no sizes, e.g. tests). */
const DEFAULT_QUOTE_HEIGHT = 108;
const DEFAULT_GROUP_HEIGHT = 34;
const FALLBACK_VIEWPORT = 600;

interface SavedState {
	mode?: unknown;
	query?: unknown;
	speakers?: unknown;
	shows?: unknown;
	flaggedOnly?: unknown;
	needsSpeaker?: unknown;
}

function stringList(v: unknown): string[] {
	return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

export class QuotesView extends ItemView {
	private readonly state: ToolbarState = { mode: "speaker", query: "", speakers: [], shows: [], flaggedOnly: false, needsSpeaker: false };
	/** The "Needs a speaker" count, for the quote list and note it was counted in. */
	private needsSpeaker: { quotes: readonly IndexedQuote[]; path: string | undefined; count: number } | null = null;
	private readonly collapsed = new Map<ViewMode, Set<string>>(VIEW_MODES.map((m) => [m, new Set<string>()]));
	/**
	 * Over the shared word index (one copy of the vault's words for the sidebar, the picker and the API),
	 * prepared in idle slices; when that is done, a refresh that waited for it runs.
	 */
	private readonly search = new PreparedSearch(
		() => this.index.all(),
		() => {
			if (this.waiting !== null) this.refresh(this.waiting);
		},
	);
	/** The note that "current note" mode follows: the last Markdown file that was active. */
	private currentPath: string | null = null;
	private selectedId: string | null = null;
	private model: ViewModel = { rows: [], quoteCount: 0, groupCount: 0 };
	private layout = new RowLayout(0, () => 0);
	private quoteHeight = DEFAULT_QUOTE_HEIGHT;
	private groupHeight = DEFAULT_GROUP_HEIGHT;
	/** Measured height of the selected (expanded) row, when it differs from the others. */
	private selectedHeight: number | null = null;
	private rendered = new Map<string, RenderedRow>();
	/** Rows show different fields per mode; a mode switch redraws them all. */
	private renderedMode: ViewMode | null = null;
	private frame: number | null = null;
	/** A refresh that waits for the search (its `queryOnly`), done when the warm-up is. */
	private waiting: boolean | null = null;
	/** The filter the rows on screen were computed for. */
	private shownFilter: string | null = null;

	private toolbar: Toolbar | null = null;
	private resurface: ResurfaceList | null = null;
	private summaryEl!: HTMLElement;
	private scrollerEl!: HTMLElement;
	private sizerEl!: HTMLElement;
	private windowEl!: HTMLElement;
	private emptyEl!: HTMLElement;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly plugin: PluginContext,
	) {
		super(leaf);
		this.navigation = false;
		const mode = plugin.settings.sidebar.defaultMode;
		if (VIEW_MODES.includes(mode)) this.state.mode = mode;
	}

	getViewType(): string {
		return VIEW_TYPE_QUOTES;
	}

	getDisplayText(): string {
		return "Podcast quotes";
	}

	getIcon(): string {
		return "quote";
	}

	private get index(): QuoteSource {
		return this.plugin.visible;
	}

	async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("pg-quotes-view");
		const daily = new DailyCard(this, root, { app: this.app, plugin: this.plugin, menu: (q, evt) => showQuoteMenu(this.app, q, evt, this.quoteActions()) });
		this.toolbar = new Toolbar(this, root, {
			state: this.state,
			allQuotes: () => this.index.all(),
			needsSpeakerCount: () => this.needsSpeakerCount(),
			changed: (queryOnly) => this.refresh(queryOnly),
			focusList: () => this.focusList(),
		});
		this.summaryEl = root.createDiv({ cls: "pg-quotes-summary", attr: { "aria-live": "polite" } });
		this.resurface = new ResurfaceList(this, root, this.plugin, () => this.refresh(false));
		this.scrollerEl = root.createDiv({
			cls: "pg-quotes-scroller",
			attr: { tabindex: 0, role: "listbox", "aria-label": "Quotes" },
		});
		this.sizerEl = this.scrollerEl.createDiv({ cls: "pg-quotes-sizer" });
		this.windowEl = this.sizerEl.createDiv({ cls: "pg-quotes-window" });
		this.emptyEl = root.createDiv({ cls: "pg-quotes-empty" });

		this.registerDomEvent(this.scrollerEl, "scroll", () => this.scheduleRender());
		this.registerDomEvent(this.windowEl, "click", (evt: MouseEvent) => this.onClick(evt));
		this.registerDomEvent(this.windowEl, "contextmenu", (evt: MouseEvent) => this.onContextMenu(evt));
		this.registerDomEvent(this.scrollerEl, "keydown", (evt: KeyboardEvent) => this.onKeyDown(evt));

		this.currentPath = this.lastMarkdownFile()?.path ?? null;
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.followFile(file)));
		this.registerEvent(
			this.app.workspace.on("active-leaf-change", (leaf) => {
				if (leaf && leaf.view instanceof MarkdownView) this.followFile(leaf.view.file);
			}),
		);
		this.registerEvent(
			this.app.vault.on("rename", (file, oldPath) => {
				if (oldPath !== this.currentPath) return;
				this.currentPath = file.path;
				if (this.state.mode === "note") this.refresh(false);
			}),
		);
		// The search is prepared ahead of the first keystroke, and again after each change of the vault.
		const unsubscribe = this.index.onChange(() => {
			daily.update(false);
			this.refresh(false);
			this.search.warm();
		});
		this.register(unsubscribe);
		this.refresh(false);
		this.search.warm();
	}

	async onClose(): Promise<void> {
		this.clearRows();
		this.search.stop();
		if (this.frame !== null) window.cancelAnimationFrame(this.frame);
		this.frame = null;
		this.waiting = null;
		this.shownFilter = null;
	}

	onResize(): void {
		this.scheduleRender();
	}

	getState(): Record<string, unknown> {
		const s = this.state;
		return { ...super.getState(), mode: s.mode, query: s.query, speakers: s.speakers, shows: s.shows, flaggedOnly: s.flaggedOnly, needsSpeaker: s.needsSpeaker };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const s = (state ?? {}) as SavedState;
		if (typeof s.mode === "string" && (VIEW_MODES as readonly string[]).includes(s.mode)) this.state.mode = s.mode as ViewMode;
		if (typeof s.query === "string") this.state.query = s.query;
		if (s.speakers !== undefined) this.state.speakers = stringList(s.speakers);
		if (s.shows !== undefined) this.state.shows = stringList(s.shows);
		if (typeof s.flaggedOnly === "boolean") this.state.flaggedOnly = s.flaggedOnly;
		if (typeof s.needsSpeaker === "boolean") this.state.needsSpeaker = s.needsSpeaker;
		await super.setState(state, result);
		if (this.toolbar) {
			this.toolbar.update();
			this.refresh(false);
		}
	}

	/** Switches mode from outside (the "show quotes of the current note" command). */
	setMode(mode: ViewMode): void {
		this.state.mode = mode;
		this.toolbar?.update();
		this.refresh(false);
	}

	/** The note the user works in: the active file, or the last Markdown note when the sidebar has focus. */
	private lastMarkdownFile(): TFile | null {
		const active = this.app.workspace.getActiveFile();
		if (active && active.extension === "md") return active;
		const leaf = this.app.workspace.getMostRecentLeaf();
		return leaf && leaf.view instanceof MarkdownView ? leaf.view.file : null;
	}

	private followFile(file: TFile | null): void {
		if (!file || file.extension !== "md" || file.path === this.currentPath) return;
		this.currentPath = file.path;
		if (this.state.mode === "note") this.refresh(false);
	}

	private filter(): QuoteFilter {
		const s = this.state;
		return {
			query: s.query,
			speakers: s.speakers,
			shows: s.shows,
			flaggedOnly: s.flaggedOnly,
			needsSpeaker: s.needsSpeaker,
			// With no note open, "current note" lists nothing (and says why).
			path: s.mode === "note" ? (this.currentPath ?? "\u0000") : undefined,
		};
	}

	/** Recomputes the rows from the index and the filter, then redraws what is visible. */
	private refresh(queryOnly: boolean): void {
		const filter = this.filter();
		const filterKey = JSON.stringify(filter);
		// Quotes that say the words themselves first, then those found by their speaker or episode.
		const quotes = this.search.run(filter, { textFirst: true });
		if (quotes === null) {
			// The search is still indexing words: its idle slices finish it and call back. Rows found for this
			// same filter stay meanwhile (a moment behind the index); rows of another filter would mislead.
			this.waiting = this.waiting === null ? queryOnly : this.waiting && queryOnly;
			if (filterKey !== this.shownFilter) this.showPreparing(this.index.all().length, queryOnly);
			return;
		}
		this.waiting = null;
		this.shownFilter = filterKey;
		const listed = this.resurface?.pick(quotes, this.state.mode === "resurface", filterKey) ?? quotes;
		this.model = buildViewModel(listed, this.state.mode, this.collapsed.get(this.state.mode));
		if (this.selectedId !== null && rowOfQuote(this.model.rows, this.selectedId) < 0) {
			this.selectedId = null;
			this.selectedHeight = null;
		}
		this.relayout();
		if (!queryOnly) this.toolbar?.update();
		this.summaryEl.setText(summaryText(this.model, this.state.mode, this.noteTitle()));
		const empty = this.model.rows.length === 0;
		this.scrollerEl.toggleClass("is-hidden", empty);
		this.summaryEl.toggleClass("is-hidden", empty);
		this.emptyEl.toggleClass("is-hidden", !empty);
		if (empty) {
			const progress = this.plugin.source?.progress;
			renderEmptyState(this.emptyEl, {
				indexEmpty: this.index.all().length === 0,
				indexing: progress?.running === true ? { done: progress.done, total: progress.total } : null,
				mode: this.state.mode,
				query: this.state.query,
				hasChips: this.state.speakers.length > 0 || this.state.shows.length > 0 || this.state.flaggedOnly || this.state.needsSpeaker,
				onlyNeedsSpeaker: this.state.needsSpeaker && this.state.speakers.length === 0 && this.state.shows.length === 0 && !this.state.flaggedOnly,
				notePath: this.currentPath,
				clearFilters: () => this.clearFilters(),
			});
		}
		if (queryOnly) this.scrollerEl.scrollTop = 0;
		if (this.renderedMode !== this.state.mode) {
			this.clearRows();
			this.renderedMode = this.state.mode;
		}
		this.renderWindow();
	}

	/** No rows, and a message that the results for the typed query come in a moment. */
	private showPreparing(quoteCount: number, queryOnly: boolean): void {
		this.shownFilter = null;
		// The selection is kept: the next refresh keeps it if the results still hold its quote.
		this.model = { rows: [], quoteCount: 0, groupCount: 0 };
		this.relayout();
		if (!queryOnly) this.toolbar?.update();
		this.scrollerEl.toggleClass("is-hidden", true);
		this.summaryEl.toggleClass("is-hidden", true);
		this.emptyEl.toggleClass("is-hidden", false);
		const progress = this.plugin.source?.progress;
		renderPreparingState(this.emptyEl, {
			query: this.state.query,
			quoteCount,
			indexing: progress?.running === true ? { done: progress.done, total: progress.total } : null,
		});
		this.renderWindow();
	}

	private noteTitle(): string | null {
		if (this.currentPath === null) return null;
		const name = this.currentPath.split("/").pop() ?? this.currentPath;
		return name.replace(/\.md$/i, "");
	}

	private clearFilters(): void {
		Object.assign(this.state, { query: "", speakers: [], shows: [], flaggedOnly: false, needsSpeaker: false });
		this.toolbar?.update();
		this.refresh(false);
	}

	/** Quotes with no speaker in the list's scope: the note in "This note" mode, else the vault. */
	private needsSpeakerCount(): number {
		const quotes = this.index.all();
		const path = this.state.mode === "note" ? (this.currentPath ?? "\u0000") : undefined;
		const known = this.needsSpeaker;
		if (known && known.quotes === quotes && known.path === path) return known.count;
		let count = 0;
		for (const q of quotes) if (q.speaker === null && (path === undefined || q.path === path)) count++;
		this.needsSpeaker = { quotes, path, count };
		return count;
	}

	private heightOf(row: Row | undefined): number {
		if (!row) return 0;
		if (row.kind === "group") return this.groupHeight;
		return row.quote.id === this.selectedId && this.selectedHeight !== null ? this.selectedHeight : this.quoteHeight;
	}

	private relayout(): void {
		const rows = this.model.rows;
		this.layout = new RowLayout(rows.length, (i) => this.heightOf(rows[i]));
		this.scrollerEl.setCssProps({ "--pg-list-height": `${this.layout.totalHeight}px` });
	}

	private scheduleRender(): void {
		if (this.frame !== null) return;
		this.frame = window.requestAnimationFrame(() => {
			this.frame = null;
			this.renderWindow();
		});
	}

	private viewportHeight(): number {
		return this.scrollerEl.clientHeight > 0 ? this.scrollerEl.clientHeight : FALLBACK_VIEWPORT;
	}

	/** Puts exactly the rows of the current scroll window in the DOM, reusing those already there. */
	private renderWindow(depth = 0): void {
		const rows = this.model.rows;
		const win = this.layout.window(this.scrollerEl.scrollTop, this.viewportHeight(), OVERSCAN);
		this.scrollerEl.setCssProps({ "--pg-window-offset": `${win.offset}px` });
		const wanted = new Map<string, number>();
		const keys: string[] = [];
		for (let i = win.start; i < win.end; i++) {
			let key = rowKey(rows[i]);
			// The same quote text twice in one note gives the same id; keep both rows apart.
			if (wanted.has(key)) key += `#${i}`;
			wanted.set(key, i);
			keys.push(key);
		}

		for (const [key, r] of this.rendered) {
			const i = wanted.get(key);
			const row = i === undefined ? undefined : rows[i];
			const stale = row === undefined || (row.kind === "quote" ? row.quote !== r.quote : !sameGroup(row, r));
			if (stale) this.removeRow(key, r);
		}
		let position = 0;
		let activeId = "";
		for (let i = win.start; i < win.end; i++) {
			const row = rows[i];
			const key = keys[i - win.start];
			let r = this.rendered.get(key);
			if (!r) {
				r = this.createRow(row, i);
				this.rendered.set(key, r);
			} else {
				r.el.setAttribute("data-index", String(i));
				if (r.quote) setRowSelected(r, r.quote.id === this.selectedId);
			}
			if (r.quote && r.quote.id === this.selectedId) activeId = r.el.id;
			const at = this.windowEl.children[position];
			if (at !== r.el) this.windowEl.insertBefore(r.el, at ?? null);
			position++;
		}
		// Screen readers follow the selection while focus stays on the list.
		if (activeId) this.scrollerEl.setAttribute("aria-activedescendant", activeId);
		else this.scrollerEl.removeAttribute("aria-activedescendant");
		if (this.measure() && depth < 2) {
			this.relayout();
			this.renderWindow(depth + 1);
		}
	}

	private createRow(row: Row, index: number): RenderedRow {
		if (row.kind === "group") return createGroupRow(this.windowEl, row, index);
		const mode = this.state.mode;
		return createQuoteRow(this.windowEl, row.quote, {
			app: this.app,
			parent: this,
			index,
			selected: row.quote.id === this.selectedId,
			hideSpeaker: mode === "speaker" && row.quote.speaker !== null,
			hideSource: mode === "episode" || mode === "note",
			hideSection: mode === "note",
			onRendered: (r) => {
				// The expanded (selected) row's height depends on its rendered Markdown.
				if (r.quote?.id === this.selectedId && this.rendered.get(r.key) === r && this.measure()) {
					this.relayout();
					this.renderWindow();
				}
			},
		});
	}

	private removeRow(key: string, r: RenderedRow): void {
		r.el.remove();
		if (r.component) this.removeChild(r.component);
		this.rendered.delete(key);
	}

	private clearRows(): void {
		for (const [key, r] of this.rendered) this.removeRow(key, r);
	}

	/** Reads row heights from the DOM; true when the layout must change. */
	private measure(): boolean {
		let changed = false;
		for (const r of this.rendered.values()) {
			const h = r.el.offsetHeight;
			if (h <= 0) continue;
			if (r.group) {
				if (h !== this.groupHeight) {
					this.groupHeight = h;
					changed = true;
				}
			} else if (r.quote?.id === this.selectedId) {
				if (h !== this.selectedHeight) {
					this.selectedHeight = h;
					changed = true;
				}
			} else if (h !== this.quoteHeight) {
				this.quoteHeight = h;
				changed = true;
			}
		}
		return changed;
	}

	private rowIndexOf(evt: Event): number {
		const el = evt.target instanceof Element ? evt.target.closest<HTMLElement>("[data-index]") : null;
		return el ? Number(el.dataset.index) : -1;
	}

	private onClick(evt: MouseEvent): void {
		const link = evt.target instanceof Element ? evt.target.closest<HTMLElement>("a.internal-link") : null;
		const index = this.rowIndexOf(evt);
		const row = this.model.rows[index];
		if (!row) return;
		if (row.kind === "group") {
			this.toggleGroup(row.key);
			return;
		}
		evt.preventDefault();
		if (link) {
			// A link inside the quote opens its target, not the quote.
			const target = link.dataset.href ?? link.getAttribute("href") ?? "";
			void this.app.workspace.openLinkText(target, row.quote.path, Keymap.isModEvent(evt));
			return;
		}
		this.select(index, false);
		void openQuote(this.app, row.quote, Keymap.isModEvent(evt));
	}

	private onContextMenu(evt: MouseEvent): void {
		const index = this.rowIndexOf(evt);
		const row = this.model.rows[index];
		if (row?.kind !== "quote") return;
		evt.preventDefault();
		this.select(index, false);
		showQuoteMenu(this.app, row.quote, evt, this.quoteActions());
	}

	/** What the quote menu does beyond copying and opening: attribute the quote, or hide it as no quote. */
	private quoteActions(): QuoteActions {
		return {
			attribute: (q) => new AttributeModal(this.app, this.plugin, q).open(),
			hide: (q) => void this.plugin.hideQuote(q).then(() => this.hiddenNotice(q)),
			cardSize: () => this.plugin.settings.daily.cardSize,
		};
	}

	/** Says the quote is hidden and where to bring it back, with an undo button for a slip of the mouse. */
	private hiddenNotice(q: IndexedQuote): void {
		const message = createFragment();
		message.appendText("Hidden from your quotes. Bring it back under hidden quotes in the plugin's settings. ");
		const undo = message.createEl("button", { cls: "pg-notice-undo", text: "Undo", attr: { type: "button" } });
		const notice = new Notice(message, 8000);
		this.registerDomEvent(undo, "click", () => {
			notice.hide();
			void this.plugin.unhideQuote(q.id);
		});
	}

	private onKeyDown(evt: KeyboardEvent): void {
		const rows = this.model.rows;
		const current = this.selectedId === null ? -1 : rowOfQuote(rows, this.selectedId);
		if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
			evt.preventDefault();
			const next = nextQuoteRow(rows, current < 0 && evt.key === "ArrowUp" ? rows.length : current, evt.key === "ArrowDown" ? 1 : -1);
			if (next >= 0) this.select(next, true);
		} else if (evt.key === "Home" || evt.key === "End") {
			evt.preventDefault();
			const next = evt.key === "Home" ? nextQuoteRow(rows, -1, 1) : nextQuoteRow(rows, rows.length, -1);
			if (next >= 0) this.select(next, true);
		} else if (evt.key === "PageDown" || evt.key === "PageUp") {
			evt.preventDefault();
			const step = evt.key === "PageDown" ? 1 : -1;
			const y = this.layout.top(Math.max(0, current)) + step * this.viewportHeight();
			const target = this.layout.indexAt(Math.max(0, y));
			const next = rows[target]?.kind === "quote" ? target : nextQuoteRow(rows, target, step);
			if (next >= 0) this.select(next, true);
		} else if (evt.key === "Enter") {
			const row = rows[current];
			if (row?.kind === "quote") {
				evt.preventDefault();
				void openQuote(this.app, row.quote, Keymap.isModEvent(evt));
			}
		} else if (evt.key === "ContextMenu" || (evt.key === "F10" && evt.shiftKey)) {
			const row = rows[current];
			const el = row?.kind === "quote" ? this.windowEl.querySelector<HTMLElement>(`.pg-quote-row[data-index="${current}"]`) : null;
			if (row?.kind === "quote" && el) {
				evt.preventDefault();
				const box = el.getBoundingClientRect();
				showQuoteMenu(this.app, row.quote, { x: box.left + box.width / 3, y: box.top + box.height / 2 }, this.quoteActions());
			}
		} else if (evt.key === "Escape") {
			evt.preventDefault();
			this.toolbar?.searchEl.focus();
		}
	}

	private focusList(): void {
		this.scrollerEl.focus();
		if (this.selectedId === null) {
			const first = nextQuoteRow(this.model.rows, -1, 1);
			if (first >= 0) this.select(first, true);
		}
	}

	private select(index: number, reveal: boolean): void {
		const row = this.model.rows[index];
		if (row?.kind !== "quote" || row.quote.id === this.selectedId) return;
		this.selectedId = row.quote.id;
		this.selectedHeight = null;
		this.relayout();
		if (reveal) {
			const top = this.layout.scrollToReveal(index, this.scrollerEl.scrollTop, this.viewportHeight());
			if (top !== null) this.scrollerEl.scrollTop = top;
		}
		this.renderWindow();
	}

	private toggleGroup(key: string): void {
		const set = this.collapsed.get(this.state.mode) ?? new Set<string>();
		if (set.has(key)) set.delete(key);
		else set.add(key);
		this.collapsed.set(this.state.mode, set);
		this.refresh(false);
	}

	/** The selected quote, for commands that act on it. */
	selectedQuote(): IndexedQuote | null {
		const i = this.selectedId === null ? -1 : rowOfQuote(this.model.rows, this.selectedId);
		const row = this.model.rows[i];
		return row?.kind === "quote" ? row.quote : null;
	}
}

function sameGroup(row: Row, r: RenderedRow): boolean {
	return row.kind === "group" && r.group !== null && r.group.count === row.count && r.group.collapsed === row.collapsed && r.group.label === row.label && r.group.detail === row.detail;
}
