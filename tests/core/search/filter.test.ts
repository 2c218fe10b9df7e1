import { describe, expect, test } from "@jest/globals";
import { narrows } from "../../../src/core/search/filter";
import { filterQuotes, matchesWordPrefixes, QuoteSearch } from "../../../src/core/search/quote-search";
import { foldText, queryTokens } from "../../../src/core/search/fold";
import type { IndexedQuote } from "../../../src/core/index/types";
import { quote, syntheticQuotes } from "../view/synthetic";

const ids = (qs: readonly IndexedQuote[]): string[] => qs.map((q) => q.id);

const library: IndexedQuote[] = [
	quote("a", "The **future** of AI is open source.", { speaker: "Sam Altman", show: "Lex Fridman Podcast", title: "Sam Altman: OpenAI CEO", noteTitle: "367 Sam Altman", flagged: true }),
	quote("b", "Ideology is the *naïve* belief in freedom.", { speaker: "Slavoj Žižek", show: "Lex Fridman Podcast", title: "Slavoj Žižek: Ideology", noteTitle: "Zizek" }),
	quote("c", "Discipline equals freedom.", { speaker: "Jocko Willink", show: "Jocko Podcast", title: "Episode 260", noteTitle: "Jocko 260" }),
	quote("d", "Die Zukunft ist offen – sagt die Forschung.", { speaker: "Florence Gaub", show: "Lanz & Precht", title: "Folge 226", noteTitle: "Lanz Precht 226" }),
	quote("e", "Nobody said who said this.", { speaker: null, show: null, title: null, noteTitle: "Dopamine Nation" }),
	quote("f", "我们需要保护雨林。", { speaker: "Paul Rosolie", show: "Lex Fridman Podcast", title: "#489", noteTitle: "Lex 489" }),
];

describe("folding", () => {
	test.each([
		["Žižek", " zizek "],
		["NAÏVE Café", " naive cafe "],
		["**bold**, _it_ & `code`", " bold it code "],
		["GPT-4", " gpt 4 "],
		["Straße", " strasse "],
		["", "  "],
	])("%p folds to %p", (input, folded) => {
		expect(foldText(input)).toBe(folded);
	});

	test("query words are folded like the text", () => {
		expect(queryTokens("  Sam   ALTMAN ")).toEqual(["sam", "altman"]);
		expect(queryTokens("  ")).toEqual([]);
		expect(queryTokens("gpt-4")).toEqual(["gpt", "4"]);
	});
});

describe("search", () => {
	test.each([
		["future", ["a"]],
		["FUTURE", ["a"]],
		["**future** of", ["a"]], // Markdown markers neither help nor hurt
		["zizek", ["b"]],
		["žižek naive", ["b"]],
		["freedom", ["b", "c"]],
		["freedom jocko", ["c"]],
		["jocko freedom", ["c"]], // word order does not matter
		["lex fridman", ["a", "b", "f"]], // show
		["openai", ["a"]], // episode title
		["dopamine", ["e"]], // note title
		["samalt", ["a"]], // name by word prefixes
		["flogaub", ["d"]],
		["zukunft", ["d"]],
		["雨林", ["f"]],
		["freedom nothing", []],
		["", ["a", "b", "c", "d", "e", "f"]],
	])("%p finds %p", (query, expected) => {
		expect(ids(filterQuotes(library, { query }))).toEqual(expected);
	});

	test("short words are never matched name-style", () => {
		// "jw" is in no text; name-style it would be "Jocko Willink".
		expect(matchesWordPrefixes(["jocko", "willink"], "jw")).toBe(true);
		expect(ids(filterQuotes(library, { query: "jw" }))).toEqual([]);
		expect(ids(filterQuotes(library, { query: "jowi" }))).toEqual(["c"]);
	});

	test("chips narrow by speaker, show, flag and note", () => {
		expect(ids(filterQuotes(library, { speakers: ["Sam Altman", "Jocko Willink"] }))).toEqual(["a", "c"]);
		expect(ids(filterQuotes(library, { shows: ["Lex Fridman Podcast"] }))).toEqual(["a", "b", "f"]);
		expect(ids(filterQuotes(library, { shows: ["Lex Fridman Podcast"], query: "freedom" }))).toEqual(["b"]);
		expect(ids(filterQuotes(library, { flaggedOnly: true }))).toEqual(["a"]);
		expect(ids(filterQuotes(library, { path: "Podcasts/Zizek.md" }))).toEqual(["b"]);
		expect(ids(filterQuotes(library, { speakers: [] }))).toHaveLength(6);
	});

	test("needs a speaker: only quotes whose speaker is unknown, with the query and other chips", () => {
		expect(ids(filterQuotes(library, { needsSpeaker: true }))).toEqual(["e"]);
		expect(ids(filterQuotes(library, { needsSpeaker: true, query: "nobody" }))).toEqual(["e"]);
		expect(ids(filterQuotes(library, { needsSpeaker: true, query: "freedom" }))).toEqual([]);
		expect(ids(filterQuotes(library, { needsSpeaker: true, flaggedOnly: true }))).toEqual([]);
		// Typing on from the same chips searches within the last result; switching the chip must not.
		expect(ids(filterQuotes(library, { query: "said" }))).toEqual(["e"]);
		expect(ids(filterQuotes(library, { query: "fre" }))).toEqual(["b", "c"]);
		expect(ids(filterQuotes(library, { query: "free", needsSpeaker: true }))).toEqual([]);
		expect(ids(filterQuotes(library, { query: "freed" }))).toEqual(["b", "c"]);
	});

	test("a quote replaced by a changed copy is searched by its new text", () => {
		const qs = [quote("x", "Old words here.", { speaker: "A", noteTitle: "N" }), quote("y", "Other words.", { speaker: "B", noteTitle: "N" })];
		// One search throughout (and one sharing its word index), as the plugin keeps them.
		const search = new QuoteSearch();
		const other = search.sharing();
		expect(ids(filterQuotes(qs, { query: "old" }, search))).toEqual(["x"]);
		// A new list (as QuoteIndex.all() gives after a change): the changed quote is a new object.
		const next = [{ ...qs[0], text: "Entirely new words." }, qs[1]];
		expect(ids(filterQuotes(next, { query: "old" }, search))).toEqual([]);
		expect(ids(filterQuotes(next, { query: "entirely" }, other))).toEqual(["x"]);
		expect(ids(filterQuotes(qs, { query: "old" }, other))).toEqual(["x"]);
		expect(ids(filterQuotes(next, { query: "words" }, search))).toEqual(["x", "y"]);
	});
});

