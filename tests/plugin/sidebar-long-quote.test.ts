/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// A sidebar row shows three lines of a quote, so it draws only the start of a long one (decision 55): a click
// (or the arrow keys) selects the row, which shows the whole quote; short quotes and the quotes code block
// show their whole text as before.
import { MarkdownView } from "../harness/obsidian";
import { ID, start, waitFor } from "./setup";

const LONG_WORDS = Array.from({ length: 120 }, (_, i) => `word${i}`).join(" ");
const LONG = `Lengthyquote begins here and **keeps going** ${LONG_WORDS} and ends here with a final clause.`;
const SHORT = "Lengthyquote kept short.";
const NOTE = "Podcasts/Long talk.md";
const notes = {
	[NOTE]: `> ${LONG} – Ada Lovelace\n\n> ${SHORT} – Grace Hopper\n`,
	"Notes/Block.md": "```podcast-quotes\nquery: lengthyquote begins\n```\n",
};

function rowOf(root: HTMLElement, startsWith: string): HTMLElement {
	const row = Array.from(root.querySelectorAll<HTMLElement>(".pg-quote-row")).find((el) => (el.querySelector(".pg-quote-text")?.textContent ?? "").startsWith(startsWith));
	if (!row) throw new Error(`No row starting "${startsWith}".`);
	return row;
}

const textOf = (row: HTMLElement): string => row.querySelector(".pg-quote-text")!.textContent ?? "";

describe("a long quote in the sidebar", () => {
	it("shows its start in the row and the whole quote once selected", async () => {
		const { h, plugin } = await start({ extra: notes });
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		const root = h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
		root.querySelector<HTMLElement>('.pg-mode-button[data-mode="flat"]')!.click();
		const search = root.querySelector<HTMLInputElement>(".pg-search-input")!;
		search.value = "lengthyquote";
		search.dispatchEvent(new Event("input"));
		await waitFor(() => root.querySelectorAll(".pg-quote-row").length === 2, "the two lengthyquote rows");

		const long = plugin.index.quotes({ query: "lengthyquote" }).find((q) => q.text.startsWith("Lengthyquote begins"))!;
		expect(long.text.length).toBeGreaterThan(600);
		// The rendered Markdown drops the `**`: compare with the text as shown.
		const shownWhole = long.text.replace(/\*\*/g, "");
		let row = rowOf(root, "Lengthyquote begins");
		expect(textOf(row).endsWith("…")).toBe(true);
		expect(textOf(row).length).toBeLessThan(400);
		expect(shownWhole.startsWith(textOf(row).slice(0, -1))).toBe(true);
		expect(row.querySelector("strong")?.textContent).toBe("keeps going");
		expect(textOf(rowOf(root, "Lengthyquote kept"))).toBe(SHORT);

		// One click selects the row (and opens the note at the quote): the row shows the whole quote.
		row.click();
		await waitFor(() => rowOf(root, "Lengthyquote begins").classList.contains("is-selected"), "the long row selected");
		row = rowOf(root, "Lengthyquote begins");
		await waitFor(() => textOf(row) === shownWhole, "the whole quote in the selected row");
		expect(row.querySelectorAll(".pg-quote-text")).toHaveLength(1);
		await waitFor(() => h.workspace.getActiveViewOfType(MarkdownView)?.file?.path === NOTE, "the quote's note open");

		// Keystrokes that keep the quote listed keep it selected, and whole.
		search.value = "lengthyquote begins";
		search.dispatchEvent(new Event("input"));
		search.value = "lengthyquote";
		search.dispatchEvent(new Event("input"));
		await waitFor(() => root.querySelectorAll(".pg-quote-row").length === 2, "the two rows again");
		expect(textOf(rowOf(root, "Lengthyquote begins"))).toBe(shownWhole);
	});

	it("shows the whole quote in a quotes code block", async () => {
		const { h } = await start({ extra: notes });
		const note = await h.renderNote("Notes/Block.md");
		await waitFor(() => note.blocks("podcast-quotes")[0]?.querySelector(".pg-quote-text") != null, "the block's row");
		const texts = Array.from(note.blocks("podcast-quotes")[0].querySelectorAll(".pg-quote-text")).map((t) => t.textContent);
		expect(texts).toEqual([LONG.replace(/\*\*/g, "")]);
	});
});
