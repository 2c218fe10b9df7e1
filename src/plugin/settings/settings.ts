export interface PodcastGardenSettings {
	/** Which notes count as podcast notes. */
	detection: "automatic" | "folders" | "tags" | "frontmatter";
	/** Speaker alias table: alias → canonical name. */
	aliases: Record<string, string>;
}

export const DEFAULT_SETTINGS: PodcastGardenSettings = {
	detection: "automatic",
	aliases: {},
};
