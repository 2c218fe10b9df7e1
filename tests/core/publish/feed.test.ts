// The Atom feed: well-formed, with the elements RFC 4287 requires, the latest notes first, stable dates
// (a publish without edits writes the same bytes), and `dg-feed: false` leaving a note out.
import { JSDOM } from "jsdom";
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import { FEED_ENTRIES } from "../../../src/core/publish/feed";
import type { PublishManifest } from "../../../src/core/publish/types";
import { memoryVault } from "./vault";

const note = (body: string, extra = ""): string => `---\ndg-publish: true\n${extra}---\n${body}\n`;

async function publish(files: Record<string, string>, manifest: PublishManifest, now: string, baseUrl = "") {
	const build = await buildPublish({ vault: memoryVault(files), manifest, options: publishOptions({ baseUrl }), now: () => now });
	expect(build.errors).toEqual([]);
	return build;
}

function parseFeed(xml: string): Document {
	const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
	expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
	return doc;
}

const text = (el: Element | Document, tag: string): string[] => [...el.getElementsByTagName(tag)].map((e) => e.textContent ?? "");

describe("feed.xml", () => {
	const files = {
		"Ep 1.md": note("> First quote words. – Sam Altman", "show: Show\ndate: 2024-01-01\n"),
		"Ep 2.md": note("Plain opening words of the second note.\n\n## Later\nMore.", "date: 2024-02-01\n"),
		"Quiet.md": note("> Not in the feed. – Sam Altman", "dg-feed: false\n"),
		"Quiet text.md": note("Also left out.", 'dg-feed: "false"\n'),
	};

	test("is well-formed Atom with the required elements; dg-feed: false leaves a note out of it, not out of search", async () => {
		const build = await publish(files, emptyManifest(), "2026-03-01T10:00:00.000Z", "https://example.com/garden/");
		const xml = build.changes.write.find((f) => f.path === "feed.xml")?.content as string;
		const doc = parseFeed(xml);
		const feed = doc.documentElement;
		expect(feed.namespaceURI).toBe("http://www.w3.org/2005/Atom");
		expect(feed.localName).toBe("feed");
		for (const required of ["id", "title", "updated", "author"]) expect(feed.getElementsByTagName(required).length).toBeGreaterThan(0);
		const entries = [...feed.getElementsByTagName("entry")];
		// Same publish: newest episode date first.
		expect(entries.map((e) => text(e, "title")[0])).toEqual(["Ep 2", "Ep 1"]);
		for (const e of entries) {
			expect(text(e, "id")[0]).toMatch(/^https:\/\/example\.com\/garden\/ep-\d\/$/);
			expect(text(e, "updated")[0]).toBe("2026-03-01T10:00:00.000Z");
			expect(e.getElementsByTagName("link")[0].getAttribute("href")).toBe(text(e, "id")[0]);
		}
		expect(text(entries[1], "summary")[0]).toBe("Show · #1 · 2024-01-01 · “First quote words. – Sam Altman”");
		expect(text(entries[0], "summary")[0]).toContain("Plain opening words of the second note.");
		expect(xml).not.toContain("Not in the feed");
		expect(xml).not.toContain("Also left out");
		const index = build.changes.write.find((f) => f.path === "search/index-1.json")?.content as string;
		expect(index).toContain("Not in the feed");
		// Every page links the feed.
		const page = build.changes.write.find((f) => f.path === "ep-1/index.html")?.content as string;
		expect(page).toContain('<link rel="alternate" type="application/atom+xml" title="Podcast garden" href="../feed.xml">');
	});

	test("dates stay while a note's text is unchanged: publishing again writes the same feed; an edit moves the note to the top", async () => {
		const first = await publish(files, emptyManifest(), "2026-03-01T10:00:00.000Z");
		const feed1 = first.changes.write.find((f) => f.path === "feed.xml")?.content as string;
		// A settings change re-renders every page but changes no note's text: the feed keeps its dates.
		const again = await buildPublish({ vault: memoryVault(files), manifest: first.manifest, options: publishOptions({ embedDepth: 1 }), now: () => "2026-03-02T10:00:00.000Z" });
		expect(again.changes.write.find((f) => f.path === "feed.xml")).toBeUndefined();
		const edited = await publish({ ...files, "Ep 1.md": note("> First quote words, edited. – Sam Altman", "show: Show\ndate: 2024-01-01\n") }, first.manifest, "2026-03-03T10:00:00.000Z");
		const feed2 = edited.changes.write.find((f) => f.path === "feed.xml")?.content as string;
		expect(feed2).not.toBe(feed1);
		const doc = parseFeed(feed2);
		expect(text(doc, "title").slice(1)).toEqual(["Ep 1", "Ep 2"]);
		expect(text(doc.documentElement, "updated")[0]).toBe("2026-03-03T10:00:00.000Z");
		// Without a base URL, ids are URNs of the page path and links are relative to feed.xml.
		expect(text(doc, "id")).toContain("urn:podcast-garden:page:/ep-1/");
		expect(feed2).toContain('href="ep-1/"');
	});

	test(`lists the latest ${FEED_ENTRIES} notes only; titles with markup and control characters stay well-formed`, async () => {
		const many: Record<string, string> = {};
		for (let n = 0; n < FEED_ENTRIES + 5; n++) many[`Note ${String(n).padStart(2, "0")}.md`] = note(`Body ${n}.`, `date: 2024-01-${String((n % 28) + 1).padStart(2, "0")}\n`);
		many["Odd.md"] = note("Odd \u0007 bell & <b>bold</b> ]]> end.", 'title: "A <b>bold</b> & \\u0001 title"\ndate: 2099-01-01\n');
		const build = await buildPublish({ vault: memoryVault(many), manifest: emptyManifest(), options: publishOptions({ frontmatterKeys: ["title", "date"] }), now: () => "2026-03-01T10:00:00.000Z" });
		const doc = parseFeed(build.changes.write.find((f) => f.path === "feed.xml")?.content as string);
		const titles = text(doc, "title").slice(1);
		expect(titles).toHaveLength(FEED_ENTRIES);
		expect(titles[0]).toBe("A <b>bold</b> &  title");
	});
});
