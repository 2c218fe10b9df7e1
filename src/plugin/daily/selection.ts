// The plugin's side of the quote of the day and resurfacing: which quotes (the visible ones, the note's
// tags from the index), the day on this device's clock, and the "seen" memory in the plugin's data.
import type { IndexedQuote } from "../../core/index/types";
import { dailyCandidates, dayKey, markSeen, quoteOfTheDay, resurface } from "../../core/view/resurface";
import type { PluginContext } from "../context";

/** The quote of the day for `date` under the daily setting; `skip` is how many times "Another one" was asked. */
export function dailyQuote(plugin: PluginContext, date: Date, skip = 0): IndexedQuote | null {
	const candidates = dailyCandidates(plugin.visible.all(), plugin.settings.daily.filter, (path) => plugin.index.note(path)?.tags ?? []);
	return quoteOfTheDay(candidates, dayKey(date), skip);
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
