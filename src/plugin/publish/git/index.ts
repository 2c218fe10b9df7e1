// Publishing to git from Obsidian: registers the "git" target with the publisher.
import { registerPublishTarget } from "../publisher";
import { pluginGitTarget } from "./target";

export { gitSettings } from "./settings-tab";
export { pluginGitTarget, gitCacheDir } from "./target";
export { createRequestUrlHttp } from "./http";
export { createAdapterGitFs } from "./fs";

export function registerGitTarget(): void {
	registerPublishTarget("git", (plugin) => pluginGitTarget(plugin));
}
