// The sidebar's Resurface mode: a few quotes not seen for the longest time. The choice is made when the
// mode is entered or the search changes and then kept (edits update its quotes, nothing reshuffles), and
// the quotes shown are remembered as seen after they have been on screen for a moment.
import { setIcon, type Component } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import { memoryKey } from "../../core/view/resurface";
import type { PluginContext } from "../context";
import { markQuotesSeen, resurfaced } from "./selection";

/** How long a choice stays on screen before it counts as seen (typing a search must not mark each result). */
export const SEEN_AFTER_MS = 1500;

export class ResurfaceList {
	/** Memory keys of the quotes chosen, for the filter they were chosen under. */
	private chosen: { keys: string[]; filter: string } | null = null;
	private timer: number | null = null;
	private readonly bar: HTMLElement;

	constructor(
		private readonly owner: Component,
		parent: HTMLElement,
		private readonly plugin: PluginContext,
		private readonly changed: () => void,
	) {
		this.bar = parent.createDiv({ cls: ["pg-resurface-bar", "is-hidden"] });
		const next = this.bar.createEl("button", { cls: "pg-resurface-next", attr: { type: "button" } });
		setIcon(next.createSpan({ cls: "pg-resurface-icon" }), "refresh-cw");
		next.createSpan({ text: "Show others" });
		owner.registerDomEvent(next, "click", () => void this.showOthers());
		owner.register(() => this.cancel());
	}

	/** Not in Resurface mode: its bar hidden and its choice forgotten. */
	hide(): void {
		this.bar.toggleClass("is-hidden", true);
		this.cancel();
		this.chosen = null;
	}

	/**
	 * The quotes to list: in Resurface mode the chosen few of `quotes` (the search's results), otherwise
	 * `quotes` itself.
	 */
	pick(quotes: readonly IndexedQuote[], active: boolean, filter: string): readonly IndexedQuote[] {
		if (!active) {
			this.hide();
			return quotes;
		}
		this.bar.toggleClass("is-hidden", false);
		if (this.chosen === null || this.chosen.filter !== filter) {
			const list = resurfaced(this.plugin, quotes, this.plugin.settings.daily.resurfaceCount);
			this.chosen = { keys: list.map(memoryKey), filter };
			this.schedule();
			return list;
		}
		const byKey = new Map<string, IndexedQuote>();
		for (const q of quotes) {
			const key = memoryKey(q);
			if (!byKey.has(key)) byKey.set(key, q);
		}
		return this.chosen.keys.map((k) => byKey.get(k)).filter((q): q is IndexedQuote => q !== undefined);
	}

	/** Marks the shown quotes seen now and chooses again: the next ones not seen for longest. */
	private async showOthers(): Promise<void> {
		await this.markShown();
		this.chosen = null;
		this.changed();
	}

	private schedule(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => {
			this.timer = null;
			void this.markShown();
		}, SEEN_AFTER_MS);
	}

	/** A choice left (mode switched, sidebar closed) before its moment on screen is not counted as seen. */
	private cancel(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}

	private async markShown(): Promise<void> {
		this.cancel();
		const keys = new Set(this.chosen?.keys ?? []);
		if (keys.size === 0) return;
		const shown = this.plugin.visible.all().filter((q) => keys.has(memoryKey(q)));
		await markQuotesSeen(this.plugin, shown);
	}
}
