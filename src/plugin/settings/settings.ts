import { DEFAULT_PUBLISH_SETTINGS, PublishSettings } from "../publish/settings";

export interface PodcastGardenSettings {
	/** Which notes count as podcast notes. */
	detection: "automatic" | "folders" | "tags" | "frontmatter";
	/** Speaker alias table: alias → canonical name. */
	aliases: Record<string, string>;
	publish: PublishSettings;
}

export const DEFAULT_SETTINGS: PodcastGardenSettings = {
	detection: "automatic",
	aliases: {},
	publish: DEFAULT_PUBLISH_SETTINGS,
};
