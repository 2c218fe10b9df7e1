// The virtual list of the quotes sidebar: only the rows inside the scroll window are in the DOM; it owns the
// selection, the measured row heights and the scroll position.
import type { App, Component } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import { buildViewModel, type Row, type ViewMode, type ViewModel } from "../../core/view/model";
import type { PlayLink } from "../../core/play";
import { GroupedLayout, type Layout } from "../../core/view/virtual";
import { createGroupRow, createQuoteRow, rowKey, setRowSelected, type RenderedRow } from "./rows";

/** Rows rendered above and below the visible ones, so fast scrolling rarely shows blanks. */
const OVERSCAN = 6;
/** Used until a row has been measured in the DOM (and where layout gives no sizes, e.g. tests). */
const DEFAULT_QUOTE_HEIGHT = 108;
const DEFAULT_GROUP_HEIGHT = 34;
const FALLBACK_VIEWPORT = 600;

const EMPTY_MODEL: ViewModel = buildViewModel([], "flat");

export class QuoteList {
	readonly scrollerEl: HTMLElement;
	readonly windowEl: HTMLElement;
	private readonly sizerEl: HTMLElement;
	private model: ViewModel = EMPTY_MODEL;
	private selectedId: string | null = null;
	/** The rows showing the selected quote in `model`, found once per model (a scan of every match). */
	private selectedRows: readonly number[] = [];
	private layout: Layout = new GroupedLayout(0, [], 0, 0);
	private quoteHeight = DEFAULT_QUOTE_HEIGHT;
	private groupHeight = DEFAULT_GROUP_HEIGHT;
	/** Measured height of the selected (expanded) row, when it differs from the others. */
	private selectedHeight: number | null = null;
	private rendered = new Map<string, RenderedRow>();
	/** Rows show different fields per mode; a mode switch redraws them all. */
	private renderedMode: ViewMode | null = null;
	private frame: number | null = null;
	/** The overscan rows below the view that a new model left for later (see `render`). */
	private rest: { cancel(): void } | null = null;

	/**
	 * @param owner Owns the rows' Markdown components and the DOM listeners.
	 * @param mode The view's grouping mode (rows hide what their group header says).
	 */
	constructor(
		parent: HTMLElement,
		private readonly app: App,
		private readonly owner: Component,
		private readonly mode: () => ViewMode,
		/** The link that plays a quote at its time (a play button on its row), or null. */
		private readonly playOf: (quote: IndexedQuote) => PlayLink | null = () => null,
		/** Makes the rows again (the view's refresh, which calls `show`): the index changed the list they read. */
		private readonly stale: () => void = () => this.showNothing(),
	) {
		this.scrollerEl = parent.createDiv({
			cls: "pg-quotes-scroller",
			attr: { tabindex: 0, role: "listbox", "aria-label": "Quotes" },
		});
		this.sizerEl = this.scrollerEl.createDiv({ cls: "pg-quotes-sizer" });
		this.windowEl = this.sizerEl.createDiv({ cls: "pg-quotes-window" });
		owner.registerDomEvent(this.scrollerEl, "scroll", () => this.scheduleRender());
	}

	/**
	 * The model, made again first when the list it reads was changed since (decision 73): the index changes its
	 * list in place at an edit, and a scroll or key may come before the view hears of it. Every read of the
	 * model's rows goes through here.
	 */
	private current(): ViewModel {
		if (!this.model.isCurrent()) this.stale();
		return this.model;
	}

	/** Whether the rows shown still read the list as it is (see `current`). */
	showsCurrent(): boolean {
		return this.model.isCurrent();
	}

	get rowCount(): number {
		return this.current().rowCount;
	}

	rowAt(index: number): Row | undefined {
		return this.current().rowAt(index);
	}

	/** Index of the next quote row from `from` in direction `step` (±1), skipping headers; -1 when none. */
	nextQuoteRow(from: number, step: 1 | -1): number {
		return this.current().nextQuoteRow(from, step);
	}

