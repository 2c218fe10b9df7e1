// Scenario 27 (budget 4's edit row, with the quotes sidebar open): the quote of the day chosen again after
// one note is edited. The budget's rows are the built plugin's (main.js): an edit's re-index plus the index's
// listeners (the card and the sidebar's refresh). The core rows are information: "each quote hashed" is a
// full choice before decision 50 (a day not seen, as a new day does once), "ranks kept" a full choice since,
// which the card makes only when an edit could change the choice (decision 51).
import { editNote, isPodcastPath } from "../generate";
import { dailyCandidates, quoteOfTheDay } from "../../src/core/view/resurface";
import { unloadPlugin } from "../../tests/harness/load";
import { buildMainJs, diskHarness, longestTask, startPlugin, startProfile, vaultOnDisk } from "../lib/plugin-vault";
import { indexOf } from "../lib/sidebar";
import { gc, now, row, summarize } from "../lib/stats";
import type { BenchContext, Row, Scenario } from "../lib/types";

const BUDGET_MS = 5;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The built main.js over the bench vault, first pass done, the sidebar open: a note edited through the
 * vault (modify event → read → re-index → debounced notification → card + sidebar refresh). Parts: the
 * index's update (timed around it), the listeners (the card and the sidebar, timed between a listener added
 * before the sidebar opened and one after), and the longest task meanwhile.
 */
async function endToEnd(ctx: BenchContext): Promise<{ rows: Row[]; unavailable?: string }> {
	const broken = await buildMainJs(ctx.root);
	if (broken) return { rows: [], unavailable: broken };
	const dir = vaultOnDisk(ctx.tmpDir, ctx.vault);
	const h = await diskHarness(ctx.vault, dir);
	const start = await startPlugin(h, false);
	const plugin = start.loaded.plugin;
	while (plugin.searchWarmup.busy) await sleep(2);
	let listenersFrom = 0;
	let done: (() => void) | null = null;
	let listenersMs = 0;
	// Process CPU (all threads) alongside: on a busy machine the wall time also counts waiting for a core.
	let cpuFrom = process.cpuUsage();
	let listenersCpuMs = 0;
	plugin.index.onChange(() => {
		cpuFrom = process.cpuUsage();
		listenersFrom = now();
	});
	await h.runCommand("podcast-garden:open-quotes-sidebar");
	const view = h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view;
	const root = view.containerEl;
	// The sidebar's own part of the listeners: its refresh, timed in place.
	let sidebarMs = 0;
	const sidebar = view as unknown as { refresh: (...args: unknown[]) => void };
	const refresh = sidebar.refresh.bind(view);
	sidebar.refresh = (...args) => {
		const t0 = now();
		refresh(...args);
		sidebarMs += now() - t0;
	};
	while (root.querySelectorAll(".pg-quote-row").length === 0) await sleep(2);
	plugin.index.onChange(() => {
		listenersMs = now() - listenersFrom;
		const cpu = process.cpuUsage(cpuFrom);
		listenersCpuMs = (cpu.user + cpu.system) / 1000;
		done?.();
	});
	let indexMs = 0;
	const update = plugin.index.update.bind(plugin.index);
	plugin.index.update = (upserts, removals) => {
		const t0 = now();
		update(upserts, removals);
		indexMs += now() - t0;
	};
	const upsert = plugin.index.upsert.bind(plugin.index);
	plugin.index.upsert = (note) => {
		const t0 = now();
		upsert(note);
		indexMs += now() - t0;
	};
	const daily = (): string => root.querySelector<HTMLElement>(".pg-daily")?.dataset.quoteId ?? "";
	const dailyPath = plugin.visible.all().find((q) => q.id === daily())?.path ?? "";
	const podcasts = ctx.vault.filter((note) => isPodcastPath(note.path) && note.path !== dailyPath);
	const parts = {
		ordinary: { index: [] as number[], listeners: [] as number[], cpu: [] as number[], sidebar: [] as number[], longest: [] as number[] },
		daily: { index: [] as number[], listeners: [] as number[], cpu: [] as number[], sidebar: [] as number[], longest: [] as number[] },
	};
	// PG_BENCH_EDITS: edits of each kind (more samples for a profile).
	const rounds = Number(process.env.PG_BENCH_EDITS) || (ctx.quick ? 3 : 8);
	const profile = await startProfile();
	for (let round = 0; round < 2 * rounds + 2; round++) {
		const which = round % 2 === 0 ? "ordinary" : "daily";
		const note = which === "daily" ? ctx.vault.find((n) => n.path === dailyPath)! : podcasts[round % podcasts.length];
		const text = editNote({ ...note, text: await h.app.vault.adapter.read(note.path) }, round).text;
		gc();
		indexMs = 0;
		sidebarMs = 0;
		const watch = longestTask();
		const notified = new Promise<void>((resolve) => (done = resolve));
		await h.app.vault.modify(h.app.vault.getFileByPath(note.path)!, text);
		await notified;
		await sleep(5);
		const longest = watch.stop();
		if (round < 2) continue;
		parts[which].index.push(indexMs);
		parts[which].listeners.push(listenersMs);
		parts[which].cpu.push(listenersCpuMs);
		parts[which].sidebar.push(sidebarMs);
		parts[which].longest.push(longest);
	}
	await profile.stop();
	unloadPlugin(h, start.loaded);
	const quotes = plugin.visible.all().length;
	const rows: Row[] = [];
	for (const which of ["ordinary", "daily"] as const) {
		const label = which === "daily" ? "the note holding the quote of the day" : "an ordinary podcast note";
		const waited = parts[which].index.map((ms, i) => ms + parts[which].listeners[i]);
		// Budget 4's edit row as the user meets it with the sidebar open: the re-index and then its listeners
		// (the same median rule as scenario 2's row without a view).
		rows.push(row("edit, sidebar open (main.js)", `${label}: re-index + card and sidebar refresh`, "ms", waited, "each edit's re-index plus the index's listeners (the two rows below)", {
			text: `< ${BUDGET_MS} ms`,
			pass: summarize(waited).median < BUDGET_MS,
		}));
		rows.push(row("edit, sidebar open (main.js)", `${label}: re-index`, "ms", parts[which].index, `${quotes} quotes; QuoteIndex.update/upsert`));
		rows.push(row("edit, sidebar open (main.js)", `${label}: card + sidebar refresh`, "ms", parts[which].listeners, "the index's listeners after the debounced notification"));
		rows.push(row("edit, sidebar open (main.js)", `${label}: card + sidebar refresh, CPU`, "ms", parts[which].cpu, "the same listeners' process CPU time (all threads: the collector's helpers too)"));
		rows.push(row("edit, sidebar open (main.js)", `${label}: sidebar refresh`, "ms", parts[which].sidebar, "QuotesView.refresh within them (the card asks all() before it)"));
		rows.push(row("edit, sidebar open (main.js)", `${label}: longest task`, "ms", parts[which].longest, "event-loop delay, 1 ms resolution", { text: "≤ 50 ms", pass: Math.max(...parts[which].longest) <= 50 }));
	}
	return { rows };
}

