// The word index must give exactly what a plain scan of every quote gives: same quotes, same order, for any
// query and chips, while the quote list changes (notes edited, added, removed, one quote replaced by a
// changed copy, as the index does when the vault re-resolves a speaker).
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { QuoteSearch } from "../../../src/core/search/quote-search";
import { foldText, queryTokens } from "../../../src/core/search/fold";
import { reference } from "./reference";
import { SearchIndex } from "../../../src/core/search/search-index";
import type { IndexedQuote, QuoteFilter } from "../../../src/core/index/types";
import { quote, syntheticQuotes } from "../view/synthetic";

const ids = (qs: readonly IndexedQuote[]): string[] => qs.map((q) => q.id);

// Small alphabets so that random queries hit: words share letters, names share first letters.
const SYLLABLES = ["ka", "ri", "do", "Ži", "žek", "mé", "la", "ß", "雨", "林", "sa", "m", "al", "t", "free", "dom", "dis", "ci", "pline", "ö", "0", "42"];
const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 }).map((s) => s.join(""));
const words = (max: number): fc.Arbitrary<string> =>
	fc.array(fc.tuple(word, fc.constantFrom(" ", " ", ", ", " **", "** ", "-", "'", " _")), { minLength: 1, maxLength: max }).map((parts) => parts.map(([w, sep]) => w + sep).join(""));
const SPEAKERS = ["Sam Altman", "Slavoj Žižek", "Lex Fridman", "Jocko Willink", "Anna Lembke"];
const SHOWS = ["Lex Fridman Podcast", "Jocko Podcast", "Lanz & Precht"];

interface NoteSpec {
	title: string;
	show: string | null;
	flagged: boolean;
	quotes: { text: string; speaker: string | null; raw: string | null }[];
}

const noteSpec: fc.Arbitrary<NoteSpec> = fc.record({
	title: words(2),
	show: fc.option(fc.constantFrom(...SHOWS), { nil: null }),
	flagged: fc.boolean(),
	quotes: fc.array(
		fc.record({
			text: words(8),
			speaker: fc.option(fc.constantFrom(...SPEAKERS), { nil: null }),
			raw: fc.option(fc.constantFrom("Sam", "Žižek", "Jocko W."), { nil: null }),
		}),
		{ maxLength: 6 },
	),
});

let serial = 0;

/** A note's quotes as the index gives them: new objects every time the note is (re)indexed. */
function noteQuotes(n: NoteSpec, key: number): IndexedQuote[] {
	const episode = { show: n.show, number: null, title: n.title.length % 2 === 0 ? `${n.title} episode` : null, guests: [], hosts: [], date: null, url: null };
	return n.quotes.map((q, i) => {
		const made = quote(`n${key}q${i}#${serial++}`, q.text, { speaker: q.speaker, noteTitle: `${n.title} ${key}`, flagged: n.flagged, show: n.show });
		made.speakerRaw = q.raw ?? q.speaker;
		made.episode = episode;
		return made;
	});
}

const query = fc.oneof(
	words(3),
	fc.constantFrom("", "d", "di", "dis", "discipline free", "samalt", "sam", "zize", "lexfrid", "jocko", "雨", "ss", "é", "4", "a b", "xyz"),
	fc.string({ maxLength: 4 }),
);

const filterOf = fc.record(
	{
		query,
		speakers: fc.subarray(SPEAKERS, { maxLength: 2 }),
		shows: fc.subarray(SHOWS, { maxLength: 1 }),
		flaggedOnly: fc.boolean(),
	},
	{ requiredKeys: ["query"] },
);

type Op =
	| { kind: "edit"; note: number; spec: NoteSpec }
	| { kind: "add"; spec: NoteSpec }
	| { kind: "remove"; note: number }
	| { kind: "inPlace"; note: number; text: string }
	| { kind: "speakerInPlace"; note: number; speaker: string | null }
	| { kind: "type"; text: string; filter: QuoteFilter }
	| { kind: "search"; filter: QuoteFilter; pathPick?: number; textFirst: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ kind: fc.constant("edit" as const), note: fc.nat(), spec: noteSpec }),
	fc.record({ kind: fc.constant("add" as const), spec: noteSpec }),
	fc.record({ kind: fc.constant("remove" as const), note: fc.nat() }),
	fc.record({ kind: fc.constant("inPlace" as const), note: fc.nat(), text: words(4) }),
	fc.record({ kind: fc.constant("speakerInPlace" as const), note: fc.nat(), speaker: fc.option(fc.constantFrom(...SPEAKERS), { nil: null }) }),
	fc.record({ kind: fc.constant("type" as const), text: words(3), filter: filterOf }),
	fc.record({ kind: fc.constant("search" as const), filter: filterOf, textFirst: fc.boolean() }),
	fc.record({ kind: fc.constant("search" as const), filter: filterOf, pathPick: fc.nat(), textFirst: fc.boolean() }, { requiredKeys: ["kind", "filter", "textFirst"] }),
);

