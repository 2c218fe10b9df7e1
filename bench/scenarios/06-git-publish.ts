// Scenario 6: the whole site pushed to a real local git server in one commit, then one edited note pushed
// incrementally; against the git CLI pushing the same files to the same kind of server. Builds go the
// plugin's way (quote index records, the publish cache, the published files read back), so the stored
// cache's size is measured too; then edits of more notes, built only, until the search index compacts.
import * as nodeFs from "fs";
import * as path from "path";
import { createNodeGitHttp } from "../../src/cli/git-http";
import { QuoteIndex } from "../../src/core/index";
import { createGitTarget } from "../../src/core/publish/git";
import { entryFiles, PublishCache } from "../../src/core/publish";
import type { BuildRequest, PublishBuild, PublishChanges, PublishManifest } from "../../src/core/publish";
import { recentLimit, SEARCH_RECENT_FILE } from "../../src/core/publish/search-log";
import { isSearchIndexFile } from "../../src/core/publish/site-search";
import { startGitServer } from "../../tests/helpers/git-server";
import type { GitTestServer } from "../../tests/helpers/git-server";
import { editNote, isPodcastPath } from "../generate";
import { GitCliSite, git } from "../lib/gitcli";
import { MemoryVault, OPTIONS, timedBuild, withQuotePages, writeSizes } from "../lib/publish";
import { now, row, summarize } from "../lib/stats";
import type { Row, Scenario } from "../lib/types";
import type { NoteInput } from "../../src/core/types";

const MANIFEST_FILE = ".podcast-garden/manifest.json";

function target(server: GitTestServer, cacheDir: string) {
	return createGitTarget({
		fs: nodeFs,
		// The CLI's own client (the host code that publishes from CI). isomorphic-git's bundled Node client
		// aborts on Node 20's 5 s keep-alive socket timeout while the server digests a large pack.
		http: createNodeGitHttp(),
		cacheDir,
		remoteUrl: server.url,
		branch: "main",
		author: { name: "Benchmark", email: "bench@example.com" },
		username: server.username,
		token: server.password,
		createBranch: true,
	});
}

/** The manifest as a file, so the git CLI pushes what the target pushes. */
function withManifest(changes: PublishChanges, manifest: PublishManifest): PublishChanges {
	return { write: [...changes.write, { path: MANIFEST_FILE, content: `${JSON.stringify(manifest, null, "\t")}\n` }], delete: changes.delete };
}

/** Objects the last commit added (what a minimal push must carry): count and raw bytes. */
async function newObjects(server: GitTestServer): Promise<{ objects: number; bytes: number; files: string[] }> {
	const listed = await git(["rev-list", "--objects", "HEAD", "^HEAD~1"], server.bareDir);
	const ids = listed
		.split("\n")
		.filter((line) => line.length > 0)
		.map((line) => line.split(" ")[0]);
	let bytes = 0;
	for (const id of ids) bytes += Number((await git(["cat-file", "-s", id], server.bareDir)).trim());
	const files = (await git(["diff-tree", "-r", "--name-only", "--no-commit-id", "HEAD~1", "HEAD"], server.bareDir)).split("\n").filter((l) => l.length > 0);
	return { objects: ids.length, bytes, files };
}

