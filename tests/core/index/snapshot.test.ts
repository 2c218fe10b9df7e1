// The saved index (snapshot.ts): notes written and read back give the index a fresh parse would give, under
// any podcast rule and alias table; what is stored is each note's own reading, never the vault's answer.
import * as fs from "fs";
import * as path from "path";
import { QuoteIndex, type PodcastRule } from "../../../src/core/index";
import { readSnapshotEnd, readSnapshotHeader, readSnapshotLine, snapshotEnd, snapshotHeader, snapshotLine, SnapshotError } from "../../../src/core/index/snapshot";
import type { NoteInput } from "../../../src/core/types";
import { corpusSample } from "../../helpers/corpus-sample";

function fixtureVault(): NoteInput[] {
	const base = path.join(__dirname, "..", "..", "fixtures");
	const out: NoteInput[] = [];
	const walk = (dir: string): void => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith(".md") && entry.name !== "README.md") out.push({ path: path.relative(base, full).split(path.sep).join("/"), text: fs.readFileSync(full, "utf8"), mtime: 1000 + out.length });
		}
	};
	walk(base);
	// A person note changes speakers vault-wide: the saved records must not carry its answer.
	out.push({ path: "People/Sam Altman.md", text: "---\naliases: [Sam, SA]\n---\n# Sam Altman\n", mtime: 1 });
	out.push({ path: "Notes/short.md", text: "> Ship it. – SA\n\n> Try again. – Sam\n", mtime: 2 });
	return out;
}

/** Compares as JSON first: jest's deep equality on the whole corpus costs seconds, and its diff is only wanted on failure. */
function expectSame(actual: unknown, expected: unknown): void {
	if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
}

/** Everything a host reads of the index, as plain JSON. */
function answers(index: QuoteIndex): unknown {
	return { quotes: index.quotes().map((q) => ({ ...q, path: q.path, noteTitle: q.noteTitle, episode: q.episode, flagged: q.flagged, calloutTitle: q.calloutTitle })), notes: index.notes(), speakers: index.speakers(), merges: index.mergeSuggestions() };
}

function digest(index: QuoteIndex): unknown {
	return {
		quotes: index.all().map((q) => [q.path, q.id, q.kind, q.text, q.speaker, q.speakerRaw, q.inferred, q.qualifier, q.timestamp, q.cite, q.line, q.endLine, q.section, q.calloutTitle, q.noteTitle, q.flagged]),
		notes: index.notes().map((n) => ({ ...n, quotes: n.quotes.length })),
		speakers: index.speakers(),
	};
}

/** Every note of `index` written as the plugin writes them, and read back. */
function roundTrip(index: QuoteIndex, key = "k"): ReturnType<typeof readSnapshotLine>[] {
	const notes = index.notes();
	const text = [snapshotHeader(key, notes.length), ...notes.map((record) => snapshotLine({ path: record.path, size: 7, mtime: record.mtime, record })), snapshotEnd(notes.length)].join("\n");
	const lines = text.split("\n");
	const count = readSnapshotHeader(lines[0], key);
	const out = lines.slice(1, count + 1).map((line, i) => readSnapshotLine(line, i + 2));
	readSnapshotEnd(lines[count + 1], count, count + 2);
	return out;
}

/**
 * The harness vault's fixed list of real notes (corpusSample) and the notes outside `real/`: what the alias table, the
 * folder rule and detaching act on is the same in every note, so their checks need real variety, not the whole corpus
 * (the defaults check reads it all).
 */
function sampleOf(vault: NoteInput[]): NoteInput[] {
	const listed = new Set(corpusSample());
	return vault.filter((note) => listed.has(note.path) || !note.path.startsWith("real/"));
}

