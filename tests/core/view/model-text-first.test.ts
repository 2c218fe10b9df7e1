// The sidebar's rows ordered text matches first, as the search's order and as the model makes it per group
// when drawn (decision 27): the same rows, lookups and navigation, and only the drawn groups tested.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import type { IndexedQuote } from "../../../src/core/index/types";
import { buildViewModel, matchesViewModel, UNKNOWN_SPEAKER_KEY, VIEW_MODES, type Row, type ViewModel } from "../../../src/core/view/model";
import { QuoteSearch } from "../../../src/core/search/quote-search";
import { quote } from "./synthetic";

const SPEAKERS = ["Sam Altman", "Anna Freedman", "Jocko Willink", "Discipline Dan", null];
const WORDS = ["discipline", "freedom", "dopamine", "power", "sam", "free", "will"];
const QUERIES = ["d", "di", "discipline", "free", "freedom", "sam", "will", "discipline free", "a", "jocko", "dan"];

const quoteArb = fc.record({
	id: fc.integer({ min: 0, max: 30 }),
	speaker: fc.constantFrom(...SPEAKERS),
	words: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
	note: fc.constantFrom("Freedom talk", "Episode 2", "Dopamine"),
	date: fc.constantFrom(null, "2024-03-18", "2023-01-02"),
	line: fc.integer({ min: 1, max: 20 }),
});

