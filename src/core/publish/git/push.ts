// Pushing a built commit, and the publish loop around it: when the branch moved between fetch and push,
// the commit is rebuilt on the new tip and pushed again, up to `maxAttempts` times.
import * as git from "isomorphic-git";
import type { CommitResult, PublishManifest, PublishProgress } from "../types";
import { hostOf } from "./connection";
import { GitPublishError, errorCode, errorText, httpStatus, looksTooLarge, safeUrl } from "./errors";
import { checkAbort, PHASES, type Built } from "./build";
import type { Base, GitRemote } from "./remote";

function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
	if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${bytes} B`;
}

/** Pushes `built` on top of `base`: "moved" when the branch has moved on the remote (rebuild and retry). */
export async function pushCommit(remote: GitRemote, base: Base, built: Built, signal: AbortSignal | undefined): Promise<"pushed" | "moved"> {
	const { fs, http } = remote;
	const { gitdir, branch, where } = remote.c;
	const commit = built.commit!;
	const messages: string[] = [];
	await git.writeRef({ fs, gitdir, ref: `refs/heads/${branch}`, value: commit, force: true });
	try {
		await git.push({
			fs,
			http,
			gitdir,
			remote: "origin",
			ref: branch,
			remoteRef: branch,
			headers: remote.c.headers(),
			signal,
			onMessage: (line) => {
				messages.push(line);
			},
		});
		return "pushed";
	} catch (error) {
		// Keep the local branch at what the remote really has, so later fetches negotiate correctly.
		if (base.commit) await git.writeRef({ fs, gitdir, ref: `refs/heads/${branch}`, value: base.commit, force: true });
		const status = httpStatus(error);
		if (status === 401 || status === 403 || status === 404) throw remote.explain(error, "pushing to");
		// Whatever happened on the wire, the remote ref is the truth.
		let now: string | null;
		try {
			now = (await remote.remoteTip()).tip;
		} catch {
			throw remote.explain(error, "pushing to", false);
		}
		if (now === commit) return "pushed";
		if (now !== base.commit) return "moved";
		const remoteSays = remote.clean([...messages, errorText(error), (error as { data?: { prettyDetails?: string } }).data?.prettyDetails ?? ""].join(" ").trim());
		if (status === 413 || looksTooLarge(remoteSays)) {
			const files = built.largest.map((f) => `${f.path} (${formatBytes(f.bytes)})`).join(", ");
			throw new GitPublishError(
				"too-large",
				`${where} rejected the push as too large: ${remoteSays}. Largest files in this publish: ${files || "none"}. Remove or shrink them (hosts limit single files, e.g. 100 MB on GitHub), then publish again. The remote still has the previous site.`,
			);
		}
		if (signal?.aborted) throw new GitPublishError("cancelled", "Publish cancelled. Nothing was changed on the remote.");
		if (errorCode(error) === "GitPushError" || errorCode(error) === "PushRejectedError") {
			throw new GitPublishError(
				"rejected",
				`${where} refused the update: ${remoteSays}. Check the branch protection rules of ${branch} on the host (publishing needs a plain push), or publish to another branch. The remote still has the previous site.`,
			);
		}
		throw remote.explain(error, "pushing to");
	}
}

/**
 * Fetch, build (`build` on the fetched tip), push and check, again from the fetch while the branch moved
 * under us, at most `maxAttempts` times.
 */
export async function publishWithRetry(
	remote: GitRemote,
	build: (base: Base) => Promise<Built>,
	manifest: PublishManifest,
	options: { maxAttempts: number; signal?: AbortSignal; report: (p: PublishProgress) => void },
): Promise<CommitResult> {
	const { fs } = remote;
	const { gitdir, branch, remoteUrl, where } = remote.c;
	const { maxAttempts, signal } = options;
	const phase = (done: number, text: string) => options.report({ done, total: PHASES, step: text });
	const step = (text: string) => phase(0, text);
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		checkAbort(signal);
		step(attempt === 1 ? `Reading ${branch} on ${hostOf(remoteUrl)}` : `The branch moved; rebuilding on top (attempt ${attempt} of ${maxAttempts})`);
		const base = await remote.fetchBase(step);
		checkAbort(signal);
		const built = await build(base);
		if (built.commit === null) {
			return { changed: false, ref: base.commit, manifest: await remote.readManifestAt(base) };
		}
		checkAbort(signal);
		phase(2, `Pushing commit ${built.commit.slice(0, 7)} to ${branch}`);
		const outcome = await pushCommit(remote, base, built, signal);
		if (outcome === "moved") continue;
		phase(3, "Checking the remote");
		const { tip } = await remote.remoteTip();
		if (tip !== built.commit) {
			throw new GitPublishError(
				"conflict",
				`The push to ${where} reported success but the branch points to ${tip ? tip.slice(0, 7) : "nothing"} instead of ${built.commit.slice(0, 7)}. Someone else may be publishing at the same time; publish again.`,
				false,
			);
		}
		await git.writeRef({ fs, gitdir, ref: `refs/remotes/origin/${branch}`, value: built.commit, force: true });
		return { changed: true, ref: built.commit, manifest };
	}
	throw new GitPublishError("conflict", `The branch ${branch} on ${safeUrl(remoteUrl)} kept moving while publishing (${maxAttempts} attempts). Someone else is pushing to it; wait a moment and publish again. Nothing was changed on the remote by this publish.`);
}
