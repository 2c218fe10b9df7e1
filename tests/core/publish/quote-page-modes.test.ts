// Which quotes get a share page (issue 16): "highlights" (the default) leaves out transcript turns, "all"
// keeps every published quote, "off" none. The note page's Share links follow the same choice, so no link
// leads to a page that was not written; an unflagged note's quotes never get a page in any mode; one edit
// rewrites only that note's quote pages.
import { buildPublish, DEFAULT_PUBLISH_OPTIONS, emptyManifest, entryFiles, publishOptions, settingsHash } from "../../../src/core/publish";
import type { OutputFile, PublishOptions, QuotePageMode } from "../../../src/core/publish";
import { parseNote } from "../../../src/core/note";
import { DEFAULT_CORE_PUBLISH_SETTINGS, optionsFromSettings } from "../../../src/core/publish/settings";
import { allText, memoryVault } from "./vault";

const EPISODE = [
	"---",
	"dg-publish: true",
	"show: Garden Talk",
	"episode: 5",
	"---",
	"## Highlights",
	"",
	"> The soil remembers everything. – Rosa Quint",
	"",
	"> [!quote] Maya Ortiz",
	"> Compost is patience you can hold.",
	"",
	'- "Water early, water deep." – Rosa Quint',
	"",
	"## Transcript",
	"",
	"**Rosa Quint (00:01:10):** We started with three raised beds and a lot of hope.",
	"",
	"**Maya Ortiz (00:01:40):** And most of the hope went into the tomatoes.",
	"",
	"**(00:02:05):** Which all failed that first year, by the way.",
	"",
	"**Rosa Quint (00:02:30):** The beans did fine.",
	"",
].join("\n");
const PRIVATE = "---\ndg-publish: false\n---\n> zqxprivatehighlight never leaves. – Rosa Quint\n\n**Rosa Quint (00:00:10):** zqxprivateturn either.\n\n**Maya Ortiz (00:00:20):** Nor this.\n";
const files = { "Ep.md": EPISODE, "Private.md": PRIVATE };

const quotes = parseNote("Ep.md", EPISODE).quotes;
const highlights = quotes.filter((q) => q.kind !== "turn");
const turns = quotes.filter((q) => q.kind === "turn");

async function build(mode: QuotePageMode | undefined, vault: Record<string, string> = files) {
	const options: PublishOptions = publishOptions(mode === undefined ? {} : { quotePages: mode });
	return buildPublish({ vault: memoryVault(vault), manifest: emptyManifest(), options });
}

const pagePaths = (ids: string[]): string[] => ids.flatMap((id) => [`q/${id}/card.svg`, `q/${id}/index.html`]).sort();
const quoteFiles = (written: OutputFile[]): string[] => written.map((f) => f.path).filter((p) => p.startsWith("q/")).sort();

/** Every Share link of every written page, resolved against the page's folder (the site's relative links). */
function shareTargets(written: OutputFile[]): string[] {
	const out: string[] = [];
	for (const f of written) {
		if (typeof f.content !== "string" || !f.path.endsWith(".html")) continue;
		for (const m of f.content.matchAll(/<a class="pg-share" href="([^"]+)">/g)) {
			const target = new URL(m[1], `https://site.example/${f.path}`).pathname.slice(1);
			out.push(decodeURIComponent(target.endsWith("/") ? `${target}index.html` : target));
		}
	}
	return out.sort();
}

