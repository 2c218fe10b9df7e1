// The git target when things go wrong: someone else pushes mid-publish, the connection drops during the
// push, the token is wrong, the host rejects a large file, the branch or folder is missing, the user cancels.
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { createCliGitTarget } from "../../src/cli/git-target";
import { GitPublishError } from "../../src/core/publish/git";
import type { GitPublishTarget } from "../../src/core/publish/git";
import { gitAsync, runGit, startGitServer } from "../helpers/git-server";
import type { GitServerOptions, GitTestServer } from "../helpers/git-server";
import { tempDir } from "../helpers/temp";
import { buildSite, diffSites, fixtureNotes } from "./git-site";

let work: string;
const servers: GitTestServer[] = [];

beforeAll(() => {
	work = tempDir("pg-git-fail-");
});

afterAll(async () => {
	for (const s of servers) await s.close();
});

async function server(options: GitServerOptions = {}): Promise<GitTestServer> {
	const s = await startGitServer(options);
	servers.push(s);
	return s;
}

let caches = 0;
function target(s: GitTestServer, opts: { token?: string; branch?: string; path?: string; createBranch?: boolean; createPath?: boolean } = {}): GitPublishTarget {
	return createCliGitTarget({
		remote: s.url,
		branch: opts.branch ?? "main",
		path: opts.path,
		cacheDir: path.join(work, `cache-${++caches}`),
		createBranch: opts.createBranch ?? true,
		createPath: opts.createPath,
		env: { PODCAST_GARDEN_GIT_TOKEN: opts.token ?? s.password, PODCAST_GARDEN_GIT_USER: s.username },
	});
}

function head(s: GitTestServer, branch = "main"): string {
	return runGit(["rev-parse", branch], s.bareDir).trim();
}

async function caught(promise: Promise<unknown>): Promise<GitPublishError> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(GitPublishError);
		return error as GitPublishError;
	}
	throw new Error("expected the publish to fail");
}

// A few real notes are enough here: these tests are about the transport, not the size of the site.
const notes = new Map([...fixtureNotes()].slice(0, 4));
const site = buildSite(notes);
function editedSite(extra: string) {
	const edited = new Map(notes);
	const first = [...notes.keys()][0];
	edited.set(first, notes.get(first)! + `\n${extra}\n`);
	return buildSite(edited);
}

/** Another person pushes a commit to the bare repository directly (not over HTTP). */
async function pushFromOtherClone(s: GitTestServer, file: string, text: string): Promise<void> {
	const dir = fs.mkdtempSync(path.join(work, "other-"));
	await gitAsync(["clone", "--quiet", s.bareDir, dir]);
	fs.writeFileSync(path.join(dir, file), text);
	await gitAsync(["add", file], dir);
	await gitAsync(["commit", "--quiet", "-m", `Other change: ${file}`], dir);
	await gitAsync(["push", "--quiet", "origin", "main"], dir);
}

describe("a concurrent push between plan and push", () => {
	test.each([
		["before our push is negotiated", "GET"],
		["after negotiation, while our pack is on its way", "POST"],
	])("the branch moves %s: the publish rebuilds on top and both changes survive", async (_when, method) => {
		const s = await server();
		const t = target(s);
		await t.commit(diffSites(null, site), site.manifest, "First publish");
		const next = editedSite(`> Concurrent edit (${method}). – Sam Altman`);
		let moved = false;
		s.hooks.beforeRequest = async (info) => {
			if (!moved && info.method === method && info.service === "git-receive-pack") {
				moved = true;
				await pushFromOtherClone(s, "CNAME", "garden.example.com\n");
			}
		};
		const steps: string[] = [];
		const result = await t.commit(diffSites(site, next), next.manifest, "Second publish", { onProgress: (p) => steps.push(p.step) });
		s.hooks.beforeRequest = undefined;
		expect(moved).toBe(true);
		expect(result.changed).toBe(true);
		expect(head(s)).toBe(result.ref);
		expect(steps.some((step) => step.includes("rebuilding on top (attempt 2 of 3)"))).toBe(true);

		const clone = fs.mkdtempSync(path.join(work, "check-"));
		await gitAsync(["clone", "--quiet", s.authedUrl, clone]);
		expect(runGit(["log", "--format=%s"], clone).trim().split("\n")).toEqual(["Second publish", "Other change: CNAME", "First publish"]);
		expect(fs.readFileSync(path.join(clone, "CNAME"), "utf8")).toBe("garden.example.com\n");
		const page = next.files.find((f) => f.path.endsWith("index.html") && String(f.content).includes("Concurrent edit"))!;
		expect(fs.readFileSync(path.join(clone, page.path), "utf8")).toBe(page.content);
		expect(runGit(["fsck", "--strict", "--no-dangling", "--no-progress"], s.bareDir).trim()).toBe("");
	});

	test("a branch that keeps moving gives up after the bounded retries with a clear error", async () => {
		const s = await server();
		const t = target(s);
		await t.commit(diffSites(null, site), site.manifest, "First publish");
		let pushes = 0;
		s.hooks.beforeRequest = async (info) => {
			if (info.method === "GET" && info.service === "git-receive-pack") await pushFromOtherClone(s, `other-${++pushes}.txt`, "x\n");
		};
		const next = editedSite("> Never lands. – Lex");
		const error = await caught(t.commit(diffSites(site, next), next.manifest, "Second publish"));
		s.hooks.beforeRequest = undefined;
		expect(error.kind).toBe("conflict");
		expect(error.message).toMatch(/kept moving .*3 attempts.*publish again/);
		expect(pushes).toBe(3);
		expect(runGit(["log", "-1", "--format=%s", "main"], s.bareDir).trim()).toBe("Other change: other-3.txt");
	});
});

