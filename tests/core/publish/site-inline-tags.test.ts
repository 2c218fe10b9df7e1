// Inline `#tags` on the static site: they are the note's tags like its frontmatter tags (tag list, tag
// pages, tags index), written as links where they appear; a nested tag is listed under its parents too.
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import type { PublishBuild, PublishManifest } from "../../../src/core/publish";
import { HtmlValidate } from "html-validate";
import { memoryVault } from "./vault";

const flagged = (front: string, body: string): string => `---\ndg-publish: true\n${front}---\n${body}\n`;

const VAULT: Record<string, string> = {
	"Ep 1.md": flagged("date: 2024-01-01\ntags: [interview]\n", "We talk about #AI and #science/physics.\n\n`#notatag` in code, issue #42, [[Ep 2#Part]].\n\n```\n#fenced\n```"),
	"Ep 2.md": flagged("date: 2024-02-01\n", "## Part\n\nMore #ai, and #science/biology.\n\n![[Ep 3]]"),
	// Embedded in Ep 2: its tags are its own, not Ep 2's (as in Obsidian).
	"Ep 3.md": flagged("date: 2024-03-01\n", "Only here: #embedded-only"),
	"日本.md": flagged("date: 2024-04-01\n", "日本語のメモ #日本語"),
};

async function build(files: Record<string, string>, manifest: PublishManifest = emptyManifest()): Promise<{ build: PublishBuild; page: (path: string) => string }> {
	const result = await buildPublish({ vault: memoryVault(files), manifest, options: publishOptions() });
	expect(result.errors).toEqual([]);
	const all = new Map(result.changes.write.map((f) => [f.path, typeof f.content === "string" ? f.content : ""]));
	return { build: result, page: (p) => all.get(p) ?? "" };
}

/** The titles a tag page lists. */
const listed = (html: string): string[] => [...html.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);

describe("inline tags on the static site", () => {
	test("the note page lists inline tags after the frontmatter ones and links them where they are written", async () => {
		const { page } = await build(VAULT);
		const ep1 = page("ep-1/index.html");
		const list = /<p class="note-tags">[\s\S]*?<\/p>/.exec(ep1)?.[0] ?? "";
		expect([...list.matchAll(/>#([^<]+)<\/a>/g)].map((m) => m[1])).toEqual(["interview", "AI", "science/physics"]);
		expect(ep1).toContain('We talk about <a href="../tags/ai/" class="tag" rel="tag">#AI</a> and <a href="../tags/science-physics/" class="tag" rel="tag">#science/physics</a>.');
		// Code, numbers and link subpaths are no tags.
		expect(ep1).toContain("<code>#notatag</code>");
		expect(ep1).toContain("issue #42");
		expect(ep1).not.toMatch(/tags\/(notatag|fenced|42|part)\//);
		const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "valid-id": ["error", { relaxed: true }] } });
		const report = await validator.validateString(ep1);
		expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
	});

	test("a page per inline tag; the tags index counts them; a tag in an embedded note counts for that note only", async () => {
		const { page, build: result } = await build(VAULT);
		expect(listed(page("tags/ai/index.html"))).toEqual(["Ep 2", "Ep 1"]);
		expect(listed(page("tags/embedded-only/index.html"))).toEqual(["Ep 3"]);
		expect(listed(page("tags/日本語/index.html"))).toEqual(["日本"]);
		const index = page("tags/index.html");
		// One page for both spellings, as for frontmatter tags.
		expect(index).toContain('<a rel="tag" href="../tags/ai/">#AI, #ai</a> <span class="muted">(2)</span>');
		const paths = result.changes.write.map((f) => f.path).filter((p) => p.startsWith("tags/")).sort();
		expect(paths).toEqual(["tags/ai/index.html", "tags/embedded-only/index.html", "tags/index.html", "tags/interview/index.html", "tags/science-biology/index.html", "tags/science-physics/index.html", "tags/science/index.html", "tags/日本語/index.html"]);
		// In Ep 2's page the embedded #embedded-only is shown but not linked: it is not Ep 2's tag.
		expect(page("ep-2/index.html")).toContain("Only here: #embedded-only");
	});

	test("a nested tag is listed under the tags it is nested in, as Obsidian's tag pane counts it", async () => {
		const { page } = await build(VAULT);
		expect(listed(page("tags/science/index.html"))).toEqual(["Ep 2", "Ep 1"]);
		expect(listed(page("tags/science-physics/index.html"))).toEqual(["Ep 1"]);
		expect(page("tags/index.html")).toContain('<a rel="tag" href="../tags/science/">#science</a> <span class="muted">(2)</span>');
	});

	test("adding an inline tag rewrites the note's page and the tag pages, and nothing of the other notes", async () => {
		const first = await build(VAULT);
		const edited = { ...VAULT, "Ep 1.md": VAULT["Ep 1.md"].replace("#AI", "#AI #new-tag") };
		const second = await build(edited, first.build.manifest);
		const written = second.build.changes.write.map((f) => f.path);
		expect(written).toEqual(expect.arrayContaining(["ep-1/index.html", "tags/new-tag/index.html", "tags/index.html"]));
		expect(written.filter((p) => /^(ep-2|ep-3|日本)\//.test(p))).toEqual([]);
		// The same vault again writes nothing (the tags are cached with the note's search text).
		const third = await build(edited, second.build.manifest);
		expect(third.build.changes.write).toEqual([]);
	});
});
