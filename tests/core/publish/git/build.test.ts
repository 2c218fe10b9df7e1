// Building a publish commit in the cached repository (build.ts), offline: on a branch that does not exist
// yet, then on top of that commit.
import * as fs from "fs";
import * as path from "path";
import * as git from "isomorphic-git";
import type { HttpClient } from "isomorphic-git";
import { buildCommit } from "../../../../src/core/publish/git/build";
import { gitConnection } from "../../../../src/core/publish/git/connection";
import { GitRemote } from "../../../../src/core/publish/git/remote";
import { emptyManifest, type PublishManifest } from "../../../../src/core/publish/types";
import { tempDir } from "../../../helpers/temp";

/** No network in these tests: any request fails the test. */
const offline: HttpClient = { request: () => Promise.reject(new Error("no network in this test")) };
const author = { name: "Garden Bot", email: "bot@example.com" };
const now = () => new Date("2026-01-02T03:04:05Z");

async function setup(): Promise<GitRemote> {
	const cacheDir = tempDir("pg-git-build-");
	const remote = new GitRemote(fs, offline, gitConnection({ remoteUrl: "https://git.example.com/me/garden.git", branch: "main", path: "site", cacheDir }), true);
	await git.init({ fs, gitdir: remote.c.gitdir, bare: true, defaultBranch: "main" });
	return remote;
}

function manifest(publishedAt: string): PublishManifest {
	return { ...emptyManifest(), publishedAt };
}

async function files(remote: GitRemote, commit: string): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	const { gitdir } = remote.c;
	for (const filepath of await git.listFiles({ fs, gitdir, ref: commit })) {
		const { blob } = await git.readBlob({ fs, gitdir, oid: commit, filepath });
		out[filepath] = new TextDecoder().decode(blob);
	}
	return out;
}

test("a first commit: the files under the site folder, the manifest, the author and the message", async () => {
	const remote = await setup();
	const built = await buildCommit(remote, { commit: null, tree: null }, { write: [{ path: "index.html", content: "<p>hi</p>" }, { path: "a/b.html", content: new TextEncoder().encode("b") }], delete: [] }, manifest("2026-01-01"), "Publish", { author, now });
	expect(built.commit).toMatch(/^[0-9a-f]{40}$/);
	const got = await files(remote, built.commit!);
	expect(Object.keys(got).sort()).toEqual(["site/.podcast-garden/manifest.json", "site/a/b.html", "site/index.html"]);
	expect(got["site/index.html"]).toBe("<p>hi</p>");
	expect(JSON.parse(got["site/.podcast-garden/manifest.json"])).toEqual(manifest("2026-01-01"));
	const { commit } = await git.readCommit({ fs, gitdir: remote.c.gitdir, oid: built.commit! });
	expect(commit.author).toMatchObject({ name: "Garden Bot", email: "bot@example.com", timestamp: Date.parse("2026-01-02T03:04:05Z") / 1000 });
	expect(commit.parent).toEqual([]);
	expect(commit.message.startsWith("Publish")).toBe(true);
	expect(built.largest.map((f) => f.path)).toEqual(["site/index.html", "site/a/b.html"]);
});

test("on top of it: a deletion and an edit make a child commit; the same site again makes none", async () => {
	const remote = await setup();
	const first = await buildCommit(remote, { commit: null, tree: null }, { write: [{ path: "index.html", content: "one" }, { path: "old.html", content: "old" }], delete: [] }, manifest("1"), "First", { author, now });
	const tree = (await git.readCommit({ fs, gitdir: remote.c.gitdir, oid: first.commit! })).commit.tree;
	const base = { commit: first.commit, tree };
	const second = await buildCommit(remote, base, { write: [{ path: "index.html", content: "two" }], delete: ["old.html"] }, manifest("2"), "Second", { author, now });
	expect(await files(remote, second.commit!)).toMatchObject({ "site/index.html": "two" });
	expect(Object.keys(await files(remote, second.commit!))).not.toContain("site/old.html");
	expect(second.summary).not.toEqual(first.summary);
	const again = await buildCommit(remote, base, { write: [{ path: "index.html", content: "one" }], delete: [] }, manifest("1"), "Again", { author, now });
	expect(again.commit).toBeNull();
});

test("a dry run writes no file and no commit; an unsafe output path is refused before any file is written", async () => {
	const remote = await setup();
	const { gitdir } = remote.c;
	const stored = async (content: string) => {
		const { oid } = await git.hashBlob({ object: content });
		return git.readBlob({ fs, gitdir, oid }).then(() => true, () => false);
	};
	const dry = await buildCommit(remote, { commit: null, tree: null }, { write: [{ path: "index.html", content: "dry" }], delete: [] }, manifest("1"), "Dry", { author, now, dryRun: true });
	expect(dry.commit).toBe("");
	expect(dry.message.startsWith("Dry")).toBe(true);
	expect(await stored("dry")).toBe(false);
	await expect(buildCommit(remote, { commit: null, tree: null }, { write: [{ path: "ok.html", content: "fine" }, { path: "../escape.html", content: "x" }], delete: [] }, manifest("1"), "Bad", { author, now })).rejects.toMatchObject({ kind: "invalid-file" });
	expect(await stored("fine")).toBe(false);
	expect((await buildCommit(remote, { commit: null, tree: null }, { write: [{ path: "index.html", content: "dry" }], delete: [] }, manifest("1"), "Real", { author, now })).commit).not.toBeNull();
	expect(await stored("dry")).toBe(true);
});

test("a site folder the branch does not have is refused unless createPath", async () => {
	const remote = await setup();
	const other = new GitRemote(fs, offline, gitConnection({ remoteUrl: "https://git.example.com/me/garden.git", branch: "main", path: "elsewhere", cacheDir: path.dirname(remote.c.gitdir) }), true);
	const first = await buildCommit(remote, { commit: null, tree: null }, { write: [{ path: "index.html", content: "one" }], delete: [] }, manifest("1"), "First", { author, now });
	const tree = (await git.readCommit({ fs, gitdir: remote.c.gitdir, oid: first.commit! })).commit.tree;
	const changes = { write: [{ path: "index.html", content: "x" }], delete: [] };
	await expect(buildCommit(other, { commit: first.commit, tree }, changes, manifest("2"), "Other", { author, now })).rejects.toMatchObject({ kind: "path-missing" });
	expect((await buildCommit(other, { commit: first.commit, tree }, changes, manifest("2"), "Other", { author, now, createPath: true })).commit).toMatch(/^[0-9a-f]{40}$/);
});