export const scenario: Scenario = {
	id: "6",
	title: "git publish",
	async run(ctx) {
		const vault = new MemoryVault(ctx.vault);
		// The plugin's way: index records, its publish cache, and the site as published (the target's files).
		const index = new QuoteIndex({ parse: { publishKeys: OPTIONS.flagKeys } });
		index.upsertMany(ctx.vault);
		const cache = new PublishCache();
		const site = new Map<string, string>();
		const published: Partial<BuildRequest> = { records: index, cache, readPublished: (p) => Promise.resolve(site.get(p) ?? null) };
		const applyToSite = (changes: PublishChanges): void => {
			for (const p of changes.delete) site.delete(p);
			for (const f of changes.write) if (typeof f.content === "string") site.set(f.path, f.content);
		};
		const full = (await timedBuild(vault, undefined, published)).build;
		applyToSite(full.changes);
		const cacheBytes = Buffer.byteLength(JSON.stringify(cache.toStored("bench")));
		const fileBytes = full.changes.write.reduce((sum, f) => sum + (typeof f.content === "string" ? Buffer.byteLength(f.content) : f.content.length), 0);
		// One full publish is about a minute at 2,000 notes (ours, then the CLI): up to three of each (--runs)
		// for a median and spread, one in a quick run.
		const runs = ctx.quick ? 1 : Math.max(1, Math.min(3, ctx.runs));
		const ours: number[] = [];
		const cli: number[] = [];
		let oursBytes = 0;
		let cliBytes = 0;
		let last: { server: GitTestServer; cacheDir: string; cliSite: GitCliSite; cliServer: GitTestServer } | null = null;
		for (let run = 0; run < runs; run++) {
			if (last) {
				await last.server.close();
				await last.cliServer.close();
			}
			const server = await startGitServer();
			const cacheDir = path.join(ctx.tmpDir, `git-cache-${run}`);
			const t0 = now();
			const result = await target(server, cacheDir).commit(full.changes, full.manifest, "Publish the benchmark garden");
			ours.push(now() - t0);
			if (!result.changed) throw new Error("The first git publish made no commit");
			oursBytes = server.uploadedBytes();

			const cliServer = await startGitServer();
			const cliSite = await GitCliSite.create(path.join(ctx.tmpDir, `git-cli-${run}`), cliServer.authedUrl);
			await cliSite.apply(withManifest(full.changes, full.manifest).write);
			cli.push(await cliSite.publish("Publish the benchmark garden"));
			cliBytes = cliServer.uploadedBytes();
			last = { server, cacheDir, cliSite, cliServer };
		}
		if (!last) throw new Error("no run");

		// One note edited at a time (a different podcast note each round): plan and build against the last
		// published manifest, then push only that; the git CLI pushes the same files after each.
		const podcasts = ctx.vault.filter((n) => isPodcastPath(n.path) && full.manifest.notes[n.path] !== undefined);
		if (podcasts.length === 0) throw new Error("No flagged podcast note in the vault");
		const rounds = ctx.quick ? 2 : 5;
		const oursInc: number[] = [];
		const oursIncBytes: number[] = [];
		const cliInc: number[] = [];
		const cliIncBytes: number[] = [];
		const foreign: string[] = [];
		let oversize = 0;
		let first: { files: string[]; objects: number; bytes: number } | null = null;
		let manifest = full.manifest;
		const rewritten: number[] = [];
		const indexBytes: number[] = [];
		const speakerPagesRewritten: number[] = [];
		for (let round = 0; round < rounds; round++) {
			const note = podcasts[(round * 37) % podcasts.length];
			const edited = editNote(note, round + 1);
			vault.set(edited);
			index.upsert(edited);
			const incremental: PublishBuild = (await timedBuild(vault, manifest, published)).build;
			const was = manifest.notes[note.path];
			const before = was ? entryFiles(was) : [];
			manifest = incremental.manifest;
			last.server.resetCounters();
			const t0 = now();
			await target(last.server, last.cacheDir).commit(incremental.changes, incremental.manifest, "Publish one edit");
			oursInc.push(now() - t0);
			const uploaded = last.server.uploadedBytes();
			oursIncBytes.push(uploaded);
			const added = await newObjects(last.server);
			first ??= added;
			// "That note's files": what its manifest entry owns now or owned before (page, public Markdown, quote
			// pages: an edited quote's page moves with its id), and every site-wide file showing its words: the
			// speaker pages holding its quotes, the search index's recent part (the base is written only when
			// the index compacts, search-log.ts), the feed (issue 14: an edit may rewrite what really changes,
			// nothing else), plus the manifest.
			const noteUrl = incremental.manifest.notes[note.path]?.permalink ?? "";
			const holding = [...site].filter(([p, text]) => p.startsWith("speakers/") && p !== "speakers/index.html" && text.includes(`${noteUrl.slice(1)}#`)).map(([p]) => p);
			const after = incremental.manifest.notes[note.path];
			const noteFiles = new Set([...(after ? entryFiles(after) : []), ...before, ...holding, SEARCH_RECENT_FILE, "feed.xml", MANIFEST_FILE]);
			applyToSite(incremental.changes);
			rewritten.push(incremental.changes.write.length);
			indexBytes.push(written(incremental, isSearchIndexFile));
			speakerPagesRewritten.push(incremental.changes.write.filter((f) => f.path.startsWith("speakers/")).length);
			foreign.push(...[...new Set([...added.files, ...incremental.changes.write.map((f) => f.path), ...incremental.changes.delete])].filter((f) => !noteFiles.has(f)));
			if (uploaded > added.bytes + 4096) oversize++;

			last.cliServer.resetCounters();
			const inc = withManifest(incremental.changes, incremental.manifest);
			await last.cliSite.apply(inc.write, inc.delete);
			cliInc.push(await last.cliSite.publish("Publish one edit"));
			cliIncBytes.push(last.cliServer.uploadedBytes());
		}
		await last.server.close();
		await last.cliServer.close();
		if (!first) throw new Error("no incremental round");
		const cacheAfter = Buffer.byteLength(JSON.stringify(cache.toStored("bench")));

		// Edits of one more note each, built only (what each writes), until the search index compacts: how
		// often that happens and what it costs, against a plain edit's build.
		const cycle = await untilCompaction({ vault, index, podcasts, manifest, published, applyToSite, from: rounds, max: ctx.quick ? 60 : 400 });
		const modeRows = await quotePageModes(ctx.tmpDir, ctx.vault, podcasts[0]);

		const ratio = summarize(ours).median / summarize(cli).median;
		const onlyNote = foreign.length === 0 && oversize === 0;
		const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
		return {
			rows: [
				row("git publish", "full site, one commit", "ms", ours, `${full.changes.write.length} files, ${kb(fileBytes)}; uploaded ${kb(oursBytes)}; ${ratio.toFixed(2)}× the git CLI`, {
					text: "≤ 2× git CLI",
					pass: ratio <= 2,
				}),
				row("baseline", "git CLI add + commit + push (full)", "ms", cli, `uploaded ${kb(cliBytes)}`),
				row("git publish", "incremental, one note edited", "ms", oursInc, `${rounds} edits, each of another note; uploaded ${kb(summarize(oursIncBytes).median)} (median); the first: ${first.files.length} changed files: ${first.files.map((f) => f.split("/").slice(-2).join("/")).join(", ")} (${first.objects} new objects, ${kb(first.bytes)} raw)${foreign.length ? `; not the note's: ${foreign.slice(0, 4).join(", ")}${foreign.length > 4 ? ` +${foreign.length - 4}` : ""}` : ""}${oversize ? `; ${oversize} uploads larger than the commit's new objects` : ""}`, {
					text: "uploads only that note's files and the site-wide files showing its words (its speaker pages, the search index's recent part, the feed)",
					pass: onlyNote,
				}),
				row("git publish", "incremental upload, one note edited", "KB", oursIncBytes.map((b) => b / 1024), `bytes sent to the server per edit (${rounds} edits)`),
				row("git publish", "one edited quote: files rewritten", "files", rewritten, `the note's page, Markdown and quote pages, the speaker pages holding the quote (${summarize(speakerPagesRewritten).median} speaker page(s), median), the search index's recent part and the feed, plus the manifest; uploaded ${kb(summarize(oursIncBytes).median)} (median)`),
				row("baseline", "git CLI incremental push", "ms", cliInc, `uploaded ${kb(summarize(cliIncBytes).median)} (median)`),
				row("search index", "one edited quote: index bytes written", "KB", indexBytes.map((b) => b / 1024), `the recent part only (${rounds} edits, each of another note); the base is ${kb(cycle.baseBytes)} in ${cycle.baseFiles} file(s)`),
				row("search index", "edits until the index compacts", "edits", [cycle.edits], cycle.compacted ? `each of another note; the recent part reached ${kb(cycle.recentBefore)} (limit ${kb(cycle.limit)}); over the cycle the index wrote ${kb(cycle.cycleBytes / cycle.edits)} per edit on average` : `no compaction within ${cycle.edits} edits`),
				row("search index", "compacting build", "ms", cycle.compactMs, `writes ${kb(cycle.compactBytes)} of index; a plain edit's build: ${summarize(cycle.plainMs).median.toFixed(0)} ms (median, same run)`),
				row("publish cache", "stored cache size", "KB", [cacheBytes / 1024], `after the full publish; ${kb(cacheAfter)} after the edits (the feed's excerpt per note, no search text)`),
				...modeRows,
			],
			facts: {
				indexBytesPerEdit: summarize(indexBytes).median,
				editsUntilCompaction: cycle.edits,
				compactBytes: cycle.compactBytes,
				cycleBytesPerEdit: cycle.cycleBytes / cycle.edits,
				cacheBytes, quoteEditFiles: summarize(rewritten).median, quoteEditSpeakerPages: summarize(speakerPagesRewritten).median, files: full.changes.write.length, fileBytes, oursBytes, cliBytes, oursIncBytes: summarize(oursIncBytes).median, cliIncBytes: summarize(cliIncBytes).median, changedFiles: first.files.length, changed: first.files.join(" "), foreignFiles: foreign.length, newObjectBytes: first.bytes },
		};
	},
};

