// Scenario 26's keystrokes one by one: a table per typed query (its time, matches and where the time went), and
// the garbage collection Chromium's trace shows inside each keystroke, so a slow one reads as a steady key or a
// collection that happened to fall in it.
import type { CDPSession, Page } from "playwright-core";
import type { KeyTiming } from "./chromium-sidebar-page";
import { summarize } from "./stats";

/** A keystroke and, when traced, the main thread's garbage collection inside it (ms). */
export type TracedKey = KeyTiming & { gc?: number; deopts?: number; trace?: KeyTrace };

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
	const header = ["query", "matches", "text chars drawn", "n", "median", "worst", "search", "handler rest", "rows drawn", "rows made (ms making, removing)", "of it heights read", "style", "layout", "next frame", ...(traced ? ["GC (worst's)", "deopts", "main CPU (worst's)", "busy off the CPU (worst's)"] : [])];
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
			...(traced
				? [
						`${median((k) => k.gc ?? 0)} (${fixed(worst.gc ?? 0)})`,
						list.map((k) => k.deopts ?? 0).join(", "),
						`${median((k) => k.trace?.cpu ?? 0)} (${fixed(worst.trace?.cpu ?? 0)})`,
						`${median((k) => (k.trace ? k.trace.busy - k.trace.cpu : 0))} (${fixed(worst.trace ? worst.trace.busy - worst.trace.cpu : 0)})`,
					]
				: []),
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
	/** The thread's CPU time in the event (µs), where the trace has it. */
	tdur?: number;
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

/** The main thread's work by kind, from its trace events' own (self) CPU time. */
const PHASE: readonly [string, RegExp][] = [
	["gc", GC_EVENT],
	["style", /^UpdateLayoutTree$/],
	["layout", /^Layout$/],
	["paint", /^(PrePaint|Paint|Layerize|UpdateLayer)$/],
	["commit", /^Commit$/],
	["script", /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|FireIdleCallback|v8\..*|V8\..*)$/],
];
const phaseOf = (name: string): string => PHASE.find(([, re]) => re.test(name))?.[0] ?? "other";

/**
 * What the trace shows inside one keystroke (its handler and its frame, the spans `ms` counts): the main thread's
 * wall time busy and its CPU time (the difference is time the thread was ready but not running: the machine's
 * other work), its CPU by kind, the other Chromium threads' CPU (compositor, raster, GPU process, browser) in
 * the same spans, the longest commit (the main thread waits there for the compositor), GC and deoptimisations.
 */
export interface KeyTrace {
	busy: number;
	cpu: number;
	others: number;
	phases: Record<string, number>;
	commit: number;
	/** Elements whose style was recalculated (the trace's `elementCount`s). */
	restyled: number;
	gc: number;
	deopts: number;
}

/** A trace event with its own time (its duration less its children's), wall and CPU, in µs. */
interface Timed {
	e: TraceEvent;
	self: number;
	cpuSelf: number;
	top: boolean;
}

/** Complete events per thread, each with its self time, and whether it is a thread's top-level task. */
function byThread(events: readonly TraceEvent[]): Map<string, Timed[]> {
	const threads = new Map<string, Timed[]>();
	for (const e of events) {
		if (e.ph !== "X" || e.dur === undefined) continue;
		const key = `${e.pid}/${e.tid}`;
		const list = threads.get(key);
		const t = { e, self: e.dur, cpuSelf: e.tdur ?? e.dur, top: true };
		if (list) list.push(t);
		else threads.set(key, [t]);
	}
	for (const list of threads.values()) {
		list.sort((a, b) => a.e.ts - b.e.ts || (b.e.dur ?? 0) - (a.e.dur ?? 0));
		const open: Timed[] = [];
		for (const t of list) {
			while (open.length > 0 && open[open.length - 1].e.ts + (open[open.length - 1].e.dur ?? 0) <= t.e.ts) open.pop();
			const parent = open[open.length - 1];
			if (parent) {
				parent.self -= t.e.dur ?? 0;
				parent.cpuSelf -= t.e.tdur ?? t.e.dur ?? 0;
				t.top = false;
			}
			open.push(t);
		}
	}
	return threads;
}

/** The share of `t` inside [start, end] (0 to 1), by wall time. */
function inside(t: Timed, start: number, end: number): number {
	const dur = t.e.dur ?? 0;
	if (dur === 0) return t.e.ts >= start && t.e.ts <= end ? 1 : 0;
	return Math.max(0, Math.min(t.e.ts + dur, end) - Math.max(t.e.ts, start)) / dur;
}

/**
 * Adds to each of `keys` (in the order the page marked them) what the trace shows inside it (`KeyTrace`), from
 * the trace's `pg-key …` (handler) and `pg-frame …` (its frame) measures; returns how many keys it found.
 */
