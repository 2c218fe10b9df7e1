// The Digital Garden layout: src/site/notes/<path>.md with the compiled frontmatter as JSON.
import MarkdownIt from "markdown-it";
import { buildPublish, emptyManifest, publishOptions, settingsHash } from "../../../src/core/publish";
import { memoryVault } from "./vault";

test("digital-garden layout writes compiled notes with JSON frontmatter and attachments under img/user", async () => {
	const vault = memoryVault({
		"Podcasts/Ep 1.md": "---\ndg-publish: true\ntags: [ai]\nsecret: hidden\n---\nSee [[Ep 2#Part|part two]], [[Private|a friend]] ![[Cover.png]] %%note to self%%\n",
		"Podcasts/Ep 2.md": "---\ndg-publish: true\ndg-home: true\n---\n# Part\n",
		"Private.md": "private",
		"Cover.png": new Uint8Array([9, 9]),
	});
	const build = await buildPublish({ vault, manifest: emptyManifest(), options: publishOptions({ layout: "digital-garden" }) });
	expect(build.errors).toEqual([]);
	const paths = build.changes.write.map((f) => f.path).sort();
	expect(paths).toEqual(["src/site/img/user/Cover.png", "src/site/notes/Podcasts/Ep 1.md", "src/site/notes/Podcasts/Ep 2.md"]);
	const ep1 = build.changes.write.find((f) => f.path === "src/site/notes/Podcasts/Ep 1.md")?.content as string;
	const [, json, body] = /^---\n(.*)\n---\n([\s\S]*)$/.exec(ep1) ?? [];
	expect(JSON.parse(json)).toEqual({ "dg-publish": true, permalink: "/podcasts/ep-1/", tags: ["ai"], "dg-note-properties": { tags: ["ai"] } });
	expect(body).toBe("See [[Podcasts/Ep 2#Part\\|part two]], a friend ![Cover.png](/img/user/Cover.png)\n");
	// The home note keeps its own address; the template serves the note tagged gardenEntry at /.
	const ep2 = build.changes.write.find((f) => f.path === "src/site/notes/Podcasts/Ep 2.md")?.content as string;
	expect(ep2).toContain('"permalink":"/podcasts/ep-2/","tags":["gardenEntry"]');
	expect(ep2).not.toContain("dg-home");
});

describe("raw HTML in notes, Digital Garden layout (its site renders HTML)", () => {
	const note = [
		"---", "dg-publish: true", "---",
		"Hello <script>alert(document.cookie)</script> and <img src=x onerror=alert(1)>",
		"<!-- private remark -->",
		"`<b>` in a code span, <https://example.com> stays a link",
		"```html", "<script>shown as code</script>", "```",
		"<div onclick=\"steal()\">",
		"block",
		"</div>",
	].join("\n");
	const vault = memoryVault({ "Note.md": note });
	const body = async (keepNoteHtml?: boolean): Promise<string> => {
		const build = await buildPublish({ vault, manifest: emptyManifest(), options: publishOptions({ layout: "digital-garden", keepNoteHtml }) });
		expect(build.errors).toEqual([]);
		return build.changes.write.find((f) => f.path === "src/site/notes/Note.md")?.content as string;
	};

	test("by default it is inert: tags show as text, HTML comments are left out, code and autolinks untouched", async () => {
		const out = await body();
		expect(out).not.toMatch(/<script>alert|<img|<div|<\/div>/);
		expect(out).toContain("Hello &lt;script>alert(document.cookie)&lt;/script> and &lt;img src=x onerror=alert(1)>");
		expect(out).not.toContain("private remark");
		expect(out).toContain("`<b>` in a code span, <https://example.com> stays a link");
		expect(out).toContain("```html\n<script>shown as code</script>\n```");
		// Rendered the way the Digital Garden site renders (markdown-it, HTML on): no element from the note.
		const html = new MarkdownIt({ html: true }).render(out.replace(/^---\n.*\n---\n/, ""));
		expect(html).not.toMatch(/<script>alert|<img |<div /);
		expect(html).toContain("&lt;script&gt;shown as code&lt;/script&gt;");
	});

	test("with keepNoteHtml the note's HTML is written as the user wrote it", async () => {
		const out = await body(true);
		expect(out).toContain("Hello <script>alert(document.cookie)</script>");
		expect(out).toContain("<div onclick=\"steal()\">");
	});

	test("switching the setting rebuilds the pages (it is part of the settings hash)", () => {
		expect(settingsHash(publishOptions({ layout: "digital-garden" }))).not.toBe(settingsHash(publishOptions({ layout: "digital-garden", keepNoteHtml: true })));
		expect(settingsHash(publishOptions({ layout: "site" }))).toBe(settingsHash(publishOptions({ layout: "site", keepNoteHtml: true })));
	});
});
