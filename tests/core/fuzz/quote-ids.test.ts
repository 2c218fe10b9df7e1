// Quote ids are stored (hidden quotes, published anchors): the id of a path and text must never change.
import fc from "fast-check";
import { hashNormalized, hashString } from "../../../src/core/util/hash";
import { parseNote } from "../../../src/core/note";

describe("quote ids", () => {
	it("keeps quote ids as they were", () => {
		// Values computed before the change; whitespace runs and ends do not count.
		expect(hashNormalized("Podcasts/367 Sam Altman.md", "Scale is everything.")).toBe("93h5-1q7fglv");
		expect(hashNormalized("Podcasts/367 Sam Altman.md", " Scale is \n everything.\n")).toBe("93h5-1q7fglv");
		expect(hashNormalized("a.md", "x")).toBe("ghtl-n0ekvg");
		expect(hashNormalized("b/c.md", "“Quoted” – text ".repeat(20))).toBe("5tc2-176bhdm");
	});

	it("ignores whitespace runs and the ends of the text (texts short enough to be hashed whole)", () => {
		fc.assert(
			fc.property(fc.string(), fc.array(fc.string({ unit: fc.constantFrom("a", "b", "é"), minLength: 1, maxLength: 5 }), { maxLength: 6 }), (path, words) => {
				return hashNormalized(path, words.join(" ")) === hashNormalized(path, ` \n${words.join(" \t\n ")}\u00a0`);
			}),
		);
	});

	it("writes quote ids as q<base>, then ~2, ~3 … for the same text again in a note", () => {
		const note = "> Same text. – Sam\n\n> Same  text. – Sam\n\n> Other text. – Sam\n\n> Same text. – Sam\n";
		const base = hashNormalized("dup.md", "Same text.");
		expect(parseNote("dup.md", note).quotes.map((q) => q.id)).toEqual([`q${base}`, `q${base}~2`, `q${hashNormalized("dup.md", "Other text.")}`, `q${base}~3`]);
	});
});

describe("hashString", () => {
	it("gives the values published manifests hold (computed with the earlier version), 14 hex digits", () => {
		const cases: [string, string][] = [
			["", "16d962df09a278"],
			["abc", "08c15bc6ba4d49"],
			["x".repeat(63), "1e25151557b950"],
			["x".repeat(64), "1682041f53e3f0"],
			["x".repeat(100), "0b25afc094f2fa"],
			["Café “quoted” – text 😀 ".repeat(9), "1dda70d4775273"],
			["a".repeat(65) + "é", "121cb6046f0a43"],
			["long note\n".repeat(5000), "18e368458b94ff"],
		];
		for (const [text, hash] of cases) expect(hashString(text)).toBe(hash);
	});

	it("gives the same values whatever was hashed before it (the UTF-8 bytes go into one reused array)", () => {
		// Values computed with the earlier version, which encoded every text into an array of its own.
		const cases: [string, string][] = [
			["long note\n".repeat(40000), "0fd022be1ff51a"],
			["é".repeat(70000), "002e2136020869"],
			["Café “quoted” – text 😀 ".repeat(20000), "10727904ee5e4f"],
			["x".repeat(100), "0b25afc094f2fa"],
			["é".repeat(70000), "002e2136020869"],
		];
		for (const [text, hash] of cases) expect(hashString(text)).toBe(hash);
	});

	it("gives the same values where the platform has no TextEncoder", () => {
		const saved = globalThis.TextEncoder;
		const texts = ["Café “quoted” – text 😀 ".repeat(9), "a lone \ud800 surrogate ".repeat(5), "x".repeat(64)];
		const expected = texts.map((t) => hashString(t));
		try {
			(globalThis as { TextEncoder?: unknown }).TextEncoder = undefined;
			expect(texts.map((t) => hashString(t))).toEqual(expected);
		} finally {
			globalThis.TextEncoder = saved;
		}
	});

	it("changes with any character", () => {
		fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), (text, at) => {
			const i = at % text.length;
			const changed = text.slice(0, i) + (text[i] === "a" ? "b" : "a") + text.slice(i + 1);
			return hashString(changed) !== hashString(text);
		}));
	});
});
