// The records `quotes` and `speakers` index (`keptForAnswers`, decision 63): the same answers as the records
// `parseNote` returns, under every podcast rule and an alias table, and nothing of the note's text kept.
import { readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import { FULL_VAULT, generateVault } from "../../bench/generate";
import { keptForAnswers } from "../../src/cli/index-notes";
import { quoteJson } from "../../src/cli/quotes";
import { QuoteIndex, type PodcastRule } from "../../src/core/index";
import { parseNote } from "../../src/core/note";
import type { NoteRecord } from "../../src/core/types";
import { repo } from "./fresh-clone";

/** Every Markdown note under `dir`, as vault paths and texts. */
function notesUnder(dir: string, prefix: string): { path: string; text: string }[] {
	const out: { path: string; text: string }[] = [];
	for (const name of readdirSync(dir).sort()) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) out.push(...notesUnder(full, `${prefix}${name}/`));
		else if (name.endsWith(".md")) out.push({ path: `${prefix}${name}`, text: readFileSync(full, "utf8") });
	}
	return out;
}

const notes = [
	...notesUnder(path.join(repo, "tests/fixtures/garden"), "garden/"),
	...notesUnder(path.join(repo, "tests/fixtures/real"), "real/"),
	...notesUnder(path.join(repo, "example-vault"), "example/"),
	...generateVault({ ...FULL_VAULT, notes: 300, podcastNotes: 60, flagged: 60, podcastBytes: 4_000, quotesPerPodcast: 8 }).map((n) => ({ path: `generated/${n.path}`, text: n.text })),
];

const parse = (dashes?: string) => notes.map((n) => Object.assign(parseNote(n.path, n.text, { dashes }), { mtime: 1 }));

/** What the CLI prints from an index: every quote's JSON, the speakers, the merge suggestions and each note's problems. */
function answers(records: NoteRecord[], rule: PodcastRule, aliasTable?: Record<string, string>): unknown {
	const index = new QuoteIndex({ rule, aliasTable, detach: false });
	index.upsertParsed(records);
	return {
		quotes: index.quotes().map(quoteJson),
		speakers: index.speakers(),
		merges: index.mergeSuggestions(),
		problems: index.notes().map((r) => [r.path, r.problems]),
	};
}

/** A rule of each kind, with values the notes use (the most common tag and frontmatter key). */
function rules(records: NoteRecord[]): PodcastRule[] {
	const most = (values: string[]) => {
		const counts = new Map<string, number>();
		for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
		return [...counts].sort((a, b) => b[1] - a[1])[0][0];
	};
	const tag = most(records.flatMap((r) => r.tags));
	const key = most(records.flatMap((r) => Object.keys(r.frontmatter)));
	return [{ mode: "automatic" }, { mode: "tags", tags: [tag] }, { mode: "frontmatter", key, value: "" }, { mode: "folders", folders: ["real", "generated/Podcasts"] }];
}

describe("keptForAnswers", () => {
	test("the same quotes, speakers, merge suggestions and problems as the records parseNote returns", () => {
		const raw = parse();
		const kept = parse().map(keptForAnswers);
		const speakers = (answers(raw, { mode: "automatic" }) as { speakers: { name: string }[] }).speakers;
		// Two of the speakers made one: resolution across notes through the table.
		const aliasTable = { [speakers[1].name]: speakers[0].name };
		const tried = rules(raw);
		for (const rule of tried) {
			const expected = answers(raw, rule, aliasTable) as { quotes: unknown[] };
			expect(expected.quotes.length).toBeGreaterThan(0);
			expect(answers(kept, rule, aliasTable)).toEqual(expected);
			expect(answers(kept, rule)).toEqual(answers(raw, rule));
		}
		// Each rule picks its own notes: a kept record missing what a rule reads would fail above.
		expect(new Set(tried.map((rule) => (answers(raw, rule) as { quotes: unknown[] }).quotes.length)).size).toBeGreaterThan(2);
	});

	test("other dashes: the same answers", () => {
		expect(answers(parse("—").map(keptForAnswers), { mode: "automatic" })).toEqual(answers(parse("—"), { mode: "automatic" }));
	});

	test("keeps nothing of a large note's text", () => {
		setFlagsFromString("--expose-gc");
		const gc = runInNewContext("gc") as () => void;
		// A bench podcast note of ~2.4 M characters (two bytes each: it has typographic quotes and dashes).
		const note = generateVault({ ...FULL_VAULT, notes: 5, podcastNotes: 1, flagged: 0, podcastBytes: 3_000_000, quotesPerPodcast: 400 }).find((n) => n.text.length > 1e6)!;
		const heldBy = (keep: (r: NoteRecord) => NoteRecord): { bytes: number; record: NoteRecord } => {
			gc();
			gc();
			const before = process.memoryUsage().heapUsed;
			// A text of its own each time (the generator's stays alive here).
			const record = keep(parseNote(note.path, Buffer.from(note.text).toString(), {}));
			// The parser remembers its last note: another one, so only the record can hold the large one.
			parseNote("Other.md", "> “A short quote to end with.”\n> — Ann Lee\n", {});
			gc();
			gc();
			return { bytes: process.memoryUsage().heapUsed - before, record };
		};
		// Once first: what the parser and its caches allocate on a first call is not the record's.
		heldBy(keptForAnswers);
		const kept = heldBy(keptForAnswers);
		const raw = heldBy((r) => r);
		expect(kept.record.quotes.length).toBeGreaterThanOrEqual(300);
		expect(kept.record.quotes.map((q) => q.text)).toEqual(raw.record.quotes.map((q) => q.text));
		const text = 2 * note.text.length;
		// The record as parsed holds the whole text; the kept one only its quotes (one byte a character) and names.
		expect(raw.bytes).toBeGreaterThan(text);
		expect(kept.bytes).toBeLessThan(text * 0.75);
		expect(raw.bytes - kept.bytes).toBeGreaterThan(text / 2);
	});
});
