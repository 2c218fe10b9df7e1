/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The saved quote index (issue 15, budget 3) through the built main.js: a second start over an unchanged
// vault reads no note; a note edited, added, deleted or renamed while the plugin was off is picked up; a
// corrupt, older or half-written file is set aside without a word to the user and written again; settings
// that the saved records depend on make it be read again, the others apply to it. Each session ends like a
// fresh parse of the vault with the same settings.
import type { Harness } from "../harness/harness";
import { loadPlugin, unloadPlugin, type LoadedPlugin } from "../harness/load";
import { QuoteIndex } from "../../src/core/index";
import type PodcastGardenPlugin from "../../src/plugin/main";
import { idle, start } from "./setup";

const STORE = ".obsidian/plugins/podcast-garden/quote-index.jsonl";
const EXTRA = {
	"Other/Startups.md": "# Startups\n\n> Make something people want. – PG\n\n> Do things that don't scale. – PG\n",
	"Other/Plain.md": "Just a note with a [[link]] and no quotes.\n",
};

type Session = { h: Harness; loaded: LoadedPlugin<PodcastGardenPlugin>; plugin: PodcastGardenPlugin };

async function stored(h: Harness): Promise<string | null> {
	return (await h.app.vault.adapter.exists(STORE)) ? h.app.vault.adapter.read(STORE) : null;
}

