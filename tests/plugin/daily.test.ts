/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// A quote a day and resurfacing, through the built plugin: the card at the top of the sidebar, the
// Resurface mode and its memory in the plugin's data (surviving a rename of every note and a restart),
// and the random-quote command choosing the same way.
import type { PluginSettingTab } from "../harness/obsidian";
import { findSetting, settingNames, typeInto } from "../harness/harness";
import { loadPlugin, unloadPlugin } from "../harness/load";
import type PodcastGardenPlugin from "../../src/plugin/main";
import { createHarness } from "../harness/harness";
import { fixtureNotes } from "../harness/load";
import { GARDEN, ID, idle, start, waitFor, type Started } from "./setup";
import { memoryKey } from "../../src/core/view/resurface";

const DATA = `.obsidian/plugins/${ID}/data.json`;

function rowTexts(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll<HTMLElement>(".pg-quote-row .pg-quote-text"), (r) => r.textContent ?? "");
}

async function openSidebar(h: Started["h"]): Promise<HTMLElement> {
	await h.runCommand(`${ID}:open-quotes-sidebar`);
	const [leaf] = h.workspace.getLeavesOfType("podcast-garden-quotes");
	return leaf.view.containerEl;
}

async function resurfaceMode(root: HTMLElement, count: number): Promise<string[]> {
	root.querySelector<HTMLElement>('.pg-mode-button[data-mode="resurface"]')!.click();
	await waitFor(() => rowTexts(root).length === count, `${count} resurfaced rows`);
	return rowTexts(root);
}

async function savedSeen(h: Started["h"]): Promise<Record<string, number>> {
	const data = JSON.parse(await h.vault.adapter.read(DATA)) as { seenQuotes?: Record<string, number> };
	return data.seenQuotes ?? {};
}

function select(row: HTMLElement, value: string): void {
	const el = row.querySelector("select")!;
	el.value = value;
	el.dispatchEvent(new Event("change"));
}

describe("the quote of the day", () => {
	it("is chosen once the first pass is complete, not at each of its notifications", async () => {
		// The sidebar was left open: it is there when Obsidian starts, before the first pass.
		const h = createHarness();
		const notes: Record<string, string> = fixtureNotes();
		for (let i = 0; i < 3000; i++) notes[`Big/${String(i).padStart(4, "0")}.md`] = `> Idea number ${i}. – Ada Lovelace\n`;
		await h.seed(notes);
		const loaded = await loadPlugin<PodcastGardenPlugin>(h);
		const plugin = loaded.plugin;
		const root = await openSidebar(h);
		const card = root.querySelector<HTMLElement>(".pg-daily")!;
		// What the card showed each time the views heard of a change while the pass ran.
		const duringPass: string[] = [];
		plugin.index.onChange(() => {
			if (plugin.source.progress.running) duringPass.push(card.dataset.quoteId ?? "");
		});
		h.layoutReady();
		await idle(plugin);
		// The sidebar filled meanwhile; the card waited (each choice goes over every quote indexed so far).
		expect(duringPass.length).toBeGreaterThan(0);
		expect(duringPass.every((id) => id === "")).toBe(true);
		await waitFor(() => (card.dataset.quoteId ?? "") !== "", "the quote of the day after the pass");
		expect(plugin.index.all().some((q) => q.id === card.dataset.quoteId)).toBe(true);
		expect(card.classList.contains("is-hidden")).toBe(false);
		unloadPlugin(h, loaded);
	});

	it("is at the top of the sidebar, the same on reopening, with Another one and Open", async () => {
		const { h, plugin } = await start();
		const root = await openSidebar(h);
		const card = root.querySelector<HTMLElement>(".pg-daily")!;
		// First in the view's content, above the toolbar.
		expect(card.parentElement!.firstElementChild).toBe(card);
		expect(card.nextElementSibling!.classList.contains("pg-quotes-toolbar")).toBe(true);
		await waitFor(() => (card.querySelector(".pg-daily-text")?.textContent ?? "") !== "", "the card's quote");
		const first = card.dataset.quoteId!;
		const quote = plugin.index.all().find((q) => q.id === first)!;
		expect(card.querySelector(".pg-daily-text")!.textContent).toContain(quote.text.split("\n")[0].replace(/\*\*/g, ""));
		expect(card.querySelector(".pg-daily-speaker")!.textContent).toBe(`— ${quote.speaker ?? quote.speakerRaw ?? "Unknown speaker"}`);

		// Closing and opening the sidebar again: the same quote (it is the day's, not a random one).
		h.workspace.detachLeavesOfType("podcast-garden-quotes");
		const again = await openSidebar(h);
		expect(again.querySelector<HTMLElement>(".pg-daily")!.dataset.quoteId).toBe(first);

		const another = again.querySelector<HTMLElement>('.pg-daily-button[data-action="Another one"]')!;
		another.click();
		const second = again.querySelector<HTMLElement>(".pg-daily")!.dataset.quoteId;
		expect(second).not.toBe(first);
		another.click();
		expect(new Set([first, second, again.querySelector<HTMLElement>(".pg-daily")!.dataset.quoteId]).size).toBe(3);

		again.querySelector<HTMLElement>('.pg-daily-button[data-action="Open"]')!.click();
		const shown = plugin.index.all().find((q) => q.id === again.querySelector<HTMLElement>(".pg-daily")!.dataset.quoteId)!;
		await waitFor(() => h.workspace.getActiveFile()?.path === shown.path, "the quote's note open");
	});

	it("draws from the speaker the settings name, and says so when there is none", async () => {
		const { h, plugin } = await start();
		const root = await openSidebar(h);
		const tab = h.app.setting.pluginTabs[0] as PluginSettingTab;
		h.app.setting.openTab(tab);
		select(findSetting(tab.containerEl, "Draw the quote of the day from"), "speaker");
		await waitFor(() => settingNames(tab.containerEl).includes("Speaker"), "the speaker field");
		expect(plugin.settings.daily.filter.kind).toBe("speaker");
		typeInto(findSetting(tab.containerEl, "Speaker").querySelector("input")!, "sam altman");
		const card = root.querySelector<HTMLElement>(".pg-daily")!;
		await waitFor(() => card.querySelector(".pg-daily-speaker")?.textContent === "— Sam Altman", "a Sam Altman quote");
		for (let i = 0; i < 4; i++) {
			card.querySelector<HTMLElement>('.pg-daily-button[data-action="Another one"]')!.click();
			expect(card.querySelector(".pg-daily-speaker")!.textContent).toBe("— Sam Altman");
		}
		typeInto(findSetting(tab.containerEl, "Speaker").querySelector("input")!, "Nobody Quoted");
		await waitFor(() => card.classList.contains("is-empty"), "the empty card");
		expect(card.querySelector(".pg-daily-text")!.textContent).toBe("No quotes for “Nobody Quoted” yet. Change the quote of the day's filter in the plugin's settings.");
		const saved = JSON.parse(await h.vault.adapter.read(DATA)) as { daily: unknown };
		expect(saved.daily).toMatchObject({ filter: { kind: "speaker", value: "Nobody Quoted" } });
	});
});

