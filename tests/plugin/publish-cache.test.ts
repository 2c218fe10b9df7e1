/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The built plugin publishes from its quote index with a publish cache: kept in memory for the session and
// in the plugin's folder for the next one, never in the site; edits of embedded notes still reach the
// pages that embed them, in the same session and after a restart.
import type { Harness } from "../harness/harness";
import { loadPlugin, unloadPlugin } from "../harness/load";
import type { Modal } from "../harness/obsidian";
import type PodcastGardenPlugin from "../../src/plugin/main";
import { ID, idle, start, waitFor } from "./setup";

const SITE = "Published site";
const CACHE = ".obsidian/plugins/podcast-garden/publish-cache.json";
const HOST_PAGE = `${SITE}/notes/host/index.html`;
const EXTRA = {
	"Notes/Host.md": "---\ndg-publish: true\n---\n# Host\n\n![[Inner]]\n\nSee [[Secret]].\n",
	"Notes/Inner.md": "---\ndg-publish: true\n---\nInner words one\n",
	"Notes/Secret.md": "Secret words zqxsecret\n",
};

async function publish(h: Harness): Promise<void> {
	const done = (): number => h.notices().filter((n) => n.startsWith("Published to") || n.startsWith("Nothing to publish")).length;
	const before = done();
	await h.runCommand(`${ID}:publish-flagged-notes`);
	await waitFor(() => h.openModals().length > 0, "the preview to open");
	const preview: Modal = h.openModals()[0];
	const button = Array.from(preview.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Publish selected");
	if (!button) throw new Error("No publish button");
	button.click();
	await waitFor(() => done() > before, "the publish to finish");
}

async function edit(h: Harness, plugin: PodcastGardenPlugin, path: string, text: string): Promise<void> {
	await h.app.vault.modify(h.app.vault.getFileByPath(path)!, text);
	await h.settle();
	await idle(plugin);
}

test("the publish cache lives in the plugin folder, names no private text, and keeps embeds current across sessions", async () => {
	const { h, loaded, plugin } = await start({ extra: EXTRA });
	const adapter = h.app.vault.adapter;
	await publish(h);
	expect(await adapter.read(HOST_PAGE)).toContain("Inner words one");
	expect(await adapter.exists(CACHE)).toBe(true);
	const stored = await adapter.read(CACHE);
	expect(stored).toContain("Notes/Inner.md");
	expect(stored).not.toContain("zqxsecret");
	// Of published notes' words only the feed's excerpt: the search index is read back from the site.
	expect(stored).toContain('"excerpt":"Inner words one"');
	expect(stored).not.toContain('"quotes"');
	const siteFiles = (await adapter.list(SITE)).files.join("\n");
	expect(siteFiles).not.toContain("publish-cache");

	// Same session: only the embedded note changed; the page that embeds it follows. The search index's
	// base is kept (read back through the folder target): only its recent part is written.
	const base = await adapter.read(`${SITE}/search/index-1.json`);
	await edit(h, plugin, "Notes/Inner.md", "---\ndg-publish: true\n---\nInner words two\n");
	await publish(h);
	expect(await adapter.read(HOST_PAGE)).toContain("Inner words two");
	expect(await adapter.read(`${SITE}/search/index-1.json`)).toBe(base);
	expect(await adapter.read(`${SITE}/search/index-recent.json`)).toContain("notes/inner/");

	// Next session: the stored cache is read back, and an embed edit still reaches the host page.
	unloadPlugin(h, loaded);
	const again = await loadPlugin<PodcastGardenPlugin>(h);
	await idle(again.plugin);
	const reads: string[] = [];
	const cachedRead = h.app.vault.cachedRead.bind(h.app.vault);
	h.app.vault.cachedRead = (file) => {
		reads.push(file.path);
		return cachedRead(file);
	};
	await edit(h, again.plugin, "Notes/Inner.md", "---\ndg-publish: true\n---\nInner words three\n");
	await publish(h);
	// Read: the edited note (by the index, then the publish) and the note embedding it; no other note.
	expect([...new Set(reads)].sort()).toEqual(["Notes/Host.md", "Notes/Inner.md"]);
	const page = await adapter.read(HOST_PAGE);
	expect(page).toContain("Inner words three");
	expect(page).not.toContain("zqxsecret");
	await idle(again.plugin);
});
