// indexOfByPart (decision 61) finds a word by its rarer part first: it must answer exactly as indexOf does,
// wherever the text holds the word, its parts, or the parts in other company.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { indexOfByPart, wordsOf } from "../../../src/core/util/strings";

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
			{ numRuns: 3000 },
		);
	});

	test("a title's words", () => {
		expect(wordsOf(`"Fighting, Fitness | #260"`)).toBe("Fighting Fitness 260");
		expect(wordsOf("full-title:: Jocko's  Way")).toBe("full title Jocko s Way");
		expect(wordsOf(" -- ")).toBe("");
	});
});
