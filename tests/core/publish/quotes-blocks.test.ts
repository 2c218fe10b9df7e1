// The site's play links and its static `podcast-quotes` blocks: what they show, and that a block's page is
// rendered again when the quotes it shows change in another note (and only then).
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import { memoryVault } from "./vault";

const BLOCK = "```podcast-quotes\nspeaker: Sam Altman\nsort: newest\n```";
const files: Record<string, string> = {
	"Favourites.md": `---\ndg-publish: true\n---\n# Favourites\n\nMy picks:\n\n${BLOCK}\n`,
	"Ep 1.md": "---\ndg-publish: true\nshow: Lex Fridman Podcast\ndate: 2023-03-25\nurl: https://www.youtube.com/watch?v=L_Guz73e6fw\n---\n> We ship early to learn. – Sam Altman (1:02:03)\n",
	"Ep 2.md": "---\ndg-publish: true\ndate: 2021-01-01\nurl: https://lexfridman.com/page/\n---\n> Compute is the currency of the future. – Sam Altman [12:05]\n",
	"Other.md": "---\ndg-publish: true\n---\n> Unrelated words. – Lex Fridman\n",
};

const page = (build: Awaited<ReturnType<typeof buildPublish>>, path: string): string => {
	const file = build.changes.write.find((f) => f.path === path);
	if (!file) throw new Error(`${path} not written; wrote ${build.changes.write.map((f) => f.path).join(", ")}`);
	return file.content as string;
};

describe("timestamps that play on the site", () => {
	test("the note's quotes list links the time to the episode at that moment; a page that cannot play keeps the time as text", async () => {
		const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({}) });
		expect(build.errors).toEqual([]);
		expect(page(build, "ep-1/index.html")).toMatch(/In context<\/a> · <a class="pg-play" href="https:\/\/www\.youtube\.com\/watch\?v=L_Guz73e6fw&amp;t=3723s" rel="noopener noreferrer" aria-label="Play at 1:02:03">▶ 1:02:03<\/a> · <a class="pg-share" href="[^"]+">Share<\/a><\/figcaption>/);
		expect(page(build, "ep-2/index.html")).toMatch(/In context<\/a> · 12:05 · <a class="pg-share" href="[^"]+">Share<\/a><\/figcaption>/);
	});

	test("a public key left off the public list gives no link", async () => {
		const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({ frontmatterKeys: ["title"] }) });
		expect(page(build, "ep-1/index.html")).not.toContain("youtube.com");
		expect(page(build, "ep-1/index.html")).toMatch(/In context<\/a> · 1:02:03 · <a class="pg-share" href="[^"]+">Share<\/a><\/figcaption>/);
	});
});

describe("podcast-quotes blocks on the site", () => {
	test("rendered in place, newest first, each quote linking to its page and playing where it can", async () => {
		const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({}) });
		const html = page(build, "favourites/index.html");
		const block = html.slice(html.indexOf('<div class="pg-quotes-block">'), html.indexOf("</div>", html.indexOf('<div class="pg-quotes-block">')));
		expect(html.indexOf("My picks:")).toBeLessThan(html.indexOf('<div class="pg-quotes-block">'));
		expect(block.indexOf("We ship early")).toBeLessThan(block.indexOf("Compute is the currency"));
		expect(block).not.toContain("Unrelated words");
		expect(block).toContain('Sam Altman · <a href="../ep-1/#q');
		expect(block).toContain('aria-label="Play at 1:02:03"');
		expect(html).not.toContain("language-podcast-quotes");
	});

	test("a bad block says what is wrong on the page", async () => {
		const bad = { ...files, "Favourites.md": "---\ndg-publish: true\n---\n```podcast-quotes\nspaeker: Sam\n```\n" };
		const build = await buildPublish({ vault: memoryVault(bad), manifest: emptyManifest(), options: publishOptions({}) });
		expect(page(build, "favourites/index.html")).toContain('<li>Line 1 of the block: Unknown key &quot;spaeker&quot;. Keys: speaker, show, query, tag, sort, limit.</li>');
	});

	test("another note's edit re-renders the block's page when it changes what the block shows, and only then", async () => {
		const first = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({}) });
		const quoted = { ...files, "Ep 2.md": files["Ep 2.md"].replace("Compute is the currency", "Energy is the currency") };
		const second = await buildPublish({ vault: memoryVault(quoted), manifest: first.manifest, options: publishOptions({}) });
		expect(second.plan.changed).toEqual(
			expect.arrayContaining([
				{ path: "Ep 2.md", url: "/ep-2/", reasons: ["text"] },
				{ path: "Favourites.md", url: "/favourites/", reasons: ["quotes"] },
			]),
		);
		expect(page(second, "favourites/index.html")).toContain("Energy is the currency");

		const unrelated = { ...quoted, "Other.md": files["Other.md"].replace("Unrelated", "Other") };
		const third = await buildPublish({ vault: memoryVault(unrelated), manifest: second.manifest, options: publishOptions({}) });
		expect(third.plan.changed.map((n) => n.path)).toEqual(["Other.md"]);
		expect(third.plan.unchanged).toContain("Favourites.md");
	});

	test("`tag:` matches no note by a tag written only in a comment, nor shows that tag on a page (decision 24)", async () => {
		const tagged = {
			...files,
			"Favourites.md": "---\ndg-publish: true\n---\n```podcast-quotes\ntag: ai\n```\n",
			"Ep 1.md": files["Ep 1.md"].replace("> We ship", "%% file under #ai %%\n> We ship"),
			"Ep 2.md": files["Ep 2.md"].replace("> Compute", "#ai\n\n> Compute"),
		};
		const build = await buildPublish({ vault: memoryVault(tagged), manifest: emptyManifest(), options: publishOptions({}) });
		expect(build.errors).toEqual([]);
		const block = page(build, "favourites/index.html");
		expect(block).toContain("Compute is the currency");
		expect(block).not.toContain("We ship early");
		// The tag's page lists the note that shows it, not the one that keeps it in a comment.
		const tagPage = page(build, "tags/ai/index.html");
		expect(tagPage).toContain("ep-2/");
		expect(tagPage).not.toContain("ep-1/");
		expect(page(build, "ep-1/index.html")).not.toContain("/tags/ai/");
	});

	test("the Digital Garden layout keeps the block as the note wrote it (its site renders the Markdown)", async () => {
		const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({ layout: "digital-garden" }) });
		expect(page(build, "src/site/notes/Favourites.md")).toContain(BLOCK);
		expect(build.manifest.notes["Favourites.md"].blocks).toBeUndefined();
	});
});
