// Scenario 3: a query typed letter by letter over every quote of the vault: time per keystroke.
import { filterQuotes } from "../../src/core/view/filter";
import { indexOf } from "../lib/sidebar";
import { now, row, summarize } from "../lib/stats";
import type { Scenario } from "../lib/types";

/** Words the generator uses, so every prefix matches something and the result shrinks as one types. */
const QUERY = "discipline freedom";

export const scenario: Scenario = {
	id: "3",
	title: "search per keystroke",
	async run(ctx) {
		const quotes = indexOf(ctx.vault).all();
		const first: number[] = [];
		const keystrokes: number[] = [];
		let lastMatches = 0;
		for (let run = 0; run < ctx.runs + 1; run++) {
			for (let i = 1; i <= QUERY.length; i++) {
				const t0 = now();
				const found = filterQuotes(quotes, { query: QUERY.slice(0, i) });
				const ms = now() - t0;
				lastMatches = found.length;
				if (run === 0 && i === 1) first.push(ms);
				else if (run > 0) keystrokes.push(ms);
			}
		}
		const median = summarize(keystrokes).median;
		return {
			rows: [
				row("search", "filterQuotes per keystroke", "ms", keystrokes, `${quotes.length} quotes, "${QUERY}" typed ${ctx.runs}×; ${lastMatches} match the full query`, {
					text: ctx.quick || quotes.length >= 80_000 ? "< 10 ms median (80,000 quotes)" : "< 10 ms median",
					pass: median < 10,
				}),
				row("search", "first keystroke after indexing", "ms", first, "builds the per-quote search entries"),
			],
			facts: { quotes: quotes.length, matches: lastMatches },
		};
	},
};