	/** Shows new rows (the selection stays if its quote is still listed); `toTop` scrolls to the start. */
	show(model: ViewModel, toTop = false): void {
		this.model = model;
		this.selectedRows = this.selectedId === null ? [] : model.rowsOfQuote(this.selectedId);
		if (this.selectedId !== null && this.selectedRows.length === 0) {
			this.selectedId = null;
			this.selectedHeight = null;
		}
		this.relayout();
		if (toTop) this.scrollerEl.scrollTop = 0;
		if (this.renderedMode !== this.mode()) {
			this.clear();
			this.renderedMode = this.mode();
		}
		this.render(0, true);
	}

	/** No rows, keeping the selection: the next `show` keeps it if its quote is still there. */
	showNothing(): void {
		this.model = EMPTY_MODEL;
		this.selectedRows = [];
		this.relayout();
		this.render();
	}

	/** Index of the selected quote's row, or -1. */
	selectedRow(): number {
		return this.selectedRows[0] ?? -1;
	}

	selectedQuote(): IndexedQuote | null {
		const model = this.current();
		const row = model.rowAt(this.selectedRow());
		return row?.kind === "quote" ? row.quote : null;
	}

	/** Selects the quote row at `index`; `reveal` scrolls it into view. */
	select(index: number, reveal: boolean): void {
		const row = this.current().rowAt(index);
		if (row?.kind !== "quote" || row.quote.id === this.selectedId) return;
		this.selectedId = row.quote.id;
		this.selectedRows = this.model.rowsOfQuote(row.quote.id);
		this.selectedHeight = null;
		this.relayout();
		if (reveal) {
			const top = this.layout.scrollToReveal(index, this.scrollerEl.scrollTop, this.viewportHeight());
			if (top !== null) this.scrollerEl.scrollTop = top;
		}
		this.render();
	}

	/** The row a page away (step 1 down, -1 up) from `from`, by pixels of the viewport. */
	rowAPageAway(from: number, step: 1 | -1): number {
		const y = this.layout.top(Math.max(0, from)) + step * this.viewportHeight();
		return this.layout.indexAt(Math.max(0, y));
	}

	/** The DOM row of a quote row on screen, or null. */
	quoteElement(index: number): HTMLElement | null {
		return this.windowEl.querySelector<HTMLElement>(`.pg-quote-row[data-index="${index}"]`);
	}

	/** The row index an event happened in, or -1. */
	rowIndexOf(evt: Event): number {
		const el = evt.target instanceof Element ? evt.target.closest<HTMLElement>("[data-index]") : null;
		return el ? Number(el.dataset.index) : -1;
	}

	scheduleRender(): void {
		if (this.frame !== null) return;
		this.frame = window.requestAnimationFrame(() => {
			this.frame = null;
			this.render();
		});
	}

	/** Removes every row and cancels a pending frame (the view closes). */
	close(): void {
		this.clear();
		if (this.frame !== null) window.cancelAnimationFrame(this.frame);
		this.frame = null;
		this.rest?.cancel();
		this.rest = null;
	}

	private relayout(): void {
		const model = this.model;
		// Heights per kind, and the selected quote's rows apart: nothing per row, since one letter typed lists
		// nearly every quote while ~15 rows are drawn.
		const tall = this.selectedHeight !== null ? this.selectedRows : [];
		this.layout = new GroupedLayout(model.rowCount, model.headerRows, this.groupHeight, this.quoteHeight, tall, this.selectedHeight ?? 0);
		// On the sizer, which alone reads it, and not inherited (styles.css): a keystroke's new count leaves the
		// style of the rows drawn alone (decision 62).
		this.sizerEl.setCssProps({ "--pg-list-height": `${this.layout.totalHeight}px` });
	}

	private viewportHeight(): number {
		return this.scrollerEl.clientHeight > 0 ? this.scrollerEl.clientHeight : FALLBACK_VIEWPORT;
	}