/** Text first: quotes whose own text has every word, then the others (found by names or titles). */
function referenceTextFirst(quotes: readonly IndexedQuote[], filter: QuoteFilter): IndexedQuote[] {
	const tokens = queryTokens(filter.query ?? "");
	const found = reference(quotes, filter);
	const inText = (q: IndexedQuote): boolean => tokens.every((t) => foldText(q.text).includes(t));
	return tokens.length === 0 ? found : [...found.filter(inText), ...found.filter((q) => !inText(q))];
}

/** `notes` with the quote object `old` replaced by `next`. */
function replaced<N extends { quotes: IndexedQuote[] }>(notes: N[], old: IndexedQuote, next: IndexedQuote): N[] {
	return notes.map((n) => (n.quotes.includes(old) ? { ...n, quotes: n.quotes.map((q) => (q === old ? next : q)) } : n));
}

/** Replays random changes and searches; every answer must equal the reference's. */
function replay(specs: NoteSpec[], ops: Op[], search: QuoteSearch): void {
	let key = 0;
	let notes = specs.map((s) => ({ key: key++, quotes: noteQuotes(s, key) }));
	const list = (): IndexedQuote[] => notes.flatMap((n) => n.quotes);
	let all = list();
	const check = (filter: QuoteFilter): void => {
		expect(ids(search.run(all, filter))).toEqual(ids(reference(all, filter)));
	};
	for (const o of ops) {
		switch (o.kind) {
			case "edit":
				if (notes.length === 0) break;
				notes = notes.map((n, i) => (i === o.note % notes.length ? { key: n.key, quotes: noteQuotes(o.spec, n.key) } : n));
				all = list();
				break;
			case "add":
				notes = [...notes, { key: key++, quotes: noteQuotes(o.spec, key) }].sort((a, b) => (a.key % 3) - (b.key % 3) || a.key - b.key);
				all = list();
				break;
			case "remove":
				if (notes.length === 0) break;
				notes = notes.filter((_, i) => i !== o.note % notes.length);
				all = list();
				break;
			case "inPlace": {
				// One quote replaced by a changed copy, the rest of its note the same objects.
				const target = all[o.note % Math.max(1, all.length)];
				if (!target) break;
				notes = replaced(notes, target, { ...target, text: o.text });
				all = list();
				break;
			}
			case "speakerInPlace": {
				// As the index re-resolves a speaker after a change in another note (a copy with the new speaker).
				const target = all[o.note % Math.max(1, all.length)];
				if (!target) break;
				notes = replaced(notes, target, { ...target, speaker: o.speaker });
				all = list();
				break;
			}
			case "type":
				for (let i = 1; i <= o.text.length; i++) check({ ...o.filter, query: o.text.slice(0, i) });
				break;
			case "search": {
				const filter = o.pathPick === undefined || all.length === 0 ? o.filter : { ...o.filter, path: all[o.pathPick % all.length].path };
				if (o.textFirst) expect(ids(search.run(all, filter, { textFirst: true }))).toEqual(ids(referenceTextFirst(all, filter)));
				else check(filter);
				break;
			}
		}
	}
	check({ query: "d" });
}

