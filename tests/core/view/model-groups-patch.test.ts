// After an edit the sidebar's speaker groups (sizes, order, first places) and each group's places in the list
// are patched from the span the list changed in, not counted again (decision 69). Random spans replaced in a
// list whose speakers tie often in size and in name as the sidebar compares names ("Anna Lembke" and "Anna
// lembke"), so the order falls back to first appearance: every row must equal a model built afresh.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import type { IndexedQuote } from "../../../src/core/index/types";
import { QuoteSearch } from "../../../src/core/search/quote-search";
import { buildViewModel, matchesViewModel, type Row, type ViewModel } from "../../../src/core/view/model";
import { syntheticQuotes } from "./synthetic";

const SPEAKERS = ["Anna Lembke", "Anna lembke", "ANNA LEMBKE", "Sam Altman", "Sam altman", "Jocko Willink", null];
const base = syntheticQuotes(1);
let made = 0;
const quoteOf = (speaker: string | null, word: string): IndexedQuote => ({ ...base[0], id: `q${++made}`, text: `${word} number ${made}`, speaker, speakerRaw: speaker });

const quoteArb = fc.record({ speaker: fc.constantFrom(...SPEAKERS), word: fc.constantFrom("free", "risk") });
/** A stretch replaced: from `at` (a share of the list), `cut` quotes out and `put` in. */
const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 4 }), put: fc.array(quoteArb, { maxLength: 4 }) });

function rows(model: ViewModel): Row[] {
	return Array.from({ length: model.rowCount }, (_, i) => model.rowAt(i)!);
}

describe("speaker groups patched after an edit", () => {
	test("equal the groups counted afresh, with and without a query, each group drawn or not", () => {
		fc.assert(
			fc.property(fc.array(quoteArb, { minLength: 1, maxLength: 30 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), fc.constantFrom("", "fre"), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (start, edits, query, draw) => {
				let list = start.map((q) => quoteOf(q.speaker, q.word));
				const kept = new QuoteSearch();
				const check = (step: number): void => {
					const found = kept.find(list, { query });
					const model = matchesViewModel(found, "speaker");
					const fresh = new QuoteSearch().find(list, { query });
					const oracle = buildViewModel(fresh.quotes, "speaker", new Set(), fresh.inText ?? undefined);
					expect(model.rowCount).toBe(oracle.rowCount);
					expect([...model.headerRows]).toEqual([...oracle.headerRows]);
					// Drawing a group makes its places; some steps draw nothing, so the next patches from a numbering whose places were never made.
					if (draw[step % draw.length]) expect(rows(model)).toEqual(rows(oracle));
					else for (const at of model.headerRows) expect(model.rowAt(at)).toEqual(oracle.rowAt(at));
				};
				check(0);
				edits.forEach((edit, step) => {
					const at = Math.floor(edit.at * list.length);
					// A new array with the same objects outside the stretch, as the index's list after an edit.
					list = [...list.slice(0, at), ...edit.put.map((q) => quoteOf(q.speaker, q.word)), ...list.slice(Math.min(list.length, at + edit.cut))];
					check(step + 1);
				});
			}),
			{ numRuns: 400 },
		);
	});
});
