// What the plugin's modules (commands, views, settings tabs, publishing) need of the plugin. main.ts's class
// implements it; the modules import this file, never main.ts, so no import leads back to the lifecycle.
import type { App, Command, PluginManifest } from "obsidian";
import type { IndexedQuote, QuoteIndex } from "../core/index";
import type { VisibleQuotes } from "../core/index/visible";
import type { QuoteSearch } from "../core/search/quote-search";
import type { VaultSource } from "./index/vault-source";
import type { SearchWarmup } from "./view/search-warmup";
import type { PodcastGardenSettings } from "./settings/settings";

export interface PluginContext {
	readonly app: App;
	readonly manifest: PluginManifest;
	settings: PodcastGardenSettings;
	/** Every note's record and the quotes of podcast notes; read, never written, outside main.ts. */
	readonly index: QuoteIndex;
	/** `index` without the quotes marked "Not a quote". */
	readonly visible: VisibleQuotes;
	/** The quote search; the sidebar, the picker and `visible` share its word index (`search.sharing()`). */
	readonly search: QuoteSearch;
	/** Prepares `search` for the visible quotes once the vault is indexed; the sidebar and the picker search through it. */
	readonly searchWarmup: SearchWarmup;
	/** Feeds `index` from the vault; `progress` / `ready` tell whether the first pass is still running. */
	readonly source: VaultSource;
	addCommand(command: Command): Command;
	/** Saves and applies the settings; `reread` reads every note again. */
	applySettings(reread?: boolean): Promise<void>;
	/** Saves the settings (and the plugin's other data, such as the "seen" memory) without applying them. */
	saveSettings(): Promise<void>;
	addAlias(alias: string, canonical: string): Promise<void>;
	hideQuote(q: IndexedQuote): Promise<void>;
	unhideQuote(id: string): Promise<void>;
}
