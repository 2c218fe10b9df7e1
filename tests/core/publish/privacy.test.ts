// Privacy: nothing from an unflagged note (text, title, frontmatter, comments, attachments) and nothing
// private in a flagged note (comments, unlisted frontmatter) reaches any output byte, in either layout.
import * as path from "path";
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import type { SiteLayout } from "../../../src/core/publish";
import { createFolderTarget } from "../../../src/cli/folder-target";
import { diskVaultReader } from "../../../src/cli/publish-vault";
import { readTree, writeVault } from "./disk";
import { tempDir } from "../../helpers/temp";
import { QuoteIndex } from "../../../src/core/index";

const secret = (n: number): string => `zqxsecret${n}marker`;

const vaultFiles: Record<string, string | Uint8Array> = {
	"Public.md": [
		"---",
		"dg-publish: true",
		"tags: [garden]",
		`private_notes: ${secret(1)}`,
		`reviewer: "[[${secret(2)} person]]"`,
		"---",
		"# Public note",
		`Linked: [[Diary ${secret(3)}|my diary]] and [my doctor](<Private/Doctor ${secret(4)}.md>).`,
		`Heading link: [[Diary ${secret(3)}#Plans|plans]].`,
		`![[Embedded ${secret(5)}]]`,
		`![[Diary ${secret(3)}#Plans]]`,
		`Inline %%${secret(6)}%% comment.`,
		"%%",
		`${secret(7)} in a comment`,
		`> ${secret(8)} quoted inside a comment – Sam Altman`,
		"%%",
		"> A public quote about building things. – Sam Altman",
		"",
		"![[garden.png]]",
	].join("\n"),
	[`Diary ${secret(3)}.md`]: `# Plans\n${secret(9)} plans\n`,
	[`Private/Doctor ${secret(4)}.md`]: `${secret(10)}\n`,
	[`Embedded ${secret(5)}.md`]: `${secret(11)} body\n![[photo-${secret(12)}.png]]\n> ${secret(13)} – Sam Altman\n`,
	[`photo-${secret(12)}.png`]: new TextEncoder().encode(`PNG ${secret(14)}`),
	"garden.png": new TextEncoder().encode("PNG public garden picture"),
	[`Attachments/${secret(15)}.pdf`]: new TextEncoder().encode(`PDF ${secret(16)}`),
	"Unflagged false.md": `---\ndg-publish: false\n---\n${secret(17)} [[${secret(15)}.pdf]]\n`,
	"Unflagged string.md": `---\npublish: "false"\nshare: true\n---\n${secret(18)}\n`,
	"Draft.md": `---\ndg-publish: true\ndraft: true\n---\n${secret(19)}\n> ${secret(20)} – Lex\n`,
	"Share no.md": `---\nshare: no\n---\n${secret(21)}\n`,
	"Private/Flagged but excluded.md": `---\ndg-publish: true\n---\n${secret(22)}\n`,
	[`People/${secret(23)}.md`]: "---\naliases: [Sam]\n---\nperson note\n",
};
const SECRET_COUNT = 23;

describe.each(["site", "digital-garden"] as SiteLayout[])("privacy (%s layout)", (layout) => {
	const root = tempDir("pg-publish-");
	const vault = path.join(root, "vault");
	const out = path.join(root, "site");
	let bytes = "";
	let files: string[] = [];

	beforeAll(async () => {
		writeVault(vault, vaultFiles);
		const target = createFolderTarget(out);
		const build = await buildPublish({
			vault: await diskVaultReader(vault),
			manifest: await target.readManifest(),
			options: publishOptions({ layout, excludeFolders: ["Private"] }),
		});
		expect(build.errors).toEqual([]);
		await target.commit(build.changes, build.manifest, "publish");
		const tree = readTree(root);
		files = [...tree.keys()].filter((p) => !p.startsWith("vault/"));
		bytes = files.map((p) => `${p}\n${tree.get(p)?.toString("latin1")}`).join("\n").toLowerCase();
	});

	test("only the flagged note (and one picture it uses) is published", () => {
		expect(emptyManifest().notes).toEqual({});
		expect(files.length).toBeGreaterThan(2);
		expect(bytes).toContain("public quote about building things");
		expect(bytes).toContain("png public garden picture");
		expect(bytes).toContain("my diary");
		expect(bytes).toContain("my doctor");
		expect(files.every((f) => f.startsWith("site/"))).toBe(true);
	});

	test.each(Array.from({ length: SECRET_COUNT }, (_, i) => i + 1))("secret %i appears in no output byte", (n) => {
		expect(bytes.includes(secret(n))).toBe(false);
	});
});

describe("privacy: the public properties list is honoured everywhere", () => {
	test("properties left off the list reach no page, search index or Markdown file", async () => {
		const { memoryVault, allText } = await import("./vault");
		const files = {
			"Ep.md": `---\ndg-publish: true\ntitle: ${secret(101)}\nshow: ${secret(102)}\nguests: [${secret(103)}]\ndate: 2024-01-02\nnotes: ${secret(104)}\n---\n> Public words. – Sam Altman\n`,
		};
		for (const layout of ["site", "digital-garden"] as SiteLayout[]) {
			const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({ layout, frontmatterKeys: ["tags", "date"] }) });
			expect(build.errors).toEqual([]);
			const text = allText(build.changes.write).toLowerCase();
			expect(text).toContain(layout === "site" ? "public words" : "2024-01-02");
			for (const n of [101, 102, 103, 104]) expect(text.includes(secret(n))).toBe(false);
		}
	});
});

