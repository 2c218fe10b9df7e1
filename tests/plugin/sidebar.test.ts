/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The quotes sidebar as a user meets it through the built plugin: open it, search, click a quote, and see
// it follow edits to the vault.
import { MarkdownView } from "../harness/obsidian";
import { typeInto } from "../harness/harness";
import { GARDEN, ID, start, waitFor } from "./setup";

function rows(root: HTMLElement): HTMLElement[] {
	return Array.from(root.querySelectorAll<HTMLElement>(".pg-quote-row"));
}

function rowTexts(root: HTMLElement): string[] {
	return rows(root).map((r) => r.querySelector(".pg-quote-text")?.textContent ?? "");
}

async function openSidebar() {
	const started = await start();
	await started.h.runCommand(`${ID}:open-quotes-sidebar`);
	const [leaf] = started.h.workspace.getLeavesOfType("podcast-garden-quotes");
	const root = leaf.view.containerEl;
	await waitFor(() => rows(root).length > 0, "quote rows in the sidebar");
	return { ...started, leaf, root };
}

describe("the quotes sidebar", () => {
	it("filters as you type and opens the note at the clicked quote", async () => {
		const { h, plugin, root } = await openSidebar();
		// Only the visible rows are in the DOM, never all quotes.
		expect(rows(root).length).toBeLessThan(plugin.index.all().length);

		const search = root.querySelector<HTMLInputElement>(".pg-search-input")!;
		typeInto(search, "steerability");
		await waitFor(() => rows(root).length === 1, "one matching row");
		const [quote] = plugin.index.quotes({ query: "steerability" });
		expect(rowTexts(root)[0]).toContain("steerability");
		// Grouped by speaker (the default): the group header names him, with the count.
		expect(root.querySelector(".pg-group-label")!.textContent).toContain("Sam Altman");
		expect(root.querySelector(".pg-group-count")!.textContent).toBe("1");

		rows(root)[0].click();
		await waitFor(() => h.workspace.getActiveViewOfType(MarkdownView)?.file?.path === GARDEN, "the note open in the main area");
		const view = h.workspace.getActiveViewOfType(MarkdownView)!;
		expect(view.leaf.getRoot()).toBe(h.workspace.rootSplit);
		expect(view.editor.getCursor("from")).toEqual({ line: quote.line - 1, ch: 0 });
		expect(view.editor.getCursor("to").line).toBe(quote.endLine - 1);
		expect(view.editor.getSelection()).toContain("steerability");
		expect(view.editor.scrolledTo?.from.line).toBe(quote.line - 1);
	});

	it("shows a new quote, an edited one and drops a deleted note's quotes", async () => {
		const { h, root } = await openSidebar();
		const search = root.querySelector<HTMLInputElement>(".pg-search-input")!;
		typeInto(search, "okapi");
		await waitFor(() => rows(root).length === 0, "no okapi yet");

		const file = await h.vault.create("Podcasts/zoo.md", "> Every okapi is different. – Jane Goodall\n");
		await waitFor(() => rowTexts(root).some((t) => t.includes("Every okapi is different.")), "the new quote in the sidebar");

		await h.vault.modify(file, "> Every okapi is unique. – Jane Goodall\n");
		await waitFor(() => rowTexts(root).some((t) => t.includes("Every okapi is unique.")), "the edited quote");
		expect(rowTexts(root).some((t) => t.includes("different"))).toBe(false);

		await h.app.fileManager.renameFile(file, "Podcasts/Zoo episode.md");
		await waitFor(() => rows(root)[0]?.textContent?.includes("Zoo episode") === true, "the renamed note as source");

		await h.app.fileManager.trashFile(h.vault.getFileByPath("Podcasts/Zoo episode.md")!);
		await waitFor(() => rows(root).length === 0, "the deleted note's quote gone");
	});

	it("answers a query typed before the search is ready without waiting for it, then shows exact results", async () => {
		const { h, plugin } = await start();
		// A clock that runs 5 ms per reading: every bounded step of preparing the search runs out of time at
		// once, as on a vault of 80,000 quotes (where finishing it in the keystroke took ~0.4 s).
		let t = 0;
		let tick = 5;
		const clock = jest.spyOn(performance, "now").mockImplementation(() => (t += tick));
		try {
			await h.runCommand(`${ID}:open-quotes-sidebar`);
			const root = h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
			const search = root.querySelector<HTMLInputElement>(".pg-search-input")!;
			// Typed before the sidebar's warm-up has run: the keystroke does a bounded step and returns.
			typeInto(search, "steerability");
			expect(rows(root)).toHaveLength(0);
			const empty = root.querySelector<HTMLElement>(".pg-quotes-empty")!;
			expect(empty.classList.contains("is-hidden")).toBe(false);
			expect(empty.textContent).toContain("Preparing the search…");
			expect(empty.textContent).toContain(`${plugin.index.all().length.toLocaleString()} quotes`);
			expect(empty.textContent).toContain("Results for “steerability” appear here in a moment.");
			// The warm-up finishes in slices and shows exactly what the search finds.
			await waitFor(() => rows(root).length > 0, "the matching rows");
			const expected = plugin.index.quotes({ query: "steerability" });
			expect(expected).toHaveLength(1);
			expect(rows(root).map((r) => r.dataset.quoteId)).toEqual(expected.map((q) => q.id));
			expect(empty.classList.contains("is-hidden")).toBe(true);
			expect(root.querySelector(".pg-quotes-summary")!.textContent).toBe("1 quote by 1 speaker");

			// A new note while the rows show a query: its words are indexed in slices too, and the rows found
			// for this query stay meanwhile (no "Preparing" flash), then include the new quote. (One step per
			// slice now: catching up with even one note takes more than the update's own slice.)
			tick = 20;
			const flashes: string[] = [];
			const watch = new MutationObserver(() => {
				if (!empty.classList.contains("is-hidden") && empty.textContent) flashes.push(empty.textContent);
			});
			watch.observe(empty, { childList: true, subtree: true, attributes: true });
			await h.vault.create("Podcasts/zoo.md", "> Steerability matters for okapis too. – Jane Goodall\n");
			await waitFor(() => rows(root).length === 2, "the new quote among the rows");
			watch.disconnect();
			expect(flashes).toEqual([]);
			expect(rowTexts(root).some((text) => text.includes("okapis"))).toBe(true);
		} finally {
			clock.mockRestore();
		}
	});

	it("in This note mode follows another note opened in the same tab", async () => {
		const { h, root } = await openSidebar();
		await h.vault.create("Podcasts/zoo.md", "> Every okapi is different. – Jane Goodall\n");
		root.querySelector<HTMLElement>('.pg-mode-button[data-mode="note"]')!.click();
		const first = await h.openNote(GARDEN);
		await waitFor(() => rowTexts(root).some((t) => t.includes("steerability")), "the episode's quotes");
		expect(rowTexts(root).some((t) => t.includes("okapi"))).toBe(false);

		// The same leaf, already active, opens another note: Obsidian fires file-open and the sidebar follows.
		const second = await h.openNote("Podcasts/zoo.md");
		expect(second.leaf).toBe(first.leaf);
		await waitFor(() => rows(root).length === 1 && rowTexts(root)[0].includes("Every okapi is different."), "the zoo note's one quote");
	});
});
