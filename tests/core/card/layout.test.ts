import { describe, expect, test } from "@jest/globals";
import { CARD_DIMENSIONS, cardSource, cardText, fitText, layoutCard, wrapText, withEllipsis, type CardSize, type Measure } from "../../../src/core/card/layout";
import { approximateMeasure, cardSvg, cardSvgOf, SITE_CARD_COLORS, SITE_CARD_DARK_COLORS } from "../../../src/core/card/svg";

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const lum = (hex: string): number => {
		const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
	return (x + 0.05) / (y + 0.05);
}

/** Monospace: every character is 10 px wide at size 10 (scales with size). */
const mono: Measure = (s, size) => Array.from(s).length * size;
const at10 = (s: string): number => mono(s, 10, "quote");

describe("wrapping", () => {
	test.each<[string, string, number, string[]]>([
		["fits on one line", "one two three", 130, ["one two three"]],
		["breaks between words", "one two three", 80, ["one two", "three"]],
		["a width of exactly the line fits", "one two", 70, ["one two"]],
		["whitespace runs are one space", "one   two\nthree", 200, ["one two three"]],
		["a blank line is a break", "one\n\ntwo", 200, ["one", "two"]],
		["a word wider than the line is split", "abcdefghij xy", 40, ["abcd", "efgh", "ij", "xy"]],
		["CJK breaks between characters", "我们需要保护雨林", 30, ["我们需", "要保护", "雨林"]],
		["CJK next to Latin", "AI 时代 ok", 40, ["AI 时", "代 ok"]],
		["empty", "   ", 100, []],
	])("%s", (_name, text, width, lines) => {
		const got = wrapText(text, width, at10);
		expect(got).toEqual(lines);
		for (const l of got) expect(at10(l)).toBeLessThanOrEqual(width);
	});
});

describe("ellipsis", () => {
	test.each<[string, number, string]>([
		["the end of a long line", 100, "the end…"],
		["the end of a long line", 220, "the end of a long…"],
		["punctuation, is dropped", 140, "punctuation…"],
		["abcdefghijkl", 50, "abcd…"],
	])("%p in %p px is %p", (line, width, out) => {
		const got = withEllipsis(line, width, at10);
		expect(got).toBe(out);
		expect(at10(got)).toBeLessThanOrEqual(width);
	});
});

describe("fitting", () => {
	const opts = { maxSize: 40, minSize: 20, lineHeight: 1, step: 10 };
	test.each<[string, string, { width: number; height: number }, number, number, boolean]>([
		["a short text keeps the largest size", "short", { width: 400, height: 40 }, 40, 1, false],
		["a longer text shrinks until it fits", "aaaa bbbb cccc", { width: 200, height: 90 }, 30, 3, false],
		["a long text at the smallest size is cut", "one two three four five six seven eight nine ten", { width: 200, height: 40 }, 20, 2, true],
	])("%s", (_name, text, box, size, lineCount, truncated) => {
		const fit = fitText(text, box, "quote", opts, mono);
		expect(fit.size).toBe(size);
		expect(fit.lines).toHaveLength(lineCount);
		expect(fit.truncated).toBe(truncated);
		expect(fit.lines.length * fit.size * opts.lineHeight).toBeLessThanOrEqual(box.height);
		for (const l of fit.lines) expect(mono(l, fit.size, "quote")).toBeLessThanOrEqual(box.width);
		if (truncated) expect(fit.lines[fit.lines.length - 1]).toMatch(/…$/);
	});
});

describe("the card", () => {
	const long = "We are going to have to figure out how to live with a technology that is far more capable than we are. ".repeat(12);
	test.each<[string, CardSize, string]>([
		["wide, short quote", "wide", "Work on what you find interesting."],
		["wide, long quote", "wide", long],
		["square, long quote", "square", long],
		["square, CJK", "square", "我们需要保护雨林。".repeat(30)],
	])("%s: every line inside the card, above the rule, nothing overlapping", (_name, size, quote) => {
		const input = { quote, speaker: "Sam Altman", source: "Lex Fridman Podcast · #367 OpenAI CEO on GPT-4, ChatGPT, and the Future of AI and a very long subtitle indeed", timestamp: "01:02:03" };
		const card = layoutCard(input, size, approximateMeasure);
		const { width, height } = CARD_DIMENSIONS[size];
		expect([card.width, card.height]).toEqual([width, height]);
		for (const t of [...card.lines, ...card.meta]) {
			expect(t.x).toBeGreaterThanOrEqual(card.padding);
			expect(t.x + approximateMeasure(t.text, t.size, t.role)).toBeLessThanOrEqual(width - card.padding + 0.01);
			expect(t.y).toBeLessThanOrEqual(height - card.padding);
		}
		const lastQuote = card.lines[card.lines.length - 1];
		expect(lastQuote.y).toBeLessThan(card.ruleY);
		expect(card.meta[0].y - card.meta[0].size).toBeGreaterThan(card.ruleY);
		expect(card.meta[1].y).toBeGreaterThan(card.meta[0].y);
		expect(card.meta[1].text).toMatch(/…$/);
		expect(card.truncated).toBe(quote.length > 500);
		if (card.truncated) expect(lastQuote.text).toMatch(/…$/);
	});

	test("a short quote is large, a long one smaller", () => {
		const short = layoutCard({ quote: "Be bold.", speaker: "A", source: null, timestamp: null }, "wide", approximateMeasure);
		const longer = layoutCard({ quote: long.slice(0, 300), speaker: "A", source: null, timestamp: null }, "wide", approximateMeasure);
		expect(short.lines[0].size).toBeGreaterThan(longer.lines[0].size);
		expect(short.meta).toHaveLength(1);
	});

	test("no speaker says so", () => {
		expect(layoutCard({ quote: "x", speaker: null, source: null, timestamp: null }, "wide", approximateMeasure).meta[0].text).toBe("— Unknown speaker");
	});
});