/** Waits until the saved index is a complete file (its end line counts every indexed note) for which `check` holds. */
async function savedWith(h: Harness, plugin: PodcastGardenPlugin, check: (text: string) => boolean = () => true): Promise<string> {
	for (let waited = 0; waited < 20000; waited += 50) {
		const text = await stored(h);
		if (text !== null && text.trimEnd().endsWith(`{"end":${plugin.index.notes().length}}`) && check(text)) return text;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error("The quote index was not saved.");
}

/** First session: the fixture vault and EXTRA, read and saved. */
async function firstSession(): Promise<Session> {
	const session = await start({ extra: EXTRA });
	await savedWith(session.h, session.plugin);
	return session;
}

/** The plugin off (Obsidian closed), then on again over the same vault: a fresh start that counts note reads. */
async function restart(s: Session): Promise<Session> {
	unloadPlugin(s.h, s.loaded);
	s.h.vault.readCount.clear();
	const loaded = await loadPlugin<PodcastGardenPlugin>(s.h);
	await idle(loaded.plugin);
	return { h: s.h, loaded, plugin: loaded.plugin };
}

function reads(h: Harness): Record<string, number> {
	return Object.fromEntries(h.vault.readCount);
}

/** What a session shows, to compare with a fresh parse: every quote with its speaker, and the speakers. */
function digest(index: Pick<QuoteIndex, "all" | "speakers" | "notes">): unknown {
	return {
		notes: index.notes().map((n) => `${n.path} ${n.hash} ${n.quotes.length}`),
		quotes: index.all().map((q) => [q.path, q.id, q.kind, q.line, q.endLine, q.text, q.speaker, q.speakerRaw, q.inferred, q.noteTitle, q.flagged, q.section.join("/")]),
		speakers: index.speakers().map((s) => `${s.name} ${s.quoteCount}`),
	};
}

/** The vault parsed from scratch with the plugin's current settings. */
async function fresh(s: Session): Promise<unknown> {
	const settings = s.plugin.settings;
	const index = new QuoteIndex({ parse: { dashes: settings.dashes, publishKeys: settings.publish.flagKeys }, rule: settings.detection, aliasTable: settings.aliases });
	const notes = [];
	for (const file of s.h.vault.getMarkdownFiles()) if (!file.path.startsWith(".obsidian/")) notes.push({ path: file.path, text: await s.h.vault.adapter.read(file.path), mtime: file.stat.mtime });
	index.upsertMany(notes);
	return digest(index);
}

function noteCount(s: Session): number {
	return s.h.vault.getMarkdownFiles().length;
}

describe("the saved quote index", () => {
	it("lets a start over an unchanged vault read no note and show the same quotes", async () => {
		const first = await firstSession();
		const before = digest(first.plugin.index);
		const second = await restart(first);
		expect(reads(second.h)).toEqual({});
		expect(digest(second.plugin.index)).toEqual(before);
		expect(second.plugin.index.all().length).toBeGreaterThan(40);
		expect(second.plugin.source.progress).toEqual({ running: false, done: noteCount(second), total: noteCount(second) });
		// Nothing changed, so nothing is written again.
		const written = (await second.h.app.vault.adapter.stat(STORE))!.mtime;
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect((await second.h.app.vault.adapter.stat(STORE))!.mtime).toBe(written);
		expect(await second.h.app.vault.adapter.exists(`${STORE}.tmp`)).toBe(false);
	});

	it("reads only a note edited while the plugin was off", async () => {
		const first = await firstSession();
		await first.h.vault.modify(first.h.vault.getFileByPath("Other/Startups.md")!, "# Startups\n\n> Launch early. – PG\n");
		const second = await restart(first);
		expect(reads(second.h)).toEqual({ "Other/Startups.md": 1 });
		expect(second.plugin.index.quotes({ path: "Other/Startups.md" }).map((q) => q.text)).toEqual(["Launch early."]);
		expect(digest(second.plugin.index)).toEqual(await fresh(second));
	});

	it("reads only a note added while the plugin was off", async () => {
		const first = await firstSession();
		await first.h.vault.create("Other/New.md", "> Stay hungry. – Steve Jobs\n");
		const second = await restart(first);
		expect(reads(second.h)).toEqual({ "Other/New.md": 1 });
		expect(second.plugin.index.quotes({ path: "Other/New.md" }).map((q) => q.speaker)).toEqual(["Steve Jobs"]);
		expect(digest(second.plugin.index)).toEqual(await fresh(second));
	});

	it("drops a note deleted while the plugin was off, reading nothing", async () => {
		const first = await firstSession();
		await first.h.app.fileManager.trashFile(first.h.vault.getFileByPath("Other/Startups.md")!);
		const second = await restart(first);
		expect(reads(second.h)).toEqual({});
		expect(second.plugin.index.note("Other/Startups.md")).toBeUndefined();
		expect(second.plugin.index.all().some((q) => q.speakerRaw === "PG")).toBe(false);
		expect(digest(second.plugin.index)).toEqual(await fresh(second));
		// The saved index follows.
		await savedWith(second.h, second.plugin, (text) => !text.includes("Other/Startups.md"));
	});

	it("moves a note renamed while the plugin was off (its quote ids and title come from the path)", async () => {
		const first = await firstSession();
		await first.h.vault.rename(first.h.vault.getFileByPath("Other/Startups.md")!, "Archive/Essays.md");
		const second = await restart(first);
		expect(second.plugin.index.note("Other/Startups.md")).toBeUndefined();
		expect(second.plugin.index.quotes({ path: "Archive/Essays.md" }).map((q) => q.noteTitle)).toEqual(["Essays", "Essays"]);
		expect(digest(second.plugin.index)).toEqual(await fresh(second));
		// The moved note is read under its new path (the harness keeps its mtime, like a file system rename); nothing else.
		expect(reads(second.h)).toEqual({ "Archive/Essays.md": 1 });
	});

	it("saves edits made during a session, so the next start reads nothing and shows them", async () => {
		const first = await firstSession();
		await first.h.vault.modify(first.h.vault.getFileByPath("Other/Startups.md")!, "# Startups\n\n> Talk to users. – PG\n");
		await idle(first.plugin);
		await savedWith(first.h, first.plugin, (text) => text.includes("Talk to users."));
		const second = await restart(first);
		expect(reads(second.h)).toEqual({});
		expect(second.plugin.index.quotes({ path: "Other/Startups.md" }).map((q) => q.text)).toEqual(["Talk to users."]);
	});

	describe("a saved index that cannot be used is set aside silently and written again", () => {
		const spoil: Record<string, (text: string) => string> = {
			// The first note line no longer closes its array.
			corrupt: (text) => text.replace(/\]\n/, "}\n"),
			"of another shape": (text) => text.replace(/"title":"[^"]*"/, '"title":7'),
			"from an older version": (text) => text.replace(/"version":\d+/, '"version":0'),
			"half-written": (text) => text.slice(0, Math.floor(text.length / 2)),
			"not ours at all": () => "\u0000\u0001binary",
		};
		for (const [name, change] of Object.entries(spoil)) {
			it(`${name}`, async () => {
				const first = await firstSession();
				const expected = await fresh(first);
				const text = await first.h.app.vault.adapter.read(STORE);
				const spoiled = change(text);
				expect(spoiled).not.toBe(text);
				await first.h.app.vault.adapter.write(STORE, spoiled);
				const debug = jest.spyOn(console, "debug").mockImplementation(() => undefined);
				const error = jest.spyOn(console, "error");
				const noticesBefore = first.h.notices().length;
				const second = await restart(first);
				// Every note read again: none taken from a file that cannot be trusted (a half-written one holds half the notes).
				expect(Object.keys(reads(second.h)).sort()).toEqual(second.h.vault.getMarkdownFiles().map((f) => f.path).sort());
				expect(digest(second.plugin.index)).toEqual(expected);
				expect(debug).toHaveBeenCalledWith(expect.stringContaining("the saved quote index is not used"));
				expect(error).not.toHaveBeenCalled();
				expect(second.h.notices().slice(noticesBefore)).toEqual([]);
				debug.mockRestore();
				error.mockRestore();
				// Written again, whole: the start after reads nothing.
				await savedWith(second.h, second.plugin, (now) => now !== spoiled);
				const third = await restart(second);
				expect(reads(third.h)).toEqual({});
				expect(digest(third.plugin.index)).toEqual(expected);
			});
		}

		it("a write cut short after its temp file was complete is finished from the temp file", async () => {
			const first = await firstSession();
			const adapter = first.h.app.vault.adapter;
			// As if Obsidian closed between removing the old file and renaming the new one in.
			await adapter.rename(STORE, `${STORE}.tmp`);
			const second = await restart(first);
			expect(reads(second.h)).toEqual({});
			expect(second.plugin.index.all().length).toBeGreaterThan(40);
		});
	});

	describe("settings changed while the plugin was off", () => {
		async function withSettings(change: (plugin: PodcastGardenPlugin) => void): Promise<Session> {
			const first = await firstSession();
			change(first.plugin);
			await first.plugin.saveSettings();
			return restart(first);
		}

		it("the alias table applies to the saved notes without reading them", async () => {
			const second = await withSettings((plugin) => (plugin.settings.aliases = { PG: "Paul Graham" }));
			expect(reads(second.h)).toEqual({});
			expect(second.plugin.index.quotes({ path: "Other/Startups.md" }).map((q) => [q.speaker, q.inferred])).toEqual([
				["Paul Graham", "alias-table"],
				["Paul Graham", "alias-table"],
			]);
			expect(digest(second.plugin.index)).toEqual(await fresh(second));
		});

		it("the podcast rule applies to the saved notes without reading them", async () => {
			const second = await withSettings((plugin) => (plugin.settings.detection = { mode: "folders", folders: ["Other"] }));
			expect(reads(second.h)).toEqual({});
			expect(new Set(second.plugin.index.all().map((q) => q.path))).toEqual(new Set(["Other/Startups.md"]));
			expect(digest(second.plugin.index)).toEqual(await fresh(second));
		});

		it("other dashes make every note be read again (they change what the parser finds)", async () => {
			const second = await withSettings((plugin) => (plugin.settings.dashes = "~"));
			expect(Object.keys(reads(second.h)).length).toBe(noteCount(second));
			expect(second.plugin.index.note("Other/Startups.md")!.quotes.map((q) => q.speaker)).toEqual([null, null]);
			expect(digest(second.plugin.index)).toEqual(await fresh(second));
		});

		it("a save between a dashes change and its re-read does not pass old records off as new", async () => {
			const first = await firstSession();
			// The settings are saved at once; the re-read follows later (the settings tab waits for typing to pause).
			first.plugin.settings.dashes = "~";
			await first.plugin.saveSettings();
			await first.h.vault.modify(first.h.vault.getFileByPath("Other/Plain.md")!, "Edited meanwhile.\n");
			await idle(first.plugin);
			await new Promise((resolve) => setTimeout(resolve, 6000));
			const second = await restart(first);
			expect(Object.keys(reads(second.h)).length).toBe(noteCount(second));
			expect(digest(second.plugin.index)).toEqual(await fresh(second));
		}, 30000);

		it("other publish keys make every note be read again", async () => {
			const second = await withSettings((plugin) => (plugin.settings.publish.flagKeys = ["share-this"]));
			expect(Object.keys(reads(second.h)).length).toBe(noteCount(second));
			expect(digest(second.plugin.index)).toEqual(await fresh(second));
		});
	});
});

