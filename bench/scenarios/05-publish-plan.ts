// Scenario 5: the publish plan for the flagged notes with one of them edited since the last publish.
// Three ways in: the vault read and parsed from scratch (the CLI), the plugin's quote index records with
// the publish cache of the previous publish in the session (warm: the budget), and the index records with
// no cache (cold: the first publish after Obsidian starts).
import { QuoteIndex } from "../../src/core/index";
import { planPublish, PublishCache, settingsHash } from "../../src/core/publish";
import type { BuildRequest } from "../../src/core/publish";
import type { PublishManifest } from "../../src/core/publish";
import { editNote, isPodcastPath } from "../generate";
import { MemoryVault, OPTIONS, SizeSink, timedBuild, withQuotePages } from "../lib/publish";
import { now, row, summarize } from "../lib/stats";
import type { Row, Scenario } from "../lib/types";

/** The manifest's note entries without `changed`: the feed's date is the time of the publish, by design. */
function noteFacts(build: { manifest: { notes: Record<string, { changed?: string }> } }): string {
	return JSON.stringify(Object.entries(build.manifest.notes).map(([path, { changed: _changed, ...entry }]) => [path, entry]));
}

export const scenario: Scenario = {
	id: "5",
	title: "publish plan",
	async run(ctx) {
		const vault = new MemoryVault(ctx.vault);
		const index = new QuoteIndex({ parse: { publishKeys: OPTIONS.flagKeys } });
		index.upsertMany(ctx.vault);
		const cache = new PublishCache();
		// The first publish of the session fills the cache (the plugin's publisher keeps it).
		// Its pages go to a sink that keeps none, as the plugin's folder publish writes each as it is made.
		const firstSink = new SizeSink();
		const first = await timedBuild(vault, undefined, { records: index, cache, sink: firstSink });
		const manifest = first.build.manifest;
		// The whole site built from nothing (first publish ever), twice more with caches of their own for a
		// spread (~10 s each at this size; once in a quick run).
		const firsts = [first.totalMs];
		for (let again = 0; again < (ctx.quick ? 0 : 2); again++) firsts.push((await timedBuild(vault, undefined, { records: index, cache: new PublishCache(), sink: new SizeSink() })).totalMs);
		// What the plugin stores in its folder for the next session.
		const stored = JSON.stringify(cache.toStored("bench"));
		const flagged = Object.keys(manifest.notes).length;
		const podcasts = ctx.vault.filter((note) => isPodcastPath(note.path) && manifest.notes[note.path] !== undefined);
		const plain: number[] = [];
		const warm: number[] = [];
		const cold: number[] = [];
		const nextSession: number[] = [];
		const builds: number[] = [];
		const runs = Math.max(3, ctx.runs);
		for (let run = 0; run <= runs; run++) {
			const original = podcasts[run % podcasts.length];
			const edited = editNote(original, run);
			vault.set(edited);
			index.upsert(edited);
			const expect = (build: Awaited<ReturnType<typeof timedBuild>>["build"]): void => {
				const { plan } = build;
				if (plan.changed.length !== 1 || plan.changed[0].path !== edited.path || plan.new.length + plan.removed.length + plan.renamed.length > 0) {
					throw new Error(`Expected exactly ${edited.path} to be changed, got ${plan.changed.map((c) => c.path).join(", ") || "nothing"} (${plan.new.length} new, ${plan.removed.length} removed)`);
				}
			};
			const hot = await timedBuild(vault, manifest, { records: index, cache });
			expect(hot.build);
			const fresh = await timedBuild(vault, manifest, { records: index, cache: new PublishCache() });
			expect(fresh.build);
			// The next session: the stored cache is read (counted) before the build.
			const t0 = now();
			const loaded: Partial<BuildRequest> = { records: index, cache: PublishCache.fromStored(JSON.parse(stored), "bench") };
			const loadMs = now() - t0;
			const resumed = await timedBuild(vault, manifest, loaded);
			expect(resumed.build);
			// Reading the whole vault is slow: a few samples are enough to see its spread.
			const read = run <= 3 ? await timedBuild(vault, manifest) : null;
			if (read) {
				expect(read.build);
				if (noteFacts(read.build) !== noteFacts(hot.build)) throw new Error("The build from index records and the cache differs from the build that read the vault");
			}
			vault.restore();
			index.upsert(original);
			if (run === 0) continue;
			warm.push(hot.planMs);
			cold.push(fresh.planMs);
			nextSession.push(loadMs + resumed.planMs);
			builds.push(hot.totalMs);
			if (read) plain.push(read.planMs);
		}
		const diffOnly = planDiffOnly(manifest, podcasts[0].path, ctx.runs * 5);
		// The whole site built from nothing with each choice of quote share pages (issue 16), one after the other.
		const modes: Row[] = [];
		for (const mode of ["all", "highlights", "off"] as const) {
			const size = new SizeSink();
			const built = await timedBuild(vault, undefined, { records: index, cache: new PublishCache(), options: withQuotePages(mode), sink: size });
			const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
			modes.push(row("publish plan", `first buildPublish, quote pages "${mode}"`, "ms", [built.totalMs], `${size.files} files, ${mb(size.bytes)}; of them quote pages: ${size.quoteFiles} files, ${mb(size.quoteBytes)}; manifest ${mb(JSON.stringify(built.build.manifest).length)}${mode === OPTIONS.quotePages ? " (the default)" : ""}`));
		}
		const median = summarize(warm).median;
		return {
			rows: [
				row("publish plan", "buildPublish until the plan is known (warm)", "ms", warm, `${flagged} flagged of ${ctx.vault.length} notes, 1 edited; index records + the cache of the previous publish: reads and compiles the edited note only`, {
					text: "< 200 ms",
					pass: median < 200,
				}),
				row("publish plan", "plan, cold (index records, no cache)", "ms", cold, "first publish after Obsidian starts: reads and compiles every flagged note, parses none"),
				row("publish plan", "plan, next session (stored cache)", "ms", nextSession, `first publish after Obsidian starts with the cache the plugin stored (${(stored.length / 2 ** 20).toFixed(1)} MiB JSON, parse included)`),
				row("publish plan", "plan, vault read from disk (CLI)", "ms", plain, "reads and parses every note, compiles the flagged ones"),
				row("publish plan", "whole buildPublish (warm, 1 note rendered)", "ms", builds, "plan + render the edited note + site-wide pages"),
				row("publish plan", "planPublish alone", "ms", diffOnly, "the diff of hashes, given every note's current hashes"),
				row("publish plan", "first buildPublish (everything new)", "ms", firsts, `${firstSink.files} files, each handed to a sink as it is made`),
				...modes,
			],
			facts: { flagged, files: firstSink.files, storedCacheBytes: stored.length },
		};
	},
};

/** planPublish on its own: what a plan costs when every note's hashes are already known (from an index). */
function planDiffOnly(manifest: PublishManifest, editedPath: string, runs: number): number[] {
	const current = Object.entries(manifest.notes).map(([path, entry]) => ({
		path,
		url: entry.permalink,
		sourceHash: path === editedPath ? `${entry.sourceHash}x` : entry.sourceHash,
		linksHash: entry.linksHash ?? "",
		embedsHash: entry.embedsHash ?? "",
		speakers: entry.speakers ?? "",
	}));
	const existing = new Set(current.map((note) => note.path));
	const hash = settingsHash(OPTIONS);
	const samples: number[] = [];
	for (let i = 0; i <= runs; i++) {
		const t0 = now();
		planPublish(current, manifest, existing, hash);
		if (i > 0) samples.push(now() - t0);
	}
	return samples;
}
