// The plugin's side of the quote of the day and resurfacing: which quotes (the visible ones, the note's
// tags from the index), the day on this device's clock, and the "seen" memory in the plugin's data.
import type { IndexedQuote } from "../../core/index/types";
import { dailyCandidates, dayKey, markSeen, quoteOfTheDay, resurface } from "../../core/view/resurface";
import type { DailyChoice } from "../../core/view/daily-choice";
import type { PluginContext } from "../context";

/**
 * The quote of the day for `date` under the daily setting; `skip` is how many times "Another one" was asked.
 * With `choice` (the card's), a change that cannot change the choice does not go over every quote again.
 */
export function dailyQuote(plugin: PluginContext, date: Date, skip = 0, choice?: DailyChoice): IndexedQuote | null {
	const filter = plugin.settings.daily.filter;
	const tagsOf = (path: string) => plugin.index.note(path)?.tags ?? [];
	if (choice === undefined) return quoteOfTheDay(dailyCandidates(plugin.visible.all(), filter, tagsOf), dayKey(date), skip);
	const source = {
		revision: plugin.visible.revision,
		candidates: () => dailyCandidates(plugin.visible.all(), filter, tagsOf),
		candidatesIn: (path: string) => dailyCandidates(plugin.visible.quotes({ path }), filter, tagsOf),
	};
	return choice.choose(source, dayKey(date), skip, `${filter.kind}\u0000${filter.value}`);
}

/** The `count` quotes of `quotes` not seen for the longest time (ties ordered for the day). */
export function resurfaced(plugin: PluginContext, quotes: readonly IndexedQuote[], count: number, date = new Date()): IndexedQuote[] {
	return resurface(quotes, plugin.settings.seenQuotes, count, dayKey(date));
}

/** Remembers `quotes` as seen now, in the plugin's data. */
export async function markQuotesSeen(plugin: PluginContext, quotes: readonly IndexedQuote[], now = Date.now()): Promise<void> {
	if (quotes.length === 0) return;
	plugin.settings.seenQuotes = markSeen(plugin.settings.seenQuotes, quotes, now);
	await plugin.saveSettings();
}
