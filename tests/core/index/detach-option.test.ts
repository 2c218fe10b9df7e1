// `detach: false` (the CLI's one-shot index) changes what the index copies, never what it answers.
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { QuoteIndex } from "../../../src/core/index";
import type { NoteInput } from "../../../src/core/types";

const real = path.resolve(__dirname, "../../fixtures/real");

function fixtureNotes(): NoteInput[] {
	return readdirSync(real)
		.filter((f) => f.endsWith(".md"))
		.map((f) => ({ path: `real/${f}`, text: readFileSync(path.join(real, f), "utf8"), mtime: 1 }));
}

/** Everything a host reads of the index, as plain JSON. */
function answers(index: QuoteIndex): string {
	const quotes = index.quotes().map((q) => ({ ...q, path: q.path, noteTitle: q.noteTitle, episode: q.episode, flagged: q.flagged, calloutTitle: q.calloutTitle }));
	return JSON.stringify({ quotes, notes: index.notes(), speakers: index.speakers(), merges: index.mergeSuggestions() });
}

test("an index that does not detach answers exactly as one that does, on the real-note fixtures", () => {
	const notes = fixtureNotes();
	const detached = new QuoteIndex();
	detached.upsertMany(notes);
	const kept = new QuoteIndex({ detach: false });
	kept.upsertMany(notes);
	const expected = answers(detached);
	expect(expected.length).toBeGreaterThan(100_000);
	expect(answers(kept)).toBe(expected);
});
