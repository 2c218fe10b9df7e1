// Settings of the quote of the day, resurfacing and quote card images, and the "seen" memory, as kept in
// the plugin's data (data.json).
import { DAILY_FILTER_KINDS, readSeenMemory, type DailyFilter, type SeenMemory } from "../../core/view/resurface";
import { isPlainObject } from "../../core/util/settings";
import { CARD_SIZES, type CardSize } from "../../core/card/layout";

export interface DailySettings {
	/** Show the "Quote of the day" card at the top of the quotes sidebar. */
	showCard: boolean;
	/** Which quotes the quote of the day is drawn from. */
	filter: DailyFilter;
	/** How many quotes the sidebar's Resurface mode lists at a time. */
	resurfaceCount: number;
	/** Size of "Copy as image" / "Save as image" and of the site's quote cards. */
	cardSize: CardSize;
}

export const DEFAULT_DAILY_SETTINGS: DailySettings = {
	showCard: true,
	filter: { kind: "all", value: "" },
	resurfaceCount: 5,
	cardSize: "wide",
};

export const RESURFACE_MAX = 50;

/** Saved values over the defaults, each checked: a bad value falls back to its default, nothing else is lost. */
export function loadDailySettings(saved: unknown): DailySettings {
	const s = isPlainObject(saved) ? saved : {};
	const out: DailySettings = { ...DEFAULT_DAILY_SETTINGS, filter: { ...DEFAULT_DAILY_SETTINGS.filter } };
	if (typeof s.showCard === "boolean") out.showCard = s.showCard;
	if (isPlainObject(s.filter) && DAILY_FILTER_KINDS.includes(s.filter.kind as DailyFilter["kind"])) {
		out.filter = { kind: s.filter.kind as DailyFilter["kind"], value: typeof s.filter.value === "string" ? s.filter.value : "" };
	}
	if (typeof s.resurfaceCount === "number" && Number.isInteger(s.resurfaceCount)) out.resurfaceCount = Math.min(RESURFACE_MAX, Math.max(1, s.resurfaceCount));
	if (CARD_SIZES.includes(s.cardSize as CardSize)) out.cardSize = s.cardSize as CardSize;
	return out;
}

export { readSeenMemory, type SeenMemory };
