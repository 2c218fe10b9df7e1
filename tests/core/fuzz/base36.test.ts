// Quote ids are written with a hand-made base-36 conversion: it must give exactly what
// Number.prototype.toString(36) gives, or every id (and every published quote anchor) would change.
import fc from "fast-check";
import { base36, hashNormalized, IdHasher } from "../../../src/core/util/hash";
import { parseNote } from "../../../src/core/note";

describe("base36", () => {
	it("equals toString(36) for every unsigned 32-bit number", () => {
		for (const n of [0, 1, 35, 36, 37, 1295, 1296, 0x1fffff, 2 ** 31, 2 ** 32 - 1]) expect(base36(n)).toBe(n.toString(36));
		fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n) => base36(n) === n.toString(36)), { numRuns: 20000 });
	});

	it("keeps quote ids as they were", () => {
		// Values computed with toString(36) before the change; whitespace runs and ends do not count.
		expect(hashNormalized("Podcasts/367 Sam Altman.md", "Scale is everything.")).toBe("93h5-1q7fglv");
		expect(hashNormalized("Podcasts/367 Sam Altman.md", " Scale is \n everything.\n")).toBe("93h5-1q7fglv");
		expect(hashNormalized("a.md", "x")).toBe("ghtl-n0ekvg");
		expect(hashNormalized("b/c.md", "“Quoted” – text ".repeat(20))).toBe("5tc2-176bhdm");
	});

	it("writes quote ids as q<base>, then ~2, ~3 … for the same text again in a note", () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.integer({ min: 1, max: 1200 }), (path, text, n) => {
				const ids = new IdHasher(path);
				ids.hash(text);
				return ids.quoteId(n) === `q${hashNormalized(path, text)}${n > 1 ? `~${n}` : ""}`;
			}),
		);
		const note = "> Same text. – Sam\n\n> Same  text. – Sam\n\n> Other text. – Sam\n\n> Same text. – Sam\n";
		const base = hashNormalized("dup.md", "Same text.");
		expect(parseNote("dup.md", note).quotes.map((q) => q.id)).toEqual([`q${base}`, `q${base}~2`, `q${hashNormalized("dup.md", "Other text.")}`, `q${base}~3`]);
	});
});
