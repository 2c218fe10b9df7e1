/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Obsidian mobile: no Node modules, no Node globals, an adapter without a file-system path. The built
// plugin loads there and every command runs.
import * as fs from "fs";
import type { SuggestModal } from "../harness/obsidian";
import { MAIN_JS } from "../harness/load";
import { GARDEN, ID, start, waitFor } from "./setup";

const OURS = ["open-quotes-sidebar", "show-quotes-of-current-note", "search-quotes", "insert-random-quote", "rebuild-quote-index", "merge-suggested-speaker-alias"];

describe("on Obsidian mobile", () => {
	it("main.js requires nothing but obsidian", () => {
		const names = [...fs.readFileSync(MAIN_JS, "utf8").matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
		expect(new Set(names)).toEqual(new Set(["obsidian"]));
	});

	it("main.js parses on iOS before 16.4: no lookbehind but in a library's guarded `new RegExp`", () => {
		// A regex literal with a lookbehind is a syntax error there, and the whole plugin would fail to load; the
		// lint rule (obsidianmd/regex-lookbehind) misses negative ones.
		const js = fs.readFileSync(MAIN_JS, "utf8");
		const unguarded = [...js.matchAll(/\(\?<[=!]/g)].map((m) => js.slice(Math.max(0, m.index - 80), m.index + 20)).filter((around) => !(around.includes("try{") && around.includes("new RegExp(")));
		expect(unguarded).toEqual([]);
	});

	it("loads, indexes and runs every command without Node", async () => {
		const { h, plugin, loaded } = await start({ mobile: true, extra: { "Notes/draft.md": "# Draft\n\nText.\n", "Podcasts/typo.md": "> Rare. – Sam Alman\n" } });
		expect(h.obsidian.Platform.isMobile).toBe(true);
		expect(h.vault.adapter instanceof h.obsidian.FileSystemAdapter).toBe(false);
		expect(loaded.required.every((name) => name === "obsidian")).toBe(true);
		expect(plugin.index.all().length).toBeGreaterThan(40);

		const ids = h.app.commands.listCommands().map((c) => c.id);
		expect(ids).toEqual(expect.arrayContaining(OURS.map((c) => `${ID}:${c}`)));
		const ran: string[] = [];
		const view = await h.openNote("Notes/draft.md", 2);
		for (const id of ids) {
			// Commands that need a note get one (the garden note: flagged, with quotes).
			if (!h.app.commands.isAvailable(id)) await h.openNote(GARDEN);
			if (!h.app.commands.isAvailable(id)) continue;
			await h.runCommand(id);
			ran.push(id);
			for (const modal of h.openModals()) {
				// Pickers: choose the first entry, as a tap would; other dialogs are closed.
				const picker = modal as SuggestModal<unknown>;
				if (picker.resultContainerEl) {
					await picker.whenUpdated();
					picker.resultContainerEl.querySelector<HTMLElement>(".suggestion-item")?.click();
				}
				modal.close();
			}
			await new Promise((resolve) => setTimeout(resolve, 20));
			if (id.endsWith(":search-quotes")) await h.openNote("Notes/draft.md", 2);
		}
		expect(ran).toEqual(expect.arrayContaining(OURS.map((c) => `${ID}:${c}`)));
		// The quote inserts and "Insert quotes block for current filter" each wrote into the draft (where, depends on
		// the quote the resurface order picks and on the flag commands' frontmatter before them).
		const draft = view.editor.getValue();
		expect(draft).toMatch(/^# Draft$/m);
		expect(draft).toMatch(/\n\n```podcast-quotes\n[^`]*```\n\n/);
		expect(draft).toMatch(/^> \S/m);
		await waitFor(() => Object.keys(plugin.settings.aliases).length > 0, "the merged alias");
		expect(h.workspace.getLeavesOfType("podcast-garden-quotes")).toHaveLength(1);
		expect(h.notices().some((n) => n.startsWith("Quote index rebuilt:"))).toBe(true);

		// The settings tab (including the publishing section) draws on mobile too.
		const tab = h.app.setting.pluginTabs[0];
		h.app.setting.openTab(tab);
		expect(tab.containerEl.querySelectorAll(".setting-item").length).toBeGreaterThan(5);
		// Still nothing but obsidian asked for after all that.
		expect(loaded.required.every((name) => name === "obsidian")).toBe(true);
	});
});