describe("the saved index and publishing", () => {
	it("is never published, even when a flagged note links to or embeds it", async () => {
		const first = await start({
			extra: {
				...EXTRA,
				"Notes/Leak.md": `---\ndg-publish: true\n---\n# Leak\n\n![[${STORE}]]\n\n[the cache](${STORE.replace(/ /g, "%20")}) and [[quote-index.jsonl]]\n\n> Public words. – Ann Lee\n`,
				"Notes/Private.md": "# Private\n\n> zqxprivate words. – Bob Stone\n",
			},
		});
		const { h } = first;
		expect(await savedWith(h, first.plugin, (text) => text.includes("zqxprivate"))).toContain("Notes/Private.md");
		const adapter = h.app.vault.adapter;
		const published = (): number => h.notices().filter((n) => n.startsWith("Published to")).length;
		await h.runCommand("podcast-garden:publish-flagged-notes");
		await new Promise((resolve) => setTimeout(resolve, 50));
		const button = Array.from(h.openModals()[0].contentEl.querySelectorAll("button")).find((b) => b.textContent === "Publish selected")!;
		button.click();
		for (let waited = 0; published() === 0 && waited < 20000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
		const files: string[] = [];
		const walk = async (folder: string): Promise<void> => {
			const listed = await adapter.list(folder);
			files.push(...listed.files);
			for (const sub of listed.folders) await walk(sub);
		};
		await walk("Published site");
		expect(files.some((f) => f.includes("notes/leak"))).toBe(true);
		expect(files.filter((f) => /quote-index|\.obsidian/.test(f))).toEqual([]);
		for (const file of files) {
			const text = await adapter.read(file);
			expect(text).not.toContain("podcast-garden-index");
			expect(text).not.toContain("zqxprivate");
		}
		// Nor does the index read it as a note, or the vault list it as a file.
		expect(h.vault.getFiles().some((f) => f.path.includes("quote-index"))).toBe(false);
	});
});
