// The search index: every published note once with its public quotes, split into at most
// SEARCH_MAX_FILES parts; an edit that keeps a note's size rewrites one part.
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import { leadText, SEARCH_FILE_TARGET, SEARCH_MAX_FILES } from "../../../src/core/publish/site-search";
import type { OutputFile } from "../../../src/core/publish/types";
import { memoryVault } from "./vault";

type Row = [string, string, string, [string, string, string][]];

function parts(files: OutputFile[]): Map<string, { part: number; of: number; notes: Row[] }> {
	return new Map(files.filter((f) => f.path.startsWith("search/index-")).map((f) => [f.path, JSON.parse(f.content as string) as { part: number; of: number; notes: Row[] }]));
}

/** A vault of `n` notes whose quotes add up to more than SEARCH_FILE_TARGET bytes per `fill`. */
function vault(n: number, words: (i: number) => string): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < n; i++) files[`Ep ${String(i).padStart(3, "0")}.md`] = `---\ndg-publish: true\n---\n> ${words(i)} – Ana Ruiz\n`;
	return files;
}

test("a small garden is one file; a large one at most three parts of about equal size, each note once", async () => {
	const small = await buildPublish({ vault: memoryVault(vault(3, (i) => `Quote ${i}.`)), manifest: emptyManifest(), options: publishOptions() });
	expect([...parts(small.changes.write).keys()]).toEqual(["search/index-1.json"]);
	expect(parts(small.changes.write).get("search/index-1.json")?.of).toBe(1);

	const long = (i: number): string => `Quote ${i} ${"words that fill the index ".repeat(200)}`;
	const big = await buildPublish({ vault: memoryVault(vault(300, long)), manifest: emptyManifest(), options: publishOptions() });
	const split = parts(big.changes.write);
	expect(split.size).toBe(SEARCH_MAX_FILES);
	const sizes = big.changes.write.filter((f) => split.has(f.path)).map((f) => (f.content as string).length);
	expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(SEARCH_MAX_FILES * SEARCH_FILE_TARGET);
	expect(Math.max(...sizes) / Math.min(...sizes)).toBeLessThan(1.1);
	const urls = [...split.values()].flatMap((p) => p.notes.map((r) => r[1]));
	expect(urls).toHaveLength(300);
	expect(new Set(urls).size).toBe(300);
	for (const p of split.values()) expect(p.of).toBe(SEARCH_MAX_FILES);

	// One quote's words changed, same length: one part is rewritten.
	const edited = vault(300, long);
	edited["Ep 150.md"] = edited["Ep 150.md"].replace("Quote 150", "Quota 150");
	const next = await buildPublish({ vault: memoryVault(edited), manifest: big.manifest, options: publishOptions() });
	expect(next.changes.write.map((f) => f.path).filter((p) => p.startsWith("search/"))).toHaveLength(1);

	// Shorter quotes, same notes and counts (the site-wide pages are kept): the parts it no longer needs go.
	const short = await buildPublish({ vault: memoryVault(vault(300, (i) => `Quote ${i}.`)), manifest: next.manifest, options: publishOptions() });
	expect(short.changes.write.map((f) => f.path)).not.toContain("episodes/index.html");
	// (The old quotes' own pages go too: their words, and so their ids, changed.)
	expect(short.changes.delete.filter((p) => p.startsWith("search/"))).toEqual(["search/index-2.json", "search/index-3.json"]);
	expect(Object.keys(short.manifest.siteFiles).filter((p) => p.startsWith("search/index-"))).toEqual(["search/index-1.json"]);
});

test("the index holds titles, episode lines, speakers and quote words; no quote of a comment", async () => {
	const files = {
		"Ep.md": "---\ndg-publish: true\nshow: Lex Fridman Podcast\nepisode: 367\n---\n> 東京の未来について話しました。 – 山田太郎\n\n%%\n> Hidden in a comment. – Sam Altman\n%%\n\n> **Bold** words and a [link](https://example.com). – Sam Altman\n",
	};
	const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions() });
	const [row] = parts(build.changes.write).get("search/index-1.json")?.notes ?? [];
	expect(row[0]).toBe("Ep");
	expect(row[1]).toBe("ep/");
	expect(row[2]).toBe("Lex Fridman Podcast · #367");
	expect(row[3].map((q) => [q[1], q[2]])).toEqual([
		["山田太郎", "東京の未来について話しました。 – 山田太郎"],
		["Sam Altman", "Bold words and a link. – Sam Altman"],
	]);
	const page = build.changes.write.find((f) => f.path === "ep/index.html")?.content as string;
	for (const q of row[3]) expect(page).toContain(`id="${q[0]}"`);
});

test("leadText keeps the opening words: no headings, tables or code, cut at a word", () => {
	expect(leadText("# Title\n\n| a | b |\n\n```\ncode\n```\nFirst *words* here.\n\nSecond.")).toBe("First words here. Second.");
	const long = leadText(`${"word ".repeat(100)}`);
	expect(long.length).toBeLessThanOrEqual(281);
	expect(long.endsWith("word…")).toBe(true);
});
