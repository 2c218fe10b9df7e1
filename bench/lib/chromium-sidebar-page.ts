// Browser entry of scenario 26: the real QuotesView and "Search quotes" picker in headless Chromium, over the
// bench vault's quotes (indexed in Node, fetched as JSON), with the plugin's word index ready as after a warm
// start. Each keystroke is timed in the page from the input event to the rows drawn and laid out.
import { staticSource } from "../../tests/e2e/sidebar/static-source";
import { createHarness, type Harness } from "../../tests/harness/harness";
import type { View as HarnessView } from "../../tests/harness/obsidian/index";
import type { WorkspaceLeaf as ObsidianLeaf } from "obsidian";
import type { IndexedQuote } from "../../src/core/index/types";
import { StoredQuote, type NoteFacts } from "../../src/core/index/stored-quote";
import type { Quote } from "../../src/core/types";
import { QuoteSearch } from "../../src/core/search/quote-search";
import { SearchWarmup } from "../../src/plugin/view/search-warmup";
import { PreparedSearch } from "../../src/plugin/view/prepared-search";
import { QuotesView } from "../../src/plugin/view";
import { QuoteList } from "../../src/plugin/view/quote-list";
import { QuoteSearchModal } from "../../src/plugin/commands/modals";
import { DEFAULT_DASHES } from "../../src/core/quotes/attribution";
import { DEFAULT_DAILY_SETTINGS } from "../../src/plugin/daily/settings";
import type PodcastGardenPlugin from "../../src/plugin/main";

let harness: Harness | null = null;
let plugin: PodcastGardenPlugin | null = null;
let warmup: SearchWarmup | null = null;
let view: QuotesView | null = null;
let frame: HTMLElement | null = null;
/** The input event under way (set before the view's own listener runs), and the keystrokes timed so far. */
let started: number | null = null;
/**
 * One keystroke as the page timed it (ms): in all, the view's refresh and in it the search and the rows drawn;
 * after the handler, the style recalculation and the layout forced apart (`getComputedStyle` then a size).
 */
export interface KeyTiming {
	query: string;
	matches: number;
	ms: number;
	refresh: number;
	search: number;
	draw: number;
	/** Part of `draw`: the rows' heights read back (`QuoteList.measure`), the style and layout of the new rows it forces. */
	heights: number;
	/** Rows made new in the keystroke (before the idle overscan), the time making them, and removing old ones. */
	made: number;
	making: number;
	removing: number;
	style: number;
	layout: number;
	/** Characters of quote text in the rows on screen after the keystroke (what layout has to set in lines). */
	chars: number;
	/**
	 * The next frame's rendering after the keystroke (what the forced layout left: paint, and any style and layout
	 * decided at the frame), from its animation frame callback to the task after it;
	 * counted in `ms`. The idle wait for that frame is not.
	 */
	frame: number;
}
const timings: KeyTiming[] = [];

/**
 * Time spent per keystroke in the view's refresh (input handler), and in it the search and the drawing of
 * rows (with their Markdown, and the row heights read, which lays them out); past the refresh: style and layout.
 */
