// The command palette entries. Ids are stable (users bind hotkeys to them); none has a default hotkey.
import { Notice } from "obsidian";
import type { PluginContext } from "../context";
import { quotePlayLink } from "../view/play";
import { insertQuoteAt } from "./insert";
import { MergeSuggestionModal, QuoteSearchModal } from "./modals";
import { openQuotesView } from "./open";
import { markQuotesSeen, resurfaced } from "../daily/selection";

export const COMMAND_IDS = {
	openSidebar: "open-quotes-sidebar",
	showCurrentNote: "show-quotes-of-current-note",
	search: "search-quotes",
	insertRandom: "insert-random-quote",
	rebuild: "rebuild-quote-index",
	mergeAlias: "merge-suggested-speaker-alias",
} as const;

const NO_QUOTES = "No quotes indexed yet: add a quote with an attribution (`> … – Speaker`) to a podcast note, or check the podcast-note detection setting.";

export function registerCommands(plugin: PluginContext): void {
	const { app } = plugin;

	plugin.addCommand({
		id: COMMAND_IDS.openSidebar,
		name: "Open quotes sidebar",
		callback: () => openQuotesView(plugin),
	});

	plugin.addCommand({
		id: COMMAND_IDS.showCurrentNote,
		name: "Show quotes of the current note",
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (!checking) void openQuotesView(plugin, "note");
			return true;
		},
	});

	plugin.addCommand({
		id: COMMAND_IDS.search,
		name: "Search quotes",
		editorCallback: (editor) => {
			if (!plugin.visible.all().length) {
				new Notice(NO_QUOTES);
				return;
			}
			new QuoteSearchModal(app, plugin.searchWarmup, (quote) => insertQuoteAt(editor, quote, quotePlayLink(plugin.visible, quote))).open();
		},
	});

	plugin.addCommand({
		id: COMMAND_IDS.insertRandom,
		name: "Insert a random quote",
		editorCallback: (editor) => {
			const quotes = plugin.visible.all();
			if (!quotes.length) {
				new Notice(NO_QUOTES);
				return;
			}
			// The sidebar's Resurface choice: the quote not seen for the longest time, then remembered as seen.
			const [quote] = resurfaced(plugin, quotes, 1);
			insertQuoteAt(editor, quote, quotePlayLink(plugin.visible, quote));
			void markQuotesSeen(plugin, [quote]);
		},
	});

	plugin.addCommand({
		id: COMMAND_IDS.rebuild,
		name: "Rebuild the quote index",
		callback: async () => {
			await plugin.source.rebuild();
			new Notice(`Quote index rebuilt: ${plugin.index.notes().length} notes, ${plugin.index.all().length} quotes.`);
		},
	});

	plugin.addCommand({
		id: COMMAND_IDS.mergeAlias,
		name: "Speakers: merge a suggested alias into the alias table",
		callback: () => {
			const suggestions = plugin.index.mergeSuggestions();
			if (!suggestions.length) {
				new Notice("No merge suggestions: no two speaker names look like spellings of one person.");
				return;
			}
			new MergeSuggestionModal(app, suggestions, (s) => {
				void plugin.addAlias(s.from, s.to).then(() => new Notice(`"${s.from}" is now an alias of ${s.to}.`));
			}).open();
		},
	});
}
