// Scenario 26's keystrokes one by one: a table per typed query (its time, matches and where the time went), and
// the garbage collection Chromium's trace shows inside each keystroke, so a slow one reads as a steady key or a
// collection that happened to fall in it.
import type { CDPSession, Page } from "playwright-core";
import type { KeyTiming } from "./chromium-sidebar-page";
import { summarize } from "./stats";

/** A keystroke and, when traced, the main thread's garbage collection inside it (ms). */
export type TracedKey = KeyTiming & { gc?: number; deopts?: number };

const fixed = (n: number): string => n.toFixed(1);

/**
 * One line per typed query, in the order first typed: how many times, the matches, the median and worst time,
 * and the medians of its parts (search, view model or the rest of the handler, rows drawn, style, layout, GC).
 */
export function keyTable(title: string, keys: readonly TracedKey[]): string {
	const byQuery = new Map<string, TracedKey[]>();
	for (const k of keys) {
		const list = byQuery.get(k.query);
		if (list) list.push(k);
		else byQuery.set(k.query, [k]);
	}
	const traced = keys.some((k) => k.gc !== undefined);
	const header = ["query", "matches", "text chars drawn", "n", "median", "worst", "search", "handler rest", "rows drawn", "rows made (ms making, removing)", "of it heights read", "style", "layout", "next frame", ...(traced ? ["GC (worst's)", "deopts"] : [])];
	const lines = [`${title} (ms; medians of the parts)`, `| ${header.join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`];
	for (const [query, list] of byQuery) {
		const median = (pick: (k: TracedKey) => number): string => fixed(summarize(list.map(pick)).median);
		const worst = list.reduce((a, b) => (b.ms > a.ms ? b : a));
		const cells = [
			JSON.stringify(query),
			list[0].matches.toLocaleString("en-US"),
			summarize(list.map((k) => k.chars)).median.toLocaleString("en-US"),
			String(list.length),
			median((k) => k.ms),
			fixed(worst.ms),
			median((k) => k.search),
			median((k) => k.refresh - k.search - k.draw),
			median((k) => k.draw),
			`${median((k) => k.made)} (${median((k) => k.making)}, ${median((k) => k.removing)})`,
			median((k) => k.heights),
			median((k) => k.style),
			median((k) => k.layout),
			median((k) => k.frame),
			...(traced ? [`${median((k) => k.gc ?? 0)} (${fixed(worst.gc ?? 0)})`, list.map((k) => k.deopts ?? 0).join(", ")] : []),
		];
		lines.push(`| ${cells.join(" | ")} |`);
	}
	return lines.join("\n");
}

/** Trace categories: the timeline's style, layout and GC events, and the page's `performance.measure` marks. */
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8", "v8.gc", "disabled-by-default-v8.gc"].join(",");

/** Starts Chromium's tracing of `page` (CDP `Tracing`); `stopTrace` ends it and returns the events. */
export async function startTrace(page: Page): Promise<CDPSession> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReturnAsStream" });
	return cdp;
}

export interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	id?: string;
	id2?: { local?: string };
	args?: Record<string, unknown>;
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
	const complete = new Promise<string>((resolve) => cdp.once("Tracing.tracingComplete", (e) => resolve(e.stream ?? "")));
	await cdp.send("Tracing.end");
	const stream = await complete;
	let text = "";
	for (;;) {
		const chunk = await cdp.send("IO.read", { handle: stream });
		text += chunk.base64Encoded ? Buffer.from(chunk.data, "base64").toString("utf8") : chunk.data;
		if (chunk.eof) break;
	}
	await cdp.send("IO.close", { handle: stream });
	await cdp.detach();
	const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
	return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Collection pauses on the page's main thread (V8's scavenges and mark-compacts, by whichever name this Chromium uses). */
const GC_EVENT = /^(MinorGC|MajorGC|V8\.GC_MC_INCREMENTAL|V8\.GC_SCAVENGER|V8\.GC_MARK_COMPACTOR|V8\.GCScavenger|V8\.GCFinalizeMC)$/;

/**
 * Adds to each of `keys` (in the order the page marked them) the garbage collection on the page's main thread
 * inside it (ms, overlapping events counted once) and V8's deoptimisations in it, from the trace's `pg-key …`
 * measures; returns how many keys it found in the trace.
 */
export function traceGc(events: readonly TraceEvent[], keys: TracedKey[], label: (k: TracedKey) => string): number {
	const begins = new Map<string, TraceEvent>();
	const windows: { name: string; start: number; end: number }[] = [];
	let thread: { pid: number; tid: number } | null = null;
	for (const e of events) {
		if (!e.name.startsWith("pg-key ")) continue;
		const id = `${e.name}/${e.id ?? e.id2?.local ?? ""}`;
		if (e.ph === "b") begins.set(id, e);
		else if (e.ph === "e") {
			const b = begins.get(id);
			if (b) windows.push({ name: e.name.slice("pg-key ".length), start: b.ts, end: e.ts });
		}
	}
	// The page's main thread: where its user-timing measures were recorded as complete events.
	const measure = events.find((e) => e.ph === "X" && e.name === "UserTiming::Measure");
	if (measure) thread = { pid: measure.pid, tid: measure.tid };
	const onMain = (e: TraceEvent): boolean => thread === null || (e.pid === thread.pid && e.tid === thread.tid);
	windows.sort((a, b) => a.start - b.start);
	const gcs = events.filter((e) => e.ph === "X" && GC_EVENT.test(e.name) && onMain(e)).sort((a, b) => a.ts - b.ts);
	const deopts = events.filter((e) => e.name === "V8.DeoptimizeCode" && onMain(e)).map((e) => e.ts);
	let found = 0;
	for (const k of keys) {
		const name = label(k);
		const at = windows.findIndex((w) => w.name === name);
		if (at < 0) continue;
		const w = windows.splice(at, 1)[0];
		let ms = 0;
		let covered = w.start;
		for (const g of gcs) {
			const start = Math.max(g.ts, covered);
			const end = Math.min(g.ts + (g.dur ?? 0), w.end);
			if (end > start) {
				ms += (end - start) / 1000;
				covered = end;
			}
		}
		k.gc = ms;
		k.deopts = deopts.filter((ts) => ts >= w.start && ts <= w.end).length;
		found++;
	}
	return found;
}