describe("a server that fails mid-push", () => {
	test("connection dropped after half the pack: remote and manifest unchanged, a retry succeeds", async () => {
		const s = await server();
		const t = target(s);
		await t.commit(diffSites(null, site), site.manifest, "First publish");
		const before = head(s);
		const next = editedSite("> Dropped on the way. – Sam Altman\n" + randomBytes(4000).toString("hex"));
		s.hooks.dropNextReceivePack = { fraction: 0.5 };
		const error = await caught(t.commit(diffSites(site, next), next.manifest, "Second publish"));
		expect(error.kind).toBe("network");
		expect(error.remoteUnchanged).toBe(true);
		expect(error.message).toMatch(/Could not reach the git host while pushing to .*Check your connection/);
		const dropped = s.requests.find((r) => r.status === -1);
		expect(dropped?.path).toBe("/git-receive-pack");
		expect(head(s)).toBe(before);
		expect(await t.readManifest()).toEqual(site.manifest);
		expect(runGit(["fsck", "--strict", "--no-dangling", "--no-progress"], s.bareDir).trim()).toBe("");

		const retry = await t.commit(diffSites(site, next), next.manifest, "Second publish");
		expect(retry.changed).toBe(true);
		expect(head(s)).toBe(retry.ref);
		expect(runGit(["rev-parse", `${retry.ref}^`], s.bareDir).trim()).toBe(before);
		expect(await t.readManifest()).toEqual(next.manifest);
		expect(runGit(["fsck", "--strict", "--no-dangling", "--no-progress"], s.bareDir).trim()).toBe("");
	});
});

describe("authentication", () => {
	test("a wrong token fails with an error that names the fix, changes nothing and never shows the token", async () => {
		const s = await server();
		await target(s).commit(diffSites(null, site), site.manifest, "First publish");
		const before = head(s);
		const wrong = "ghp_wrongTOKEN1234567890";
		const t = target(s, { token: wrong });
		s.resetCounters();
		const next = editedSite("> Not with this token. – Lex");
		const error = await caught(t.commit(diffSites(site, next), next.manifest, "Second publish"));
		expect(error.kind).toBe("auth");
		expect(error.message).toMatch(/refused the credentials .*HTTP 401.*Check the token in the git publishing settings/);
		expect(error.message).toContain("Nothing was changed on the remote");
		const leaked = [wrong, Buffer.from(`${s.username}:${wrong}`).toString("base64")];
		for (const secret of leaked) {
			expect(error.message).not.toContain(secret);
			expect(String(error.stack)).not.toContain(secret);
		}
		expect(head(s)).toBe(before);
		expect(s.requests.length).toBeGreaterThan(0);
		expect(s.requests.every((r) => r.status === 401)).toBe(true);
		// The token is not in the cached repository either.
		for (const file of listFiles(work)) expect(fs.readFileSync(file).includes(Buffer.from(wrong))).toBe(false);
	});

	test("credentials written into the remote URL are used but never shown", async () => {
		const s = await server();
		const t = createCliGitTarget({ remote: s.authedUrl, branch: "main", cacheDir: path.join(work, "cache-url"), createBranch: true, env: {} });
		expect(t.describe()).toBe(`git ${s.url} (main)`);
		const result = await t.commit(diffSites(null, site), site.manifest, "First publish");
		expect(result.changed).toBe(true);
		expect(fs.readFileSync(path.join(work, "cache-url", fs.readdirSync(path.join(work, "cache-url"))[0], "config"), "utf8")).not.toContain(s.password);
	});
});

function listFiles(dir: string): string[] {
	const out: string[] = [];
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) out.push(...listFiles(full));
		else out.push(full);
	}
	return out;
}

