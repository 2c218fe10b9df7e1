// The quote of the day chosen again after each change (the sidebar's card does it at every index change):
// the same choice as a plain full recompute, and hashing only the quotes it has not ranked yet (decision 50).
import { describe, expect, jest, test } from "@jest/globals";
import type { IndexedQuote } from "../../../src/core/index/types";
import { quoteOfTheDay } from "../../../src/core/view/resurface";
import { DailyChoice, type DailySource } from "../../../src/core/view/daily-choice";
import * as hash from "../../../src/core/util/hash";
import { syntheticQuotes } from "./synthetic";

jest.mock("../../../src/core/util/hash", () => {
	const actual = jest.requireActual<typeof import("../../../src/core/util/hash")>("../../../src/core/util/hash");
	return { ...actual, hashString: jest.fn(actual.hashString) };
});
const hashString = hash.hashString as jest.MockedFunction<typeof hash.hashString>;

/** The choice as stated: distinct words (first in order win), sorted by hash of day and words, then path and line. */
function fullRecompute(quotes: readonly IndexedQuote[], day: string, skip: number): IndexedQuote | null {
	const words = (q: IndexedQuote) => hashString(q.text.replace(/\s+/g, " ").trim());
	const seen = new Set<string>();
	const ranked: { q: IndexedQuote; r: string }[] = [];
	for (const q of quotes) {
		const key = words(q);
		if (seen.has(key)) continue;
		seen.add(key);
		ranked.push({ q, r: `${hashString(`${day}\u0000${key}`)}\u0000${q.path}\u0000${String(q.line).padStart(9, "0")}` });
	}
	if (ranked.length === 0) return null;
	ranked.sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0));
	return ranked[skip % ranked.length].q;
}

/** A small deterministic random source, so a failure repeats. */
function random(seed: number): () => number {
	let s = seed;
	return () => {
		s = (s * 1103515245 + 12345) % 2147483648;
		return s / 2147483648;
	};
}

/** Notes as the index lists them: quotes of each note in line order, notes by path. */
function listed(notes: Map<string, IndexedQuote[]>): IndexedQuote[] {
	return [...notes.keys()].sort().flatMap((path) => notes.get(path)!);
}

/** A `DailySource` over notes as the index keeps them, counting full passes over the candidates. */
function sourceOf(notes: Map<string, IndexedQuote[]>, revision: number, passes: { count: number }): DailySource {
	return {
		revision,
		candidates: () => {
			passes.count++;
			return listed(notes);
		},
		candidatesIn: (path) => notes.get(path) ?? [],
	};
}

