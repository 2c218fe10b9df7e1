// Which notes count as podcast notes: a rule the user picks in the settings.
import type { NoteRecord } from "../types";

export type PodcastRule =
	/** The parser's own judgement: attributed quotes or turns, or podcast frontmatter. */
	| { mode: "automatic" }
	/** Notes inside any of these folders (vault-relative, no trailing slash). */
	| { mode: "folders"; folders: string[] }
	/** Notes carrying any of these tags (without `#`; `podcast` also matches `podcast/episode`). */
	| { mode: "tags"; tags: string[] }
	/** Notes whose frontmatter `key` equals `value` (case-insensitive; an empty value means "key is set"). */
	| { mode: "frontmatter"; key: string; value: string };

export const AUTOMATIC: PodcastRule = { mode: "automatic" };

function norm(s: string): string {
	return s.trim().replace(/^#/, "").replace(/^\/+|\/+$/g, "").toLowerCase();
}

function valueMatches(value: unknown, wanted: string): boolean {
	if (Array.isArray(value)) return value.some((v) => valueMatches(v, wanted));
	if (value === null || value === undefined) return false;
	if (wanted === "") return true;
	if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value).trim().toLowerCase() === wanted;
	return false;
}

export function isPodcastNote(record: NoteRecord, rule: PodcastRule): boolean {
	switch (rule.mode) {
		case "automatic":
			return record.isPodcast;
		case "folders": {
			const path = record.path.toLowerCase();
			return rule.folders.map(norm).some((f) => f !== "" && path.startsWith(`${f}/`));
		}
		case "tags": {
			const wanted = rule.tags.map(norm).filter((t) => t !== "");
			return record.tags.some((t) => {
				const tag = norm(t);
				return wanted.some((w) => tag === w || tag.startsWith(`${w}/`));
			});
		}
		case "frontmatter": {
			const key = rule.key.trim();
			if (key === "") return false;
			const found = Object.keys(record.frontmatter).find((k) => k.toLowerCase() === key.toLowerCase());
			return found !== undefined && valueMatches(record.frontmatter[found], rule.value.trim().toLowerCase());
		}
	}
}

/** One line for settings and notices: what the rule selects. */
export function describeRule(rule: PodcastRule): string {
	switch (rule.mode) {
		case "automatic":
			return "notes with attributed quotes, transcript turns, a quotes section or podcast frontmatter";
		case "folders":
			return rule.folders.length ? `notes in ${rule.folders.join(", ")}` : "no notes (no folder set)";
		case "tags":
			return rule.tags.length ? `notes tagged ${rule.tags.map((t) => `#${norm(t)}`).join(", ")}` : "no notes (no tag set)";
		case "frontmatter":
			return rule.key.trim() === "" ? "no notes (no property set)" : rule.value.trim() === "" ? `notes with the property ${rule.key}` : `notes where ${rule.key} is ${rule.value}`;
	}
}

/** A publish writes `<output>.pg-new` before swapping it in and keeps the old site as `<output>.pg-old` meanwhile. */
export const PUBLISH_TEMP_SUFFIXES: readonly string[] = [".pg-new", ".pg-old"];

/** True for a folder name a publish uses for its temporary copies (never the user's notes). */
export function isPublishTempFolder(name: string): boolean {
	return PUBLISH_TEMP_SUFFIXES.some((suffix) => name.length > suffix.length && name.endsWith(suffix));
}

/** Folders whose notes the index never reads. */
export interface IndexedPaths {
	/** Vault folder a publish writes into; "" when it writes outside the vault. */
	outputFolder: string;
	/** The app's config folder (plugin data, the git cache); "" when there is none. */
	configDir: string;
}

function folderPath(path: string): string {
	return path.trim().replace(/\/{2,}/g, "/").replace(/^\/+|\/+$/g, "");
}

/**
 * Which notes the quote index reads: everything except the publish output folder, its temporary
 * siblings (any folder named `*.pg-new` / `*.pg-old`, also ones left by an older output folder) and
 * the config folder. Published copies would otherwise show every quote twice.
 */
export function isIndexedPath(path: string, paths: IndexedPaths): boolean {
	return indexedPathTest(paths)(path);
}

/** `isIndexedPath` for many paths under the same folders: the folder settings are normalised once. */
export function indexedPathTest(paths: IndexedPaths): (path: string) => boolean {
	const skipped = [paths.outputFolder, paths.configDir]
		.map(folderPath)
		.filter((f) => f !== "")
		.map((f) => `${f}/`);
	return (path) => {
		if (skipped.some((prefix) => path.startsWith(prefix))) return false;
		// Each folder on the way (the text before each "/").
		let start = 0;
		for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", start)) {
			if (isPublishTempFolder(path.slice(start, slash))) return false;
			start = slash + 1;
		}
		return true;
	};
}