const phases = { refresh: 0, search: 0, draw: 0, heights: 0, made: 0, making: 0, removing: 0 };
/** The picker's keystroke: its search (with the number of matches, before its limit) and its rows drawn. */
const pickerPhases = { search: 0, draw: 0, matches: 0 };
/** Wraps a method of `proto` so each call's time (and result, and object) goes to `add`. */
function timed<T extends object>(proto: T, name: keyof T & string, add: (ms: number, result: unknown, self: unknown) => void): void {
	const original = proto[name] as unknown as (...args: unknown[]) => unknown;
	(proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]): unknown {
		const t0 = performance.now();
		let result: unknown;
		try {
			result = original.apply(this, args);
			return result;
		} finally {
			add(performance.now() - t0, result, this);
		}
	};
}
timed(QuoteSearch.prototype, "find", (ms) => (phases.search += ms));
timed(QuoteList.prototype, "show", (ms) => (phases.draw += ms));
timed(QuoteList.prototype, "measure" as "show", (ms) => (phases.heights += ms));
timed(QuoteList.prototype, "createRow" as "show", (ms) => {
	phases.made++;
	phases.making += ms;
});
timed(QuoteList.prototype, "removeRow" as "show", (ms) => (phases.removing += ms));
timed(QuotesView.prototype, "refresh" as "onOpen", (ms) => (phases.refresh += ms));
timed(PreparedSearch.prototype, "run", (ms, _found, self) => {
	pickerPhases.search += ms;
	// The picker asks for its 20 (decision 55): all matches are the positions its search keeps for the next key.
	const kept = (self as { search: { last: { positions: Int32Array } | null } }).search.last;
	pickerPhases.matches = kept?.positions.length ?? 0;
});
timed(QuoteSearchModal.prototype, "renderSuggestion", (ms) => (pickerPhases.draw += ms));

/**
 * Style and layout of the page now, what the browser must do before it can paint the new rows: the style
 * recalculation first (a computed colour needs no layout), then the layout; each one's time.
 */
function forceLayout(root: HTMLElement, row: string): { style: number; layout: number } {
	const t0 = performance.now();
	void getComputedStyle(root.querySelector(row) ?? root).color;
	const t1 = performance.now();
	void root.offsetHeight;
	root.querySelector(row)?.getBoundingClientRect();
	return { style: t1 - t0, layout: performance.now() - t1 };
}

/**
 * Adds to `key` the next frame's rendering (see `KeyTiming.frame`), marked in the timeline as `pg-frame <label>`
 * for a trace; resolves once it is counted.
 */
function countFrame(key: { ms: number; frame: number }, label: string): Promise<void> {
	return new Promise((resolve) => {
		requestAnimationFrame(() => {
			const t0 = performance.now();
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				key.frame = performance.now() - t0;
				key.ms += key.frame;
				performance.measure(`pg-frame ${label}`, { start: t0, end: performance.now() });
				resolve();
			};
			channel.port2.postMessage(null);
		});
	});
}

/** The number the sidebar's summary starts with ("80,151 quotes by 599 speakers" → 80151), or -1. */
function summaryCount(text: string): number {
	const digits = /^[\d,]+/.exec(text.trim());
	return digits ? Number(digits[0].replace(/,/g, "")) : -1;
}

function textChars(root: HTMLElement, selector: string): number {
	let n = 0;
	for (const el of Array.from(root.querySelectorAll(selector))) n += el.textContent?.length ?? 0;
	return n;
}

/**
 * Marks a timed keystroke's handler (to its forced layout) in the page's performance timeline, for a trace to
 * find (scenario 26's PG_BENCH_TRACE); `countFrame` marks its frame apart, the wait between them is not counted.
 */
function markKey(label: string, start: number, end = performance.now()): void {
	performance.measure(`pg-key ${label}`, { start, end });
}

/**
 * Decision 65's comparison (scenario 26's PG_BENCH_OFFSET_AB): "scroller" positions the list's window as before
 * it, from an inherited custom property set on the scroller, which every row drawn inherits; "window" is the
 * plugin's own (the offset set on the window, not inherited). The styles of both comparisons: chromium-ab.css.
 */
let offsetOn: "window" | "scroller" = "window";


