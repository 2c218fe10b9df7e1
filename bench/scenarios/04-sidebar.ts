// Scenario 4: the sidebar's rows for the whole vault (filter, group, lay out) and the rows on screen.
import { filterQuotes } from "../../src/core/search/quote-search";
import { VIEW_MODES, buildViewModel } from "../../src/core/view/model";
import { GroupedLayout } from "../../src/core/view/virtual";
import { GROUP_ROW, OVERSCAN, QUOTE_ROW, VIEWPORT, indexOf } from "../lib/sidebar";
import { row, timeRuns } from "../lib/stats";
import type { Row as BenchRow, Scenario } from "../lib/types";

export const scenario: Scenario = {
	id: "4",
	title: "sidebar view model",
	async run(ctx) {
		const all = indexOf(ctx.vault).all();
		const rows: BenchRow[] = [];
		let visible = 0;
		for (const mode of VIEW_MODES.filter((m) => m !== "note")) {
			const samples = await timeRuns(ctx.runs * 3 + 1, (run) => {
				const quotes = filterQuotes(all, {});
				const model = buildViewModel(quotes, mode);
				// As the sidebar does: heights from the group sizes, row objects only for the window.
				const layout = new GroupedLayout(model.rowCount, model.headerRows, GROUP_ROW, QUOTE_ROW);
				const window = layout.window((run * 7919) % Math.max(1, layout.totalHeight - VIEWPORT), VIEWPORT, OVERSCAN);
				visible = 0;
				for (let i = window.start; i < window.end; i++) if (model.rowAt(i) !== undefined) visible++;
			});
			samples.shift();
			rows.push(row("sidebar", `view model (${mode})`, "ms", samples, `${all.length} quotes → rows, layout, ${visible} rows in the window`));
		}
		return { rows };
	},
};
