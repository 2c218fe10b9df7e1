/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Every command, run by id the way the palette runs it, doing what its name says.
import type { SuggestModal } from "../harness/obsidian";
import type { IndexedQuote } from "../../src/core/index";
import { GARDEN, ID, start, waitFor } from "./setup";

const NOTE = "Notes/draft.md";
const EXTRA = { [NOTE]: "# Draft\n\nFirst line.\n\nLast line.\n", "Podcasts/typo.md": "---\nshow: Lex Fridman Podcast\n---\n> A rare spelling of the name. – Sam Alman\n" };

describe("commands", () => {
	it("search quotes: the picker filters as you type and inserts the chosen quote at the cursor", async () => {
		const { h, plugin } = await start({ extra: EXTRA });
		const view = await h.openNote(NOTE, 2);
		const hashBefore = plugin.index.note(NOTE)!.hash;
		await h.runCommand(`${ID}:search-quotes`);
		const [modal] = h.openModals() as SuggestModal<IndexedQuote>[];
		expect(modal.inputEl.placeholder).toBe("Search quotes by text, speaker or episode");
		await modal.setQuery("steerability");
		// Unless the word index was prepared within the keystroke's step, the matches follow in a moment.
		await waitFor(() => modal.shownSuggestions.length > 0, "the matches");
		expect(modal.shownSuggestions.every((q) => q.text.toLowerCase().includes("steerability"))).toBe(true);
		const chosen = modal.shownSuggestions[0];
		const row = modal.resultContainerEl.querySelector<HTMLElement>(".suggestion-item")!;
		expect(row.querySelector(".pg-suggest-source")!.textContent).toContain(chosen.speaker!);
		row.click();
		expect(h.openModals()).toHaveLength(0);
		const text = view.editor.getValue();
		const firstLine = chosen.text.split("\n")[0];
		expect(text).toContain(`> ${firstLine}`);
		expect(text).toContain(`> — ${chosen.speaker}`);
		// Inserted where the cursor was (start of line 3) as its own block; the rest of the note untouched.
		expect(text.startsWith("# Draft\n\n> ")).toBe(true);
		expect(text.endsWith(`*\n\nFirst line.\n\nLast line.\n`)).toBe(true);
		// The edit is saved through the view and indexed like any edit.
		await waitFor(() => plugin.index.note(NOTE)!.hash !== hashBefore, "the saved draft to be re-read");
		expect(plugin.index.note(NOTE)!.quotes.map((q) => q.speaker)).toEqual([chosen.speaker]);
	});

	it("search quotes: a word typed before the search is prepared says so, then shows the matches", async () => {
		const { h, plugin } = await start({ extra: EXTRA });
		await h.openNote(NOTE, 2);
		// A clock that runs 20 ms per reading: each bounded step of preparing the search runs out of time at
		// once, as on a vault of 80,000 quotes (where the picker's first keystroke used to take ~1 s).
		let t = 0;
		const clock = jest.spyOn(performance, "now").mockImplementation(() => (t += 20));
		try {
			await h.runCommand(`${ID}:search-quotes`);
			const [modal] = h.openModals() as SuggestModal<IndexedQuote>[];
			await modal.setQuery("steerability");
			expect(modal.shownSuggestions).toEqual([]);
			expect(modal.resultContainerEl.textContent).toBe("Preparing the search… Results appear in a moment.");
			await waitFor(() => modal.shownSuggestions.length > 0, "the matches");
			await modal.whenUpdated();
			expect(modal.shownSuggestions.map((q) => q.id)).toEqual(plugin.index.quotes({ query: "steerability" }).slice(0, 20).map((q) => q.id));
			// Ready now: the next words are answered at once, and no match says so.
			await modal.setQuery("steerability zzzz");
			expect(modal.resultContainerEl.textContent).toBe("No quote matches. Try fewer or shorter words.");
			modal.close();
		} finally {
			clock.mockRestore();
		}
	});

	it("search quotes: a short query shows its 20 best matches, and another word reaches those below them", async () => {
		const { h, plugin } = await start({ extra: EXTRA });
		await h.openNote(NOTE, 2);
		await h.runCommand(`${ID}:search-quotes`);
		const [modal] = h.openModals() as SuggestModal<IndexedQuote>[];
		await modal.setQuery("the");
		await waitFor(() => modal.shownSuggestions.length > 0, "the matches");
		await modal.whenUpdated();
		const all = plugin.index.quotes({ query: "the" });
		expect(all.length).toBeGreaterThan(20);
		expect(modal.shownSuggestions.map((q) => q.id)).toEqual(all.slice(0, 20).map((q) => q.id));
		expect(modal.resultContainerEl.querySelectorAll(".suggestion-item")).toHaveLength(20);
		// A quote ranked below the first 20, found with a word of its own.
		const below = all[all.length - 1];
		const word = below.text.split(/\W+/).filter((w) => w.length > 6).sort((a, b) => b.length - a.length)[0];
		await modal.setQuery(`the ${word}`);
		await modal.whenUpdated();
		expect(modal.shownSuggestions.map((q) => q.id)).toContain(below.id);
		modal.close();
	});

	it("search quotes is offered only with an editor open", async () => {
		const { h } = await start();
		expect(h.app.commands.isAvailable(`${ID}:search-quotes`)).toBe(false);
		expect(h.app.commands.isAvailable(`${ID}:insert-random-quote`)).toBe(false);
		await h.openNote(GARDEN);
		expect(h.app.commands.isAvailable(`${ID}:search-quotes`)).toBe(true);
	});

	it("insert a random quote: puts one indexed quote, with attribution, at the cursor", async () => {
		const { h, plugin } = await start({ extra: EXTRA });
		const view = await h.openNote(NOTE, 4);
		await h.runCommand(`${ID}:insert-random-quote`);
		const inserted = view.editor.getValue().split("\n").slice(4).join("\n");
		// Transcripts repeat short first lines ("Yeah."): the quote is the one whose whole text was inserted.
		const unquoted = inserted.split("\n").map((l) => l.replace(/^> ?/, "")).join("\n");
		const match = plugin.index.all().find((q) => unquoted.startsWith(`${q.text}\n`));
		expect(match).toBeDefined();
		expect(inserted).toContain(`> — ${match!.speaker ?? ""}`);
	});

	it("insert a random quote with nothing indexed explains what to do", async () => {
		const { h } = await start({ extra: EXTRA });
		await h.app.fileManager.trashFile(h.vault.getFolderByPath("Podcasts")!);
		await h.openNote(NOTE);
		await new Promise((resolve) => setTimeout(resolve, 300));
		await h.runCommand(`${ID}:insert-random-quote`);
		expect(h.notices().pop()).toMatch(/^No quotes indexed yet: add a quote with an attribution/);
	});

	it("rebuild the quote index: reads every note again and reports the counts", async () => {
		const { h, plugin } = await start();
		const before = plugin.index.all().length;
		const reads = h.vault.readCount.get(GARDEN);
		const running = h.runCommand(`${ID}:rebuild-quote-index`);
		// The old quotes stay until their notes are read again: the sidebar never goes blank.
		expect(plugin.index.all()).toHaveLength(before);
		await running;
		expect(h.vault.readCount.get(GARDEN)).toBe(reads! + 1);
		expect(plugin.index.all()).toHaveLength(before);
		expect(h.notices().pop()).toBe(`Quote index rebuilt: ${plugin.index.notes().length} notes, ${before} quotes.`);
	});

	it("speakers: merge a suggested alias writes it to the alias table and the index follows", async () => {
		const { h, plugin } = await start({ extra: EXTRA });
		expect(plugin.index.speakers().map((s) => s.name)).toContain("Sam Alman");
		await h.runCommand(`${ID}:merge-suggested-speaker-alias`);
		const [modal] = h.openModals() as SuggestModal<{ from: string; to: string }>[];
		await modal.whenUpdated();
		const index = modal.shownSuggestions.findIndex((s) => s.from === "Sam Alman" && s.to === "Sam Altman");
		expect(index).toBeGreaterThanOrEqual(0);
		modal.resultContainerEl.querySelectorAll<HTMLElement>(".suggestion-item")[index].click();
		await waitFor(() => !plugin.index.speakers().some((s) => s.name === "Sam Alman"), "the alias to reach the index");
		expect(plugin.settings.aliases).toEqual({ "Sam Alman": "Sam Altman" });
		await waitFor(() => h.notices().includes('"Sam Alman" is now an alias of Sam Altman.'), "the confirmation notice");
		const saved = JSON.parse(await h.vault.adapter.read(`.obsidian/plugins/${ID}/data.json`)) as { aliases: Record<string, string> };
		expect(saved.aliases).toEqual({ "Sam Alman": "Sam Altman" });
		expect(plugin.index.quotes({ path: "Podcasts/typo.md" })[0]).toMatchObject({ speaker: "Sam Altman", inferred: "alias-table" });
	});

	it("speakers: merge says so when there is nothing to merge", async () => {
		const { h } = await start({ extra: { "a.md": "> One. – Ann Other\n" } });
		const plugin = (h.app.plugins.plugins[ID] as { settings: { aliases: Record<string, string> }; applySettings(): Promise<void> });
		// Every suggestion the fixtures give, accepted up front.
		for (const s of (h.app.plugins.plugins[ID] as { index: { mergeSuggestions(): { from: string; to: string }[] } }).index.mergeSuggestions()) plugin.settings.aliases[s.from] = s.to;
		await plugin.applySettings();
		await h.runCommand(`${ID}:merge-suggested-speaker-alias`);
		expect(h.openModals()).toHaveLength(0);
		expect(h.notices().pop()).toBe("No merge suggestions: no two speaker names look like spellings of one person.");
	});

	it("open quotes sidebar: one sidebar leaf on the right, revealed, reused the second time", async () => {
		const { h } = await start();
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		const leaves = h.workspace.getLeavesOfType("podcast-garden-quotes");
		expect(leaves).toHaveLength(1);
		expect(leaves[0].getRoot()).toBe(h.workspace.rightSplit);
		expect(h.workspace.rightSplit.collapsed).toBe(false);
		expect(leaves[0].getViewState().state).toMatchObject({ mode: "speaker" });
		// The ribbon icon does the same.
		h.workspace.leftRibbon.containerEl.querySelector<HTMLElement>("[aria-label='Open quotes sidebar']")!.click();
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(h.workspace.getLeavesOfType("podcast-garden-quotes")).toHaveLength(1);
	});

	it("show quotes of the current note: the sidebar in current-note mode; not offered without a note", async () => {
		const { h } = await start();
		expect(h.app.commands.isAvailable(`${ID}:show-quotes-of-current-note`)).toBe(false);
		await h.openNote(GARDEN);
		await h.runCommand(`${ID}:show-quotes-of-current-note`);
		// The palette does not wait for a check callback's work: wait for the sidebar to be there.
		await waitFor(() => h.workspace.getLeavesOfType("podcast-garden-quotes")[0]?.getViewState().state?.mode === "note", "the sidebar in current-note mode");
		expect(h.workspace.getLeavesOfType("podcast-garden-quotes")[0].getRoot()).toBe(h.workspace.rightSplit);
	});
});
