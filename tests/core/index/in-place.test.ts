// The index keeps one quote list and changes it in place at an edit (decision 73). Every reader that keeps
// something made from the list (the search and its word index, the shared speaker numbering, the view model,
// the needs-a-speaker count, the visible list without hidden quotes) keys it on the list's version: after
// every random edit, addition, removal, rename and hidden quote, each reader's answer equals one computed from
// scratch over the notes read one by one, for readers that read every change, every 3rd and every 20th (past
// the log's 16 changes), and a model made for an earlier version either says it is stale or still reads as made.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { QuoteIndex } from "../../../src/core/index";
import type { QuoteFilter } from "../../../src/core/index/types";
import { VisibleQuotes } from "../../../src/core/index/visible";
import { QuoteSearch } from "../../../src/core/search/quote-search";
import { buildViewModel, matchesViewModel, type Row, type ViewMode, type ViewModel } from "../../../src/core/view/model";
import { NeedsSpeakerCount } from "../../../src/core/view/needs-speaker";

const SPEAKERS = ["Sam Altman", "Anna Lembke", "Jocko Willink", "Anna lembke", null];
const WORDS = ["freedom", "discipline", "dopamine", "risk"];

const quoteArb = fc.record({ speaker: fc.constantFrom(...SPEAKERS), words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }) });
const noteArb = fc.record({ flagged: fc.boolean(), quotes: fc.array(quoteArb, { maxLength: 5 }) });
type NoteSpec = typeof noteArb extends fc.Arbitrary<infer T> ? T : never;

const stepArb = fc.oneof(
	{ weight: 5, arbitrary: fc.record({ kind: fc.constant("edit" as const), at: fc.nat(), note: noteArb }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("add" as const), name: fc.nat({ max: 40 }), note: noteArb }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("rename" as const), at: fc.nat(), name: fc.nat({ max: 40 }) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("hide" as const), at: fc.nat() }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("two" as const), at: fc.nat(), note: noteArb }) },
);

function textOf(note: NoteSpec, tag: number): string {
	const lines = [`---\nshow: A show\npublish: ${note.flagged}\n---`];
	for (const [i, q] of note.quotes.entries()) lines.push(`> ${q.words.join(" ")} ${tag} number ${i}.${q.speaker ? ` – ${q.speaker}` : ""}`, "");
	return lines.join("\n") + "\n";
}

const pathOf = (name: number) => `Podcasts/Episode ${String(name).padStart(2, "0")}.md`;

const STATES: { mode: ViewMode; filter: QuoteFilter }[] = [
	{ mode: "speaker", filter: {} },
	{ mode: "speaker", filter: { query: "fre" } },
	{ mode: "speaker", filter: { needsSpeaker: true } },
	{ mode: "flat", filter: { query: "risk" } },
	{ mode: "episode", filter: { flaggedOnly: true } },
];

function allRows(model: ViewModel): Row[] {
	return Array.from({ length: model.rowCount }, (_, i) => model.rowAt(i)!);
}

/** A reader as the sidebar keeps one: searches per filter (sharing one word index and numbering), a count, the last models. */
interface Reader {
	every: number;
	searches: QuoteSearch[];
	count: NeedsSpeakerCount;
	held: { model: ViewModel; rows: Row[]; places: [string, number[]][] }[];
}

