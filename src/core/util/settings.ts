// Saved settings over their defaults, shared by the plugin (data.json through Obsidian) and the CLI (the
// same file read from disk). Host-free.
import type { PodcastRule } from "../index/detect";

export function isPlainObject(v: unknown): v is Record<string, unknown> {
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

function shown(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * What `mergeDefaults` would silently replace: each saved value whose type differs from its default's, as
 * `"publish.flagKeys" must be a list of text values, not 5`. Lists must hold values of their default's
 * element type (text when the default list is empty); maps with no default keys must map text to text.
 */
export function settingProblems(defaults: unknown, saved: unknown, at = ""): string[] {
	if (saved === undefined || saved === null) return [];
	const name = `"${at}"`;
	if (isPlainObject(defaults)) {
		if (!isPlainObject(saved)) return [`${name} must be a group of settings, not ${shown(saved)}`];
		const keys = Object.keys(defaults);
		if (keys.length === 0) {
			const bad = Object.entries(saved).find(([, v]) => typeof v !== "string");
			return bad ? [`${name} must map text to text; "${bad[0]}" is ${shown(bad[1])}`] : [];
		}
		return keys.flatMap((key) => settingProblems(defaults[key], saved[key], at ? `${at}.${key}` : key));
	}
	if (Array.isArray(defaults)) {
		const type = defaults.length > 0 ? typeof defaults[0] : "string";
		if (!Array.isArray(saved) || saved.some((v) => typeof v !== type)) return [`${name} must be a list of ${type === "string" ? "text values" : `${type}s`}, not ${shown(saved)}`];
		return [];
	}
	if (typeof saved !== typeof defaults) return [`${name} must be ${typeof defaults === "string" ? "text" : `a ${typeof defaults}`}, not ${shown(saved)}`];
	return [];
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
