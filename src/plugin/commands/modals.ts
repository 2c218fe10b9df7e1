// The two pickers behind commands: search all quotes (and insert the chosen one), pick a merge suggestion.
import { SuggestModal, type App } from "obsidian";
import type { IndexedQuote, QuoteSource } from "../../core/index";
import type { MergeSuggestion } from "../../core/types";
import { quoteSource } from "../../core/view/format";

/** Longest quote text shown in one suggestion row. */
const PREVIEW_CHARS = 240;

export class QuoteSearchModal extends SuggestModal<IndexedQuote> {
	constructor(
		app: App,
		private readonly index: QuoteSource,
		private readonly onChoose: (quote: IndexedQuote) => void,
	) {
		super(app);
		this.limit = 50;
		this.setPlaceholder("Search quotes by text, speaker or episode");
		this.emptyStateText = "No quote matches. Try fewer or shorter words.";
		this.setInstructions([
			{ command: "↑↓", purpose: "to move" },
			{ command: "↵", purpose: "to insert at the cursor" },
			{ command: "esc", purpose: "to close" },
		]);
	}

	getSuggestions(query: string): IndexedQuote[] {
		return this.index.quotes({ query }).slice(0, this.limit);
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
