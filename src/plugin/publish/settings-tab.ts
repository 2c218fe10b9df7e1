// The publishing section of the settings tab (the tab itself belongs to the settings module and calls this).
import type { PluginContext } from "../context";
import { bind, listFrom, type Control, type Group } from "../settings/rows";
import { publishTargetNames } from "./publisher";
import { gitSettings } from "./git/settings-tab";

const TARGET_NAMES: Record<string, string> = { folder: "Folder in this vault", git: "Git repository" };

/** The publishing group, then the Git repository group. */
export function publishSettings(plugin: PluginContext): Group[] {
	const settings = plugin.settings.publish;
	const save = (reread = false): Promise<void> => plugin.applySettings(reread);
	type Key = keyof typeof settings;
	const text = (key: Key, get: () => string, set: (v: string) => void, reread = false): Control => ({ type: "text", ...bind(`publish.${key}`, get, set, { save: () => save(reread) }) });
	const list = (key: "flagKeys" | "includeFolders" | "excludeFolders" | "frontmatterKeys", reread = false): Control =>
		text(key, () => settings[key].join(", "), (v) => (settings[key] = listFrom(v)), reread);
	const choice = <V extends string>(key: Key, options: Record<V, string>, get: () => V, set: (v: string) => void): Control => ({ type: "dropdown", options, ...bind<string>(`publish.${key}`, get, set, { save }) });
	const publishing: Group = {
		type: "group",
		heading: "Publishing",
		items: [
			{
				name: "Flag properties",
				desc: "Frontmatter properties that mark a note for publishing, comma-separated. A note with publish: false or draft: true is never published.",
				aliases: ["dg-publish", "share", "draft"],
				control: list("flagKeys", true),
			},
			{ name: "Only these folders", desc: "Publish flagged notes only from these folders, comma-separated. Leave empty for the whole vault.", aliases: ["include folders"], control: list("includeFolders") },
			{ name: "Never these folders", desc: "Flagged notes in these folders stay private, comma-separated.", aliases: ["exclude folders", "private"], control: list("excludeFolders") },
			{
				name: "Publish to",
				desc: "Where the site goes.",
				aliases: ["target", "git", "folder"],
				control: choice("target", Object.fromEntries(publishTargetNames().map((name) => [name, TARGET_NAMES[name] ?? name])), () => settings.target, (v) => (settings.target = v)),
			},
			{ name: "Output folder", desc: "Vault folder the site is written to by the folder target. It is never published itself.", control: text("outputFolder", () => settings.outputFolder, (v) => (settings.outputFolder = v.trim())) },
			{
				name: "Layout",
				desc: "A ready static site, or Markdown for the digital garden site template (src/site/notes).",
				aliases: ["digital garden", "static site", "template"],
				control: choice("layout", { site: "Static site", "digital-garden": "Digital garden Markdown" }, () => settings.layout, (v) => (settings.layout = v === "digital-garden" ? "digital-garden" : "site")),
			},
			{
				name: "Keep HTML in notes",
				desc: "Digital garden layout only: write HTML from your notes as you wrote it, and the site runs it (scripts included). Off: it is shown as text, like on the static site.",
				aliases: ["scripts", "raw HTML"],
				control: { type: "toggle", ...bind("publish.keepNoteHtml", () => settings.keepNoteHtml, (v) => (settings.keepNoteHtml = v), { save }) },
			},
			{
				name: "Quote share pages",
				desc: "Static site only: which published quotes get a page of their own with a quote card, and a share link under the quote. Highlights leaves out transcript turns, which can be hundreds per episode.",
				aliases: ["quote cards", "share link"],
				control: choice("quotePages", { highlights: "Highlights (not transcript turns)", all: "All quotes", off: "None" }, () => settings.quotePages, (v) => (settings.quotePages = v === "all" || v === "off" ? v : "highlights")),
			},
			{ name: "Site address", desc: "Base URL of the published site, used for copied links and canonical page addresses.", aliases: ["base URL", "domain", "link"], control: text("baseUrl", () => settings.baseUrl, (v) => (settings.baseUrl = v.trim())) },
			{ name: "Site title", aliases: ["name of the site"], control: text("siteTitle", () => settings.siteTitle, (v) => (settings.siteTitle = v)) },
			{ name: "Public properties", desc: "Frontmatter properties copied to published pages, comma-separated. All others stay private.", aliases: ["frontmatter"], control: list("frontmatterKeys") },
		],
	};
	return [publishing, gitSettings(plugin)];
}
