// The search index: every published note once with its public quotes, in a base of at most two parts and
// a recent part (search-log.ts): an edit rewrites the recent part only, a growing recent part or a note
// leaving the site writes the base again.
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import { recentLimit, SEARCH_RECENT_FILE, SEARCH_RECENT_FLOOR, shownRows } from "../../../src/core/publish/search-log";
import { isSearchIndexFile, leadText, SEARCH_MAX_FILES } from "../../../src/core/publish/site-search";
import type { OutputFile } from "../../../src/core/publish/types";
import { memoryVault, PublishedFiles } from "./vault";

type Row = [string, string, string, [string, string, string][]];

function parts(files: OutputFile[]): Map<string, { id: string; part: number; of: number; notes: Row[] }> {
	return new Map(files.filter((f) => /^search\/index-\d+\.json$/.test(f.path)).map((f) => [f.path, JSON.parse(f.content as string) as { id: string; part: number; of: number; notes: Row[] }]));
}

/** A vault of `n` notes whose quotes add up to more than SEARCH_FILE_TARGET bytes per `fill`. */
function vault(n: number, words: (i: number) => string): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < n; i++) files[`Ep ${String(i).padStart(3, "0")}.md`] = `---\ndg-publish: true\n---\n> ${words(i)} – Ana Ruiz\n`;
	return files;
}

const publishAll = (files: Record<string, string>, manifest = emptyManifest(), site?: PublishedFiles) =>
	buildPublish({ vault: memoryVault(files), manifest, options: publishOptions(), readPublished: site?.read }).then((build) => {
		expect(build.errors).toEqual([]);
		site?.apply(build.changes);
		return build;
	});

test("a small garden's base is one file; a large one's at most two of about equal size; each note once; an empty recent part", async () => {
	const small = await publishAll(vault(3, (i) => `Quote ${i}.`));
	expect([...parts(small.changes.write).keys()]).toEqual(["search/index-1.json"]);
	expect(parts(small.changes.write).get("search/index-1.json")?.of).toBe(1);
	const recent = JSON.parse(small.changes.write.find((f) => f.path === SEARCH_RECENT_FILE)?.content as string) as { base: string; drop: string[]; notes: Row[] };
	expect(recent).toMatchObject({ base: parts(small.changes.write).get("search/index-1.json")?.id, drop: [], notes: [] });

	const long = (i: number): string => `Quote ${i} ${"words that fill the index ".repeat(200)}`;
	const big = await publishAll(vault(300, long));
	const split = parts(big.changes.write);
	expect(split.size).toBe(SEARCH_MAX_FILES - 1);
	expect(big.changes.write.filter((f) => isSearchIndexFile(f.path))).toHaveLength(SEARCH_MAX_FILES);
	const sizes = big.changes.write.filter((f) => split.has(f.path)).map((f) => (f.content as string).length);
	expect(Math.max(...sizes) / Math.min(...sizes)).toBeLessThan(1.1);
	const urls = [...split.values()].flatMap((p) => p.notes.map((r) => r[1]));
	expect(urls).toHaveLength(300);
	expect(new Set(urls).size).toBe(300);
	for (const p of split.values()) expect(p.of).toBe(SEARCH_MAX_FILES - 1);
});

