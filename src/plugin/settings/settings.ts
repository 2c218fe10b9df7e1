// The plugin's settings: their shape, defaults, and loading saved data over the defaults.
import type { PodcastRule } from "../../core/index";
import { DEFAULT_DASHES } from "../../core/quotes/attribution";
import type { ViewMode } from "../../core/view/model";
import { isPlainObject, mergeDefaults, normalizeRule } from "../../core/util/settings";
import { DEFAULT_PUBLISH_SETTINGS, PublishSettings } from "../publish/settings";

export { normalizeRule };

export interface SidebarSettings {
	/** Grouping the quotes sidebar opens with. */
	defaultMode: ViewMode;
}

export interface PodcastGardenSettings {
	/** Which notes count as podcast notes. */
	detection: PodcastRule;
	/** Characters that start an attribution (`> … – Name`). */
	dashes: string;
	/** Speaker alias table: alias → canonical name. */
	aliases: Record<string, string>;
	sidebar: SidebarSettings;
	publish: PublishSettings;
}

export const DEFAULT_SETTINGS: PodcastGardenSettings = {
	detection: { mode: "automatic" },
	dashes: DEFAULT_DASHES,
	aliases: {},
	sidebar: { defaultMode: "speaker" },
	publish: DEFAULT_PUBLISH_SETTINGS,
};

const MODES: readonly ViewMode[] = ["speaker", "episode", "flat", "note"];

export function loadSettings(saved: unknown): PodcastGardenSettings {
	const settings = mergeDefaults(DEFAULT_SETTINGS, saved);
	settings.detection = normalizeRule(isPlainObject(saved) ? saved.detection : undefined);
	if (settings.dashes.trim() === "") settings.dashes = DEFAULT_DASHES;
	settings.aliases = Object.fromEntries(Object.entries(settings.aliases).filter((e): e is [string, string] => typeof e[1] === "string" && e[0].trim() !== "" && e[1].trim() !== ""));
	if (!MODES.includes(settings.sidebar.defaultMode)) settings.sidebar.defaultMode = DEFAULT_SETTINGS.sidebar.defaultMode;
	return settings;
}
