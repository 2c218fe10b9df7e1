// After an edit the sidebar's search patches its last result, speaker numbers and "needs a speaker" count
// from the span of the quote list that changed (decision 56): after every random edit, addition, deletion
// and rename of a generated vault, for several filters, each equals a full rebuild on a fresh search.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { QuoteIndex } from "../../../src/core/index";
import type { IndexedQuote, QuoteFilter } from "../../../src/core/index/types";
import { QuoteSearch } from "../../../src/core/search/quote-search";
import { buildViewModel, matchesViewModel, type Row, type ViewMode, type ViewModel } from "../../../src/core/view/model";
import { NeedsSpeakerCount } from "../../../src/core/view/needs-speaker";

const SPEAKERS = ["Sam Altman", "Anna Lembke", "Jocko Willink", "Anna lembke", null, null];
const WORDS = ["freedom", "discipline", "dopamine", "power", "free", "risk", "sam"];
const SHOWS = ["Show A", "Show B"];

const quoteArb = fc.record({ speaker: fc.constantFrom(...SPEAKERS), words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), section: fc.constantFrom("", "# Part 1", "## Deep") });
const noteArb = fc.record({ show: fc.constantFrom(...SHOWS), flagged: fc.boolean(), quotes: fc.array(quoteArb, { maxLength: 6 }) });
type NoteSpec = typeof noteArb extends fc.Arbitrary<infer T> ? T : never;

const stepArb = fc.oneof(
	fc.record({ kind: fc.constant("edit" as const), at: fc.nat(), note: noteArb }),
	fc.record({ kind: fc.constant("add" as const), name: fc.nat({ max: 60 }), note: noteArb }),
	fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
	fc.record({ kind: fc.constant("rename" as const), at: fc.nat(), name: fc.nat({ max: 60 }) }),
	// The same line twice in a note: two quotes with one id.
	fc.record({ kind: fc.constant("twice" as const), at: fc.nat() }),
);

function textOf(note: NoteSpec, twice = false): string {
	const lines = [`---\nshow: ${note.show}\npublish: ${note.flagged}\n---`];
	for (const [i, q] of note.quotes.entries()) {
		if (q.section) lines.push(q.section);
		lines.push(`> ${q.words.join(" ")} number ${i}.${q.speaker ? ` – ${q.speaker}` : ""}`, "");
	}
	if (twice && note.quotes.length > 0) lines.push(lines[lines.length - 2], "");
	return lines.join("\n") + "\n";
}

const pathOf = (name: number) => `Podcasts/Episode ${String(name).padStart(2, "0")}.md`;

/** The filters the sidebar asks for, each with its mode (the path of "This note" filled in per step). */
const STATES: { name: string; mode: ViewMode; filter: QuoteFilter; note?: boolean }[] = [
	{ name: "no query", mode: "speaker", filter: {} },
	{ name: "a query", mode: "speaker", filter: { query: "fre" } },
	{ name: "a two-word query", mode: "speaker", filter: { query: "dopamine sam" } },
	{ name: "a speaker", mode: "speaker", filter: { speakers: ["Anna Lembke"] } },
	{ name: "needs a speaker", mode: "speaker", filter: { needsSpeaker: true } },
	{ name: "a query and a show", mode: "speaker", filter: { query: "d", shows: ["Show B"] } },
	{ name: "flagged, episodes", mode: "episode", filter: { flaggedOnly: true } },
	{ name: "a query, all", mode: "flat", filter: { query: "risk" } },
	{ name: "note mode", mode: "note", filter: {}, note: true },
];

function allRows(model: ViewModel): Row[] {
	return Array.from({ length: model.rowCount }, (_, i) => model.rowAt(i)!);
}

/** Compares as JSON first (jest's matchers on every quote of every step are most of this file's time); the matchers give the diff. */
function expectSameModel(model: ViewModel, oracle: ViewModel, quotes: readonly IndexedQuote[]): void {
	const shape = (m: ViewModel) => ({ rowsOfQuote: quotes.map((q) => m.rowsOfQuote(q.id)), rowCount: m.rowCount, quoteCount: m.quoteCount, groupCount: m.groupCount, headerRows: [...m.headerRows], rows: allRows(m) });
	const actual = shape(model);
	const expected = shape(oracle);
	if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
}

