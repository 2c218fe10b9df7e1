// The spans readers are handed (span.ts) belong to the source whose lists they compare: two indexes editing
// alternately (tests, the CLI beside the plugin) each keep the span their own `all()` recorded.
import * as v8 from "v8";
import * as vm from "vm";
import { describe, expect, test } from "@jest/globals";
import { QuoteIndex } from "../../../src/core/index";
import type { IndexedQuote } from "../../../src/core/index";
import { QuoteSearch } from "../../../src/core/search/quote-search";
import { commonEnds, compareEnds, recordSpan, type ListSpan } from "../../../src/core/search/span";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
// ES2021, beyond the project's lib setting; Node has it.
const WeakRefOf = (globalThis as unknown as { WeakRef: new <T extends object>(target: T) => { deref(): T | undefined } }).WeakRef;

const ids = (qs: readonly IndexedQuote[]): string[] => qs.map((q) => q.id);

describe("recorded spans", () => {
	test("each list pair keeps the span recorded for it while another pair is recorded and compared", () => {
		const objects = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));
		const a0 = objects(10);
		const a1 = a0.slice();
		a1[5] = { i: 55 };
		const b0 = objects(8);
		const b1 = b0.slice();
		b1.splice(2, 1);
		// Wider than the shortest (a recorded span covers the whole changed note): readers are exact with either.
		const spanA: ListSpan = { head: 3, oldEnd: 7, newEnd: 7 };
		const spanB: ListSpan = { head: 1, oldEnd: 4, newEnd: 3 };
		recordSpan(a0, a1, spanA);
		recordSpan(b0, b1, spanB);
		const c = objects(4);
		expect(commonEnds(c, c.slice(1))).toEqual({ head: 0, oldEnd: 1, newEnd: 0 });
		expect(commonEnds(a0, a1)).toBe(spanA);
		expect(commonEnds(b0, b1)).toBe(spanB);
		// A list made from a recorded one joins its owner; the older pair is forgotten, not kept alive.
		const a2 = a1.slice(0, 9);
		const spanA2: ListSpan = { head: 9, oldEnd: 10, newEnd: 9 };
		recordSpan(a1, a2, spanA2);
		expect(commonEnds(a1, a2)).toBe(spanA2);
		expect(commonEnds(a0, a1)).toEqual(compareEnds(a0, a1));
		expect(commonEnds(b0, b1)).toBe(spanB);
	});

	test("two indexes edited alternately: each one's readers get the span its own all() recorded", () => {
		const note = (path: string, words: string) => ({ path, text: `---\nshow: A show\n---\n> ${words} – Sam Altman\n> More of ${words}. – Lex Fridman\n` });
		// Every third note has no quotes: an edit of it changes nothing by identity, so its recorded span (empty,
		// at the note's place) differs from what comparing the lists finds (empty, at the end).
		const notes = (tag: string) => Array.from({ length: 30 }, (_, i) => (i % 3 === 1 ? { path: `n${String(i).padStart(2, "0")}.md`, text: `No quotes ${tag}.\n` } : note(`n${String(i).padStart(2, "0")}.md`, `${tag} words ${i}`)));
		const indexes = [new QuoteIndex(), new QuoteIndex()];
		indexes[0].upsertMany(notes("alpha"));
		indexes[1].upsertMany(notes("beta"));
		const searches = indexes.map(() => new QuoteSearch());
		const fresh = new QuoteSearch();
		const lists = indexes.map((index) => index.all());
		for (const [k, list] of lists.entries()) searches[k].find(list, { query: "words" });
		/** Where `path`'s quotes start in the list and how many it has. */
		const placeOf = (index: QuoteIndex, path: string) => {
			let head = 0;
			for (const r of index.notes()) {
				if (r.path === path) return { head, count: index.quotes({ path }).length };
				head += index.quotes({ path: r.path }).length;
			}
			throw new Error(path);
		};
		let seed = 11;
		for (let step = 0; step < 40; step++) {
			const expected: ListSpan[] = [];
			// Both edit and make their new list before either's readers ask (two hosts' debounced listeners).
			for (const [k, index] of indexes.entries()) {
				seed = (seed * 1103515245 + 12345) % 2147483648;
				const i = seed % 30;
				const path = `n${String(i).padStart(2, "0")}.md`;
				const before = placeOf(index, path);
				const grow = seed % 4 === 0 ? `> Third ${step}. – Anna Lembke\n` : "";
				index.upsert(i % 3 === 1 ? { path, text: `No quotes ${step}.\n` } : { path, text: note(path, `edit ${k} ${step} words`).text + grow });
				expected.push({ head: before.head, oldEnd: before.head + before.count, newEnd: before.head + placeOf(index, path).count });
			}
			const next = indexes.map((index) => index.all());
			for (const k of [1, 0]) {
				expect(commonEnds(lists[k], next[k])).toEqual(expected[k]);
				// The readers that go through the span: the search's patch gives what a fresh search gives.
				expect(ids(searches[k].find(next[k], { query: "words" }).quotes)).toEqual(ids(fresh.run(next[k], { query: "words" })));
			}
			lists.splice(0, 2, ...next);
		}
	});

	test("a source's older lists are not kept alive through their spans", async () => {
		let list: object[] = Array.from({ length: 1000 }, (_, i) => ({ i }));
		const refs: { deref(): object[] | undefined }[] = [];
		for (let k = 0; k < 12; k++) {
			const next = list.slice();
			next[k] = { k };
			recordSpan(list, next, { head: k, oldEnd: k + 1, newEnd: k + 1 });
			// A reader two lists behind, compared (and remembered) as well.
			if (k > 0) commonEnds(refs[k - 1].deref()!, next);
			refs.push(new WeakRefOf(list));
			list = next;
		}
		// WeakRef targets live to the end of the task that made them.
		await new Promise((resolve) => setTimeout(resolve, 0));
		gc();
		gc();
		const alive = refs.map((r) => r.deref() !== undefined);
		// The owner holds the last recorded pair and the last compared pair: the newest two of the older lists.
		expect(alive.slice(0, 10)).toEqual(Array(10).fill(false));
		expect(commonEnds(refs[11].deref()!, list)).toEqual({ head: 11, oldEnd: 12, newEnd: 12 });
	});
});
