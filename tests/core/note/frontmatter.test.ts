// Frontmatter forms, publish flags, permalinks, episode metadata, sections, tags and aliases.
import { describe, expect, jest, test } from "@jest/globals";
import fc from "fast-check";
import { parse } from "yaml";
import { parseNote, publishFlag } from "../../../src/core/note";
import { parseSimpleYaml } from "../../../src/core/note/yaml-lite";
import type { Episode, Frontmatter, PublishFlag } from "../../../src/core/types";

describe("frontmatter forms", () => {
	const rows: Array<{ name: string; note: string; expected: Frontmatter; problems?: number }> = [
		{ name: "YAML block style", note: "---\ntitle: Ep 1\ntags:\n  - a\n  - b\npublish: true\n---\nBody", expected: { title: "Ep 1", tags: ["a", "b"], publish: true } },
		{ name: "JSON flow map (Digital Garden)", note: '---\n{"dg-publish":true,"permalink":"/a/b/"}\n---\n', expected: { "dg-publish": true, permalink: "/a/b/" } },
		{ name: "byte-order mark", note: "\uFEFF---\ntitle: x\n---\n", expected: { title: "x" } },
		{ name: "CRLF line endings", note: "---\r\ntitle: x\r\nguests: [a-b, c]\r\n---\r\nBody", expected: { title: "x", guests: ["a-b", "c"] } },
		{ name: "flow list with a quoted #", note: '---\naliases: ["Show #12", \'it\'\'s\']\n---\n', expected: { aliases: ["Show #12", "it's"] } },
		{ name: "comments and null", note: "---\n# a comment\nshow: Lex # the show\nempty:\n---\n", expected: { show: "Lex", empty: null } },
		{ name: "nested map goes to the full YAML parser", note: "---\nurls:\n  - platform: youtube\n    url: https://x.y/z\n---\n", expected: { urls: [{ platform: "youtube", url: "https://x.y/z" }] } },
		{ name: "block scalar goes to the full YAML parser", note: "---\nsummary: |\n  two\n  lines\n---\n", expected: { summary: "two\nlines\n" } },
		{ name: "blank lines before it: ignored like Obsidian does, and reported", note: "\n---\ntype: podcast\n---\n", expected: {}, problems: 1 },
		{ name: "unterminated: read as text, reported", note: "---\ntitle: x\n", expected: {}, problems: 1 },
		{ name: "invalid YAML is reported, never thrown", note: "---\ntitle: [unclosed\n---\n", expected: {}, problems: 1 },
		{ name: "a scalar is not a property list", note: "---\njust text\n---\n", expected: {}, problems: 1 },
		{ name: "a Hugo page's TOML header (`+++`) gives no properties, as in Obsidian", note: '+++\ntitle = "Ep 1"\ndg-publish = true\n+++\nBody', expected: {} },
	];
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		const r = parseNote("F/note.md", row.note);
		expect(r.frontmatter).toEqual(row.expected);
		expect(r.problems).toHaveLength(row.problems ?? 0);
		for (const p of r.problems) expect(p.message).toMatch(/line|lines/);
	});

	test("a YAML error names the note's line, not the line inside the fences", () => {
		// A quoted value wrapped onto an unindented line (Jekyll accepts it; the YAML spec does not).
		const r = parseNote("F/n.md", '---\ntitle: "Podcasting"\nsubtitle: "Mittschnitt in\nWolfenbüttel"\n---\nBody');
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].line).toBe(3);
		expect(r.problems[0].message).toMatch(/^Frontmatter on lines 1–5 is not valid YAML \(Missing closing "quote on line 3\)/);
	});

	test("the host YAML parser is used when the fast reader declines", () => {
		const seen: string[] = [];
		const r = parseNote("F/n.md", "---\na:\n  b: 1\n---\n", { parseYaml: (t) => (seen.push(t), { host: true }) });
		expect(seen).toEqual(["a:\n  b: 1"]);
		expect(r.frontmatter).toEqual({ host: true });
	});

	test("property: the fast reader agrees with the YAML parser whenever it answers", () => {
		const key = fc.constantFrom("title", "show", "dg-publish", "guests", "episode", "tags", "date", "url", "a_b", "x.y");
		const word = fc.constantFrom("Lex", "Sam Altman", "a-b", "true", "false", "null", "~", "12", "-3", "1.5", "1e3", "#x", "x #y", "'q'", '"q"', '"a\\"b"', "0x1F", "yes", "2026-01-11", "[a, b]", "[\"c, d\", e]", "[]", "", "a: b", "&x", "*y");
		const line = fc.oneof(fc.tuple(key, word).map(([k, v]) => `${k}: ${v}`), word.map((v) => `  - ${v}`), key.map((k) => `${k}:`));
		fc.assert(
			fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
				const text = lines.join("\n");
				const fast = parseSimpleYaml(text);
				if (fast === undefined) return;
				let full: unknown;
				try {
					full = parse(text, { uniqueKeys: false });
				} catch {
					return; // the fast reader accepted something YAML rejects: only allowed for unimportant odd input
				}
				expect(fast).toEqual(full ?? {});
			}),
			{ numRuns: 500, seed: 11 },
		);
	});
});

