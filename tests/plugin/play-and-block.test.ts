/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Timestamps that play and the `podcast-quotes` block, through the built plugin: the sidebar's play
// button and menu, a block rendered in a note, kept current as the vault changes, its messages, and the
// command that writes one for the sidebar's filter.
import { typeInto } from "../harness/harness";
import { codeBlockProcessors, MarkdownView, type SuggestModal } from "../harness/obsidian";
import type { IndexedQuote } from "../../src/core/index/types";
import { unloadPlugin } from "../harness/load";
import { ID, start, waitFor } from "./setup";

const EPISODE = "Podcasts/Alignment talk.md";
const EPISODE_TEXT = [
	"---",
	"show: Lex Fridman Podcast",
	"date: 2023-03-25",
	"url: https://www.youtube.com/watch?v=L_Guz73e6fw",
	"tags: [ai]",
	"---",
	"# Alignment talk",
	"",
	"> Alignment research has to keep pace with capabilities. – Sam Altman (00:12:05)",
	"",
	"> We have to ship early so the world can adapt. – Sam Altman [1:02:03]",
	"",
	"> No time on this one about alignment. – Sam Altman",
	"",
].join("\n");
const FAVOURITES = "Notes/Favourites.md";
const BLOCK = ["```podcast-quotes", "speaker: Sam Altman", "show: Lex Fridman Podcast", "query: alignment", "tag: ai", "sort: newest", "limit: 10", "```"].join("\n");
const FAVOURITES_TEXT = `# Favourites\n\nSome intro.\n\n${BLOCK}\n\nAfter.\n`;

function texts(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll(".pg-quote-row .pg-quote-text")).map((t) => t.textContent ?? "");
}

async function setup() {
	const started = await start({ extra: { [EPISODE]: EPISODE_TEXT, [FAVOURITES]: FAVOURITES_TEXT } });
	const opened: string[] = [];
	window.open = (url?: string | URL) => {
		opened.push(String(url));
		return null;
	};
	return { ...started, opened };
}

describe("timestamps that play, in the sidebar", () => {
	test("a quote with a time and an address has a play button; clicking it plays there and opens no note", async () => {
		const { h, opened } = await setup();
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		const root = h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
		typeInto(root.querySelector<HTMLInputElement>(".pg-search-input")!, "alignment research");
		await waitFor(() => root.querySelectorAll(".pg-quote-row").length === 1, "the one matching row");
		const button = root.querySelector<HTMLButtonElement>(".pg-quote-row .pg-play-button")!;
		expect(button.getAttribute("aria-label")).toBe("Play at 12:05");
		expect(button.textContent).toBe("00:12:05");
		button.click();
		expect(opened).toEqual(["https://www.youtube.com/watch?v=L_Guz73e6fw&t=725s"]);
		expect(h.workspace.getActiveViewOfType(MarkdownView)).toBeNull();

		// The menu plays too (for the keyboard), and the Markdown copy keeps the link.
		root.querySelector(".pg-quote-row")!.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		const menu = h.menus().at(-1)!;
		expect(menu.items[0].title).toBe("Play at 12:05");
		menu.items.find((i) => i.title === "Copy as Markdown quote")!.click();
		await waitFor(() => h.clipboard.text !== "", "the copy");
		expect(h.clipboard.text).toBe(
			"> Alignment research has to keep pace with capabilities.\n> — Sam Altman, *Alignment talk (Lex Fridman Podcast)*, [▶ 00:12:05](https://www.youtube.com/watch?v=L_Guz73e6fw&t=725s)",
		);
	});

	test("Search quotes inserts the chosen quote with its play link", async () => {
		const { h } = await setup();
		await h.vault.create("Notes/Draft.md", "Draft.\n");
		const view = await h.openNote("Notes/Draft.md");
		view.editor.setCursor(1, 0);
		await h.runCommand(`${ID}:search-quotes`);
		const [modal] = h.openModals() as SuggestModal<IndexedQuote>[];
		await modal.setQuery("keep pace with capabilities");
		await waitFor(() => modal.shownSuggestions.length === 1, "the one match");
		modal.resultContainerEl.querySelector<HTMLElement>(".suggestion-item")!.click();
		expect(view.editor.getValue()).toContain("> — Sam Altman, *Alignment talk (Lex Fridman Podcast)*, [▶ 00:12:05](https://www.youtube.com/watch?v=L_Guz73e6fw&t=725s)");
	});

	test("a quote without a time keeps its plain meta line", async () => {
		const { h } = await setup();
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		const root = h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
		typeInto(root.querySelector<HTMLInputElement>(".pg-search-input")!, "alignment talk");
		const row = (start: string) => Array.from(root.querySelectorAll(".pg-quote-row")).find((r) => r.querySelector(".pg-quote-text")?.textContent?.startsWith(start));
		await waitFor(() => row("No time") !== undefined && row("We have to ship") !== undefined, "the episode's rows");
		expect(row("No time")!.querySelector(".pg-play-button")).toBeNull();
		expect(row("No time")!.querySelector(".pg-quote-timestamp")).toBeNull();
		// Hours: `[1:02:03]`.
		expect(row("We have to ship")!.querySelector(".pg-play-button")!.getAttribute("aria-label")).toBe("Play at 1:02:03");
	});
});

