// Publishing settings (owned by the publishing work; the git target adds its fields under `git`).
export interface PublishSettings {
	/** Frontmatter keys that flag a note for publishing. */
	flagKeys: string[];
}

export const DEFAULT_PUBLISH_SETTINGS: PublishSettings = {
	flagKeys: ["dg-publish", "publish", "share"],
};
