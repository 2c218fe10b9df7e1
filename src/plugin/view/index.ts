// The quotes sidebar: toolbar, summary and the virtual list (quote-list.ts) over the quote index, kept in
// step with the vault, the filters and the note the user works in. Keys of the list: list-keys.ts.
import { ItemView, Keymap, MarkdownView, Notice, TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { PluginContext } from "../context";
import type { IndexedQuote, QuoteFilter, QuoteSource } from "../../core/index/types";
import { buildViewModel, matchesViewModel, VIEW_MODES, type ViewMode, type ViewModel } from "../../core/view/model";
import { textFirstOrder } from "../../core/search/text-first";
import { NeedsSpeakerCount } from "../../core/view/needs-speaker";
import { openQuote, showQuoteMenu, type QuoteActions } from "./actions";
import { AttributeModal } from "./attribute";
import { handleListKey } from "./list-keys";
import { QuoteList } from "./quote-list";
import { Toolbar, type ToolbarState } from "./toolbar";
import { renderEmptyState, renderPreparingState, summaryText } from "./empty";
import { PreparedSearch } from "./prepared-search";
import { quotePlayLink } from "./play";
import { DailyCard } from "../daily/card";
import { ResurfaceList } from "../daily/resurface-list";

export const VIEW_TYPE_QUOTES = "podcast-garden-quotes";

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
	private readonly needsSpeaker = new NeedsSpeakerCount();
	private readonly collapsed = new Map<ViewMode, Set<string>>(VIEW_MODES.map((m) => [m, new Set<string>()]));
	/**
	 * Over the shared word index (one copy of the vault's words for the sidebar, the picker and the API),
	 * which the plugin prepares once the vault is indexed; a refresh that had to wait for it runs when it is ready.
	 */
	private readonly search = new PreparedSearch(this.plugin.searchWarmup, () => {
		if (this.waiting !== null) this.refresh(this.waiting);
	});
	/** The note that "current note" mode follows: the last Markdown file that was active. */
	private currentPath: string | null = null;
	/** A refresh that waits for the search (its `queryOnly`), done when the warm-up is. */
	private waiting: boolean | null = null;
	/** The filter the rows on screen were computed for. */
	private shownFilter: string | null = null;

	private toolbar: Toolbar | null = null;
	private resurface: ResurfaceList | null = null;
	private summaryEl!: HTMLElement;
	private list: QuoteList | null = null;
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
		// Rows read after an edit and before the view heard of it (the list is changed in place) are made again first.
		const list = new QuoteList(root, this.app, this, () => this.state.mode, (q) => quotePlayLink(this.plugin.visible, q), () => this.refresh(false, true));
		this.list = list;
		this.emptyEl = root.createDiv({ cls: "pg-quotes-empty" });

		this.registerDomEvent(list.windowEl, "click", (evt: MouseEvent) => this.onClick(evt));
		this.registerDomEvent(list.windowEl, "contextmenu", (evt: MouseEvent) => this.onContextMenu(evt));
		this.registerDomEvent(list.scrollerEl, "keydown", (evt: KeyboardEvent) =>
			handleListKey(evt, list, {
				open: (quote, pane) => void openQuote(this.app, quote, pane),
				menu: (quote, at) => showQuoteMenu(this.app, quote, at, this.quoteActions()),
				focusSearch: () => this.toolbar?.searchEl.focus(),
			}),
		);

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
		const unsubscribe = this.index.onChange((revision, changed) => {
			daily.indexChanged(revision, changed);
			this.refresh(false, true);
		});
		this.register(unsubscribe);
		this.refresh(false);
	}

	async onClose(): Promise<void> {
		this.list?.close();
		this.search.stop();
		this.waiting = null;
		this.shownFilter = null;
	}

	onResize(): void {
		this.list?.scheduleRender();
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

	/**
	 * Recomputes the rows from the index and the filter, then redraws what is visible. `queryOnly`: only the
	 * search text changed; `indexOnly`: only the index did (the toolbar then redraws its count alone).
	 */
	private refresh(queryOnly: boolean, indexOnly = false): void {
		const filter = this.filter();
		const filterKey = JSON.stringify(filter);
		const found = this.search.find(filter);
		if (found === null) {
			// The search is still indexing words: its idle slices finish it and call back. Rows found for this
			// same filter stay meanwhile (a moment behind the index); rows of another filter would mislead, and so
			// would rows whose places in the list an edit has changed since (decision 73).
			this.waiting = this.waiting === null ? queryOnly : this.waiting && queryOnly;
			if (filterKey !== this.shownFilter || this.list?.showsCurrent() === false) this.showPreparing(this.index.all().length, queryOnly);
			return;
		}
		this.waiting = null;
		this.shownFilter = filterKey;
		// Quotes that say the words themselves first, then those found by their speaker or episode: ordered by
		// the model as it draws them, except the few Resurface picks from them.
		const resurfacing = this.state.mode === "resurface" ? this.resurface : null;
		let model: ViewModel;
		if (resurfacing) {
			const ordered = found.inText ? textFirstOrder(found.quotes, found.inText(Array.from(found.quotes.keys()))) : found.quotes;
			model = buildViewModel(resurfacing.pick(ordered, true, filterKey), this.state.mode, this.collapsed.get(this.state.mode));
		} else {
			this.resurface?.hide();
			model = matchesViewModel(found, this.state.mode, this.collapsed.get(this.state.mode));
		}
		if (indexOnly) this.toolbar?.updateCount();
		else if (!queryOnly) this.toolbar?.update();
		// Set only when it reads differently: the summary is a live region, and an edit rarely changes it.
		const summary = summaryText(model, this.state.mode, this.noteTitle());
		if (this.summaryEl.textContent !== summary) this.summaryEl.setText(summary);
		const empty = model.rowCount === 0;
		this.list?.scrollerEl.toggleClass("is-hidden", empty);
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
		this.list?.show(model, queryOnly);
	}

	/** No rows, and a message that the results for the typed query come in a moment. */
	private showPreparing(quoteCount: number, queryOnly: boolean): void {
		this.shownFilter = null;
		if (!queryOnly) this.toolbar?.update();
		this.list?.scrollerEl.toggleClass("is-hidden", true);
		this.summaryEl.toggleClass("is-hidden", true);
		this.emptyEl.toggleClass("is-hidden", false);
		const progress = this.plugin.source?.progress;
		renderPreparingState(this.emptyEl, {
			query: this.state.query,
			quoteCount,
			indexing: progress?.running === true ? { done: progress.done, total: progress.total } : null,
		});
		// The selection is kept: the next refresh keeps it if the results still hold its quote.
		this.list?.showNothing();
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
		return this.needsSpeaker.count(this.index.all(), this.state.mode === "note" ? (this.currentPath ?? "\u0000") : undefined);
	}

	private onClick(evt: MouseEvent): void {
		if (!this.list) return;
		const link = evt.target instanceof Element ? evt.target.closest<HTMLElement>("a.internal-link") : null;
		const index = this.list.rowIndexOf(evt);
		const row = this.list.rowAt(index);
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
		this.list.select(index, false);
		void openQuote(this.app, row.quote, Keymap.isModEvent(evt));
	}

	private onContextMenu(evt: MouseEvent): void {
		if (!this.list) return;
		const index = this.list.rowIndexOf(evt);
		const row = this.list.rowAt(index);
		if (row?.kind !== "quote") return;
		evt.preventDefault();
		this.list.select(index, false);
		showQuoteMenu(this.app, row.quote, evt, this.quoteActions());
	}

	/** What the quote menu does beyond copying and opening: attribute the quote, or hide it as no quote. */
	private quoteActions(): QuoteActions {
		return {
			attribute: (q) => new AttributeModal(this.app, this.plugin, q).open(),
			hide: (q) => void this.plugin.hideQuote(q).then(() => this.hiddenNotice(q)),
			play: (q) => quotePlayLink(this.plugin.visible, q),
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

	private focusList(): void {
		const list = this.list;
		if (!list) return;
		list.scrollerEl.focus();
		if (list.selectedRow() < 0) {
			const first = list.nextQuoteRow(-1, 1);
			if (first >= 0) list.select(first, true);
		}
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
		return this.list?.selectedQuote() ?? null;
	}
}
