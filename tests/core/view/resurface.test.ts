import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { dailyCandidates, dayKey, markSeen, memoryKey, quoteOfTheDay, readSeenMemory, resurface, type DailyFilter } from "../../../src/core/view/resurface";
import type { IndexedQuote } from "../../../src/core/index/types";
import { quote, syntheticQuotes } from "./synthetic";

const texts = (qs: readonly (IndexedQuote | null)[]): (string | null)[] => qs.map((q) => q?.text ?? null);
const TAGS: Record<string, string[]> = { "Podcasts/Note 0.md": ["ai/safety"], "Podcasts/Note 1.md": ["#AI"], "Podcasts/Note 2.md": ["aisle"] };
const tagsOf = (path: string): string[] => TAGS[path] ?? [];

describe("the local day", () => {
	test.each([
		[new Date(2026, 0, 5, 0, 0, 0), "2026-01-05"],
		[new Date(2026, 0, 5, 23, 59, 59), "2026-01-05"],
		[new Date(2026, 11, 31, 23, 59, 59, 999), "2026-12-31"],
		[new Date(2027, 0, 1, 0, 0, 0), "2027-01-01"],
	])("%p is %p", (date, key) => expect(dayKey(date)).toBe(key));
});

describe("which quotes a daily filter allows", () => {
	const quotes = syntheticQuotes(80, 20);
	test.each<[string, DailyFilter, (q: IndexedQuote) => boolean]>([
		["all", { kind: "all", value: "ignored" }, () => true],
		["a speaker, any case", { kind: "speaker", value: "slavoj žižek" }, (q) => q.speaker === "Slavoj Žižek"],
		["a show", { kind: "show", value: "Jocko Podcast" }, (q) => q.episode.show === "Jocko Podcast"],
		["a tag with its nested tags, # and case ignored", { kind: "tag", value: "#ai" }, (q) => q.path === "Podcasts/Note 0.md" || q.path === "Podcasts/Note 1.md"],
		["an empty value means all", { kind: "speaker", value: "  " }, () => true],
		["an unknown speaker: none", { kind: "speaker", value: "Nobody Here" }, () => false],
	])("%s", (_name, filter, expected) => {
		const got = dailyCandidates(quotes, filter, tagsOf);
		expect(got.map((q) => q.id)).toEqual(quotes.filter(expected).map((q) => q.id));
	});
});

describe("the quote of the day", () => {
	const quotes = syntheticQuotes(200, 20);
	const lex: DailyFilter = { kind: "show", value: "Lex Fridman Podcast" };

	test("is the same for the same day and filter, whatever the order of the quotes", () => {
		const pool = dailyCandidates(quotes, lex, tagsOf);
		const first = quoteOfTheDay(pool, "2026-03-05");
		expect(first).not.toBeNull();
		expect(first?.episode.show).toBe("Lex Fridman Podcast");
		expect(quoteOfTheDay([...pool].reverse(), "2026-03-05")).toBe(first);
		expect(quoteOfTheDay(dailyCandidates([...quotes].reverse(), lex, tagsOf), "2026-03-05")?.id).toBe(first?.id);
	});

	test("a table of days gives a fixed choice each (changes at midnight, not within a day)", () => {
		const pool = dailyCandidates(quotes, { kind: "all", value: "" }, tagsOf);
		const days = ["2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09"];
		const chosen = days.map((d) => quoteOfTheDay(pool, d)?.id);
		// Deterministic: computed again, the same; and the days do not all fall on one quote.
		expect(days.map((d) => quoteOfTheDay(pool, d)?.id)).toEqual(chosen);
		expect(new Set(chosen).size).toBeGreaterThan(3);
		const morning = dayKey(new Date(2026, 2, 5, 0, 0, 1));
		const night = dayKey(new Date(2026, 2, 5, 23, 59, 59));
		expect(quoteOfTheDay(pool, morning)).toBe(quoteOfTheDay(pool, night));
	});

	test("another filter gives a choice from its own quotes", () => {
		const speaker: DailyFilter = { kind: "speaker", value: "Anna Lembke" };
		for (const day of ["2026-01-01", "2026-06-15", "2026-12-31"]) {
			expect(quoteOfTheDay(dailyCandidates(quotes, speaker, tagsOf), day)?.speaker).toBe("Anna Lembke");
		}
	});

	test("'Another one' walks through distinct quotes and wraps around", () => {
		const pool = syntheticQuotes(5, 5);
		const walk = [0, 1, 2, 3, 4].map((k) => quoteOfTheDay(pool, "2026-03-05", k)?.id);
		expect(new Set(walk).size).toBe(5);
		expect(quoteOfTheDay(pool, "2026-03-05", 5)?.id).toBe(walk[0]);
	});

	test("a new quote changes the day's choice only if it is the one chosen", () => {
		const pool = syntheticQuotes(50, 10);
		const before = quoteOfTheDay(pool, "2026-03-05");
		let changed = 0;
		for (let i = 0; i < 30; i++) {
			const extra = quote(`new${i}`, `A fresh thought number ${i}.`);
			const after = quoteOfTheDay([...pool, extra], "2026-03-05");
			if (after !== before) {
				changed++;
				expect(after).toBe(extra);
			}
		}
		expect(changed).toBeLessThan(30);
	});

	test("no quotes, no choice", () => {
		expect(quoteOfTheDay([], "2026-03-05")).toBeNull();
	});
});

