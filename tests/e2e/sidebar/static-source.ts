// A fixed list of quotes as a QuoteSource, for browser pages that need no parsing (many synthetic quotes, or
// quotes indexed in Node and shipped to the page).
import type { IndexedQuote, QuoteSource } from "../../../src/core/index/types";

export function staticSource(quotes: IndexedQuote[]): QuoteSource {
	return {
		revision: 1,
		all: () => quotes,
		quotes: () => quotes.slice(),
		speakers: () => [],
		mergeSuggestions: () => [],
		note: () => undefined,
		notes: () => [],
		onChange: () => () => undefined,
	};
}
