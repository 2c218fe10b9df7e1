import { describe, expect, test } from "@jest/globals";
import { buildViewModel, facetCounts, UNKNOWN_SPEAKER_KEY, type GroupRow, type Row, type ViewModel } from "../../../src/core/view/model";
import { GroupedLayout } from "../../../src/core/view/virtual";
import { quote, syntheticQuotes } from "./synthetic";

/** Every row in display order, asked one by one as the sidebar asks for its window. */
const rowsOf = (m: ViewModel): Row[] => Array.from({ length: m.rowCount }, (_, i) => m.rowAt(i)!);
const headers = (m: ViewModel): string[] => [...m.headerRows].map((i) => m.rowAt(i) as GroupRow).map((g) => `${g.label} (${g.count})`);
const quoteIds = (m: ViewModel): string[] => rowsOf(m).flatMap((r) => (r.kind === "quote" ? [r.quote.id] : []));

const qs = [
	quote("a1", "One", { speaker: "Sam Altman", noteTitle: "367", title: "Sam Altman", date: "2023-03-25", line: 10, section: ["Part 1"] }),
	quote("b1", "Two", { speaker: "Lex Fridman", noteTitle: "367", title: "Sam Altman", date: "2023-03-25", line: 12, section: ["Part 1"] }),
	quote("a2", "Three", { speaker: "Sam Altman", noteTitle: "367", title: "Sam Altman", date: "2023-03-25", line: 20, section: ["Part 2", "On power"] }),
	quote("u1", "Four", { speaker: null, noteTitle: "Dopamine", date: null, line: 3 }),
	quote("c1", "Five", { speaker: "Anna Lembke", noteTitle: "Dopamine", date: null, line: 5 }),
	quote("a3", "Six", { speaker: "Sam Altman", noteTitle: "419", title: "Sam Altman 2", date: "2024-03-18", line: 7 }),
];

describe("grouping", () => {
	test("by speaker: most quoted first, unknown last, counts per group", () => {
		const m = buildViewModel(qs, "speaker");
		expect(headers(m)).toEqual(["Sam Altman (3)", "Anna Lembke (1)", "Lex Fridman (1)", "Unknown speaker (1)"]);
		expect(quoteIds(m)).toEqual(["a1", "a2", "a3", "c1", "b1", "u1"]);
		expect(m.quoteCount).toBe(6);
		expect(m.groupCount).toBe(4);
	});

	test("by episode: newest dated first, then undated in vault order", () => {
		const m = buildViewModel(qs, "episode");
		expect(headers(m)).toEqual(["Sam Altman 2 (1)", "Sam Altman (3)", "Dopamine (2)"]);
		expect(quoteIds(m)).toEqual(["a3", "a1", "b1", "a2", "u1", "c1"]);
	});

	test("current note: grouped by section in line order", () => {
		const note = qs.filter((q) => q.noteTitle === "367");
		const m = buildViewModel([note[2], note[0], note[1]].filter((q) => q !== undefined), "note");
		expect(headers(m)).toEqual(["Part 1 (2)", "Part 2 › On power (1)"]);
		expect(quoteIds(m)).toEqual(["a1", "b1", "a2"]);
	});

	test("flat list keeps the given order and has no headers", () => {
		const m = buildViewModel(qs, "flat");
		expect(headers(m)).toEqual([]);
		expect(quoteIds(m)).toEqual(qs.map((q) => q.id));
	});

	test("collapsed groups keep their count but hide their quotes", () => {
		const m = buildViewModel(qs, "speaker", new Set(["Sam Altman", UNKNOWN_SPEAKER_KEY]));
		expect(headers(m)).toEqual(["Sam Altman (3)", "Anna Lembke (1)", "Lex Fridman (1)", "Unknown speaker (1)"]);
		expect(quoteIds(m)).toEqual(["c1", "b1"]);
		expect(m.quoteCount).toBe(6);
		expect((m.rowAt(0) as GroupRow).collapsed).toBe(true);
	});

	test("facets count values, most frequent first", () => {
		expect(facetCounts(qs, (q) => q.speaker)).toEqual([
			{ value: "Sam Altman", count: 3 },
			{ value: "Anna Lembke", count: 1 },
			{ value: "Lex Fridman", count: 1 },
		]);
	});

	test("keyboard movement skips headers", () => {
		const m = buildViewModel(qs, "speaker");
		expect(m.rowAt(0)?.kind).toBe("group");
		expect(m.nextQuoteRow(-1, 1)).toBe(1);
		const sam3 = m.rowOfQuote("a3");
		expect(m.nextQuoteRow(sam3, 1)).toBe(sam3 + 2); // over "Anna Lembke"
		expect(m.nextQuoteRow(1, -1)).toBe(-1);
		expect(m.nextQuoteRow(m.rowCount - 1, 1)).toBe(-1);
	});

	test("100,000 quotes group into consistent counts", () => {
		const many = syntheticQuotes(100_000);
		for (const mode of ["speaker", "episode"] as const) {
			const m = buildViewModel(many, mode);
			const rows = rowsOf(m);
			const groups = rows.filter((r): r is GroupRow => r.kind === "group");
			expect(groups.reduce((n, g) => n + g.count, 0)).toBe(100_000);
			expect(rows.length).toBe(100_000 + groups.length);
			// Every quote row sits under the header that counts it.
			let current: GroupRow | null = null;
			let seen = 0;
			for (const r of rows) {
				if (r.kind === "group") {
					if (current) expect(seen).toBe(current.count);
					current = r;
					seen = 0;
				} else {
					expect(r.group).toBe(current?.key);
					seen++;
				}
			}
		}
	});
});

