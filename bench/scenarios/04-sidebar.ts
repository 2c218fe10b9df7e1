// Scenario 4: the sidebar's rows for the whole vault (filter, group, lay out) and the rows on screen.
import { QuoteIndex } from "../../src/core/index";
import { filterQuotes } from "../../src/core/view/filter";
import { VIEW_MODES, buildViewModel } from "../../src/core/view/model";
import { RowLayout } from "../../src/core/view/virtual";
import { row, timeRuns } from "../lib/stats";
import type { Row as BenchRow, Scenario } from "../lib/types";

/** A sidebar about 900 px high with 72 px quote rows and 32 px group headers. */
const VIEWPORT = 900;
const QUOTE_ROW = 72;
const GROUP_ROW = 32;

export const scenario: Scenario = {
	id: "4",
	title: "sidebar view model",
	async run(ctx) {
		const index = new QuoteIndex();
		index.upsertMany(ctx.vault);
		const all = index.all();
		const rows: BenchRow[] = [];
		let visible = 0;
		for (const mode of VIEW_MODES.filter((m) => m !== "note")) {
			const samples = await timeRuns(ctx.runs * 3 + 1, (run) => {
				const quotes = filterQuotes(all, {});
				const model = buildViewModel(quotes, mode);
				const layout = new RowLayout(model.rows.length, (i) => (model.rows[i].kind === "group" ? GROUP_ROW : QUOTE_ROW));
				const window = layout.window((run * 7919) % Math.max(1, layout.totalHeight - VIEWPORT), VIEWPORT, 5);
				visible = window.end - window.start;
			});
			samples.shift();
			rows.push(row("sidebar", `view model (${mode})`, "ms", samples, `${all.length} quotes → rows, layout, ${visible} rows in the window`));
		}
		return { rows };
	},
};
