// The git target as the plugin builds it: requestUrl for HTTP, the vault adapter for the cached repository
// under `git-cache` in the plugin's folder, the token from SecretStorage.
import { requestUrl } from "obsidian";
import { pluginFile } from "../../folder";
import { createGitTarget, type GitPublishTarget } from "../../../core/publish/git";
import type { PluginContext } from "../../context";
import { createAdapterGitFs } from "./fs";
import { createRequestUrlHttp, type RequestUrlFunction } from "./http";
import { readGitToken } from "./token";

export function gitCacheDir(plugin: PluginContext): string {
	return pluginFile(plugin, "git-cache");
}

/** `request` is Obsidian's requestUrl; tests hand in their own. */
export function pluginGitTarget(plugin: PluginContext, request: RequestUrlFunction = requestUrl): GitPublishTarget {
	const git = plugin.settings.publish.git;
	if (git.remoteUrl.trim() === "") {
		throw new Error("Set the remote URL of your site's repository in Settings → Podcast Garden → Git repository before publishing to git.");
	}
	return createGitTarget({
		fs: createAdapterGitFs(plugin.app.vault.adapter),
		http: createRequestUrlHttp(request),
		cacheDir: gitCacheDir(plugin),
		remoteUrl: git.remoteUrl,
		branch: git.branch,
		path: git.path,
		author: { name: git.authorName, email: git.authorEmail },
		username: git.username,
		token: readGitToken(plugin.app, git),
		createBranch: git.createBranch,
	});
}