describe("resurfacing", () => {
	it("remembers what you saw across a rename of every note and a restart", async () => {
		const { h, loaded } = await start();
		const plugin = loaded.plugin;
		plugin.settings.daily.showCard = false; // only the Resurface list marks quotes seen here
		const root = await openSidebar(h);
		const first = await resurfaceMode(root, 5);
		expect(root.querySelector(".pg-quotes-summary")!.textContent).toBe("5 quotes you have not seen for the longest time");
		// Seen after a moment on screen, in the plugin's data.
		await waitFor(() => Object.keys(plugin.settings.seenQuotes).length === 5, "five quotes remembered", 5000);
		expect(Object.keys(await savedSeen(h))).toHaveLength(5);
		const idsBefore = new Set(plugin.index.all().map((q) => q.id));
		const shownIds = Array.from(root.querySelectorAll<HTMLElement>(".pg-quote-row"), (r) => r.dataset.quoteId);
		const shownTexts = new Set(plugin.index.all().filter((q) => shownIds.includes(q.id)).map((q) => q.text));
		expect(shownTexts.size).toBe(5);

		// Every note moves: every quote id changes (ids include the path), the memory must not care.
		await h.vault.rename(h.vault.getAbstractFileByPath("Podcasts")!, "Archive/Podcasts");
		await idle(plugin);
		await waitFor(() => plugin.index.all().every((q) => q.path.startsWith("Archive/") || !q.path.startsWith("Podcasts/")), "the index follows the rename");
		expect(plugin.index.all().filter((q) => idsBefore.has(q.id))).toHaveLength(plugin.index.all().filter((q) => !q.path.startsWith("Archive/")).length);

		h.workspace.detachLeavesOfType("podcast-garden-quotes");
		unloadPlugin(h, loaded);
		const again = await loadPlugin<PodcastGardenPlugin>(h);
		await idle(again.plugin);
		again.plugin.settings.daily.showCard = false;
		const root2 = await openSidebar(h);
		// The five quotes shown before, now at new paths with new ids, are remembered as seen.
		const moved = again.plugin.index.all().filter((q) => shownTexts.has(q.text));
		expect(moved.length).toBeGreaterThanOrEqual(5);
		for (const q of moved) expect(idsBefore.has(q.id)).toBe(false);
		for (const q of moved) expect(again.plugin.settings.seenQuotes[memoryKey(q)]).toBeGreaterThan(0);
		const second = await resurfaceMode(root2, 5);
		// The same day and filter chose `first` before: only the memory can make these five others.
		expect(second.filter((t) => first.includes(t))).toEqual([]);

		// "Show others": the shown five count as seen at once, and five more come.
		root2.querySelector<HTMLElement>(".pg-resurface-next")!.click();
		await waitFor(() => rowTexts(root2).length === 5 && rowTexts(root2)[0] !== second[0], "five others");
		const third = rowTexts(root2);
		expect(third.filter((t) => first.includes(t) || second.includes(t))).toEqual([]);
		await waitFor(() => Object.keys(again.plugin.settings.seenQuotes).length === 10, "ten remembered");
	});

	it("the random-quote command inserts the quote not seen for the longest time, then another", async () => {
		const { h, plugin } = await start();
		plugin.settings.daily.showCard = false;
		const root = await openSidebar(h);
		const [top] = await resurfaceMode(root, 5);
		// Leave the mode before the moment that marks them seen: nothing is remembered.
		root.querySelector<HTMLElement>('.pg-mode-button[data-mode="flat"]')!.click();
		await new Promise((r) => setTimeout(r, 1700));
		expect(plugin.settings.seenQuotes).toEqual({});

		const view = await h.openNote(GARDEN, 0);
		await h.runCommand(`${ID}:insert-random-quote`);
		const firstLine = top.trim().split("\n")[0].replace(/\*\*/g, "").slice(0, 30);
		expect(view.editor.getValue().replace(/\*\*/g, "")).toContain(firstLine);
		await waitFor(() => Object.keys(plugin.settings.seenQuotes).length === 1, "the inserted quote remembered");
		// The next one is another quote: two different quotes remembered (the same would be one key).
		await h.runCommand(`${ID}:insert-random-quote`);
		await waitFor(() => Object.keys(plugin.settings.seenQuotes).length === 2, "a second, different quote remembered");
	});
});
