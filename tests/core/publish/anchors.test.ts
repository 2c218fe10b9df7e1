// Quote anchors on a long note: each quote's id on its block, anchors before a block for quotes that
// start inside one, and work linear in the note (each token read a bounded number of times, not once per quote).
import type { Token } from "markdown-it";
import { renderMarkdown } from "../../../src/core/publish";
import { anchorQuotes, createMarkdown, type QuoteAnchor } from "../../../src/core/publish/markdown";

describe("quote anchors", () => {
	test("quotes inside a block and after the last one get anchors in quote order", () => {
		// Line 1 is the second line of a paragraph: no block starts there.
		const text = "> first line\n> second line\n>\n> second paragraph\n\nplain\n\n> own quote";
		const html = renderMarkdown(text, { pageUrl: "/a/" }, [
			{ id: "q-own", line: 7, block: "blockquote_open" },
			{ id: "q-inner1", line: 1, block: "blockquote_open" },
			{ id: "q-inner2", line: 1, block: "blockquote_open" },
			{ id: "q-top", line: 0, block: "blockquote_open" },
			{ id: "q-past", line: 40, block: "blockquote_open" },
		]);
		expect(html).toContain('<blockquote id="q-top" class="pg-quote">');
		expect(html).toContain('<blockquote id="q-own" class="pg-quote">');
		const inner1 = html.indexOf('<a class="pg-quote-anchor" id="q-inner1">');
		const inner2 = html.indexOf('<a class="pg-quote-anchor" id="q-inner2">');
		expect(inner1).toBeGreaterThan(-1);
		expect(inner2).toBeGreaterThan(inner1);
		// Before the blockquote that holds their line.
		expect(inner2).toBeLessThan(html.indexOf('<blockquote id="q-top"'));
		expect(html.trimEnd().endsWith('<a class="pg-quote-anchor" id="q-past"></a>')).toBe(true);
	});

	test("anchoring reads each token a bounded number of times, however many quotes", () => {
		const count = 3000;
		const text = Array.from({ length: count }, (_, i) => `> quote ${i}\n>\n> more of quote ${i}`).join("\n\n");
		const md = createMarkdown();
		const tokens = md.parse(text, {});
		// Half the quotes have their own block, half start inside one (on the `>` line no block starts at).
		const quotes: QuoteAnchor[] = Array.from({ length: count }, (_, i) => ({ id: `q${i}`, line: i * 4 + (i % 2 === 0 ? 0 : 1), block: "blockquote_open" }));
		let reads = 0;
		const counted = new Proxy(tokens, {
			get(target, key, receiver) {
				if (typeof key === "string" && /^\d+$/.test(key)) reads++;
				return Reflect.get(target, key, receiver) as unknown;
			},
		});
		anchorQuotes(counted, quotes, md);
		expect(reads).toBeLessThan(10 * tokens.length);
		const ids = tokens.filter((t: Token) => String(t.attrGet("id") ?? "").startsWith("q")).length;
		const anchors = tokens.filter((t: Token) => t.type === "html_block" && t.content.includes("pg-quote-anchor")).length;
		expect(ids).toBe(count / 2);
		expect(anchors).toBe(count / 2);
	});
});
