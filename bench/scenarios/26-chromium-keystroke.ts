// Scenario 26 (budget 4 of issue 15, in the user's engine): Obsidian runs in Chromium, so the sidebar's
// keystroke is timed there, with the real QuotesView and picker code over the bench vault's ~80,000 quotes
// (indexed here in Node, shipped to the page as JSON) and the word index ready, as after a warm start. The
// page (bench/lib/chromium-sidebar-page.ts) times each keystroke from the input event to the rows drawn, styled
// and laid out (a forced layout after the view's listener); keys are pressed through Chromium's own input.
// Scenario 22 measures the same in jsdom with the built main.js. It logs a table per typed query (matches, time,
// search, the rest of the handler, rows drawn, style, layout), so a slow key shows as steady or not over runs.
// PG_BENCH_CPUPROFILE=FILE writes the page's CPU profile of the sidebar's keystrokes (first run) for
// `chrome://inspect` or speedscope; PG_BENCH_TRACE=FILE records Chromium's trace of all keystrokes (written to
// FILE) and adds each one's garbage collection and deoptimisations to the table; PG_BENCH_PRACTICE_AB=N times
// the first keystroke of N fresh pages with and N without the warm-up's practice search (decision 30).
import { existsSync, writeFileSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { bundleBrowserPage, launchChromium, pageCss, servePage } from "../../tests/e2e/sidebar/browser";
import type { IndexedQuote } from "../../src/core/index/types";
import { indexOf } from "../lib/sidebar";
import { row, summarize } from "../lib/stats";
import type { Row, Scenario } from "../lib/types";
import { QUERY } from "./23-search-candidates";
import { keyTable, slowKeyTable, traceKeys, startTrace, stopTrace, type TracedKey } from "../lib/chromium-keys";

const CHROMIUM = "/usr/bin/chromium";
const BUDGET_MS = 16;
const WHEEL_PX = 120;
const JUMP_PX = 3000;
/** A scroll down the list: forty wheel-sized steps, then ten jumps. */
const SCROLL_STEPS = [...Array<number>(40).fill(WHEEL_PX), ...Array<number>(10).fill(JUMP_PX)];
type OffsetOn = "window" | "scroller";
const budget = (samples: readonly number[]): { text: string; pass: boolean } => ({ text: `≤ ${BUDGET_MS} ms`, pass: Math.max(...samples) <= BUDGET_MS });
/** A sidebar in a window of this size (the list is what matters: ~900 px of rows). */
const VIEWPORT = { width: 420, height: 1000 };

/** One keystroke as the page timed it (see `KeyTiming` in the page), with what the trace saw in it when traced. */
type Keystroke = TracedKey;

function keyRow(metric: string, keys: readonly Keystroke[], note: string): Row {
	const ms = keys.map((k) => k.ms);
	const median = (pick: (k: Keystroke) => number): string => summarize(keys.map(pick)).median.toFixed(1);
	const parts = `medians: search ${median((k) => k.search)}, view model and summary ${median((k) => k.refresh - k.search - k.draw)}, rows drawn ${median((k) => k.draw)}, then style ${median((k) => k.style)}, layout ${median((k) => k.layout)} and the next frame ${median((k) => k.frame)} ms`;
	return row("Chromium sidebar", metric, "ms", ms, `${note}; worst ${Math.max(...ms).toFixed(1)} ms; ${parts}`, budget(ms));
}

/** The worst time of each run of `per` keys in `keys` (a sidebar's or a picker's), in order. */
function worstPer(keys: readonly Keystroke[], per: number): string {
	const out: string[] = [];
	for (let i = 0; i < keys.length; i += per) out.push(Math.max(...keys.slice(i, i + per).map((k) => k.ms)).toFixed(1));
	return out.join(", ");
}

/** Runs `work`, with the page's CPU profile written to `file` when one is given. */
async function profiled<T>(page: Page, file: string | null, work: () => Promise<T>): Promise<T> {
	if (file === null) return work();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send("Profiler.enable");
	await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
	await cdp.send("Profiler.start");
	const result = await work();
	const { profile } = await cdp.send("Profiler.stop");
	writeFileSync(file, JSON.stringify(profile));
	await cdp.detach();
	return result;
}

export const scenario: Scenario = {
	id: "26",
	title: "keystroke in Chromium",
	async run(ctx) {
		if (!existsSync(CHROMIUM)) return { rows: [], unavailable: `no Chromium at ${CHROMIUM}: scenario 26 times the sidebar in the browser Obsidian runs in, and needs it` };
		const quotes = indexOf(ctx.vault).all();
		// The index's quotes share one object per note (getters read it): shipped as notes and quotes apart, and
		// made into the same kind of objects in the page.
		const notes = new Map<object, number>();
		const shipped = quotes.map((q) => {
			const note = (q as IndexedQuote & { note: object }).note;
			if (!notes.has(note)) notes.set(note, notes.size);
			return { ...q, calloutTitle: q.calloutTitle, note: notes.get(note) };
		});
		const script = await bundleBrowserPage(path.join(ctx.root, "bench/lib/chromium-sidebar-page.ts"));
		// The picker's dialog styled as Obsidian's (a stand-in): its suggestions scroll inside it, as there.
		const server = await servePage(script, pageCss([path.join(ctx.root, "bench/lib/chromium-prompt.css"), path.join(ctx.root, "bench/lib/chromium-ab.css")]), { "/quotes.json": JSON.stringify({ notes: [...notes.keys()], quotes: shipped }) });
		const browser = await launchChromium("pg-bench-26-");
		const errors: string[] = [];
		/** A fresh page with the quotes loaded and the word index built; `practice: false` skips decision 30's practice search. */
		const openPage = async (practice: boolean): Promise<{ page: Page; setup: { quotes: number; prepareMs: number } }> => {
			const page = await browser.context.newPage();
			page.on("pageerror", (e) => errors.push(String(e)));
			await page.setViewportSize(VIEWPORT);
			await page.goto(server.origin + "/");
			const setup = await page.evaluate((p) => window.pgBench.setup({ practice: p }), practice);
			return { page, setup };
		};
		try {
			const { page, setup } = await openPage(true);
			ctx.log(`Chromium page: ${setup.quotes} quotes, word index built in ${setup.prepareMs.toFixed(0)} ms`);

			const runs = ctx.quick ? 1 : Math.min(ctx.runs, 3);
			const first: Keystroke[] = [];
			const later: Keystroke[] = [];
			const oneLetter: Keystroke[] = [];
			/** Every sidebar keystroke in the order typed (Backspace included), for the trace. */
			const typed: Keystroke[] = [];
			let firstMatches = "";
			const profilePath = process.env.PG_BENCH_CPUPROFILE;
			const tracing = process.env.PG_BENCH_TRACE ? await startTrace(page) : null;
			/** Presses a key in the focused search box; the time the page took from its input event to laid-out rows. */
			const pressIn = async (on: Page, key: string): Promise<Keystroke> => {
				await on.keyboard.press(key);
				await on.evaluate(() => window.pgBench.settle());
				const taken = await on.evaluate(() => window.pgBench.take());
				if (taken.ms.length !== 1) throw new Error(`Expected one input event for "${key}", timed ${taken.ms.length}.`);
				if (key !== "Backspace" && taken.rows === 0) throw new Error(`The sidebar shows no rows after "${key}" (${taken.summary}).`);
				if (firstMatches === "") firstMatches = taken.summary;
				return taken.ms[0];
			};
			const press = async (key: string): Promise<Keystroke> => {
				const k = await pressIn(page, key);
				typed.push(k);
				return k;
			};
			const typing = async (): Promise<void> => {
				for (const [i, letter] of [...QUERY].entries()) (i === 0 ? first : later).push(await press(letter === " " ? "Space" : letter));
				// One letter into an empty box: nearly every quote matches.
				for (const letter of ["a", "e", "s"]) {
					await page.keyboard.press("ControlOrMeta+A");
					await press("Backspace");
					oneLetter.push(await press(letter));
				}
			};
			for (let run = 0; run < runs; run++) {
				await page.evaluate(() => window.pgBench.openSidebar());
				await page.focus(".pg-search-input");
				await profiled(page, profilePath && run === 0 ? profilePath : null, typing);
				ctx.log(`Chromium run ${run}: first keystroke ${first[run].ms.toFixed(1)} ms; later median ${summarize(later.slice(-(QUERY.length - 1)).map((k) => k.ms)).median.toFixed(1)} ms; one letter ${oneLetter.slice(-3).map((k) => k.ms.toFixed(1)).join(", ")} ms`);
			}
			const picker: Keystroke[] = [];
			for (let run = 0; run < runs; run++) {
				const file = profilePath && run === 0 ? profilePath.replace(/(\.cpuprofile)?$/, ".picker.cpuprofile") : null;
				picker.push(...(await profiled(page, file, () => page.evaluate((q) => window.pgBench.picker(q), QUERY))));
			}
			// PG_BENCH_PICKER_LIMITS=50,20: pickers showing each number of suggestions, alternated, a table each.
			const limits = (process.env.PG_BENCH_PICKER_LIMITS ?? "").split(",").filter((x) => x !== "").map(Number);
			const byLimit = new Map<number, Keystroke[]>(limits.map((n) => [n, []]));
			/** The pickers after the budget's, in the order typed (for the trace). */
			const morePickers: Keystroke[] = [];
			for (let run = 0; run < runs; run++) {
				for (const n of run % 2 === 0 ? limits : [...limits].reverse()) {
					const keys = await page.evaluate(([q, l]) => window.pgBench.picker(q, l), [QUERY, n] as const);
					byLimit.get(n)!.push(...keys);
					morePickers.push(...keys);
				}
			}
			for (const [n, keys] of byLimit) ctx.log(keyTable(`Picker keystrokes with ${n} suggestions, ${runs} pickers`, keys));
			// PG_BENCH_PICKER_CV_AB=N: N pickers with the suggestions' content-visibility (before decision 80) and N
			// without (the plugin's), alternated.
			const cvRounds = Number(process.env.PG_BENCH_PICKER_CV_AB ?? 0);
			const byCv = { with: [] as Keystroke[], without: [] as Keystroke[] };
			for (let round = 0; round < cvRounds; round++) {
				for (const on of round % 2 === 0 ? [true, false] : [false, true]) {
					const keys = await page.evaluate(([q, o]) => window.pgBench.picker(q, undefined, o), [QUERY, on] as const);
					byCv[on ? "with" : "without"].push(...keys);
					morePickers.push(...keys);
				}
			}
			// Scrolling the whole list (no query): wheel-sized steps, one a frame, then jumps that bring every row
			// new. PG_BENCH_OFFSET_AB=N: N rounds of a sidebar with the window's offset as the plugin sets it and
			// one with it inherited from the scroller as before decision 65, the order turned each round.
			const abRounds = Number(process.env.PG_BENCH_OFFSET_AB ?? 0);
			const variants: OffsetOn[] = abRounds > 0 ? ["window", "scroller"] : ["window"];
			const scrolls = new Map<OffsetOn, Keystroke[]>(variants.map((v) => [v, []]));
			for (let round = 0; round < (abRounds > 0 ? abRounds : runs); round++) {
				for (const on of round % 2 === 0 ? variants : [...variants].reverse()) {
					await page.evaluate((o) => window.pgBench.setOffsetOn(o), on);
					await page.evaluate(() => window.pgBench.openSidebar());
					scrolls.get(on)!.push(...(await page.evaluate(([steps, tag]) => window.pgBench.scroll(steps, tag), [SCROLL_STEPS, `${on} ${round}`] as const)));
				}
			}
			await page.evaluate(() => window.pgBench.setOffsetOn("window"));
			if (tracing) {
				const events = await stopTrace(tracing);
				writeFileSync(process.env.PG_BENCH_TRACE as string, JSON.stringify(events));
				const found = traceKeys(events, [...typed, ...picker], (k) => `${picker.includes(k) ? "picker" : "sidebar"} "${k.query}"`);
				ctx.log(`Chromium trace: ${events.length} events, ${found} of ${typed.length + picker.length} keystrokes found in it`);
				for (const steps of scrolls.values()) traceKeys(events, steps, (k) => k.query);
				traceKeys(events, morePickers, (k) => `picker "${k.query}"`);
				ctx.log(slowKeyTable(`Sidebar keystrokes over ${BUDGET_MS} ms (n: the query's nth time, one a sidebar)`, typed, BUDGET_MS));
				ctx.log(slowKeyTable(`Picker keystrokes over ${BUDGET_MS} ms (n: the nth picker)`, picker, BUDGET_MS));
			}
			ctx.log(keyTable(`Sidebar keystrokes, ${runs} fresh sidebars`, typed.filter((k) => k.query !== "")));
			ctx.log(keyTable(`Picker keystrokes, ${runs} pickers`, picker));

			// Decision 30: the first keystroke of fresh pages with and without the practice search, alternated.
			const pairs = Number(process.env.PG_BENCH_PRACTICE_AB ?? 0);
			const practice = { on: [] as Keystroke[], off: [] as Keystroke[] };
			for (let pair = 0; pair < pairs; pair++) {
				for (const on of pair % 2 === 0 ? [true, false] : [false, true]) {
					const fresh = await openPage(on);
					await fresh.page.evaluate(() => window.pgBench.openSidebar());
					await fresh.page.focus(".pg-search-input");
					const k = await pressIn(fresh.page, QUERY[0]);
					(on ? practice.on : practice.off).push(k);
					ctx.log(`Fresh page ${pair}, practice ${on ? "on" : "off"}: first keystroke ${k.ms.toFixed(1)} ms (search ${k.search.toFixed(1)}, rows drawn ${k.draw.toFixed(1)}, style ${k.style.toFixed(1)}, layout ${k.layout.toFixed(1)})`);
					await fresh.page.close();
				}
			}
			if (errors.length > 0) throw new Error(`The page threw: ${errors.join("; ")}`);
			const pickerMs = picker.map((k) => k.ms);
			const slowest = (keys: readonly Keystroke[]): string => {
				const k = keys.reduce((a, b) => (b.ms > a.ms ? b : a));
				return `worst ${k.ms.toFixed(1)} ms at "${k.query}"`;
			};
			const rows: Row[] = [
				keyRow("first keystroke after it opens (word index ready)", first, `input event → rows drawn and laid out, "${QUERY[0]}" (${firstMatches}); ${setup.quotes} quotes; ${runs} fresh sidebars`),
				keyRow("each later keystroke", later, `"${QUERY}" typed; ${slowest(later)}; worst per sidebar ${worstPer(later, QUERY.length - 1)} ms`),
				keyRow("one letter from an empty box", oneLetter, `"a", "e", "s": nearly every quote matches, speaker groups`),
				row("Chromium picker", "each keystroke", "ms", pickerMs, `"${QUERY}" typed into "Search quotes" until its suggestions are laid out; ${slowest(picker)}; worst per picker ${worstPer(picker, QUERY.length)} ms; medians: search ${summarize(picker.map((k) => k.search)).median.toFixed(1)}, rows drawn ${summarize(picker.map((k) => k.draw)).median.toFixed(1)}, style ${summarize(picker.map((k) => k.style)).median.toFixed(1)}, layout ${summarize(picker.map((k) => k.layout)).median.toFixed(1)}, next frame ${summarize(picker.map((k) => k.frame)).median.toFixed(1)} ms`, budget(pickerMs)),
			];
			for (const [on, steps] of scrolls) {
				for (const [what, px] of [["a wheel step", WHEEL_PX], ["a jump", JUMP_PX]] as const) {
					const picked = steps.filter((k) => k.matches === px);
					const med = (pick: (k: Keystroke) => number): string => summarize(picked.map(pick)).median.toFixed(1);
					const traced = picked.every((k) => k.trace) ? `; trace, medians: main CPU ${med((k) => k.trace!.cpu)}, style ${med((k) => k.trace!.phases.style ?? 0)} (${med((k) => k.trace!.restyled)} elements), layout ${med((k) => k.trace!.phases.layout ?? 0)}, paint ${med((k) => k.trace!.phases.paint ?? 0)} ms` : "";
					const ab = abRounds > 0 ? ` (offset ${on === "window" ? "on the window" : "inherited from the scroller, before decision 65"})` : "";
					rows.push(row("Chromium sidebar", `${what}'s frame while scrolling, ${px} px${ab}`, "ms", picked.map((k) => k.ms), `information only; all quotes listed; from the frame's first animation callback to the task after it; rows made, median ${med((k) => k.made)} (${med((k) => k.making)} ms)${traced}; worst ${Math.max(...picked.map((k) => k.ms)).toFixed(1)} ms`));
				}
			}
			for (const [label, keys] of Object.entries(byCv)) {
				if (keys.length === 0) continue;
				ctx.log(keyTable(`Picker keystrokes ${label} content-visibility, ${cvRounds} pickers`, keys));
				const med = (pick: (k: Keystroke) => number): string => summarize(keys.map(pick)).median.toFixed(1);
				const traced = keys.every((k) => k.trace) ? `; trace, medians: main CPU ${med((k) => k.trace!.cpu)}, style ${med((k) => k.trace!.phases.style ?? 0)}, layout ${med((k) => k.trace!.phases.layout ?? 0)}, paint ${med((k) => k.trace!.phases.paint ?? 0)} ms` : "";
				rows.push(row("Chromium picker", `each keystroke, suggestions ${label} content-visibility`, "ms", keys.map((k) => k.ms), `decisions 65 and 80; ${cvRounds} pickers alternated; worst per picker ${worstPer(keys, QUERY.length)} ms${traced}`));
			}
			if (pairs > 0) {
				for (const [label, keys] of [["with", practice.on], ["without", practice.off]] as const) {
					rows.push(keyRow(`first keystroke of a fresh page, ${label} the practice search`, keys, `decision 30; ${pairs} pages each, alternated`));
				}
			}
			return { rows, facts: { chromiumQuotes: setup.quotes, chromiumWordIndexMs: Math.round(setup.prepareMs) } };
		} finally {
			await browser.close();
			await server.close();
		}
	},
};
