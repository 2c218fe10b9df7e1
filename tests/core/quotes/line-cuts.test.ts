// Decision 64: the parser cuts less from a note's lines. Each helper must answer as the plain version it
// replaced, whatever marks, blanks and markers a line holds.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { labelledContent, mayHoldLabel } from "../../../src/core/quotes/dialogue";
import { isPlaceholderQuote } from "../../../src/core/quotes/wordless";

const PIECES = [">", "> ", ">>", " ", "\t", "\u00a0", "\u3000", "\ufeff", "Paul", ":", "：", "**", "[", "]", "Ana Lee", "x", "#", "\n", "- ", "95% quote", "[Tom]", "(url)"];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join(""));

/** The content as recurringQuoteLabels cut it before: the whole line, then its markers replaced away. */
function plainContent(text: string): string | null {
	const trimmed = text.trimStart();
	if (trimmed[0] !== ">") return null;
	return trimmed.slice(1).replace(/^[\s>]+/, "");
}

/** The placeholder test as it read a blockquote's lines before (here the one line it was given). */
function plainPlaceholder(contents: readonly string[]): boolean {
	const words = contents.map((c) => c.trim()).filter((c) => c.length > 0);
	return words.length === 1 && /^\[[^[\]]{1,120}\]$/.test(words[0]);
}

describe("line cuts", () => {
	test("property: labelledContent is the plain cut, or null where that cut could hold no label", () => {
		fc.assert(
			fc.property(line, (text) => {
				const plain = plainContent(text);
				const content = labelledContent(text);
				if (plain !== null && mayHoldLabel(plain)) expect(content).toBe(plain);
				else expect(content).toBeNull();
			}),
			{ numRuns: 5000 },
		);
	});

	test("property: isPlaceholderQuote of one line answers as the test over its lines did", () => {
		fc.assert(
			fc.property(line, (text) => expect(isPlaceholderQuote(text)).toBe(plainPlaceholder([text]))),
			{ numRuns: 5000 },
		);
	});

	test("the cuts of a few lines", () => {
		expect(labelledContent("  > > Paul: yes")).toBe("Paul: yes");
		expect(labelledContent(">\u00a0**Ana:** so")).toBe("**Ana:** so");
		expect(labelledContent("> no label here")).toBeNull();
		expect(labelledContent("Paul: not quoted")).toBeNull();
		expect(isPlaceholderQuote("  [95% editing quote] ")).toBe(true);
		expect(isPlaceholderQuote("[Tom](url)")).toBe(false);
	});
});
