// The reader of inline `#tags` (Obsidian's rule) and the page links it shares its rule with.
import { inlineTags, tagAt } from "../../../src/core/publish/inline-tags";
import { renderMarkdown } from "../../../src/core/publish/markdown";
import { tagLinkOf } from "../../../src/core/publish/site-tags";

describe("inline tags a note's published text holds", () => {
	test.each([
		["a plain tag", "Talk about #ai today", ["ai"]],
		["at the start of a line", "#ai is here", ["ai"]],
		["nested", "see #topic/sub and #topic/sub/deeper", ["topic/sub", "topic/sub/deeper"]],
		["letters, digits, _ and -", "#my-tag_2023 and #y1984 and #3d_printing", ["my-tag_2023", "y1984", "3d_printing"]],
		["a pure number is not a tag", "issue #123 and #2024", []],
		["CJK", "日本語のノート #日本語 と #中文。", ["日本語", "中文"]],
		["Cyrillic and accents", "#привет #Über", ["привет", "Über"]],
		["ends at punctuation", "tags: #ai, #ml. (#nope) #end!", ["ai", "ml", "end"]],
		["a trailing slash is not part of it", "#ai/ done", ["ai"]],
		["an emoji ends it", "#ai🙂 #🙂", ["ai"]],
		["a heading is not a tag", "# Heading\n## Another", []],
		["a tag in a heading is one", "## Notes #ai", ["ai"]],
		["after another character it is not a tag", "C# and a#b and page#part and \\#escaped", []],
		["URL fragments are no tags", "https://example.com/page #ok https://example.com/#frag <https://x.org/#a> [x](https://x.org/a #b)", ["ok"]],
		["inline code holds no tags", "`#code` and ``#more ` code`` but #real", ["real"]],
		["links and embeds hold no tags", "[[Note#Heading]] [[Note|about #ai]] ![[Other#Part]] [text #x](Note.md) #kept", ["kept"]],
		["first spelling kept, case ignored", "#AI then #ai and #Ai", ["AI"]],
		["in quotes, lists and tables", "> #quoted\n- #listed\n| #cell |", ["quoted", "listed", "cell"]],
	])("%s", (_name, text, tags) => {
		expect(inlineTags(text.split("\n"))).toEqual(tags);
	});

	test("fenced code blocks hold no tags, until the fence closes", () => {
		// A shorter fence or one of the other character does not close it (CommonMark).
		const lines = ["````", "#notatag", "```", "still code #no", "````", "#yes", "~~~~", "#no", "```", "#no", "~~~~", "#after"];
		expect(inlineTags(lines)).toEqual(["yes", "after"]);
	});

	test("tagAt needs a space or the line start before the #", () => {
		expect(tagAt("x #ai", 2)).toBe("ai");
		expect(tagAt("x#ai", 1)).toBeNull();
		expect(tagAt("#", 0)).toBeNull();
		expect(tagAt("#/a", 0)).toBeNull();
	});
});

describe("tags written as links on the page", () => {
	const render = (markdown: string, tags: string[]): string => renderMarkdown(markdown, { pageUrl: "/a/", tagLink: tagLinkOf(tags) });

	test("the note's tags are links to their pages, relative to the page", () => {
		expect(render("About #ai and #Topic/Sub.", ["ai", "topic/sub"])).toBe('<p>About <a href="../tags/ai/" class="tag" rel="tag">#ai</a> and <a href="../tags/topic-sub/" class="tag" rel="tag">#Topic/Sub</a>.</p>\n');
	});

	test("code, link text and words that are not the note's tags stay text", () => {
		const html = render("`#ai` [see #ai](/b/) #other a#ai #123\n\n```\n#ai\n```", ["ai"]);
		expect(html).not.toContain('class="tag"');
		expect(html).toContain("#other");
	});

	test("without tag links (quotes shown elsewhere) tags stay text", () => {
		expect(renderMarkdown("About #ai", { pageUrl: "/a/" })).toBe("<p>About #ai</p>\n");
	});
});
