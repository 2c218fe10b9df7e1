// What the index keeps: its own narrow copies of the strings it needs, never the note texts they were cut
// from, and one object per quote that stays the same while its note does not change. Heap sizes are
// measured with a real garbage collection (exposed through v8 flags), on notes large enough that a kept
// note text or a two-byte copy shows by megabytes.
import * as v8 from "v8";
import * as vm from "vm";
import { QuoteIndex } from "../../../src/core/index";
import { parseNote } from "../../../src/core/note";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** The JS heap plus ArrayBuffer contents (what the index holds, wherever it holds it). */
function heapAfterGc(): number {
	gc();
	gc();
	const usage = process.memoryUsage();
	return usage.heapUsed + usage.arrayBuffers;
}

const QUOTES = 3000;
const WORDS = "freedom discipline dopamine scale future compute trust courage research energy".split(" ");

/** A podcast note of ~3,000 ASCII blockquotes of ~1,000 characters; one “ makes V8 store the whole text two bytes a character. */
function bigNote(seed: number): string {
	const lines = ["---", "guests: [Sam Altman]", "---", "# “Episode” notes", ""];
	for (let i = 0; i < QUOTES; i++) {
		const words: string[] = [];
		for (let w = 0; words.join(" ").length < 1000; w++) words.push(WORDS[(i * 7 + w * 3 + seed) % WORDS.length]);
		lines.push(`> ${seed} ${i} ${words.join(" ")} – Sam Altman`, "");
	}
	return lines.join("\n");
}

/** A fresh, flat copy on the V8 heap (not a string the test keeps elsewhere; Buffer would make it external). */
function copyOf(text: string): string {
	return JSON.parse(JSON.stringify(text)) as string;
}

/** 100 characters cut from a fresh copy of `text`: V8 keeps the whole copy for them. */
function sliceOfCopy(text: string): string {
	const copy = copyOf(text);
	return copy.slice(100, 200);
}

/** An index of one note read from a fresh copy of `text` (the copy is dropped on return). */
function indexOf(text: string): QuoteIndex {
	const index = new QuoteIndex();
	index.upsert({ path: "Podcasts/big.md", text: copyOf(text) });
	return index;
}

describe("QuoteIndex memory", () => {
	it("keeps the quote texts and no note text (within the 3× budget of issue 15)", () => {
		const text = bigNote(1);
		const before = heapAfterGc();
		const index = indexOf(text);
		const after = heapAfterGc();
		let chars = 0;
		for (const q of index.all()) chars += q.text.length;
		expect(index.all()).toHaveLength(QUOTES);
		expect(chars).toBeGreaterThan(QUOTES * 990);
		// The texts are two bytes a character here (the note has a “): ~6 MB; a kept note text would add ~6 MB more.
		expect(after - before).toBeLessThan(chars * 3);
		expect(index.note("Podcasts/big.md")!.quotes[0].speaker).toBe("Sam Altman");
	});

	it("detects a kept slice of the note text (the measurement can fail)", () => {
		const text = bigNote(2);
		const before = heapAfterGc();
		const kept = { slice: sliceOfCopy(text) };
		const after = heapAfterGc();
		expect(after - before).toBeGreaterThan(text.length * 1.5);
		expect(kept.slice).toHaveLength(100);
	});

	it("drops a note's strings when the note is replaced", () => {
		const index = indexOf(bigNote(3));
		const before = heapAfterGc();
		index.upsert({ path: "Podcasts/big.md", text: "> Short. – Sam Altman\n" });
		const after = heapAfterGc();
		expect(before - after).toBeGreaterThan(QUOTES * 1000);
	});
});

