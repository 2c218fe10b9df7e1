// The sidebar's keystroke path (decision 59): the search hands its matches as positions in the list, the speaker
// groups are counted through them and filled from the list's positions of each speaker, and a selected quote is
// found through its positions in the list. Checked against a plain scan and a plain grouping written here.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import type { IndexedQuote, QuoteFilter } from "../../../src/core/index/types";
import { foldText, queryTokens } from "../../../src/core/search/fold";
import { QuoteSearch } from "../../../src/core/search/quote-search";
import { buildViewModel, matchesViewModel, UNKNOWN_SPEAKER_KEY, VIEW_MODES, type Row, type ViewModel } from "../../../src/core/view/model";
import { reference } from "../search/reference";
import { quote } from "./synthetic";

const SPEAKERS = ["Sam Altman", "sam altman", "Anna Freedman", "Jocko Willink", "Discipline Dan", null];
const WORDS = ["discipline", "freedom", "dopamine", "power", "sam", "free", "will", "dis"];
const QUERIES = ["", "d", "di", "dis", "disc", "discipline", "discipline ", "discipline f", "discipline fr", "f", "fr", "free", "sam", "samalt", "a", "w", "will", "jocko", "dan", "zz"];

const quoteArb = fc.record({
	id: fc.integer({ min: 0, max: 25 }),
	speaker: fc.constantFrom(...SPEAKERS),
	words: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
	note: fc.constantFrom("Freedom talk", "Episode 2", "Dopamine"),
	flagged: fc.boolean(),
	line: fc.integer({ min: 1, max: 9 }),
});

type Spec = typeof quoteArb extends fc.Arbitrary<infer T> ? T : never;

const made = (s: Spec, i: number): IndexedQuote => quote(`q${s.id}`, `Said ${i}: ${s.words.join(" ")}.`, { speaker: s.speaker, noteTitle: s.note, flagged: s.flagged, line: s.line });

const stepArb = fc.record({
	query: fc.constantFrom(...QUERIES),
	chips: fc.constantFrom<QuoteFilter>({}, {}, { speakers: ["Sam Altman"] }, { flaggedOnly: true }, { speakers: ["Anna Freedman", "sam altman"] }),
	mode: fc.constantFrom(...VIEW_MODES, "speaker", "speaker"),
	// Before the step: a quote replaced by a new object (an edit), or the list as it was.
	edit: fc.option(fc.tuple(fc.nat(), quoteArb), { nil: null }),
	collapse: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
	selected: fc.nat(),
});

