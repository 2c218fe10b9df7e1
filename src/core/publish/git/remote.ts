// Reading the remote: its branches, the tip of the publish branch fetched into the cached repository (depth
// 1), the manifest at that tip; and every transport failure turned into a message that names cause and fix.
import * as git from "isomorphic-git";
import type { HttpClient, PromiseFsClient } from "isomorphic-git";
import { NewerManifestError, readStoredManifest } from "../manifest";
import { emptyManifest } from "../types";
import type { PublishManifest } from "../types";
import { hostOf, type GitConnection } from "./connection";
import { GitPublishError, errorCode, errorText, httpStatus, isNetworkError, redact, safeUrl } from "./errors";
import { lookupPath } from "./tree";
import type { TreeStore } from "./tree";

/** The commit a publish builds on: null (both) when the branch does not exist yet. */
export interface Base {
	commit: string | null;
	tree: string | null;
}

export class GitRemote {
	constructor(
		readonly fs: PromiseFsClient,
		readonly http: HttpClient,
		readonly c: GitConnection,
		/** Create the branch when the remote does not have it yet (else that is an error). */
		private readonly createBranch: boolean,
	) {}

	store(): TreeStore {
		return { fs: this.fs, gitdir: this.c.gitdir, cache: {} };
	}

	/** `text` without the credentials. */
	clean(text: string): string {
		return redact(text, this.c.secrets);
	}

	/** Turns any failure of isomorphic-git or the transport into an error that names cause and fix. */
	explain(error: unknown, doing: string, remoteUnchanged = true): GitPublishError {
		if (error instanceof GitPublishError) return error;
		const { where, remoteUrl, branch } = this.c;
		const status = httpStatus(error);
		const unchanged = remoteUnchanged ? " Nothing was changed on the remote." : "";
		if (status === 401 || status === 403) {
			return new GitPublishError(
				"auth",
				`The git host refused the credentials while ${doing} ${where} (HTTP ${status}). ` +
					`Check the token in the git publishing settings (or PODCAST_GARDEN_GIT_TOKEN for the CLI): it must be current and allowed to push to this repository.${unchanged}`,
			);
		}
		if (status === 404) {
			return new GitPublishError("settings", `The repository was not found (HTTP 404) while ${doing} ${safeUrl(remoteUrl)} (branch ${branch}). Check the remote URL in the git publishing settings; a private repository also answers 404 when the token cannot read it.${unchanged}`);
		}
		if (status === 413) {
			return new GitPublishError("too-large", `The git host rejected the upload as too large (HTTP 413) while ${doing} ${where}. Remove or shrink the largest attachments, then publish again.${unchanged}`);
		}
		if (errorCode(error) === "UserCanceledError" || (error instanceof Error && error.name === "AbortError")) {
			return new GitPublishError("cancelled", `Publish cancelled.${unchanged}`);
		}
		if (status !== undefined) {
			return new GitPublishError("network", `The git host answered HTTP ${status} while ${doing} ${where}. Try again later; if it persists, check the remote URL.${unchanged}`);
		}
		if (isNetworkError(error)) {
			return new GitPublishError("network", `Could not reach the git host while ${doing} ${where}: ${this.clean(errorText(error))}. Check your connection and the remote URL, then publish again.${unchanged}`, remoteUnchanged);
		}
		return new GitPublishError("rejected", `Git failed while ${doing} ${where}: ${this.clean(errorText(error))}.${unchanged}`, remoteUnchanged);
	}

	/** Reads the remote tip of the branch (null when the branch does not exist) and the names of all branches. */
	async remoteTip(): Promise<{ tip: string | null; branches: string[] }> {
		let refs;
		try {
			// Protocol v1 answers in one GET; the filtering happens here.
			refs = await git.listServerRefs({ http: this.http, url: this.c.remoteUrl, headers: this.c.headers(), protocolVersion: 1 });
		} catch (error) {
			throw this.explain(error, "reading the branches of");
		}
		const branches = refs.filter((r) => r.ref.startsWith("refs/heads/")).map((r) => r.ref.slice("refs/heads/".length));
		const own = refs.find((r) => r.ref === `refs/heads/${this.c.branch}`);
		return { tip: own ? own.oid : null, branches };
	}

	/**
	 * Fetches the tip of the branch. A cache damaged by an interrupted write (the app killed mid-publish)
	 * is thrown away and fetched again once: it only ever holds copies of what the remote has.
	 */
	async fetchBase(progress: (step: string) => void): Promise<Base> {
		try {
			return await this.fetchBaseOnce(progress);
		} catch (error) {
			if (error instanceof GitPublishError) throw error;
			progress("Rebuilding the local git cache");
			await removeTree(this.fs, this.c.gitdir);
			return this.fetchBaseOnce(progress);
		}
	}