const frameDone = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const api = {

	/** Loads the quotes, builds the word index in full (as the warm-up's slices leave it), makes the harness app. */
	async setup(options: { practice?: boolean } = {}): Promise<{ quotes: number; prepareMs: number }> {
		const shipped = (await (await fetch("/quotes.json")).json()) as { notes: NoteFacts[]; quotes: (Omit<Quote, "text"> & { text: string; note: number })[] };
		const quotes: IndexedQuote[] = shipped.quotes.map((q) => new StoredQuote(q, shipped.notes[q.note], q.text));
		harness = createHarness({ mobile: false });
		document.body.addClass("theme-light");
		harness.workspace.containerEl.addClass("pg-e2e-hidden");
		await harness.seed({});
		harness.layoutReady();
		const source = staticSource(quotes);
		const search = new QuoteSearch();
		const t0 = performance.now();
		search.prepare(quotes);
		const prepareMs = performance.now() - t0;
		warmup = new SearchWarmup(search, source, { ready: true, whenReady: () => Promise.resolve() });
		// Measuring decision 30: a page whose warm-up runs no practice search.
		if (options.practice === false) (warmup as unknown as { practised: boolean }).practised = true;
		warmup.load();
		// The warm-up's idle tasks (its slices, a practice search) are done before anyone types.
		for (let i = 0; i < 3; i++) await frameDone();
		plugin = {
			app: harness.app,
			index: source,
			visible: source,
			search,
			searchWarmup: warmup,
			source: { progress: { running: false, done: 0, total: 0 }, ready: true, whenReady: () => Promise.resolve() },
			settings: { sidebar: { defaultMode: "speaker" }, dashes: DEFAULT_DASHES, daily: { ...DEFAULT_DAILY_SETTINGS, showCard: false }, seenQuotes: {} },
			saveSettings: () => Promise.resolve(),
		} as unknown as PodcastGardenPlugin;
		// Timed from the input event reaching the page (capture, before the view's listener) to after the
		// view's listener and a forced style and layout (bubble, after it).
		document.addEventListener(
			"input",
			() => {
				phases.refresh = phases.search = phases.draw = phases.heights = phases.made = phases.making = phases.removing = 0;
				started = performance.now();
			},
			true,
		);
		document.addEventListener("input", (evt) => {
			if (started === null || !frame?.contains(evt.target as Node)) return;
			const split = forceLayout(frame, ".pg-quote-row");
			const query = (evt.target as HTMLInputElement).value;
			const matches = summaryCount(frame.querySelector(".pg-quotes-summary")?.textContent ?? "");
			const chars = textChars(frame, ".pg-quote-text");
			const key = { query, matches, ms: performance.now() - started, ...phases, ...split, chars, frame: 0 };
			timings.push(key);
			markKey(`sidebar "${query}"`, started);
			void countFrame(key, `sidebar "${query}"`);
			started = null;
		});
		return { quotes: quotes.length, prepareMs };
	},

	/** Opens a new sidebar (closing the last one) and waits until its first rows are drawn. */
	async openSidebar(): Promise<void> {
		if (!harness || !plugin) throw new Error("Call setup first.");
		if (view) {
			await view.onClose();
			frame?.remove();
		}
		const leaf = harness.workspace.getRightLeaf(false);
		if (!leaf) throw new Error("The harness has no right sidebar leaf.");
		frame = document.body.createDiv({ cls: "pg-e2e-frame workspace-split mod-right-split" });
		view = new QuotesView(leaf as unknown as ObsidianLeaf, plugin);
		await leaf.open(view as unknown as HarnessView);
		frame.appendChild(view.containerEl);
		harness.workspace.rightSplit.expand();
		view.onResize();
		if (offsetOn === "scroller") {
			const list = (view as unknown as { list: QuoteList }).list;
			frame.addClass("pg-ab-offset-scroller");
			list.windowEl.setCssProps = (props: Record<string, string>) => list.scrollerEl.setCssProps({ "--pg-ab-window-offset": props["--pg-window-offset"] });
		}
		for (let i = 0; i < 3; i++) await frameDone();
		if (frame.querySelectorAll(".pg-quote-row").length === 0) throw new Error("The sidebar drew no quote rows.");
	},

	/** How the next sidebars position their window (see `offsetOn`). */
	setOffsetOn(on: "window" | "scroller"): void {
		offsetOn = on;
	},

	/**
	 * Scrolls the open sidebar's list by each of `steps` (px), one step a frame as a wheel does, and times each
	 * step's frame (its animation frame callbacks, the list's rows drawn in one, style, layout and paint: from
	 * the first callback to the task after the frame) with the rows it made; marked `pg-frame scroll <tag> N` for a
	 * trace (the step's `query`).
	 */
	async scroll(steps: readonly number[], tag: string): Promise<KeyTiming[]> {
		const scroller = frame?.querySelector<HTMLElement>(".pg-quotes-scroller");
		if (!scroller) throw new Error("Open a sidebar first.");
		const out: KeyTiming[] = [];
		for (const [i, px] of steps.entries()) {
			phases.made = phases.making = phases.removing = 0;
			scroller.scrollTop += px;
			const step: KeyTiming = { query: `scroll ${tag} ${i}`, matches: px, ms: 0, refresh: 0, search: 0, draw: 0, heights: 0, made: 0, making: 0, removing: 0, style: 0, layout: 0, chars: 0, frame: 0 };
			await countFrame(step, step.query);
			Object.assign(step, { made: phases.made, making: phases.making, removing: phases.removing });
			out.push(step);
		}
		return out;
	},

	/** Waits for the frame after a keystroke (Markdown of the new rows, the scroll frame). */
	async settle(): Promise<void> {
		for (let i = 0; i < 2; i++) await frameDone();
	},

	/** The keystroke times recorded since the last call, and what the summary says now. */
	take(): { ms: KeyTiming[]; summary: string; rows: number } {
		const ms = timings.splice(0);
		const summary = frame?.querySelector(".pg-quotes-summary")?.textContent ?? "";
		return { ms, summary, rows: frame?.querySelectorAll(".pg-quote-row").length ?? 0 };
	},

	/** Types each prefix of `query` into a new "Search quotes" picker; per keystroke, until drawn and laid out. */
	async picker(query: string, limit?: number, contentVisibility = false): Promise<KeyTiming[]> {
		if (!harness || !warmup) throw new Error("Call setup first.");
		const modal = new QuoteSearchModal(harness.app as never, warmup, () => undefined);
		// Measuring another number of suggestions than the picker's own (PG_BENCH_PICKER_LIMITS).
		if (limit !== undefined) modal.limit = limit;
		modal.open();
		// Decision 80's comparison (PG_BENCH_PICKER_CV_AB): the suggestions with content-visibility, as before it.
		if (contentVisibility) modal.modalEl.addClass("pg-ab-cv");
		const h = modal as unknown as { inputEl: HTMLInputElement; modalEl: HTMLElement; whenUpdated(): Promise<void> };
		// As a user sees it before typing, and as a sidebar is opened: the dialog drawn with its first suggestions
		// (an empty query lists the first quotes) and a frame rendered; before, the first key drew the dialog too.
		await h.whenUpdated();
		if (h.modalEl.querySelectorAll(".pg-suggest-quote").length === 0) throw new Error("The picker drew no suggestion when it opened.");
		await api.settle();
		const out: KeyTiming[] = [];
		for (let i = 1; i <= query.length; i++) {
			const typed = query.slice(0, i);
			h.inputEl.value = typed;
			pickerPhases.search = pickerPhases.draw = pickerPhases.matches = 0;
			const t0 = performance.now();
			h.inputEl.dispatchEvent(new Event("input"));
			await h.whenUpdated();
			const handled = performance.now();
			const split = forceLayout(h.modalEl, ".pg-suggest-quote");
			const { search, draw, matches } = pickerPhases;
			const key = { query: typed, matches, ms: performance.now() - t0, refresh: handled - t0, search, draw, heights: 0, made: 0, making: 0, removing: 0, ...split, chars: textChars(h.modalEl, ".pg-suggest-text"), frame: 0 };
			out.push(key);
			markKey(`picker "${typed}"`, t0);
			await countFrame(key, `picker "${typed}"`);
			if (h.modalEl.querySelectorAll(".pg-suggest-quote").length === 0) throw new Error(`The picker shows nothing for "${typed}".`);
			await api.settle();
		}
		modal.close();
		return out;
	},
};

declare global {
	interface Window {
		pgBench: typeof api;
	}
}
window.pgBench = api;
