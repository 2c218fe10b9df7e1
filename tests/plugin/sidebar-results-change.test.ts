/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// A keystroke that changes the results replaces the rows on screen: each row must then show, open, copy and
// insert its new quote, never one the rows showed before.
import { MarkdownView } from "../harness/obsidian";
import { typeInto } from "../harness/harness";
import { quoteAsMarkdown } from "../../src/core/view/format";
import { ID, start, waitFor } from "./setup";

const BEFORE = "Podcasts/Earlier results.md";
const AFTER = "Podcasts/New results.md";
const TARGET = "Notes/Draft.md";

const notes = {
	[BEFORE]: ["> The zebrafinch sings at dawn. – Ada Lovelace", "> A zebrafinch never hurries. – Grace Hopper", "> Every zebrafinch keeps time. – Alan Turing"].join("\n\n") + "\n",
	[AFTER]: [
		"Intro line.",
		"",
		"> Quokkalike smiles hide long days. – Katherine Johnson",
		"",
		"> Be quokkalike when the road is long. – Edsger Dijkstra",
		"",
		"> A quokkalike calm wins the week. – Barbara Liskov",
		"",
		"> Nothing quokkalike survives a deadline. – Ada Lovelace",
	].join("\n") + "\n",
	[TARGET]: "Draft.\n",
};

function rows(root: HTMLElement): HTMLElement[] {
	return Array.from(root.querySelectorAll<HTMLElement>(".pg-quote-row"));
}

describe("the sidebar's rows after the results change", () => {
	it("each show, open, copy and insert their new quote", async () => {
		const { h, plugin } = await start({ extra: notes });
		const draft = await h.openNote(TARGET);
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		const root = h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
		await waitFor(() => rows(root).length > 0, "quote rows in the sidebar");
		// "All" mode: each row names its speaker and episode.
		root.querySelector<HTMLElement>('.pg-mode-button[data-mode="flat"]')!.click();
		const search = root.querySelector<HTMLInputElement>(".pg-search-input")!;

		typeInto(search, "zebrafinch");
		await waitFor(() => rows(root).length === 3, "the three zebrafinch quotes");

		typeInto(search, "quokkalike");
		await waitFor(() => rows(root).length === 4, "the four quokkalike quotes");
		const after = rows(root);

		const expected = plugin.index.quotes({ query: "quokkalike" });
		expect(expected).toHaveLength(4);
		const shown = after.map((el) => {
			const quote = expected.find((q) => q.id === el.dataset.quoteId);
			expect(quote).toBeDefined();
			return quote!;
		});
		expect(new Set(shown.map((q) => q.id)).size).toBe(4);
		after.forEach((el, i) => {
			const q = shown[i];
			expect(el.querySelector(".pg-quote-text")!.textContent).toBe(q.text);
			expect(el.querySelectorAll(".pg-quote-text")).toHaveLength(1);
			expect(el.querySelector(".pg-quote-speaker")!.textContent).toBe(q.speaker);
			expect(el.querySelector(".pg-quote-source")!.textContent).toBe("New results");
			expect(el.dataset.index).toBe(String(i));
		});

		for (const [i, q] of shown.entries()) {
			// Copy: the menu of row i acts on quote i.
			rows(root)[i].dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
			h.menus().at(-1)!.items.find((item) => item.title === "Copy as Markdown quote")!.click();
			await waitFor(() => h.clipboard.text === quoteAsMarkdown(q), `row ${i}'s quote copied`);
		}

		// Insert: into the draft, from the last row's menu.
		const last = shown[shown.length - 1];
		rows(root)[shown.length - 1].dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		h.menus().at(-1)!.items.find((item) => item.title === "Insert into the open note")!.click();
		expect(draft.editor.getValue()).toContain(quoteAsMarkdown(last));
		expect(draft.editor.getValue()).not.toContain("zebrafinch");

		// Open: a click on row 1 opens its note at its lines.
		rows(root)[1].click();
		await waitFor(() => h.workspace.getActiveViewOfType(MarkdownView)?.file?.path === AFTER, "the quote's note open");
		const view = h.workspace.getActiveViewOfType(MarkdownView)!;
		expect(view.editor.getCursor("from")).toEqual({ line: shown[1].line - 1, ch: 0 });
		expect(view.editor.getSelection()).toContain(shown[1].text.slice(0, 20));
	});
});