describe("the base and the recent part (search-log.ts)", () => {
	const long = (i: number): string => `Quote ${i} ${"words that fill the index ".repeat(40)}`;
	const written = (build: { changes: { write: OutputFile[] } }): string[] => build.changes.write.map((f) => f.path).filter(isSearchIndexFile).sort();

	test("an edit rewrites the recent part only; the search shows the new words and not the old; the base is kept", async () => {
		const site = new PublishedFiles();
		const files = vault(40, long);
		const first = await publishAll(files, emptyManifest(), site);
		const base = site.files.get("search/index-1.json");
		const edited = { ...files, "Ep 007.md": files["Ep 007.md"].replace("Quote 7 ", "Quota seven ") };
		const second = await publishAll(edited, first.manifest, site);
		expect(written(second)).toEqual([SEARCH_RECENT_FILE]);
		expect(second.manifest.siteFiles["search/index-1.json"]).toBe(first.manifest.siteFiles["search/index-1.json"]);
		expect(site.files.get("search/index-1.json")).toBe(base);
		const shown = (await shownRows(site.read)) ?? [];
		expect(shown).toHaveLength(40);
		const row = shown.find((r) => r[1] === "ep-007/");
		expect(row?.[3][0][2]).toContain("Quota seven");
		expect(JSON.stringify(shown)).not.toContain("Quote 7 ");
		// The recent part holds that note's row only, far smaller than the base.
		const recent = site.files.get(SEARCH_RECENT_FILE) ?? "";
		expect((JSON.parse(recent) as { notes: Row[] }).notes.map((r) => r[1])).toEqual(["ep-007/"]);
		expect(recent.length * 10).toBeLessThan((base ?? "").length);
		// What a full build of the same vault shows.
		const fresh = new PublishedFiles();
		await publishAll(edited, emptyManifest(), fresh);
		expect(shown).toEqual(await shownRows(fresh.read));
	});

	test("a note rendered again for its backlinks only keeps its base row: the recent part gets the linking note alone", async () => {
		const site = new PublishedFiles();
		const files = vault(40, long);
		const first = await publishAll(files, emptyManifest(), site);
		const linked = { ...files, "Ep 001.md": `${files["Ep 001.md"]}\nSee [[Ep 030]].\n` };
		const second = await publishAll(linked, first.manifest, site);
		expect(second.plan.changed.map((n) => [n.path, n.reasons])).toEqual([["Ep 001.md", ["text", "link"]], ["Ep 030.md", ["backlinks"]]]);
		expect((JSON.parse(site.files.get(SEARCH_RECENT_FILE) ?? "") as { notes: Row[] }).notes.map((r) => r[1])).toEqual(["ep-001/"]);
	});

	test("a note moved to another address hides its base row (a tombstone) until the next compaction", async () => {
		const site = new PublishedFiles();
		const files = vault(40, long);
		const first = await publishAll(files, emptyManifest(), site);
		const moved = { ...files, "Ep 012.md": files["Ep 012.md"].replace("dg-publish: true", "dg-publish: true\ndg-permalink: elsewhere") };
		const second = await publishAll(moved, first.manifest, site);
		expect(written(second)).toEqual([SEARCH_RECENT_FILE]);
		const recent = JSON.parse(site.files.get(SEARCH_RECENT_FILE) ?? "") as { drop: string[]; notes: Row[] };
		expect(recent.drop).toEqual(["ep-012/"]);
		expect(recent.notes.map((r) => r[1])).toEqual(["elsewhere/"]);
		const shown = (await shownRows(site.read)) ?? [];
		expect(shown.map((r) => r[1])).not.toContain("ep-012/");
		expect(shown.filter((r) => r[0] === "Ep 012").map((r) => r[1])).toEqual(["elsewhere/"]);
	});

	test("edits of more and more notes grow the recent part until it passes recentLimit; then the base is written again", async () => {
		const site = new PublishedFiles();
		let files = vault(60, long);
		let manifest = (await publishAll(files, emptyManifest(), site)).manifest;
		const baseBytes = (JSON.parse(site.files.get(SEARCH_RECENT_FILE) ?? "") as { baseBytes: number }).baseBytes;
		const limit = recentLimit(baseBytes, 60);
		let edits = 0;
		let compacted = false;
		for (let i = 0; i < 60 && !compacted; i++) {
			const before = site.files.get(SEARCH_RECENT_FILE) ?? "";
			files = { ...files, [`Ep ${String(i).padStart(3, "0")}.md`]: files[`Ep ${String(i).padStart(3, "0")}.md`].replace(`Quote ${i} `, `Edited ${i} `) };
			const build = await publishAll(files, manifest, site);
			manifest = build.manifest;
			edits++;
			compacted = written(build).includes("search/index-1.json");
			if (compacted) {
				// The recent part had room for fewer rows than this edit would have made: compaction, not growth.
				expect(before.length + (before.length / Math.max(1, i))).toBeGreaterThan(limit * 0.9);
				expect(JSON.parse(site.files.get(SEARCH_RECENT_FILE) ?? "")).toMatchObject({ drop: [], notes: [] });
			} else {
				expect(written(build)).toEqual([SEARCH_RECENT_FILE]);
				expect((site.files.get(SEARCH_RECENT_FILE) ?? "").length).toBeLessThanOrEqual(limit);
			}
		}
		expect(compacted).toBe(true);
		// √(2 / 60) of the base holds about √(2 × 60) ≈ 11 rows.
		expect(edits).toBeGreaterThan(5);
		expect(edits).toBeLessThan(20);
		const shown = JSON.stringify(await shownRows(site.read));
		for (let i = 0; i < edits; i++) expect(shown).toContain(`Edited ${i} `);
		expect(shown).not.toMatch(/Quote [0-9] /);
	});

	test("a note unpublished or deleted leaves every index file at once (the base is written again)", async () => {
		const site = new PublishedFiles();
		const files = { ...vault(40, long), "Secret.md": "---\ndg-publish: true\n---\n> Zqxbase words in the base. – Ana Ruiz\n" };
		let manifest = (await publishAll(files, emptyManifest(), site)).manifest;
		expect(site.files.get("search/index-1.json")).toContain("Zqxbase");
		// Edited first: its old words are in the base under a tombstone, its new ones in the recent part.
		const edited = { ...files, "Secret.md": files["Secret.md"].replace("in the base", "zqxrecent") };
		manifest = (await publishAll(edited, manifest, site)).manifest;
		expect(site.files.get(SEARCH_RECENT_FILE)).toContain("zqxrecent");
		const unflagged = await publishAll({ ...edited, "Secret.md": edited["Secret.md"].replace("dg-publish: true", "dg-publish: false") }, manifest, site);
		expect(written(unflagged)).toEqual(["search/index-1.json", SEARCH_RECENT_FILE]);
		const all = [...site.files].filter(([path]) => isSearchIndexFile(path)).map(([, text]) => text).join("\n");
		expect(all).not.toMatch(/zqx/i);
		expect(all).not.toContain("secret/");
		expect((await shownRows(site.read))?.length).toBe(40);
	});

	test("without the published index (no reader, or a file changed since) the whole index is built from the notes", async () => {
		const site = new PublishedFiles();
		const files = vault(20, long);
		const first = await publishAll(files, emptyManifest(), site);
		const edited = { ...files, "Ep 003.md": files["Ep 003.md"].replace("Quote 3 ", "Quota three ") };
		const blind = await publishAll(edited, first.manifest);
		expect(written(blind)).toEqual(["search/index-1.json", SEARCH_RECENT_FILE]);
		site.files.set(SEARCH_RECENT_FILE, site.files.get(SEARCH_RECENT_FILE)?.replace("[]}", "[] }") ?? "");
		const tampered = await publishAll(edited, first.manifest, site);
		expect(written(tampered)).toEqual(["search/index-1.json", SEARCH_RECENT_FILE]);
		expect(JSON.stringify(await shownRows(site.read))).toContain("Quota three");
	});

	test("recentLimit: base × √(2 / notes), never below the floor", () => {
		expect(recentLimit(38_000_000, 2000)).toBe(Math.round(38_000_000 * Math.sqrt(2 / 2000)));
		expect(recentLimit(1000, 3)).toBe(SEARCH_RECENT_FLOOR);
	});
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
