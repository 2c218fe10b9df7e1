// PLACEHOLDER owned by the sidebar work: replaced by the real search (fuzzy, chips). Keeps the build green meanwhile.
import type { IndexedQuote, QuoteFilter } from "../index/types";

export function filterQuotes(quotes: readonly IndexedQuote[], filter: QuoteFilter = {}): IndexedQuote[] {
	const q = (filter.query ?? "").toLowerCase();
	return quotes.filter((quote) => (filter.path === undefined || quote.path === filter.path) && (q === "" || quote.text.toLowerCase().includes(q)));
}
