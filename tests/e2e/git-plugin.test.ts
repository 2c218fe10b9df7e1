/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The git target from the built plugin (main.js) on Obsidian mobile in the harness: HTTP only through
// requestUrl (the harness's real one), the cache through the vault adapter, the token from SecretStorage,
// the example notes through the real publishing pipeline, against the same `git http-backend` server.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { requestLog } from "../harness/obsidian";
import { GARDEN, ID, start, waitFor } from "../plugin/setup";
import { gitAsync, runGit, startGitServer } from "../helpers/git-server";
import type { GitTestServer } from "../helpers/git-server";

const PAGE = "010-inbox/367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt-and-the-future-of-ai/index.html";
const CACHE = ".obsidian/plugins/podcast-garden/git-cache";

let server: GitTestServer;
let work: string;

beforeAll(async () => {
	server = await startGitServer();
	work = fs.mkdtempSync(path.join(os.tmpdir(), "pg-git-plugin-"));
});

afterAll(async () => {
	await server.close();
	fs.rmSync(work, { recursive: true, force: true });
});

async function configured(token: string) {
	const started = await start({ mobile: true });
	const { h, plugin } = started;
	const settings = plugin.settings.publish;
	settings.target = "git";
	Object.assign(settings.git, { remoteUrl: server.url, branch: "main", path: "", username: server.username, authorName: "Phone Publisher", authorEmail: "phone@example.com", createBranch: true });
	h.app.secretStorage.setSecret("podcast-garden-git-token", token);
	await plugin.saveSettings();
	return started;
}

describe("publishing to git from the plugin (mobile, requestUrl)", () => {
	test("a wrong token: the notice names the fix, never the token, and the remote stays empty", async () => {
		const wrong = "glpat-not-the-right-one-42";
		const { h } = await configured(wrong);
		await h.openNote(GARDEN);
		await h.runCommand(`${ID}:publish-current-note`);
		// The manifest is read from the remote before anything is built, so that is where it fails.
		await waitFor(() => h.notices().some((n) => n.includes("failed")), "the failure notice", 30000);
		const notice = h.notices().find((n) => n.includes("failed"))!;
		expect(notice).toContain("refused the credentials");
		expect(notice).toContain("Check the token in the git publishing settings");
		expect(notice).not.toContain(wrong);
		expect(runGit(["for-each-ref"], server.bareDir).trim()).toBe("");
		// The token was never written to the vault (plugin data included).
		const data = await h.app.vault.adapter.read(".obsidian/plugins/podcast-garden/data.json");
		expect(data).not.toContain(wrong);
	});

	test("the flagged garden note is published in one commit over requestUrl; the cache lives in the plugin folder", async () => {
		const { h, plugin } = await configured(server.password);
		requestLog.length = 0;
		server.resetCounters();
		await h.openNote(GARDEN);
		await h.runCommand(`${ID}:publish-current-note`);
		await waitFor(() => h.notices().some((n) => n.startsWith("Published to") || n.startsWith("Publishing failed")), "the publish to finish", 30000);
		expect(h.notices().filter((n) => n.startsWith("Publishing failed"))).toEqual([]);
		expect(h.notices()).toContainEqual(expect.stringMatching(new RegExp(`^Published to git ${server.url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(main\\)`)));

		// Every request the server saw came through requestUrl.
		expect(requestLog.length).toBe(server.requests.length);
		expect(requestLog.every((r) => r.url.startsWith(server.url))).toBe(true);
		expect(requestLog.some((r) => r.method === "POST" && r.url.endsWith("/git-receive-pack"))).toBe(true);

		// The cached repository is in the vault adapter, under the plugin's folder.
		const adapter = h.app.vault.adapter;
		const listed = await adapter.list(CACHE);
		expect(listed.folders).toHaveLength(1);
		expect(await adapter.exists(`${listed.folders[0]}/objects`)).toBe(true);
		expect(await adapter.exists(PAGE)).toBe(false);

		const clone = path.join(work, "clone");
		await gitAsync(["clone", "--quiet", server.authedUrl, clone]);
		expect(runGit(["log", "--format=%an|%s"], clone).trim()).toMatch(/^Phone Publisher\|.+$/);
		expect(fs.existsSync(path.join(clone, PAGE))).toBe(true);
		// One commit: the publisher's note list, then every file it added.
		const body = runGit(["log", "-1", "--format=%B"], clone);
		expect(body).toContain(`new: ${GARDEN} → /010-inbox/`);
		expect(body).toMatch(/\nAdded \(\d+\):\n/);
		expect(body).toContain(`  ${PAGE}\n`);
		expect(runGit(["rev-list", "--count", "HEAD"], clone).trim()).toBe("1");
		expect(fs.readFileSync(path.join(clone, PAGE), "utf8")).toContain("Sam Altman");
		expect(fs.existsSync(path.join(clone, ".podcast-garden/manifest.json"))).toBe(true);
		const manifest = JSON.parse(fs.readFileSync(path.join(clone, ".podcast-garden/manifest.json"), "utf8")) as { notes: Record<string, unknown> };
		expect(Object.keys(manifest.notes)).toContain(GARDEN);
		expect(runGit(["fsck", "--strict", "--no-dangling", "--no-progress"], clone).trim()).toBe("");

		// Publishing again with no edits: no new commit.
		const head = runGit(["rev-parse", "main"], server.bareDir).trim();
		h.notices().length = 0;
		await h.runCommand(`${ID}:publish-current-note`);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(runGit(["rev-parse", "main"], server.bareDir).trim()).toBe(head);
		expect(plugin.settings.publish.git.tokenInData).toBe("");
	});
});
