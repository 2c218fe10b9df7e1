// Privacy of the feed and the search index: they hold published notes' public words only (no unflagged
// note, no comment, no embed of an unflagged note, no name known only from a private person note, no
// property left off the public list), built cold or from a warm cache, and a note unflagged later leaves both
// at once, also when the index's base was kept from an earlier publish (search-log.ts).
import { buildPublish, emptyManifest, PublishCache, publishOptions, type BuildRequest, type PublishBuild } from "../../../src/core/publish";
import type { PublishManifest } from "../../../src/core/publish/types";
import { QuoteIndex } from "../../../src/core/index";
import { SEARCH_RECENT_FILE } from "../../../src/core/publish/search-log";
import { isSearchIndexFile } from "../../../src/core/publish/site-search";
import { memoryVault, PublishedFiles } from "./vault";

const secret = (n: number): string => `zqxfeed${n}marker`;

const FILES: Record<string, string> = {
	"Public.md": [
		"---",
		"dg-publish: true",
		`notes: ${secret(1)}`,
		`show: ${secret(2)}`,
		"---",
		`Opening words %%${secret(3)}%% and a link to [[Diary ${secret(4)}|my diary]].`,
		"",
		`> A public quote %%${secret(5)}%% about building. – Sam`,
		"",
		"%%",
		`> ${secret(6)} quoted inside a comment – Sam Altman`,
		"%%",
		"",
		`> ![[Diary ${secret(4)}]]`,
		"> – Lex",
	].join("\n"),
	[`Diary ${secret(4)}.md`]: `${secret(7)} diary body\n> ${secret(8)} private quote – Sam Altman\n`,
	"People/Sam Zqxfeedperson.md": "---\naliases: [Sam]\ntags: [person]\n---\nA private person note.\n",
	"Draft.md": `---\ndg-publish: true\ndraft: true\n---\n${secret(9)}\n> ${secret(10)} – Lex\n`,
	"Essay.md": `---\ndg-publish: true\n---\n# Essay\nEssay opening words %%${secret(11)}%% and [[Diary ${secret(4)}|my diary]].\n\n![[Diary ${secret(4)}]]\n`,
	"Later.md": `---\ndg-publish: true\n---\nLATERPUBLIC words.\n> Later quote LATERQUOTE. – Ana Ruiz\n`,
};

/** The feed and every search index part, as one lower-case string. */
function feedAndIndex(build: PublishBuild): string {
	return build.changes.write
		.filter((f) => f.path === "feed.xml" || f.path.startsWith("search/index-"))
		.map((f) => `${f.path}\n${f.content as string}`)
		.join("\n")
		.toLowerCase();
}

describe("privacy: the feed and the search index", () => {
	const index = new QuoteIndex();
	index.upsertMany(Object.entries(FILES).map(([path, text]) => ({ path, text })));
	const cache = new PublishCache();
	const builds: { name: string; request: Partial<BuildRequest> }[] = [
		{ name: "read from disk", request: {} },
		{ name: "from the index records and a cache", request: { records: index, cache } },
	];

	test.each(builds)("hold only published notes' public words ($name)", async ({ request }) => {
		for (let round = 0; round < 2; round++) {
			const build = await buildPublish({ vault: memoryVault(FILES), manifest: emptyManifest(), options: publishOptions({ frontmatterKeys: ["tags"] }), now: () => "2026-01-01T00:00:00.000Z", ...request });
			expect(build.errors).toEqual([]);
			const text = feedAndIndex(build);
			expect(text).toContain("a public quote");
			expect(text).toContain("laterquote");
			expect(text).toContain("essay opening words");
			expect(text).toContain("feed.xml");
			for (let n = 1; n <= 11; n++) expect([n, text.includes(secret(n))]).toEqual([n, false]);
			expect(text).not.toContain("zqxfeedperson");
			expect(text).not.toContain("private person note");
			// A link to an unpublished note keeps only its display text; its embed is a placeholder.
			expect(text).toContain("my diary");
			expect(text).toContain("(an embedded note is not published.) – lex");
		}
	});

	test("a note unflagged (or deleted) later leaves the feed and the index at the next publish", async () => {
		let manifest: PublishManifest = emptyManifest();
		const warm = new PublishCache();
		const publish = async (files: Record<string, string>): Promise<PublishBuild> => {
			const build = await buildPublish({ vault: memoryVault(files), manifest, options: publishOptions(), cache: warm });
			expect(build.errors).toEqual([]);
			manifest = build.manifest;
			return build;
		};
		expect(feedAndIndex(await publish(FILES))).toContain("laterquote");
		const unflagged = await publish({ ...FILES, "Later.md": FILES["Later.md"].replace("dg-publish: true", "dg-publish: false") });
		const text = feedAndIndex(unflagged);
		expect(unflagged.changes.write.map((f) => f.path)).toEqual(expect.arrayContaining(["feed.xml", "search/index-1.json"]));
		expect(text).not.toContain("later");
		expect(text).toContain("a public quote");
	});

	test("a note unflagged after an edit leaves every published file at once, though the index's base was kept since", async () => {
		let manifest: PublishManifest = emptyManifest();
		const warm = new PublishCache();
		const site = new PublishedFiles();
		const publish = async (files: Record<string, string>): Promise<PublishBuild> => {
			const build = await buildPublish({ vault: memoryVault(files), manifest, options: publishOptions(), cache: warm, readPublished: site.read });
			expect(build.errors).toEqual([]);
			manifest = build.manifest;
			site.apply(build.changes);
			return build;
		};
		await publish(FILES);
		// Edited: the base keeps its old words behind a tombstone, the recent part has the new ones.
		const edited = { ...FILES, "Later.md": FILES["Later.md"].replace("LATERQUOTE", "LATERQUOTE LATEREDIT") };
		const second = await publish(edited);
		expect(second.changes.write.map((f) => f.path).filter(isSearchIndexFile)).toEqual([SEARCH_RECENT_FILE]);
		expect(site.files.get("search/index-1.json")).toContain("LATERQUOTE.");
		expect(site.files.get(SEARCH_RECENT_FILE)).toContain("LATEREDIT");
		await publish({ ...edited, "Later.md": edited["Later.md"].replace("dg-publish: true", "dg-publish: false") });
		const everything = [...site.files].map(([path, text]) => `${path}\n${text}`).join("\n").toLowerCase();
		for (const word of ["laterquote", "lateredit", "laterpublic"]) expect([word, everything.includes(word)]).toEqual([word, false]);
		expect(everything).toContain("a public quote");
	});
});
