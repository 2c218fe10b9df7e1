/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Quotes the extractor cannot attribute, through the built plugin: the "Needs a speaker" filter and its
// count, "Attribute to…" writing the speaker into the note in the note's style (and nothing else), the
// guard against a note changed since it was indexed, and "Not a quote" with its settings list.
import { findSetting, typeInto } from "../harness/harness";
import { loadPlugin, unloadPlugin } from "../harness/load";
import type { PluginSettingTab, SuggestModal } from "../harness/obsidian";
import type { SpeakerChoice } from "../../src/plugin/view/attribute";
import type PodcastGardenPlugin from "../../src/plugin/main";
import { ID, idle, start, waitFor, type Started } from "./setup";

const DATA = `.obsidian/plugins/${ID}/data.json`;

function rows(root: HTMLElement): HTMLElement[] {
	return Array.from(root.querySelectorAll<HTMLElement>(".pg-quote-row"));
}

async function openSidebar(extra: Record<string, string>) {
	const started = await start({ extra });
	await started.h.runCommand(`${ID}:open-quotes-sidebar`);
	const root = started.h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
	await waitFor(() => rows(root).length > 0, "quote rows in the sidebar");
	return { ...started, root };
}

/** Types a query that finds exactly one quote and returns its row. */
async function onlyRow(root: HTMLElement, query: string): Promise<HTMLElement> {
	typeInto(root.querySelector<HTMLInputElement>(".pg-search-input")!, query);
	await waitFor(() => rows(root).length === 1 && (rows(root)[0].textContent ?? "").toLowerCase().includes(query.toLowerCase()), `one row for "${query}"`);
	return rows(root)[0];
}

/** Right-clicks a row and clicks a menu item. */
function menuItem(s: Started, row: HTMLElement, title: string): void {
	row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	s.h.menus().at(-1)!.item(title).click();
}

/** Right-click → Attribute to… : the picker that opened. */
function openPicker(s: Started, row: HTMLElement): SuggestModal<SpeakerChoice> {
	menuItem(s, row, "Attribute to…");
	return s.h.openModals().at(-1) as SuggestModal<SpeakerChoice>;
}

