// The git target's settings, checked before anything goes on the wire: branch name, HTTPS clone URL,
// credentials (moved out of the URL into a header, never sent over plain HTTP), safe paths in the repository.
import { GitPublishError, safeUrl } from "./errors";

export const DEFAULT_MANIFEST_FILE = ".podcast-garden/manifest.json";
export const DEFAULT_GIT_USERNAME = "x-access-token";

export interface ConnectionSettings {
	remoteUrl: string;
	branch: string;
	/** Folder inside the repository that holds the site, `` for the root. */
	path?: string;
	username?: string;
	token?: string;
	manifestFile?: string;
	/** Folder where fetched branches are cached between publishes. */
	cacheDir: string;
}

/** Everything the other parts need, derived once from the settings. */
export interface GitConnection {
	/** The clone URL without credentials. */
	remoteUrl: string;
	branch: string;
	/** Site folder in the repository, `` for the root. */
	sitePath: string;
	/** The manifest's path in the repository. */
	manifestPath: string;
	/** The cached repository's folder for this remote and branch. */
	gitdir: string;
	/** `https://host/repo.git (branch main)`, for messages. */
	where: string;
	/** Fresh headers for each call (isomorphic-git writes into the object it is given). */
	headers(): Record<string, string>;
	/** `text` with the token (and its Basic form) replaced. */
	secrets: string[];
}

function normalizeFolder(path: string | undefined): string {
	return (path ?? "").split("/").filter((p) => p.length > 0 && p !== ".").join("/");
}

/** Throws when `path` could leave the repository or touch `.git`; `setting` names it in the message. */
export function checkRepoPath(path: string, setting: string): void {
	const parts = path.split("/");
	if (path.startsWith("/") || parts.some((p) => p === "" || p === "." || p === ".." || p.toLowerCase() === ".git" || p.includes("\u0000"))) {
		throw new GitPublishError("invalid-file", `${setting} "${path}" is not a safe path inside the repository. Use a relative path without "..", ".git" or empty parts.`);
	}
}

export function basicAuth(username: string, token: string): string {
	const bytes = new TextEncoder().encode(`${username}:${token}`);
	let binary = "";
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return "Basic " + btoa(binary);
}

function cacheSlug(url: string, branch: string): string {
	const cleaned = safeUrl(url)
		.replace(/^https?:\/\//i, "")
		.replace(/[^a-zA-Z0-9._-]+/g, "-")
		.replace(/^-+|-+$/g, "");
	return `${cleaned}--${branch.replace(/[^a-zA-Z0-9._-]+/g, "-")}`.slice(0, 150);
}

/** Checks the settings; throws a `GitPublishError` naming the setting to fix. */
export function gitConnection(settings: ConnectionSettings): GitConnection {
	const branch = settings.branch.trim();
	if (branch.length === 0 || !/^[^\s~^:?*[\\]+$/.test(branch) || branch.includes("..")) {
		throw new GitPublishError("settings", `The branch name "${settings.branch}" is not valid. Set an existing branch such as "main" or "gh-pages" in the git publishing settings.`);
	}
	let remoteUrl = settings.remoteUrl.trim();
	let username = settings.username?.trim() || DEFAULT_GIT_USERNAME;
	let token = settings.token ?? "";
	// Credentials written into the URL are moved to the header so that they are never stored or shown.
	const userinfo = /^(https?:\/\/)([^/@]*)@/i.exec(remoteUrl);
	if (userinfo) {
		const [user, pass] = userinfo[2].split(":");
		if (token === "" && pass !== undefined) {
			token = decodeURIComponent(pass);
			username = decodeURIComponent(user ?? username);
		}
		remoteUrl = safeUrl(remoteUrl);
	}
	if (!/^https?:\/\/[^/]+\/.+/i.test(remoteUrl)) {
		throw new GitPublishError("settings", `The remote URL "${safeUrl(remoteUrl)}" is not an HTTPS clone URL. Use the repository's HTTPS URL, for example https://github.com/you/garden.git.`);
	}
	// A token over plain HTTP could be read by anyone on the way; only this machine is exempt (test servers).
	if (token && /^http:\/\//i.test(remoteUrl) && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//i.test(remoteUrl)) {
		throw new GitPublishError("settings", `The remote URL ${safeUrl(remoteUrl)} uses plain HTTP, which would send the token unencrypted. Use the repository's https:// URL.`);
	}
	const authHeader = token ? basicAuth(username, token) : null;
	const sitePath = normalizeFolder(settings.path);
	if (sitePath) checkRepoPath(sitePath, "The path inside the repository");
	const manifestFile = normalizeFolder(settings.manifestFile ?? DEFAULT_MANIFEST_FILE);
	checkRepoPath(manifestFile, "The manifest file");
	return {
		remoteUrl,
		branch,
		sitePath,
		manifestPath: sitePath ? `${sitePath}/${manifestFile}` : manifestFile,
		gitdir: `${settings.cacheDir.replace(/\/+$/, "")}/${cacheSlug(remoteUrl, branch)}`,
		where: `${remoteUrl} (branch ${branch})`,
		headers: (): Record<string, string> => (authHeader ? { Authorization: authHeader } : {}),
		secrets: authHeader ? [token, authHeader.slice("Basic ".length)] : [],
	};
}

export function hostOf(url: string): string {
	const match = /^https?:\/\/([^/]+)/i.exec(url);
	return match ? match[1] : url;
}
