// Scenario 8: the built plugin (main.js, production build) loaded into the Obsidian test harness over the
// generated vault: time from `load()` to the end of `onload`, and the deferred first pass after layout ready.
import { createHarness } from "../../tests/harness/harness";
import { unloadPlugin } from "../../tests/harness/load";
import { installJsdom } from "../lib/dom";
import { buildMainJs, loadTimed } from "../lib/plugin-vault";
import { now, row } from "../lib/stats";
import type { Scenario } from "../lib/types";

const HARNESS_NOTES = 200;

export const scenario: Scenario = {
	id: "8",
	title: "plugin onload",
	async run(ctx) {
		const broken = await buildMainJs(ctx.root);
		if (broken) return { rows: [], unavailable: broken };
		installJsdom();
		// The harness's metadata cache resolves links in quadratic time, so it gets a slice of the vault:
		// onload reads no note, whatever the vault's size.
		const files: Record<string, string> = {};
		const seeded = ctx.vault.slice(0, HARNESS_NOTES);
		for (const note of seeded) files[note.path] = note.text;
		const onload: number[] = [];
		const firstPass: number[] = [];
		let quotes = 0;
		const runs = ctx.quick ? 4 : 8;
		for (let run = 0; run <= runs; run++) {
			const h = createHarness();
			await h.seed(files);
			// Let the harness finish its own metadata work, so the first pass below is the plugin's.
			await h.settle();
			const { loaded, onloadMs } = await loadTimed(h);
			const t0 = now();
			h.layoutReady();
			await loaded.plugin.source.whenReady();
			const passMs = now() - t0;
			quotes = loaded.plugin.index.all().length;
			unloadPlugin(h, loaded);
			// Run 0 compiles the harness and the bundle's shared code paths for the first time.
			if (run === 0) continue;
			onload.push(onloadMs);
			firstPass.push(passMs);
		}
		const median = [...onload].sort((a, b) => a - b)[Math.floor(onload.length / 2)];
		return {
			rows: [
				row("plugin", "onload (built main.js in the harness)", "ms", onload, `${seeded.length} notes in the harness vault, none read in onload`, { text: "< 5 ms", pass: median < 5 }),
				row("plugin", "first pass after layout ready", "ms", firstPass, `${quotes} quotes indexed through VaultSource (harness vault, chunked)`),
			],
		};
	},
};