describe("privacy: speaker names known only from unflagged notes", () => {
	// Names are name-shaped (no digits) so resolution could use them; each is searched for in every output byte.
	const files = {
		"Ep.md": "---\ndg-publish: true\n---\n> Public words. – Sam\n\n> Other words. – Jo\n\n> Lex words. – Lex\n",
		"People/Sam Zqxhiddenperson.md": `---\naliases: [Sam]\ntags: [person]\nphone: ${secret(202)}\n---\n${secret(203)} in the body.\n`,
		"Diary.md": "Met Jo today.\n\n> A private remark. – Jo Zqxhiddenlastname\n",
		"People/Lex Fridman.md": "---\ndg-publish: true\naliases: [Lex]\ntags: [person]\n---\n# Lex Fridman\n",
	};
	const index = new QuoteIndex();
	index.upsertMany(Object.entries(files).map(([path, text]) => ({ path, text })));

	test("the sidebar resolves them (person note alias); no other note's quote names `Jo`", () => {
		expect(index.note("Ep.md")!.quotes.map((q) => q.speaker)).toEqual(["Sam Zqxhiddenperson", "Jo", "Lex Fridman"]);
	});

	test.each(["site", "digital-garden"] as SiteLayout[])("no output file names them, read from disk or from the index (%s layout)", async (layout) => {
		const { memoryVault, allText } = await import("./vault");
		for (const records of [undefined, index]) {
			const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({ layout }), records });
			expect(build.errors).toEqual([]);
			const text = (allText(build.changes.write) + JSON.stringify(build.manifest)).toLowerCase();
			expect(text).toContain("public words");
			for (const hidden of ["zqxhiddenperson", "zqxhiddenlastname", secret(202), secret(203), "private remark"]) expect(text.includes(hidden)).toBe(false);
			// A published person note still names its person on the site.
			expect(text).toContain("lex fridman");
			if (layout === "site") {
				const paths = build.changes.write.map((f) => f.path);
				expect(paths).toEqual(expect.arrayContaining(["speakers/sam/index.html", "speakers/jo/index.html", "speakers/lex-fridman/index.html"]));
				expect(paths).not.toContain("speakers/lex/index.html");
			}
		}
	});

	test("the alias table the user typed applies on the site", async () => {
		const { memoryVault, allText } = await import("./vault");
		const tabled = new QuoteIndex({ aliasTable: { Jo: "Jo Public" } });
		tabled.upsertMany(Object.entries(files).map(([path, text]) => ({ path, text })));
		for (const records of [undefined, tabled]) {
			const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({}), records, aliasTable: { Jo: "Jo Public" } });
			const paths = build.changes.write.map((f) => f.path);
			expect(paths).toContain("speakers/jo-public/index.html");
			expect(allText(build.changes.write).toLowerCase().includes("zqxhiddenperson")).toBe(false);
		}
	});
});

describe("privacy: a podcast-quotes block on the site shows quotes from published notes only", () => {
	const block = "```podcast-quotes\nspeaker: Sam Altman\nquery: alignment\n```";
	const files = {
		"Favourites.md": `---\ndg-publish: true\n---\n# Favourites\n\n${block}\n`,
		"Public episode.md": "---\ndg-publish: true\nshow: Lex Fridman Podcast\nurl: https://youtu.be/dQw4w9WgXcQ\n---\n> Alignment is a public matter. – Sam Altman (00:12:05)\n",
		"Private episode.md": `---\nshow: ${secret(301)}\naudio: https://cdn.example.com/${secret(302)}.mp3\n---\n> Alignment ${secret(303)} in a private note. – Sam Altman (00:01:00)\n`,
		"Public with private parts.md": `---\ndg-publish: true\naudio: https://cdn.example.com/${secret(304)}.mp3\n---\n%%\n> Alignment ${secret(305)} in a comment. – Sam Altman\n%%\n\n> Alignment said on a flagged page. – Sam Altman (00:02:00)\n`,
		"Podnotes episode.md": `---\ndg-publish: true\n---\n[Resume](obsidian://podnotes?episodeName=${secret(306)}&url=https%3A%2F%2Fx.com%2Ffeed)\n\n> Alignment through PodNotes. – Sam Altman (00:03:00)\n`,
	};

	test.each([undefined, "index"])("read from disk or from the index (%s)", async (from) => {
		const { memoryVault, allText } = await import("./vault");
		const index = new QuoteIndex();
		index.upsertMany(Object.entries(files).map(([path, text]) => ({ path, text })));
		// The vault as the sidebar sees it holds the private quote: the block would show it in Obsidian.
		expect(index.all().some((q) => q.text.includes(secret(303)))).toBe(true);
		const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({}), records: from ? index : undefined });
		expect(build.errors).toEqual([]);
		const page = build.changes.write.find((f) => f.path === "favourites/index.html")!.content as string;
		expect(page).toContain('<div class="pg-quotes-block">');
		expect(page).toContain("Alignment is a public matter.");
		expect(page).toContain("Alignment said on a flagged page.");
		expect(page).toContain("Alignment through PodNotes.");
		// The public address plays; addresses from keys off the public list and PodNotes links never appear.
		expect(page).toContain('<a class="pg-play" href="https://youtu.be/dQw4w9WgXcQ?t=725" rel="noopener noreferrer" aria-label="Play at 12:05">▶ 00:12:05</a>');
		expect(page).not.toContain("obsidian://");
		const text = (allText(build.changes.write) + JSON.stringify(build.manifest)).toLowerCase();
		for (const n of [301, 302, 303, 304, 305]) expect([n, text.includes(secret(n))]).toEqual([n, false]);
		expect(text).not.toContain("private note");
		// The PodNotes note publishes its own body (the link in it is the author's to publish); the block never copies it.
		expect(page.includes(secret(306))).toBe(false);
	});
});
