// Scenario 3: a query typed letter by letter over every quote of the vault: time per keystroke; and what the
// first keystroke costs when the search structure has to be built (fresh index) or brought up to date (one
// note edited).
import { editNote, isPodcastPath } from "../generate";
import { filterQuotes, QuoteSearch } from "../../src/core/view/filter";
import { indexOf } from "../lib/sidebar";
import { now, row, summarize } from "../lib/stats";
import type { Scenario } from "../lib/types";

/** Words the generator uses, so every prefix matches something and the result shrinks as one types. */
const QUERY = "discipline freedom";

export const scenario: Scenario = {
	id: "3",
	title: "search per keystroke",
	async run(ctx) {
		const index = indexOf(ctx.vault);
		const quotes = index.all();
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

		// (b) A search that has never seen these quotes (as after the vault's first pass): its own structure.
		const fresh: number[] = [];
		for (let run = 0; run < (ctx.quick ? 2 : 3); run++) {
			const search = new QuoteSearch();
			const t0 = now();
			search.run(quotes, { query: QUERY.slice(0, 1) });
			fresh.push(now() - t0);
		}

		// (b') As the sidebar does it: the quotes indexed in idle slices of 1,000 (WARM_CHUNK in src/plugin/view/index.ts),
		// then the first letter typed.
		const slices: number[] = [];
		const prepared: number[] = [];
		const afterWarm: number[] = [];
		for (let run = 0; run < (ctx.quick ? 2 : 3); run++) {
			const search = new QuoteSearch();
			for (let from = 0; from < quotes.length; from += 1000) {
				const t0 = now();
				search.warm(quotes, from, from + 1000);
				slices.push(now() - t0);
			}
			let t0 = now();
			search.prepare(quotes);
			prepared.push(now() - t0);
			t0 = now();
			search.run(quotes, { query: QUERY.slice(0, 1) });
			afterWarm.push(now() - t0);
		}

		// (c) One podcast note edited and re-indexed, then the first letter typed: the search catches up with
		// the index's new quote list (one note's quotes replaced) before it answers.
		const podcasts = ctx.vault.filter((note) => isPodcastPath(note.path));
		const afterEdit: number[] = [];
		const edits = ctx.quick ? 5 : 15;
		for (let round = 0; round < edits + 2; round++) {
			index.upsert(editNote(podcasts[(round * 37) % podcasts.length], round));
			const edited = index.all();
			const t0 = now();
			filterQuotes(edited, { query: QUERY.slice(0, 1) });
			const ms = now() - t0;
			if (round >= 2) afterEdit.push(ms);
		}
		return {
			rows: [
				row("search", "filterQuotes per keystroke", "ms", keystrokes, `${quotes.length} quotes, "${QUERY}" typed ${ctx.runs}×; ${lastMatches} match the full query`, {
					text: ctx.quick || quotes.length >= 80_000 ? "< 10 ms median (80,000 quotes)" : "< 10 ms median",
					pass: median < 10,
				}),
				row("search", "first keystroke after indexing", "ms", first, "filterQuotes: builds the search structure"),
				row("search", "first keystroke, fresh QuoteSearch", "ms", fresh, "new QuoteSearch().run(all, {query: \"d\"}): the build cost alone"),
				row("search", "warm-up slice (1,000 quotes)", "ms", slices, `QuoteSearch.warm in slices, as the sidebar does after the index changes; longest ${Math.max(...slices).toFixed(1)} ms`),
				row("search", "last warm-up step: prepare", "ms", prepared, "QuoteSearch.prepare after the slices: lists the warmed quotes' words in one block (the sidebar's last idle step)"),
				row("search", "first keystroke after the warm-up", "ms", afterWarm, `new QuoteSearch(): warm in slices, prepare, then "d"`),
				row("search", "first keystroke after one note edited", "ms", afterEdit, `index.upsert(one podcast note), then filterQuotes(index.all(), {query: "d"}); ${edits} edits`),
			],
			facts: { quotes: quotes.length, matches: lastMatches },
		};
	},
};
