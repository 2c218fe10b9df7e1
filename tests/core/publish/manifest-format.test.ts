// Manifest format 2 (decision 23): a note's quote pages are stored by quote id with one 16-hex value, not as
// two paths and two hashes. The same files are written and deleted as with format 1 (recorded from the
// format-1 code in tests/fixtures/publish/manifest-v1.json), a format-1 manifest is read and upgraded with
// nothing written again, and the manifest grows by a few dozen bytes per quote page, not hundreds.
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { buildPublish, emptyManifest, entryFiles, hashContent, MANIFEST_PATH, MANIFEST_VERSION, publishOptions, readStoredManifest } from "../../../src/core/publish";
import type { PublishManifest, PublishOptions } from "../../../src/core/publish";
import { createFolderTarget } from "../../../src/cli/folder-target";
import { parseNote } from "../../../src/core/note";
import { readTree, writeVault } from "./disk";
import { tempDir } from "../../helpers/temp";
import { memoryVault } from "./vault";

interface Step {
	name: string;
	layout: "site" | "digital-garden";
	set?: Record<string, string>;
	remove?: string[];
	options?: Partial<PublishOptions>;
	write: Record<string, string>;
	delete: string[];
}
interface Recorded {
	vault: Record<string, string>;
	manifests: Record<"site" | "digital-garden", unknown>;
	steps: Step[];
}

const recorded = JSON.parse(readFileSync(path.join(__dirname, "../../fixtures/publish/manifest-v1.json"), "utf8")) as Recorded;
const at = (day: number) => () => `2026-12-0${day}T08:00:00.000Z`;

function vaultOf(step: Step): Record<string, string> {
	const files = { ...recorded.vault, ...(step.set ?? {}) };
	for (const p of step.remove ?? []) delete files[p];
	return files;
}

async function publish(step: Step, manifest: PublishManifest) {
	const build = await buildPublish({ vault: memoryVault(vaultOf(step)), manifest, options: publishOptions({ layout: step.layout, ...(step.options ?? {}) }), now: at(2) });
	expect(build.errors).toEqual([]);
	const write = Object.fromEntries(build.changes.write.map((f) => [f.path, hashContent(f.content)] as [string, string]).sort(([a], [b]) => (a < b ? -1 : 1)));
	return { write, delete: build.changes.delete, manifest: build.manifest };
}

const named = recorded.steps.map((s) => [`${s.layout}: ${s.name}`, s] as [string, Step]);

describe("reading a format-1 manifest", () => {
	test.each(["site", "digital-garden"] as const)("%s: upgraded to the current format, owning exactly the files it listed", (layout) => {
		const old = recorded.manifests[layout] as { version: number; notes: Record<string, { files: string[]; quotePages?: Record<string, string> }> };
		expect(old.version).toBe(1);
		const upgraded = readStoredManifest(JSON.parse(JSON.stringify(old)));
		expect(upgraded.version).toBe(MANIFEST_VERSION);
		expect(Object.keys(upgraded.notes)).toEqual(Object.keys(old.notes));
		for (const [path, entry] of Object.entries(upgraded.notes)) {
			expect(entryFiles(entry)).toEqual(old.notes[path].files);
			expect(entry.files.some((f) => f.startsWith("q/"))).toBe(false);
			for (const [id, hash] of Object.entries(entry.quotePages ?? {})) {
				expect(id).toMatch(/^q[0-9a-z~-]+$/);
				expect(hash).toMatch(/^[0-9a-f]{16}$/);
			}
		}
		if (layout === "site") expect(Object.keys(upgraded.notes["Garden/Ep 4.md"].quotePages ?? {})).toHaveLength(3);
	});

	test.each(named)("%s: the same files written (same bytes) and deleted as the format-1 code did", async (_name, step) => {
		const got = await publish(step, readStoredManifest(JSON.parse(JSON.stringify(recorded.manifests[step.layout]))));
		expect(got.write).toEqual(step.write);
		expect(got.delete).toEqual(step.delete);
		expect(got.manifest.version).toBe(MANIFEST_VERSION);
	});

	test("a manifest from a newer version is refused with a reason; one that is not a manifest too", () => {
		expect(() => readStoredManifest({ ...emptyManifest(), version: MANIFEST_VERSION + 1 })).toThrow(`was written by a newer version of Podcast Garden (manifest format ${MANIFEST_VERSION + 1}; this version reads format ${MANIFEST_VERSION} and older). Update the plugin or the CLI`);
		expect(() => readStoredManifest({ version: "1", notes: {} })).toThrow('unknown manifest version "1"');
		expect(() => readStoredManifest([])).toThrow("not a publish manifest");
		expect(() => readStoredManifest(null)).toThrow("not a publish manifest");
	});

	test("a folder whose manifest a newer version wrote: refused with a message to update, nothing touched", async () => {
		const out = tempDir("pg-publish-");
		mkdirSync(path.join(out, ".podcast-garden"), { recursive: true });
		const newer = `${JSON.stringify({ ...emptyManifest(), version: MANIFEST_VERSION + 1 })}\n`;
		writeFileSync(path.join(out, MANIFEST_PATH), newer);
		await expect(createFolderTarget(out).readManifest()).rejects.toThrow(`${MANIFEST_PATH} was written by a newer version of Podcast Garden`);
		expect(readFileSync(path.join(out, MANIFEST_PATH), "utf8")).toBe(newer);
	});

	test("a format-1 hash that does not convert makes that file be written again, never skipped", async () => {
		const old = JSON.parse(JSON.stringify(recorded.manifests.site)) as { notes: Record<string, { quotePages: Record<string, string> }> };
		const pages = old.notes["Garden/Ep 5.md"].quotePages;
		const [page] = Object.keys(pages).filter((p) => p.endsWith("index.html"));
		pages[page] = "b0123456789abcdef0";
		const step = named.find(([n]) => n === "site: nothing changed")![1];
		// The note is not rendered while nothing changed: nothing is written either way.
		expect((await publish(step, readStoredManifest(old))).write).toEqual({});
		const prose = { ...step, set: { "Garden/Ep 5.md": `${recorded.vault["Garden/Ep 5.md"]}\nA closing line of prose.\n` } };
		const got = await publish(prose, readStoredManifest(old));
		// That page only: its card and the other quote's files kept their converted hashes.
		expect(Object.keys(got.write).filter((p) => p.startsWith("q/"))).toEqual([page]);
	});

	test("a folder published by format 1: read, kept as it is while nothing changes, then an unflagged note leaves nothing behind", async () => {
		const vaultDir = tempDir("pg-publish-");
		const out = tempDir("pg-publish-");
		writeVault(vaultDir, recorded.vault);
		// The site as format 1 left it: the same files (the test above shows the bytes are the same) and its manifest.
		const first = await buildPublish({ vault: memoryVault(recorded.vault), manifest: emptyManifest(), options: publishOptions(), now: at(1) });
		for (const f of first.changes.write) {
			mkdirSync(path.dirname(path.join(out, f.path)), { recursive: true });
			writeFileSync(path.join(out, f.path), f.content);
		}
		mkdirSync(path.join(out, ".podcast-garden"), { recursive: true });
		writeFileSync(path.join(out, MANIFEST_PATH), `${JSON.stringify(recorded.manifests.site, null, "\t")}\n`);

		const target = createFolderTarget(out);
		const read = await target.readManifest();
		expect(target.missing).toEqual([]);
		const same = await buildPublish({ vault: memoryVault(recorded.vault), manifest: read, options: publishOptions(), now: at(2) });
		expect(same.changes).toEqual({ write: [], delete: [] });

		const ep4 = parseNote("Garden/Ep 4.md", recorded.vault["Garden/Ep 4.md"]).quotes.map((q) => q.id);
		const unflagged = { ...recorded.vault, "Garden/Ep 4.md": recorded.vault["Garden/Ep 4.md"].replace("dg-publish: true", "dg-publish: false") };
		const next = await buildPublish({ vault: memoryVault(unflagged), manifest: await target.readManifest(), options: publishOptions(), now: at(2) });
		expect((await target.commit(next.changes, next.manifest, "Publish")).changed).toBe(true);
		const tree = readTree(out);
		const left = [...tree.keys()].filter((p) => p.startsWith("garden/ep-4/") || p.includes("/garden/ep-4/") || ep4.some((id) => p.includes(id)));
		expect(left).toEqual([]);
		expect([...tree.keys()].filter((p) => p.startsWith("q/")).length).toBe(4);
		const stored = JSON.parse(tree.get(MANIFEST_PATH)!.toString("utf8")) as PublishManifest;
		expect(stored.version).toBe(MANIFEST_VERSION);
		expect(JSON.stringify(stored)).not.toContain("q/");
	});
});

