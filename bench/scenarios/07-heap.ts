// Scenario 7: heap the index holds after a cold index, against the size of the quote text it holds.
import { QuoteIndex } from "../../src/core/index";
import type { NoteInput } from "../../src/core/types";
import { MB, heapUsed, row, v8StringBytes } from "../lib/stats";
import type { Scenario } from "../lib/types";

/** A flat copy of a string, so nothing the index keeps can share the vault's own texts. */
function freshCopy(text: string): string {
	return Buffer.from(text, "utf8").toString("utf8");
}

function build(vault: readonly NoteInput[]): QuoteIndex {
	const copies = vault.map((note) => ({ path: note.path, text: freshCopy(note.text), mtime: note.mtime }));
	const index = new QuoteIndex();
	index.upsertMany(copies);
	return index;
}

export const scenario: Scenario = {
	id: "7",
	title: "index heap",
	async run(ctx) {
		const samples: number[] = [];
		const ratios: number[] = [];
		let quoteBytes = 0;
		let quotes = 0;
		// Run 0 warms up (compiled code, lazily built tables) and is not counted.
		for (let run = 0; run <= Math.min(3, ctx.runs); run++) {
			const before = heapUsed();
			let index: QuoteIndex | null = build(ctx.vault);
			const after = heapUsed();
			quoteBytes = 0;
			quotes = 0;
			for (const quote of index.all()) {
				quoteBytes += v8StringBytes(quote.text);
				quotes++;
			}
			// Dropped explicitly: a stale reference would count this index in the next run's baseline.
			index = null;
			if (run === 0) continue;
			samples.push((after - before) / MB);
			ratios.push((after - before) / quoteBytes);
		}
		const ratio = ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)];
		return {
			rows: [
				row("index heap", "retained after cold index", "MiB", samples, `${(quoteBytes / MB).toFixed(1)} MiB of quote text (${quotes} quotes); ${ratio.toFixed(2)}×`, {
					text: "≤ 3× quote text (issue 15)",
					pass: ratio <= 3,
				}),
			],
			facts: { quoteTextBytes: quoteBytes, quotes },
		};
	},
};