describe("search as you type", () => {
	test("narrowing is only used when every old word starts a new word", () => {
		expect(narrows(["sam"], ["sam", "a"])).toBe(true);
		expect(narrows(["sa"], ["sam"])).toBe(true);
		expect(narrows(["sam", "al"], ["sam"])).toBe(false);
		expect(narrows(["am"], ["sam"])).toBe(false);
		expect(narrows([], ["x"])).toBe(true);
	});

	test("typing, deleting and retyping gives the same results as a fresh search", () => {
		const qs = syntheticQuotes(5000);
		const search = new QuoteSearch();
		const steps = ["s", "sa", "sam", "sam ", "sam a", "sam al", "sam a", "sam", "sa", "z", "zi", "ziz", "zize", "zizek caf", "zizek", "", "power future", "power"];
		for (const query of steps) {
			expect(ids(search.run(qs, { query }))).toEqual(ids(filterQuotes(qs, { query })));
		}
	});

	test("a changed quote list is noticed even when the query extends the last one", () => {
		const qs = syntheticQuotes(200);
		const search = new QuoteSearch();
		const before = search.run(qs, { query: "sam" }).length;
		const extra = quote("new", "Sam says something new.", { speaker: "Sam Altman", noteTitle: "New" });
		const grown = [...qs, extra];
		expect(ids(search.run(grown, { query: "sam s" }))).toContain("new");
		// A new list of the same length with one quote replaced.
		const replaced = [...grown];
		replaced[0] = quote("replaced", "Sam replaced this.", { speaker: "Sam Altman", noteTitle: "R" });
		expect(ids(search.run(replaced, { query: "sam sa" }))).toContain("replaced");
		expect(before).toBeGreaterThan(0);
	});

	test("text first: quotes that say the words come before those found by speaker or episode", () => {
		const search = new QuoteSearch();
		// "lex" is in the show of a, b, f; only d's text would say it, and none does: order kept.
		expect(ids(search.run(library, { query: "lex" }, { textFirst: true }))).toEqual(["a", "b", "f"]);
		const qs = [
			quote("m1", "Nothing here.", { speaker: "Freedom Fighter", noteTitle: "N1" }),
			quote("t1", "Freedom is a practice.", { speaker: "Someone", noteTitle: "N2" }),
			quote("m2", "Also nothing.", { speaker: "X", noteTitle: "Freedom talks" }),
			quote("t2", "Discipline equals freedom.", { speaker: "Jocko Willink", noteTitle: "N3" }),
		];
		expect(ids(search.run(qs, { query: "freedom" }, { textFirst: true }))).toEqual(["t1", "t2", "m1", "m2"]);
		// Every word must be in the text to come first.
		expect(ids(search.run(qs, { query: "freedom jocko" }, { textFirst: true }))).toEqual(["t2"]);
		expect(ids(search.run(qs, { query: "freedom" }))).toEqual(["m1", "t1", "m2", "t2"]);
	});

	test("100,000 quotes: every result matches and nothing matching is left out", () => {
		const qs = syntheticQuotes(100_000);
		const search = new QuoteSearch();
		for (const query of ["p", "po", "pow", "power", "power zi", "power zizek", "samalt", "caf"]) {
			const found = search.run(qs, { query, flaggedOnly: true });
			const words = queryTokens(query);
			const expected = qs.filter((q) => {
				if (!q.flagged) return false;
				const hay = foldText(`${q.text} ${q.speaker ?? ""} ${q.episode.show ?? ""} ${q.episode.title ?? ""} ${q.noteTitle}`);
				const names = [q.speaker, q.episode.show, q.episode.title, q.noteTitle].filter((x): x is string => x !== null);
				return words.every((w) => hay.includes(w) || (w.length >= 3 && names.some((n) => matchesWordPrefixes(foldText(n).trim().split(" "), w))));
			});
			expect(found.length).toBe(expected.length);
			expect(ids(found)).toEqual(ids(expected));
		}
	});
});
