// Podcast Garden: lifecycle only. The work lives in core/ (parsing, index) and in the modules wired here.
import { Plugin } from "obsidian";
import { QuoteIndex, type IndexedQuote, type QuoteIndexOptions } from "../core/index";
import { VisibleQuotes } from "../core/index/visible";
import { QuoteSearch } from "../core/search/quote-search";
import { createAPI, type PodcastGardenAPI } from "./api";
import { registerQuotesBlock } from "./codeblock";
import { registerCommands } from "./commands";
import { openQuotesView } from "./commands/open";
import type { PluginContext } from "./context";
import { ChangeNotifier } from "./index/notify";
import { INDEX_FILE, IndexStore, indexStoreKey } from "./index/persist";
import { pluginFile } from "./folder";
import { registerPublishing } from "./publish";
import { vaultOutputFolder } from "./publish/settings";
import { VaultSource } from "./index/vault-source";
import { DEFAULT_SETTINGS, loadSettings, type PodcastGardenSettings } from "./settings/settings";
import { PodcastGardenSettingTab } from "./settings/tab";
import { QuotesView, VIEW_TYPE_QUOTES } from "./view";
import { SearchWarmup } from "./view/search-warmup";

/** How much of a hidden quote's text the settings list keeps to name it. */
const HIDDEN_TEXT_CHARS = 80;

export default class PodcastGardenPlugin extends Plugin implements PluginContext {
	settings: PodcastGardenSettings = DEFAULT_SETTINGS;
	/** Every note's record and the quotes of podcast notes; views read it, never write it. */
	index!: QuoteIndex;
	/** The quotes the user sees: `index` without those marked "Not a quote". Views, pickers and the API read it. */
	visible!: VisibleQuotes;
	/** One word index of the vault's quotes for every search of the plugin (see PluginContext). */
	readonly search = new QuoteSearch();
	/** Feeds `index` from the vault; `source.progress` tells whether the first pass is still running. */
	source!: VaultSource;
	/** Prepares `search` in idle slices once the vault is indexed, before any view opens. */
	searchWarmup!: SearchWarmup;
	/** For other plugins; see `getAPI` in api.ts. */
	api!: PodcastGardenAPI;

	async onload(): Promise<void> {
		await this.loadSettings();
		const notifier = this.addChild(new ChangeNotifier());
		this.index = new QuoteIndex({ ...this.indexOptions(), schedule: notifier.schedule, search: this.search.sharing() });
		// The index saved by the last session: notes unchanged since are not read again.
		const store = new IndexStore(this.app.vault.adapter, pluginFile(this, INDEX_FILE), () => indexStoreKey(this.manifest.version, this.indexOptions().parse));
		this.source = this.addChild(new VaultSource(this.app, this.index, vaultOutputFolder(this.settings.publish), store));
		this.visible = new VisibleQuotes(this.index, this.search.sharing());
		this.visible.setHidden(this.settings.hiddenQuotes.map((h) => h.id));
		this.searchWarmup = this.addChild(new SearchWarmup(this.search, this.visible, this.source));
		this.api = createAPI(this.visible, () => this.source.whenReady());

		this.registerView(VIEW_TYPE_QUOTES, (leaf) => new QuotesView(leaf, this));
		this.addRibbonIcon("quote", "Open quotes sidebar", () => openQuotesView(this));
		registerCommands(this);
		registerPublishing(this);
		registerQuotesBlock(this);

		// Nothing is read before the layout is ready, so Obsidian starts as fast as without the plugin. The
		// settings tab waits too: Obsidian 1.13 builds its rows for the settings search as it is added (~1.3 ms).
		this.app.workspace.onLayoutReady(() => {
			this.addSettingTab(new PodcastGardenSettingTab(this.app, this));
			this.source.start();
		});
	}

	async loadSettings(): Promise<void> {
		this.settings = loadSettings(await this.loadData());
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}

	/**
	 * Saves and applies the settings. Detection and aliases apply at once; `reread` (dashes, publish
	 * keys: they change how notes are parsed) reads every note again.
	 */
	async applySettings(reread = false): Promise<void> {
		await this.saveSettings();
		this.index.configure(this.indexOptions());
		this.source.setOutputFolder(vaultOutputFolder(this.settings.publish));
		if (reread && this.app.workspace.layoutReady) await this.source.rebuild();
	}

	/** Adds `alias → canonical` to the speaker alias table. */
	async addAlias(alias: string, canonical: string): Promise<void> {
		this.settings.aliases[alias.trim()] = canonical.trim();
		await this.applySettings();
	}

	/** "Not a quote": hides the quote everywhere in the plugin and remembers it in the plugin's data. */
	async hideQuote(q: IndexedQuote): Promise<void> {
		if (!this.visible.isHidden(q.id)) {
			const text = q.text.replace(/\s+/g, " ").trim();
			this.settings.hiddenQuotes.push({ id: q.id, path: q.path, text: text.length > HIDDEN_TEXT_CHARS ? `${text.slice(0, HIDDEN_TEXT_CHARS)}…` : text });
		}
		await this.saveHidden();
	}

	/** Brings a hidden quote back. */
	async unhideQuote(id: string): Promise<void> {
		this.settings.hiddenQuotes = this.settings.hiddenQuotes.filter((h) => h.id !== id);
		await this.saveHidden();
	}

	private async saveHidden(): Promise<void> {
		this.visible.setHidden(this.settings.hiddenQuotes.map((h) => h.id));
		await this.saveSettings();
	}

	private indexOptions(): Pick<QuoteIndexOptions, "parse" | "rule" | "aliasTable"> {
		const s = this.settings;
		return { parse: { dashes: s.dashes, publishKeys: s.publish.flagKeys }, rule: s.detection, aliasTable: s.aliases };
	}
}