/**
 * Each choice of quote share pages (issue 16), one sample each in the same run: the whole site pushed to a
 * new server in one commit, then one edited note (the same edit each time) pushed on top.
 */
async function quotePageModes(tmpDir: string, notes: readonly NoteInput[], edited: NoteInput): Promise<Row[]> {
	const rows: Row[] = [];
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	for (const mode of ["all", "highlights", "off"] as const) {
		const options = withQuotePages(mode);
		const vault = new MemoryVault(notes);
		const full = (await timedBuild(vault, undefined, { options })).build;
		// The edit reads the search index back from what was published, as the plugin does.
		const site = new Map(full.changes.write.map((f) => [f.path, typeof f.content === "string" ? f.content : Buffer.from(f.content).toString("utf8")]));
		const readPublished = (p: string) => Promise.resolve(site.get(p) ?? null);
		const server = await startGitServer();
		try {
			const cacheDir = path.join(tmpDir, `git-cache-quote-pages-${mode}`);
			let t0 = now();
			await target(server, cacheDir).commit(full.changes, full.manifest, "Publish the benchmark garden");
			const fullMs = now() - t0;
			const fullSize = writeSizes(full.changes.write);
			const fullUploaded = server.uploadedBytes();
			vault.set(editNote(edited, 99));
			const edit = (await timedBuild(vault, full.manifest, { options, readPublished })).build;
			const editSize = writeSizes(edit.changes.write);
			server.resetCounters();
			t0 = now();
			await target(server, cacheDir).commit(edit.changes, edit.manifest, "Publish one edit");
			const editMs = now() - t0;
			const manifestBytes = Buffer.byteLength(JSON.stringify(edit.manifest, null, "\t"));
			rows.push(row("git publish", `full site, quote pages "${mode}"`, "ms", [fullMs], `${fullSize.files} files, ${kb(fullSize.bytes)} (quote pages ${fullSize.quoteFiles} files, ${kb(fullSize.quoteBytes)}); uploaded ${kb(fullUploaded)}`));
			rows.push(row("git publish", `one edited quote, quote pages "${mode}"`, "ms", [editMs], `${editSize.files} files written (${editSize.quoteFiles} quote page files), ${edit.changes.delete.length} deleted, ${kb(editSize.bytes)}; uploaded ${kb(server.uploadedBytes())}; manifest ${kb(manifestBytes)}`));
		} finally {
			await server.close();
		}
	}
	return rows;
}