	/** Fetches the tip of the branch (depth 1, reusing what the cache already holds). */
	private async fetchBaseOnce(progress: (step: string) => void): Promise<Base> {
		const { fs, http } = this;
		const { gitdir, branch, remoteUrl } = this.c;
		await git.init({ fs, gitdir, bare: true, defaultBranch: branch });
		await git.addRemote({ fs, gitdir, remote: "origin", url: remoteUrl, force: true });
		const { tip, branches } = await this.remoteTip();
		if (tip === null) {
			if (!this.createBranch) {
				const others = branches.length > 0 ? ` Branches on the remote: ${branches.slice(0, 10).join(", ")}.` : " The repository is empty.";
				throw new GitPublishError(
					"branch-missing",
					`The branch "${branch}" does not exist on ${safeUrl(remoteUrl)}.${others} Pick an existing branch in the git publishing settings, or allow creating it on the first publish (--create-branch in the CLI).`,
				);
			}
			return { commit: null, tree: null };
		}
		const have = await git.resolveRef({ fs, gitdir, ref: `refs/remotes/origin/${branch}` }).catch(() => null);
		if (have !== tip) {
			progress(`Fetching ${branch} from ${hostOf(remoteUrl)}`);
			try {
				await git.fetch({ fs, http, gitdir, remote: "origin", ref: branch, remoteRef: branch, singleBranch: true, depth: 1, tags: false, headers: this.c.headers() });
			} catch (error) {
				throw this.explain(error, "fetching");
			}
		}
		const fetched = await git.resolveRef({ fs, gitdir, ref: `refs/remotes/origin/${branch}` });
		// The local branch mirrors the remote one, so the next fetch can say it already has these objects.
		await git.writeRef({ fs, gitdir, ref: `refs/heads/${branch}`, value: fetched, force: true });
		const { commit } = await git.readCommit({ fs, gitdir, oid: fetched });
		return { commit: fetched, tree: commit.tree };
	}

	/** The publish manifest at `base` (empty when there is none); a damaged one is an error naming the file. */
	async readManifestAt(base: Base): Promise<PublishManifest> {
		const { manifestPath, where, gitdir } = this.c;
		const found = await lookupPath(this.store(), base.tree, manifestPath);
		if (found === null || found.type !== "blob") return emptyManifest();
		const { blob } = await git.readBlob({ fs: this.fs, gitdir, oid: found.oid });
		try {
			return readStoredManifest(JSON.parse(new TextDecoder().decode(blob)));
		} catch (error) {
			if (error instanceof NewerManifestError) throw new GitPublishError("corrupt-manifest", `The publish manifest ${manifestPath} on ${where} ${error.message}.`);
			throw new GitPublishError("corrupt-manifest", `The publish manifest ${manifestPath} on ${where} cannot be read (${errorText(error)}). Fix or delete that file in the repository; the next publish then rewrites every page.`);
		}
	}

	/** A file at `path` in the last fetched tip (for the preview's diff), or null. */
	async readFetchedFile(path: string): Promise<string | null> {
		const { fs } = this;
		const { gitdir, branch } = this.c;
		const tip = await git.resolveRef({ fs, gitdir, ref: `refs/remotes/origin/${branch}` }).catch(() => null);
		if (tip === null) return null;
		const { commit } = await git.readCommit({ fs, gitdir, oid: tip });
		const found = await lookupPath(this.store(), commit.tree, path);
		if (found === null || found.type !== "blob") return null;
		const { blob } = await git.readBlob({ fs, gitdir, oid: found.oid });
		return new TextDecoder().decode(blob);
	}
}

/** The part of the fs client `removeTree` uses. */
interface TreeFs {
	readdir(path: string): Promise<string[]>;
	stat(path: string): Promise<{ isDirectory(): boolean }>;
	unlink(path: string): Promise<void>;
	rmdir(path: string): Promise<void>;
}

/** Deletes a folder and everything in it. */
async function removeTree(client: PromiseFsClient, path: string): Promise<void> {
	const p = client.promises as unknown as TreeFs;
	let names: string[];
	try {
		names = await p.readdir(path);
	} catch {
		return;
	}
	for (const name of names) {
		const child = `${path}/${name}`;
		if ((await p.stat(child)).isDirectory()) await removeTree(client, child);
		else await p.unlink(child);
	}
	await p.rmdir(path);
}
