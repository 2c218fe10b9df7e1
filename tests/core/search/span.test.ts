// The index changes its one quote list in place and logs each change's span (span.ts, decision 73): a reader
// some versions behind gets a span covering every change since; two indexes edited alternately each keep
// their own log; lists compared (not logged) keep no older list alive.
import * as v8 from "v8";
import * as vm from "vm";
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { QuoteIndex } from "../../../src/core/index";
import type { IndexedQuote } from "../../../src/core/index";
import { QuoteSearch } from "../../../src/core/search/quote-search";
import { compareEnds, ListLog, logList, spanSince, stateOf, versionOf, type ListSpan, type ListState } from "../../../src/core/search/span";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
// ES2021, beyond the project's lib setting; Node has it.
const WeakRefOf = (globalThis as unknown as { WeakRef: new <T extends object>(target: T) => { deref(): T | undefined } }).WeakRef;

const ids = (qs: readonly IndexedQuote[]): string[] => qs.map((q) => q.id);

/** Whether `after` equals `before` outside `span` (same objects, same places, the tail shifted). */
function covers(before: readonly object[], after: readonly object[], span: ListSpan): boolean {
	if (span.head > span.oldEnd || span.head > span.newEnd || span.oldEnd > before.length || span.newEnd > after.length) return false;
	if (before.length - span.oldEnd !== after.length - span.newEnd) return false;
	for (let i = 0; i < span.head; i++) if (before[i] !== after[i]) return false;
	for (let i = span.oldEnd; i < before.length; i++) if (before[i] !== after[i + span.newEnd - span.oldEnd]) return false;
	return true;
}

describe("a list changed in place", () => {
	test("the span since any logged version covers every change since; older than the log: unknown", () => {
		const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 3 }), put: fc.nat({ max: 3 }) });
		fc.assert(
			fc.property(fc.nat({ max: 20 }), fc.array(editArb, { maxLength: 40 }), (start, edits) => {
				const list: object[] = Array.from({ length: start }, (_, i) => ({ i }));
				const log = new ListLog();
				logList(list, log);
				const snapshots: object[][] = [list.slice()];
				for (const edit of edits) {
					const head = Math.floor(edit.at * list.length);
					const cut = Math.min(edit.cut, list.length - head);
					const before = list.length;
					list.splice(head, cut, ...Array.from({ length: edit.put }, () => ({})));
					log.changed({ head, oldEnd: head + cut, newEnd: head + edit.put }, before);
					snapshots.push(list.slice());
					expect(versionOf(list)).toBe(snapshots.length - 1);
					snapshots.forEach((snapshot, version) => {
						const span = spanSince({ list, version }, list);
						if (snapshots.length - 1 - version > 16) expect(span).toBeNull();
						else expect(covers(snapshot, list, span!)).toBe(true);
					});
				}
			}),
			{ numRuns: 200 },
		);
	});

	test("two lists: compared while the earlier one is as it was, unknown once it changed", () => {
		const a: object[] = Array.from({ length: 6 }, (_, i) => ({ i }));
		const b = a.slice();
		b[3] = {};
		expect(spanSince(stateOf(a), b)).toEqual({ head: 3, oldEnd: 4, newEnd: 4 });
		logList(a, new ListLog());
		const seen = stateOf(a);
		a.splice(0, 1);
		// The log's own change (not told here) is not the only one: the earlier list is not what the reader saw.
		const log = new ListLog();
		logList(a, log);
		log.changed({ head: 0, oldEnd: 1, newEnd: 0 }, 6);
		expect(spanSince(seen, b)).toBeNull();
	});

	test("two indexes edited alternately: each one's readers get the span of its own changes", () => {
		const note = (path: string, words: string) => ({ path, text: `---\nshow: A show\n---\n> ${words} – Sam Altman\n> More of ${words}. – Lex Fridman\n` });
		const notes = (tag: string) => Array.from({ length: 30 }, (_, i) => (i % 3 === 1 ? { path: `n${String(i).padStart(2, "0")}.md`, text: `No quotes ${tag}.\n` } : note(`n${String(i).padStart(2, "0")}.md`, `${tag} words ${i}`)));
		const indexes = [new QuoteIndex(), new QuoteIndex()];
		indexes[0].upsertMany(notes("alpha"));
		indexes[1].upsertMany(notes("beta"));
		const searches = indexes.map(() => new QuoteSearch());
		const fresh = new QuoteSearch();
		const seen: ListState<IndexedQuote>[] = indexes.map((index) => stateOf(index.all()));
		let snapshots = seen.map((s) => s.list.slice());
		for (const [k, s] of seen.entries()) searches[k].find(s.list, { query: "words" });
		let seed = 11;
		for (let step = 0; step < 40; step++) {
			// Both edit and change their list before either's readers ask (two hosts' debounced listeners).
			for (const [k, index] of indexes.entries()) {
				seed = (seed * 1103515245 + 12345) % 2147483648;
				const i = seed % 30;
				const path = `n${String(i).padStart(2, "0")}.md`;
				const grow = seed % 4 === 0 ? `> Third ${step}. – Anna Lembke\n` : "";
				index.upsert(i % 3 === 1 ? { path, text: `No quotes ${step}.\n` } : { path, text: note(path, `edit ${k} ${step} words`).text + grow });
				index.all();
			}
			for (const k of [1, 0]) {
				const list = indexes[k].all();
				expect(list).toBe(seen[k].list);
				expect(covers(snapshots[k], list, spanSince(seen[k], list)!)).toBe(true);
				// The readers that go through the span: the search's patch gives what a fresh search gives.
				expect(ids(searches[k].find(list, { query: "words" }).quotes)).toEqual(ids(fresh.run(list, { query: "words" })));
			}
			snapshots = indexes.map((index) => index.all().slice());
			seen.splice(0, 2, ...indexes.map((index) => stateOf(index.all())));
		}
	});

	test("lists compared (not changed in place) are not kept alive through what was compared", async () => {
		let list: object[] = Array.from({ length: 1000 }, (_, i) => ({ i }));
		const refs: { deref(): object[] | undefined }[] = [];
		for (let k = 0; k < 12; k++) {
			const next = list.slice();
			next[k] = { k };
			expect(spanSince(stateOf(list), next)).toEqual({ head: k, oldEnd: k + 1, newEnd: k + 1 });
			refs.push(new WeakRefOf(list));
			list = next;
		}
		// WeakRef targets live to the end of the task that made them.
		await new Promise((resolve) => setTimeout(resolve, 0));
		gc();
		gc();
		// The last pair compared is remembered: the newest of the older lists only.
		expect(refs.slice(0, 11).map((r) => r.deref() !== undefined)).toEqual(Array(11).fill(false));
		expect(compareEnds(refs[11].deref()!, list)).toEqual({ head: 11, oldEnd: 12, newEnd: 12 });
	});
});
