// Publishing settings (owned by the publishing work; the git target adds its fields under `git`).
import { DEFAULT_GIT_SETTINGS, type GitPublishSettings } from "./git/settings";
import { DEFAULT_CORE_PUBLISH_SETTINGS, type CorePublishSettings } from "../../core/publish/settings";

export { optionsFromSettings } from "../../core/publish/settings";

/** The core's publishing settings (shared with the CLI, which reads them from data.json) and the git target's. */
export interface PublishSettings extends CorePublishSettings {
	/** The git target (see docs/git-publishing.md). */
	git: GitPublishSettings;
}

export const DEFAULT_PUBLISH_SETTINGS: PublishSettings = {
	...DEFAULT_CORE_PUBLISH_SETTINGS,
	git: DEFAULT_GIT_SETTINGS,
};

/** The vault folder the site is written into, or "" when the target writes elsewhere (the quote index skips it). */
export function vaultOutputFolder(settings: PublishSettings): string {
	return settings.target === "folder" ? settings.outputFolder.trim() : "";
}
