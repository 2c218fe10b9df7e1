// Issue 13, point 4: speakers never leak between notes. Whatever else the vault holds, adding, editing or
// deleting a note that is neither a person note nor linked from a note never changes that note's speakers.
import fc from "fast-check";
import { describe, expect, it } from "@jest/globals";
import { isPersonNote, QuoteIndex } from "../../../src/core/index";
import { parseNote } from "../../../src/core/note";
import { basename } from "../../../src/core/quotes/names";

const FIRST = ["Paul", "Sam", "Anna", "Lex"];
const FULL = ["Paul Becker", "Paul Ortega", "Sam Altman", "Sam Harris", "Anna Lembke", "Lex Fridman"];
const NAMES = [...FIRST, ...FULL];

const line = fc.oneof(
	fc.constantFrom(...NAMES).map((s) => `> Scale is everything. – ${s}\n`),
	fc.constantFrom(...NAMES).map((s) => `**${s} (02:01):** We talked for hours.\n`),
	fc.constantFrom(...FULL).map((s) => `Today I'm joined by ${s}.\n`),
	fc.constantFrom(...FULL).map((s) => `See [[${s}]] for more.\n`),
	fc.constantFrom(...FULL).map((s) => `## ${s} On Rivers\n`),
	fc.constantFrom(...FIRST).map((s) => `> [!quote] ${s}\n> A callout.\n`),
	fc.constant("Some prose about the episode.\n"),
);

/** A note of any kind: episode notes with quotes, turns and prose, and person notes (type or aliases). */
const noteText = fc.oneof(
	{ weight: 4, arbitrary: fc.tuple(fc.option(fc.constantFrom(...FULL)), fc.array(line, { maxLength: 6 })).map(([guest, lines]) => (guest ? `---\nguests: [${guest}]\n---\n` : "") + lines.join("\n")) },
	{ weight: 1, arbitrary: fc.subarray(FIRST).map((aliases) => `---\ntype: person\naliases: [${aliases.join(", ")}]\n---\nA person.\n`) },
	{ weight: 1, arbitrary: fc.constant("---\ntype: person\n---\nA person without aliases.\n") },
	{ weight: 1, arbitrary: fc.subarray(FIRST, { minLength: 1 }).map((aliases) => `---\naliases: [${aliases.join(", ")}]\n---\nA person.\n`) },
);

const OTHER_PATHS = ["b.md", "Shows/c.md", "People/Paul Becker.md", "People/Sam Altman.md", "People/Lex Fridman.md", "Paul Ortega.md"];
const A = "Shows/a.md";

const speakersOf = (index: QuoteIndex) => index.note(A)!.quotes.map((q) => [q.speaker, q.speakerRaw, q.inferred]);

const isPerson = (path: string, text: string | undefined) => text !== undefined && isPersonNote(parseNote(path, text));

describe("speaker locality", () => {
	it("a note that is neither a person note nor linked from the note never changes its speakers", () => {
		fc.assert(
			fc.property(
				noteText,
				fc.dictionary(fc.constantFrom(...OTHER_PATHS), noteText),
				fc.constantFrom(...OTHER_PATHS),
				fc.option(noteText),
				fc.dictionary(fc.constantFrom("Paul", "Sam", "Lex"), fc.constantFrom(...FULL)),
				(a, others, b, next, aliasTable) => {
					const before = others[b];
					const after = next ?? undefined;
					fc.pre(!isPerson(b, before) && !isPerson(b, after));
					fc.pre(!a.includes(`[[${basename(b)}`));
					const index = new QuoteIndex({ aliasTable });
					index.upsertMany([{ path: A, text: a }, ...Object.entries(others).map(([path, text]) => ({ path, text }))]);
					const first = speakersOf(index);
					if (after === undefined) index.remove(b);
					else index.upsert({ path: b, text: after });
					expect(speakersOf(index)).toEqual(first);
					// And the same vault read in one go after the change gives the same speakers.
					const fresh = new QuoteIndex({ aliasTable });
					const rest = Object.entries(others).filter(([path]) => path !== b);
					fresh.upsertMany([{ path: A, text: a }, ...rest.map(([path, text]) => ({ path, text })), ...(after === undefined ? [] : [{ path: b, text: after }])]);
					expect(speakersOf(fresh)).toEqual(first);
				},
			),
			{ numRuns: 500 },
		);
	});
});
