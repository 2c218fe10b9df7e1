// Quote ids are stored (hidden quotes, published anchors): the id of a path and text must never change.
import fc from "fast-check";
import { base36, finish, hashNormalized, hashString, quoteIdHasher, unitLanes } from "../../../src/core/util/hash";
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

	it("keeps the ids of long texts, whitespace at the cut and unicode included (values of the earlier version)", () => {
		const cases: [string, string, string][] = [
			["Podcasts/Ep 12.md", " \u00a0" + "x".repeat(31) + "  \t a long quote whose head ends in a space run" + " y".repeat(30) + "\n ", "brw7-17lsqz7"],
			["n.md", "a".repeat(32) + " " + "b".repeat(40), "6hej-z07vfl"],
			["n.md", "a".repeat(72), "n7ys-1n95g9u"],
			["n.md", "a".repeat(73), "v4dh-1wgm3pg"],
			["日本/メモ.md", "“Quoted”\u00a0\u00a0text – with 😀 and \ud800 lone ".repeat(5), "1ou0-1vaapxp"],
		];
		for (const [path, text, id] of cases) expect(hashNormalized(path, text)).toBe(id);
	});

	it("gives the ids the earlier single loop gave, for any path and text", () => {
		const unit = fc.constantFrom(" ", "\t", "\n", "\r", "\u000b", "\f", "\u00a0", "a", "é", "“", "\ud83d", "\ude00");
		// Short texts are hashed whole, longer ones (over 72 units) by their head and tail.
		const texts = fc.oneof(fc.string({ unit, maxLength: 80 }), fc.string({ unit, minLength: 60, maxLength: 200 }), fc.string({ unit: "binary", minLength: 60, maxLength: 200 }));
		fc.assert(
			fc.property(fc.string(), texts, (path, text) => {
				expect(quoteIdHasher(path)(text)).toBe(earlierQuoteId(path, text));
			}),
			{ numRuns: 2000 },
		);
	});

	it("writes whole numbers in base 36 as toString(36) does", () => {
		for (const n of [0, 1, 35, 36, 1295, 1296, 0x1fffff, 0xffffffff, 2 ** 32, Number.MAX_SAFE_INTEGER]) expect(base36(n)).toBe(n.toString(36));
		fc.assert(fc.property(fc.maxSafeNat(), (n) => base36(n) === n.toString(36)), { numRuns: 5000 });
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

/** The quote id as first written (one loop that jumps from the head to the tail): the reference for the ids. */
function earlierQuoteId(path: string, text: string): string {
	const [p1, p2] = unitLanes(path);
	let h1 = Math.imul(p1, 2654435761);
	let h2 = p2;
	const long = text.length > 32 + 24 + 16;
	let space = false;
	let started = false;
	for (let i = 0; i < text.length; i++) {
		if (long && i === 32) {
			i = text.length - 24;
			h2 = Math.imul(h2 ^ 0xffff, 1597334677);
		}
		const c = text.charCodeAt(i);
		if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) {
			space = started;
			continue;
		}
		if (space) {
			h1 = Math.imul(h1 ^ 32, 2654435761);
			h2 = Math.imul(h2 ^ 32, 1597334677);
			space = false;
		}
		started = true;
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	const [a, b] = finish(h1, h2);
	return `${b.toString(36)}-${a.toString(36)}`;
}