describe("resurfacing", () => {
	const pool = [quote("a", "Alpha words."), quote("b", "Beta words."), quote("c", "Gamma words."), quote("d", "Delta words.")];

	test("never-seen quotes come first, then the ones seen longest ago", () => {
		const seen = markSeen(markSeen(markSeen({}, [pool[0]], 1000), [pool[1]], 3000), [pool[2]], 2000);
		expect(texts(resurface(pool, seen, 4, "2026-03-05"))).toEqual(["Delta words.", "Alpha words.", "Gamma words.", "Beta words."]);
		expect(texts(resurface(pool, seen, 2, "2026-03-05"))).toEqual(["Delta words.", "Alpha words."]);
	});

	test("showing a few and marking them seen brings the others next", () => {
		let seen = {};
		const first = resurface(pool, seen, 2, "2026-03-05");
		seen = markSeen(seen, first, 10);
		const second = resurface(pool, seen, 2, "2026-03-05");
		expect(new Set([...first, ...second].map((q) => q.id)).size).toBe(4);
		seen = markSeen(seen, second, 20);
		expect(resurface(pool, seen, 2, "2026-03-05").map((q) => q.id)).toEqual(first.map((q) => q.id));
	});

	test("the same words in two notes are one quote", () => {
		const twice = [quote("a", "Same  words."), quote("b", "Same words.", { noteTitle: "Other" }), quote("c", "Else.")];
		expect(resurface(twice, {}, 5, "x").map((q) => q.id).sort()).toEqual(["a", "c"]);
	});

	test("the order is the same all day and independent of the vault's order", () => {
		const many = syntheticQuotes(300, 30);
		const a = resurface(many, {}, 5, "2026-03-05").map((q) => q.id);
		expect(resurface([...many].reverse(), {}, 5, "2026-03-05").map((q) => q.id)).toEqual(a);
		expect(resurface(many, {}, 5, "2026-03-06").map((q) => q.id)).not.toEqual(a);
	});

	test("the memory outlives a rename: ids change with the path, the memory key does not", () => {
		const note = "---\nguest: Ada Lovelace\n---\n> The engine weaves algebraic patterns. – Ada Lovelace\n";
		const before = parseNote("Podcasts/Ada.md", note).quotes[0];
		const after = parseNote("Archive/2026/Ada Lovelace on engines.md", note).quotes[0];
		expect(after.id).not.toBe(before.id);
		expect(memoryKey(after)).toBe(memoryKey(before));
	});

	test("the memory is pruned to the most recently seen", () => {
		const many = syntheticQuotes(10, 10);
		let seen: Record<string, number> = {};
		many.forEach((q, i) => (seen = markSeen(seen, [q], i + 1, 4)));
		expect(Object.values(seen).sort((a, b) => a - b)).toEqual([7, 8, 9, 10]);
	});

	test.each([
		[null, {}],
		[[1, 2], {}],
		[{ a: 5, b: "x", c: -1, d: Number.NaN, e: 0 }, { a: 5, e: 0 }],
	])("saved memory %p reads as %p", (saved, expected) => expect(readSeenMemory(saved)).toEqual(expected));
});
