// The publishing settings as the plugin saves them (`publish` in data.json) and the CLI reads them from
// the same file: their defaults and the core's options made from them. The git target adds `publish.git`.
import { DEFAULT_FRONTMATTER_KEYS, DEFAULT_PUBLISH_OPTIONS, publishOptions, QUOTE_PAGE_MODES, type PublishOptions, type QuotePageMode } from "./options";

export interface CorePublishSettings {
	/** Frontmatter keys that flag a note for publishing. */
	flagKeys: string[];
	/** Only notes in these folders are published; empty means the whole vault. */
	includeFolders: string[];
	/** Notes in these folders are never published. */
	excludeFolders: string[];
	/** Vault folder the folder target writes the site into. */
	outputFolder: string;
	/** `https://garden.example.com`, for "Copy public URL" and canonical links. */
	baseUrl: string;
	siteTitle: string;
	/** Frontmatter keys copied to the published pages. */
	frontmatterKeys: string[];
	layout: "site" | "digital-garden";
	target: string;
	/** Digital Garden layout: write notes' raw HTML as written instead of escaping it. */
	keepNoteHtml: boolean;
	/** Static site: which quotes get a share page ("all", "highlights": not transcript turns, "off"). */
	quotePages: QuotePageMode;
}

export const DEFAULT_CORE_PUBLISH_SETTINGS: CorePublishSettings = {
	flagKeys: ["dg-publish", "publish", "share"],
	includeFolders: [],
	excludeFolders: [],
	outputFolder: "Published site",
	baseUrl: "",
	siteTitle: "Podcast garden",
	frontmatterKeys: [...DEFAULT_FRONTMATTER_KEYS],
	layout: "site",
	target: "folder",
	keepNoteHtml: false,
	quotePages: DEFAULT_PUBLISH_OPTIONS.quotePages,
};

export const SITE_LAYOUTS: readonly string[] = ["site", "digital-garden"];

/** The core's options from the settings; the output folder itself is never published. */
export function optionsFromSettings(settings: CorePublishSettings): PublishOptions {
	const output = settings.outputFolder.trim().replace(/^\/+|\/+$/g, "");
	return publishOptions({
		flagKeys: settings.flagKeys,
		includeFolders: settings.includeFolders,
		excludeFolders: output ? [...settings.excludeFolders, output, `${output}.pg-new`, `${output}.pg-old`] : settings.excludeFolders,
		frontmatterKeys: settings.frontmatterKeys,
		layout: settings.layout === "digital-garden" ? "digital-garden" : "site",
		baseUrl: settings.baseUrl.trim(),
		siteTitle: settings.siteTitle.trim() || "Podcast garden",
		keepNoteHtml: settings.keepNoteHtml,
		// An unknown value (a hand-edited data.json) falls back to the default; the CLI refuses it with a message.
		quotePages: QUOTE_PAGE_MODES.includes(settings.quotePages) ? settings.quotePages : DEFAULT_PUBLISH_OPTIONS.quotePages,
	});
}
