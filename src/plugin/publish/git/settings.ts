// Settings of the git target, kept under `publish.git` in the plugin data. The token is not here when
// Obsidian has SecretStorage (1.11.4+); see token.ts.

export interface GitPublishSettings {
	/** HTTPS clone URL, e.g. https://github.com/you/garden.git */
	remoteUrl: string;
	branch: string;
	/** Folder inside the repository that holds the site; empty for the root. */
	path: string;
	authorName: string;
	authorEmail: string;
	/** Basic-auth user name sent with the token (`x-access-token` works for GitHub, GitLab, Gitea, Codeberg). */
	username: string;
	/** Create the branch on the first publish when the remote does not have it. */
	createBranch: boolean;
	/**
	 * Only on Obsidian without SecretStorage: the token, stored in this plugin's data.json in plain text
	 * (the settings say so). Empty otherwise.
	 */
	tokenInData: string;
}

export const DEFAULT_GIT_SETTINGS: GitPublishSettings = {
	remoteUrl: "",
	branch: "main",
	path: "",
	authorName: "Podcast Garden",
	authorEmail: "",
	username: "x-access-token",
	createBranch: false,
	tokenInData: "",
};
