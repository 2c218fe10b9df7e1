// The plugin's settings: their shape, defaults, and loading saved data over the defaults.
import type { PodcastRule } from "../../core/index";
import { DEFAULT_DASHES } from "../../core/quotes/attribution";
import type { ViewMode } from "../../core/view/model";
import { DEFAULT_PUBLISH_SETTINGS, PublishSettings } from "../publish/settings";

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
}

export const DEFAULT_SETTINGS: PodcastGardenSettings = {
	detection: { mode: "automatic" },
	dashes: DEFAULT_DASHES,
	aliases: {},
	sidebar: { defaultMode: "speaker" },
	hiddenQuotes: [],
	publish: DEFAULT_PUBLISH_SETTINGS,
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}

function clone<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Saved data over the defaults, key by key at every depth: a setting missing from old data gets its
 * default, a value of the wrong type is replaced by the default, keys the defaults do not know (a newer
 * version's, or another module's such as `publish.git`) are kept. Maps with no default keys (the alias
 * table) are taken as saved.
 */
export function mergeDefaults<T>(defaults: T, saved: unknown): T {
	if (isPlainObject(defaults)) {
		if (!isPlainObject(saved)) return clone(defaults);
		const out: Record<string, unknown> = { ...clone(saved) };
		for (const [key, value] of Object.entries(defaults)) out[key] = mergeDefaults(value, saved[key]);
		return out as T;
	}
	if (Array.isArray(defaults)) return (Array.isArray(saved) ? clone(saved) : clone(defaults)) as T;
	if (saved === undefined || saved === null || typeof saved !== typeof defaults) return defaults;
	return saved as T;
}

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

const MODES: readonly ViewMode[] = ["speaker", "episode", "flat", "note"];

export function loadSettings(saved: unknown): PodcastGardenSettings {
	const settings = mergeDefaults(DEFAULT_SETTINGS, saved);
	settings.detection = normalizeRule(isPlainObject(saved) ? saved.detection : undefined);
	if (settings.dashes.trim() === "") settings.dashes = DEFAULT_DASHES;
	settings.aliases = Object.fromEntries(Object.entries(settings.aliases).filter((e): e is [string, string] => typeof e[1] === "string" && e[0].trim() !== "" && e[1].trim() !== ""));
	if (!MODES.includes(settings.sidebar.defaultMode)) settings.sidebar.defaultMode = DEFAULT_SETTINGS.sidebar.defaultMode;
	settings.hiddenQuotes = hiddenQuotes(settings.hiddenQuotes);
	return settings;
}
