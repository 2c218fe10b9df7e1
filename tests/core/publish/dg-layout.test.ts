// The Digital Garden layout writes what the Digital Garden plugin writes for its site template: one test
// per point of that contract, so breaking one point fails one test.
import MarkdownIt from "markdown-it";
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import slugify from "@sindresorhus/slugify";
import { dgSlug } from "../../../src/core/publish/dg-slug";
import { memoryVault } from "./vault";

type Files = Record<string, string | Uint8Array>;

async function publish(files: Files, keepNoteHtml = false): Promise<{ notes: Map<string, { fm: Record<string, unknown>; body: string }>; errors: string[]; warnings: string[]; paths: string[] }> {
	const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions({ layout: "digital-garden", keepNoteHtml }) });
	const notes = new Map<string, { fm: Record<string, unknown>; body: string }>();
	for (const file of build.changes.write) {
		if (!file.path.startsWith("src/site/notes/")) continue;
		const [, json, body] = /^---\n(.*)\n---\n([\s\S]*)$/.exec(file.content as string) ?? [];
		notes.set(file.path.slice("src/site/notes/".length), { fm: JSON.parse(json) as Record<string, unknown>, body });
	}
	return { notes, errors: build.errors.map((e) => e.message), warnings: (build.warnings ?? []).map((w) => w.message), paths: build.changes.write.map((f) => f.path) };
}

const note = (...lines: string[]): string => ["---", "dg-publish: true", ...lines].join("\n");

test("user properties are nested under dg-note-properties: a top-level date aborts Eleventy", async () => {
	const { notes } = await publish({ "A.md": note("date: 18 March 2024", "show: Lex Fridman", "secret: x", "---", "Text") });
	const fm = notes.get("A.md")?.fm ?? {};
	expect(fm.date).toBeUndefined();
	expect(fm.show).toBeUndefined();
	expect(fm["dg-note-properties"]).toEqual({ date: "18 March 2024", show: "Lex Fridman" });
	expect(fm["dg-publish"]).toBe(true);
});

test("a wikilink inside a table cell keeps its link: the bar is written as \\|", async () => {
	const { notes } = await publish({
		"Table.md": note("---", "| Note | Who |", "| --- | --- |", "| [[Folder/B|bee]] | x |"),
		"Folder/B.md": note("---", "B"),
	});
	const body = notes.get("Table.md")?.body ?? "";
	expect(body).toContain("| [[Folder/B\\|bee]] | x |");
	// The way the template renders it: one cell holding the whole link.
	const html = new MarkdownIt({ html: true }).render(body);
	expect(html).toContain("<td>[[Folder/B|bee]]</td>");
});

test("the home note gets the gardenEntry tag (the template picks the home layout from it)", async () => {
	const { notes } = await publish({ "Start.md": note("dg-home: true", "---", "Hi"), "Other.md": note("---", "x") });
	expect(notes.get("Start.md")?.fm.tags).toEqual(["gardenEntry"]);
	expect(notes.get("Start.md")?.fm.permalink).toBe("/start/");
	expect(notes.get("Other.md")?.fm.tags).toBeUndefined();
});

test("tags written as one string are split at commas; a list stays a list", async () => {
	const { notes } = await publish({ "A.md": note("tags: beta, second", "---", "x"), "B.md": note("tags: [one, two]", "---", "x"), "C.md": note("tags: solo", "dg-home: true", "---", "x") });
	expect(notes.get("A.md")?.fm.tags).toEqual(["beta", "second"]);
	expect(notes.get("B.md")?.fm.tags).toEqual(["one", "two"]);
	expect(notes.get("C.md")?.fm.tags).toEqual(["solo", "gardenEntry"]);
});

test("an image keeps its size as ![name\\|200](…); markdown images keep their text", async () => {
	const png = new Uint8Array([1, 2, 3]);
	const { notes, paths } = await publish({
		"A.md": note("---", "![[cover.png|200]]", "![[Assets/pic.png|a caption|300]]", "![[cover.png]]", "![alt|100](cover.png)", "| ![[cover.png|50]] |", "![[My photo (1).png|80]]"),
		"cover.png": png,
		"My photo (1).png": png,
		"Assets/pic.png": png,
	});
	const body = notes.get("A.md")?.body ?? "";
	expect(body).toContain("![cover.png\\|200](/img/user/cover.png)");
	expect(body).toContain("![Assets/pic.png\\|a caption\\|300](/img/user/Assets/pic.png)");
	expect(body).toContain("![cover.png](/img/user/cover.png)");
	expect(body).toContain("![alt\\|100](/img/user/cover.png)");
	expect(body).toContain("| ![cover.png\\|50](/img/user/cover.png) |");
	expect(body).toContain("![My photo (1).png\\|80](/img/user/My%20photo%20%281%29.png)");
	expect(paths).toEqual(expect.arrayContaining(["src/site/img/user/cover.png", "src/site/img/user/Assets/pic.png"]));
});

