// The two pickers behind commands: search all quotes (and insert the chosen one), pick a merge suggestion.
import { SuggestModal, type App } from "obsidian";
import type { IndexedQuote } from "../../core/index";
import type { MergeSuggestion } from "../../core/types";
import { quoteSource } from "../../core/view/format";
import { PreparedSearch } from "../view/prepared-search";
import type { SearchWarmup } from "../view/search-warmup";

/** Longest quote text shown in one suggestion row. */
const PREVIEW_CHARS = 240;
/**
 * Suggestions the picker draws per keystroke: its box shows about eight, Obsidian draws every one anew on each
 * keystroke, and 20 instead of 50 cut its keystroke's work by about a third (decision 49). The quotes ranked
 * below them are found by typing another word.
 */
export const PICKER_SUGGESTIONS = 20;
const NO_MATCH = "No quote matches. Try fewer or shorter words.";
const PREPARING = "Preparing the search… Results appear in a moment.";

/**
 * Search all quotes. Shares the sidebar's word index, which the plugin prepares once the vault is indexed:
 * a word typed before that is done (just after Obsidian started) says so instead of freezing the typing,
 * then shows the results.
 */
export class QuoteSearchModal extends SuggestModal<IndexedQuote> {
	/** A query came back empty-handed because the search was not ready: ask again when it is. */
	private waiting = false;
	private readonly search = new PreparedSearch(this.warmup, () => {
		if (!this.waiting) return;
		this.waiting = false;
		// The picker redraws on input, as when the user types.
		this.inputEl.dispatchEvent(new Event("input"));
	});

	constructor(
		app: App,
		/** The plugin's search warm-up: the picker searches its quotes with its word index. */
		private readonly warmup: SearchWarmup,
		private readonly onChoose: (quote: IndexedQuote) => void,
	) {
		super(app);
		this.limit = PICKER_SUGGESTIONS;
		this.setPlaceholder("Search quotes by text, speaker or episode");
		this.emptyStateText = NO_MATCH;
		this.setInstructions([
			{ command: "↑↓", purpose: "to move" },
			{ command: "↵", purpose: "to insert at the cursor" },
			{ command: "esc", purpose: "to close" },
		]);
	}

	onClose(): void {
		super.onClose();
		this.search.stop();
		this.waiting = false;
	}

	getSuggestions(query: string): IndexedQuote[] {
		const found = this.search.run({ query }, { limit: this.limit });
		this.waiting = found === null;
		this.emptyStateText = found === null ? PREPARING : NO_MATCH;
		return found === null ? [] : found.slice(0, this.limit);
	}

	renderSuggestion(quote: IndexedQuote, el: HTMLElement): void {
		el.addClass("pg-suggest-quote");
		const text = quote.text.replace(/\s+/g, " ");
		el.createDiv({ cls: "pg-suggest-text", text: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text });
		el.createDiv({ cls: "pg-suggest-source", text: `${quote.speaker ?? "Unknown speaker"} · ${quoteSource(quote)}` });
	}

	onChooseSuggestion(quote: IndexedQuote): void {
		this.onChoose(quote);
	}
}

export class MergeSuggestionModal extends SuggestModal<MergeSuggestion> {
	constructor(
		app: App,
		private readonly suggestions: MergeSuggestion[],
		private readonly onChoose: (suggestion: MergeSuggestion) => void,
	) {
		super(app);
		this.setPlaceholder("Pick a spelling to merge into the alias table");
		this.emptyStateText = "No suggestion matches.";
	}

	getSuggestions(query: string): MergeSuggestion[] {
		const q = query.trim().toLowerCase();
		return this.suggestions.filter((s) => q === "" || s.from.toLowerCase().includes(q) || s.to.toLowerCase().includes(q));
	}

	renderSuggestion(suggestion: MergeSuggestion, el: HTMLElement): void {
		el.addClass("pg-suggest-merge");
		el.createDiv({ cls: "pg-suggest-text", text: `${suggestion.from} → ${suggestion.to}` });
		el.createDiv({ cls: "pg-suggest-source", text: suggestion.reason });
	}

	onChooseSuggestion(suggestion: MergeSuggestion): void {
		this.onChoose(suggestion);
	}
}