describe("virtual window", () => {
	const layout = new GroupedLayout(10, [0, 5], 20, 100); // headers of 20 at 0 and 5

	test("row tops and total height", () => {
		expect(layout.top(0)).toBe(0);
		expect(layout.top(1)).toBe(20);
		expect(layout.top(5)).toBe(420);
		expect(layout.top(6)).toBe(440);
		expect(layout.totalHeight).toBe(2 * 20 + 8 * 100);
		expect(layout.height(5)).toBe(20);
	});

	test("the row under a pixel", () => {
		expect(layout.indexAt(0)).toBe(0);
		expect(layout.indexAt(19)).toBe(0);
		expect(layout.indexAt(20)).toBe(1);
		expect(layout.indexAt(439)).toBe(5);
		expect(layout.indexAt(-5)).toBe(0);
		expect(layout.indexAt(1e9)).toBe(9);
	});

	test("window covers the viewport plus overscan, clamped to the list", () => {
		expect(layout.window(0, 150, 0)).toEqual({ start: 0, end: 3, offset: 0 }); // rows 0–2 cover pixels 0–149
		expect(layout.window(0, 120, 0)).toEqual({ start: 0, end: 2, offset: 0 });
		expect(layout.window(0, 150, 2)).toEqual({ start: 0, end: 5, offset: 0 });
		expect(layout.window(430, 100, 1)).toEqual({ start: 4, end: 8, offset: 320 });
		expect(layout.window(740, 1000, 3)).toEqual({ start: 6, end: 10, offset: 440 });
		expect(new GroupedLayout(0, [], 10, 10).window(0, 500, 5)).toEqual({ start: 0, end: 0, offset: 0 });
	});

	test("scrolling to reveal a row moves as little as possible", () => {
		expect(layout.scrollToReveal(1, 0, 300)).toBeNull();
		expect(layout.scrollToReveal(4, 0, 300)).toBe(420 - 300);
		expect(layout.scrollToReveal(1, 200, 300)).toBe(20);
		expect(layout.scrollToReveal(9, 0, 50)).toBe(layout.top(9)); // taller than the viewport: show its top
	});

	test("100,000 rows: the window stays small wherever the scroll is", () => {
		const big = new GroupedLayout(100_000, Array.from({ length: 2_000 }, (_, g) => g * 50), 34, 108);
		for (const scrollTop of [0, 1234, big.totalHeight / 2, big.totalHeight - 800, big.totalHeight + 100]) {
			const w = big.window(scrollTop, 800, 6);
			expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(800 / 34) + 1 + 12);
			expect(w.end).toBeGreaterThan(w.start);
			expect(w.offset).toBe(big.top(w.start));
			expect(big.top(w.end)).toBeGreaterThanOrEqual(Math.min(scrollTop, big.totalHeight - 1));
		}
	});
});
