/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The git target from the built plugin (main.js) on Obsidian mobile in the harness: HTTP only through
// requestUrl (the harness's real one), the cache through the vault adapter, the token from SecretStorage,
// the example notes through the real publishing pipeline, against the same `git http-backend` server.
import * as fs from "fs";
import * as path from "path";
import { requestLog } from "../harness/obsidian";
import { GARDEN, ID, start, waitFor } from "../plugin/setup";
import { gitAsync, runGit, startGitServer } from "../helpers/git-server";
import type { GitTestServer } from "../helpers/git-server";
import { tempDir } from "../helpers/temp";

const PAGE = "010-inbox/367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt-and-the-future-of-ai/index.html";
const CACHE = ".obsidian/plugins/podcast-garden/git-cache";

let server: GitTestServer;
let work: string;

beforeAll(async () => {
	server = await startGitServer();
	work = tempDir("pg-git-plugin-");
});

afterAll(async () => {
	await server.close();
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

	test("the preview shows the exact commit publishing makes: branch, parent, full message", async () => {
		// Its own remote, so the first commit creates the branch and the second sits on the first.
		const own = await startGitServer();
		try {
			const { h, plugin } = await start({ mobile: true });
			Object.assign(plugin.settings.publish, { target: "git" });
			Object.assign(plugin.settings.publish.git, { remoteUrl: own.url, branch: "main", path: "", username: own.username, authorName: "Phone Publisher", authorEmail: "phone@example.com", createBranch: true });
			h.app.secretStorage.setSecret("podcast-garden-git-token", own.password);
			await plugin.saveSettings();
			const tip = (): string => runGit(["for-each-ref", "--format=%(objectname)", "refs/heads/main"], own.bareDir).trim();
			const previewAndPublish = async (expectInMessage: string): Promise<void> => {
				const parent = tip();
				await h.runCommand(`${ID}:publish-flagged-notes`);
				const failed = (): string[] => h.notices().filter((n) => n.startsWith("Publishing failed") || n.startsWith("Nothing was published"));
				await waitFor(() => h.openModals().length > 0 || failed().length > 0, "the preview to open", 30000);
				expect(failed()).toEqual([]);
				const modal = h.openModals()[0];
				expect(modal.contentEl.textContent).toContain(`Target: git ${own.url} (main)`);
				await waitFor(() => modal.contentEl.querySelector(".pg-publish-message, .pg-publish-error") !== null, "the commit preview", 30000);
				expect(modal.contentEl.querySelector(".pg-publish-error")).toBeNull();
				const summary = modal.contentEl.querySelector(".pg-publish-commit .pg-publish-summary")?.textContent ?? "";
				expect(summary).toContain("Commit on branch main");
				expect(summary).toContain(parent ? `parent ${parent}` : "parent none (the branch main will be created)");
				const previewed = modal.contentEl.querySelector(".pg-publish-message")?.textContent ?? "";
				expect(previewed).toContain(expectInMessage);
				expect(previewed).toMatch(/\nAdded \(\d+\):\n/);
				// Nothing was pushed by the preview.
				expect(tip()).toBe(parent);
				const ended = (): number => h.notices().filter((n) => n.startsWith("Published to") || n.startsWith("Publishing failed")).length;
				const before = ended();
				Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Publish selected")!.click();
				await waitFor(() => ended() > before, "the publish to finish", 30000);
				expect(h.notices().filter((n) => n.startsWith("Publishing failed"))).toEqual([]);
				// The commit made is the one shown.
				expect(runGit(["log", "-1", "--format=%P", "main"], own.bareDir).trim()).toBe(parent);
				expect(runGit(["log", "-1", "--format=%B", "main"], own.bareDir).trim()).toBe(previewed.trim());
			};
			await previewAndPublish(`new: ${GARDEN} → /010-inbox/`);
			await h.app.vault.create("Notes/Preview check.md", "---\ndg-publish: true\n---\n# Preview check\n\n> Shown before it is pushed. – Ana Ruiz\n");
			await h.settle();
			await previewAndPublish("new: Notes/Preview check.md → /notes/preview-check/");
		} finally {
			await own.close();
		}
	});
});
