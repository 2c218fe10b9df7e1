// The git publish target as the CLI builds it: disk cache, Node http, token from the environment.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createGitTarget, GitPublishError } from "../core/publish/git";
import type { GitPublishTarget } from "../core/publish/git";
import { ParsedArgs, stringFlag, UsageError } from "./args";
import { createNodeGitHttp } from "./git-http";

export interface CliGitOptions {
	remote: string;
	branch: string;
	/** Folder inside the repository (`--path`). */
	path?: string;
	/** Where fetched branches are cached; defaults to the user's cache folder. */
	cacheDir?: string;
	createBranch?: boolean;
	createPath?: boolean;
	/** Environment to read PODCAST_GARDEN_GIT_* from (tests pass their own). */
	env?: Record<string, string | undefined>;
}

export const GIT_TOKEN_ENV = "PODCAST_GARDEN_GIT_TOKEN";
export const GIT_USER_ENV = "PODCAST_GARDEN_GIT_USER";

export function defaultGitCacheDir(env: Record<string, string | undefined> = process.env): string {
	const base = env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
	return path.join(base, "podcast-garden", "git");
}

export function createCliGitTarget(options: CliGitOptions): GitPublishTarget {
	const env = options.env ?? process.env;
	const cacheDir = path.resolve(options.cacheDir ?? defaultGitCacheDir(env));
	fs.mkdirSync(cacheDir, { recursive: true });
	return createGitTarget({
		fs,
		http: createNodeGitHttp(),
		cacheDir,
		remoteUrl: options.remote,
		branch: options.branch,
		path: options.path,
		author: {
			name: env.PODCAST_GARDEN_GIT_AUTHOR_NAME || "Podcast Garden",
			email: env.PODCAST_GARDEN_GIT_AUTHOR_EMAIL || "podcast-garden@users.noreply.localhost",
		},
		username: env[GIT_USER_ENV],
		token: env[GIT_TOKEN_ENV],
		createBranch: options.createBranch,
		createPath: options.createPath,
	});
}

/** `publish --target git --remote URL --branch B [--path P] [--create-branch] [--git-cache DIR]`. */
export function gitTargetFromArgs(args: ParsedArgs, env: Record<string, string | undefined> = process.env): GitPublishTarget {
	const remote = stringFlag(args, "remote");
	const branch = stringFlag(args, "branch");
	if (!remote) throw new UsageError("--target git needs --remote URL (the repository's HTTPS clone URL).");
	if (!branch) throw new UsageError("--target git needs --branch NAME (the branch your host builds, e.g. main or gh-pages).");
	try {
		return createCliGitTarget({
			remote,
			branch,
			path: stringFlag(args, "path"),
			cacheDir: stringFlag(args, "git-cache"),
			createBranch: args.flags.has("create-branch"),
			env,
		});
	} catch (error) {
		if (error instanceof GitPublishError) throw new UsageError(error.message);
		throw error;
	}
}
