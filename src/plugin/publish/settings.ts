// Publishing settings (owned by the publishing work; the git target adds its fields under `git`).
import { DEFAULT_GIT_SETTINGS, type GitPublishSettings } from "./git/settings";
import { DEFAULT_FRONTMATTER_KEYS, publishOptions, type PublishOptions } from "../../core/publish";

export interface PublishSettings {
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
	/** The git target (see docs/git-publishing.md). */
	git: GitPublishSettings;
}

export const DEFAULT_PUBLISH_SETTINGS: PublishSettings = {
	flagKeys: ["dg-publish", "publish", "share"],
	includeFolders: [],
	excludeFolders: [],
	outputFolder: "Published site",
	baseUrl: "",
	siteTitle: "Podcast garden",
	frontmatterKeys: [...DEFAULT_FRONTMATTER_KEYS],
	layout: "site",
	target: "folder",
	git: DEFAULT_GIT_SETTINGS,
};

/** The vault folder the site is written into, or "" when the target writes elsewhere (the quote index skips it). */
export function vaultOutputFolder(settings: PublishSettings): string {
	return settings.target === "folder" ? settings.outputFolder.trim() : "";
}

/** The core's options from the settings; the output folder itself is never published. */
export function optionsFromSettings(settings: PublishSettings): PublishOptions {
	const output = settings.outputFolder.trim().replace(/^\/+|\/+$/g, "");
	return publishOptions({
		flagKeys: settings.flagKeys,
		includeFolders: settings.includeFolders,
		excludeFolders: output ? [...settings.excludeFolders, output, `${output}.pg-new`, `${output}.pg-old`] : settings.excludeFolders,
		frontmatterKeys: settings.frontmatterKeys,
		layout: settings.layout === "digital-garden" ? "digital-garden" : "site",
		baseUrl: settings.baseUrl.trim(),
		siteTitle: settings.siteTitle.trim() || "Podcast garden",
	});
}

export { renderPublishSettings } from "./settings-tab";