/** Waits until a file holds (or, with `holds` false, no longer holds) a text. */
async function fileHolds(s: Started, path: string, text: string, holds = true): Promise<void> {
	const started = Date.now();
	while ((await s.h.vault.adapter.read(path)).includes(text) !== holds) {
		if (Date.now() - started > 15000) throw new Error(`Timed out waiting for ${path} to ${holds ? "hold" : "lose"} ${text}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

async function attribute(s: Started, root: HTMLElement, query: string, name: string): Promise<void> {
	const picker = openPicker(s, await onlyRow(root, query));
	await picker.setQuery(name);
	picker.selectActiveSuggestion(new KeyboardEvent("keydown", { key: "Enter" }));
}

const NOTES = {
	"Podcasts/Trailing.md": "---\nguests: [Ada Lovelace]\n---\n> First quote. – Sam Altman\n\n> Second one. — Lex Fridman\n\n> Third one. — Lex Fridman\n\n> Nobody said quokka one.\n\nAfter.\n",
	"Podcasts/Own line.md": "> Said before.\r\n> ― Sam Altman\r\n\r\n> Nobody said quokka two,\r\n> over two lines.\r\n\r\nText after.\r\n",
	"Podcasts/Plain.md": "---\nshow: Zoo Talk\n---\n# Notes\n\n> Nobody said quokka three.\n",
	// The attributed item comes first: an unattributed item followed by one takes its speaker (next quote).
	"Podcasts/List.md": '## Notable quotes\n- "Another." – Sam Altman\n- "Nobody said quokka four." ([View Highlight](https://x.test/1))\n',
	"Podcasts/Transcript.md": "**Tom Berg:** Welcome to quokka five.\n\n**Ana Ruiz:** Thanks, Tom.\n\n**Tom Berg:** Shall we?\n\n**Ana Ruiz:** Yes.\n",
	// Quotes nobody is named for (decision 29): a transcript segment with a time alone, a story's dialogue.
	"Podcasts/Segments.md": "## Transcript\n\n[0:00](https://youtu.be/a?t=0) Welcome to wallaby six, the show where we talk about animals.\n",
	"Podcasts/Fable.md": '---\nshow: Zoo Talk\n---\nThe old man said:\n\n"My favourite animal is wallaby seven."\n\nAnd the grandfather went on:\n\n"There are two wolves inside me."\n\n"One of them is full of anger."\n',
};

describe("quotes that need a speaker", () => {
	it("the chip counts them and lists only them; in This note mode it counts the note's", async () => {
		const { h, plugin, root } = await openSidebar(NOTES);
		const unknown = plugin.index.all().filter((q) => q.speaker === null);
		expect(unknown.length).toBeGreaterThan(4);
		const chip = root.querySelector<HTMLElement>('.pg-chip[data-chip="needs-speaker"]')!;
		expect(chip.querySelector(".pg-chip-label")!.textContent).toBe("Needs a speaker");
		expect(chip.querySelector(".pg-chip-count")!.textContent).toBe(unknown.length.toLocaleString());
		expect(chip.getAttribute("aria-pressed")).toBe("false");

		root.querySelector<HTMLElement>('.pg-mode-button[data-mode="flat"]')!.click();
		// Chips are redrawn on every change: find it again.
		root.querySelector<HTMLElement>('.pg-chip[data-chip="needs-speaker"]')!.click();
		const active = root.querySelector<HTMLElement>('.pg-chip[data-chip="needs-speaker"]')!;
		expect(active.classList.contains("is-active")).toBe(true);
		expect(active.getAttribute("aria-pressed")).toBe("true");
		await waitFor(() => root.querySelector(".pg-quotes-summary")!.textContent === `${unknown.length.toLocaleString()} quotes`, "the summary of the filtered list");
		const shown = rows(root).map((r) => r.dataset.quoteId);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown).toEqual(unknown.slice(0, shown.length).map((q) => q.id));
		// Each says so, or shows the label written on it that is no name (Snipd's "Speaker 1").
		const byId = new Map(unknown.map((q) => [q.id, q]));
		for (const r of rows(root)) expect(r.querySelector(".pg-quote-speaker")!.textContent).toBe(byId.get(r.dataset.quoteId!)!.speakerRaw ?? "Unknown speaker");
		// The filter is part of the view's saved state.
		expect(h.workspace.getLeavesOfType("podcast-garden-quotes")[0].getViewState().state).toMatchObject({ needsSpeaker: true });

		await h.openNote("Podcasts/Trailing.md");
		root.querySelector<HTMLElement>('.pg-mode-button[data-mode="note"]')!.click();
		await waitFor(() => root.querySelector('.pg-chip[data-chip="needs-speaker"] .pg-chip-count')!.textContent === "1", "the note's count");
		expect(rows(root).map((r) => r.dataset.quoteId)).toEqual(unknown.filter((q) => q.path === "Podcasts/Trailing.md").map((q) => q.id));
	});
});

describe("Attribute to…", () => {
	it("offers the note's people first, then the vault's speakers, then the typed name", async () => {
		const s = await openSidebar(NOTES);
		const picker = openPicker(s, await onlyRow(s.root, "quokka one"));
		await picker.whenUpdated();
		const names = picker.shownSuggestions.map((c) => c.name);
		// Frontmatter guest, then the note's attributed names (most quoted first), then the vault's.
		expect(names.slice(0, 3)).toEqual(["Ada Lovelace", "Lex Fridman", "Sam Altman"]);
		expect(picker.shownSuggestions.slice(0, 3).map((c) => c.from)).toEqual(["note", "note", "note"]);
		expect(picker.shownSuggestions.slice(3).every((c) => c.from === "vault")).toBe(true);
		expect(new Set(names).size).toBe(names.length);
		await picker.setQuery("lovel");
		expect(picker.shownSuggestions.map((c) => c.name)).toEqual(["Ada Lovelace", "lovel"]);
		await picker.setQuery("Grace Hopper");
		expect(picker.shownSuggestions).toEqual([{ name: "Grace Hopper", from: "new", detail: "New name" }]);
		expect(picker.resultContainerEl.textContent).toContain("Attribute to “Grace Hopper”");
	});

	it.each([
		["trailing, with the dash the note uses most", "Podcasts/Trailing.md", "quokka one", NOTES["Podcasts/Trailing.md"].replace("> Nobody said quokka one.\n", "> Nobody said quokka one. — Jane Doe\n")],
		["own line, with the note's dash and line endings", "Podcasts/Own line.md", "quokka two", NOTES["Podcasts/Own line.md"].replace("> over two lines.\r\n", "> over two lines.\r\n> ― Jane Doe\r\n")],
		["own line `> — Name` in a note with no attribution", "Podcasts/Plain.md", "quokka three", `${NOTES["Podcasts/Plain.md"]}> — Jane Doe\n`],
		["list item, before the highlight link", "Podcasts/List.md", "quokka four", NOTES["Podcasts/List.md"].replace('four." (', 'four." – Jane Doe (')],
		["a transcript segment's name after its time", "Podcasts/Segments.md", "wallaby six", NOTES["Podcasts/Segments.md"].replace("t=0) Welcome", "t=0) Jane Doe: Welcome")],
		["a told dialogue's quoted paragraph, after its closing mark", "Podcasts/Fable.md", "wallaby seven", NOTES["Podcasts/Fable.md"].replace('seven."', 'seven." – Jane Doe')],
	])("writes %s and nothing else", async (_style, path, query, expected) => {
		const s = await openSidebar(NOTES);
		const before = new Map<string, string>();
		for (const p of Object.keys(NOTES)) before.set(p, await s.h.vault.adapter.read(p));
		const id = (await onlyRow(s.root, query)).dataset.quoteId;
		await attribute(s, s.root, query, "Jane Doe");
		await fileHolds(s, path, "Jane Doe");
		// Exactly these bytes, and the other notes untouched.
		expect(await s.h.vault.adapter.read(path)).toBe(expected);
		for (const other of Object.keys(NOTES).filter((p) => p !== path)) expect(await s.h.vault.adapter.read(other)).toBe(before.get(other));
		expect(s.h.notices()).toContain("Attributed to Jane Doe");
		// The index reads the new speaker, and the row shows it.
		await waitFor(() => s.plugin.index.all().some((q) => q.path === path && q.speaker === "Jane Doe" && q.text.includes(query)), "the quote's new speaker in the index");
		expect(s.plugin.index.all().find((q) => q.id === id)?.speaker).toBe("Jane Doe");
		await waitFor(() => rows(s.root).length === 1 && rows(s.root)[0].querySelector(".pg-quote-speaker") === null, "the row under its speaker's group");
		expect(s.root.querySelector(".pg-group-label")!.textContent).toBe("Jane Doe");
	});

	it("a transcript turn: its label takes the name the user picks, in the same form", async () => {
		// The extractor never leaves a turn without a speaker (its label is the speaker), but the user may
		// correct one: the label is replaced, its bold and colon kept.
		const s = await openSidebar(NOTES);
		const picker = openPicker(s, await onlyRow(s.root, "quokka five"));
		await picker.setQuery("ana");
		expect(picker.shownSuggestions[0]).toMatchObject({ name: "Ana Ruiz", from: "note" });
		await picker.setQuery("Zed Quill");
		expect(picker.shownSuggestions.at(-1)?.detail).toContain("also add it to the note's guests");
		await picker.setQuery("Ana Ruiz");
		picker.selectActiveSuggestion(new KeyboardEvent("keydown", { key: "Enter" }));
		await fileHolds(s, "Podcasts/Transcript.md", "**Ana Ruiz:** Welcome");
		expect(await s.h.vault.adapter.read("Podcasts/Transcript.md")).toBe(NOTES["Podcasts/Transcript.md"].replace("**Tom Berg:** Welcome", "**Ana Ruiz:** Welcome"));
		await waitFor(() => s.plugin.index.all().some((q) => q.text.includes("quokka five") && q.speaker === "Ana Ruiz"), "the turn under its new speaker");
	});

	it("writes nothing when the note changed since it was indexed, and says so", async () => {
		const s = await openSidebar(NOTES);
		const picker = openPicker(s, await onlyRow(s.root, "quokka three"));
		await picker.setQuery("Jane Doe");
		// Edited elsewhere between the right-click and the choice: the quote is two lines lower now.
		const changed = NOTES["Podcasts/Plain.md"].replace("# Notes\n", "# Notes\n\nA new paragraph.\n");
		await s.h.vault.modify(s.h.vault.getFileByPath("Podcasts/Plain.md")!, changed);
		// The failure is logged for bug reports as well as shown.
		const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
		picker.selectActiveSuggestion(new KeyboardEvent("keydown", { key: "Enter" }));
		await waitFor(() => s.h.notices().some((n) => n.startsWith("Could not attribute the quote")), "the notice");
		expect(logged).toHaveBeenCalledTimes(1);
		logged.mockRestore();
		expect(s.h.notices().at(-1)).toBe(
			'Could not attribute the quote: The quote is no longer at line 6 of "Podcasts/Plain.md": the note changed since it was indexed. Try again in a moment.',
		);
		await idle(s.plugin);
		expect(await s.h.vault.adapter.read("Podcasts/Plain.md")).toBe(changed);
	});
});

describe("Not a quote", () => {
	it("hides the quote everywhere in the plugin; the settings list brings it back, also after a reload", async () => {
		const s = await openSidebar(NOTES);
		const row = await onlyRow(s.root, "quokka four");
		const id = row.dataset.quoteId!;
		// From the keyboard: ↓ from the search box selects the row, Shift+F10 opens its menu.
		const key = (el: Element, init: KeyboardEventInit) => el.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init }));
		key(s.root.querySelector(".pg-search-input")!, { key: "ArrowDown" });
		expect(row.classList.contains("is-selected")).toBe(true);
		const menus = s.h.menus().length;
		key(s.root.querySelector(".pg-quotes-scroller")!, { key: "F10", shiftKey: true });
		expect(s.h.menus()).toHaveLength(menus + 1);
		s.h.menus().at(-1)!.item("Not a quote").click();
		await waitFor(() => rows(s.root).length === 0, "the row gone");
		expect(s.plugin.visible.all().some((q) => q.id === id)).toBe(false);
		expect(s.plugin.api.quotes({ query: "quokka" }).map((q) => q.text)).not.toContain('"Nobody said quokka four."');
		expect(s.plugin.api.quotes({ path: "Podcasts/List.md" }).map((q) => q.id)).not.toContain(id);
		expect(s.plugin.api.quotes({ needsSpeaker: true }).map((q) => q.id)).not.toContain(id);
		// The index itself (what the CLI reads) still has it.
		expect(s.plugin.index.all().some((q) => q.id === id)).toBe(true);
		// The search picker does not offer it.
		await s.h.openNote("Podcasts/Plain.md");
		await s.h.runCommand(`${ID}:search-quotes`);
		const search = s.h.openModals().at(-1) as SuggestModal<{ id: string }>;
		await search.setQuery("quokka");
		await waitFor(() => search.shownSuggestions.length === 4, "the other quokka quotes in the picker");
		expect(search.shownSuggestions.map((q) => q.id)).not.toContain(id);
		search.close();
		// "Insert a random quote" draws from the visible ones: the draw that would land on it in the index lands elsewhere.
		const all = s.plugin.index.all();
		const at = all.findIndex((q) => q.id === id);
		const random = jest.spyOn(Math, "random").mockReturnValue((at + 0.5) / all.length);
		try {
			await s.h.runCommand(`${ID}:insert-random-quote`);
		} finally {
			random.mockRestore();
		}
		const view = await s.h.openNote("Podcasts/Plain.md");
		expect(view.editor.getValue()).not.toContain("quokka four");
		expect(view.editor.getValue()).toContain("> — ");

		await fileHolds(s, DATA, id);
		const saved = JSON.parse(await s.h.vault.adapter.read(DATA)) as { hiddenQuotes: unknown };
		expect(saved.hiddenQuotes).toEqual([{ id, path: "Podcasts/List.md", text: '"Nobody said quokka four."' }]);

		// A reload keeps it hidden.
		unloadPlugin(s.h, s.loaded);
		const again = await loadPlugin<PodcastGardenPlugin>(s.h);
		await idle(again.plugin);
		expect(again.plugin.visible.all().length).toBe(again.plugin.index.all().length - 1);
		expect(again.plugin.visible.all().some((q) => q.id === id)).toBe(false);

		const tab = s.h.app.setting.pluginTabs.at(-1) as PluginSettingTab;
		s.h.app.setting.openTab(tab);
		const entry = tab.containerEl.querySelector<HTMLElement>(".pg-hidden-quote")!;
		expect(entry.querySelector(".setting-item-name")!.textContent).toBe("List");
		expect(entry.querySelector(".setting-item-description")!.textContent).toBe('"Nobody said quokka four."');
		entry.querySelector<HTMLButtonElement>("button")!.click();
		await waitFor(() => again.plugin.visible.all().some((q) => q.id === id), "the quote back");
		await waitFor(() => tab.containerEl.querySelector(".pg-hidden-quote") === null, "the list redrawn without it");
		expect(findSetting(tab.containerEl, "Hidden quotes").textContent).toContain("None.");
		await fileHolds(s, DATA, id, false);
		expect(again.plugin.api.quotes({ path: "Podcasts/List.md" }).map((q) => q.id)).toContain(id);
	});

	it("the notice's Undo brings it back at once", async () => {
		const s = await openSidebar(NOTES);
		const row = await onlyRow(s.root, "quokka two");
		const id = row.dataset.quoteId!;
		menuItem(s, row, "Not a quote");
		await waitFor(() => rows(s.root).length === 0, "the row gone");
		await waitFor(() => s.h.notices().some((n) => n.startsWith("Hidden from your quotes")), "the notice");
		const notice = s.h.obsidian.recorded.notices.at(-1)!;
		expect(notice.message).toBe("Hidden from your quotes. Bring it back under hidden quotes in the plugin's settings. Undo");
		notice.noticeEl.querySelector<HTMLButtonElement>("button.pg-notice-undo")!.click();
		expect(notice.hidden).toBe(true);
		await waitFor(() => rows(s.root).length === 1 && rows(s.root)[0].dataset.quoteId === id, "the row back");
		expect(s.plugin.settings.hiddenQuotes).toEqual([]);
	});
});
