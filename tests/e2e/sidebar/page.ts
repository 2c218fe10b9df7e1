// Browser entry for the sidebar test: an Obsidian harness app, the real QuoteIndex fed with the fixture
// notes (or a synthetic list of quotes), and the real QuotesView in a sidebar-sized frame.
import { staticSource } from "./static-source";
import { createHarness, type Harness } from "../../harness/harness";
import { QuoteIndex } from "../../../src/core/index";
import { QuoteSearch } from "../../../src/core/search/quote-search";
import { SearchWarmup } from "../../../src/plugin/view/search-warmup";
import { DEFAULT_DASHES } from "../../../src/core/quotes/attribution";
import type { QuoteSource } from "../../../src/core/index/types";
import { QuotesView, VIEW_TYPE_QUOTES } from "../../../src/plugin/view";
import { syntheticQuotes } from "../../core/view/synthetic";
import { DEFAULT_DAILY_SETTINGS } from "../../../src/plugin/daily/settings";
import { canvasPng, drawCard, saveCardImage } from "../../../src/plugin/card/image";
import type { CardSize } from "../../../src/core/card/layout";
import type PodcastGardenPlugin from "../../../src/plugin/main";
import type { WorkspaceLeaf as ObsidianLeaf } from "obsidian";
import type { View as HarnessView } from "../../harness/obsidian/index";

export interface SetupOptions {
	theme: "light" | "dark";
	mobile: boolean;
	/** Vault notes (path → text), indexed with the real QuoteIndex. */
	files?: Record<string, string>;
	/** Instead of notes: this many synthetic quotes. */
	synthetic?: number;
	/**
	 * A clock that runs 20 ms per reading from the start (until `realClock`): every bounded step of preparing
	 * the search runs out of time at once, as on a slow phone or a vault of 100,000 quotes.
	 */
	slowClock?: boolean;
	/** Show the "Quote of the day" card (off by default so the other pictures stay as they were). */
	daily?: boolean;
}

const realNow = performance.now.bind(performance);

let harness: Harness | null = null;
let quoteIndex: QuoteIndex | null = null;
let view: QuotesView | null = null;

