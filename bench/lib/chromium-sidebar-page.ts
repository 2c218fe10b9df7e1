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
const timings: { ms: number; refresh: number; search: number; draw: number }[] = [];

/**
 * Time spent per keystroke in the view's refresh (input handler), and in it the search and the drawing of
 * rows; past the refresh: the rows' Markdown (promise callbacks run before the next listener) and layout.
 */
const phases = { refresh: 0, search: 0, draw: 0 };
function timed<T extends object>(proto: T, name: keyof T & string, phase: keyof typeof phases): void {
	const original = proto[name] as unknown as (...args: unknown[]) => unknown;
	(proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]): unknown {
		const t0 = performance.now();
		try {
			return original.apply(this, args);
		} finally {
			phases[phase] += performance.now() - t0;
		}
	};
}
timed(QuoteSearch.prototype, "find", "search");
timed(QuoteList.prototype, "show", "draw");
timed(QuotesView.prototype, "refresh" as "onOpen", "refresh");

/** Style and layout of the page now: what the browser must do before it can paint the new rows. */
function forceLayout(root: HTMLElement): void {
	void root.offsetHeight;
	root.querySelector(".pg-quote-row")?.getBoundingClientRect();
}

const frameDone = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const api = {
	/** Loads the quotes, builds the word index in full (as the warm-up's slices leave it), makes the harness app. */
	async setup(): Promise<{ quotes: number; prepareMs: number }> {
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
		warmup.load();
		plugin = {
			app: harness.app,
			index: source,
			visible: source,
			search,
			searchWarmup: warmup,
			source: { progress: { running: false, done: 0, total: 0 } },
			settings: { sidebar: { defaultMode: "speaker" }, dashes: DEFAULT_DASHES, daily: { ...DEFAULT_DAILY_SETTINGS, showCard: false }, seenQuotes: {} },
			saveSettings: () => Promise.resolve(),
		} as unknown as PodcastGardenPlugin;
		// Timed from the input event reaching the page (capture, before the view's listener) to after the
		// view's listener and a forced style and layout (bubble, after it).
		document.addEventListener(
			"input",
			() => {
				phases.refresh = phases.search = phases.draw = 0;
				started = performance.now();
			},
			true,
		);
		document.addEventListener("input", (evt) => {
			if (started === null || !frame?.contains(evt.target as Node)) return;
			forceLayout(frame);
			timings.push({ ms: performance.now() - started, ...phases });
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
		for (let i = 0; i < 3; i++) await frameDone();
		if (frame.querySelectorAll(".pg-quote-row").length === 0) throw new Error("The sidebar drew no quote rows.");
	},

	/** Waits for the frame after a keystroke (Markdown of the new rows, the scroll frame). */
	async settle(): Promise<void> {
		for (let i = 0; i < 2; i++) await frameDone();
	},

	/** The keystroke times recorded since the last call, and what the summary says now. */
	take(): { ms: { ms: number; refresh: number; search: number; draw: number }[]; summary: string; rows: number } {
		const ms = timings.splice(0);
		const summary = frame?.querySelector(".pg-quotes-summary")?.textContent ?? "";
		return { ms, summary, rows: frame?.querySelectorAll(".pg-quote-row").length ?? 0 };
	},

	/** Types each prefix of `query` into a new "Search quotes" picker; per keystroke, until drawn and laid out. */
	async picker(query: string): Promise<number[]> {
		if (!harness || !warmup) throw new Error("Call setup first.");
		const modal = new QuoteSearchModal(harness.app as never, warmup, () => undefined);
		modal.open();
		const h = modal as unknown as { inputEl: HTMLInputElement; modalEl: HTMLElement; whenUpdated(): Promise<void> };
		const out: number[] = [];
		for (let i = 1; i <= query.length; i++) {
			h.inputEl.value = query.slice(0, i);
			const t0 = performance.now();
			h.inputEl.dispatchEvent(new Event("input"));
			await h.whenUpdated();
			forceLayout(h.modalEl);
			out.push(performance.now() - t0);
			if (h.modalEl.querySelectorAll(".pg-suggest-quote").length === 0) throw new Error(`The picker shows nothing for "${query.slice(0, i)}".`);
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
