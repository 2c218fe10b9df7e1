/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Loading the built plugin: cheap onload, first pass after layout ready, live updates from vault events.
import { createHarness } from "../harness/harness";
import { fixtureNotes, loadPlugin, unloadPlugin } from "../harness/load";
import type PodcastGardenPlugin from "../../src/plugin/main";
import { getAPI } from "../../src/plugin/api";
import { QuoteIndex } from "../../src/core/index";
import { GARDEN, ID, idle, start, waitFor } from "./setup";

const COMMANDS = ["open-quotes-sidebar", "show-quotes-of-current-note", "search-quotes", "insert-random-quote", "rebuild-quote-index", "merge-suggested-speaker-alias"];

describe("the built plugin in the harness", () => {
	it("registers commands, view and ribbon in onload, the settings tab once the layout is ready, and reads no note before", async () => {
		const h = createHarness();
		const notes = fixtureNotes();
		await h.seed(notes);
		const { plugin, required } = await loadPlugin<PodcastGardenPlugin>(h);
		expect(required.every((name) => name === "obsidian")).toBe(true);
		const ids = h.app.commands.listCommands().map((c) => c.id);
		// The publishing module adds its own commands next to these.
		expect(ids).toEqual(expect.arrayContaining(COMMANDS.map((c) => `${ID}:${c}`)));
		expect(ids.every((id) => id.startsWith(`${ID}:`))).toBe(true);
		expect(h.app.commands.listCommands().every((c) => c.hotkeys === undefined)).toBe(true);
		expect(h.app.commands.listCommands().map((c) => c.name)).toContain("Podcast Garden: Open quotes sidebar");
		expect(h.app.viewRegistry.has("podcast-garden-quotes")).toBe(true);
		const ribbon = Array.from(h.workspace.leftRibbon.containerEl.querySelectorAll(".side-dock-ribbon-action"));
		expect(ribbon.map((el) => el.getAttribute("aria-label"))).toContain("Open quotes sidebar");
		// Obsidian 1.13 builds a tab's rows for its settings search as it is added: that waits for the layout too.
		expect(h.app.setting.pluginTabs).toHaveLength(0);

		await new Promise((resolve) => setTimeout(resolve, 50));
		expect([...h.vault.readCount.values()].reduce((a, b) => a + b, 0)).toBe(0);
		expect(plugin.index.notes()).toHaveLength(0);

		h.layoutReady();
		expect(h.app.setting.pluginTabs).toHaveLength(1);
		await idle(plugin);
		expect(plugin.index.notes().map((n) => n.path)).toEqual(Object.keys(notes).sort());
		expect(plugin.index.all().length).toBeGreaterThan(40);
		const sam = plugin.index.speakers().find((s) => s.name === "Sam Altman")!;
		expect(sam.notes).toContain(GARDEN);
		expect(sam.quoteCount).toBeGreaterThanOrEqual(34);
		expect(plugin.source.progress).toEqual({ running: false, done: Object.keys(notes).length, total: Object.keys(notes).length });
		// Each note was read once.
		expect([...h.vault.readCount.values()].every((n) => n === 1)).toBe(true);
	});

	it("onload asks the vault nothing that grows with it: only the plugin's own data file (decision 57)", async () => {
		const h = createHarness();
		await h.seed(fixtureNotes());
		await h.settle();
		// Every method of the vault, its adapter and the metadata cache, counted while onload runs.
		const calls: string[] = [];
		let depth = 0;
		const restore: (() => void)[] = [];
		const watch = (name: string, target: object): void => {
			const methods = new Set<string>();
			for (let o = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object) {
				for (const key of Object.getOwnPropertyNames(o)) if (key !== "constructor" && typeof Object.getOwnPropertyDescriptor(o, key)?.value === "function") methods.add(key);
			}
			const own = target as Record<string, (...args: unknown[]) => unknown>;
			for (const key of methods) {
				const original = own[key];
				own[key] = function (this: unknown, ...args: unknown[]) {
					// The plugin's calls, not the harness's own calls within them.
					if (depth === 0) calls.push(`${name}.${key}${typeof args[0] === "string" ? ` ${args[0]}` : ""}`);
					depth++;
					try {
						return original.apply(this, args);
					} finally {
						depth--;
					}
				};
				restore.push(() => delete own[key]);
			}
		};
		watch("vault", h.app.vault);
		watch("adapter", h.app.vault.adapter);
		watch("metadataCache", h.app.metadataCache);
		const { plugin, manifest } = await loadPlugin<PodcastGardenPlugin>(h);
		for (const undo of restore) undo();
		// Loading the plugin's settings (Obsidian's loadData asks whether data.json exists first).
		expect(calls).toEqual([`adapter.exists ${manifest.dir}/data.json`]);
		expect(plugin.index.notes()).toHaveLength(0);
	});

	it("follows edits, new notes, renames and deletions", async () => {
		const { h, plugin } = await start();
		const changes: number[] = [];
		plugin.index.onChange((rev) => changes.push(rev));

		const file = await h.vault.create("Podcasts/new episode.md", "## Intro\n\n> Build the thing people want. – Paul Graham\n");
		await idle(plugin);
		expect(plugin.index.quotes({ path: file.path }).map((q) => [q.speaker, q.line])).toEqual([["Paul Graham", 3]]);

		await h.vault.process(file, (text) => `${text}\n> Do things that don't scale. – Paul Graham\n`);
		await idle(plugin);
		expect(plugin.index.quotes({ path: file.path }).map((q) => q.text)).toEqual(["Build the thing people want.", "Do things that don't scale."]);

		await h.app.fileManager.renameFile(file, "Archive/renamed episode.md");
		await idle(plugin);
		expect(plugin.index.note("Podcasts/new episode.md")).toBeUndefined();
		expect(plugin.index.quotes({ path: "Archive/renamed episode.md" })).toHaveLength(2);
		expect(plugin.index.quotes({ path: "Archive/renamed episode.md" })[0].noteTitle).toBe("renamed episode");

		// Moving a whole folder moves its notes.
		await h.vault.rename(h.vault.getFolderByPath("Archive")!, "Old");
		await idle(plugin);
		expect(plugin.index.note("Archive/renamed episode.md")).toBeUndefined();
		expect(plugin.index.quotes({ path: "Old/renamed episode.md" })).toHaveLength(2);

		await h.app.fileManager.trashFile(h.vault.getFileByPath("Old/renamed episode.md")!);
		await idle(plugin);
		expect(plugin.index.note("Old/renamed episode.md")).toBeUndefined();
		expect(plugin.index.all().some((q) => q.speaker === "Paul Graham")).toBe(false);

		// Views are told, once things settle, with the index's latest revision.
		await waitFor(() => changes[changes.length - 1] === plugin.index.revision, "the change notice for the last revision");
	});

	it("shows progress for a large vault and ends equal to a fresh parse despite edits during the pass", async () => {
		const h = createHarness();
		const notes: Record<string, string> = {};
		for (let i = 0; i < 1600; i++) notes[`Big/${String(i).padStart(4, "0")}.md`] = `> Idea number ${i}. – ${i % 2 ? "Ada Lovelace" : "Ada"}\n`;
		// Read last: the person note renames `Ada` in notes indexed long before it.
		notes["Zed/Ada Lovelace.md"] = "---\ntype: person\naliases: [Ada]\n---\n";
		await h.seed(notes);
		const { plugin } = await loadPlugin<PodcastGardenPlugin>(h);
		h.layoutReady();
		// Changes while the first pass runs: an edit near the end, a deletion, a rename, a new note.
		await h.vault.modify(h.vault.getFileByPath("Big/1599.md")!, "> Changed. – Grace Hopper\n");
		await h.app.fileManager.trashFile(h.vault.getFileByPath("Big/0003.md")!);
		await h.vault.rename(h.vault.getFileByPath("Big/0005.md")!, "Moved/0005.md");
		await h.vault.create("Big/new.md", "> Fresh. – Grace Hopper\n");
		await idle(plugin);
		// A progress notice that counted up and went away, then a short summary.
		const [progress, summary] = h.obsidian.recorded.notices;
		expect(progress.message).toBe("Podcast Garden: indexing notes… 1601 of 1601");
		expect(progress.hidden).toBe(true);
		expect(summary.message).toMatch(/^Podcast Garden: indexed 1601 notes, \d+ quotes\.$/);
		const fresh = new QuoteIndex();
		const files = h.vault.getMarkdownFiles();
		fresh.upsertMany(await Promise.all(files.map(async (f) => ({ path: f.path, text: await h.vault.read(f), mtime: f.stat.mtime }))));
		expect(plugin.index.all()).toEqual(fresh.all());
		expect(plugin.index.speakers()).toEqual(fresh.speakers());
		// "Ada" alone is Ada Lovelace: the person note's alias.
		expect(plugin.index.speakers().map((sp) => [sp.name, sp.quoteCount])).toEqual([["Ada Lovelace", 1598], ["Grace Hopper", 2]]);
	});

	it("reads a note once for a burst of saves", async () => {
		const { h, plugin } = await start();
		const file = h.vault.getFileByPath(GARDEN)!;
		const before = h.vault.readCount.get(GARDEN) ?? 0;
		const text = await h.vault.read(file);
		for (let i = 1; i <= 5; i++) await h.vault.modify(file, `${text}\n> Save number ${i}. – Lex Fridman\n`);
		await idle(plugin);
		// One read by the test itself, one by the index.
		expect(h.vault.readCount.get(GARDEN)! - before).toBe(2);
		expect(plugin.index.quotes({ path: GARDEN }).filter((q) => q.text.startsWith("Save number")).map((q) => q.text)).toEqual(["Save number 5."]);
	});

	it("gives other plugins a typed API through getAPI", async () => {
		const { h, plugin, loaded } = await start();
		const api = getAPI(h.app as never)!;
		expect(api).toBe(plugin.api);
		await api.whenReady();
		const sam = api.quotes({ speakers: ["Sam Altman"] });
		expect(sam.length).toBeGreaterThan(20);
		expect(sam.every((q) => q.speaker === "Sam Altman")).toBe(true);
		expect(api.speakers().map((s) => s.name)).toContain("Sam Altman");
		const seen: number[] = [];
		const off = api.onChange((rev) => seen.push(rev));
		await h.vault.create("Podcasts/api.md", "> Hello. – Sam Altman\n");
		await waitFor(() => seen.length > 0, "an API change notice");
		expect(seen[seen.length - 1]).toBe(api.revision());
		off();
		unloadPlugin(h, loaded);
		expect(getAPI(h.app as never)).toBeUndefined();
	});

	it("cleans up on unload: commands, views, vault listeners", async () => {
		const { h, loaded } = await start();
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		expect(h.workspace.getLeavesOfType("podcast-garden-quotes")).toHaveLength(1);
		unloadPlugin(h, loaded);
		expect(h.app.commands.listCommands()).toHaveLength(0);
		expect(h.workspace.getLeavesOfType("podcast-garden-quotes")).toHaveLength(0);
		await new Promise((resolve) => setTimeout(resolve, 0));
		// Only the metadata cache's own four vault listeners stay; nothing of the plugin listens anywhere.
		expect(h.vault.listenerCount()).toBe(4);
		expect(h.workspace.listenerCount()).toBe(0);
		expect(h.app.metadataCache.listenerCount()).toBe(0);
		expect(h.workspace.leftRibbon.containerEl.querySelectorAll(".side-dock-ribbon-action")).toHaveLength(0);
	});
});
