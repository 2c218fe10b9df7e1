// The lazy view model against the eager one it replaced: same rows, same navigation, same layout.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import type { IndexedQuote } from "../../../src/core/index/types";
import { buildViewModel, NO_SECTION_KEY, UNKNOWN_SPEAKER_KEY, VIEW_MODES, type GroupRow, type Row, type ViewMode } from "../../../src/core/view/model";
import { GroupedLayout, Layout } from "../../../src/core/view/virtual";
import { quote } from "./synthetic";

// ---- The oracle: buildViewModel as it was before the rows were made lazily (bb55832), one row per match.

interface Bucket {
	key: string;
	label: string;
	detail: string | null;
	quotes: IndexedQuote[];
	first: number;
	date: string | null;
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

function eagerBuckets(quotes: readonly IndexedQuote[], mode: ViewMode): Bucket[] {
	const list = mode === "note" ? [...quotes].sort((a, b) => a.line - b.line) : quotes;
	const map = new Map<string, Bucket>();
	list.forEach((q, i) => {
		let key: string;
		let label: string;
		let detail: string | null = null;
		let date: string | null = null;
		if (mode === "speaker") {
			key = q.speaker ?? UNKNOWN_SPEAKER_KEY;
			label = key === UNKNOWN_SPEAKER_KEY ? "Unknown speaker" : key;
		} else if (mode === "episode") {
			key = q.path;
			label = q.episode.title ?? q.noteTitle;
			const parts: string[] = [];
			if (q.episode.show) parts.push(q.episode.number !== null ? `${q.episode.show} #${q.episode.number}` : q.episode.show);
			if (q.episode.date) parts.push(q.episode.date);
			detail = parts.length > 0 ? parts.join(" · ") : null;
			date = q.episode.date;
		} else {
			key = q.section.length > 0 ? q.section.join("\u0000") : NO_SECTION_KEY;
			label = q.section.length > 0 ? q.section.join(" › ") : "No section";
		}
		const known = map.get(key);
		if (known) known.quotes.push(q);
		else map.set(key, { key, label, detail, date, quotes: [q], first: i });
	});
	const buckets = [...map.values()];
	if (mode === "speaker") {
		buckets.sort((a, b) => {
			if (a.key === UNKNOWN_SPEAKER_KEY) return 1;
			if (b.key === UNKNOWN_SPEAKER_KEY) return -1;
			return b.quotes.length - a.quotes.length || collator.compare(a.label, b.label);
		});
	} else if (mode === "episode") {
		buckets.sort((a, b) => {
			if (a.date !== null && b.date !== null && a.date !== b.date) return a.date < b.date ? 1 : -1;
			if (a.date !== null && b.date === null) return -1;
			if (a.date === null && b.date !== null) return 1;
			return a.first - b.first;
		});
	}
	return buckets;
}

function eagerRows(quotes: readonly IndexedQuote[], mode: ViewMode, collapsed: ReadonlySet<string>): { rows: Row[]; groupCount: number } {
	if (mode === "flat" || mode === "resurface") return { rows: quotes.map((q) => ({ kind: "quote", quote: q, group: null })), groupCount: 0 };
	const buckets = eagerBuckets(quotes, mode);
	const rows: Row[] = [];
	for (const b of buckets) {
		const isCollapsed = collapsed.has(b.key);
		rows.push({ kind: "group", key: b.key, label: b.label, detail: b.detail, count: b.quotes.length, collapsed: isCollapsed });
		if (isCollapsed) continue;
		for (const q of b.quotes) rows.push({ kind: "quote", quote: q, group: b.key });
	}
	return { rows, groupCount: buckets.length };
}

/** The sidebar's layout before GroupedLayout: a height per row, summed once. */
class PerRowLayout extends Layout {
	/** tops[i] = top of row i; tops[count] = total height. */
	private readonly tops: number[] = [0];

	constructor(
		readonly count: number,
		heightOf: (index: number) => number,
	) {
		super();
		for (let i = 0; i < count; i++) this.tops.push(this.tops[i] + Math.max(0, heightOf(i)));
	}

