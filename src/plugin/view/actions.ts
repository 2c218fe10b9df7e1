// What a quote row does: open the note at the quote, copy it in several forms, link to it, insert it.
import { App, Editor, MarkdownView, Menu, Notice, Platform, TFile, type PaneType } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import { blockLink, ensureBlockId, quoteAsCallout, quoteAsMarkdown } from "../../core/view/format";
import type { PlayLink } from "../../core/play";
import { insertQuoteAt } from "../commands/insert";
import { openPlayLink } from "./play";
import type { CardSize } from "../../core/card/layout";
import { addCardItems } from "../card/menu";

export function noteFile(app: App, q: IndexedQuote): TFile {
	const file = app.vault.getAbstractFileByPath(q.path);
	if (!(file instanceof TFile)) {
		throw new Error(`The note "${q.path}" no longer exists; the quote list will update in a moment.`);
	}
	return file;
}

export function fail(action: string, e: unknown): void {
	const message = e instanceof Error ? e.message : String(e);
	new Notice(`Could not ${action}: ${message}`);
	console.error(`Podcast Garden: could not ${action}`, e);
}

/**
 * Opens the quote's note (in a new tab when `pane` says so) and selects the quote's lines,
 * or only puts the cursor on its first line when `select` is false.
 */
export async function openQuote(app: App, q: IndexedQuote, pane: PaneType | boolean, select = true): Promise<void> {
	try {
		const file = noteFile(app, q);
		const leaf = app.workspace.getLeaf(pane);
		await leaf.openFile(file, { active: true, eState: { line: q.line - 1 } });
		const view = leaf.view;
		if (!(view instanceof MarkdownView)) return;
		const editor = view.editor;
		const last = Math.min(q.endLine, editor.lineCount()) - 1;
		const from = { line: q.line - 1, ch: 0 };
		const to = select ? { line: last, ch: editor.getLine(last).length } : from;
		editor.setSelection(from, to);
		editor.scrollIntoView({ from, to }, true);
		// On a phone the sidebar is a drawer over the note: get it out of the way.
		if (Platform.isMobile) app.workspace.rightSplit.collapse();
		editor.focus();
	} catch (e) {
		fail("open the quote", e);
	}
}

async function copy(text: string, what: string): Promise<void> {
	await navigator.clipboard.writeText(text);
	new Notice(`Copied ${what}`);
}

/** Adds (or reuses) a `^id` on the quote's last line through Vault.process, and returns `[[Note#^id]]`. */
export async function quoteBlockLink(app: App, q: IndexedQuote): Promise<string> {
	const file = noteFile(app, q);
	let id = "";
	await app.vault.process(file, (text) => {
		const result = ensureBlockId(text, q);
		id = result.id;
		return result.text;
	});
	return blockLink(app.metadataCache.fileToLinktext(file, "", true), id);
}

/** The editor the user last worked in: the sidebar itself has none. */
function targetEditor(app: App): Editor | null {
	const active = app.workspace.activeEditor?.editor;
	if (active) return active;
	const leaf = app.workspace.getMostRecentLeaf();
	return leaf && leaf.view instanceof MarkdownView ? leaf.view.editor : null;
}

/** Inserts the quote at the cursor as its own block, the way the insert commands do. */
export function insertQuote(app: App, q: IndexedQuote, play: PlayLink | null = null): void {
	const editor = targetEditor(app);
	if (!editor) {
		new Notice("Open a note and click where the quote should go, then try again.");
		return;
	}
	insertQuoteAt(editor, q, play);
}

/** What the menu asks of the sidebar for the actions that change what the plugin knows. */
export interface QuoteActions {
	/** "Attribute to…": pick or type the speaker and write it into the note. */
	attribute(q: IndexedQuote): void;
	/** "Not a quote": hide a false positive. */
	hide(q: IndexedQuote): void;
	/** The link that plays the quote at its time ("Play at 12:05", kept in the copies), or null. */
	play?(q: IndexedQuote): PlayLink | null;
	/** Size of "Copy as image" / "Save as image" (a setting). */
	cardSize(): CardSize;
}

/** The quote's context menu, at the mouse or (from the keyboard) at a point. */
export function showQuoteMenu(app: App, q: IndexedQuote, at: MouseEvent | { x: number; y: number }, actions: QuoteActions): void {
	const menu = new Menu();
	const play = actions.play?.(q) ?? null;
	if (play) {
		menu.addItem((item) =>
			item
				.setTitle(play.label)
				.setIcon("play")
				.onClick(() => openPlayLink(play)),
		);
		menu.addSeparator();
	}
	menu.addItem((item) =>
		item
			.setTitle("Copy as Markdown quote")
			.setIcon("quote")
			.onClick(() => copy(quoteAsMarkdown(q, play), "quote").catch((e) => fail("copy the quote", e))),
	);
	menu.addItem((item) =>
		item
			.setTitle("Copy as quote callout")
			.setIcon("message-square-quote")
			.onClick(() => copy(quoteAsCallout(q, play), "callout").catch((e) => fail("copy the callout", e))),
	);
	menu.addItem((item) =>
		item
			.setTitle("Copy block link")
			.setIcon("link")
			.onClick(() =>
				quoteBlockLink(app, q)
					.then((link) => copy(link, "block link"))
					.catch((e) => fail("copy a block link", e)),
			),
	);
	addCardItems(menu, app, q, actions.cardSize(), fail);
	menu.addSeparator();
	menu.addItem((item) =>
		item
			.setTitle("Insert into the open note")
			.setIcon("text-cursor-input")
			.onClick(() => insertQuote(app, q, play)),
	);
	menu.addItem((item) =>
		item
			.setTitle("Reveal in note")
			.setIcon("file-search")
			.onClick(() => openQuote(app, q, false, false)),
	);
	menu.addSeparator();
	menu.addItem((item) =>
		item
			.setTitle("Attribute to…")
			.setIcon("user-pen")
			.onClick(() => actions.attribute(q)),
	);
	menu.addItem((item) =>
		item
			.setTitle("Not a quote")
			.setIcon("eye-off")
			.onClick(() => actions.hide(q)),
	);
	if (at instanceof MouseEvent) menu.showAtMouseEvent(at);
	else menu.showAtPosition(at);
}
