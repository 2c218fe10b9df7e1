// The `git` publish target: one commit per publish on a branch of any git host over smart HTTP.
// The host injects the file system (for the cached repository) and the HTTP client; nothing here touches
// Node or Obsidian. isomorphic-git itself needs a global `Buffer` (see docs/git-publishing.md).
import * as git from "isomorphic-git";
import type { HttpClient, PromiseFsClient } from "isomorphic-git";
import { emptyManifest } from "../types";
import type { CommitOptions, CommitResult, PublishChanges, PublishManifest, PublishProgress, PublishTarget } from "../types";
import {
	GitPublishError,
	errorCode,
	errorText,
	httpStatus,
	isNetworkError,
	looksTooLarge,
	redact,
	safeUrl,
} from "./errors";
import { commitMessage, isEmptySummary, summarize } from "./message";
import type { CommitSummary } from "./message";
import { editTree, lookupPath } from "./tree";
import type { TreeEdits, TreeStore } from "./tree";

export interface GitAuthor {
	name: string;
	email: string;
}

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

export const DEFAULT_MANIFEST_FILE = ".podcast-garden/manifest.json";
export const DEFAULT_GIT_USERNAME = "x-access-token";
const PHASES = 4;

interface Base {
	/** Remote tip we build on, null when the branch does not exist yet. */
	commit: string | null;
	tree: string | null;
}

interface Built {
	commit: string | null;
	message: string;
	summary: CommitSummary;
	largest: { path: string; bytes: number }[];
}

function normalizeFolder(path: string | undefined): string {
	return (path ?? "").split("/").filter((p) => p.length > 0 && p !== ".").join("/");
}

function checkRepoPath(path: string, setting: string): void {
	const parts = path.split("/");
	if (path.startsWith("/") || parts.some((p) => p === "" || p === "." || p === ".." || p.toLowerCase() === ".git" || p.includes("\u0000"))) {
		throw new GitPublishError("invalid-file", `${setting} "${path}" is not a safe path inside the repository. Use a relative path without "..", ".git" or empty parts.`);
	}
}

function toBytes(content: string | Uint8Array): Uint8Array {
	return typeof content === "string" ? new TextEncoder().encode(content) : content;
}

function basicAuth(username: string, token: string): string {
	const bytes = new TextEncoder().encode(`${username}:${token}`);
	let binary = "";
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return "Basic " + btoa(binary);
}

/** The manifest without the publish time, to tell a real change from a re-publish of the same site. */
function manifestKey(manifest: PublishManifest): string {
	return JSON.stringify({ ...manifest, publishedAt: null });
}

