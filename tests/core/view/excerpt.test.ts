// The start of a long quote that a sidebar row draws (decision 55): a prefix of the text at a space, never
// leaving emphasis, a code span, a highlight or a link open; short quotes whole.
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { EXCERPT_CHARS, quoteExcerpt } from "../../../src/core/view/excerpt";

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

/** Every paired marker closed: an even count of each, and brackets closed after they open. */
function balanced(text: string): boolean {
	for (const marker of ["**", "==", "~~", "`"]) if (text.split(marker).length % 2 === 0) return false;
	if (text.replace(/\*\*/g, "").split("*").length % 2 === 0) return false;
	let depth = 0;
	for (const ch of text) {
		if (ch === "[") depth++;
		else if (ch === "]") depth--;
		if (depth < 0) return false;
	}
	return depth === 0 && (text.match(/\]\(/g) ?? []).length <= (text.match(/\)/g) ?? []).length;
}

describe("quoteExcerpt", () => {
	test("a quote within the bound is drawn whole", () => {
		const text = words(20);
		expect(quoteExcerpt(text)).toEqual({ text, cut: false });
		const exact = "x".repeat(EXCERPT_CHARS);
		expect(quoteExcerpt(exact)).toEqual({ text: exact, cut: false });
	});

	test("a long quote is cut at a space before the bound, with an ellipsis", () => {
		const text = words(200);
		const { text: shown, cut } = quoteExcerpt(text);
		expect(cut).toBe(true);
		expect(shown.endsWith("…")).toBe(true);
		const head = shown.slice(0, -1);
		expect(head.length).toBeLessThanOrEqual(EXCERPT_CHARS);
		expect(head.length).toBeGreaterThan(EXCERPT_CHARS - 10);
		expect(text.startsWith(head)).toBe(true);
		expect(text[head.length]).toBe(" ");
	});

	test("the cut goes before emphasis, a wikilink or a Markdown link it would leave open", () => {
		const before = words(30);
		const bold = `${before} **${words(100)}** end`;
		expect(quoteExcerpt(bold, 300).text).toBe(`${before}…`);
		const link = `${before} [[${"Long note name ".repeat(20)}|shown]] and more ${words(50)}`;
		expect(quoteExcerpt(link, 300).text).toBe(`${before}…`);
		const md = `${before} [a link](https://example.com/${"x".repeat(300)}) ${words(50)}`;
		expect(quoteExcerpt(md, 300).text).toBe(`${before}…`);
		const code = `${before} \`${"code ".repeat(80)}\` ${words(50)}`;
		expect(quoteExcerpt(code, 300).text).toBe(`${before}…`);
	});

	test("emphasis closed before the cut stays", () => {
		const text = `Some **bold words** and *one* ==mark== then ${words(100)}`;
		const shown = quoteExcerpt(text, 120).text;
		expect(shown.startsWith("Some **bold words** and *one* ==mark== then word0")).toBe(true);
	});

	test("the whole text when a cut would leave almost nothing", () => {
		const text = `[[${"A very long link target ".repeat(30)}]] after`;
		expect(quoteExcerpt(text, 200)).toEqual({ text, cut: false });
	});

	test("property: a prefix at a space, within the bound, with its markup closed", () => {
		const token = fc.constantFrom("word", "other", "**bold**", "*it*", "==hl==", "`code`", "[[Note]]", "[[Note|alias]]", "[link](https://x.y/z)", "**two words**", "\n", "> quoted");
		fc.assert(
			fc.property(fc.array(token, { minLength: 1, maxLength: 200 }), fc.integer({ min: 30, max: 400 }), (parts, max) => {
				const text = parts.join(" ");
				const { text: shown, cut } = quoteExcerpt(text, max);
				if (!cut) return shown === text;
				const head = shown.slice(0, -1);
				return shown.endsWith("…") && head.length <= max && text.startsWith(head) && /\s/.test(text[head.length]) && balanced(head);
			}),
			{ numRuns: 500 },
		);
	});
});
