// What the sidebar says when there is nothing to list, and the one-line summary above the list.
import { UNKNOWN_SPEAKER_KEY, type ViewMode, type ViewModel } from "../../core/view/model";

export interface EmptyStateInput {
	indexEmpty: boolean;
	/** The first pass over the vault is still running. */
	indexing: { done: number; total: number } | null;
	mode: ViewMode;
	query: string;
	hasChips: boolean;
	/** The only filter is "Needs a speaker". */
	onlyNeedsSpeaker?: boolean;
	notePath: string | null;
	clearFilters: () => void;
}

const EXAMPLE_QUOTE = "> Work on what you find interesting.\n> — Sam Altman";

function noteName(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

export function renderEmptyState(el: HTMLElement, input: EmptyStateInput): void {
	el.empty();
	const title = el.createDiv({ cls: "pg-empty-title" });
	const body = el.createDiv({ cls: "pg-empty-body" });
	const filtered = input.query.trim() !== "" || input.hasChips;
	if (input.indexing && input.indexEmpty) {
		title.setText("Reading your notes…");
		body.setText(`${input.indexing.done.toLocaleString()} of ${input.indexing.total.toLocaleString()} notes read. Quotes appear here as they are found.`);
		return;
	}
	if (input.indexEmpty) {
		title.setText("No podcast notes yet");
		body.setText("Add a quote to a note as a blockquote that ends in the speaker's name, and it appears here. For example:");
		el.createEl("pre", { cls: "pg-empty-example" }).createEl("code", { text: EXAMPLE_QUOTE });
		return;
	}
	if (input.mode === "note" && input.notePath === null) {
		title.setText("No note open");
		body.setText("Open a podcast note to see its quotes here.");
		return;
	}
	if (input.onlyNeedsSpeaker && input.query.trim() === "") {
		title.setText("Every quote has a speaker");
		body.setText(input.mode === "note" ? "No quote in this note needs one." : "Quotes whose speaker the notes do not say are listed here, to attribute them in one click.");
		return;
	}
	if (filtered) {
		title.setText(input.query.trim() !== "" ? `No quotes match “${input.query.trim()}”` : "No quotes match these filters");
		body.setText(input.mode === "note" ? "Search all quotes instead, or clear the search and filters." : "Try fewer words, or clear the search and filters.");
		const button = el.createEl("button", { cls: "pg-empty-clear", text: "Clear search and filters", attr: { type: "button" } });
		button.addEventListener("click", () => input.clearFilters(), { once: true });
		return;
	}
	if (input.mode === "note" && input.notePath !== null) {
		title.setText(`No quotes in “${noteName(input.notePath)}”`);
		body.setText("Quotes are blockquotes or list items ending in a dash and the speaker's name, quote callouts, or transcript lines starting with a speaker's name.");
		return;
	}
	title.setText("No quotes to show");
	body.setText("Rebuild the quote index from the command palette if you expected quotes here.");
}

export interface PreparingStateInput {
	query: string;
	quoteCount: number;
	/** The first pass over the vault is still running. */
	indexing: { done: number; total: number } | null;
}

/** A query was typed before the search had indexed the quotes' words: results follow in a moment. */
export function renderPreparingState(el: HTMLElement, input: PreparingStateInput): void {
	el.empty();
	el.createDiv({ cls: "pg-empty-title", text: "Preparing the search…" });
	const quotes = `${input.quoteCount.toLocaleString()} ${input.quoteCount === 1 ? "quote" : "quotes"}`;
	const read = input.indexing ? ` (${input.indexing.done.toLocaleString()} of ${input.indexing.total.toLocaleString()} notes read so far)` : "";
	el.createDiv({
		cls: "pg-empty-body",
		text: `Indexing the words of ${quotes}${read}. Results for “${input.query.trim()}” appear here in a moment.`,
	});
}

export function summaryText(model: ViewModel, mode: ViewMode, noteTitle: string | null): string {
	const n = model.quoteCount;
	const quotes = `${n.toLocaleString()} ${n === 1 ? "quote" : "quotes"}`;
	const g = model.groupCount;
	switch (mode) {
		case "speaker": {
			// Only the "Unknown speaker" group (as with "Needs a speaker" on): it is no speaker to count.
			const only = model.rowAt(0);
			if (g === 1 && only?.kind === "group" && only.key === UNKNOWN_SPEAKER_KEY) return `${quotes} without a speaker`;
			return `${quotes} by ${g.toLocaleString()} ${g === 1 ? "speaker" : "speakers"}`;
		}
		case "episode":
			return `${quotes} from ${g.toLocaleString()} ${g === 1 ? "episode" : "episodes"}`;
		case "note":
			return noteTitle === null ? "No note open" : `${quotes} in ${noteTitle}`;
		case "resurface":
			return `${quotes} you have not seen for the longest time`;
		default:
			return quotes;
	}
}