describe("word index equals a plain scan", () => {
	test("random quotes, queries, chips and edits (rebuilds forced often)", () => {
		fc.assert(
			fc.property(fc.array(noteSpec, { maxLength: 8 }), fc.array(op, { maxLength: 25 }), (specs, ops) => {
				replay(specs, ops, new QuoteSearch(new SearchIndex(2)));
			}),
			{ numRuns: 300 },
		);
	});

	test("random quotes, queries, chips and edits (default thresholds: edits posted one by one)", () => {
		fc.assert(
			fc.property(fc.array(noteSpec, { maxLength: 8 }), fc.array(op, { maxLength: 25 }), (specs, ops) => {
				replay(specs, ops, new QuoteSearch());
			}),
			{ numRuns: 200 },
		);
	});

	test("two searches over one index, each with its own list, take turns", () => {
		const shared = new SearchIndex(2);
		const a = new QuoteSearch(shared);
		const b = new QuoteSearch(shared);
		const left = syntheticQuotes(300);
		const right = syntheticQuotes(200).map((q) => ({ ...q, id: `r${q.id}`, text: `${q.text} extra` }));
		for (const q of ["p", "po", "pow", "power", "ex", "extra", "samalt", "caf"]) {
			expect(ids(a.run(left, { query: q }))).toEqual(ids(reference(left, { query: q })));
			expect(ids(b.run(right, { query: q }))).toEqual(ids(reference(right, { query: q })));
		}
	});

	test("thousands of quotes through many edits: dropped slots are reclaimed, answers stay exact", () => {
		const search = new QuoteSearch();
		let all = syntheticQuotes(3000);
		const rng = fc.sample(fc.tuple(fc.nat(2900), fc.nat(399)), { numRuns: 30, seed: 5 });
		let round = 0;
		for (const [at, len] of rng) {
			// A run of quotes replaced by new objects with new words (one or a few notes edited).
			const fresh = all.slice(at, at + len).map((q) => ({ ...q, id: `${q.id}e${round}`, text: `${q.text} edited${round} ${round % 2 ? "zebra" : "yak"}` }));
			all = [...all.slice(0, at), ...fresh, ...all.slice(at + len)];
			// Now and then a note moves (a rename): the same quote objects at other positions.
			if (round % 5 === 4) all = [...all.slice(100), ...all.slice(0, 100)];
			for (const query of ["e", "ed", "edited", `edited${round}`, "zebra", "yak po", "sam"]) {
				expect(ids(search.run(all, { query }))).toEqual(ids(reference(all, { query })));
			}
			round++;
		}
	});

	test("a quote listed twice is found twice", () => {
		const a = quote("a", "Freedom is a practice.");
		const b = quote("b", "Something else.");
		const search = new QuoteSearch();
		expect(ids(search.run([a, b], { query: "free" }))).toEqual(["a"]);
		expect(ids(search.run([a, b, a], { query: "free" }))).toEqual(["a", "a"]);
		expect(ids(search.run([b, a, a], { query: "freedom" }))).toEqual(["a", "a"]);
	});

	test("a word in the middle of another word is found (substring, as before)", () => {
		const qs = [quote("a", "Discipline equals freedom."), quote("b", "Nothing here.")];
		expect(ids(new QuoteSearch().run(qs, { query: "ipline" }))).toEqual(["a"]);
		expect(ids(new QuoteSearch().run(qs, { query: "eedo" }))).toEqual(["a"]);
	});

	test("Unicode: diacritics, ligatures and CJK fold the same way in text and query", () => {
		const qs = [
			quote("a", "Žižek über die Straße, naïve café.", { speaker: "Slavoj Žižek" }),
			quote("b", "我们需要保护雨林。", { speaker: "Paul Rosolie" }),
			quote("c", "ÆSIR and Œuvre.", { speaker: null }),
		];
		const search = new QuoteSearch();
		for (const [q, expected] of [
			["zizek", ["a"]],
			["ŽIŽEK", ["a"]],
			["strasse", ["a"]],
			["uber cafe", ["a"]],
			["雨林", ["b"]],
			["保护", ["b"]],
			["aesir oeuvre", ["c"]],
			["s", ["a", "b", "c"]],
		] as const) {
			expect(ids(search.run(qs, { query: q }))).toEqual(expected);
			expect(ids(search.run(qs, { query: q }))).toEqual(ids(reference(qs, { query: q })));
		}
	});
});