test("per-note settings are mapped to the keys the template reads", async () => {
	const { notes } = await publish({
		"A.md": note(
			"dg-hide: true", "dg-hide-in-graph: true", "dg-hide-in-filetree: true", "dg-pinned: true",
			"dg-content-classes: [wide, 'x\"><script>']", "dg-note-icon: star", "dg-show-toc: true", "dg-show-backlinks: yes",
			"dg-show-local-graph: false", "dg-link-preview: true", "dg-show-tags: true", "dg-enable-search: true", "dg-show-inline-title: true",
			"dg-show-file-tree: true", "dg-home-link: true", "dg-show-graph-depth-control: true", "dg-pass-frontmatter: true",
			"dg-metatags: {description: 'A <b>note</b>'}", "---", "x",
		),
	});
	const fm = notes.get("A.md")?.fm ?? {};
	expect(fm).toMatchObject({
		hide: true, hideInGraph: true, hideInFiletree: true, pinned: true, contentClasses: "wide xscript", noteIcon: "star",
		dgShowToc: true, dgShowBacklinks: true, dgLinkPreview: true, dgShowTags: true, dgEnableSearch: true, dgShowInlineTitle: true,
		dgShowFileTree: true, dgHomeLink: true, dgShowGraphDepthControl: true, metatags: { description: "A &lt;b&gt;note&lt;/b&gt;" },
	});
	// false is not written (the template then uses the site's setting), and nothing passes all properties through.
	expect(fm.dgShowLocalGraph).toBeUndefined();
	expect(fm.dgPassFrontmatter).toBeUndefined();
	expect(Object.keys(fm).filter((k) => k.startsWith("dg-") && k !== "dg-publish" && k !== "dg-note-properties")).toEqual([]);
});

