/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// A new install (empty git cache) publishing from the plugin to a site repository that already has
// history made elsewhere: the fetch of existing objects must work over requestUrl and the vault adapter.
import * as fs from "fs";
import * as path from "path";
import { ID, start, waitFor } from "../plugin/setup";
import { gitAsync, runGit, startGitServer } from "../helpers/git-server";
import { tempDir } from "../helpers/temp";

test("a fresh plugin cache publishes on top of a remote that already has commits", async () => {
	const server = await startGitServer();
	const work = tempDir("pg-git-existing-");
	try {
		// History made by someone else with the git CLI: a README and a binary file, two commits.
		const seed = path.join(work, "seed");
		runGit(["init", "-q", "-b", "main", seed]);
		fs.writeFileSync(path.join(seed, "README.md"), "# My garden\n\nBuilt by the host. – Ünïcødé ✓ 🌱\n");
		runGit(["add", "-A"], seed);
		runGit(["commit", "-q", "-m", "First"], seed);
		fs.writeFileSync(path.join(seed, "logo.bin"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
		runGit(["add", "-A"], seed);
		runGit(["commit", "-q", "-m", "Second"], seed);
		await gitAsync(["push", "-q", server.authedUrl, "main"], seed);
		const before = runGit(["rev-parse", "main"], server.bareDir).trim();

		const { h, plugin } = await start({ mobile: true });
		Object.assign(plugin.settings.publish, { target: "git" });
		Object.assign(plugin.settings.publish.git, { remoteUrl: server.url, branch: "main", path: "", username: server.username, authorName: "Phone Publisher", authorEmail: "phone@example.com", createBranch: false });
		h.app.secretStorage.setSecret("podcast-garden-git-token", server.password);
		await plugin.saveSettings();

		await h.runCommand(`${ID}:publish-flagged-notes`);
		const failed = (): string[] => h.notices().filter((n) => n.startsWith("Publishing failed") || n.startsWith("Nothing was published"));
		await waitFor(() => h.openModals().length > 0 || failed().length > 0, "the preview to open", 30000);
		expect(failed()).toEqual([]);
		const modal = h.openModals()[0];
		await waitFor(() => modal.contentEl.querySelector(".pg-publish-message, .pg-publish-error") !== null, "the commit preview", 30000);
		expect(modal.contentEl.querySelector(".pg-publish-error")?.textContent ?? null).toBeNull();
		const ended = (): number => h.notices().filter((n) => n.startsWith("Published to") || n.startsWith("Publishing failed")).length;
		Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Publish selected")!.click();
		await waitFor(() => ended() > 0, "the publish to finish", 30000);
		expect(h.notices().filter((n) => n.startsWith("Publishing failed"))).toEqual([]);

		// One new commit on top of the existing history, which is kept.
		expect(runGit(["log", "-1", "--format=%P", "main"], server.bareDir).trim()).toBe(before);
		const clone = path.join(work, "clone");
		await gitAsync(["clone", "-q", server.authedUrl, clone]);
		expect(fs.readFileSync(path.join(clone, "README.md"), "utf8")).toContain("Ünïcødé ✓ 🌱");
		expect(fs.readFileSync(path.join(clone, "logo.bin")).length).toBe(4096);
		expect(runGit(["fsck", "--strict", "--no-dangling", "--no-progress"], clone).trim()).toBe("");
	} finally {
		await server.close();
	}
});
