// Scenario 10: publishing one large note (1, 2, 4, 8 MB of quotes). Time should grow linearly with the
// size: the note column gives each size's time as a ratio of the 1 MB one (2×, 4×, 8× is linear).
import { emptyManifest } from "../../src/core/publish";
import type { NoteInput } from "../../src/core/types";
import { MemoryVault, timedBuild } from "../lib/publish";
import { row } from "../lib/stats";
import type { Scenario } from "../lib/types";

const SPEAKERS = ["Sam Altman", "Lex Fridman", "Ada Lovelace", "Grace Hopper", "Alan Turing"];

/** A flagged note of about `bytes` bytes: a quote per paragraph, five speakers taking turns. */
export function largeNote(bytes: number): NoteInput {
	const parts = ["---\ndg-publish: true\n---\n# A very long episode\n"];
	let size = parts[0].length;
	for (let i = 0; size < bytes; i++) {
		const line = `> Quote ${i}: we keep building things in public, one small step after another. – ${SPEAKERS[i % SPEAKERS.length]}\n\n`;
		parts.push(line);
		size += line.length;
	}
	return { path: "Large.md", text: parts.join(""), mtime: 0 };
}

const SIZES_MB = [1, 2, 4, 8];

export const scenario: Scenario = {
	id: "10",
	title: "one large note",
	async run(ctx) {
		const sizes = ctx.quick ? SIZES_MB.slice(0, 2) : SIZES_MB;
		const runs = ctx.quick ? 1 : Math.max(2, Math.min(3, ctx.runs));
		const medians: number[] = [];
		const rows = [];
		for (const mb of sizes) {
			const vault = new MemoryVault([largeNote(mb * 1_000_000)]);
			const samples: number[] = [];
			let quotes = 0;
			for (let run = 0; run < runs; run++) {
				const { build, totalMs } = await timedBuild(vault, emptyManifest());
				if (build.errors.length > 0) throw new Error(build.errors.map((e) => e.message).join("; "));
				quotes = build.stats.quotes;
				samples.push(totalMs);
			}
			const median = [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
			medians.push(median);
			const ratio = median / medians[0];
			rows.push(row("one large note", `publish a ${mb} MB note`, "ms", samples, `${ratio.toFixed(2)}× the 1 MB note (linear: ${mb}×); ${quotes} quotes`));
		}
		return { rows, facts: { largestMb: sizes[sizes.length - 1] } };
	},
};
