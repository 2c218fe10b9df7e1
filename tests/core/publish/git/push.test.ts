// Pushing a built commit (push.ts) to a real `git http-backend`: pushed; "moved" when someone pushed in
// between (the local branch is put back to what the remote had, for the retry); the retry loop then lands
// the commit on top of the other change.
import * as fs from "fs";
import * as path from "path";
import * as git from "isomorphic-git";
import http from "isomorphic-git/http/node";
import { buildCommit } from "../../../../src/core/publish/git/build";
import { gitConnection } from "../../../../src/core/publish/git/connection";
import { publishWithRetry, pushCommit } from "../../../../src/core/publish/git/push";
import { GitRemote } from "../../../../src/core/publish/git/remote";
import { emptyManifest } from "../../../../src/core/publish/types";
import { gitAsync, runGit, startGitServer, type GitTestServer } from "../../../helpers/git-server";
import { tempDir } from "../../../helpers/temp";

let server: GitTestServer;
let work: string;

beforeAll(async () => {
	server = await startGitServer();
	work = tempDir("pg-git-push-");
});

afterAll(async () => {
	await server.close();
});

const author = { name: "Garden Bot", email: "bot@example.com" };

function remoteFor(cache: string): GitRemote {
	return new GitRemote(fs, http, gitConnection({ remoteUrl: server.url, branch: "main", cacheDir: path.join(work, cache), username: server.username, token: server.password }), true);
}

async function pushFromOtherClone(file: string): Promise<void> {
	const dir = fs.mkdtempSync(path.join(work, "other-"));
	await gitAsync(["clone", "--quiet", server.bareDir, dir]);
	fs.writeFileSync(path.join(dir, file), "x\n");
	await gitAsync(["add", file], dir);
	await gitAsync(["commit", "--quiet", "-m", `Other change: ${file}`], dir);
	await gitAsync(["push", "--quiet", "origin", "HEAD:main"], dir);
}

const remoteHead = () => runGit(["rev-parse", "main"], server.bareDir).trim();

test("pushed, then moved when the branch changed in between (the local branch goes back to the base)", async () => {
	const remote = remoteFor("cache-a");
	const base = await remote.fetchBase(() => undefined);
	const first = await buildCommit(remote, base, { write: [{ path: "index.html", content: "one" }], delete: [] }, { ...emptyManifest(), publishedAt: "1" }, "First", { author });
	expect(await pushCommit(remote, base, first, undefined)).toBe("pushed");
	expect(remoteHead()).toBe(first.commit);

	const next = await remote.fetchBase(() => undefined);
	const second = await buildCommit(remote, next, { write: [{ path: "index.html", content: "two" }], delete: [] }, { ...emptyManifest(), publishedAt: "2" }, "Second", { author });
	await pushFromOtherClone("CNAME");
	const other = remoteHead();
	expect(await pushCommit(remote, next, second, undefined)).toBe("moved");
	expect(remoteHead()).toBe(other);
	expect(await git.resolveRef({ fs, gitdir: remote.c.gitdir, ref: "refs/heads/main" })).toBe(next.commit);
});

test("the retry loop rebuilds on the moved branch: both changes land, the second attempt says so", async () => {
	const remote = remoteFor("cache-b");
	let moved = false;
	const steps: string[] = [];
	const manifest = { ...emptyManifest(), publishedAt: "3" };
	const result = await publishWithRetry(
		remote,
		async (base) => {
			const built = await buildCommit(remote, base, { write: [{ path: "index.html", content: "three" }], delete: [] }, manifest, "Third", { author });
			if (!moved) {
				moved = true;
				await pushFromOtherClone("other.txt");
			}
			return built;
		},
		manifest,
		{ maxAttempts: 3, report: (p) => steps.push(p.step) },
	);
	expect(result.changed).toBe(true);
	expect(remoteHead()).toBe(result.ref);
	expect(steps.some((s) => s.includes("rebuilding on top (attempt 2 of 3)"))).toBe(true);
	expect(runGit(["log", "-2", "--format=%s", "main"], server.bareDir).trim().split("\n")).toEqual(["Third", "Other change: other.txt"]);
});

test("a branch that moves on every attempt ends in a conflict error after maxAttempts", async () => {
	const remote = remoteFor("cache-c");
	let attempts = 0;
	const manifest = { ...emptyManifest(), publishedAt: "4" };
	const error = await publishWithRetry(
		remote,
		async (base) => {
			attempts++;
			const built = await buildCommit(remote, base, { write: [{ path: "index.html", content: `four ${attempts}` }], delete: [] }, manifest, "Fourth", { author });
			await pushFromOtherClone(`other-${attempts}.txt`);
			return built;
		},
		manifest,
		{ maxAttempts: 2, report: () => undefined },
	).then(
		() => null,
		(e: unknown) => e as { kind: string; message: string },
	);
	expect(attempts).toBe(2);
	expect(error?.kind).toBe("conflict");
	expect(error?.message).toMatch(/kept moving .*2 attempts/);
});