describe("the index's list changed in place", () => {
	test("every reader's answer equals one from scratch, whichever versions it skips", () => {
		fc.assert(
			fc.property(fc.array(noteArb, { minLength: 1, maxLength: 10 }), fc.array(stepArb, { minLength: 1, maxLength: 45 }), (start, steps) => {
				const index = new QuoteIndex();
				index.upsertMany(start.map((note, i) => ({ path: pathOf(i * 4), text: textOf(note, 0) })));
				const visible = new VisibleQuotes(index);
				const shared = new QuoteSearch();
				const readers: Reader[] = [1, 3, 20].map((every) => ({ every, searches: STATES.map(() => shared.sharing()), count: new NeedsSpeakerCount(), held: [] }));
				let hidden: string[] = [];
				const read = (reader: Reader): void => {
					const list = visible.all();
					// From scratch: the notes' quotes one by one, without the hidden ones, in a plain array of its own.
					const hide = new Set(hidden);
					const plain = index
						.notes()
						.flatMap((r) => index.quotes({ path: r.path }))
						.filter((q) => !hide.has(q.id));
					expect(list.length).toBe(plain.length);
					for (let i = 0; i < plain.length; i++) expect(list[i]).toBe(plain[i]);
					reader.held = [];
					STATES.forEach((state, s) => {
						const found = reader.searches[s].find(list, state.filter);
						const fresh = new QuoteSearch().find(plain, state.filter);
						expect(Array.from(found.positions)).toEqual(Array.from(fresh.positions));
						const numbers = found.listSpeakers();
						expect(Array.from(numbers.of, (n) => numbers.keys[n])).toEqual(plain.map((q) => q.speaker ?? "\u0000unknown"));
						const model = matchesViewModel(found, state.mode);
						const oracle = buildViewModel(fresh.quotes, state.mode, new Set(), fresh.inText ?? undefined);
						const rows = allRows(model);
						expect(rows).toEqual(allRows(oracle));
						const places: [string, number[]][] = plain.slice(0, 3).map((q) => [q.id, model.rowsOfQuote(q.id)]);
						for (const [id, at] of places) expect(at).toEqual(oracle.rowsOfQuote(id));
						reader.held.push({ model, rows, places });
					});
					expect(reader.count.count(list, undefined)).toBe(plain.filter((q) => q.speaker === null).length);
				};
				for (const reader of readers) read(reader);
				steps.forEach((step, k) => {
					const paths = index.notes().map((r) => r.path);
					const at = "at" in step ? paths[step.at % Math.max(1, paths.length)] : undefined;
					if (step.kind === "edit" && at) index.upsert({ path: at, text: textOf(step.note, k + 1) });
					else if (step.kind === "add") index.upsert({ path: pathOf(step.name), text: textOf(step.note, k + 1) });
					else if (step.kind === "remove" && at) index.remove(at);
					else if (step.kind === "rename" && at && !paths.includes(pathOf(step.name))) index.rename(at, pathOf(step.name), textOf(start[0], k + 1));
					else if (step.kind === "two" && at) index.update([{ path: at, text: textOf(step.note, k + 1) }, { path: paths[0], text: textOf(start[0], -k - 1) }], []);
					else if (step.kind === "hide") {
						const all = index.all();
						if (all.length > 0) visible.setHidden((hidden = [...hidden, all[step.at % all.length].id]));
					}
					// Someone reads the list (the card, a command) before the readers hear of the change.
					visible.all();
					for (const reader of readers) {
						// A model made for an earlier version is stale, or still reads exactly as it did.
						for (const { model, rows, places } of reader.held) {
							if (!model.isCurrent()) continue;
							expect(allRows(model)).toEqual(rows);
							for (const [id, at] of places) expect(model.rowsOfQuote(id)).toEqual(at);
						}
						if ((k + 1) % reader.every === 0) read(reader);
					}
				});
			}),
			{ numRuns: 120 },
		);
	});

	test("a model read after an edit and before its reader heard of it says it is stale", () => {
		const index = new QuoteIndex();
		const note = (tag: string) => ({ path: "a.md", text: `---\nshow: S\n---\n> One ${tag}. – Sam Altman\n\n> Two ${tag}. – Anna Lembke\n` });
		index.upsertMany([note("x"), { path: "b.md", text: "---\nshow: S\n---\n> Three. – Sam Altman\n" }]);
		const list = index.all();
		const model = matchesViewModel(new QuoteSearch().find(list, {}), "speaker");
		expect(model.isCurrent()).toBe(true);
		index.upsert(note("y"));
		expect(index.all()).toBe(list);
		expect(model.isCurrent()).toBe(false);
	});
});