describe("format 2 on its own", () => {
	test.each(named)("%s: the same files written and deleted as format 1", async (_name, step) => {
		const first = await buildPublish({ vault: memoryVault(recorded.vault), manifest: emptyManifest(), options: publishOptions({ layout: step.layout }), now: at(1) });
		expect(first.manifest.version).toBe(MANIFEST_VERSION);
		// Stored and read back as a target does.
		const got = await publish(step, readStoredManifest(JSON.parse(JSON.stringify(first.manifest, null, "\t"))));
		expect(got.write).toEqual(step.write);
		expect(got.delete).toEqual(step.delete);
	});

	test("each quote page adds its id and one 16-hex value to the manifest, not its two paths and two hashes", async () => {
		// 40 quotes in 4 notes, all highlights: the manifest with quote pages against the same site without.
		const vault: Record<string, string> = {};
		for (let n = 0; n < 4; n++) {
			const quotes = Array.from({ length: 10 }, (_, i) => `> Saying number ${i} of episode ${n}, about soil and time. – Speaker ${i % 3}`);
			vault[`Show/Episode ${n}.md`] = `---\ndg-publish: true\nshow: Garden Talk\n---\n${quotes.join("\n\n")}\n`;
		}
		const stored = async (quotePages: "highlights" | "off") => {
			const build = await buildPublish({ vault: memoryVault(vault), manifest: emptyManifest(), options: publishOptions({ quotePages }), now: at(1) });
			expect(build.errors).toEqual([]);
			// As the folder and git targets store it (git sends it whole on every publish).
			return { bytes: Buffer.byteLength(JSON.stringify(build.manifest, null, "\t")), pages: build.changes.write.filter((f) => f.path.endsWith("/card.svg")).length };
		};
		const withPages = await stored("highlights");
		const without = await stored("off");
		const ids = Object.values(vault).flatMap((text, i) => parseNote(Object.keys(vault)[i], text).quotes.map((q) => q.id));
		expect(withPages.pages).toBe(40);
		expect(ids).toHaveLength(40);
		const longest = Math.max(...ids.map((id) => id.length));
		// A line `\t\t\t\t"<id>": "<16 hex>",\n` is the id and 28 bytes; a note's "quotePages": { } adds ~30.
		// Format 1 took two paths (~2 × (id + 20)) and two path hashes (~2 × (id + 45)): over 4 × id + 130.
		const perPage = (withPages.bytes - without.bytes) / withPages.pages;
		expect(perPage).toBeLessThanOrEqual(longest + 28 + 30 / 10);
	});
});