function allRows(model: ViewModel): Row[] {
	return Array.from({ length: model.rowCount }, (_, i) => model.rowAt(i)!);
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Speaker rows as plainly as possible: group the matches, order groups and each group's text matches first. */
function plainSpeakerRows(matches: readonly IndexedQuote[], tokens: readonly string[], collapsed: ReadonlySet<string>): Row[] {
	const groups = new Map<string, { first: number; quotes: IndexedQuote[] }>();
	matches.forEach((q, i) => {
		const key = q.speaker ?? UNKNOWN_SPEAKER_KEY;
		if (!groups.has(key)) groups.set(key, { first: i, quotes: [] });
		groups.get(key)!.quotes.push(q);
	});
	const label = (key: string): string => (key === UNKNOWN_SPEAKER_KEY ? "Unknown speaker" : key);
	const sorted = [...groups].sort(([a, ga], [b, gb]) => {
		if (a === UNKNOWN_SPEAKER_KEY || b === UNKNOWN_SPEAKER_KEY) return (a === UNKNOWN_SPEAKER_KEY ? 1 : 0) - (b === UNKNOWN_SPEAKER_KEY ? 1 : 0);
		return gb.quotes.length - ga.quotes.length || collator.compare(label(a), label(b)) || ga.first - gb.first;
	});
	const inText = (q: IndexedQuote): boolean => tokens.every((t) => foldText(q.text).includes(t));
	const rows: Row[] = [];
	for (const [key, group] of sorted) {
		const isCollapsed = collapsed.has(key);
		rows.push({ kind: "group", key, label: label(key), detail: null, count: group.quotes.length, collapsed: isCollapsed });
		if (isCollapsed) continue;
		const ordered = tokens.length === 0 ? group.quotes : [...group.quotes.filter(inText), ...group.quotes.filter((q) => !inText(q))];
		for (const q of ordered) rows.push({ kind: "quote", quote: q, group: key });
	}
	return rows;
}

describe("the keystroke's matches as positions", () => {
	test("positions, speaker rows, selection lookups and other modes equal a plain scan while typing, editing and switching chips", () => {
		fc.assert(
			fc.property(fc.array(quoteArb, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 3 }), fc.array(stepArb, { minLength: 1, maxLength: 10 }), (specs, twice, steps) => {
				let list = specs.map(made);
				// A quote object listed twice (the word index answers for both places).
				if (list.length > 0) list = list.concat(twice.map((t) => list[t % list.length]));
				// The sidebar's search shares the warm-up's numbering; the warm-up has searched first.
				const warmup = new QuoteSearch();
				matchesViewModel(warmup.sharing().find(list, { query: "e" }), "speaker").rowAt(1);
				const sidebar = warmup.sharing();
				steps.forEach((step, n) => {
					if (step.edit !== null && list.length > 0) {
						list = [...list];
						list[step.edit[0] % list.length] = made(step.edit[1], 100 + n);
					}
					const filter: QuoteFilter = { query: step.query, ...step.chips };
					const found = sidebar.find(list, filter);
					const plain = reference(list, filter);
					const expected: number[] = [];
					list.forEach((q, i) => {
						if (plain.includes(q)) expected.push(i);
					});
					expect([...found.positions]).toEqual(expected);
					expect(found.list).toBe(list);
					const keys = [...new Set(list.map((q) => (step.mode === "speaker" ? (q.speaker ?? UNKNOWN_SPEAKER_KEY) : q.path)))];
					const collapsed = new Set(keys.filter((_, i) => step.collapse[i % step.collapse.length]));
					const model = matchesViewModel(found, step.mode, collapsed);
					const rows =
						step.mode === "speaker"
							? plainSpeakerRows(expected.map((p) => list[p]), queryTokens(step.query), collapsed)
							: allRows(buildViewModel(new QuoteSearch().run(list, filter, { textFirst: true }), step.mode, collapsed));
					// A selected quote looked up before any row is drawn, then every quote's rows.
					const rowsOf = (id: string): number[] => rows.flatMap((r, i) => (r.kind === "quote" && r.quote.id === id ? [i] : []));
					const selected = list.length > 0 ? list[step.selected % list.length].id : "none";
					expect(model.rowsOfQuote(selected)).toEqual(rowsOf(selected));
					expect(model.rowOfQuote(selected)).toBe(rowsOf(selected)[0] ?? -1);
					expect(allRows(model)).toEqual(rows);
					expect(model.rowCount).toBe(rows.length);
					expect(model.quoteCount).toBe(expected.length);
					expect([...model.headerRows]).toEqual(rows.flatMap((r, i) => (r.kind === "group" ? [i] : [])));
					for (const q of list) expect(model.rowsOfQuote(q.id)).toEqual(rowsOf(q.id));
					expect(found.quotes).toEqual(expected.map((p) => list[p]));
				});
			}),
			{ numRuns: 300 },
		);
	});

	test("a limited find (the picker's 20) gives the first positions and their quotes", () => {
		const quotes = Array.from({ length: 200 }, (_, i) => quote(`q${i}`, i % 2 === 0 ? `Discipline ${i}` : `Other ${i}`));
		const found = new QuoteSearch().find(quotes, { query: "dis" }, 20);
		expect([...found.positions]).toEqual(Array.from({ length: 20 }, (_, i) => 2 * i));
		expect(found.quotes).toEqual(Array.from({ length: 20 }, (_, i) => quotes[2 * i]));
	});

	test("searches over one word index number a list once between them", () => {
		const quotes = Array.from({ length: 50 }, (_, i) => quote(`q${i}`, `Said ${i}`, { speaker: `Speaker ${i % 7}` }));
		const warmup = new QuoteSearch();
		const first = warmup.sharing().find(quotes, { query: "s" }).listSpeakers();
		expect(warmup.sharing().find(quotes, { query: "sa" }).listSpeakers()).toBe(first);
		// A search with its own index numbers for itself.
		expect(new QuoteSearch().find(quotes, { query: "s" }).listSpeakers()).not.toBe(first);
	});
});