describe("publish flags", () => {
	const rows: Array<[string, Frontmatter, PublishFlag]> = [
		["dg-publish true", { "dg-publish": true }, { publish: true, key: "dg-publish" }],
		['"true" string', { publish: "true" }, { publish: true, key: "publish" }],
		["yes", { share: "yes" }, { publish: true, key: "share" }],
		["1", { share: 1 }, { publish: true, key: "share" }],
		['"false" is false', { "dg-publish": "false" }, { publish: false, key: "dg-publish" }],
		["publish: false always excludes", { "dg-publish": true, publish: false }, { publish: false, key: "publish" }],
		["draft: true always excludes", { "dg-publish": true, draft: true }, { publish: false, key: "draft" }],
		["nothing set", { title: "x" }, { publish: false, key: null }],
		["first configured key decides", { share: false, "dg-publish": true }, { publish: true, key: "dg-publish" }],
	];
	test.each(rows)("%s", (_name, fm, expected) => {
		expect(publishFlag(fm)).toEqual(expected);
	});

	test("custom keys from options", () => {
		expect(parseNote("a.md", "---\nonline: yes\n---\n", { publishKeys: ["online"] }).flags).toEqual({ publish: true, key: "online" });
		expect(publishFlag({ "dg-publish": true }, ["online"])).toEqual({ publish: false, key: null });
	});
});

describe("permalink and episode metadata", () => {
	const rows: Array<{ name: string; path: string; note: string; expected: Partial<Episode>; permalink?: string | null }> = [
		{ name: "number from the permalink", path: "P/Some note.md", note: '---\n{"dg-permalink":"/x/367-sam-altman-open-ai/"}\n---\n', expected: { number: 367 }, permalink: "/x/367-sam-altman-open-ai/" },
		{ name: "number and guest from the title", path: "P/367 Sam Altman - OpenAI CEO.md", note: "", expected: { number: 367, guests: ["Sam Altman"], title: "367 Sam Altman - OpenAI CEO" } },
		{ name: "frontmatter wins over the title", path: "P/367 x.md", note: "---\nepisode: 12\nguests: [peter-steinberger, \"[[Lex Fridman]]\"]\nhosts: Joe Rogan\nshow: \"[[JRE]]\"\ndate: 2026-01-11\nurl: https://e.x/1\n---\n", expected: { number: 12, guests: ["Peter Steinberger", "Lex Fridman"], hosts: ["Joe Rogan"], show: "JRE", date: "2026-01-11", url: "https://e.x/1" } },
		{ name: "show and number from a `| Show #N` title", path: "R/x.md", note: "title:: Paul Rosolie: Jungle | Lex Fridman Podcast #489\n", expected: { number: 489, show: "Lex Fridman Podcast", guests: ["Paul Rosolie"] } },
		{ name: "Dataview fields (Snipd)", path: "S/x.md", note: "- Show:: [[CoRecursive: Coding Stories]]\n- Owner / Host:: [[Adam Gordon Bell]]\n- Episode link:: [open](https://share.snipd.com/e/1)\n- Episode publish date:: 2021-07-02\n", expected: { show: "CoRecursive: Coding Stories", hosts: ["Adam Gordon Bell"], url: "https://share.snipd.com/e/1", date: "2021-07-02" } },
		{ name: "a one-word title prefix is not a guest", path: "S/x.md", note: "- Episode title:: [[Story: The Untold Story of SQLite]]\n", expected: { guests: [], title: "Story: The Untold Story of SQLite" } },
	];
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		const r = parseNote(row.path, row.note);
		expect(r.episode).toMatchObject(row.expected);
		if (row.permalink !== undefined) expect(r.permalink).toBe(row.permalink);
	});

	test("isPodcast: attributed quotes, turns or podcast frontmatter; plain notes are not", () => {
		expect(parseNote("a.md", "> Words. – Sam Altman").isPodcast).toBe(true);
		expect(parseNote("a.md", "**Ann Bee:** a\n\n**Ann Bee:** b").isPodcast).toBe(true);
		expect(parseNote("a.md", "---\ntype: podcast\n---\n").isPodcast).toBe(true);
		expect(parseNote("a.md", "---\nguests: [x-y]\n---\n").isPodcast).toBe(true);
		expect(parseNote("a.md", "> A note to self.\n\nSome – prose.").isPodcast).toBe(false);
	});
});

