// Rendering compiled Markdown: callouts, highlights, footnotes, heading and block ids, quote anchors,
// relative links, and raw HTML kept as text.
import { renderMarkdown } from "../../../src/core/publish";

const render = (md: string, pageUrl = "/a/b/"): string => renderMarkdown(md, { pageUrl });

describe("renderMarkdown", () => {
	test.each([
		["callout with title", "> [!warning] Mind this\n> body", '<div class="callout callout-warning">\n<div class="callout-title">Mind this</div>\n<p>body</p>\n</div>'],
		["callout without title", "> [!note]\n> text", '<div class="callout-title">Note</div>'],
		["foldable callout", "> [!tip]- Folded\n> text", '<div class="callout-title">Folded</div>'],
		["highlight", "a ==marked== b", "<mark>marked</mark>"],
		["heading id", "## On Power & AI", '<h2 id="on-power-and-ai">'],
		["block id", "A paragraph ^intro", '<p id="^intro">A paragraph</p>'],
		["relative link", "[x](/c/d/#h)", '<a href="../../c/d/#h">x</a>'],
		["image", "![p](/files/a.png)", '<img src="../../files/a.png" alt="p" loading="lazy">'],
		["external link", "[x](https://example.com)", 'rel="noopener noreferrer"'],
		["raw HTML stays text", "<b onclick=\"x()\">hi</b>", "&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;"],
		["javascript: links are not links", "[x](javascript:alert(1))", "[x](javascript:alert(1))"],
		["callout title is text", "> [!note] <img src=x onerror=y>\n> t", "&lt;img src=x onerror=y&gt;"],
	])("%s", (_name, md, expected) => expect(render(md)).toContain(expected));

	test("footnotes", () => {
		const html = render("Text[^1].\n\n[^1]: The note.");
		expect(html).toContain('class="footnote-ref"');
		expect(html).toContain("The note.");
	});

	test("quote anchors land on the quote's block, by kind", () => {
		const md = "intro\n\n> quoted – A\n\n- item one\n- item two\n\nturn text";
		const html = renderMarkdown(md, { pageUrl: "/" }, [
			{ id: "qa", line: 2, block: "blockquote_open" },
			{ id: "qb", line: 5, block: "list_item_open" },
			{ id: "qc", line: 7, block: "paragraph_open" },
		]);
		expect(html).toContain('<blockquote id="qa" class="pg-quote">');
		expect(html).toContain('<li id="qb" class="pg-quote">item two</li>');
		expect(html).toContain('<p id="qc" class="pg-quote">turn text</p>');
	});

	test("a quote inside a longer blockquote still gets an anchor; ids never repeat", () => {
		const html = renderMarkdown("> first\n>\n> second\n\n## Same\n\n## Same", { pageUrl: "/" }, [{ id: "qz", line: 2, block: "blockquote_open" }]);
		expect(html).toContain('id="qz"');
		expect(html).toContain('id="same"');
		expect(html).toContain('id="same-1"');
	});
});
