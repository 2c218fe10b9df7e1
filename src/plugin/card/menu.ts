// The quote menu's image items.
import type { App, Menu } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import type { CardSize } from "../../core/card/layout";
import { copyCardImage, saveCardImage } from "./image";

export function addCardItems(menu: Menu, app: App, q: IndexedQuote, size: CardSize): void {
	menu.addItem((item) =>
		item
			.setTitle("Copy as image")
			.setIcon("image")
			.onClick(() => copyCardImage(app, q, size)),
	);
	menu.addItem((item) =>
		item
			.setTitle("Save as image")
			.setIcon("image-down")
			.onClick(() => saveCardImage(app, q, size)),
	);
}
