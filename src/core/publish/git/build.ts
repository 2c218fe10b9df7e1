// Building one publish commit in the cached repository: a blob per written file, the tree edited on top of
// the fetched tip (deletions included), the manifest, and the commit itself when anything changes.
import * as git from "isomorphic-git";
import type { PublishChanges, PublishManifest, PublishProgress } from "../types";
import { checkRepoPath } from "./connection";
import { GitPublishError, errorText } from "./errors";
import { commitMessage, isEmptySummary, summarize } from "./message";
import type { CommitSummary } from "./message";
import type { Base, GitRemote } from "./remote";
import { editTree, lookupPath } from "./tree";
import type { TreeEdits } from "./tree";

/** Progress counts the phases of a publish (read, write, push, check); the step text carries file counts. */
export const PHASES = 4;

export interface GitAuthor {
	name: string;
	email: string;
}

export interface BuildOptions {
	author: GitAuthor;
	/** Create the site folder when the branch does not contain it. */
	createPath?: boolean;
	/** Clock for commit dates (tests). */
	now?: () => Date;
	report?: (p: PublishProgress) => void;
	signal?: AbortSignal;
	/** Work out message and summary only: no object is written. */
	dryRun?: boolean;
}

export interface Built {
	/** The new commit; null when nothing would change; `` in a dry run that would commit. */
	commit: string | null;
	message: string;
	summary: CommitSummary;
	/** The three largest files written, for a "too large" message. */
	largest: { path: string; bytes: number }[];
}

export function checkAbort(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new GitPublishError("cancelled", "Publish cancelled. Nothing was changed on the remote.");
}

function toBytes(content: string | Uint8Array): Uint8Array {
	return typeof content === "string" ? new TextEncoder().encode(content) : content;
}

/** The manifest without the publish time, to tell a real change from a re-publish of the same site. */
function manifestKey(manifest: PublishManifest): string {
	return JSON.stringify({ ...manifest, publishedAt: null });
}

/** Writes blobs and trees for `changes` on top of `base` and, when something changes, the commit. */
export async function buildCommit(remote: GitRemote, base: Base, changes: PublishChanges, manifest: PublishManifest, subject: string, options: BuildOptions): Promise<Built> {
	const { fs } = remote;
	const { gitdir, sitePath, manifestPath, where } = remote.c;
	const { signal } = options;
	const report = options.report ?? (() => undefined);
	const s = remote.store();
	if (sitePath && base.tree !== null && !options.createPath) {
		const folder = await lookupPath(s, base.tree, sitePath);
		if (folder === null || folder.type !== "tree") {
			throw new GitPublishError(
				"path-missing",
				`The folder "${sitePath}" does not exist on ${where}, so this repository does not look like the site to publish to. Check "Path inside the repository" in the git publishing settings (empty for the repository root), or create the folder in the repository first.`,
			);
		}
	}
	// A sink's files are not held here to make blobs of (only the folder target stages them).
	if ((changes.sent?.length ?? 0) > 0) throw new Error("The git target was given files already sent to a staging folder; publish again.");
	const blobs = new Map<string, { bytes: Uint8Array; oid: string }>();
	const edits: TreeEdits = new Map();
	const total = changes.write.length + changes.delete.length;
	let done = 0;
	for (const file of changes.write) {
		checkAbort(signal);
		checkRepoPath(file.path, "The output file");
		const full = sitePath ? `${sitePath}/${file.path}` : file.path;
		if (full === manifestPath) continue;
		const bytes = toBytes(file.content);
		const { oid } = await git.hashBlob({ object: bytes });
		blobs.set(full, { bytes, oid });
		edits.set(full, oid);
		done += 1;
		if (done % 25 === 0) report({ done: 1, total: PHASES, step: `Preparing files: ${done} of ${total}` });
	}
	for (const path of changes.delete) {
		checkRepoPath(path, "The file to delete");
		const full = sitePath ? `${sitePath}/${path}` : path;
		if (full === manifestPath || edits.has(full)) continue;
		edits.set(full, null);
	}
	const oldManifest = await remote.readManifestAt(base);
	const manifestChanged = manifestKey(oldManifest) !== manifestKey(manifest);
	const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, "\t") + "\n");
	const manifestOid = (await git.hashBlob({ object: manifestBytes })).oid;
	edits.set(manifestPath, manifestOid);

	const { tree, before } = await editTree(s, base.tree, edits).catch((error: unknown) => {
		throw error instanceof GitPublishError ? error : new GitPublishError("invalid-file", `${errorText(error)} in ${where}. Rename the output or that entry in the repository, then publish again.`);
	});
	const writes: { path: string; blob: string; before: string | null }[] = [];
	const deletes: { path: string; before: string | null }[] = [];
	for (const [path, blob] of edits) {
		if (path === manifestPath) continue;
		if (blob === null) deletes.push({ path, before: before.get(path) ?? null });
		else writes.push({ path, blob, before: before.get(path) ?? null });
	}
	const summary = summarize(writes, deletes);
	const message = commitMessage(subject, summary);
	const largest = [...blobs.entries()]
		.map(([path, b]) => ({ path, bytes: b.bytes.length }))
		.sort((a, b) => b.bytes - a.bytes)
		.slice(0, 3);
	// Nothing to change → no commit. A missing branch is always created, even for an empty site.
	if (isEmptySummary(summary) && !manifestChanged && base.commit !== null) return { commit: null, message, summary, largest };
	if (options.dryRun) return { commit: "", message, summary, largest };

	let written = 0;
	const toWrite = writes.filter((w) => w.before !== w.blob);
	for (const w of toWrite) {
		checkAbort(signal);
		const entry = blobs.get(w.path);
		if (entry) await git.writeBlob({ fs, gitdir, blob: entry.bytes });
		written += 1;
		if (written % 10 === 0 || written === toWrite.length) report({ done: 1, total: PHASES, step: `Writing files: ${written} of ${toWrite.length}` });
	}
	if (before.get(manifestPath) !== manifestOid) await git.writeBlob({ fs, gitdir, blob: manifestBytes });
	const finalTree = tree ?? (await git.writeTree({ fs, gitdir, tree: [] }));
	const date = options.now ? options.now() : new Date();
	const person = {
		name: options.author.name || "Podcast Garden",
		email: options.author.email || "podcast-garden@users.noreply.localhost",
		timestamp: Math.floor(date.getTime() / 1000),
		timezoneOffset: date.getTimezoneOffset(),
	};
	const commit = await git.writeCommit({
		fs,
		gitdir,
		commit: { message, tree: finalTree, parent: base.commit ? [base.commit] : [], author: person, committer: person },
	});
	return { commit, message, summary, largest };
}
