// Vault-wide speaker resolution, the speaker list and merge suggestions.
import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { editDistance, mergeSuggestions, SpeakerDirectory, speakersOf } from "../../../src/core/speakers";
import type { SpeakerContext } from "../../../src/core/types";

const note = (path: string, text: string) => parseNote(path, text);

describe("SpeakerDirectory.resolveName", () => {
	const ctx: SpeakerContext = {
		people: new Map([
			["Lex Fridman", ["Lex", "LF"]],
			["Andrew Huberman", ["Huberman", "Dr. Andrew Huberman"]],
		]),
		aliasTable: { "The Rock": "Dwayne Johnson", naval: "Naval Ravikant" },
	};
	const dir = new SpeakerDirectory(ctx);
	const rows: Array<[string, string, { speaker: string; inferred: string } | null]> = [
		["person note name stays", "Lex Fridman", null],
		["person note alias", "LF", { speaker: "Lex Fridman", inferred: "vault-person" }],
		["alias, any case", "huberman", { speaker: "Andrew Huberman", inferred: "vault-person" }],
		["alias table", "the rock", { speaker: "Dwayne Johnson", inferred: "alias-table" }],
		["alias table single word", "Naval", { speaker: "Naval Ravikant", inferred: "alias-table" }],
		["a person note's first name that is not one of its aliases stays", "Andrew", null],
		["unknown name stays", "Florence Gaub", null],
	];
	test.each(rows)("%s", (_name, input, expected) => {
		expect(dir.resolveName(input)).toEqual(expected);
	});
});

describe("SpeakerDirectory.resolveRecord", () => {
	test("returns the same record when nothing changes (cheap for an incremental index)", () => {
		const r = note("a.md", "> A. – Florence Gaub");
		expect(new SpeakerDirectory({ people: new Map([["Lex Fridman", ["Lex"]]]) }).resolveRecord(r)).toBe(r);
	});

	test("note-local resolution comes first: `Sam` next to `Sam Altman` is not re-resolved by the vault", () => {
		const r = note("a.md", "> A. – Sam Altman\n\n> B. – Sam");
		const out = new SpeakerDirectory({ people: new Map([["Sam Harris", ["Sam"]]]) }).resolveRecord(r);
		expect(out.quotes.map((q) => [q.speaker, q.inferred])).toEqual([["Sam Altman", null], ["Sam Altman", "first-name"]]);
	});

	test("next-quote inference keeps its mark when the vault renames the speaker", () => {
		const r = note("a.md", "> A.\n\n> B. – Lex");
		const out = new SpeakerDirectory({ people: new Map([["Lex Fridman", ["Lex"]]]) }).resolveRecord(r);
		expect(out.quotes.map((q) => [q.speaker, q.inferred])).toEqual([["Lex Fridman", "next-quote"], ["Lex Fridman", "vault-person"]]);
		expect(r.quotes[1].speaker).toBe("Lex");
	});

	test("a callout titled with a vault person gets that speaker", () => {
		const r = note("a.md", "> [!quote] Naval\n> Seek wealth.");
		expect(r.quotes[0]).toMatchObject({ speaker: null, calloutTitle: "Naval" });
		const out = new SpeakerDirectory({ people: new Map([["Naval Ravikant", ["Naval"]]]) }).resolveRecord(r);
		expect(out.quotes[0]).toMatchObject({ speaker: "Naval Ravikant", speakerRaw: "Naval", inferred: "callout-title" });
	});
});

describe("speakers and merge suggestions", () => {
	const records = [
		note("a.md", "> A. – Sam Altman\n\n> B. – Sam\n\n> C. – [[Sam Altman|SA]]"),
		note("b.md", "> E. – Sam Altman\n\n> F. – Lex\n\n> G. – Lee\n\n> D. – Sam Alman"),
	];

	test("speakersOf counts quotes, collects spellings and notes", () => {
		expect(speakersOf(records)).toEqual([
			{ name: "Sam Altman", aliases: ["SA", "Sam"], quoteCount: 4, notes: ["a.md", "b.md"] },
			{ name: "Lee", aliases: [], quoteCount: 1, notes: ["b.md"] },
			{ name: "Lex", aliases: [], quoteCount: 1, notes: ["b.md"] },
			{ name: "Sam Alman", aliases: [], quoteCount: 1, notes: ["b.md"] },
		]);
	});

	test("a one-letter typo is suggested from the rarer to the commoner spelling, never merged", () => {
		const speakers = speakersOf(records);
		const suggestions = mergeSuggestions(speakers);
		expect(suggestions.map((s) => [s.from, s.to])).toEqual([["Sam Alman", "Sam Altman"]]);
		expect(suggestions[0].reason).toMatch(/1 letter/);
		expect(speakers.some((s) => s.name === "Sam Alman")).toBe(true);
	});

	test("different people with similar long names are only suggested within the distance", () => {
		const s = (name: string, quoteCount: number) => ({ name, aliases: [], quoteCount, notes: [] });
		expect(mergeSuggestions([s("Jane Smith", 3), s("John Smith", 5)])).toEqual([]);
		expect(mergeSuggestions([s("Alexander Hamiltn", 1), s("Alexander Hamilton", 9)]).map((m) => m.to)).toEqual(["Alexander Hamilton"]);
	});

	test("editDistance is bounded", () => {
		expect(editDistance("sam alman", "sam altman", 2)).toBe(1);
		expect(editDistance("kitten", "sitting", 5)).toBe(3);
		expect(editDistance("a", "abcdef", 2)).toBe(3);
	});
});