const api = {
	async setup(opts: SetupOptions): Promise<void> {
		if (opts.slowClock) {
			let t = realNow();
			performance.now = () => (t += 20);
		}
		harness = createHarness({ mobile: opts.mobile });
		document.body.addClass(opts.theme === "dark" ? "theme-dark" : "theme-light");
		if (opts.mobile) document.body.addClass("is-mobile");
		harness.workspace.containerEl.addClass("pg-e2e-hidden");
		const files = opts.files ?? {};
		await harness.seed(files);
		harness.layoutReady();

		let source: QuoteSource;
		if (opts.synthetic !== undefined) {
			source = staticSource(syntheticQuotes(opts.synthetic));
		} else {
			const index = new QuoteIndex();
			index.upsertMany(Object.entries(files).map(([path, text]) => ({ path, text })));
			source = quoteIndex = index;
		}
		// What the view reads from the plugin: the app, the index (all of it visible: nothing hidden here), the
		// first pass's progress, the sidebar default and the dashes "Attribute to…" writes with.
		// The plugin prepares the word index in idle slices once the vault is indexed (here: at once).
		const search = new QuoteSearch();
		const searchWarmup = new SearchWarmup(search, source, { ready: true, whenReady: () => Promise.resolve() });
		searchWarmup.load();
		const plugin = {
			app: harness.app,
			index: source,
			visible: source,
			search,
			searchWarmup,
			// The first pass is over: the quote of the day waits for it (decision 48).
			source: { progress: { running: false, done: 0, total: 0 }, ready: true, whenReady: () => Promise.resolve() },
			settings: { sidebar: { defaultMode: "speaker" }, dashes: DEFAULT_DASHES, daily: { ...DEFAULT_DAILY_SETTINGS, showCard: opts.daily === true }, seenQuotes: {} },
			saveSettings: () => Promise.resolve(),
		} as unknown as PodcastGardenPlugin;
		const leaf = harness.workspace.getRightLeaf(false);
		if (!leaf) throw new Error("The harness has no right sidebar leaf.");
		const frame = document.body.createDiv({ cls: "pg-e2e-frame workspace-split mod-right-split" });
		// The harness follows obsidian.d.ts, but TypeScript sees two different declarations of the same classes.
		view = new QuotesView(leaf as unknown as ObsidianLeaf, plugin);
		await leaf.open(view as unknown as HarnessView);
		frame.appendChild(view.containerEl);
		harness.workspace.rightSplit.expand();
		view.onResize();
		await api.settle();
	},

	/** Waits until pending frames and Markdown rendering are done. */
	async settle(): Promise<void> {
		for (let i = 0; i < 3; i++) {
			await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	},

	/** Back to the browser's own clock. */
	realClock(): void {
		performance.now = realNow;
	},

	/** Opens a note in the main area like the user would, in a new tab when `newTab`. */
	async openNote(path: string, newTab = false): Promise<void> {
		if (!harness) throw new Error("Call setup first.");
		if (newTab) {
			const file = harness.vault.getFileByPath(path);
			if (!file) throw new Error(`No note ${path}.`);
			await harness.workspace.getLeaf("tab").openFile(file, { active: true });
		} else {
			await harness.openNote(path);
		}
		await api.settle();
	},

	/** The note open in the main area and its selection (0-based lines), as the user would see it. */
	activeNote(): { path: string; from: { line: number; ch: number }; to: { line: number; ch: number }; newTabs: number } | null {
		if (!harness) return null;
		const file = harness.workspace.getActiveFile();
		const editor = harness.workspace.activeEditor?.editor;
		if (!file || !editor) return null;
		const tabs = harness.workspace.getLeavesOfType("markdown").length;
		return { path: file.path, from: editor.getCursor("from"), to: editor.getCursor("to"), newTabs: tabs };
	},

	/** Renames a note in the vault and tells the index, as the plugin's VaultSource does. */
	async renameNote(from: string, to: string): Promise<void> {
		if (!harness || !quoteIndex) throw new Error("Call setup with files first.");
		const file = harness.vault.getFileByPath(from);
		if (!file) throw new Error(`No note ${from}.`);
		await harness.vault.rename(file, to);
		quoteIndex.rename(from, to, await harness.vault.read(file));
		await api.settle();
	},

	/** Whether the right sidebar (a drawer on phones) is collapsed. */
	sidebarCollapsed(): boolean {
		return harness?.workspace.rightSplit.collapsed ?? true;
	},

	menuTitles(): string[] {
		const menus = harness?.obsidian.recorded.menus ?? [];
		return menus[menus.length - 1]?.items.map((i) => i.title) ?? [];
	},

	async clickMenuItem(title: string): Promise<void> {
		const menus = harness?.obsidian.recorded.menus ?? [];
		const menu = menus[menus.length - 1];
		if (!menu) throw new Error("No menu was shown.");
		menu.item(title).click();
		await new Promise((resolve) => setTimeout(resolve, 50));
	},

	async fileText(path: string): Promise<string> {
		if (!harness) throw new Error("Call setup first.");
		const file = harness.vault.getFileByPath(path);
		if (!file) throw new Error(`No note ${path}.`);
		return harness.vault.read(file);
	},

	/**
	 * Draws the quote card of `quoteId` on a real canvas in the page's theme, as "Copy as image" does; returns
	 * the PNG as base64 with the canvas size.
	 */
	async drawCard(quoteId: string, size: CardSize): Promise<{ png: string; width: number; height: number }> {
		const q = quoteIndex?.all().find((x) => x.id === quoteId);
		if (!q) throw new Error(`No quote ${quoteId}.`);
		const canvas = drawCard(document, q, size);
		const bytes = new Uint8Array(await (await canvasPng(canvas)).arrayBuffer());
		let binary = "";
		for (const b of bytes) binary += String.fromCharCode(b);
		return { png: btoa(binary), width: canvas.width, height: canvas.height };
	},

	/** "Save as image" with the harness app: where the PNG went, its size in bytes, and the notice shown. */
	async saveCard(quoteId: string, size: CardSize): Promise<{ path: string; bytes: number; notice: string }> {
		const q = quoteIndex?.all().find((x) => x.id === quoteId);
		if (!q || !harness) throw new Error(`No quote ${quoteId}.`);
		const path = await saveCardImage(harness.app as never, q, size);
		const file = harness.vault.getFileByPath(path);
		const bytes = file ? (await harness.vault.readBinary(file)).byteLength : 0;
		return { path, bytes, notice: harness.notices().pop() ?? "" };
	},

	notices(): string[] {
		return harness?.notices() ?? [];
	},

	viewType: VIEW_TYPE_QUOTES,
};

declare global {
	interface Window {
		pgSidebar: typeof api;
	}
}
window.pgSidebar = api;
