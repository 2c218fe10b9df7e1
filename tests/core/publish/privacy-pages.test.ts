// Privacy of the reader pages (issue 14): backlinks, tag pages, speaker pages and og: metadata show
// nothing of an unflagged note (not its title, text, quotes, tags, or a link to it) and nothing private
// of a flagged one (comments, keys left off the public list).
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import type { PublishManifest } from "../../../src/core/publish";
import { allText, memoryVault } from "./vault";

const secret = (n: number): string => `zqxpage${n}marker`;

const VAULT: Record<string, string> = {
	"Public.md": [
		"---",
		"dg-publish: true",
		"show: Lex Fridman Podcast",
		"tags: [garden]",
		`summary: ${secret(1)} private summary`,
		`description: ${secret(2)} private description`,
		"---",
		"%%",
		`> ${secret(3)} a quote inside a comment. – Sam Altman`,
		"",
		"%%",
		"",
		"> The public quote. – Sam Altman",
		"",
		`%% [[Other]] linked from a comment ${secret(4)} %%`,
	].join("\n"),
	"Other.md": "---\ndg-publish: true\n---\nAnother public note.\n",
	// Unflagged: it links to both published notes, quotes Sam Altman, carries tags and a description.
	[`Diary ${secret(5)}.md`]: [
		"---",
		`tags: [${secret(6)}, garden]`,
		`description: ${secret(7)}`,
		"show: Lex Fridman Podcast",
		"---",
		`[[Public]] and [[Other]] ${secret(8)}`,
		"",
		`> ${secret(9)} said in private. – Sam Altman`,
		"",
		`> ${secret(10)} another speaker. – Private Person`,
	].join("\n"),
	"Draft.md": `---\ndg-publish: true\ndraft: true\ntags: [${secret(11)}]\n---\n[[Public]] ${secret(12)}\n> ${secret(13)} – Sam Altman\n`,
	"Tagged private.md": `---\ndg-publish: true\ntags: [${secret(14)}]\n---\nIts tags key is left off the public list in the second case.\n`,
};

async function publish(files: Record<string, string>, manifest: PublishManifest = emptyManifest(), keys?: string[]) {
	const options = publishOptions({ baseUrl: "https://garden.example.com", ...(keys ? { frontmatterKeys: keys } : {}) });
	const build = await buildPublish({ vault: memoryVault(files), manifest, options, now: () => "2026-01-01T00:00:00.000Z" });
	expect(build.errors).toEqual([]);
	return build;
}

test("no output byte holds anything of an unflagged or draft note, nor a comment or unlisted key of a flagged one", async () => {
	const build = await publish(VAULT);
	const text = allText(build.changes.write);
	for (let n = 1; n <= 13; n++) expect({ n, found: text.includes(secret(n)) }).toEqual({ n, found: false });
	const page = (path: string): string => String(build.changes.write.find((f) => f.path === path)?.content ?? "");
	// Backlinks: only published notes; the diary and the draft link to Public, the comment's link does not count.
	expect(page("public/index.html")).not.toContain('class="backlinks"');
	expect(page("other/index.html")).not.toContain('class="backlinks"');
	expect(text).not.toMatch(/diary|draft/i);
	// Speaker page: the public quote only; no page for a speaker quoted only in the unflagged note.
	const sam = page("speakers/sam-altman/index.html");
	expect(sam).toContain("The public quote.");
	expect(sam).toContain("1 quote in 1 note");
	expect(build.changes.write.some((f) => f.path.startsWith("speakers/private-person"))).toBe(false);
	// Tag page: the published note only.
	expect(page("tags/garden/index.html")).toContain("1 note tagged #garden.");
	// og: tags from the first published quote, never from the keys left off the public list.
	expect(page("public/index.html")).toContain('<meta property="og:description" content="The public quote. – Sam Altman">');
});

test("a tags key left off the public list makes no tag page and no tag on the note page", async () => {
	const build = await publish(VAULT, emptyManifest(), ["title"]);
	const text = allText(build.changes.write);
	expect(text).not.toContain(secret(14));
	expect(build.changes.write.some((f) => f.path.startsWith("tags/") && f.path !== "tags/index.html")).toBe(false);
});

test("unflagging a note takes it off the backlinks, tag and speaker pages it was on", async () => {
	const flaggedDiary = { ...VAULT, [`Diary ${secret(5)}.md`]: VAULT[`Diary ${secret(5)}.md`].replace("---\n", "---\ndg-publish: true\n") };
	const first = await publish(flaggedDiary);
	const was = (path: string): string => String(first.changes.write.find((f) => f.path === path)?.content ?? "");
	expect(was("public/index.html")).toContain('class="backlinks"');
	expect(was(`tags/${secret(6)}/index.html`)).toContain(secret(6));
	expect(was("speakers/sam-altman/index.html")).toContain(secret(9));
	const second = await publish(VAULT, first.manifest);
	const written = allText(second.changes.write);
	for (const n of [5, 6, 8, 9, 10]) expect({ n, found: written.includes(secret(n)) }).toEqual({ n, found: false });
	const paths = second.changes.write.map((f) => f.path);
	expect(paths).toEqual(expect.arrayContaining(["public/index.html", "other/index.html", "speakers/sam-altman/index.html", "tags/garden/index.html"]));
	expect(second.changes.delete).toEqual(expect.arrayContaining([`tags/${secret(6)}/index.html`, "speakers/private-person/index.html"]));
	// Nothing still published names it: every kept file is the same as a fresh publish of the vault.
	const fresh = await publish(VAULT);
	expect(second.manifest.siteFiles).toEqual(fresh.manifest.siteFiles);
	for (const [path, entry] of Object.entries(second.manifest.notes)) expect(entry.outputHash).toBe(fresh.manifest.notes[path].outputHash);
});

test("inline #tags come only from published text: not from comments, unpublished embeds or unflagged notes", async () => {
	const files = {
		"Open.md": [
			"---", "dg-publish: true", "---",
			"An open note about #gardening.",
			"",
			`%% #${secret(15)} in a comment %%`,
			"",
			"%%",
			`#${secret(16)} in a block comment`,
			"%%",
			"",
			"![[Closed]]",
			"",
			"![[Closed#Part]]",
		].join("\n"),
		"Closed.md": `---\ntags: [${secret(17)}]\n---\n#${secret(18)} unflagged text\n\n## Part\n\n#${secret(19)} in the embedded part\n`,
	};
	const build = await publish(files);
	const text = allText(build.changes.write);
	for (const n of [15, 16, 17, 18, 19]) expect({ n, found: text.includes(secret(n)) }).toEqual({ n, found: false });
	const tagPages = build.changes.write.map((f) => f.path).filter((p) => p.startsWith("tags/")).sort();
	expect(tagPages).toEqual(["tags/gardening/index.html", "tags/index.html"]);
});