describe("the quote of the day after changes", () => {
	test("kept across changes (DailyChoice) equals a full recompute after random edits, additions and deletions", () => {
		const rnd = random(11);
		const pool = syntheticQuotes(400, 8);
		const notes = new Map<string, IndexedQuote[]>();
		for (const q of pool.slice(0, 240)) notes.set(q.path, [...(notes.get(q.path) ?? []), q]);
		let spare = 240;
		const choices = [0, 1, 3, 40].map((skip) => ({ skip, choice: new DailyChoice() }));
		const passes = { count: 0 };
		let revision = 0;
		let kept = 0;
		for (let step = 0; step < 400; step++) {
			const paths = [...notes.keys()];
			const path = paths[Math.floor(rnd() * paths.length)];
			const other = notes.get(paths[Math.floor(rnd() * paths.length)])!;
			const action = rnd();
			let changed = [path];
			if (action < 0.45) {
				// An edit: new objects, some words changed, some copied from another note (an earlier copy wins).
				notes.set(
					path,
					notes.get(path)!.map((q, i) => {
						const r = rnd();
						const text = r < 0.2 ? `${q.text} (edited ${step})` : r < 0.35 ? other[i % other.length].text : q.text;
						return { ...q, text, line: q.line + (r > 0.9 ? 1 : 0) };
					}),
				);
			} else if (action < 0.7 && spare < pool.length) {
				const q = pool[spare++];
				notes.set(q.path, [...(notes.get(q.path) ?? []), q]);
				changed = [q.path];
			} else if (action < 0.8 && notes.size > 1) {
				notes.delete(path);
			} else {
				const left = notes.get(path)!.filter(() => rnd() < 0.6);
				if (left.length === 0) notes.delete(path);
				else notes.set(path, left);
			}
			revision++;
			const quotes = listed(notes);
			const day = step < 200 ? "2026-03-05" : "2026-03-06";
			for (const { skip, choice } of choices) {
				// Mostly heard with the notes changed; sometimes "any note", sometimes not heard before choosing.
				const heard = rnd();
				if (heard < 0.85) choice.heardChange(revision, changed);
				else if (heard < 0.92) choice.heardChange(revision);
				const before = passes.count;
				expect(choice.choose(sourceOf(notes, revision, passes), day, skip, "all")).toBe(fullRecompute(quotes, day, skip));
				if (passes.count === before) kept++;
			}
		}
		// Many changes (of 1,600) left the choice as it was without going over every quote.
		expect(kept).toBeGreaterThan(700);
	});

	test("an edit of a note that holds none of the day's lowest ranks does not go over every quote", () => {
		const quotes = syntheticQuotes(5000, 20);
		const notes = new Map<string, IndexedQuote[]>();
		for (const q of quotes) notes.set(q.path, [...(notes.get(q.path) ?? []), q]);
		const choice = new DailyChoice();
		const passes = { count: 0 };
		const chosen = choice.choose(sourceOf(notes, 1, passes), "2026-04-01", 0, "all");
		const other = [...notes.keys()].find((p) => p !== chosen?.path)!;
		notes.set(other, notes.get(other)!.map((q) => ({ ...q, text: `${q.text} Edited.` })));
		choice.heardChange(2, [other]);
		hashString.mockClear();
		const again = choice.choose(sourceOf(notes, 2, passes), "2026-04-01", 0, "all");
		expect(passes.count).toBe(1);
		// Only the edited note's 20 quotes were ranked (words, then day).
		expect(hashString.mock.calls.length).toBeLessThanOrEqual(2 * 20);
		expect(again).toBe(fullRecompute(listed(notes), "2026-04-01", 0));
		// Editing the other quotes of the chosen quote's note keeps it (a new object with the same words).
		notes.set(chosen!.path, notes.get(chosen!.path)!.map((q) => (q === chosen ? { ...q } : { ...q, text: `${q.text} Edited.` })));
		choice.heardChange(3, [chosen!.path]);
		const same = choice.choose(sourceOf(notes, 3, passes), "2026-04-01", 0, "all");
		expect(passes.count).toBe(1);
		expect(same).not.toBe(chosen);
		expect(same).toBe(fullRecompute(listed(notes), "2026-04-01", 0));
		expect(same?.text).toBe(chosen?.text);
		// Editing the chosen quote's words chooses again.
		notes.set(chosen!.path, notes.get(chosen!.path)!.map((q) => ({ ...q, text: `${q.text} Edited.` })));
		choice.heardChange(4, [chosen!.path]);
		expect(choice.choose(sourceOf(notes, 4, passes), "2026-04-01", 0, "all")).toBe(fullRecompute(listed(notes), "2026-04-01", 0));
		expect(passes.count).toBe(2);
		// A change not heard of yet (the notification is debounced) goes over every quote.
		expect(choice.choose(sourceOf(notes, 5, passes), "2026-04-01", 0, "all")).toBe(fullRecompute(listed(notes), "2026-04-01", 0));
		expect(passes.count).toBe(3);
	});

	test("equals a full recompute after random edits, additions and deletions", () => {
		const rnd = random(7);
		const pool = syntheticQuotes(400, 8);
		const notes = new Map<string, IndexedQuote[]>();
		for (const q of pool.slice(0, 240)) notes.set(q.path, [...(notes.get(q.path) ?? []), q]);
		let spare = 240;
		const days = ["2026-03-05", "2026-03-06", "2026-12-31"];
		for (let step = 0; step < 300; step++) {
			if (notes.size === 0) notes.set(pool[spare].path, [pool[spare++]]);
			const paths = [...notes.keys()];
			const path = paths[Math.floor(rnd() * paths.length)];
			const action = rnd();
			if (action < 0.4) {
				// An edit: the note's quotes are new objects, some words changed, some copied from another note.
				const other = notes.get(paths[Math.floor(rnd() * paths.length)])!;
				notes.set(
					path,
					notes.get(path)!.map((q, i) => {
						const r = rnd();
						const text = r < 0.3 ? `${q.text} (edited ${step})` : r < 0.5 && other.length > 0 ? other[i % other.length].text : q.text;
						return { ...q, text, line: q.line + (r < 0.6 ? 0 : 1) };
					}),
				);
			} else if (action < 0.7 && spare < pool.length) {
				const q = pool[spare++];
				notes.set(q.path, [...(notes.get(q.path) ?? []), q]);
			} else if (action < 0.85 && notes.size > 1) {
				notes.delete(path);
			} else {
				const kept = notes.get(path)!.filter(() => rnd() < 0.6);
				if (kept.length === 0) notes.delete(path);
				else notes.set(path, kept);
			}
			const quotes = listed(notes);
			const day = days[step % days.length];
			for (const skip of [0, 1, 3, Math.floor(rnd() * 500)]) {
				expect(quoteOfTheDay(quotes, day, skip)).toBe(fullRecompute(quotes, day, skip));
			}
		}
	});

	test("with fewer quotes than skips, wraps around among distinct words", () => {
		const [a, b] = syntheticQuotes(2, 2);
		const copy = { ...a, path: "Podcasts/Other.md" };
		for (let skip = 0; skip < 6; skip++) expect(quoteOfTheDay([a, b, copy], "2026-03-05", skip)).toBe(fullRecompute([a, b, copy], "2026-03-05", skip));
	});

	test("an edit hashes only the quotes not ranked before, not every quote", () => {
		const quotes = syntheticQuotes(5000, 20);
		quoteOfTheDay(quotes, "2026-04-01");
		// One note of 20 quotes edited: its quotes are new objects with new words.
		const edited = quotes.map((q) => (q.path === "Podcasts/Note 7.md" ? { ...q, text: `${q.text} Edited.` } : q));
		hashString.mockClear();
		const chosen = quoteOfTheDay(edited, "2026-04-01");
		// Each new quote: one hash of its words, one with the day.
		expect(hashString.mock.calls.length).toBeLessThanOrEqual(2 * 20);
		expect(chosen).toBe(fullRecompute(edited, "2026-04-01", 0));
		// A new day ranks every quote again, once.
		hashString.mockClear();
		quoteOfTheDay(edited, "2026-04-02");
		expect(hashString.mock.calls.length).toBe(5000);
	});
});