	/**
	 * Puts exactly the rows of the current scroll window in the DOM, reusing those already there. With
	 * `inViewFirst` (a new model: a keystroke), overscan rows below the view that are not drawn yet wait until
	 * the frame is painted: a keystroke that replaces every row draws and lays out only those in view.
	 */
	private render(depth = 0, inViewFirst = false): void {
		const model = this.current();
		const win = this.layout.window(this.scrollerEl.scrollTop, this.viewportHeight(), OVERSCAN);
		const inViewEnd = inViewFirst ? this.layout.window(this.scrollerEl.scrollTop, this.viewportHeight(), 0).end : win.end;
		// On the window, which alone reads it, and not inherited (styles.css): a scroll step moves the window
		// without restyling the rows in it (decision 65).
		this.windowEl.setCssProps({ "--pg-window-offset": `${win.offset}px` });
		const wanted = new Map<string, number>();
		const keys: string[] = [];
		for (let i = win.start; i < win.end; i++) {
			let key = rowKey(model.rowAt(i)!);
			// The same quote text twice in one note gives the same id; keep both rows apart.
			if (wanted.has(key)) key += `#${i}`;
			wanted.set(key, i);
			keys.push(key);
		}

		for (const [key, r] of this.rendered) {
			const i = wanted.get(key);
			const row = i === undefined ? undefined : model.rowAt(i);
			const stale = row === undefined || (row.kind === "quote" ? row.quote !== r.quote : !sameGroup(row, r));
			if (stale) this.removeRow(key, r);
		}
		let position = 0;
		let activeId = "";
		for (let i = win.start; i < win.end; i++) {
			const row = model.rowAt(i)!;
			const key = keys[i - win.start];
			let r = this.rendered.get(key);
			if (!r && i >= inViewEnd) {
				// The rest of the window is below the view: drawn after this frame.
				this.renderRest();
				break;
			}
			if (!r) {
				r = this.createRow(row, i);
				this.rendered.set(key, r);
			} else {
				// A row kept in place (an edit elsewhere) is left untouched: no attribute written again.
				const index = String(i);
				if (r.el.getAttribute("data-index") !== index) r.el.setAttribute("data-index", index);
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
			this.render(depth + 1);
		}
	}

	/** Draws the whole window once the browser is idle after the next frame (the overscan a keystroke left). */
	private renderRest(): void {
		if (this.rest !== null) return;
		const run = (): void => {
			this.rest = null;
			this.render();
		};
		// Obsidian's Chromium has idle callbacks; elsewhere (tests) a task after the frame.
		if (typeof window.requestIdleCallback === "function") {
			const id = window.requestIdleCallback(run, { timeout: 200 });
			this.rest = { cancel: () => window.cancelIdleCallback(id) };
		} else {
			const id = window.setTimeout(run, 0);
			this.rest = { cancel: () => window.clearTimeout(id) };
		}
	}

	private createRow(row: Row, index: number): RenderedRow {
		if (row.kind === "group") return createGroupRow(this.windowEl, row, index);
		const mode = this.mode();
		return createQuoteRow(this.windowEl, row.quote, {
			app: this.app,
			parent: this.owner,
			index,
			selected: row.quote.id === this.selectedId,
			hideSpeaker: mode === "speaker" && row.quote.speaker !== null,
			hideSource: mode === "episode" || mode === "note",
			hideSection: mode === "note",
			play: this.playOf(row.quote),
			onRendered: (r) => {
				// The expanded (selected) row's height depends on its rendered Markdown.
				if (r.quote?.id === this.selectedId && this.rendered.get(r.key) === r && this.measure()) {
					this.relayout();
					this.render();
				}
			},
		});
	}

	private removeRow(key: string, r: RenderedRow): void {
		r.el.remove();
		if (r.component) this.owner.removeChild(r.component);
		this.rendered.delete(key);
	}

	private clear(): void {
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
}

function sameGroup(row: Row, r: RenderedRow): boolean {
	return row.kind === "group" && r.group !== null && r.group.count === row.count && r.group.collapsed === row.collapsed && r.group.label === row.label && r.group.detail === row.detail;
}