describe("the podcast-quotes block", () => {
	test("renders the matching quotes, newest first, with play buttons; a click opens the quote", async () => {
		const { h, opened } = await setup();
		const note = await h.renderNote(FAVOURITES);
		const [el] = note.blocks("podcast-quotes");
		// The same search as the sidebar: "alignment" also finds the episode's title, so all three of its quotes.
		expect(texts(el)).toEqual(["Alignment research has to keep pace with capabilities.", "We have to ship early so the world can adapt.", "No time on this one about alignment."]);
		const buttons = Array.from(el.querySelectorAll<HTMLElement>(".pg-play-button"));
		expect(buttons.map((b) => b.getAttribute("aria-label"))).toEqual(["Play at 12:05", "Play at 1:02:03"]);
		buttons[0].click();
		expect(opened).toEqual(["https://www.youtube.com/watch?v=L_Guz73e6fw&t=725s"]);

		el.querySelectorAll<HTMLElement>(".pg-quote-row")[0].click();
		await waitFor(() => h.workspace.getActiveViewOfType(MarkdownView)?.file?.path === EPISODE, "the episode note open");
		expect(h.workspace.getActiveViewOfType(MarkdownView)!.editor.getCursor("from")).toEqual({ line: 8, ch: 0 });
	});

	test("follows the vault: a new matching quote appears, a deleted note's quotes go, without re-rendering the section", async () => {
		const { h } = await setup();
		const note = await h.renderNote(FAVOURITES);
		const [el] = note.blocks("podcast-quotes");
		const file = h.vault.getFileByPath(EPISODE)!;
		await h.vault.modify(file, `${EPISODE_TEXT}\n> Alignment is a research problem first. – Sam Altman (00:30:00)\n`);
		await waitFor(() => texts(el).includes("Alignment is a research problem first."), "the new quote in the block");
		expect(note.blocks("podcast-quotes")[0]).toBe(el);

		await h.vault.create("Podcasts/Other show.md", "---\nshow: Hard Fork\ntags: [ai]\n---\n> Alignment on another show. – Sam Altman\n");
		await h.app.fileManager.trashFile(file);
		await waitFor(() => el.textContent === "No quotes match this block.", "the block empty once the note is gone");
	});

	test("`tag:` goes by the tags Obsidian sees: a note tagged only inside a comment shows once an edit takes the tag out (decision 24)", async () => {
		const { h, plugin } = await setup();
		const path = "Podcasts/Commented tag.md";
		const text = "---\nshow: Lex Fridman Podcast\n---\n%% file under #ai %%\n> Alignment filed in a comment. – Sam Altman\n";
		await h.vault.create(path, text);
		await waitFor(() => plugin.index.note(path) !== undefined, "the commented note indexed");
		const note = await h.renderNote(FAVOURITES);
		const [el] = note.blocks("podcast-quotes");
		expect(plugin.index.note(path)!.tags).toEqual([]);
		expect(texts(el)).toHaveLength(3);
		expect(texts(el)).not.toContain("Alignment filed in a comment.");
		await h.vault.modify(h.vault.getFileByPath(path)!, text.replace("%% file under #ai %%", "Filed under #ai"));
		await waitFor(() => texts(el).includes("Alignment filed in a comment."), "the quote in the block once its tag is visible");
	});

	test("an unknown key or a bad value shows a message naming it and its line, after an edit too", async () => {
		const { h, plugin } = await setup();
		const note = await h.renderNote(FAVOURITES);
		const listeners = () => (plugin.visible as unknown as { listeners: Set<unknown> }).listeners.size;
		const subscribed = listeners();
		const file = h.vault.getFileByPath(FAVOURITES)!;
		await h.vault.modify(file, FAVOURITES_TEXT.replace("speaker: Sam Altman", "spaeker: Sam Altman").replace("limit: 10", "limit: ten"));
		await waitFor(() => note.blocks("podcast-quotes")[0]?.querySelector(".pg-quotes-block-error") != null, "the error message");
		const items = Array.from(note.blocks("podcast-quotes")[0].querySelectorAll(".pg-quotes-block-error li")).map((li) => li.textContent);
		expect(items).toEqual([
			'Line 6: Unknown key "spaeker". Keys: speaker, show, query, tag, sort, limit.',
			'Line 11: "limit: ten" must be a whole number from 1 to 500.',
		]);
		expect(note.blocks("podcast-quotes")[0].querySelector(".pg-quote-row")).toBeNull();
		// The re-rendered section's old child was unloaded: its subscription is gone, the error has none.
		expect(listeners()).toBe(subscribed - 1);

		await h.vault.modify(file, FAVOURITES_TEXT);
		await waitFor(() => note.blocks("podcast-quotes")[0]?.querySelector(".pg-quote-row") != null, "the quotes back");
		expect(listeners()).toBe(subscribed);
		// Closing the note unloads the block: nothing keeps listening.
		note.unload();
		expect(listeners()).toBe(subscribed - 1);
	});

	test("in live preview: renders from the editor, re-renders with the edited filter when the cursor leaves, shows a bad key inline", async () => {
		const { h, plugin } = await setup();
		const listeners = () => (plugin.visible as unknown as { listeners: Set<unknown> }).listeners.size;
		const before = listeners();
		const view = await h.openNote(FAVOURITES, 0);
		const lp = h.livePreview(view);
		await lp.settled();
		const block = () => lp.blocks("podcast-quotes")[0];
		expect(texts(block())).toEqual(["Alignment research has to keep pace with capabilities.", "We have to ship early so the world can adapt.", "No time on this one about alignment."]);
		expect(listeners()).toBe(before + 1);

		// The cursor in the block shows its source (the rendered block and its subscription go); the filter
		// is edited there and drawn when the cursor leaves, in a new container, before any save.
		view.editor.setCursor(7, 0);
		expect(lp.blocks("podcast-quotes")).toEqual([]);
		expect(listeners()).toBe(before);
		view.editor.setLine(7, "query: ship early");
		expect(lp.sources("podcast-quotes")[0]).toContain("query: ship early");
		view.editor.setCursor(13, 0);
		await lp.settled();
		await waitFor(() => texts(block()).length === 1, "the block drawn with the new filter");
		expect(texts(block())).toEqual(["We have to ship early so the world can adapt."]);
		expect(listeners()).toBe(before + 1);

		// An edit made with the cursor elsewhere re-renders the block at once: a bad key is named with its note line.
		const drawn = block();
		view.editor.setLine(5, "spaeker: Sam Altman");
		await lp.settled();
		expect(block()).not.toBe(drawn);
		const items = Array.from(block().querySelectorAll(".pg-quotes-block-error li")).map((li) => li.textContent);
		expect(items).toEqual(['Line 6: Unknown key "spaeker". Keys: speaker, show, query, tag, sort, limit.']);
		expect(block().querySelector(".pg-quote-row")).toBeNull();
		expect(listeners()).toBe(before);
		view.editor.setLine(5, "speaker: Sam Altman");
		await lp.settled();
		await waitFor(() => texts(block()).length === 1, "the quotes back");

		// Closing the note unloads the block: nothing keeps listening.
		view.leaf.detach();
		await waitFor(() => listeners() === before, "the block unloaded with its note");
	});

	test("unloading the plugin unregisters the processor", async () => {
		const { h, loaded } = await setup();
		expect(codeBlockProcessors.has("podcast-quotes")).toBe(true);
		unloadPlugin(h, loaded);
		expect(codeBlockProcessors.has("podcast-quotes")).toBe(false);
	});

	test("Insert quotes block for current filter writes the sidebar's filter as a block that shows the same quotes", async () => {
		const { h } = await setup();
		await h.vault.create("Notes/Draft.md", "Draft.\n");
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		const root = h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
		typeInto(root.querySelector<HTMLInputElement>(".pg-search-input")!, "alignment");
		await waitFor(() => root.querySelectorAll(".pg-quote-row").length >= 2, "the sidebar filtered");
		// The rows below the view come a task after the keystroke.
		await h.settle();
		// The sidebar draws the rows in view (a virtual list); its summary counts them all.
		const sidebar = Array.from(root.querySelectorAll(".pg-quote-row .pg-quote-text")).map((t) => t.textContent);
		const counted = Number(/^(\d+) quotes?\b/.exec(root.querySelector(".pg-quotes-summary")?.textContent ?? "")?.[1]);
		expect(counted).toBeGreaterThanOrEqual(sidebar.length);

		const view = await h.openNote("Notes/Draft.md");
		view.editor.setCursor(1, 0);
		await h.runCommand(`${ID}:insert-quotes-block`);
		expect(view.editor.getValue()).toBe("Draft.\n\n```podcast-quotes\nquery: alignment\nsort: newest\nlimit: 20\n```");
		await view.save();
		await h.settle();
		const note = await h.renderNote("Notes/Draft.md");
		const block = texts(note.blocks("podcast-quotes")[0]);
		expect(block).toHaveLength(Math.min(counted, 20)); // the block's `limit: 20`
		expect(block).toEqual(expect.arrayContaining(sidebar));
	});
});
