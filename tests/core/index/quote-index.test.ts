// The index after any sequence of vault changes equals a fresh full parse of the final vault.
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { isPersonNote, isPodcastNote, QuoteIndex, type PodcastRule } from "../../../src/core/index";
import { parseNote } from "../../../src/core/note";
import { mergeSuggestions, SpeakerDirectory, speakersOf } from "../../../src/core/speakers";
import type { IndexedQuote } from "../../../src/core/index";
import type { NoteInput, NoteRecord, Quote } from "../../../src/core/types";

const SPEAKERS = ["Sam Altman", "Sam", "Sam Alman", "Lex Fridman", "Lex", "Jocko Willink", "Sammy", "Anna Lembke", "Anna", "sam altman"];
const TEXTS = ["Scale is everything.", "We are building in public.", "**Discipline** equals freedom.", "Dopamine is the currency.", "The future is hard to predict."];

const line = fc.oneof(
	fc.tuple(fc.constantFrom(...TEXTS), fc.constantFrom(...SPEAKERS)).map(([t, s]) => `> ${t} – ${s}\n`),
	fc.tuple(fc.constantFrom(...TEXTS), fc.constantFrom(...SPEAKERS)).map(([t, s]) => `> ${t}\n> — ${s}\n`),
	fc.tuple(fc.constantFrom(...TEXTS), fc.constantFrom(...SPEAKERS)).map(([t, s]) => `- “${t}” – ${s}\n`),
	fc.tuple(fc.constantFrom(...TEXTS), fc.constantFrom(...SPEAKERS)).map(([t, s]) => `**${s}**: ${t}\n`),
	fc.constantFrom("## Part 1\n", "Some prose about the episode.\n", "> Unattributed thought.\n", "## Sam Altman On Scale\n", "## Anna Lembke Returns\n", "With Lex Fridman today.\n"),
);

const podcastNote = fc.tuple(fc.boolean(), fc.array(line, { maxLength: 6 })).map(([fm, lines]) => (fm ? "---\nguests: [Sam Altman]\ntags: [podcast]\n---\n" : "") + lines.join("\n"));
const personNote = fc.tuple(fc.constantFrom(...SPEAKERS.slice(0, 8)), fc.subarray(["Sammy", "Sam", "Lex", "Jocko", "Dr. Anna"])).map(([_, aliases]) => `---\ntype: person\naliases: [${aliases.join(", ")}]\n---\nA person.\n`);
const noteText = fc.oneof({ weight: 4, arbitrary: podcastNote }, { weight: 1, arbitrary: personNote });

const PATHS = ["a.md", "b.md", "Podcasts/c.md", "Podcasts/d.md", "People/Sam Altman.md", "People/Lex Fridman.md", "People/Anna Lembke.md", "e.md"];

type Op =
	| { kind: "write"; path: string; text: string }
	| { kind: "delete"; path: string }
	| { kind: "rename"; from: string; to: string }
	| { kind: "aliases"; table: Record<string, string> }
	| { kind: "rule"; rule: PodcastRule };

const rule = fc.constantFrom<PodcastRule>({ mode: "automatic" }, { mode: "folders", folders: ["Podcasts"] }, { mode: "tags", tags: ["podcast"] }, { mode: "frontmatter", key: "guests", value: "" });

const op: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 5, arbitrary: fc.record({ kind: fc.constant("write" as const), path: fc.constantFrom(...PATHS), text: noteText }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...PATHS) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("rename" as const), from: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("aliases" as const), table: fc.dictionary(fc.constantFrom("Sam", "Sammy", "Lex", "Sam Alman", "sam alman", "Anna"), fc.constantFrom("Sam Altman", "Lex Fridman", "Anna Lembke")) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("rule" as const), rule }) },
);


const QUOTE_FIELDS = ["id", "kind", "text", "speaker", "speakerRaw", "inferred", "qualifier", "timestamp", "cite", "line", "endLine", "section", "calloutTitle"] as const;

/** What a reader sees of a quote (the index's quotes read some fields through getters). */
function plainQuote(q: Quote): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of QUOTE_FIELDS) if (q[key] !== undefined) out[key] = q[key];
	return out;
}

function plainIndexed(q: IndexedQuote): Record<string, unknown> {
	return { ...plainQuote(q), path: q.path, noteTitle: q.noteTitle, episode: q.episode, flagged: q.flagged };
}

function plainRecord(r: NoteRecord): Record<string, unknown> {
	return { ...r, quotes: r.quotes.map(plainQuote) };
}

function snapshot(index: QuoteIndex) {
	return { all: index.all().map(plainIndexed), speakers: index.speakers(), notes: index.notes().map(plainRecord), merges: index.mergeSuggestions() };
}