describe("the sidebar's search after an edit", () => {
	test("patched results, speaker numbers, rows and needs-a-speaker counts equal a full rebuild after every step", () => {
		fc.assert(
			fc.property(fc.array(noteArb, { minLength: 1, maxLength: 12 }), fc.array(stepArb, { minLength: 1, maxLength: 12 }), fc.boolean(), (start, steps, collapse) => {
				const index = new QuoteIndex();
				const names = start.map((_, i) => i * 5);
				index.upsertMany(start.map((note, i) => ({ path: pathOf(names[i]), text: textOf(note) })));
				// One search and one count per filter, kept across steps as the sidebar keeps them.
				const kept = STATES.map(() => ({ search: new QuoteSearch(), count: new NeedsSpeakerCount() }));
				const check = (): void => {
					const all = index.all();
					const notePath = all[0]?.path ?? "\u0000";
					STATES.forEach((state, s) => {
						const filter = state.note ? { ...state.filter, path: notePath } : state.filter;
						const found = kept[s].search.find(all, filter);
						const fresh = new QuoteSearch().find(all, filter);
						// The same objects, in the same order (identity, not only equal fields).
						if (found.quotes.length !== fresh.quotes.length || found.quotes.some((q, i) => q !== fresh.quotes[i])) expect(found.quotes).toEqual(fresh.quotes);
						expect(found.quotes.length).toBe(fresh.quotes.length);
						expect(found.quotes.every((q, i) => q === fresh.quotes[i])).toBe(true);
						const numbers = found.listSpeakers();
						const keys = (n: typeof numbers) => Array.from(n.of, (k) => n.keys[k]);
						expect(keys(numbers)).toEqual(keys(fresh.listSpeakers()));
						const collapsed = new Set(collapse ? [found.quotes[0]?.speaker ?? "", notePath] : []);
						const model = matchesViewModel(found, state.mode, collapsed);
						const oracle = buildViewModel(fresh.quotes, state.mode, collapsed, fresh.inText ?? undefined);
						expectSameModel(model, oracle, all);
						const path = state.note ? notePath : undefined;
						expect(kept[s].count.count(all, path)).toBe(all.filter((q) => q.speaker === null && (path === undefined || q.path === path)).length);
					});
				};
				check();
				for (const step of steps) {
					const paths = index.notes().map((r) => r.path);
					const at = "at" in step ? paths[step.at % Math.max(1, paths.length)] : undefined;
					if (step.kind === "edit" && at) index.upsert({ path: at, text: textOf(step.note) });
					else if (step.kind === "add") index.upsert({ path: pathOf(step.name), text: textOf(step.note) });
					else if (step.kind === "remove" && at) index.remove(at);
					else if (step.kind === "rename" && at && !paths.includes(pathOf(step.name))) index.rename(at, pathOf(step.name), textOf(start[0]));
					else if (step.kind === "twice" && at) index.upsert({ path: at, text: textOf(start[step.at % start.length], true) });
					check();
				}
			}),
			{ numRuns: 150 },
		);
	});

	test("a quote object listed again, out of the span, is found where it is listed", () => {
		const index = new QuoteIndex();
		index.upsertMany([0, 1, 2].map((i) => ({ path: pathOf(i), text: textOf({ show: "Show A", flagged: false, quotes: [{ speaker: "Sam Altman", words: ["freedom", WORDS[i]], section: "" }] }) })));
		const all = index.all();
		for (const query of ["free", "freedom dopamine", "f"]) {
			const search = new QuoteSearch();
			search.find(all, { query });
			// The first quote again at the end: the span is the end alone, while the index knows the object twice.
			const again = [...all, all[0]];
			expect(search.find(again, { query }).quotes).toEqual(new QuoteSearch().find(again, { query }).quotes);
		}
	});
});