const caseArb = fc.record({
	specs: fc.array(quoteArb, { maxLength: 50 }),
	query: fc.constantFrom(...QUERIES),
	mode: fc.constantFrom(...VIEW_MODES),
	collapse: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function quotesOf(specs: Case["specs"]): IndexedQuote[] {
	return specs.map((s, i) => quote(`q${s.id}`, `Said ${i}: ${s.words.join(" ")}.`, { speaker: s.speaker, noteTitle: s.note, date: s.date, line: s.line }));
}

function allRows(model: ViewModel): Row[] {
	return Array.from({ length: model.rowCount }, (_, i) => model.rowAt(i)!);
}

describe("text matches first, ordered per group when drawn", () => {
	test("equals the model of the search's text-first order for random quotes, queries, modes and collapsed groups", () => {
		fc.assert(
			fc.property(caseArb, (c) => {
				const quotes = quotesOf(c.specs);
				const ordered = new QuoteSearch().run(quotes, { query: c.query }, { textFirst: true });
				const found = new QuoteSearch().find(quotes, { query: c.query });
				expect(found.inText).not.toBeNull();
				const keys = [...new Set(allRows(buildViewModel(ordered, c.mode)).flatMap((r) => (r.kind === "group" ? [r.key] : [])))];
				const collapsed = new Set(keys.filter((_, i) => c.collapse[i % c.collapse.length]));
				const oracle = buildViewModel(ordered, c.mode, collapsed);
				const model = matchesViewModel(found, c.mode, collapsed);
				// Lookups first, before any row is drawn: they must order what they need themselves.
				for (const q of quotes) expect(model.rowsOfQuote(q.id)).toEqual(oracle.rowsOfQuote(q.id));
				expect(model.rowCount).toBe(oracle.rowCount);
				expect(model.quoteCount).toBe(oracle.quoteCount);
				expect(model.groupCount).toBe(oracle.groupCount);
				expect([...model.headerRows]).toEqual([...oracle.headerRows]);
				expect(allRows(model)).toEqual(allRows(oracle));
				for (let i = -1; i <= model.rowCount; i++) for (const step of [1, -1] as const) expect(model.nextQuoteRow(i, step)).toBe(oracle.nextQuoteRow(i, step));
			}),
			{ numRuns: 400 },
		);
	});

	test("speaker groups from the search's numbering of its list equal those numbered from the matches", () => {
		// "sam altman" ties "Sam Altman" by name: such groups keep the order of their first match, whichever
		// of them comes first in the whole list.
		const speakers = [...SPEAKERS, "sam altman"];
		const arb = fc.record({
			specs: fc.array(fc.record({ id: fc.integer({ min: 0, max: 30 }), speaker: fc.constantFrom(...speakers), words: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }) }), { maxLength: 60 }),
			query: fc.constantFrom("", ...QUERIES),
			chips: fc.subarray(speakers.filter((s): s is string => s !== null)),
			collapse: fc.subarray(speakers.map((s) => s ?? UNKNOWN_SPEAKER_KEY)),
		});
		fc.assert(
			fc.property(arb, (c) => {
				const quotes = c.specs.map((s, i) => quote(`q${s.id}`, `Said ${i}: ${s.words.join(" ")}.`, { speaker: s.speaker }));
				const search = new QuoteSearch();
				// Searched twice: the second search numbers nothing again and must still answer for its own matches.
				search.find(quotes, { query: "zzz" }).listSpeakers();
				const found = search.find(quotes, { query: c.query, speakers: c.chips });
				const collapsed = new Set(c.collapse);
				const oracle = buildViewModel(found.quotes, "speaker", collapsed, found.inText ?? undefined);
				const model = matchesViewModel(found, "speaker", collapsed);
				expect(allRows(model)).toEqual(allRows(oracle));
				for (const q of quotes) expect(model.rowsOfQuote(q.id)).toEqual(oracle.rowsOfQuote(q.id));
				expect([...model.headerRows]).toEqual([...oracle.headerRows]);
			}),
			{ numRuns: 400 },
		);
	});

	test("speakers tied by size and name keep the order of their first match, not of the whole list", () => {
		const quotes = [quote("a", "Nothing", { speaker: "Sam Altman" }), quote("b", "Dopamine", { speaker: "sam altman" }), quote("c", "Dopamine", { speaker: "Sam Altman" })];
		const found = new QuoteSearch().find(quotes, { query: "dopamine" });
		const keys = allRows(matchesViewModel(found, "speaker")).map((r) => (r.kind === "group" ? r.key : r.quote.id));
		expect(keys).toEqual(["sam altman", "b", "Sam Altman", "c"]);
	});

	test("a letter that matches every quote tests the text of the drawn groups only", () => {
		const quotes = Array.from({ length: 20_000 }, (_, i) => quote(`q${i}`, i % 3 === 0 ? `Idea ${i}` : `Thought ${i}`, { speaker: `Speaker ${i % 40}` }));
		const found = new QuoteSearch().find(quotes, { query: "t" });
		expect(found.quotes.length).toBe(20_000);
		const asked: number[] = [];
		const model = buildViewModel(found.quotes, "speaker", new Set(), (indexes) => {
			asked.push(indexes.length);
			return found.inText!(indexes);
		});
		expect(asked).toEqual([]);
		// The first group (500 quotes): "Thought" ones first, the "Idea" ones found by the speaker's "t" after.
		const first = model.rowAt(1) as Extract<Row, { kind: "quote" }>;
		expect(first.quote.text.startsWith("Thought")).toBe(true);
		const lastOfGroup = model.rowAt(500) as Extract<Row, { kind: "quote" }>;
		expect(lastOfGroup.quote.text.startsWith("Idea")).toBe(true);
		expect(asked).toEqual([500]);
	});

	test("asked after the index moved to another list, a group keeps list order instead of reading stale positions", () => {
		const quotes = [quote("a", "Nothing here", { speaker: "Dan" }), quote("b", "Dan said it", { speaker: "Dan" })];
		const search = new QuoteSearch();
		const found = search.find(quotes, { query: "dan" });
		// Another search over the same word index moves it to a new list (an edit) before the view redraws.
		// Read at the old positions, its quotes would say the opposite of the first list's (b by name, c by text).
		search.run([quote("d", "Nothing either", { speaker: "Dan" }), quote("c", "Dan again", { speaker: "Dan" })], { query: "dan" });
		const model = buildViewModel(found.quotes, "speaker", new Set(), found.inText!);
		expect(allRows(model).map((r) => (r.kind === "quote" ? r.quote.id : r.key))).toEqual(["Dan", "a", "b"]);
		// Searching the first list again gives the text order back.
		const again = search.find(quotes, { query: "dan" });
		expect(allRows(buildViewModel(again.quotes, "speaker", new Set(), again.inText!)).map((r) => (r.kind === "quote" ? r.quote.id : r.key))).toEqual(["Dan", "b", "a"]);
	});
});