function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
	if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${bytes} B`;
}

function cacheSlug(url: string, branch: string): string {
	const cleaned = safeUrl(url)
		.replace(/^https?:\/\//i, "")
		.replace(/[^a-zA-Z0-9._-]+/g, "-")
		.replace(/^-+|-+$/g, "");
	return `${cleaned}--${branch.replace(/[^a-zA-Z0-9._-]+/g, "-")}`.slice(0, 150);
}

export function createGitTarget(options: GitTargetOptions): GitPublishTarget {
	const branch = options.branch.trim();
	if (branch.length === 0 || !/^[^\s~^:?*[\\]+$/.test(branch) || branch.includes("..")) {
		throw new GitPublishError("settings", `The branch name "${options.branch}" is not valid. Set an existing branch such as "main" or "gh-pages" in the git publishing settings.`);
	}
	let remoteUrl = options.remoteUrl.trim();
	let username = options.username?.trim() || DEFAULT_GIT_USERNAME;
	let token = options.token ?? "";
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
	const secrets = token ? [token, basicAuth(username, token).slice("Basic ".length)] : [];
	const authHeader = token ? basicAuth(username, token) : null;
	// isomorphic-git writes into the headers object it is given (e.g. Git-Protocol), so every call gets a fresh one.
	const headers = (): Record<string, string> => (authHeader ? { Authorization: authHeader } : {});
	const sitePath = normalizeFolder(options.path);
	if (sitePath) checkRepoPath(sitePath, "The path inside the repository");
	const manifestFile = normalizeFolder(options.manifestFile ?? DEFAULT_MANIFEST_FILE);
	checkRepoPath(manifestFile, "The manifest file");
	const manifestPath = sitePath ? `${sitePath}/${manifestFile}` : manifestFile;
	const gitdir = `${options.cacheDir.replace(/\/+$/, "")}/${cacheSlug(remoteUrl, branch)}`;
	const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
	const fs = options.fs;
	const http = options.http;
	const where = `${remoteUrl} (branch ${branch})`;

	const clean = (text: string) => redact(text, secrets);

	function store(): TreeStore {
		return { fs, gitdir, cache: {} };
	}

	/** Turns any failure of isomorphic-git or the transport into an error that names cause and fix. */
	function explain(error: unknown, doing: string, remoteUnchanged = true): GitPublishError {
		if (error instanceof GitPublishError) return error;
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
			return new GitPublishError("network", `Could not reach the git host while ${doing} ${where}: ${clean(errorText(error))}. Check your connection and the remote URL, then publish again.${unchanged}`, remoteUnchanged);
		}
		return new GitPublishError("rejected", `Git failed while ${doing} ${where}: ${clean(errorText(error))}.${unchanged}`, remoteUnchanged);
	}

	function checkAbort(signal: AbortSignal | undefined): void {
		if (signal?.aborted) throw new GitPublishError("cancelled", "Publish cancelled. Nothing was changed on the remote.");
	}

	/** Reads the remote tip of the branch (null when the branch does not exist) and the names of all branches. */
	async function remoteTip(): Promise<{ tip: string | null; branches: string[] }> {
		let refs;
		try {
			// Protocol v1 answers in one GET; the filtering happens here.
			refs = await git.listServerRefs({ http, url: remoteUrl, headers: headers(), protocolVersion: 1 });
		} catch (error) {
			throw explain(error, "reading the branches of");
		}
		const branches = refs.filter((r) => r.ref.startsWith("refs/heads/")).map((r) => r.ref.slice("refs/heads/".length));
		const own = refs.find((r) => r.ref === `refs/heads/${branch}`);
		return { tip: own ? own.oid : null, branches };
	}

	async function ensureRepo(): Promise<void> {
		await git.init({ fs, gitdir, bare: true, defaultBranch: branch });
		await git.addRemote({ fs, gitdir, remote: "origin", url: remoteUrl, force: true });
	}

	/**
	 * Fetches the tip of the branch. A cache damaged by an interrupted write (the app killed mid-publish)
	 * is thrown away and fetched again once: it only ever holds copies of what the remote has.
	 */
	async function fetchBase(progress: (step: string) => void): Promise<Base> {
		try {
			return await fetchBaseOnce(progress);
		} catch (error) {
			if (error instanceof GitPublishError) throw error;
			progress("Rebuilding the local git cache");
			await removeTree(fs, gitdir);
			return fetchBaseOnce(progress);
		}
	}

	/** Fetches the tip of the branch (depth 1, reusing what the cache already holds). */
	async function fetchBaseOnce(progress: (step: string) => void): Promise<Base> {
		await ensureRepo();
		const { tip, branches } = await remoteTip();
		if (tip === null) {
			if (!options.createBranch) {
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
				await git.fetch({ fs, http, gitdir, remote: "origin", ref: branch, remoteRef: branch, singleBranch: true, depth: 1, tags: false, headers: headers() });
			} catch (error) {
				throw explain(error, "fetching");
			}
		}
		const fetched = await git.resolveRef({ fs, gitdir, ref: `refs/remotes/origin/${branch}` });
		// The local branch mirrors the remote one, so the next fetch can say it already has these objects.
		await git.writeRef({ fs, gitdir, ref: `refs/heads/${branch}`, value: fetched, force: true });
		const { commit } = await git.readCommit({ fs, gitdir, oid: fetched });
		return { commit: fetched, tree: commit.tree };
	}

	async function readManifestAt(base: Base): Promise<PublishManifest> {
		const found = await lookupPath(store(), base.tree, manifestPath);
		if (found === null || found.type !== "blob") return emptyManifest();
		const { blob } = await git.readBlob({ fs, gitdir, oid: found.oid });
		try {
			const parsed = JSON.parse(new TextDecoder().decode(blob)) as PublishManifest;
			if (parsed.version !== 1 || typeof parsed.notes !== "object") throw new Error("unknown manifest version");
			return parsed;
		} catch (error) {
			throw new GitPublishError("corrupt-manifest", `The publish manifest ${manifestPath} on ${where} cannot be read (${errorText(error)}). Fix or delete that file in the repository; the next publish then rewrites every page.`);
		}
	}

	/** Writes blobs and trees for `changes` on top of `base` and, when something changes, the commit. */
	async function build(base: Base, changes: PublishChanges, manifest: PublishManifest, subject: string, report: (p: PublishProgress) => void, signal?: AbortSignal, dryRun = false): Promise<Built> {
		const s = store();
		if (sitePath && base.tree !== null && !options.createPath) {
			const folder = await lookupPath(s, base.tree, sitePath);
			if (folder === null || folder.type !== "tree") {
				throw new GitPublishError(
					"path-missing",
					`The folder "${sitePath}" does not exist on ${where}, so this repository does not look like the site to publish to. Check "Path inside the repository" in the git publishing settings (empty for the repository root), or create the folder in the repository first.`,
				);
			}
		}
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
		const oldManifest = await readManifestAt(base);
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
		if (dryRun) return { commit: "", message, summary, largest };

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

	async function push(base: Base, built: Built, signal: AbortSignal | undefined): Promise<"pushed" | "moved"> {
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
				headers: headers(),
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
			if (status === 401 || status === 403 || status === 404) throw explain(error, "pushing to");
			// Whatever happened on the wire, the remote ref is the truth.
			let now: string | null;
			try {
				now = (await remoteTip()).tip;
			} catch {
				throw explain(error, "pushing to", false);
			}
			if (now === commit) return "pushed";
			if (now !== base.commit) return "moved";
			const remoteSays = clean([...messages, errorText(error), (error as { data?: { prettyDetails?: string } }).data?.prettyDetails ?? ""].join(" ").trim());
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
			throw explain(error, "pushing to");
		}
	}

	async function commit(changes: PublishChanges, manifest: PublishManifest, subject: string, commitOptions: CommitOptions = {}): Promise<CommitResult> {
		const { signal, onProgress } = commitOptions;
		const report = (p: PublishProgress) => onProgress?.(p);
		// Progress counts the phases (read, write, push, check); the step text carries file counts.
		const phase = (done: number, text: string) => report({ done, total: PHASES, step: text });
		const step = (text: string) => phase(0, text);
		for (let attempt = 1; attempt <= maxAttempts; attempt++) {
			checkAbort(signal);
			step(attempt === 1 ? `Reading ${branch} on ${hostOf(remoteUrl)}` : `The branch moved; rebuilding on top (attempt ${attempt} of ${maxAttempts})`);
			const base = await fetchBase(step);
			checkAbort(signal);
			const built = await build(base, changes, manifest, subject, report, signal);
			if (built.commit === null) {
				return { changed: false, ref: base.commit, manifest: await readManifestAt(base) };
			}
			checkAbort(signal);
			phase(2, `Pushing commit ${built.commit.slice(0, 7)} to ${branch}`);
			const outcome = await push(base, built, signal);
			if (outcome === "moved") continue;
			phase(3, "Checking the remote");
			const { tip } = await remoteTip();
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

	return {
		describe: () => `git ${safeUrl(remoteUrl)} (${branch})${sitePath ? ` /${sitePath}` : ""}`,
		async readManifest() {
			const base = await fetchBase(() => undefined).catch((error: unknown) => {
				if (error instanceof GitPublishError && error.kind === "branch-missing" && options.createBranch) return { commit: null, tree: null };
				throw error;
			});
			return readManifestAt(base);
		},
		commit,
		/** A published file as the remote had it at the last fetch (for the preview's diff), or null. */
		async readFile(path) {
			checkRepoPath(path, "The output file");
			const tip = await git.resolveRef({ fs, gitdir, ref: `refs/remotes/origin/${branch}` }).catch(() => null);
			if (tip === null) return null;
			const { commit: c } = await git.readCommit({ fs, gitdir, oid: tip });
			const found = await lookupPath(store(), c.tree, sitePath ? `${sitePath}/${path}` : path);
			if (found === null || found.type !== "blob") return null;
			const { blob } = await git.readBlob({ fs, gitdir, oid: found.oid });
			return new TextDecoder().decode(blob);
		},
		async preview(changes, manifest, message) {
			const base = await fetchBase(() => undefined);
			const built = await build(base, changes, manifest, message, () => undefined, undefined, true);
			return { branch, parent: base.commit, message: built.message, summary: built.summary, willCommit: built.commit !== null };
		},
	};
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

function hostOf(url: string): string {
	const match = /^https?:\/\/([^/]+)/i.exec(url);
	return match ? match[1] : url;
}
