// What the index tells listeners about a change (which notes), and `all()` after edits: a new array made
// from the last one, equal to the quotes of every note in vault order (decision 51).
import { QuoteIndex } from "../../../src/core/index";
import type { IndexedQuote } from "../../../src/core/index";
import { versionOf } from "../../../src/core/search/span";

const note = (path: string, words: string, speaker = "Sam Altman") => ({ path, text: `---\nshow: A show\n---\n> ${words} – ${speaker}\n> More of ${words}. – Lex Fridman\n` });

/** Every note's quotes in vault order, read note by note. */
function noteByNote(index: QuoteIndex): IndexedQuote[] {
	return index
		.notes()
		.map((r) => r.path)
		.flatMap((p) => index.quotes({ path: p }));
}

describe("changes the index tells its listeners about", () => {
	it("passes the changed notes, once per notification, and undefined when any note may have changed", () => {
		const pending: (() => void)[] = [];
		const index = new QuoteIndex({ schedule: (notify) => pending.push(notify) });
		const heard: [number, readonly string[] | undefined][] = [];
		index.onChange((rev, changed) => heard.push([rev, changed && [...changed].sort()]));
		index.upsertMany([note("a.md", "One."), note("b.md", "Two.")]);
		index.upsert(note("c.md", "Three."));
		pending.splice(0).forEach((n) => n());
		// A debounced burst: the notes of every change since the last call, heard by the first call.
		expect(heard).toEqual([
			[2, ["a.md", "b.md", "c.md"]],
			[2, []],
		]);
		heard.length = 0;
		index.rename("b.md", "d.md", note("d.md", "Two.").text);
		index.remove("a.md");
		pending.splice(0).forEach((n) => n());
		expect(heard[0]).toEqual([4, ["a.md", "b.md", "d.md"]]);
		heard.length = 0;
		index.configure({ rule: { mode: "folders", folders: ["Podcasts/"] } });
		pending.splice(0).forEach((n) => n());
		expect(heard[0]).toEqual([5, undefined]);
		heard.length = 0;
		index.upsert(note("c.md", "Three again."));
		pending.splice(0).forEach((n) => n());
		expect(heard[0]).toEqual([6, ["c.md"]]);
	});

	it("includes the notes whose speakers a change resolved again", () => {
		const index = new QuoteIndex();
		const heard: (readonly string[] | undefined)[] = [];
		index.upsert({ path: "a.md", text: "---\nshow: A show\n---\n> One. – Sam\n" });
		index.onChange((_, changed) => heard.push(changed));
		index.upsert({ path: "People/Sam Altman.md", text: "---\ntype: person\naliases: [Sam]\n---\nA person.\n" });
		expect(index.all()[0].speaker).toBe("Sam Altman");
		expect([...heard[0]!].sort()).toEqual(["People/Sam Altman.md", "a.md"]);
	});
});

describe("all() after changes", () => {
	it("equals every note's quotes in vault order after each edit, addition and removal, its version grown or a new array", () => {
		const index = new QuoteIndex();
		index.upsertMany(Array.from({ length: 40 }, (_, i) => note(`n${String(i).padStart(2, "0")}.md`, `Words ${i}.`)));
		let last = index.all();
		let lastVersion = versionOf(last);
		let inPlace = 0;
		let seed = 3;
		for (let step = 0; step < 200; step++) {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			const n = `n${String(seed % 45).padStart(2, "0")}.md`;
			const revision = index.revision;
			const action = seed % 7;
			if (action === 0) index.remove(n);
			else if (action === 1) index.upsert({ path: n, text: "No quotes here.\n" });
			else if (action === 2) index.update([note(n, `Edited ${step}.`), note("n03.md", `Also ${step}.`)], []);
			else index.upsert(action === 3 ? { path: n, text: `${note(n, `A ${step}.`).text}> Third ${step}. – Anna Lembke\n` } : note(n, `Edited ${step}.`));
			const all = index.all();
			// The same array changed in place with its version grown, or a new one (notes came or went): readers key
			// caches by both. Removing a missing note changes nothing.
			if (index.revision !== revision) expect(all !== last || versionOf(all) > lastVersion).toBe(true);
			else expect(versionOf(all)).toBe(lastVersion);
			if (all === last && versionOf(all) > lastVersion) inPlace++;
			expect(all).toEqual(noteByNote(index));
			expect(index.all()).toBe(all);
			last = all;
			lastVersion = versionOf(all);
		}
		expect(inPlace).toBeGreaterThan(50);
	});

	it("after an edit of one note of 2,000, does not concatenate every note's quotes again", () => {
		const index = new QuoteIndex();
		index.upsertMany(Array.from({ length: 2000 }, (_, i) => note(`n${i}.md`, `Words ${i}.`)));
		const before = index.all();
		index.upsert(note("n77.md", "Edited."));
		const concat = jest.spyOn(Array.prototype, "concat");
		try {
			const all = index.all();
			// Changed in place: no copy of the list (decision 73).
			expect(all).toBe(before);
			const joined = concat.mock.calls.reduce((sum, args) => sum + args.length, 0);
			expect(joined).toBeLessThan(10);
			expect(all).toEqual(noteByNote(index));
		} finally {
			concat.mockRestore();
		}
	});
});
