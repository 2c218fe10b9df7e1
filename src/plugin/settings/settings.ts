// The plugin's settings: their shape, defaults, and loading saved data over the defaults.
import type { PodcastRule } from "../../core/index";
import { DEFAULT_DASHES } from "../../core/quotes/attribution";
import type { ViewMode } from "../../core/view/model";
import { isPlainObject, mergeDefaults } from "../../core/util/settings";
import { DEFAULT_PUBLISH_SETTINGS, PublishSettings } from "../publish/settings";

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

function stringList(v: unknown): string[] {
	return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** A detection rule from saved data (also the 0.1 form, where it was only the mode name). */
export function normalizeRule(v: unknown): PodcastRule {
	const r: Record<string, unknown> = isPlainObject(v) ? v : { mode: v };
	switch (r.mode) {
		case "folders":
			return { mode: "folders", folders: stringList(r.folders) };
		case "tags":
			return { mode: "tags", tags: stringList(r.tags) };
		case "frontmatter":
			return { mode: "frontmatter", key: typeof r.key === "string" ? r.key : "", value: typeof r.value === "string" ? r.value : "" };
		default:
			return { mode: "automatic" };
	}
}

const MODES: readonly ViewMode[] = ["speaker", "episode", "flat", "note"];

export function loadSettings(saved: unknown): PodcastGardenSettings {
	const settings = mergeDefaults(DEFAULT_SETTINGS, saved);
	settings.detection = normalizeRule(isPlainObject(saved) ? saved.detection : undefined);
	if (settings.dashes.trim() === "") settings.dashes = DEFAULT_DASHES;
	settings.aliases = Object.fromEntries(Object.entries(settings.aliases).filter((e): e is [string, string] => typeof e[1] === "string" && e[0].trim() !== "" && e[1].trim() !== ""));
	if (!MODES.includes(settings.sidebar.defaultMode)) settings.sidebar.defaultMode = DEFAULT_SETTINGS.sidebar.defaultMode;
	return settings;
}
