// The plugin's settings: their shape, defaults, and loading saved data over the defaults.
import type { PodcastRule } from "../../core/index";
import { DEFAULT_DASHES } from "../../core/quotes/attribution";
import type { ViewMode } from "../../core/view/model";
import { isPlainObject, mergeDefaults, normalizeRule } from "../../core/util/settings";
import { DEFAULT_PUBLISH_SETTINGS, PublishSettings } from "../publish/settings";
import { DEFAULT_DAILY_SETTINGS, loadDailySettings, readSeenMemory, type DailySettings, type SeenMemory } from "../daily/settings";

export { normalizeRule };

export interface SidebarSettings {
	/** Grouping the quotes sidebar opens with. */
	defaultMode: ViewMode;
}

/** A quote the user marked "Not a quote": hidden everywhere in the plugin, listed in the settings to restore. */
export interface HiddenQuote {
	id: string;
	/** The note and the start of the text when it was hidden, to name it in the settings (the note may change). */
	path: string;
	text: string;
}

export interface PodcastGardenSettings {
	/** Which notes count as podcast notes. */
	detection: PodcastRule;
	/** Characters that start an attribution (`> … – Name`). */
	dashes: string;
	/** Speaker alias table: alias → canonical name. */
	aliases: Record<string, string>;
	sidebar: SidebarSettings;
	/** False positives of the extractor, by quote id. */
	hiddenQuotes: HiddenQuote[];
	publish: PublishSettings;
	/** Quote of the day, resurfacing, quote card images. */
	daily: DailySettings;
	/** When each quote was last seen (by its words, so it survives renames): what Resurface brings back. */
	seenQuotes: SeenMemory;
}

export const DEFAULT_SETTINGS: PodcastGardenSettings = {
	detection: { mode: "automatic" },
	dashes: DEFAULT_DASHES,
	aliases: {},
	sidebar: { defaultMode: "speaker" },
	hiddenQuotes: [],
	publish: DEFAULT_PUBLISH_SETTINGS,
	daily: DEFAULT_DAILY_SETTINGS,
	seenQuotes: {},
};

/** Well-formed entries only, each id once (hand-edited data must not hide everything or break the list). */
function hiddenQuotes(saved: unknown[]): HiddenQuote[] {
	const seen = new Set<string>();
	const out: HiddenQuote[] = [];
	for (const h of saved) {
		if (!isPlainObject(h) || typeof h.id !== "string" || h.id === "" || seen.has(h.id)) continue;
		seen.add(h.id);
		out.push({ id: h.id, path: typeof h.path === "string" ? h.path : "", text: typeof h.text === "string" ? h.text : "" });
	}
	return out;
}

const MODES: readonly ViewMode[] = ["speaker", "episode", "flat", "note", "resurface"];

export function loadSettings(saved: unknown): PodcastGardenSettings {
	const settings = mergeDefaults(DEFAULT_SETTINGS, saved);
	settings.detection = normalizeRule(isPlainObject(saved) ? saved.detection : undefined);
	if (settings.dashes.trim() === "") settings.dashes = DEFAULT_DASHES;
	settings.aliases = Object.fromEntries(Object.entries(settings.aliases).filter((e): e is [string, string] => typeof e[1] === "string" && e[0].trim() !== "" && e[1].trim() !== ""));
	if (!MODES.includes(settings.sidebar.defaultMode)) settings.sidebar.defaultMode = DEFAULT_SETTINGS.sidebar.defaultMode;
	settings.hiddenQuotes = hiddenQuotes(settings.hiddenQuotes);
	settings.daily = loadDailySettings(isPlainObject(saved) ? saved.daily : undefined);
	settings.seenQuotes = readSeenMemory(isPlainObject(saved) ? saved.seenQuotes : undefined);
	return settings;
}
