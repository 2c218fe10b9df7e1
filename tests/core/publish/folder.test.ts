// The folder target: a crash after any single file operation leaves the old site or the new one, each
// with its own manifest; publishing twice without edits changes no byte.
import { cpSync, existsSync, rmSync, statSync, unlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { buildPublish, emptyManifest, FolderFs, FolderTarget, publishOptions } from "../../../src/core/publish";
import { createFolderTarget, nodeFolderFs } from "../../../src/cli/folder-target";
import { diskVaultReader } from "../../../src/cli/publish-vault";
import { cli, readTree, writeVault } from "./disk";
import { tempDir } from "../../helpers/temp";
import { fixture367, FIXTURE_367_NAME, memoryVault } from "./vault";

/** Node's fs that dies (throws, and keeps throwing) right after its `limit`-th changing operation. */
function crashingFs(limit: number): { fs: FolderFs; crashed: () => boolean } {
	let count = 0;
	let dead = false;
	const guard = <A extends unknown[], R>(op: (...args: A) => Promise<R>, changes: boolean) =>
		async (...args: A): Promise<R> => {
			if (dead) throw new Error("process is gone");
			const result = await op(...args);
			if (changes && ++count >= limit) {
				dead = true;
				throw new Error(`simulated crash after operation ${count}`);
			}
			return result;
		};
	const f = nodeFolderFs;
	return {
		fs: {
			exists: guard(f.exists, false),
			list: guard(f.list, false),
			readText: guard(f.readText, false),
			write: guard(f.write, true),
			mkdir: guard(f.mkdir, true),
			rename: guard(f.rename, true),
			removeFolder: guard(f.removeFolder, true),
			remove: guard(f.remove, true),
		},
		crashed: () => dead,
	};
}

const same = (a: Map<string, Buffer>, b: Map<string, Buffer>): boolean =>
	a.size === b.size && [...a].every(([k, v]) => b.get(k)?.equals(v) === true);

/**
 * Runs `attempt` on a fresh copy of `backup` at `site`, with the file system dying after its 1st, 2nd, …
 * changing operation until one run completes. After each, `beforeRecovery` sees the folder as the crash left it;
 * then the next reader recovers it, and it must be the old or the new site, with no temporary folder left.
 * Returns how many crash points ended with the old site and how many with the new one.
 */
async function everyCrashPoint(site: string, backup: string, sites: { old: Map<string, Buffer>; new: Map<string, Buffer> }, attempt: (target: FolderTarget) => Promise<void>, beforeRecovery: () => void = () => undefined): Promise<{ old: number; new: number; newNotes: string[][] }> {
	const outcomes = { old: 0, new: 0, newNotes: [] as string[][] };
	let completed = false;
	for (let limit = 1; !completed; limit++) {
		rmSync(site, { recursive: true, force: true });
		cpSync(backup, site, { recursive: true });
		const crashing = crashingFs(limit);
		try {
			await attempt(new FolderTarget(crashing.fs, site.split(path.sep).join("/")));
			completed = !crashing.crashed();
		} catch (error) {
			expect(String(error)).toMatch(/simulated crash|process is gone/);
		}
		// The output folder itself never goes away.
		expect(existsSync(site)).toBe(true);
		beforeRecovery();
		const manifest = await createFolderTarget(site).readManifest();
		const after = readTree(site);
		const isOld = same(after, sites.old);
		expect(isOld || same(after, sites.new)).toBe(true);
		expect(existsSync(`${site}.pg-new`) || existsSync(`${site}.pg-old`)).toBe(false);
		outcomes[isOld ? "old" : "new"]++;
		if (!isOld) outcomes.newNotes.push(Object.keys(manifest.notes).sort());
		else expect(Object.keys(manifest.notes).sort()).toEqual([...readManifestNotes(sites.old)].sort());
		expect(limit).toBeLessThan(500);
	}
	return outcomes;
}

/** The note paths a site's own manifest lists. */
function readManifestNotes(site: Map<string, Buffer>): string[] {
	const stored = site.get(".podcast-garden/manifest.json");
	return stored === undefined ? [] : Object.keys((JSON.parse(stored.toString("utf8")) as { notes: Record<string, unknown> }).notes);
}

describe("folder target", () => {
	const root = tempDir("pg-publish-");
	const vault = path.join(root, "vault");
	const out = path.join(root, "site");
	const v1 = {
		// The start of the #367 note: a real note with a few quotes. The whole note's 41 quote pages (two files
		// each, issue 16) made this test's crash-at-every-operation loop take minutes.
		[`Podcasts/${FIXTURE_367_NAME}`]: fixture367().split("\n").slice(0, 40).join("\n"),
		"Keep.md": "---\ndg-publish: true\n---\nKeep this ![[pic.png]]",
		"Gone.md": "---\ndg-publish: true\npermalink: /gone/\n---\nTo be deleted",
		"pic.png": new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
	};

	/**
	 * `v1` published by the CLI into `site` and copied to `backupName`, then the vault edited for a second publish:
	 * an edit, a deletion, a new note with a new attachment.
	 */
	const publishedThenEdited = async (dir: string, site: string, backupName: string): Promise<{ oldSite: Map<string, Buffer>; backup: string }> => {
		writeVault(dir, v1);
		expect((await cli([dir, "--out", site])).code).toBe(0);
		const oldSite = readTree(site);
		const backup = path.join(root, backupName);
		cpSync(site, backup, { recursive: true });
		writeVault(dir, { "Keep.md": "---\ndg-publish: true\n---\nKeep this, edited ![[pic.png]] ![[new.png]]", "New.md": "---\nshare: yes\n---\nNew note", "new.png": new Uint8Array([1, 2, 3, 4]) });
		unlinkSync(path.join(dir, "Gone.md"));
		return { oldSite, backup };
	};

	test("a crash after any file operation leaves the old or the new site, with a matching manifest", async () => {
		const { oldSite, backup } = await publishedThenEdited(vault, out, "backup");
		const target = createFolderTarget(out);
		const build = await buildPublish({ vault: await diskVaultReader(vault), manifest: await target.readManifest(), options: publishOptions(), now: () => "2026-01-01T00:00:00.000Z" });
		expect(build.plan.removed.map((r) => r.path)).toEqual(["Gone.md"]);
		expect(build.plan.new.map((r) => r.path)).toEqual(["New.md"]);
		await target.commit(build.changes, build.manifest, "m");
		const newSite = readTree(out);
		expect(same(oldSite, newSite)).toBe(false);

		const outcomes = await everyCrashPoint(out, backup, { old: oldSite, new: newSite }, (doomed) => doomed.commit(build.changes, build.manifest, "m").then(() => undefined), () => {
			// Before any recovery every file is the old or the new one; when the swap had not started it is the whole old site.
			const raw = readTree(out);
			for (const [p, bytes] of raw) expect(oldSite.get(p)?.equals(bytes) === true || newSite.get(p)?.equals(bytes) === true).toBe(true);
			if (!existsSync(path.join(`${out}.pg-old`, ".pg-swap.json"))) expect(same(raw, oldSite) || same(raw, newSite)).toBe(true);
		});
		for (const notes of outcomes.newNotes) expect(notes).toEqual(Object.keys(build.manifest.notes).sort());
		expect(outcomes.old).toBeGreaterThan(5);
		expect(outcomes.new).toBeGreaterThan(0);
		// One full copy of the site per crash point: slow on a busy disk.
	}, 180_000);

	test("pages sent to the staging folder as they are made: the site is untouched until the commit, a crash anywhere leaves the old or the new site", async () => {
		const dir = path.join(root, "v-sink");
		const site = path.join(root, "sink-site");
		const { oldSite, backup } = await publishedThenEdited(dir, site, "sink-backup");
		const now = (): string => "2026-01-01T00:00:00.000Z";
		// The same publish kept in memory gives the site a sent one must give.
		const held = createFolderTarget(site);
		const plain = await buildPublish({ vault: await diskVaultReader(dir), manifest: await held.readManifest(), options: publishOptions(), now });
		await held.commit(plain.changes, plain.manifest, "m");
		const newSite = readTree(site);
		expect(same(oldSite, newSite)).toBe(false);

		const sendAndCommit = async (target: FolderTarget): Promise<void> => {
			const manifest = await target.readManifest();
			const sink = await target.openSink();
			const build = await buildPublish({ vault: await diskVaultReader(dir), manifest, options: publishOptions(), now, sink });
			expect(build.changes.write).toEqual([]);
			expect(build.changes.sent).toEqual(plain.changes.write.map((f) => f.path));
			await target.commit(build.changes, build.manifest, "m");
		};
		rmSync(site, { recursive: true, force: true });
		cpSync(backup, site, { recursive: true });
		// Between the build and the commit the pages wait in the staging folder and the site is the old one.
		const target = createFolderTarget(site);
		const sink = await target.openSink();
		const staged = await buildPublish({ vault: await diskVaultReader(dir), manifest: await createFolderTarget(site).peekManifest(), options: publishOptions(), now, sink });
		expect(same(readTree(site), oldSite)).toBe(true);
		expect([...readTree(`${site}.pg-new`).keys()].sort()).toEqual([...(staged.changes.sent ?? [])].sort());
		await target.commit(staged.changes, staged.manifest, "m");
		expect(same(readTree(site), newSite)).toBe(true);
		expect(existsSync(`${site}.pg-new`) || existsSync(`${site}.pg-old`)).toBe(false);

		const outcomes = await everyCrashPoint(site, backup, { old: oldSite, new: newSite }, sendAndCommit);
		for (const notes of outcomes.newNotes) expect(notes).toContain("New.md");
		// Crashes while pages were being sent, and while they were swapped in.
		expect(outcomes.old).toBeGreaterThan(plain.changes.write.length);
		expect(outcomes.new).toBeGreaterThan(0);
	}, 180_000);

	test("a build with a sink hands over each note's pages before it renders the next note", async () => {
		const notes: Record<string, string> = {};
		for (let n = 1; n <= 4; n++) notes[`Note ${n}.md`] = `---\ndg-publish: true\n---\n> Ship it. — Ada Lovelace ${n}`;
		const events: string[] = [];
		const sink = { put: (file: { path: string }) => Promise.resolve(void events.push(`put ${file.path}`)) };
		const build = await buildPublish({ vault: memoryVault(notes), manifest: emptyManifest(), options: publishOptions(), sink, onProgress: (p) => void events.push(p.step) });
		expect(build.changes.write).toEqual([]);
		expect(build.changes.sent).toEqual(events.filter((e) => e.startsWith("put ")).map((e) => e.slice(4)));
		// Note 1's page is handed over after its rendering starts and before note 2's does.
		const first = events.indexOf("Rendering Note 1.md");
		const second = events.indexOf("Rendering Note 2.md");
		const page = events.findIndex((e) => e.startsWith("put note-1/"));
		expect([first >= 0, page > first, page < second]).toEqual([true, true, true]);
	});

	test("a publish that stops before its commit leaves no staging folder behind", async () => {
		const dir = path.join(root, "v-stopped");
		const site = path.join(root, "stopped-site");
		writeVault(dir, v1);
		expect((await cli([dir, "--out", site])).code).toBe(0);
		const before = readTree(site);
		// Two notes that want one address: the build fails, so nothing may be published.
		writeVault(dir, { "Clash.md": "---\ndg-publish: true\npermalink: /gone/\n---\nSame address" });
		const result = await cli([dir, "--out", site]);
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/Nothing was published/);
		expect(same(readTree(site), before)).toBe(true);
		expect(existsSync(`${site}.pg-new`)).toBe(false);
		// Sent and then discarded: the site stays as it was.
		const target = createFolderTarget(site);
		const sink = await target.openSink();
		await sink.put({ path: "index.html", content: "not published" });
		await target.discardSink();
		await expect(sink.put({ path: "late.html", content: "too late" })).rejects.toThrow(/staging folder was closed/);
		expect(same(readTree(site), before)).toBe(true);
		expect(existsSync(`${site}.pg-new`)).toBe(false);
	});

	test("publishing twice without edits: no change reported, the same bytes", async () => {
		const dir = path.join(root, "twice");
		const site = path.join(root, "twice-site");
		writeVault(dir, v1);
		expect((await cli([dir, "--out", site])).code).toBe(0);
		const first = readTree(site);
		const again = await cli([dir, "--out", site, "--json"]);
		expect(again.code).toBe(0);
		const report = JSON.parse(again.out) as { changed: boolean; write: string[]; delete: string[]; plan: { new: unknown[]; changed: unknown[]; removed: unknown[]; renamed: unknown[]; unchanged: string[] } };
		expect(report.changed).toBe(false);
		expect(report.write).toEqual([]);
		expect(report.delete).toEqual([]);
		expect(report.plan.unchanged).toHaveLength(3);
		expect(report.plan.new.length + report.plan.changed.length + report.plan.removed.length + report.plan.renamed.length).toBe(0);
		expect(same(readTree(site), first)).toBe(true);
		expect((await cli([dir, "--out", site])).out).toMatch(/No changes/);
	});

	test("a publish moves in only the files it writes: every other file of the site is left where it was", async () => {
		const dir = path.join(root, "one-edit");
		const site = path.join(root, "one-edit-site");
		writeVault(dir, v1);
		expect((await cli([dir, "--out", site])).code).toBe(0);
		const inodes = (): Map<string, number> => new Map([...readTree(site).keys()].map((p) => [p, statSync(path.join(site, ...p.split("/"))).ino]));
		const before = inodes();
		writeVault(dir, { "Gone.md": "---\ndg-publish: true\npermalink: /gone/\n---\nTo be deleted, edited" });
		const again = await cli([dir, "--out", site, "--json"]);
		expect(again.code).toBe(0);
		const report = JSON.parse(again.out) as { write: string[]; delete: string[] };
		expect(report.write).toContain("gone/index.html");
		const after = inodes();
		const written = new Set([...report.write, ".podcast-garden/manifest.json"]);
		const kept = [...before.keys()].filter((p) => !written.has(p));
		// The site has more than the edited note's files, and none of them was copied or rewritten.
		expect(kept.length).toBeGreaterThan(10);
		for (const p of kept) expect([p, after.get(p)]).toEqual([p, before.get(p)]);
		for (const p of report.write) expect([p, after.get(p) === before.get(p)]).toEqual([p, false]);
		expect(existsSync(`${site}.pg-new`) || existsSync(`${site}.pg-old`)).toBe(false);
	});

	test("a non-empty folder that Podcast Garden did not make is refused", async () => {
		const site = path.join(root, "foreign");
		writeVault(site, { "mine.txt": "keep me" });
		const dir = path.join(root, "v-foreign");
		writeVault(dir, { "A.md": "---\npublish: true\n---\nA" });
		const result = await cli([dir, "--out", site]);
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/not empty and was not made by Podcast Garden/);
		expect([...readTree(site).keys()]).toEqual(["mine.txt"]);
		writeFileSync(path.join(site, "mine.txt"), "still mine");
	});

	test("self-repair: files the manifest lists but the folder lost are written again", async () => {
		const dir = path.join(root, "v-repair");
		const site = path.join(root, "repair-site");
		writeVault(dir, v1);
		expect((await cli([dir, "--out", site])).code).toBe(0);
		const whole = readTree(site);
		rmSync(path.join(site, "assets"), { recursive: true });
		rmSync(path.join(site, "keep"), { recursive: true });
		rmSync(path.join(site, "index.html"));
		const dry = await cli([dir, "--out", site, "--dry-run", "--json"]);
		expect(dry.code).toBe(0);
		const planned = JSON.parse(dry.out) as { write: string[]; plan: { changed: { path: string; reasons: string[] }[] } };
		expect(planned.write).toEqual(expect.arrayContaining(["assets/site.css", "assets/search.js", "keep/index.html", "index.html"]));
		expect(planned.plan.changed).toEqual([{ path: "Keep.md", url: "/keep/", reasons: ["missing"] }]);
		const result = await cli([dir, "--out", site]);
		expect(result.code).toBe(0);
		expect(result.err).toMatch(/4 files listed in the manifest were missing from .*repair-site \(.*assets\/search\.js.*\); they are written again/);
		// The same site; only the manifest's publish time moved.
		const pages = (tree: Map<string, Buffer>): Map<string, Buffer> => new Map([...tree].filter(([p]) => p !== ".podcast-garden/manifest.json"));
		expect([...readTree(site).keys()].sort()).toEqual([...whole.keys()].sort());
		expect(same(pages(readTree(site)), pages(whole))).toBe(true);
		const again = await cli([dir, "--out", site, "--json"]);
		expect((JSON.parse(again.out) as { changed: boolean }).changed).toBe(false);
	});

	test("a dry run changes nothing: user folders named <out>.pg-new / .pg-old stay, a lone .pg-old is not moved", async () => {
		const dir = path.join(root, "v-dry");
		writeVault(dir, { "A.md": "---\npublish: true\n---\nA" });
		const site = path.join(root, "dry-site");
		writeVault(`${site}.pg-new`, { "mine.txt": "mine" });
		writeVault(`${site}.pg-old`, { "old.txt": "old" });
		const before = readTree(root);
		const dry = await cli([dir, "--out", site, "--dry-run"]);
		expect(dry.code).toBe(0);
		expect(dry.out).toMatch(/Would write/);
		const after = readTree(root);
		expect(same(after, before)).toBe(true);
		expect(existsSync(site)).toBe(false);
	});
});