/** The whole vault read in one go with the core's functions, as the CLI does: no index involved. */
function fullParse(notes: NoteInput[], rule: PodcastRule, aliasTable: Record<string, string>) {
	const sorted = [...notes].sort((a, b) => (a.path < b.path ? -1 : 1));
	const locals = sorted.map((n) => ({ ...parseNote(n.path, n.text), mtime: n.mtime ?? 0 }));
	const people = new Map<string, string[]>();
	const personValues = locals.filter(isPersonNote).map((r) => JSON.stringify([r.title, ...r.aliases.filter((a) => a.trim() !== "")]));
	for (const value of personValues.sort()) {
		const [title, ...aliases] = JSON.parse(value) as string[];
		people.set(title, [...(people.get(title) ?? []), ...aliases]);
	}
	const directory = new SpeakerDirectory({ people, aliasTable });
	const records = locals.map((r) => directory.resolveRecord(r));
	const podcast = records.filter((r) => isPodcastNote(r, rule));
	const all = podcast.flatMap((r) => r.quotes.map((q) => ({ ...q, path: r.path, noteTitle: r.title, episode: r.episode, flagged: r.flags.publish })));
	const speakers = speakersOf(podcast.filter((r) => r.quotes.length > 0));
	const tabled = new Set(Object.keys(aliasTable).map((a) => a.toLowerCase()));
	return { all: all.map(plainIndexed), speakers, notes: records.map(plainRecord), merges: mergeSuggestions(speakers).filter((m) => !tabled.has(m.from.toLowerCase())) };
}

