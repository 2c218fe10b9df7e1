// The settings tab's "A quote a day" section: the card, what it draws from, resurfacing, card images.
import { Setting } from "obsidian";
import type { DailyFilter } from "../../core/view/resurface";
import type { CardSize } from "../../core/card/layout";
import type { PluginContext } from "../context";
import { refreshDailyCards } from "./card";
import { RESURFACE_MAX } from "./settings";

const FILTER_NAMES: Record<DailyFilter["kind"], string> = {
	all: "All quotes",
	speaker: "One speaker",
	show: "One show",
	tag: "Notes with a tag",
};

const VALUE_HINTS: Record<Exclude<DailyFilter["kind"], "all">, { name: string; placeholder: string }> = {
	speaker: { name: "Speaker", placeholder: "Sam Altman" },
	show: { name: "Show", placeholder: "Lex Fridman Podcast" },
	tag: { name: "Tag", placeholder: "ai" },
};

const SIZE_NAMES: Record<CardSize, string> = {
	wide: "Wide, 1200 × 630 (link previews)",
	square: "Square, 1080 × 1080",
};

export function renderDailySettings(el: HTMLElement, plugin: PluginContext, redraw: () => void): void {
	const daily = plugin.settings.daily;
	const save = async (): Promise<void> => {
		await plugin.saveSettings();
		refreshDailyCards();
	};
	new Setting(el).setName("A quote a day").setHeading();
	new Setting(el)
		.setName("Quote of the day")
		.setDesc("A card at the top of the quotes sidebar: the same quote all day, another one after midnight.")
		.addToggle((t) =>
			t.setValue(daily.showCard).onChange(async (v) => {
				daily.showCard = v;
				await save();
			}),
		);
	new Setting(el)
		.setName("Draw the quote of the day from")
		.setDesc("The quote is chosen from these quotes by the date, so it is the same on every device that day.")
		.addDropdown((d) =>
			d
				.addOptions(FILTER_NAMES)
				.setValue(daily.filter.kind)
				.onChange(async (v) => {
					daily.filter = { kind: v as DailyFilter["kind"], value: v === daily.filter.kind ? daily.filter.value : "" };
					await save();
					redraw();
				}),
		);
	const kind = daily.filter.kind;
	if (kind !== "all") {
		const hint = VALUE_HINTS[kind];
		new Setting(el)
			.setName(hint.name)
			.setDesc(kind === "tag" ? "Quotes of notes with this tag or a tag nested under it (ai also takes ai/safety)." : `Written as the sidebar shows it; case does not matter.`)
			.addText((t) =>
				t
					.setPlaceholder(hint.placeholder)
					.setValue(daily.filter.value)
					.onChange(async (v) => {
						daily.filter = { kind, value: v.trim() };
						await save();
					}),
			);
	}
	new Setting(el)
		.setName("Quotes to resurface")
		.setDesc("How many quotes the sidebar's resurface mode shows: those you have not seen for the longest time.")
		.addSlider((s) =>
			s
				.setLimits(1, RESURFACE_MAX, 1)
				.setValue(daily.resurfaceCount)
				.onChange(async (v) => {
					daily.resurfaceCount = v;
					await save();
				}),
		);
	new Setting(el)
		.setName("Forget seen quotes")
		.setDesc(`Resurface remembers ${Object.keys(plugin.settings.seenQuotes).length.toLocaleString()} quotes you have seen, by their words, in this plugin's data.`)
		.addButton((b) =>
			b.setButtonText("Forget").onClick(async () => {
				plugin.settings.seenQuotes = {};
				await save();
				redraw();
			}),
		);
	new Setting(el)
		.setName("Quote card size")
		.setDesc("Images copied or saved from the quote menu. The published site's cards are always wide, the size link previews use.")
		.addDropdown((d) =>
			d
				.addOptions(SIZE_NAMES)
				.setValue(daily.cardSize)
				.onChange(async (v) => {
					daily.cardSize = v as CardSize;
					await save();
				}),
		);
}
