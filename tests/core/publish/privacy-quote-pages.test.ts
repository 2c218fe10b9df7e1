// Quote pages (/q/<id>/, issue 16): only a published note's visible quotes get one; nothing of an
// unflagged note, a comment or an embed reaches them; og: tags; an edit rewrites only the quotes it changed.
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import { parseNote } from "../../../src/core/note";
import { quotePageUrl } from "../../../src/core/publish/quote-page";
import { HtmlValidate } from "html-validate";
import { allText, memoryVault } from "./vault";

const secret = (n: number): string => `zqxquotesecret${n}marker`;

const files = {
	"Ep.md": [
		"---",
		"dg-publish: true",
		"show: Garden Talk",
		"episode: 4",
		"title: Growing things",
		"---",
		"> The best time to plant a tree was twenty years ago. – Rosa Quint",
		"",
		"> Patience is a kind of compost & it <works>. – Maya Ortiz (00:12:05)",
		"",
		"%%",
		`> ${secret(1)} said inside a comment. – Rosa Quint`,
		"%%",
		`![[Private diary]]`,
	].join("\n"),
	"Private diary.md": `> ${secret(2)} is what I really think. – Rosa Quint\n`,
	"Unflagged.md": `---\ndg-publish: false\n---\n> ${secret(3)} never leaves the vault. – Maya Ortiz\n`,
};

const quotePaths = (paths: string[]): string[] => paths.filter((p) => p.startsWith("q/")).sort();

describe("quote pages", () => {
	test("one page and one card per visible quote of a flagged note; none for unflagged notes, comments or embeds", async () => {
		const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({ layout: "site" }) });
		expect(build.errors).toEqual([]);
		const published = parseNote("Ep.md", files["Ep.md"]).quotes.filter((q) => !q.text.includes(secret(1)));
		expect(published).toHaveLength(2);
		const expected = published.flatMap((q) => [`q/${q.id}/card.svg`, `q/${q.id}/index.html`]).sort();
		expect(quotePaths(build.changes.write.map((f) => f.path))).toEqual(expected);
		const text = (allText(build.changes.write) + JSON.stringify(build.manifest)).toLowerCase();
		for (const n of [1, 2, 3]) expect(text.includes(secret(n))).toBe(false);
		for (const path of ["Unflagged.md", "Private diary.md"]) {
			for (const q of parseNote(path, files[path as keyof typeof files]).quotes) expect(text.includes(q.id)).toBe(false);
		}
		// The commented-out quote of the flagged note is no quote at all (decision 24), so it has no id to leak.
		expect(parseNote("Ep.md", files["Ep.md"]).quotes.some((q) => q.text.includes(secret(1)))).toBe(false);
	});

	test("the page: card image, the quote, a link to it in context, og: tags (og:image only with a site address)", async () => {
		const [q] = parseNote("Ep.md", files["Ep.md"]).quotes.slice(1);
		for (const baseUrl of ["", "https://garden.example.org"]) {
			const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({ layout: "site", baseUrl }) });
			const page = build.changes.write.find((f) => f.path === `q/${q.id}/index.html`)!.content as string;
			const svg = build.changes.write.find((f) => f.path === `q/${q.id}/card.svg`)!.content as string;
			expect(page).toContain('<img src="card.svg" width="1200" height="630"');
			expect(page).toContain('<meta property="og:title" content="Maya Ortiz on Garden Talk · #4 Growing things">');
			expect(page).toContain('<meta property="og:description" content="Patience is a kind of compost &amp; it &lt;works&gt;.">');
			expect(page).toContain('<meta name="twitter:card" content="summary">');
			expect(page).toMatch(/href="\.\.\/\.\.\/ep\/#q[0-9a-z-]+">Garden Talk · #4 Growing things<\/a> · 00:12:05/);
			if (baseUrl) {
				expect(page).toContain(`<meta property="og:image" content="https://garden.example.org/q/${q.id}/card.svg">`);
				expect(page).toContain(`<meta property="og:url" content="https://garden.example.org/q/${q.id}/">`);
			} else {
				expect(page).not.toContain("og:image");
			}
			expect(svg).toContain('width="1200" height="630"');
			expect(svg).toContain("— Maya Ortiz");
			expect(svg).toContain("Garden Talk · #4 Growing things · 00:12:05");
			// The note page's quotes section links each quote to its share page.
			const note = build.changes.write.find((f) => f.path === "ep/index.html")!.content as string;
			expect(note).toContain(`<a class="pg-share" href="../q/${q.id}/">Share</a>`);
			expect(quotePageUrl(q.id)).toBe(`/q/${q.id}/`);
			const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "valid-id": ["error", { relaxed: true }] } });
			const report = await validator.validateString(page);
			expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
		}
	});

	test("an edit rewrites only the pages of the quotes it changed; a removed quote's page is deleted", async () => {
		const first = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({ layout: "site" }) });
		const [tree, compost] = parseNote("Ep.md", files["Ep.md"]).quotes;
		// Nothing changed: nothing written.
		const again = await buildPublish({ vault: memoryVault(files), manifest: first.manifest, options: publishOptions({ layout: "site" }) });
		expect(again.changes.write).toEqual([]);

		// Prose elsewhere in the note changes: the note page is written, no quote page.
		const prose = { ...files, "Ep.md": `${files["Ep.md"]}\n\nA new closing paragraph.\n` };
		const afterProse = await buildPublish({ vault: memoryVault(prose), manifest: first.manifest, options: publishOptions({ layout: "site" }) });
		const proseWrites = afterProse.changes.write.map((f) => f.path);
		expect(proseWrites).toContain("ep/index.html");
		expect(quotePaths(proseWrites)).toEqual([]);
		expect(afterProse.changes.delete).toEqual([]);

		// One quote's words change: its new page is written, its old page deleted, the other quote untouched.
		const edited = { ...prose, "Ep.md": prose["Ep.md"].replace("Patience is a kind of compost", "Patience is the best compost") };
		const afterEdit = await buildPublish({ vault: memoryVault(edited), manifest: afterProse.manifest, options: publishOptions({ layout: "site" }) });
		const changed = parseNote("Ep.md", edited["Ep.md"]).quotes[1];
		expect(quotePaths(afterEdit.changes.write.map((f) => f.path))).toEqual([`q/${changed.id}/card.svg`, `q/${changed.id}/index.html`]);
		expect(quotePaths(afterEdit.changes.delete)).toEqual([`q/${compost.id}/card.svg`, `q/${compost.id}/index.html`]);
		expect(afterEdit.changes.write.some((f) => f.path.includes(tree.id))).toBe(false);

		// The speaker of one quote changes (same words, same id): only that page and card are rewritten.
		const respoken = { ...edited, "Ep.md": edited["Ep.md"].replace("– Rosa Quint", "– Rosa Q. Quint") };
		const afterSpeaker = await buildPublish({ vault: memoryVault(respoken), manifest: afterEdit.manifest, options: publishOptions({ layout: "site" }) });
		expect(quotePaths(afterSpeaker.changes.write.map((f) => f.path))).toEqual([`q/${tree.id}/card.svg`, `q/${tree.id}/index.html`]);
	});

	test("the Digital Garden layout has no quote pages", async () => {
		const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({ layout: "digital-garden" }) });
		expect(quotePaths(build.changes.write.map((f) => f.path))).toEqual([]);
	});
});