describe("QuoteIndex", () => {
	it("equals a fresh full parse of the final vault after any sequence of changes", () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 30 }), rule, (ops, podcastRule) => {
				const vault = new Map<string, string>();
				let aliasTable: Record<string, string> = {};
				let finalRule = podcastRule;
				let clock = 1;
				const mtimes = new Map<string, number>();
				const index = new QuoteIndex({ rule: podcastRule });
				for (const o of ops) {
					if (o.kind === "write") {
						vault.set(o.path, o.text);
						mtimes.set(o.path, ++clock);
						index.upsert({ path: o.path, text: o.text, mtime: clock });
					} else if (o.kind === "delete") {
						vault.delete(o.path);
						index.remove(o.path);
					} else if (o.kind === "rename") {
						const text = vault.get(o.from);
						if (text === undefined || vault.has(o.to)) continue;
						vault.delete(o.from);
						vault.set(o.to, text);
						mtimes.set(o.to, mtimes.get(o.from)!);
						index.rename(o.from, o.to, text, mtimes.get(o.from));
					} else if (o.kind === "aliases") {
						aliasTable = o.table;
						index.configure({ aliasTable });
					} else {
						finalRule = o.rule;
						index.configure({ rule: o.rule });
					}
				}
				// The reference reads the final vault at once, in reverse order (order must not matter).
				const fresh = new QuoteIndex({ rule: finalRule, aliasTable });
				const notes: NoteInput[] = [...vault].map(([p, text]) => ({ path: p, text, mtime: mtimes.get(p) }));
				fresh.upsertMany(notes.reverse());
				expect(snapshot(index)).toEqual(snapshot(fresh));
				expect(snapshot(index)).toEqual(fullParse(notes, finalRule, aliasTable));
				expect(index.size).toBe(vault.size);
			}),
			{ numRuns: 300 },
		);
	});

	it("never takes a first name from another note; a person note's alias applies and is undone when it goes", () => {
		const index = new QuoteIndex();
		index.upsert({ path: "b.md", text: "> Short one. – Anna\n" });
		index.upsert({ path: "a.md", text: "> Long one. – Anna Lembke\n" });
		expect(index.note("b.md")!.quotes[0].speaker).toBe("Anna");
		index.upsert({ path: "People/Anna Lembke.md", text: "---\ntype: person\naliases: [Anna]\n---\n" });
		const q = index.note("b.md")!.quotes[0];
		expect([q.speaker, q.inferred]).toEqual(["Anna Lembke", "vault-person"]);
		index.remove("People/Anna Lembke.md");
		expect(index.note("b.md")!.quotes[0].speaker).toBe("Anna");
	});

	it("maps spellings through person notes and the alias table", () => {
		const index = new QuoteIndex({ aliasTable: { "Sam Alman": "Sam Altman" } });
		index.upsert({ path: "ep.md", text: "> One. – Sammy\n\n> Two. – Sam Alman\n" });
		expect(index.note("ep.md")!.quotes.map((q) => q.speaker)).toEqual(["Sammy", "Sam Altman"]);
		index.upsert({ path: "People/Sam Altman.md", text: "---\ntype: person\naliases: [Sammy]\n---\n" });
		const quotes = index.note("ep.md")!.quotes;
		expect(quotes.map((q) => [q.speaker, q.inferred])).toEqual([["Sam Altman", "vault-person"], ["Sam Altman", "alias-table"]]);
		const sam = index.speakers().find((s) => s.name === "Sam Altman")!;
		expect(sam.quoteCount).toBe(2);
		expect(sam.aliases).toEqual(["Sam Alman", "Sammy"]);
	});

	it("suggests merging a rarer near-spelling into the common one", () => {
		const index = new QuoteIndex();
		index.upsert({ path: "a.md", text: "> One. – Sam Altman\n\n> Two. – Sam Altman\n\n> Three. – Sam Alman\n" });
		expect(index.mergeSuggestions()).toEqual([expect.objectContaining({ from: "Sam Alman", to: "Sam Altman" })]);
		index.configure({ aliasTable: { "Sam Alman": "Sam Altman" } });
		expect(index.mergeSuggestions()).toEqual([]);
		expect(index.speakers().map((s) => [s.name, s.quoteCount])).toEqual([["Sam Altman", 3]]);
	});

	it("bumps the revision and tells listeners through the host's scheduler", () => {
		const pending: (() => void)[] = [];
		const index = new QuoteIndex({ schedule: (notify) => pending.push(notify) });
		const seen: number[] = [];
		const off = index.onChange((rev) => seen.push(rev));
		index.upsert({ path: "a.md", text: "> One. – Sam Altman\n" });
		index.upsert({ path: "a.md", text: "> Two. – Sam Altman\n" });
		expect(index.revision).toBe(2);
		expect(seen).toEqual([]);
		pending.forEach((n) => n());
		expect(seen).toEqual([2, 2]);
		off();
		index.remove("a.md");
		pending.forEach((n) => n());
		expect(seen).toEqual([2, 2]);
		expect(index.all()).toEqual([]);
	});

	it("applies the podcast-note rule to which notes give quotes", () => {
		const text = "---\nshow: Lex Fridman Podcast\ntags: [interview]\n---\n> One. – Sam Altman\n";
		const index = new QuoteIndex({ rule: { mode: "folders", folders: ["Podcasts/"] } });
		index.upsertMany([{ path: "Podcasts/a.md", text }, { path: "Other/b.md", text }]);
		expect(index.all().map((q) => q.path)).toEqual(["Podcasts/a.md"]);
		index.configure({ rule: { mode: "tags", tags: ["#interview"] } });
		expect(index.all().map((q) => q.path)).toEqual(["Other/b.md", "Podcasts/a.md"]);
		index.configure({ rule: { mode: "frontmatter", key: "Show", value: "lex fridman podcast" } });
		expect(index.all()).toHaveLength(2);
		index.configure({ rule: { mode: "frontmatter", key: "show", value: "other" } });
		expect(index.all()).toHaveLength(0);
		expect(index.notes()).toHaveLength(2);
	});

	it("indexes the fixture notes with their episode and flags on every quote", () => {
		const dir = path.join(__dirname, "..", "..", "fixtures", "garden");
		const index = new QuoteIndex();
		for (const name of fs.readdirSync(dir)) index.upsert({ path: `Podcasts/${name}`, text: fs.readFileSync(path.join(dir, name), "utf8") });
		const quotes = index.all();
		expect(quotes.length).toBeGreaterThanOrEqual(40);
		expect(quotes.every((q) => q.flagged && q.noteTitle.startsWith("367 Sam Altman"))).toBe(true);
		const [first] = index.speakers();
		expect(first.name).toBe("Sam Altman");
		expect(index.quotes({ path: quotes[0].path })).toHaveLength(quotes.length);
	});
});

describe("search over the index while speakers change", () => {
	it("finds a quote by the speaker the vault gave it later (a new quote object, never an edited one)", async () => {
		const { filterQuotes } = await import("../../../src/core/search/quote-search");
		const index = new QuoteIndex();
		index.upsert({ path: "b.md", text: "> Compute is the currency of the future. – Sam\n" });
		const before = index.all()[0];
		expect(filterQuotes(index.all(), { query: "altman" })).toEqual([]);
		expect(filterQuotes(index.all(), { query: "currency" })).toEqual([before]);
		index.upsert({ path: "a.md", text: "> Scale is everything. – Sam Altman\n" });
		expect(index.quotes({ path: "b.md" })[0]).toBe(before);
		index.upsert({ path: "People/Sam Altman.md", text: "---\naliases: [Sam]\n---\n" });
		const after = index.quotes({ path: "b.md" })[0];
		expect(after).not.toBe(before);
		expect(before.speaker).toBe("Sam");
		expect(filterQuotes(index.all(), { query: "altman" }).map((q) => q.path)).toEqual(["a.md", "b.md"]);
		expect(filterQuotes(index.all(), { query: "currency" })).toEqual([after]);
	});
});
