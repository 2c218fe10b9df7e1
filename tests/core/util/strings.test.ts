// indexOfByPart (decision 61) finds a word by its rarer part first: it must answer exactly as indexOf does,
// wherever the text holds the word, its parts, or the parts in other company.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { indexOfByPart } from "../../../src/core/util/strings";

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
