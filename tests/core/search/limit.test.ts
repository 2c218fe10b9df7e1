// A search with a limit (the "Search quotes" picker's 20, decision 55) gathers only its first matches: they
// are exactly the first of the unlimited search, in the same order, also while typing narrows the last result.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { QuoteSearch } from "../../../src/core/search/quote-search";
import { quote } from "../view/synthetic";

const WORDS = ["discipline", "freedom", "dopamine", "power", "sam", "free", "will"];
const SPEAKERS = ["Sam Altman", "Discipline Dan", null];

describe("QuoteSearch.run with a limit", () => {
	test("property: the first `limit` matches of the unlimited search, for each prefix typed", () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ speaker: fc.constantFrom(...SPEAKERS), words: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }) }), { maxLength: 60 }),
				fc.constantFrom("discipline free", "sam d", "do", "free will", "xyz", ""),
				fc.integer({ min: 0, max: 12 }),
				fc.boolean(),
				(specs, query, limit, textFirst) => {
					const quotes = specs.map((s, i) => quote(`q${i}`, `Said ${i}: ${s.words.join(" ")}.`, { speaker: s.speaker }));
					const limited = new QuoteSearch();
					const whole = new QuoteSearch();
					for (let n = 0; n <= query.length; n++) {
						const filter = { query: query.slice(0, n) };
						const all = whole.run(quotes, filter, { textFirst });
						expect(limited.run(quotes, filter, { textFirst, limit }).map((q) => q.id)).toEqual(all.slice(0, limit).map((q) => q.id));
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	test("one letter over many quotes: the first twenty, in list order", () => {
		const quotes = Array.from({ length: 500 }, (_, i) => quote(`q${i}`, i % 3 === 0 ? `Nothing here ${i}` : `Discipline is freedom ${i}`));
		const search = new QuoteSearch();
		const found = search.run(quotes, { query: "d" }, { limit: 20 });
		expect(found.map((q) => q.id)).toEqual(quotes.filter((q) => q.text.startsWith("Discipline")).slice(0, 20).map((q) => q.id));
		// The next keystroke narrows all the matches, not only the twenty shown.
		expect(search.run(quotes, { query: "di" }).length).toBe(quotes.filter((q) => q.text.startsWith("Discipline")).length);
	});
});
