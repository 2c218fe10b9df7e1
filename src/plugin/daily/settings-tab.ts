// The settings tab's "A quote a day" section: the card, what it draws from, resurfacing, card images.
import type { DailyFilter } from "../../core/view/resurface";
import type { CardSize } from "../../core/card/layout";
import type { PluginContext } from "../context";
import { bind, type Group, type Row } from "../settings/rows";
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

export function dailySettings(plugin: PluginContext, redraw: () => void): Group {
	const daily = plugin.settings.daily;
	const save = async (): Promise<void> => {
		await plugin.saveSettings();
		refreshDailyCards();
	};
	// One row per kind of filter, shown for that kind: the row's name says what to type.
	const filterValue = (kind: Exclude<DailyFilter["kind"], "all">): Row => ({
		name: VALUE_HINTS[kind].name,
		desc: kind === "tag" ? "Quotes of notes with this tag or a tag nested under it (ai also takes ai/safety)." : `Written as the sidebar shows it; case does not matter.`,
		aliases: ["quote of the day"],
		visible: () => daily.filter.kind === kind,
		control: {
			type: "text",
			placeholder: VALUE_HINTS[kind].placeholder,
			...bind(`daily.filter.${kind}`, () => (daily.filter.kind === kind ? daily.filter.value : ""), (v) => (daily.filter = { kind, value: v.trim() }), { save }),
		},
	});
	return {
		type: "group",
		heading: "A quote a day",
		items: [
			{
				name: "Quote of the day",
				desc: "A card at the top of the quotes sidebar: the same quote all day, another one after midnight.",
				aliases: ["daily quote", "card"],
				control: { type: "toggle", ...bind("daily.showCard", () => daily.showCard, (v) => (daily.showCard = v), { save }) },
			},
			{
				name: "Draw the quote of the day from",
				desc: "The quote is chosen from these quotes by the date, so it is the same on every device that day.",
				aliases: ["daily quote", "filter", "speaker", "show", "tag"],
				control: {
					type: "dropdown",
					options: FILTER_NAMES,
					...bind<string>("daily.filter.kind", () => daily.filter.kind, (v) => (daily.filter = { kind: v as DailyFilter["kind"], value: v === daily.filter.kind ? daily.filter.value : "" }), { save, redraw }),
				},
			},
			filterValue("speaker"),
			filterValue("show"),
			filterValue("tag"),
			{
				name: "Quotes to resurface",
				desc: "How many quotes the sidebar's resurface mode shows: those you have not seen for the longest time.",
				aliases: ["resurface count", "forgotten quotes"],
				control: { type: "slider", min: 1, max: RESURFACE_MAX, step: 1, ...bind("daily.resurfaceCount", () => daily.resurfaceCount, (v) => (daily.resurfaceCount = v), { save }) },
			},
			{
				name: "Forget seen quotes",
				desc: `Resurface remembers ${Object.keys(plugin.settings.seenQuotes).length.toLocaleString()} quotes you have seen, by their words, in this plugin's data.`,
				aliases: ["reset", "clear seen", "resurface"],
				render: (s) =>
					void s.addButton((b) =>
						b.setButtonText("Forget").onClick(async () => {
							plugin.settings.seenQuotes = {};
							await save();
							redraw();
						}),
					),
			},
			{
				name: "Quote card size",
				desc: "Images copied or saved from the quote menu. The published site's cards are always wide, the size link previews use.",
				aliases: ["image", "square", "wide"],
				control: { type: "dropdown", options: SIZE_NAMES, ...bind<string>("daily.cardSize", () => daily.cardSize, (v) => (daily.cardSize = v as CardSize), { save }) },
			},
		],
	};
}
