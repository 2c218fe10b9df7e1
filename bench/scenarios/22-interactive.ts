// Scenario 22 (budget 4 of issue 15): a keystroke in the sidebar or the picker at the vault's ~80,000 quotes,
// including the first one after the sidebar opens (a search that has not seen these quotes yet). The edit
// and heap parts of budget 4 are scenarios 2 and 7; scenario 23 compares other ways to search.
import { QuoteSearch } from "../../src/core/view/quote-search";
import { indexOf } from "../lib/sidebar";
import { gc, now, row, summarize } from "../lib/stats";
import type { Row, Scenario } from "../lib/types";
import { QUERY, keystrokes } from "./23-search-candidates";

const BUDGET_MS = 16;

export const scenario: Scenario = {
	id: "22",
	title: "interactive search",
	async run(ctx) {
		const index = indexOf(ctx.vault);
		const quotes = index.all();
		const runs = ctx.quick ? 1 : 3;
		// As the sidebar and the picker run it: a fresh QuoteSearch (nothing prepared: the sidebar has just
		// opened), the query typed letter by letter; the first keystroke pays for whatever is not ready.
		const first: number[] = [];
		const later: number[] = [];
		for (let run = 0; run < runs + 1; run++) {
			gc();
			const search = new QuoteSearch();
			keystrokes(QUERY).forEach((query, i) => {
				const t0 = now();
				search.run(quotes, { query }, { textFirst: true });
				const ms = now() - t0;
				if (run === 0) return;
				(i === 0 ? first : later).push(ms);
			});
		}
		const worstLater = Math.max(...later);
		const rows: Row[] = [
			row("keystroke", "first after the sidebar opens", "ms", first, `${quotes.length} quotes, fresh QuoteSearch, "${QUERY[0]}"`, { text: `≤ ${BUDGET_MS} ms`, pass: summarize(first).median <= BUDGET_MS }),
			row("keystroke", "each later one", "ms", later, `"${QUERY}" typed; worst ${worstLater.toFixed(1)} ms`, { text: `≤ ${BUDGET_MS} ms`, pass: worstLater <= BUDGET_MS }),
		];
		return { rows, facts: { quotes: quotes.length } };
	},
};
