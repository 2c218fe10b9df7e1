// The quote menu's image items.
import type { App, Menu } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import type { CardSize } from "../../core/card/layout";
import { copyCardImage, saveCardImage } from "./image";

/** `fail(action, error)` reports a failure (the menu's own reporter: a Notice naming the action). */
export function addCardItems(menu: Menu, app: App, q: IndexedQuote, size: CardSize, fail: (action: string, e: unknown) => void): void {
	menu.addItem((item) =>
		item
			.setTitle("Copy as image")
			.setIcon("image")
			.onClick(() => copyCardImage(q, size).catch((e) => fail("copy the quote card", e))),
	);
	menu.addItem((item) =>
		item
			.setTitle("Save as image")
			.setIcon("image-down")
			.onClick(() => saveCardImage(app, q, size).catch((e) => fail("save the quote card", e))),
	);
}