describe("errors that name the cause and the fix", () => {
	test("the host rejects a file that is too large: the error names the file, the remote keeps the old site", async () => {
		const s = await server({ config: { "receive.maxInputSize": "150000" } });
		const t = target(s);
		await t.commit(diffSites(null, site), site.manifest, "First publish");
		const before = head(s);
		const big = { path: "media/episode-367.mp3", content: new Uint8Array(randomBytes(400_000)) };
		const error = await caught(t.commit({ write: [big], delete: [] }, site.manifest, "Add audio"));
		expect(error.kind).toBe("too-large");
		expect(error.message).toContain("rejected the push as too large");
		expect(error.message).toContain("media/episode-367.mp3 (390.6 KB)");
		expect(head(s)).toBe(before);
	});

	test("a host hook that refuses the push (branch protection) is reported with its message", async () => {
		const s = await server();
		await target(s).commit(diffSites(null, site), site.manifest, "First publish");
		const before = head(s);
		const hook = path.join(s.bareDir, "hooks", "pre-receive");
		fs.writeFileSync(hook, "#!/bin/sh\necho 'GL-HOOK-ERR: You are not allowed to push code to protected branches on this project.' >&2\nexit 1\n", { mode: 0o755 });
		const next = editedSite("> Protected. – Lex");
		const error = await caught(target(s).commit(diffSites(site, next), next.manifest, "Second publish"));
		fs.rmSync(hook);
		expect(error.kind).toBe("rejected");
		expect(error.message).toContain("refused the update");
		expect(error.message).toContain("not allowed to push code to protected branches");
		expect(error.message).toContain("Check the branch protection rules of main");
		expect(head(s)).toBe(before);
	});

	test("a cache damaged by an interrupted write is rebuilt from the remote", async () => {
		const s = await server();
		const cacheDir = path.join(work, "cache-damaged");
		const make = () => createCliGitTarget({ remote: s.url, branch: "main", cacheDir, createBranch: true, env: { PODCAST_GARDEN_GIT_TOKEN: s.password, PODCAST_GARDEN_GIT_USER: s.username } });
		await make().commit(diffSites(null, site), site.manifest, "First publish");
		const [repo] = fs.readdirSync(cacheDir);
		fs.rmSync(path.join(cacheDir, repo, "objects"), { recursive: true });
		const next = editedSite("> After the crash. – Lex");
		const steps: string[] = [];
		const result = await make().commit(diffSites(site, next), next.manifest, "Second publish", { onProgress: (p) => steps.push(p.step) });
		expect(steps).toContain("Rebuilding the local git cache");
		expect(result.changed).toBe(true);
		expect(runGit(["rev-list", "--count", "main"], s.bareDir).trim()).toBe("2");
		expect(runGit(["fsck", "--strict", "--no-dangling", "--no-progress"], s.bareDir).trim()).toBe("");
	});

	test("a token is never sent over plain HTTP to another machine", () => {
		expect(() => createCliGitTarget({ remote: "http://git.example.com/me/garden.git", branch: "main", cacheDir: path.join(work, "cache-http"), env: { PODCAST_GARDEN_GIT_TOKEN: "secret-token-1" } })).toThrow(
			/uses plain HTTP, which would send the token unencrypted\. Use the repository's https:\/\/ URL/,
		);
	});

	test("a missing branch is named with the branches that exist; an empty repository offers to create it", async () => {
		const empty = await server();
		const error = await caught(target(empty, { createBranch: false }).commit(diffSites(null, site), site.manifest, "First publish"));
		expect(error.kind).toBe("branch-missing");
		expect(error.message).toMatch(/The branch "main" does not exist .* The repository is empty\. .*allow creating it on the first publish/);

		const s = await server();
		await target(s).commit(diffSites(null, site), site.manifest, "First publish");
		const other = await caught(target(s, { branch: "gh-pages", createBranch: false }).readManifest());
		expect(other.kind).toBe("branch-missing");
		expect(other.message).toContain("Branches on the remote: main.");
	});

	test("a repository without the configured site folder is refused unless creating it is allowed", async () => {
		const s = await server();
		await target(s).commit(diffSites(null, site), site.manifest, "First publish");
		const before = head(s);
		const error = await caught(target(s, { path: "src/site/notes" }).commit(diffSites(null, site), site.manifest, "Publish"));
		expect(error.kind).toBe("path-missing");
		expect(error.message).toMatch(/The folder "src\/site\/notes" does not exist .*Check "Path inside the repository"/);
		expect(head(s)).toBe(before);
	});

	test("cancelling while files are written leaves the remote unchanged", async () => {
		const s = await server();
		const t = target(s);
		await t.commit(diffSites(null, site), site.manifest, "First publish");
		const before = head(s);
		const controller = new AbortController();
		const next = editedSite("> Cancelled. – Lex");
		const error = await caught(
			t.commit(diffSites(site, next), next.manifest, "Second publish", {
				signal: controller.signal,
				onProgress: (p) => {
					if (p.step.startsWith("Reading")) controller.abort();
				},
			}),
		);
		expect(error.kind).toBe("cancelled");
		expect(head(s)).toBe(before);
		expect(s.requests.filter((r) => r.service === "git-receive-pack" && r.method === "POST" && r.status === 200)).toHaveLength(1);
	});
});