	top(index: number): number {
		return this.tops[Math.max(0, Math.min(index, this.count))];
	}
}

function eagerNext(rows: readonly Row[], from: number, step: 1 | -1): number {
	for (let i = from + step; i >= 0 && i < rows.length; i += step) if (rows[i].kind === "quote") return i;
	return -1;
}

// ---- Random quote sets: few speakers, notes, sections and dates, so groups repeat; ids repeat sometimes
// (the same quote text twice in one note).

const SPEAKERS = ["Sam Altman", "sam altman", "Anna Lembke", "Žižek", "Zizek", null];
const NOTES = ["367", "Dopamine", "Episode 2", "episode 10"];
const SECTIONS = [[], ["Part 1"], ["Part 2", "On power"], ["Part 10"]];
const DATES = [null, "2023-03-25", "2024-03-18", "2024-03-18"];

const quoteArb = fc.record({
	id: fc.integer({ min: 0, max: 40 }),
	speaker: fc.constantFrom(...SPEAKERS),
	note: fc.constantFrom(...NOTES),
	title: fc.constantFrom(null, "Sam Altman", "Dopamine"),
	show: fc.constantFrom(null, "Lex Fridman Podcast"),
	date: fc.constantFrom(...DATES),
	section: fc.constantFrom(...SECTIONS),
	line: fc.integer({ min: 1, max: 30 }),
});

const caseArb = fc.record({
	specs: fc.array(quoteArb, { maxLength: 60 }),
	/** Which quotes the filter keeps. */
	keep: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
	mode: fc.constantFrom(...VIEW_MODES),
	/** Which group keys (of all those present) are collapsed. */
	collapse: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
	heights: fc.record({ group: fc.integer({ min: 0, max: 60 }), quote: fc.integer({ min: 1, max: 150 }), selected: fc.option(fc.integer({ min: 0, max: 400 })) }),
	selected: fc.integer({ min: 0, max: 40 }),
	scrolls: fc.array(fc.integer({ min: -50, max: 20_000 }), { maxLength: 6 }),
});

type Spec = typeof quoteArb extends fc.Arbitrary<infer T> ? T : never;

function quotesOf(specs: Spec[], keep: boolean[]): IndexedQuote[] {
	const all = specs.map((s) =>
		quote(`q${s.id}`, `Text ${s.id}`, { speaker: s.speaker, noteTitle: s.note, title: s.title, show: s.show, date: s.date, section: s.section, line: s.line }),
	);
	return all.filter((_, i) => keep[i]);
}

describe("lazy view model", () => {
	test("rows, counts, headers and quote lookups equal the eager rows for random quotes, filters and groupings", () => {
		fc.assert(
			fc.property(caseArb, (c) => {
				const quotes = quotesOf(c.specs, c.keep);
				const keys = [...new Set(eagerRows(quotes, c.mode, new Set()).rows.flatMap((r) => (r.kind === "group" ? [r.key] : [])))];
				const collapsed = new Set(keys.filter((_, i) => c.collapse[i % c.collapse.length]));
				const oracle = eagerRows(quotes, c.mode, collapsed);
				const model = buildViewModel(quotes, c.mode, collapsed);

				expect(model.rowCount).toBe(oracle.rows.length);
				expect(model.quoteCount).toBe(quotes.length);
				expect(model.groupCount).toBe(oracle.groupCount);
				for (let i = 0; i < oracle.rows.length; i++) expect(model.rowAt(i)).toEqual(oracle.rows[i]);
				expect(model.rowAt(-1)).toBeUndefined();
				expect(model.rowAt(oracle.rows.length)).toBeUndefined();
				expect([...model.headerRows]).toEqual(oracle.rows.flatMap((r, i) => (r.kind === "group" ? [i] : [])));

				for (let i = -1; i <= oracle.rows.length; i++) {
					expect(model.nextQuoteRow(i, 1)).toBe(eagerNext(oracle.rows, i, 1));
					expect(model.nextQuoteRow(i, -1)).toBe(eagerNext(oracle.rows, i, -1));
				}
				for (let id = 0; id <= 41; id++) {
					const at = oracle.rows.flatMap((r, i) => (r.kind === "quote" && r.quote.id === `q${id}` ? [i] : []));
					expect(model.rowsOfQuote(`q${id}`)).toEqual(at);
					expect(model.rowOfQuote(`q${id}`)).toBe(at[0] ?? -1);
				}
			}),
			{ numRuns: 400 },
		);
	});

	test("the layout from group sizes places every row where the per-row layout did", () => {
		fc.assert(
			fc.property(caseArb, (c) => {
				const quotes = quotesOf(c.specs, c.keep);
				const oracle = eagerRows(quotes, c.mode, new Set()).rows;
				const model = buildViewModel(quotes, c.mode);
				const selectedId = `q${c.selected}`;
				const { group, quote: quoteHeight, selected } = c.heights;
				// The sidebar's layout before: a height per row, the selected quote's rows at their measured height.
				const perRow = new PerRowLayout(oracle.length, (i) => {
					const row = oracle[i];
					if (row.kind === "group") return group;
					return selected !== null && row.quote.id === selectedId ? selected : quoteHeight;
				});
				const grouped = new GroupedLayout(model.rowCount, model.headerRows, group, quoteHeight, selected !== null ? model.rowsOfQuote(selectedId) : [], selected ?? 0);

				expect(grouped.count).toBe(perRow.count);
				expect(grouped.totalHeight).toBe(perRow.totalHeight);
				for (let i = -1; i <= oracle.length + 1; i++) {
					expect(grouped.top(i)).toBe(perRow.top(i));
					expect(grouped.height(i)).toBe(perRow.height(i));
				}
				for (const y of [...c.scrolls, perRow.totalHeight - 1, perRow.totalHeight]) {
					expect(grouped.indexAt(y)).toBe(perRow.indexAt(y));
					expect(grouped.window(y, 600, 6)).toEqual(perRow.window(y, 600, 6));
					for (let i = 0; i < oracle.length; i++) expect(grouped.scrollToReveal(i, y, 600)).toBe(perRow.scrollToReveal(i, y, 600));
				}
			}),
			{ numRuns: 300 },
		);
	});

	test("one letter's 80,000 matches make no row until asked, and a far row is the right one", () => {
		const quotes = Array.from({ length: 80_000 }, (_, i) => quote(`q${i}`, `Text ${i}`, { speaker: `Speaker ${i % 37}`, noteTitle: `Note ${i % 500}` }));
		const model = buildViewModel(quotes, "speaker");
		expect(model.rowCount).toBe(80_000 + 37);
		const last = model.rowAt(model.rowCount - 1) as Extract<Row, { kind: "quote" }>;
		const lastGroup = model.rowAt(model.headerRows[36]) as GroupRow;
		expect(last.group).toBe(lastGroup.key);
		expect(last.quote.speaker).toBe(lastGroup.key);
		expect(model.rowOfQuote(last.quote.id)).toBe(model.rowCount - 1);
	});
});