describe("plain card text", () => {
	test.each([
		["The **future** is _open_ and `code`.", "The future is open and code."],
		["See [[Sam Altman|Sam]] and [[GPT-4]] or [the site](https://x.y).", "See Sam and GPT-4 or the site."],
		["Line one\nline two ^pg-abc12", "Line one line two"],
		["A ==mark== and ~~strike~~ and a note[^1].", "A mark and strike and a note."],
		["snake_case_word stays", "snake_case_word stays"],
		["![[img.png]] Picture", "Picture"],
	])("%p → %p", (md, text) => expect(cardText(md)).toBe(text));

	test.each([
		[{ show: "Lex Fridman Podcast", number: 367, title: "Sam Altman" }, "N", "Lex Fridman Podcast · #367 Sam Altman"],
		[{ show: null, number: null, title: null }, "My note", "My note"],
		[{ show: "Show", number: null, title: "Show" }, "N", "Show"],
		[{ show: null, number: 367, title: null }, "367 Sam Altman - OpenAI CEO", "367 Sam Altman - OpenAI CEO"],
	])("source %p", (episode, note, text) => expect(cardSource(episode, note)).toBe(text));
});

describe("the SVG card", () => {
	test("is an SVG of the card's size with the words escaped", () => {
		const svg = cardSvg({ quote: "Less <is> more & then some", speaker: "Ada \"A\" Lovelace", source: "Show", timestamp: null }, "square");
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1080" height="1080"/);
		expect(svg).toContain("Less &lt;is&gt; more &amp; then some");
		expect(svg).toContain("— Ada &quot;A&quot; Lovelace");
		expect(svg).not.toMatch(/<script|href=/);
	});

	test("follows the reader's theme: light fills as attributes, the dark palette in a prefers-color-scheme style, every painted element classed", () => {
		const svg = cardSvg({ quote: "Dark or light, the same words.", speaker: "Ada Lovelace", source: "Show", timestamp: "12:05" }, "wide");
		const style = /<style>@media \(prefers-color-scheme: dark\)\{(.*)\}<\/style>/.exec(svg);
		expect(style).not.toBeNull();
		const dark = new Map([...style![1].matchAll(/\.(\w+)\{fill:(#[0-9a-f]{6})\}/g)].map((m) => [m[1], m[2]]));
		expect(dark).toEqual(new Map([["bg", SITE_CARD_DARK_COLORS.background], ["tx", SITE_CARD_DARK_COLORS.text], ["mu", SITE_CARD_DARK_COLORS.muted], ["ac", SITE_CARD_DARK_COLORS.accent]]));
		const painted = [...svg.matchAll(/<(rect|text)\b[^>]*>/g)].map((m) => m[0]);
		expect(painted.length).toBeGreaterThan(4);
		for (const el of painted) expect(el).toMatch(/class="(bg|tx|mu|ac)"[^>]* fill="#[0-9a-f]{6}"/);
		expect(svg).toContain(`class="bg" x="0" y="0" width="1200" height="630" fill="${SITE_CARD_COLORS.background}"`);
		// Readable in the dark: the words and the muted line against the dark background, 4.5:1 at least.
		for (const fg of [SITE_CARD_DARK_COLORS.text, SITE_CARD_DARK_COLORS.muted, SITE_CARD_DARK_COLORS.accent]) expect(contrast(fg, SITE_CARD_DARK_COLORS.background)).toBeGreaterThanOrEqual(4.5);
		for (const fg of [SITE_CARD_COLORS.text, SITE_CARD_COLORS.muted, SITE_CARD_COLORS.accent]) expect(contrast(fg, SITE_CARD_COLORS.background)).toBeGreaterThanOrEqual(4.5);
	});

	test("a site card is laid out exactly as with the approximate metric measured afresh each time", () => {
		const quotes = ["Be bold.", "The quick brown fox jumps over the lazy dog again and again, ".repeat(12), "多くの人が 'AI' を使う時代 — Wide WWW words…", "one\n\ntwo paragraphs"];
		for (const quote of quotes) {
			for (const size of ["wide", "square"] as const) {
				const input = { quote, speaker: "Ann Lee", source: "Show · #1 Title", timestamp: "01:02" };
				const label = `“${quote}” — Ann Lee`;
				expect(cardSvg(input, size)).toBe(cardSvgOf(layoutCard(input, size, approximateMeasure), SITE_CARD_COLORS, label, SITE_CARD_DARK_COLORS));
			}
		}
	});

	test("wrapping stops once the lines are too many, with the same first lines as the whole wrap", () => {
		const text = "one two three four five six seven eight nine ten eleven twelve";
		const width = (s: string): number => s.length;
		const all = wrapText(text, 10, width);
		let asked = 0;
		const first = wrapText(text, 10, (s) => (asked++, width(s)), (n) => n > 2);
		expect(first).toEqual(all.slice(0, 3));
		expect(all.length).toBeGreaterThan(3);
		// It stopped: fewer widths were asked for than the whole wrap asks.
		let whole = 0;
		wrapText(text, 10, (s) => (whole++, width(s)));
		expect(asked).toBeLessThan(whole);
	});

	test("the approximate metric is in the range of real serif fonts (Georgia: 'interesting' at 56 px ≈ 290 px)", () => {
		const w = approximateMeasure("interesting", 56, "quote");
		expect(w).toBeGreaterThan(250);
		expect(w).toBeLessThan(340);
	});
});