export function traceKeys(events: readonly TraceEvent[], keys: TracedKey[], label: (k: TracedKey) => string): number {
	const begins = new Map<string, TraceEvent>();
	const spans = { key: [] as { name: string; start: number; end: number }[], frame: [] as { name: string; start: number; end: number }[] };
	for (const e of events) {
		const kind = e.name.startsWith("pg-key ") ? "key" : e.name.startsWith("pg-frame ") ? "frame" : null;
		if (kind === null) continue;
		const id = `${e.name}/${e.id ?? e.id2?.local ?? ""}`;
		if (e.ph === "b") begins.set(id, e);
		else if (e.ph === "e") {
			const b = begins.get(id);
			if (b) spans[kind].push({ name: e.name.slice(e.name.indexOf(" ") + 1), start: b.ts, end: e.ts });
		}
	}
	for (const list of Object.values(spans)) list.sort((a, b) => a.start - b.start);
	// The page's main thread: where its user-timing measures were recorded as complete events.
	const measure = events.find((e) => e.ph === "X" && e.name === "UserTiming::Measure");
	const mainKey = measure ? `${measure.pid}/${measure.tid}` : "";
	const threads = byThread(events);
	const main = threads.get(mainKey) ?? [];
	const others = [...threads].filter(([k]) => k !== mainKey).flatMap(([, list]) => list.filter((t) => t.top));
	let found = 0;
	for (const k of keys) {
		const name = label(k);
		// A scroll step has its frame only (nothing handles it before the frame).
		const at = spans.key.findIndex((w) => w.name === name);
		const key = at < 0 ? null : spans.key.splice(at, 1)[0];
		const f = spans.frame.findIndex((w) => w.name === name && w.start >= (key?.end ?? 0));
		const windows = [...(key ? [key] : []), ...(f < 0 ? [] : spans.frame.splice(f, 1))];
		if (windows.length === 0) continue;
		const t: KeyTrace = { busy: 0, cpu: 0, others: 0, phases: {}, commit: 0, restyled: 0, gc: 0, deopts: 0 };
		for (const w of windows) {
			for (const m of main) {
				const share = inside(m, w.start, w.end);
				if (share === 0) continue;
				if (m.top) {
					t.busy += (share * (m.e.dur ?? 0)) / 1000;
					t.cpu += (share * (m.e.tdur ?? m.e.dur ?? 0)) / 1000;
				}
				const phase = phaseOf(m.e.name);
				t.phases[phase] = (t.phases[phase] ?? 0) + (share * m.cpuSelf) / 1000;
				if (phase === "gc") t.gc += (share * (m.e.dur ?? 0)) / 1000;
				if (m.e.name === "Commit") t.commit = Math.max(t.commit, (m.e.dur ?? 0) / 1000);
				if (m.e.name === "V8.DeoptimizeCode") t.deopts++;
				if (m.e.name === "UpdateLayoutTree" && share === 1) t.restyled += Number(m.e.args?.elementCount ?? 0);
			}
			for (const o of others) t.others += (inside(o, w.start, w.end) * (o.e.tdur ?? 0)) / 1000;
		}
		k.gc = t.gc;
		k.deopts = t.deopts;
		k.trace = t;
		found++;
	}
	return found;
}

/**
 * One line per keystroke over `over` ms: where its time went by the trace (see `KeyTrace`), so a slow key reads
 * as work (CPU), the machine's other work (ready, not running), a compositor wait or a collection.
 */
export function slowKeyTable(title: string, keys: readonly TracedKey[], over: number): string {
	const header = ["key", "n", "ms", "main busy", "main CPU", "busy off the CPU (preempted, waiting)", "not busy", "other threads' CPU", "script", "style", "layout", "paint", "commit (longest, wall)", "GC", "other", "deopts"];
	const lines = [`${title} (ms; CPU by kind from the main thread's events)`, `| ${header.join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`];
	const seen = new Map<string, number>();
	for (const k of keys) {
		seen.set(k.query, (seen.get(k.query) ?? 0) + 1);
		const t = k.trace;
		if (!t || k.ms <= over) continue;
		const p = (name: string): string => fixed(t.phases[name] ?? 0);
		lines.push(`| ${[JSON.stringify(k.query), String(seen.get(k.query)), fixed(k.ms), fixed(t.busy), fixed(t.cpu), fixed(t.busy - t.cpu), fixed(Math.max(0, k.ms - t.busy)), fixed(t.others), p("script"), p("style"), p("layout"), p("paint"), `${p("commit")} (${fixed(t.commit)})`, fixed(t.gc), p("other"), String(t.deopts)].join(" | ")} |`);
	}
	return lines.join("\n");
}