describe("the saved index", () => {
	const vault = fixtureVault();
	const sample = sampleOf(vault);
	const settings: { name: string; rule?: PodcastRule; aliasTable?: Record<string, string> }[] = [
		{ name: "defaults" },
		{ name: "an alias table", aliasTable: { Sam: "Samuel Altman", Lex: "Lex Fridman" } },
		{ name: "a folder rule", rule: { mode: "folders", folders: ["Notes", "garden"] } },
	];
	const written = new QuoteIndex();
	written.upsertMany(vault);
	const saved = roundTrip(written);
	const writtenSample = new QuoteIndex();
	writtenSample.upsertMany(sample);

	it("keeps size and mtime per note, and the quotes as the note alone reads them", () => {
		expect(saved.map((n) => n.path)).toEqual(written.notes().map((n) => n.path));
		expect(saved.every((n) => n.size === 7)).toBe(true);
		const short = saved.find((n) => n.path === "Notes/short.md")!;
		// Resolved through the person note in the index; stored as written.
		expect(written.quotes({ path: "Notes/short.md" }).map((q) => q.speaker)).toEqual(["Sam Altman", "Sam Altman"]);
		expect(short.record.quotes.map((q) => [q.speakerRaw, q.inferred])).toEqual([
			["SA", null],
			["Sam", null],
		]);
		expect(short.record.quotes.map((q) => q.speaker)).toEqual(["SA", "Sam"]);
	});

	// Under the defaults the whole corpus, against the index that wrote it (parsed once: the corpus is most of this
	// file's time; the one-shot kind is checked against it below); the other settings read the sample, freshly parsed.
	for (const s of settings) {
		it(`read back under ${s.name}, equals a fresh parse`, () => {
			const whole = s.name === "defaults";
			let fresh = written;
			if (!whole) {
				fresh = new QuoteIndex({ rule: s.rule, aliasTable: s.aliasTable });
				fresh.upsertMany(sample);
			}
			const restored = new QuoteIndex({ rule: s.rule, aliasTable: s.aliasTable });
			restored.upsertParsed((whole ? saved : roundTrip(writtenSample)).map((n) => n.record));
			expectSame(digest(restored), digest(fresh));
		});
	}

	it("answers exactly the same whether or not it detaches strings (`detach: false`, the CLI's one-shot index)", () => {
		const oneShot = new QuoteIndex({ detach: false });
		oneShot.upsertMany(sample);
		const expected = answers(writtenSample);
		const actual = answers(oneShot);
		const text = JSON.stringify(expected);
		expect(text.length).toBeGreaterThan(100_000);
		if (JSON.stringify(actual) !== text) expect(actual).toEqual(expected);
	});

	it("keeps an empty heading's section apart from no section (`##` alone gives [\"\"])", () => {
		const index = new QuoteIndex();
		index.upsertMany([{ path: "a.md", text: "> Ship it.\n> — Ada Brook\n\n##\n\n> Try again.\n> — Ada Brook\n", mtime: 1 }]);
		const [note] = roundTrip(index);
		expect(note.record.quotes.map((q) => q.section)).toEqual([[], [""]]);
	});

	it("writes ASCII only, non-ASCII characters as escapes that read back the same", () => {
		const notes = written.notes();
		const lines = notes.map((record) => snapshotLine({ path: record.path, size: 1, mtime: record.mtime, record }));
		expect(lines.every((line) => !/[^ -~]/.test(line))).toBe(true);
		const wide = written.all().filter((q) => /[^\n -~]/.test(q.text));
		expect(wide.length).toBeGreaterThan(0);
		const back = new Map(lines.map((line, i) => readSnapshotLine(line, i + 2)).flatMap((n) => n.record.quotes.map((q) => [q.id, q.text])));
		for (const q of wide) expect(back.get(q.id)).toBe(q.text);
	});

	it("refuses another key, another version, a note of another shape and a file without its end", () => {
		const notes = written.notes();
		const header = snapshotHeader("k", notes.length);
		expect(() => readSnapshotHeader(header, "other")).toThrow(SnapshotError);
		expect(() => readSnapshotHeader(header.replace(/"version":\d+/, '"version":0'), "k")).toThrow(/format 0/);
		const line = snapshotLine({ path: notes[0].path, size: 1, mtime: 1, record: notes[0] });
		expect(() => readSnapshotLine(line.replace(/"hash":"[^"]*"/, '"hash":1'), 2)).toThrow(/line 2 is not a note/);
		expect(() => readSnapshotLine(line.slice(0, -2), 2)).toThrow(/line 2 is not JSON/);
		expect(() => readSnapshotEnd(undefined, notes.length, 9)).toThrow(/ends early/);
		expect(() => readSnapshotEnd(snapshotEnd(notes.length - 1), notes.length, 9)).toThrow(/ends early/);
	});
});