describe("sections, tags, aliases, title, hash", () => {
	const note = "---\ntags: [podcast, ai]\naliases: [Ep 1]\n---\n# Top\n\nText #inline\n\n## A\n\n> q – Sam Altman\n\n### A1\n\n```\n# not a heading #notatag\n```\n\n## B #tagged ##\n";
	const r = parseNote("Folder/My note.md", note);

	test("heading tree with 1-based line ranges; fenced `#` lines are not headings", () => {
		const shape = (s: (typeof r.sections)[number]): unknown => [s.heading, s.level, s.line, s.endLine, s.children.map(shape)];
		expect(r.sections.map(shape)).toEqual([["Top", 1, 5, 20, [["A", 2, 9, 18, [["A1", 3, 13, 18, []]]], ["B #tagged", 2, 19, 20, []]]]]);
		expect(r.quotes[0].section).toEqual(["Top", "A"]);
	});

	test("tags from frontmatter and text (not from code), aliases, title", () => {
		expect(r.tags.sort()).toEqual(["ai", "inline", "podcast", "tagged"]);
		expect(r.aliases).toEqual(["Ep 1"]);
		expect(r.title).toBe("My note");
	});

	test("hash changes with any edit and only then", () => {
		expect(parseNote("x.md", note).hash).toBe(r.hash);
		expect(parseNote("x.md", note.replace("Text", "Test")).hash).not.toBe(r.hash);
		expect(parseNote("x.md", note + " ").hash).not.toBe(r.hash);
	});

	test("without hashText the hash is empty and the rest of the record the same", () => {
		// A fresh record: an earlier test sorts `r.tags` in place.
		const hashed = parseNote(r.path, note);
		const unhashed = parseNote(r.path, note, { hashText: false });
		expect(hashed.hash).not.toBe("");
		expect(unhashed.hash).toBe("");
		expect({ ...unhashed, hash: hashed.hash }).toEqual(hashed);
	});
});

describe("a Hugo page's TOML header", () => {
	const page = '+++\ntitle = "Accessibility in Tech with Haben Girma"\nhosts = ["Mark Mandel", "Melanie Warrick"]\ndg-publish = true\n[extra]\ntitle = "Not the page\'s"\n+++\n\nMARK: Welcome.\n\nHABEN: Thanks.\n\nMELANIE: Hi.\n\nMARK: Bye.\n\nHABEN: Bye.\n\nMELANIE: Bye.';

	test("is read past: its lines are no text, its hosts are the note's people, and nothing is published", () => {
		const r = parseNote("a.md", page);
		expect(r.quotes.map((q) => [q.line, q.speaker])).toEqual([
			[9, "Mark Mandel"],
			[11, "Haben Girma"],
			[13, "Melanie Warrick"],
			[15, "Mark Mandel"],
			[17, "Haben Girma"],
			[19, "Melanie Warrick"],
		]);
		expect(r.flags).toEqual(parseNote("b.md", "Body").flags);
	});

	test("its title names the note's subject (the table's `title` is not the page's)", () => {
		const r = parseNote("a.md", '+++\ntitle = "Malcolm Gladwell on Freakonomics Radio"\n[extra]\ntitle = "Other"\n+++\n\nIf you miss Malcolm Gladwell\'s voice, hear this episode.\n\n> Success has to do with chance.');
		expect(r.quotes.map((q) => [q.speaker, q.inferred])).toEqual([["Malcolm Gladwell", "context"]]);
	});

	test("an unclosed header is text", () => {
		expect(parseNote("a.md", '+++\ntitle = "x"\n\n> "Words." — Ada Brook').quotes.map((q) => q.speaker)).toEqual(["Ada Brook"]);
	});
});

test("a key written as a collection (a Jekyll template's `[//]: # …` lines) is read without a warning on the process", () => {
	const emitted = jest.spyOn(process, "emitWarning").mockImplementation(() => undefined);
	const warned = jest.spyOn(console, "warn").mockImplementation(() => undefined);
	try {
		const note = parseNote("a.md", '---\nlayout: post\n[//]: # Title & Author, use [""] quotations around text.\ntitle:  "Podcast Alert!"\n[//]: # every post needs a category.\ncategories: [ updates ]\n---\n> Words. — Ada Brook');
		expect(note.episode.title).toBe("Podcast Alert!");
		expect(note.problems).toEqual([]);
		expect(emitted).not.toHaveBeenCalled();
		expect(warned).not.toHaveBeenCalled();
	} finally {
		emitted.mockRestore();
		warned.mockRestore();
	}
});

describe("capitalised keys (`Title:`, `Guests:`)", () => {
	test("are read as their lower-case keys for titles and people, as Obsidian reads `Tags:`", () => {
		const note = parseNote("a.md", '---\nTitle: "Reading advice from Tyler Cowen"\nTags: ["reading"]\n---\nTyler Cowen has risen to the top of my list.\n\nPart of it stems from reading. Here is some advice:\n\n> People do not read enough, and as a society we are under-investing in reading.');
		expect(note.quotes.map((q) => q.speaker)).toEqual(["Tyler Cowen"]);
		expect(note.tags).toContain("reading");
		expect(parseNote("a.md", "---\nGuests: [Ada Brook]\n---\nNotes.").isPodcast).toBe(true);
	});

	test("leave publish flags, permalinks and the properties as written", () => {
		const note = parseNote("a.md", "---\nDG-Publish: true\nPermalink: /elsewhere\nTitle: Notes\n---\nText.");
		expect(note.flags.publish).toBe(false);
		expect(note.permalink).toBeNull();
		expect(note.frontmatter).toEqual({ "DG-Publish": true, Permalink: "/elsewhere", Title: "Notes" });
	});
});
