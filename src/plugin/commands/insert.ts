// Inserting a quote into the note being edited: as its own blockquote, separated by blank lines, so it
// neither swallows the next paragraph (a line right after `>` lines continues the quote) nor joins the last.
import type { Editor } from "obsidian";
import type { IndexedQuote } from "../../core/index";
import type { PlayLink } from "../../core/play";
import { quoteAsMarkdown } from "../../core/view/format";

/** Replaces the selection with `block`, adding the blank lines it needs around it; the cursor ends after it. */
export function insertBlock(editor: Editor, block: string): void {
	const from = editor.getCursor("from");
	const to = editor.getCursor("to");
	const before = editor.getLine(from.line).slice(0, from.ch);
	const after = editor.getLine(to.line).slice(to.ch);
	const previous = from.line > 0 ? editor.getLine(from.line - 1) : "";
	const next = to.line < editor.lastLine() ? editor.getLine(to.line + 1) : "";
	const prefix = before.trim() !== "" ? "\n\n" : before === "" && previous.trim() !== "" ? "\n" : "";
	const suffix = after.trim() !== "" ? "\n\n" : next.trim() !== "" ? "\n" : "";
	editor.replaceRange(prefix + block + suffix, from, to);
	editor.setCursor(editor.offsetToPos(editor.posToOffset(from) + prefix.length + block.length));
}

/** The quote as a Markdown blockquote with its attribution (the sidebar's copy format, its play link kept). */
export function insertQuoteAt(editor: Editor, quote: IndexedQuote, play: PlayLink | null = null): void {
	insertBlock(editor, quoteAsMarkdown(quote, play));
}
