import { compileNote, CompileEnv } from "../../../src/core/publish";
import { LinkResolver } from "../../../src/core/publish/links";
import { EMBED_CYCLE, EMBED_NOT_PUBLISHED, EMBED_TOO_DEEP } from "../../../src/core/publish/compile";
import { assetUrl } from "../../../src/core/publish/output";

const notes: Record<string, string> = {
	"Pub.md": "# Top\n\nPublished body ^blk\n\n## Part two\nMore",
	"Folder/Deep.md": "Deep text",
	"Private.md": "PRIVATE BODY",
	"A.md": "A then ![[B]]",
	"B.md": "B then ![[A]]",
	"L1.md": "one ![[L2]]",
	"L2.md": "two ![[L3]]",
	"L3.md": "three ![[L4]]",
	"L4.md": "four ![[L5]]",
	"L5.md": "five",
};
const published = new Set(["Pub.md", "Folder/Deep.md", "A.md", "B.md", "L1.md", "L2.md", "L3.md", "L4.md", "L5.md"]);
const files = [...Object.keys(notes), "img/photo one.png", "docs/paper.pdf"];
const env: CompileEnv = {
	resolver: new LinkResolver(files),
	text: (p) => notes[p],
	urlOf: (p) => (published.has(p) ? `/${p.replace(/\.md$/, "").toLowerCase()}/` : null),
	assetUrl,
	layout: "site",
	embedDepth: 3,
};
const compile = (body: string): string => compileNote("Here.md", body, env).body;

describe("compile: links", () => {
	test.each([
		["wikilink to a published note", "see [[Pub]]", "see [Pub](/pub/)"],
		["alias", "see [[Pub|this]]", "see [this](/pub/)"],
		["heading anchor", "[[Pub#Part two]]", "[Pub > Part two](/pub/#part-two)"],
		["block anchor", "[[Pub#^blk|b]]", "[b](/pub/#^blk)"],
		["path link", "[[Folder/Deep]]", "[Folder/Deep](/folder/deep/)"],
		["markdown link", "[x](Folder/Deep.md)", "[x](/folder/deep/)"],
		["markdown link with spaces", "[x](<Folder/Deep.md>)", "[x](/folder/deep/)"],
		["unpublished: alias only", "a [[Private|friend]] b", "a friend b"],
		["unpublished markdown link: text only", "[a friend](Private.md)", "a friend"],
		["unpublished, no alias: the text as written", "[[Private]]", "Private"],
		["missing note", "[[Nowhere|x]]", "x"],
		["external link untouched", "[site](https://example.com/a.md)", "[site](https://example.com/a.md)"],
		["inline code untouched", "`[[Private]]` and [[Pub]]", "`[[Private]]` and [Pub](/pub/)"],
		["image embed copied", "![[photo one.png]]", "![](/files/img/photo-one.png)"],
		["markdown image", "![alt](img/photo%20one.png)", "![alt](/files/img/photo-one.png)"],
		["attachment link", "[[paper.pdf]]", "[paper.pdf](/files/docs/paper.pdf)"],
		["escaped pipe in a table", "| [[Pub\\|p]] |", "| [p](/pub/) |"],
	])("%s", (_name, body, expected) => expect(compile(body)).toBe(expected));
});

describe("compile: embeds, comments", () => {
	test("published embed is inlined, unpublished replaced by a placeholder", () => {
		const out = compile("x\n![[Pub#Part two]]\n![[Private]]");
		expect(out).toContain("## Part two\nMore");
		expect(out).not.toContain("# Top");
		expect(out).toContain(EMBED_NOT_PUBLISHED);
		expect(out).not.toContain("PRIVATE");
	});

	test("block embed", () => expect(compile("![[Pub#^blk]]")).toContain("Published body ^blk"));

	test("cycles and depth are bounded", () => {
		expect(compile("![[A]]")).toContain(EMBED_CYCLE);
		const deep = compile("![[L1]]");
		expect(deep).toContain("three");
		expect(deep).toContain(EMBED_TOO_DEEP);
		expect(deep).not.toContain("five");
	});

	test("comments are stripped, inline and across lines; line numbers stay", () => {
		const c = compileNote("Here.md", "---\na: 1\n---\nkeep %%inline secret%% this\n%%\nmulti\nline secret\n%%\nafter", env);
		expect(c.body).not.toMatch(/secret/);
		expect(c.body).toContain("keep  this");
		expect(c.body).toContain("after");
		expect([...c.hiddenLines].sort()).toEqual([5, 6, 7, 8]);
		expect(c.lineMap[c.body.split("\n").indexOf("after")]).toBe(9);
	});

	test("frontmatter never reaches the body, even after blank lines", () => {
		const c = compileNote("Here.md", "\n\n---\nsecret: zqx\n---\nbody", env);
		expect(c.body).toBe("body");
		expect(c.lineMap[0]).toBe(6);
	});

	test("fenced code is left as written", () => {
		expect(compile("```\n[[Private]] %%x%%\n```")).toBe("```\n[[Private]] %%x%%\n```");
	});

	test("`%%` in inline code is shown and opens no comment; a line of backticks holding code is no fence", () => {
		expect(compile("Type `%%` to start one.\n\nStill shown.")).toBe("Type `%%` to start one.\n\nStill shown.");
		expect(compile("```a```\n%%\nsecret\n%%\nshown")).toBe("```a```\n\n\n\nshown");
	});

	test("fences as Markdown reads them: backticks after a backtick marker make inline code, text after a closing marker closes nothing", () => {
		expect(compile("```a```\n[[Pub]]")).toBe("```a```\n[Pub](/pub/)");
		expect(compile("```\n``` js\n[[Private]]\n```\n[[Pub]]")).toBe("```\n``` js\n[[Private]]\n```\n[Pub](/pub/)");
	});

	test("dependencies: a linked note's URL or an embedded note's text changes the hashes", () => {
		const before = compileNote("Here.md", "[[Pub]] ![[Folder/Deep]]", env);
		notes["Folder/Deep.md"] = "Deep text, edited";
		const after = compileNote("Here.md", "[[Pub]] ![[Folder/Deep]]", env);
		expect(after.embedsHash).not.toBe(before.embedsHash);
		expect(after.linksHash).toBe(before.linksHash);
		published.delete("Pub.md");
		expect(compileNote("Here.md", "[[Pub]] ![[Folder/Deep]]", env).linksHash).not.toBe(before.linksHash);
		published.add("Pub.md");
	});
});
