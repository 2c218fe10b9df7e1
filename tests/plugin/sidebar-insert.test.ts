/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The sidebar's "Insert into the open note" through the built plugin: the quote lands as its own block,
// exactly like the insert commands, so the paragraph after it stays a paragraph.
import { MarkdownView } from "../harness/obsidian";
import { quoteAsMarkdown } from "../../src/core/view/format";
import { ID, start, waitFor } from "./setup";

const TARGET = "Notes/Draft.md";

describe("inserting a quote from the sidebar", () => {
	test("at the start of a text line the quote is its own block and the next paragraph stays outside it", async () => {
		const { h, plugin } = await start({ extra: { [TARGET]: "First paragraph.\n\nSecond paragraph.\n" } });
		const view = await h.openNote(TARGET);
		view.editor.setCursor(2, 0);

		await h.runCommand(`${ID}:open-quotes-sidebar`);
		const [leaf] = h.workspace.getLeavesOfType("podcast-garden-quotes");
		const root = leaf.view.containerEl;
		await waitFor(() => root.querySelector(".pg-quote-row") !== null, "quote rows in the sidebar");
		// The sidebar is active now: the action goes to the note the user last worked in.
		expect(h.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
		const row = root.querySelector<HTMLElement>(".pg-quote-row")!;
		row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		const menu = h.menus().at(-1)!;
		const item = menu.items.find((i) => i.title === "Insert into the open note")!;
		// The quote of the row that was clicked, not any quote whose text shows somewhere in the list.
		const quote = plugin.index.all().find((q) => q.id === row.dataset.quoteId)!;
		expect(quote).toBeDefined();
		item.click();

		const block = quoteAsMarkdown(quote);
		expect(view.editor.getValue()).toBe(`First paragraph.\n\n${block}\n\nSecond paragraph.\n`);
		// The attribution is the blockquote's last line: a blank line follows it.
		const lines = view.editor.getValue().split("\n");
		const last = lines.indexOf(block.split("\n").at(-1)!);
		expect(lines[last + 1]).toBe("");
		expect(view.editor.getCursor()).toEqual(view.editor.offsetToPos(`First paragraph.\n\n${block}`.length));
	});
});
