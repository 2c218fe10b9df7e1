// Keyboard handling of the quotes list: arrows, Home/End and Page keys move the selection; Enter opens the
// quote; the context-menu key opens its menu; Escape goes back to the search box.
import { Keymap, type PaneType } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import type { QuoteList } from "./quote-list";

export interface ListKeyActions {
	open(quote: IndexedQuote, pane: PaneType | boolean): void;
	menu(quote: IndexedQuote, at: { x: number; y: number }): void;
	focusSearch(): void;
}

export function handleListKey(evt: KeyboardEvent, list: QuoteList, actions: ListKeyActions): void {
	const count = list.rowCount;
	const current = list.selectedRow();
	if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
		evt.preventDefault();
		const next = list.nextQuoteRow(current < 0 && evt.key === "ArrowUp" ? count : current, evt.key === "ArrowDown" ? 1 : -1);
		if (next >= 0) list.select(next, true);
	} else if (evt.key === "Home" || evt.key === "End") {
		evt.preventDefault();
		const next = evt.key === "Home" ? list.nextQuoteRow(-1, 1) : list.nextQuoteRow(count, -1);
		if (next >= 0) list.select(next, true);
	} else if (evt.key === "PageDown" || evt.key === "PageUp") {
		evt.preventDefault();
		const step = evt.key === "PageDown" ? 1 : -1;
		const target = list.rowAPageAway(current, step);
		const next = list.rowAt(target)?.kind === "quote" ? target : list.nextQuoteRow(target, step);
		if (next >= 0) list.select(next, true);
	} else if (evt.key === "Enter") {
		const row = list.rowAt(current);
		if (row?.kind === "quote") {
			evt.preventDefault();
			actions.open(row.quote, Keymap.isModEvent(evt));
		}
	} else if (evt.key === "ContextMenu" || (evt.key === "F10" && evt.shiftKey)) {
		const row = list.rowAt(current);
		const el = row?.kind === "quote" ? list.quoteElement(current) : null;
		if (row?.kind === "quote" && el) {
			evt.preventDefault();
			const box = el.getBoundingClientRect();
			actions.menu(row.quote, { x: box.left + box.width / 3, y: box.top + box.height / 2 });
		}
	} else if (evt.key === "Escape") {
		evt.preventDefault();
		actions.focusSearch();
	}
}
