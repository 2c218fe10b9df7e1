/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The warm-up's practice keystrokes (decisions 30 and 68) leave no trace: the sidebar's and the picker's
// searches over the shared word index answer the same with and without them, and they are skipped when the
// quotes changed between the index being ready and their idle task.
import { afterEach, describe, expect, jest, test } from "@jest/globals";
import type { IndexedQuote, QuoteSource } from "../../src/core/index/types";
import { QuoteSearch } from "../../src/core/search/quote-search";
import { matchesViewModel } from "../../src/core/view/model";
import { SearchWarmup } from "../../src/plugin/view/search-warmup";
import { quote } from "../core/view/synthetic";

jest.mock("obsidian", () => jest.requireActual("../harness/obsidian/index"), { virtual: true });

const WORDS = ["early", "ear", "bread", "east", "dream", "discipline", "freedom", "sea", "dis"];
const SPEAKERS = ["Earl Grey", "Sam Altman", "Ed", null];

function vault(tag: string): IndexedQuote[] {
	return Array.from({ length: 120 }, (_, i) =>
		quote(`${tag}${i}`, `Said ${i}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}.`, { speaker: SPEAKERS[i % SPEAKERS.length] }),
	);
}

/** A source whose quotes can be replaced (a change), telling its listeners. */
function source(quotes: IndexedQuote[]): QuoteSource & { set(next: IndexedQuote[]): void } {
	const listeners = new Set<(revision: number) => void>();
	let revision = 0;
	return {
		get revision() {
			return revision;
		},
		all: () => quotes,
		onChange(listener: (revision: number) => void) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		set(next: IndexedQuote[]) {
			quotes = next;
			revision++;
			for (const listener of listeners) listener(revision);
		},
	} as unknown as QuoteSource & { set(next: IndexedQuote[]): void };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A warm-up over `quotes`, run until its slices and idle tasks are done; `practice: false` skips the practice. */
async function warmedUp(quotes: IndexedQuote[], practice: boolean): Promise<SearchWarmup> {
	const warmup = new SearchWarmup(new QuoteSearch(), source(quotes), { ready: true, whenReady: () => Promise.resolve() });
	if (!practice) (warmup as unknown as { practised: boolean }).practised = true;
	warmup.load();
	for (let i = 0; i < 20 || warmup.busy; i++) await tick();
	return warmup;
}

/** What a sidebar (speaker rows, flat rows) and a picker (20 suggestions) show for each query typed in turn. */
function typed(warmup: SearchWarmup, queries: readonly string[]): unknown[] {
	const sidebar = warmup.search.sharing();
	const picker = warmup.search.sharing();
	const quotes = warmup.current();
	return queries.map((query) => {
		const found = sidebar.find(quotes, { query });
		const rows = (mode: "speaker" | "flat") => {
			const model = matchesViewModel(found, mode);
			return Array.from({ length: model.rowCount }, (_, r) => JSON.stringify(model.rowAt(r)));
		};
		return { query, speaker: rows("speaker"), flat: rows("flat"), picker: picker.run(quotes, { query }, { textFirst: true, limit: 20 }).map((q) => q.id) };
	});
}

describe("the warm-up's practice keystrokes", () => {
	afterEach(() => {
		jest.restoreAllMocks();
	});

	test("the sidebar's and the picker's later results are the same with and without them", async () => {
		const queries = ["e", "ea", "ear", "earl", "ear", "", "d", "di", "dis", "discipline fre", "sea", "xyz"];
		const find = jest.spyOn(QuoteSearch.prototype, "find");
		const withoutPractice = await warmedUp(vault("q"), false);
		expect(find).not.toHaveBeenCalled();
		const without = typed(withoutPractice, queries);
		find.mockClear();
		const withPractice = await warmedUp(vault("q"), true);
		// It ran: its own searches, before anyone typed.
		expect(find.mock.calls.map((call) => call[1]?.query)).toEqual(["e", "ea", "ear", "earl", "early"]);
		find.mockRestore();
		// The word index is left ready for the quotes as they are: the first keystroke has nothing to index.
		expect(withPractice.search.prepare(withPractice.current(), () => false)).toBe(true);
		expect(typed(withPractice, queries)).toEqual(without);
	});

	test("skipped when the quotes changed after the index was ready", async () => {
		const quotes = source(vault("q"));
		const warmup = new SearchWarmup(new QuoteSearch(), quotes, { ready: true, whenReady: () => Promise.resolve() });
		const find = jest.spyOn(QuoteSearch.prototype, "find");
		const prepare = jest.spyOn(warmup.search, "prepare");
		warmup.load();
		// The index becomes ready in a slice; the quotes change before the practice's idle task runs.
		for (let i = 0; i < 50 && !prepare.mock.results.some((r) => r.value === true); i++) await tick();
		expect(prepare.mock.results.some((r) => r.value === true)).toBe(true);
		quotes.set(vault("changed"));
		for (let i = 0; i < 20 || warmup.busy; i++) await tick();
		expect(find.mock.calls.map((call) => call[1]?.query)).toEqual([]);
		find.mockRestore();
		warmup.unload();
	});
	test("one keystroke per idle task: a change after the first stops the others", async () => {
		const quotes = source(vault("q"));
		const warmup = new SearchWarmup(new QuoteSearch(), quotes, { ready: true, whenReady: () => Promise.resolve() });
		// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the search it belongs to
		const realFind = QuoteSearch.prototype.find;
		// The quotes change while the first practice keystroke runs, as an edit between two idle tasks would.
		const find = jest.spyOn(QuoteSearch.prototype, "find").mockImplementation(function (this: QuoteSearch, ...args: Parameters<QuoteSearch["find"]>) {
			if (args[1]?.query === "e") quotes.set(vault("changed"));
			return realFind.apply(this, args);
		});
		warmup.load();
		for (let i = 0; i < 50 || warmup.busy; i++) await tick();
		expect(find.mock.calls.map((call) => call[1]?.query)).toEqual(["e"]);
		warmup.unload();
	});
	test("a rebuild begun after the first keystroke stops the others", async () => {
		const quotes = source(vault("q"));
		const readiness = { ready: true, whenReady: () => Promise.resolve() };
		const warmup = new SearchWarmup(new QuoteSearch(), quotes, readiness);
		// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the search it belongs to
		const realFind = QuoteSearch.prototype.find;
		// The index stops being complete (a rebuild's pass) while the first practice keystroke runs.
		const find = jest.spyOn(QuoteSearch.prototype, "find").mockImplementation(function (this: QuoteSearch, ...args: Parameters<QuoteSearch["find"]>) {
			if (args[1]?.query === "e") readiness.ready = false;
			return realFind.apply(this, args);
		});
		warmup.load();
		for (let i = 0; i < 50; i++) await tick();
		expect(find.mock.calls.map((call) => call[1]?.query)).toEqual(["e"]);
		warmup.unload();
	});
});
