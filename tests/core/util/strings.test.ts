// indexOfByPart (decision 61) finds a word by its rarer part first: it must answer exactly as indexOf does,
// wherever the text holds the word, its parts, or the parts in other company.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { allMatches, indexOfByPart, wordsOf } from "../../../src/core/util/strings";

const PIECES = ["podcast-", "quotes", "podcast-quotes", "obsidian", "://podnotes?", "obsidian://podnotes?", "pod", "-", "q", ":", " ", "x\n", "“", "podcast"];
const WORDS = ["podcast-quotes", "obsidian://podnotes?"];

describe("indexOfByPart", () => {
	test("property: the same index as indexOf, for every split of the word", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.constantFrom(...WORDS), fc.nat(), (pieces, word, n) => {
				const text = pieces.join("");
				const from = n % (word.length + 1);
				expect(indexOfByPart(text, word, from)).toBe(text.indexOf(word));
			}),
			{ numRuns: 2000 },
		);
	});

	test("the word at the very start, at the end, twice, or only its parts", () => {
		expect(indexOfByPart("podcast-quotes", "podcast-quotes", 8)).toBe(0);
		expect(indexOfByPart("```podcast-quotes", "podcast-quotes", 8)).toBe(3);
		expect(indexOfByPart("quotes podcast-quotes podcast-quotes", "podcast-quotes", 8)).toBe(7);
		expect(indexOfByPart("podcast- quotes podcast-Quotes", "podcast-quotes", 8)).toBe(-1);
		expect(indexOfByPart("see obsidian://podnotes?x", "obsidian://podnotes?", 8)).toBe(4);
	});
});

/** wordsOf as it was first written: one character at a time (decision 64 joins the runs instead). */
function wordsOneByOne(text: string): string {
	let out = "";
	let gap = false;
	for (const ch of text) {
		if (!/[\p{L}\p{N}]/u.test(ch)) gap = true;
		else {
			if (gap && out.length > 0) out += " ";
			out += ch;
			gap = false;
		}
	}
	return out;
}

const CHARS = ["a", "Z", "7", "é", "ß", "李", "٣", "𝒳", "\ud835", "\udc33", " ", "\t", "\n", "-", ":", "#", "|", ",", "’", "_", "\u00a0", "🎙", "Ⅻ"];

describe("wordsOf", () => {
	test("property: the same words as reading one character at a time", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
				const text = chars.join("");
				expect(wordsOf(text)).toBe(wordsOneByOne(text));
			}),
			{ numRuns: 1000 },
		);
	});

	test("a title's words", () => {
		expect(wordsOf(`"Fighting, Fitness | #260"`)).toBe("Fighting Fitness 260");
		expect(wordsOf("full-title:: Jocko's  Way")).toBe("full title Jocko s Way");
		expect(wordsOf(" -- ")).toBe("");
	});
});

// allMatches (decision 74) stands in for matchAll without its copy of the pattern: the same matches, groups and
// places, empty matches and pairs of surrogates included, and the pattern left ready for the next call.
describe("allMatches", () => {
	const PATTERNS = [/\p{Lu}[\p{L}\p{M}.'’-]*/gu, /a*/g, /a*?/gu, /(?:)/gu, /(?:)/g, /(\w+)|(\d)/g, /^x?/gm, /\b/gu, /(?=\p{Lu})/gu, /[.!?]\s+(?=\p{Lu})/gu];
	const UNITS = ["a", "A", "É", "x", "1", " ", ".", "!", "\n", "\ud83d", "\ude00", "\ud83d\ude00", "’"];
	const plain = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => ({ at: m.index, groups: [...m] }));

	test("property: what matchAll gives, for patterns that may match nothing", () => {
		fc.assert(
			fc.property(fc.constantFrom(...PATTERNS), fc.array(fc.constantFrom(...UNITS), { maxLength: 20 }), (re, units) => {
				const text = units.join("");
				expect(plain(allMatches(re, text))).toEqual(plain(text.matchAll(re)));
				expect(re.lastIndex).toBe(0);
			}),
			{ numRuns: 1000 },
		);
	});

	test("a run of capitalised words, and an empty match on a pair of surrogates", () => {
		expect(plain(allMatches(/\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*/gu, "with Ada Brook and Émile"))).toEqual([
			{ at: 5, groups: ["Ada Brook"] },
			{ at: 19, groups: ["Émile"] },
		]);
		expect(plain(allMatches(/(?:)/gu, "a\ud83d\ude00")).map((m) => m.at)).toEqual([0, 1, 3]);
		expect(plain(allMatches(/(?:)/g, "a\ud83d\ude00")).map((m) => m.at)).toEqual([0, 1, 2, 3]);
	});
});
