// The frontmatter the Digital Garden plugin writes for its site template, from a published note. The
// template reads settings at the top level (`permalink`, `tags`, `hide`, `pinned`, `contentClasses`,
// `noteIcon`, `dgShowToc` …) and the note's own properties under `dg-note-properties`: at the top level a
// `date: 18 March 2024` is Eleventy's reserved `date` and aborts the whole build.
import { isTrueValue } from "../note";
import type { Frontmatter } from "../types";
import { dgPermalink } from "./dg-slug";
import type { PublishOptions } from "./options";
import { publicValue } from "./public-value";
import type { PublishedNote } from "./selection";

/** `dg-hide: true` → `hide: true`: the page is built but left out of the file tree, graph, search and sitemap. */
const SWITCHES: [string, string][] = [
	["dg-hide", "hide"],
	["dg-hide-in-filetree", "hideInFiletree"],
	["dg-hide-in-graph", "hideInGraph"],
	["dg-pinned", "pinned"],
];

/**
 * Per-note page settings (`dg-show-toc: true` → `dgShowToc: true`), the keys the template's
 * `ALL_NOTE_SETTINGS` names. Only `true` is written, as the plugin does: a note cannot switch off a
 * setting the site turns on. `dg-pass-frontmatter` is not among them: it would publish every property.
 */
const NOTE_SETTINGS = [
	"dgHomeLink", "dgShowBacklinks", "dgShowLocalGraph", "dgShowGraphDepthControl", "dgShowInlineTitle",
	"dgShowFileTree", "dgEnableSearch", "dgShowToc", "dgLinkPreview", "dgShowTags",
];

/** `dgShowToc` → `dg-show-toc`. */
function settingKey(name: string): string {
	return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Text the template prints into HTML unescaped (title, meta tags), made inert unless the user keeps HTML. */
function htmlText(text: string, options: PublishOptions): string {
	if (options.keepNoteHtml) return text;
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Class names and icon names go into HTML attributes: only letters, digits, `-`, `_` and spaces are kept. */
function attributeWords(value: unknown): string {
	const words = Array.isArray(value) ? value.join(" ") : typeof value === "string" || typeof value === "number" ? String(value) : "";
	return words.replace(/[^\p{L}\p{N}_ -]/gu, "").replace(/\s+/g, " ").trim();
}

/** `tags: beta, second` is one string in YAML; the plugin splits it at commas. `gardenEntry` marks the home note. */
function tagList(note: PublishedNote, options: PublishOptions): string[] {
	const raw = options.frontmatterKeys.includes("tags") ? note.record.frontmatter.tags : undefined;
	const list = typeof raw === "string" ? raw.split(/,\s*/) : Array.isArray(raw) ? raw : [];
	const tags = list.map((t) => publicValue(t)).filter((t): t is string | number => typeof t === "string" || typeof t === "number").map(String).filter((t) => t.trim() !== "");
	if (note.home && !tags.includes("gardenEntry")) tags.push("gardenEntry");
	return tags;
}

/** `dg-metatags` (name → content) for the page's `<meta>` tags; only text values. */
function metatags(value: unknown, options: PublishOptions): Record<string, string> | null {
	if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
	const out: Record<string, string> = {};
	for (const [name, content] of Object.entries(value as Record<string, unknown>)) {
		if (typeof content === "string" || typeof content === "number") out[htmlText(name, options)] = htmlText(String(content), options);
	}
	return Object.keys(out).length > 0 ? out : null;
}

/** The note's public properties (the allow-list), without the plugin's own `dg-` keys. */
function noteProperties(frontmatter: Frontmatter, options: PublishOptions): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of options.frontmatterKeys) {
		if (!(key in frontmatter) || key.startsWith("dg-") || key.startsWith("dg_")) continue;
		const value = publicValue(frontmatter[key]);
		if (value !== undefined) out[key] = value;
	}
	return out;
}

/** The frontmatter object of the note's file in `src/site/notes/`, keys in the plugin's order. */
export function dgFrontmatter(note: PublishedNote, options: PublishOptions): Record<string, unknown> {
	const fm = note.record.frontmatter;
	const out: Record<string, unknown> = { "dg-publish": true };
	const address = dgPermalink(note.path, fm);
	if (typeof fm["dg-permalink"] === "string" && "url" in address) out["dg-permalink"] = address.url;
	// The home note keeps its own address here; the template serves a `gardenEntry` note at `/`.
	out.permalink = "url" in address ? address.url : note.url;
	const title = options.frontmatterKeys.includes("title") ? fm.title : undefined;
	if (typeof title === "string" && title.trim() !== "") out.title = htmlText(title.trim(), options);
	const meta = metatags(fm["dg-metatags"], options);
	if (meta) out.metatags = meta;
	for (const [key, name] of SWITCHES) if (isTrueValue(fm[key])) out[name] = true;
	const classes = attributeWords(fm["dg-content-classes"]);
	if (classes !== "") out.contentClasses = classes;
	const tags = tagList(note, options);
	if (tags.length > 0) out.tags = tags;
	for (const name of NOTE_SETTINGS) if (isTrueValue(fm[settingKey(name)])) out[name] = true;
	const icon = attributeWords(fm["dg-note-icon"]);
	if (icon !== "") out.noteIcon = icon;
	out["dg-note-properties"] = noteProperties(fm, options);
	return out;
}