describe("QuoteIndex records and quote objects", () => {
	const podcast = (speaker: string) => `---\nguests: [Anna Lembke]\n---\n> One. – ${speaker}\n\n> Two. – Anna Lembke\n`;

	it("hands out the same record and quote objects while a note does not change", () => {
		const index = new QuoteIndex();
		index.upsert({ path: "a.md", text: podcast("Anna") });
		const record = index.note("a.md")!;
		const [first] = index.all();
		expect(first).toBe(record.quotes[0]);
		index.upsert({ path: "b.md", text: "> Elsewhere. – Lex Fridman\n" });
		expect(index.note("a.md")).toBe(record);
		expect(index.notes()).toContain(record);
		expect(index.all()[0]).toBe(first);
		expect([first.path, first.noteTitle, first.flagged, first.episode.guests]).toEqual(["a.md", "a", false, ["Anna Lembke"]]);
	});

	it("replaces, never changes, a handed-out record when the vault changes a speaker", () => {
		const index = new QuoteIndex();
		index.upsert({ path: "b.md", text: "> Short. – Sam\n" });
		const before = index.note("b.md")!;
		const quote = before.quotes[0];
		expect([quote.speaker, quote.inferred]).toEqual(["Sam", null]);
		index.upsert({ path: "People/Sam Altman.md", text: "---\naliases: [Sam]\n---\n" });
		const after = index.note("b.md")!;
		expect(after).not.toBe(before);
		expect([after.quotes[0].speaker, after.quotes[0].inferred]).toEqual(["Sam Altman", "vault-person"]);
		expect([quote.speaker, quote.inferred]).toEqual(["Sam", null]);
		expect(after.hash).toBe(before.hash);
		index.remove("People/Sam Altman.md");
		const back = index.note("b.md")!;
		expect([back.quotes[0].speaker, back.quotes[0].speakerRaw, back.quotes[0].inferred]).toEqual(["Sam", "Sam", null]);
		expect([after.quotes[0].speaker, after.quotes[0].inferred]).toEqual(["Sam Altman", "vault-person"]);
	});

	it("keeps frontmatter values JSON cannot carry (NaN, infinities) exactly as parsed", () => {
		const note = "---\nrating: .nan\nbig: -.inf\nguests: [Sam Altman]\nsummary: A summary that is longer than sixty-four characters, so it is not shared.\n---\n> Hi there. – Sam Altman\n";
		const index = new QuoteIndex();
		index.upsert({ path: "a.md", text: note });
		const kept = index.note("a.md")!.frontmatter;
		expect(kept).toEqual(parseNote("a.md", note).frontmatter);
		expect(Number.isNaN(kept.rating)).toBe(true);
		expect(kept.big).toBe(-Infinity);
	});

	it("keeps plain frontmatter, episode and tags equal to the parse (the one-round-trip path)", () => {
		const note = "---\ntitle: “Episode” 12\nguests: [Ada Kowalski, Sam Altman]\ntags: [podcast, ai]\ndg-publish: true\nepisode: 12\n---\n> Hi there. – Sam Altman\n";
		const index = new QuoteIndex();
		index.upsert({ path: "a.md", text: note });
		const kept = index.note("a.md")!;
		const parsed = parseNote("a.md", note);
		expect([kept.frontmatter, kept.episode, kept.tags, kept.aliases, kept.permalink, kept.hash]).toEqual([parsed.frontmatter, parsed.episode, parsed.tags, parsed.aliases, parsed.permalink, parsed.hash]);
	});

	it("keeps every character of the texts it packs (wide ones, lone surrogates, full-width forms, U+FFFD, Latin-1)", () => {
		const texts = ["Plain ASCII text that is long enough.", "Café crème brûlée, déjà vu, naïve façade.", "“Curly” quotes – and an em dash — 😀 here.", "A lone \ud800 surrogate and a lone \udfff one.", "全角标点：好，对。", "A real replacement character \ufffd stays one."];
		const note = texts.map((t) => `> ${t} – Sam Altman\n`).join("\n");
		const index = new QuoteIndex();
		index.upsert({ path: "a.md", text: note });
		expect(index.all().map((q) => q.text)).toEqual(texts);
		expect(index.all().map((q) => q.text)).toEqual(parseNote("a.md", note).quotes.map((q) => q.text));
	});
});
