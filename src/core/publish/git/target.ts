// The `git` publish target: one commit per publish on a branch of any git host over smart HTTP. Its parts:
// connection.ts (settings and credential checks), remote.ts (branches, fetch, manifest), build.ts (the
// commit), push.ts (push, and retry when the branch moved). The host injects the file system (for the
// cached repository) and the HTTP client; nothing here touches Node or Obsidian. isomorphic-git itself
// needs a global `Buffer` (see docs/git-publishing.md).
import type { HttpClient, PromiseFsClient } from "isomorphic-git";
import type { CommitOptions, PublishChanges, PublishManifest, PublishTarget } from "../types";
import { buildCommit, type GitAuthor } from "./build";
import { checkRepoPath, gitConnection } from "./connection";
import { GitPublishError, safeUrl } from "./errors";
import type { CommitSummary } from "./message";
import { publishWithRetry } from "./push";
import { GitRemote } from "./remote";

export { DEFAULT_GIT_USERNAME, DEFAULT_MANIFEST_FILE } from "./connection";
export type { GitAuthor } from "./build";

export interface GitTargetOptions {
	/** isomorphic-git file system (promise style) for the cached repository: disk in the CLI, the vault adapter in Obsidian. */
	fs: PromiseFsClient;
	/** isomorphic-git HTTP client (Node http in the CLI, `requestUrl` in Obsidian). */
	http: HttpClient;
	/** Folder in `fs` where fetched branches are cached between publishes. */
	cacheDir: string;
	/** HTTPS clone URL of the repository. */
	remoteUrl: string;
	branch: string;
	/** Folder inside the repository that holds the site, `` for the root. */
	path?: string;
	author: GitAuthor;
	/** User name for Basic auth; most hosts accept any name with a token (`x-access-token` by default). */
	username?: string;
	/** Access token or password. Only ever sent in the Authorization header. */
	token?: string;
	/** Create the branch when the remote does not have it yet (first publish). */
	createBranch?: boolean;
	/** Create `path` when the branch does not contain it. */
	createPath?: boolean;
	/** How many times a push rejected because the branch moved is rebuilt and retried. Default 3. */
	maxAttempts?: number;
	/** Where the manifest is kept, relative to `path`. */
	manifestFile?: string;
	/** Clock for commit dates (tests). */
	now?: () => Date;
}

/** The commit a publish will make, for the preview. */
export interface GitCommitPreview {
	branch: string;
	/** Commit the new one will sit on, null when the branch will be created. */
	parent: string | null;
	message: string;
	summary: CommitSummary;
	/** False when nothing would change: no commit will be made. */
	willCommit: boolean;
}

export interface GitPublishTarget extends PublishTarget {
	/** Fetches the branch and returns the commit `commit()` would make now, without pushing. */
	preview(changes: PublishChanges, manifest: PublishManifest, message: string): Promise<GitCommitPreview>;
}

export function createGitTarget(options: GitTargetOptions): GitPublishTarget {
	const connection = gitConnection(options);
	const remote = new GitRemote(options.fs, options.http, connection, options.createBranch === true);
	const { branch, remoteUrl, sitePath } = connection;
	const buildOptions = { author: options.author, createPath: options.createPath, now: options.now };
	return {
		describe: () => `git ${safeUrl(remoteUrl)} (${branch})${sitePath ? ` /${sitePath}` : ""}`,
		async readManifest() {
			const base = await remote.fetchBase(() => undefined).catch((error: unknown) => {
				if (error instanceof GitPublishError && error.kind === "branch-missing" && options.createBranch) return { commit: null, tree: null };
				throw error;
			});
			return remote.readManifestAt(base);
		},
		commit(changes: PublishChanges, manifest: PublishManifest, subject: string, commitOptions: CommitOptions = {}) {
			const { signal, onProgress } = commitOptions;
			const report = onProgress ?? (() => undefined);
			return publishWithRetry(remote, (base) => buildCommit(remote, base, changes, manifest, subject, { ...buildOptions, report, signal }), manifest, {
				maxAttempts: Math.max(1, options.maxAttempts ?? 3),
				signal,
				report,
			});
		},
		/** A published file as the remote had it at the last fetch (for the preview's diff), or null. */
		async readFile(path) {
			checkRepoPath(path, "The output file");
			return remote.readFetchedFile(sitePath ? `${sitePath}/${path}` : path);
		},
		async preview(changes, manifest, message) {
			const base = await remote.fetchBase(() => undefined);
			const built = await buildCommit(remote, base, changes, manifest, message, { ...buildOptions, dryRun: true });
			return { branch, parent: base.commit, message: built.message, summary: built.summary, willCommit: built.commit !== null };
		},
	};
}