/** Bytes of the files of `build` whose path passes `test`. */
function written(build: PublishBuild, test: (path: string) => boolean): number {
	return build.changes.write.filter((f) => test(f.path)).reduce((sum, f) => sum + (typeof f.content === "string" ? Buffer.byteLength(f.content) : f.content.length), 0);
}

interface CycleInput {
	vault: MemoryVault;
	index: QuoteIndex;
	podcasts: readonly { path: string; text: string; mtime?: number }[];
	manifest: PublishManifest;
	published: Partial<BuildRequest>;
	applyToSite: (changes: PublishChanges) => void;
	/** Edits already made (the next note picked follows them). */
	from: number;
	max: number;
}

/** One more note edited per build until a build writes the search index's base again. */
async function untilCompaction(input: CycleInput) {
	const { vault, index, podcasts, published, applyToSite } = input;
	let manifest = input.manifest;
	const baseFiles = Object.keys(manifest.siteFiles).filter((p) => isSearchIndexFile(p) && p !== SEARCH_RECENT_FILE).length;
	const plainMs: number[] = [];
	let cycleBytes = 0;
	let recentBefore = 0;
	let baseBytes = 0;
	let k = 0;
	while (k < input.max) {
		k++;
		const note = podcasts[((input.from + k) * 37) % podcasts.length];
		const edited = editNote(note, input.from + k + 1);
		vault.set(edited);
		index.upsert(edited);
		// The recent part as published before this edit: its size, and the base's it records.
		const recentText = (await published.readPublished?.(SEARCH_RECENT_FILE)) ?? "{}";
		recentBefore = Buffer.byteLength(recentText);
		baseBytes = (JSON.parse(recentText) as { baseBytes?: number }).baseBytes ?? 0;
		const { build, totalMs } = await timedBuild(vault, manifest, published);
		manifest = build.manifest;
		applyToSite(build.changes);
		const bytes = written(build, isSearchIndexFile);
		cycleBytes += bytes;
		const limit = recentLimit(baseBytes, Object.keys(manifest.notes).length);
		if (build.changes.write.some((f) => isSearchIndexFile(f.path) && f.path !== SEARCH_RECENT_FILE)) {
			return { compacted: true, edits: k, compactMs: [totalMs], compactBytes: bytes, plainMs, cycleBytes, recentBefore, baseBytes, baseFiles, limit };
		}
		plainMs.push(totalMs);
	}
	return { compacted: false, edits: k, compactMs: [], compactBytes: 0, plainMs, cycleBytes, recentBefore, baseBytes, baseFiles, limit: recentLimit(baseBytes, Object.keys(manifest.notes).length) };
}