describe("quote share pages by mode", () => {
	test("the fixture has highlights, turns and a turn continuation", () => {
		expect(highlights.map((q) => q.kind)).toEqual(["blockquote", "callout", "list"]);
		expect(turns).toHaveLength(4);
		expect(turns[2].inferred).toBe("turn-continuation");
	});

	test.each([
		["highlights (the default)", undefined, highlights.map((q) => q.id)],
		["highlights", "highlights" as const, highlights.map((q) => q.id)],
		["all", "all" as const, quotes.map((q) => q.id)],
		["off", "off" as const, []],
	])("%s: pages for exactly those quotes, a Share link for each and no other", async (_name, mode, ids) => {
		const result = await build(mode);
		expect(result.errors).toEqual([]);
		expect(quoteFiles(result.changes.write)).toEqual(pagePaths(ids));
		const written = new Set(result.changes.write.map((f) => f.path));
		const targets = shareTargets(result.changes.write);
		expect(targets).toEqual(ids.map((id) => `q/${id}/index.html`).sort());
		// Never a dead link: every Share link leads to a page of this build.
		for (const target of targets) expect(written.has(target)).toBe(true);
		// The manifest lists what was written, nothing more.
		expect(Object.values(result.manifest.notes).flatMap(entryFiles).filter((p) => p.startsWith("q/")).sort()).toEqual(pagePaths(ids));
	});

	test.each(["all", "highlights", "off"] as const)("%s: nothing of an unflagged note's quotes (highlight or turn) is published", async (mode) => {
		const result = await build(mode);
		const text = (allText(result.changes.write) + JSON.stringify(result.manifest)).toLowerCase();
		expect(text).not.toContain("zqxprivate");
		for (const q of parseNote("Private.md", PRIVATE).quotes) expect(text).not.toContain(q.id.toLowerCase());
	});

	test("switching the mode rebuilds the pages: the next publish writes the new ones and deletes the old", async () => {
		expect(DEFAULT_PUBLISH_OPTIONS.quotePages).toBe("highlights");
		const all = await build("all");
		expect(settingsHash(publishOptions({ quotePages: "all" }))).not.toBe(settingsHash(publishOptions({ quotePages: "highlights" })));
		const next = await buildPublish({ vault: memoryVault(files), manifest: all.manifest, options: publishOptions({ quotePages: "highlights" }) });
		expect(quoteFiles(next.changes.write)).toEqual([]);
		expect(next.changes.delete.filter((p) => p.startsWith("q/")).sort()).toEqual(pagePaths(turns.map((q) => q.id)));
		expect(next.changes.write.map((f) => f.path)).toContain("ep/index.html");
		const off = await buildPublish({ vault: memoryVault(files), manifest: next.manifest, options: publishOptions({ quotePages: "off" }) });
		expect(off.changes.delete.filter((p) => p.startsWith("q/")).sort()).toEqual(pagePaths(highlights.map((q) => q.id)));
		expect(shareTargets(off.changes.write)).toEqual([]);
		// The Digital Garden layout has no quote pages whatever the setting, and its files do not change with it.
		expect(settingsHash(publishOptions({ layout: "digital-garden", quotePages: "all" }))).toBe(settingsHash(publishOptions({ layout: "digital-garden", quotePages: "off" })));
	});

	test("one edited turn in highlights mode writes no quote page; an edited highlight writes only its own", async () => {
		const first = await build(undefined);
		const turnEdit = { ...files, "Ep.md": EPISODE.replace("three raised beds", "four raised beds") };
		const afterTurn = await buildPublish({ vault: memoryVault(turnEdit), manifest: first.manifest, options: publishOptions() });
		expect(quoteFiles(afterTurn.changes.write)).toEqual([]);
		expect(afterTurn.changes.delete).toEqual([]);
		const highlightEdit = { ...turnEdit, "Ep.md": turnEdit["Ep.md"].replace("remembers everything", "remembers every season") };
		const afterHighlight = await buildPublish({ vault: memoryVault(highlightEdit), manifest: afterTurn.manifest, options: publishOptions() });
		const edited = parseNote("Ep.md", highlightEdit["Ep.md"]).quotes[0];
		expect(quoteFiles(afterHighlight.changes.write)).toEqual(pagePaths([edited.id]));
		expect(afterHighlight.changes.delete).toEqual(pagePaths([highlights[0].id]));
	});

	test("settings: an unknown value (hand-edited data.json) falls back to the default", () => {
		expect(DEFAULT_CORE_PUBLISH_SETTINGS.quotePages).toBe("highlights");
		expect(optionsFromSettings({ ...DEFAULT_CORE_PUBLISH_SETTINGS, quotePages: "off" }).quotePages).toBe("off");
		expect(optionsFromSettings({ ...DEFAULT_CORE_PUBLISH_SETTINGS, quotePages: "some" as QuotePageMode }).quotePages).toBe("highlights");
	});
});