describe("preparing in steps (the sidebar's warm-up)", () => {
	/** Stops `prepare` after that many steps (each call of `more` ends one step). */
	const steps = (count: number): (() => boolean) => {
		let left = count;
		return () => --left > 0;
	};
	const QUERIES = ["e", "ed", "edited", "zebra", "sam", "power fut", "samalt", "caf"];
	const editedList = (all: readonly IndexedQuote[], at: number, tag: string): IndexedQuote[] => [
		...all.slice(0, at),
		...all.slice(at, at + 300).map((q) => ({ ...q, id: `${q.id}${tag}`, text: `${q.text} edited ${tag}` })),
		...all.slice(at + 300),
	];

	test("a search asked at any point of the warm-up equals the plain scan, and so does every later one", () => {
		const all = syntheticQuotes(3000);
		// How many steps a whole warm-up takes (folding 128 quotes, checking 1,024, listing 1,024 quotes' words…).
		let total = 0;
		expect(new SearchIndex().prepare(all, () => (total++, true))).toBe(true);
		expect(total).toBeGreaterThan(25);
		for (let stop = 1; stop <= total + 1; stop += 3) {
			const search = new QuoteSearch();
			expect(search.prepare(all, steps(stop))).toBe(stop > total);
			for (const query of QUERIES) expect(ids(search.run(all, { query }))).toEqual(ids(reference(all, { query })));
			expect(search.prepare(all, steps(1))).toBe(true);
		}
	});

	test("tryRun (a keystroke in the sidebar): a bounded step and null until the search is ready, then exactly run's answer", () => {
		const all = syntheticQuotes(3000);
		let total = 0;
		expect(new SearchIndex().prepare(all, () => (total++, true))).toBe(true);
		const search = new QuoteSearch();
		let calls = 0;
		let asked = 0;
		let found: IndexedQuote[] | null = null;
		// Each keystroke is given three steps: the first ones return null, the answer comes once the steps add up.
		while ((found = search.tryRun(all, { query: "sam" }, { textFirst: true }, (asked++, steps(3)))) === null) calls++;
		expect(calls).toBeGreaterThan(3);
		expect(calls).toBeLessThanOrEqual(Math.ceil(total / 2));
		expect(asked).toBe(calls + 1);
		expect(ids(found)).toEqual(ids(new QuoteSearch().run(all, { query: "sam" }, { textFirst: true })));
		// Ready now: the answer comes at once, with no step to spare.
		expect(ids(search.tryRun(all, { query: "power fut" }, {}, () => false)!)).toEqual(ids(reference(all, { query: "power fut" })));
		// Chips only, no words: no index needed, even by a search that has indexed nothing.
		const speaker = all[7].speaker!;
		expect(ids(new QuoteSearch().tryRun(all, { speakers: [speaker] }, {}, () => false)!)).toEqual(ids(reference(all, { speakers: [speaker] })));
		// One edited quote in a prepared list is caught up within a keystroke's few steps.
		const edited = [...all.slice(0, 10), { ...all[10], id: "edited", text: "a zebra edited" }, ...all.slice(11)];
		expect(ids(search.tryRun(edited, { query: "zebra" }, {}, steps(40))!)).toEqual(ids(reference(edited, { query: "zebra" })));
	});

	test("a new list while preparing: a sync that has only folded quotes is given up, one that has switched lists is finished", () => {
		const base = syntheticQuotes(3000);
		const first = editedList(base, 500, "a");
		const second = editedList(first, 2000, "b");
		for (let stop = 1; stop < 120; stop += 7) {
			// minRebuild 2: every sync after an edit rebuilds (renumbers) in steps too.
			const index = new SearchIndex(2);
			const search = new QuoteSearch(index);
			expect(search.prepare(base)).toBe(true);
			search.prepare(first, steps(stop));
			let calls = 0;
			while (!search.prepare(second, steps(5))) calls++;
			expect(calls).toBeLessThan(200);
			for (const query of QUERIES) expect(ids(search.run(second, { query }))).toEqual(ids(reference(second, { query })));
			// And back to an older list mid-way, then a search of it.
			search.prepare(first, steps(stop));
			for (const query of QUERIES) expect(ids(search.run(first, { query }))).toEqual(ids(reference(first, { query })));
		}
	});

	test("an edit during a fresh warm-up: the search of the edited list is exact whatever step the warm-up had reached", () => {
		const base = syntheticQuotes(3000);
		const edited = editedList(base, 1200, "x");
		for (let stop = 1; stop < 45; stop += 2) {
			// Default thresholds: the edit itself is posted as it is, on top of what the warm-up built.
			const search = new QuoteSearch();
			search.prepare(base, steps(stop));
			for (const query of QUERIES) expect(ids(search.run(edited, { query }))).toEqual(ids(reference(edited, { query })));
		}
	});

	test("an edit after the warm-up, its 300 new quotes posted in steps: a search at any step is exact", () => {
		const base = syntheticQuotes(3000);
		const edited = editedList(base, 1200, "y");
		let total = 0;
		const probe = new QuoteSearch();
		probe.prepare(base);
		probe.prepare(edited, () => (total++, true));
		for (let stop = 1; stop <= total + 1; stop++) {
			const search = new QuoteSearch();
			search.prepare(base);
			expect(search.prepare(edited, steps(stop))).toBe(stop > total);
			for (const query of QUERIES) expect(ids(search.run(edited, { query }))).toEqual(ids(reference(edited, { query })));
		}
	});

	test("random edits and searches with the index prepared a few steps at a time in between", () => {
		fc.assert(
			fc.property(fc.array(noteSpec, { maxLength: 8 }), fc.array(op, { maxLength: 25 }), fc.array(fc.nat(6), { minLength: 25, maxLength: 25 }), (specs, ops, budgets) => {
				const search = new QuoteSearch(new SearchIndex(2));
				let key = 0;
				const notes = specs.map((s) => noteQuotes(s, key++));
				let all = notes.flat();
				ops.forEach((o, i) => {
					search.prepare(all, steps(budgets[i]));
					if (o.kind === "add") {
						notes.push(noteQuotes(o.spec, key++));
						all = notes.flat();
					} else if (o.kind === "remove" && notes.length > 0) {
						notes.splice(o.note % notes.length, 1);
						all = notes.flat();
					} else if (o.kind === "type" || o.kind === "search") {
						expect(ids(search.run(all, o.filter))).toEqual(ids(reference(all, o.filter)));
					}
				});
				expect(ids(search.run(all, { query: "d" }))).toEqual(ids(reference(all, { query: "d" })));
			}),
			{ numRuns: 200 },
		);
	});
});
