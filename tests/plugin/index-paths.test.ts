/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Which notes the quote index reads, through the built plugin: a site published as Digital Garden Markdown
// into a vault folder (and a publish's temporary sibling folders) must not show every quote twice.
import { typeInto, type Harness } from "../harness/harness";
import type { Modal } from "../harness/obsidian";
import { GARDEN, ID, idle, start, waitFor } from "./setup";

const OUT = "Garden";

/** Obsidian's file watcher reports files a publish wrote through the adapter; the harness has none, so copy them in. */
async function announce(h: Harness, folder: string, as = folder): Promise<string[]> {
	const adapter = h.app.vault.adapter;
	const listed = await adapter.list(folder);
	const created: string[] = [];
	for (const path of listed.files.filter((p) => p.endsWith(".md"))) {
		const target = as + path.slice(folder.length);
		await h.vault.create(target, await adapter.read(path));
		created.push(target);
	}
	for (const sub of listed.folders) created.push(...(await announce(h, sub, as + sub.slice(folder.length))));
	return created;
}

function sidebarRows(h: Harness): HTMLElement[] {
	const [leaf] = h.workspace.getLeavesOfType("podcast-garden-quotes");
	return Array.from(leaf.view.containerEl.querySelectorAll<HTMLElement>(".pg-quote-row"));
}

describe("the quote index and the publish output folder", () => {
	test("published Markdown copies and temporary publish folders are not indexed; changing the folder re-applies", async () => {
		const { h, plugin } = await start();
		const publish = plugin.settings.publish;
		publish.layout = "digital-garden";
		publish.outputFolder = OUT;
		await plugin.applySettings();
		const own = plugin.index.quotes({ query: "steerability" });
		expect(own.map((q) => q.path)).toEqual([GARDEN]);
		const before = plugin.index.all().length;

		await h.runCommand(`${ID}:publish-flagged-notes`);
		await waitFor(() => h.openModals().length > 0, "the publish preview");
		const modal: Modal = h.openModals()[0];
		Array.from(modal.contentEl.querySelectorAll("button"))
			.find((b) => b.textContent === "Publish selected")!
			.click();
		await waitFor(() => h.notices().some((n) => n.startsWith("Published to")), "the publish");
		const published = await announce(h, OUT);
		expect(published).toContain(`${OUT}/src/site/notes/${GARDEN}`);
		// What an interrupted publish leaves behind.
		const temp = await announce(h, OUT, `${OUT}.pg-new`);
		await announce(h, OUT, `${OUT}.pg-old`);
		await idle(plugin);

		expect(plugin.index.all().length).toBe(before);
		expect(plugin.index.notes().filter((n) => n.path.startsWith(OUT))).toEqual([]);
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		await waitFor(() => sidebarRows(h).length > 0, "the sidebar rows");
		expect(plugin.index.quotes({ query: "steerability" }).map((q) => q.path)).toEqual([GARDEN]);
		const [leaf] = h.workspace.getLeavesOfType("podcast-garden-quotes");
		typeInto(leaf.view.containerEl.querySelector<HTMLInputElement>(".pg-search-input")!, "steerability");
		await waitFor(() => sidebarRows(h).length === 1, "one steerability row in the sidebar");

		// Another output folder: the old one holds ordinary notes now; the temporary folders stay out.
		publish.outputFolder = "Elsewhere";
		await plugin.applySettings();
		await idle(plugin);
		const copy = `${OUT}/src/site/notes/${GARDEN}`;
		expect(plugin.index.quotes({ query: "steerability" }).map((q) => q.path).sort()).toEqual([copy, GARDEN].sort());
		expect(plugin.index.has(temp[0])).toBe(false);

		// Back again: the copies leave the index.
		publish.outputFolder = `${OUT}/`;
		await plugin.applySettings();
		await idle(plugin);
		expect(plugin.index.all().length).toBe(before);
		expect(plugin.index.has(copy)).toBe(false);

		// The git target writes nothing into the vault: the folder is ordinary notes then.
		publish.target = "git";
		await plugin.applySettings();
		await idle(plugin);
		expect(plugin.index.has(copy)).toBe(true);
	});

	test("a published copy created later, or renamed into the output folder, is not indexed", async () => {
		const { h, plugin } = await start();
		const text = await h.vault.cachedRead(h.vault.getFileByPath(GARDEN)!);
		await h.vault.create(`Published site/notes/copy.md`, text);
		const moved = await h.vault.create("Notes/moved.md", text);
		await idle(plugin);
		expect(plugin.index.has("Notes/moved.md")).toBe(true);
		await h.app.fileManager.renameFile(moved, "Published site/moved.md");
		await idle(plugin);
		expect(plugin.index.has("Published site/notes/copy.md")).toBe(false);
		expect(plugin.index.has("Notes/moved.md")).toBe(false);
		expect(plugin.index.has("Published site/moved.md")).toBe(false);
		expect(plugin.index.quotes({ query: "steerability" }).map((q) => q.path)).toEqual([GARDEN]);
	});
});
