// Scenario 4 (DOM part): the rows of one scroll window drawn with the plugin's own row renderers
// (src/plugin/view/rows.ts) into a jsdom document, with the harness's Markdown renderer standing in for
// Obsidian's. Node has no layout engine, so this is the DOM building cost, not paint.
import type { Component } from "obsidian";
import { buildViewModel } from "../../src/core/view/model";
import { GroupedLayout } from "../../src/core/view/virtual";
import { createGroupRow, createQuoteRow } from "../../src/plugin/view/rows";
import { createHarness } from "../../tests/harness/harness";
import { installJsdom } from "../lib/dom";
import { GROUP_ROW, OVERSCAN, QUOTE_ROW, VIEWPORT, indexOf } from "../lib/sidebar";
import { now, row } from "../lib/stats";
import type { Scenario } from "../lib/types";

export const scenario: Scenario = {
	id: "4",
	title: "sidebar rows in the DOM",
	async run(ctx) {
		installJsdom();
		const h = createHarness();
		const model = buildViewModel(indexOf(ctx.vault).all(), "speaker");
		const layout = new GroupedLayout(model.rowCount, model.headerRows, GROUP_ROW, QUOTE_ROW);
		const container = document.body.createDiv();
		const samples: number[] = [];
		let drawn = 0;
		const windows = ctx.quick ? 30 : 200;
		for (let w = 0; w <= windows; w++) {
			const parent = new h.obsidian.Component() as unknown as Component;
			parent.load();
			const win = layout.window((w * 104_729) % Math.max(1, layout.totalHeight - VIEWPORT), VIEWPORT, OVERSCAN);
			const t0 = now();
			const rendered: Promise<void>[] = [];
			for (let i = win.start; i < win.end; i++) {
				const r = model.rowAt(i)!;
				if (r.kind === "group") {
					createGroupRow(container, r, i);
					continue;
				}
				rendered.push(
					new Promise<void>((resolve) => {
						createQuoteRow(container, r.quote, { app: h.app as never, parent, index: i, selected: false, hideSpeaker: r.quote.speaker !== null, hideSource: false, onRendered: () => resolve() });
					}),
				);
			}
			await Promise.all(rendered);
			const ms = now() - t0;
			drawn = win.end - win.start;
			parent.unload();
			container.empty();
			if (w > 0) samples.push(ms);
		}
		return {
			rows: [row("sidebar", "draw one scroll window (jsdom)", "ms", samples, `${drawn} rows of ${model.rowCount} (speaker groups), plugin row renderers, harness Markdown renderer`)],
		};
	},
};