describe("embedded notes", () => {
	const files: Files = {
		"A.md": note("---", "Before", "", "![[Part|About it]]", "", "![[Secret]]", "", "After"),
		"Part.md": note("---", "## Part heading", "Part text <img src=x onerror=alert(1)>", "</div>"),
		"Secret.md": "---\ntitle: Secret\n---\nSECRET TEXT",
	};

	test("a published one is framed in the transclusion markup, with a link to its page and its alias as title", async () => {
		const body = (await publish(files)).notes.get("A.md")?.body ?? "";
		expect(body).toContain('<div class="transclusion internal-embed is-loaded"><a class="markdown-embed-link" href="/part/" aria-label="Open link"><i data-lucide="link"></i></a><div class="markdown-embed">');
		expect(body).toMatch(/<div class="markdown-embed-title">\n\n# About it\n\n<\/div>\n\n## Part heading\nPart text/);
		expect(body).toMatch(/Part text[^\n]*\n&lt;\/div>\n\n<\/div><\/div>/);
		// The embedded note's own HTML stays inert; only the frame is HTML.
		expect(body).toContain("&lt;img src=x onerror=alert(1)>");
	});

	test("an unpublished one is a placeholder, nothing of its text", async () => {
		const body = (await publish(files)).notes.get("A.md")?.body ?? "";
		expect(body).toContain("*(An embedded note is not published.)*");
		expect(body).not.toMatch(/SECRET|Secret/);
	});

	test("a line typed like the frame is still escaped, also one starting with NUL", async () => {
		const { notes } = await publish({ "A.md": note("---", "</div></div>", "\u0000</div></div>", '<div class="markdown-embed-title">') });
		const body = notes.get("A.md")?.body ?? "";
		expect(body).not.toMatch(/^<\/div>|^<div/m);
		expect(body).not.toContain("\u0000");
		expect(body).toContain("&lt;/div>&lt;/div>");
	});
});

describe("addresses", () => {
	test("non-ASCII names get Digital Garden's transliterated slugs", async () => {
		const { notes } = await publish({
			"Über uns.md": note("---", "x"), "Straße.md": note("---", "x"), "Ørsted.md": note("---", "x"),
			"Привет мир.md": note("---", "x"), "Ελληνικά.md": note("---", "x"), "Café/Crème brûlée.md": note("---", "x"),
		});
		const urls = Object.fromEntries([...notes].map(([path, n]) => [path, n.fm.permalink]));
		expect(urls).toEqual({
			"Über uns.md": "/ueber-uns/", "Straße.md": "/strasse/", "Ørsted.md": "/orsted/",
			"Привет мир.md": "/privet-mir/", "Ελληνικά.md": "/ellinika/", "Café/Crème brûlée.md": "/cafe/creme-brulee/",
		});
	});

	// What @sindresorhus/slugify 1.1.2 (the template's and the plugin's slug) gives; the compatibility test
	// checks the same package against the template's own copy, letter by letter.
	test.each([
		["Über uns", "ueber-uns"],
		["Straße", "strasse"],
		["Ørsted", "orsted"],
		["ЩУКА Ёж", "shh-uka-yozh"],
		["Привет мир", "privet-mir"],
		["Ελληνικά", "ellinika"],
		["Episode مرحبا", "episode-mrhba"],
		["Բարեւ", "barye"],
		["გამარჯობა", "gamarjoba"],
		["ދިވެހި", "dhivehi"],
		["367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT", "367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt"],
		["Tom & Jerry", "tom-and-jerry"],
		// The package splits before a capital followed by a lower-case letter, also a plural `s`.
		["URLs and APIs", "ur-ls-and-ap-is"],
		["🦄 Party", "unicorn-party"],
		["😀 Smile", "smile"],
		["Ep 12 中文", "ep-12"],
		["中文笔记", ""],
		["日本語", ""],
		["עברית", ""],
	])("the slug of %j is %j", (name, slug) => {
		expect(dgSlug(name)).toBe(slug);
	});

	test("plain ASCII names (slugged without the package, for speed) get the package's slug", () => {
		const differ: string[] = [];
		const texts = ["367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT", "iPhone 15 Pro", "ABCDef", "GPT4o mini", "_private_", "a--b__c", "  spaced  ", "x\\y", ""];
		for (let code = 0x20; code <= 0x7e; code++) {
			const ch = String.fromCharCode(code);
			texts.push(ch, `x${ch}x`, `X${ch}X`, `${ch}${ch}b`, `ab${ch}CD`, `AB${ch}cd`);
		}
		for (const text of texts) if (dgSlug(text) !== slugify(text)) differ.push(`${JSON.stringify(text)}: ${dgSlug(text)} ≠ ${slugify(text)}`);
		expect(differ).toEqual([]);
	});

	test("names in Arabic, Armenian, Georgian and Thaana get the plugin's transliterated address, without a warning", async () => {
		const { notes, warnings, errors } = await publish({
			"Episode مرحبا.md": note("---", "x"), "Բարեւ.md": note("---", "x"),
			"Georgian/გამარჯობა.md": note("---", "x"), "ދިވެހި.md": note("---", "x"),
		});
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
		expect(Object.fromEntries([...notes].map(([path, n]) => [path, n.fm.permalink]))).toEqual({
			"Episode مرحبا.md": "/episode-mrhba/", "Բարեւ.md": "/barye/", "Georgian/გამარჯობა.md": "/georgian/gamarjoba/", "ދިވެހި.md": "/dhivehi/",
		});
	});

	test("two names with the same slug stop the publish, naming both notes and dg-permalink", async () => {
		// Digital Garden would give both /ueber/, and the template's build would stop on the output conflict.
		const { errors } = await publish({ "Über.md": note("---", "x"), "Ueber.md": note("---", "y") });
		expect(errors).toEqual([expect.stringMatching(/^Two notes claim the URL \/ueber\/: "(Über|Ueber)\.md" and "(Über|Ueber)\.md"\. Give one of them a different dg-permalink/)]);
	});

	test("only dg-permalink sets the address; a plain permalink is a property like any other", async () => {
		const { notes } = await publish({ "A.md": note("permalink: /elsewhere/", "---", "x"), "B.md": note("dg-permalink: mine", "---", "x") });
		expect(notes.get("A.md")?.fm.permalink).toBe("/a/");
		expect(notes.get("A.md")?.fm["dg-note-properties"]).toEqual({ permalink: "/elsewhere/" });
		expect(notes.get("B.md")?.fm).toMatchObject({ "dg-permalink": "/mine/", permalink: "/mine/" });
	});

	test("a name with no letter the slug keeps is refused with a message naming the note", async () => {
		const { notes, errors } = await publish({ "中文笔记.md": note("---", "x") });
		expect(notes.has("中文笔记.md")).toBe(false);
		expect(errors.join("\n")).toMatch(/"中文笔记\.md" has no Digital Garden address: "中文笔记" has no letter or digit .*dg-permalink/);
		// With a dg-permalink (here under a folder the slug cannot spell either) it is published.
		expect((await publish({ "日本/B.md": note("dg-permalink: /b/", "---", "x") })).notes.get("日本/B.md")?.fm.permalink).toBe("/b/");
	});
});

test("privacy: a link to an unpublished note is its text, unlisted properties stay out, the title is inert", async () => {
	const { notes } = await publish({ "A.md": note("title: 'Q&A <i>live</i>'", "mood: private", "---", "See [[Private|my friend]] and [[Private]]."), "Private.md": "PRIVATE" });
	const a = notes.get("A.md");
	expect(a?.body).toBe("See my friend and Private.\n");
	expect(a?.fm.title).toBe("Q&amp;A &lt;i&gt;live&lt;/i&gt;");
	expect(JSON.stringify(a?.fm)).not.toContain("mood");
	expect((await publish({ "A.md": note("title: '<i>x</i>'", "---", "x") }, true)).notes.get("A.md")?.fm.title).toBe("<i>x</i>");
});
