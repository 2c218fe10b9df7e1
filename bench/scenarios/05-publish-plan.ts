// Scenario 5: the publish plan for the flagged notes with one of them edited since the last publish.
import { planPublish, settingsHash } from "../../src/core/publish";
import type { PublishManifest } from "../../src/core/publish";
import { editNote, isPodcastPath } from "../generate";
import { MemoryVault, OPTIONS, timedBuild } from "../lib/publish";
import { now, row, summarize } from "../lib/stats";
import type { Scenario } from "../lib/types";

export const scenario: Scenario = {
	id: "5",
	title: "publish plan",
	async run(ctx) {
		const vault = new MemoryVault(ctx.vault);
		const first = await timedBuild(vault);
		const manifest = first.build.manifest;
		const flagged = Object.keys(manifest.notes).length;
		const podcasts = ctx.vault.filter((note) => isPodcastPath(note.path) && manifest.notes[note.path] !== undefined);
		const plans: number[] = [];
		const builds: number[] = [];
		// A build reads and parses the whole vault: a few runs are enough to see its spread.
		const runs = Math.min(ctx.runs, 3);
		for (let run = 0; run <= runs; run++) {
			vault.restore();
			const edited = editNote(podcasts[run % podcasts.length], run);
			vault.set(edited);
			const timed = await timedBuild(vault, manifest);
			const { plan } = timed.build;
			if (plan.changed.length !== 1 || plan.changed[0].path !== edited.path) {
				throw new Error(`Expected exactly ${edited.path} to be changed, got ${plan.changed.map((c) => c.path).join(", ") || "nothing"} (${plan.new.length} new, ${plan.removed.length} removed)`);
			}
			if (run === 0) continue;
			plans.push(timed.planMs);
			builds.push(timed.totalMs);
		}
		const diffOnly = planDiffOnly(manifest, podcasts[0].path, ctx.runs * 5);
		const median = summarize(plans).median;
		return {
			rows: [
				row("publish plan", "buildPublish until the plan is known", "ms", plans, `${flagged} flagged of ${ctx.vault.length} notes, 1 edited; reads and parses every note, compiles the flagged ones`, {
					text: "< 200 ms",
					pass: median < 200,
				}),
				row("publish plan", "whole buildPublish (1 note rendered)", "ms", builds, "plan + render the edited note + site-wide pages"),
				row("publish plan", "planPublish alone", "ms", diffOnly, "the diff of hashes, given every note's current hashes"),
				row("publish plan", "first buildPublish (everything new)", "ms", [first.totalMs], `${first.build.changes.write.length} files`),
			],
			facts: { flagged, files: first.build.changes.write.length },
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