export const scenario: Scenario = {
	id: "27",
	title: "quote of the day per edit",
	async run(ctx) {
		const index = indexOf(ctx.vault);
		const podcasts = ctx.vault.filter((note) => isPodcastPath(note.path));
		const rounds = ctx.quick ? 5 : 20;
		const choose = (day: string) => quoteOfTheDay(dailyCandidates(index.all(), { kind: "all", value: "" }, () => []), day);
		const reindex: number[] = [];
		const hashed: number[] = [];
		const kept: number[] = [];
		choose("2026-01-01");
		for (let round = 0; round < rounds + 2; round++) {
			gc();
			let t0 = now();
			index.upsert(editNote(podcasts[round % podcasts.length], round));
			const editMs = now() - t0;
			t0 = now();
			const fresh = choose(`2027-01-${String(round + 1).padStart(2, "0")}`);
			const hashedMs = now() - t0;
			t0 = now();
			const again = choose(`2027-01-${String(round + 1).padStart(2, "0")}`);
			const keptMs = now() - t0;
			if (again !== fresh) throw new Error("The quote of the day differs with kept ranks");
			// The first rounds warm the JIT up.
			if (round < 2) continue;
			reindex.push(editMs);
			hashed.push(hashedMs);
			kept.push(keptMs);
		}
		const quotes = index.all().length;
		const e2e = await endToEnd(ctx);
		return {
			unavailable: e2e.unavailable,
			rows: [
				...e2e.rows,
				row("edit, sidebar open", "re-index one note (notified at once)", "ms", reindex, `${quotes} quotes`),
				row("edit, sidebar open", "quote of the day, each quote hashed", "ms", hashed, "dailyCandidates + quoteOfTheDay with a day not seen before (every change, before decision 50)"),
				// Information only: the plugin makes this full choice only when an edit could change it (decision 51);
				// the budget is on the end-to-end rows above.
				row("edit, sidebar open", "quote of the day, ranks kept, full choice (not run per edit)", "ms", kept, "the same after the edit, ranks kept per quote (decision 50); the card runs it only when an edit could change the choice (decision 51)"),
			],
		};
	},
};
