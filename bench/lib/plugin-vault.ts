// The built plugin over the whole bench vault in the Obsidian test harness, with note reads answered the way
// Obsidian's desktop adapter answers them: `fs.promises.readFile` of a real file (each read completes as its
// own event-loop task), not the harness's in-memory promise. Used by the first-pass and warm-start scenarios.
import { execFile } from "child_process";
import { existsSync, mkdirSync, writeFileSync } from "fs";
import { readFile } from "fs/promises";
import { Session } from "inspector";
import { monitorEventLoopDelay } from "perf_hooks";
import * as path from "path";
import type PodcastGardenPlugin from "../../src/plugin/main";
import type { NoteInput } from "../../src/core/types";
import { createHarness, type Harness } from "../../tests/harness/harness";
import { promisify } from "util";
import { MAIN_JS, loadPlugin, type LoadedPlugin } from "../../tests/harness/load";
import { installJsdom } from "./dom";
import { gc, now } from "./stats";

/**
 * The production bundle, written where the harness will read it (run.mjs points PG_MAIN_JS there).
 * Returns why it could not be built (someone's half-done plugin code), or null.
 */
export async function buildMainJs(root: string): Promise<string | null> {
	try {
		await promisify(execFile)(process.execPath, [path.join(root, "esbuild.config.mjs"), "production"], { cwd: root, env: { ...process.env, PG_OUTFILE: MAIN_JS } });
		return null;
	} catch (error) {
		const text = String((error as { stderr?: unknown }).stderr ?? error);
		return `main.js does not build: ${/ERROR: .*/.exec(text)?.[0] ?? text.split("\n")[0]}`;
	}
}

/** Writes the vault's notes under `tmpDir/vault` once per run (both scenarios read the same files). */
export function vaultOnDisk(tmpDir: string, vault: readonly NoteInput[]): string {
	const dir = path.join(tmpDir, "vault");
	const done = path.join(dir, ".written");
	if (existsSync(done)) return dir;
	for (const note of vault) {
		const file = path.join(dir, note.path);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, note.text);
	}
	writeFileSync(done, "");
	return dir;
}

/**
 * A fresh app (Obsidian just started, layout not ready) whose vault lists the notes with their mtimes; reads
 * of notes and of the file `fromDisk` (a saved index, read or readBinary) go to the files in `dir`, the rest stays in the harness's memory.
 */
export async function diskHarness(vault: readonly NoteInput[], dir: string, fromDisk = ""): Promise<Harness> {
	installJsdom();
	const h = createHarness();
	// Files that were there before Obsidian started: created quietly (no plugin listens yet), with their own mtimes.
	for (const note of vault) await h.vault.create(note.path, note.text, { mtime: note.mtime, ctime: note.mtime });
	await h.settle();
	const adapter = h.app.vault.adapter;
	const inMemory = adapter.read.bind(adapter);
	adapter.read = (p: string) => (p.endsWith(".md") || p === fromDisk ? readFile(path.join(dir, p), "utf8") : inMemory(p));
	// readBinary: the file's bytes as read (a copy only when Node's buffer holds more than the file; copying
	// 53 MB measured ~1 s on the loaded bench machine, ~10 ms idle, and would be the adapter's cost, not ours).
	const inMemoryBinary = adapter.readBinary.bind(adapter);
	adapter.readBinary = async (p: string) => {
		if (p !== fromDisk) return inMemoryBinary(p);
		const bytes = await readFile(path.join(dir, p));
		const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
		return whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	};
	return h;
}

export interface PluginStart {
	loaded: LoadedPlugin<PodcastGardenPlugin>;
	onloadMs: number;
	/** From layout ready until every note is in the index (`source.whenReady`). */
	readyMs: number;
	/** CPU time (user + system, this process) meanwhile: on a busy machine, wall time also counts others' work. */
	readyCpuMs: number;
	/** Longest time the event loop could not run a timer meanwhile: the longest task (GC included). */
	longestTaskMs: number;
	/** The same in CPU time of the process: what a task would take on an idle machine (see `longestTaskCpu`). */
	longestTaskCpuMs: number;
	notesRead: number;
}

/** Loads main.js, timing `onload` from the moment Obsidian's `Plugin.load` calls it. */
export async function loadTimed(h: Harness): Promise<{ loaded: LoadedPlugin<PodcastGardenPlugin>; onloadMs: number }> {
	const proto = h.obsidian.Plugin.prototype as { load: (this: unknown) => void };
	const original = proto.load;
	let started = NaN;
	proto.load = function (this: unknown) {
		started = now();
		original.call(this);
	};
	try {
		const loaded = await loadPlugin<PodcastGardenPlugin>(h);
		return { loaded, onloadMs: now() - started };
	} finally {
		proto.load = original;
	}
}

/**
 * Loads main.js (timing `onload`), finishes the layout and waits for the index to be complete. `taskCpu`:
 * also sample the process's CPU every 1 ms (`longestTaskCpu`); Obsidian runs no such timer, and its turns
 * cost the pass CPU time, so a pass whose CPU time is counted runs without it (NaN then).
 */
export async function startPlugin(h: Harness, taskCpu = true): Promise<PluginStart> {
	const { loaded, onloadMs } = await loadTimed(h);
	h.vault.readCount.clear();
	// Earlier sessions' garbage is not this start's: a freshly started Obsidian has none to collect.
	gc();
	const profile = await startProfile();
	const longest = longestTask();
	const longestCpu = taskCpu ? longestTaskCpu() : { stop: () => NaN };
	const cpu = process.cpuUsage();
	const t0 = now();
	h.layoutReady();
	await loaded.plugin.source.whenReady();
	const readyMs = now() - t0;
	const used = process.cpuUsage(cpu);
	const longestTaskMs = longest.stop();
	const longestTaskCpuMs = longestCpu.stop();
	await profile.stop();
	const notesRead = [...h.vault.readCount.values()].reduce((a, b) => a + b, 0);
	return { loaded, onloadMs, readyMs, readyCpuMs: (used.user + used.system) / 1000, longestTaskMs, longestTaskCpuMs, notesRead };
}

/** With PG_BENCH_PROFILE=DIR, a CPU profile of just this span is written there (node --cpu-prof would include the set-up). */
export async function startProfile(): Promise<{ stop(): Promise<void> }> {
	const dir = process.env.PG_BENCH_PROFILE;
	if (!dir) return { stop: () => Promise.resolve() };
	const session = new Session();
	session.connect();
	const post = (method: string): Promise<unknown> => new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
	await post("Profiler.enable");
	// PG_BENCH_PROFILE_US: the sampling interval in µs (V8's default is 1,000; short spans need less).
	const us = Number(process.env.PG_BENCH_PROFILE_US);
	if (us > 0) await new Promise<void>((resolve, reject) => session.post("Profiler.setSamplingInterval", { interval: us }, (error) => (error ? reject(error) : resolve())));
	await post("Profiler.start");
	return {
		async stop() {
			const { profile } = (await post("Profiler.stop")) as { profile: unknown };
			mkdirSync(dir, { recursive: true });
			writeFileSync(path.join(dir, `plugin-${Date.now()}.cpuprofile`), JSON.stringify(profile));
			session.disconnect();
		},
	};
}

/** Watches the event loop (1 ms timer resolution); `stop` returns the longest delay seen, in ms. */
export function longestTask(): { stop(): number } {
	const monitor = monitorEventLoopDelay({ resolution: 1 });
	monitor.enable();
	return {
		stop() {
			monitor.disable();
			return monitor.max / 1e6;
		},
	};
}

/**
 * The most CPU time (user + system, this process) used between two turns of a 1 ms timer. On a busy machine a
 * task's wall time also counts the waits for a core (at load 12 on 2 cores, 3–5×); this does not. It counts
 * the helper threads too (GC, file reads) that an idle machine would run beside the task, so it errs long.
 */
export function longestTaskCpu(): { stop(): number } {
	let last = process.cpuUsage();
	let longest = 0;
	let timer: ReturnType<typeof setTimeout>;
	const turn = (): void => {
		const used = process.cpuUsage(last);
		longest = Math.max(longest, (used.user + used.system) / 1000);
		last = process.cpuUsage();
		timer = setTimeout(turn, 1);
	};
	timer = setTimeout(turn, 1);
	return {
		stop() {
			clearTimeout(timer);
			return longest;
		},
	};
}

/**
 * Resolves once the plugin's saved index is a complete file (its end line written). `written` is called as
 * soon as the file is there (the plugin renames it in after its last append), before this reads it: the
 * harness keeps it as a string of appended parts, and reading joins them (a task of its own, not the plugin's).
 */
export async function indexSaved(h: Harness, plugin: PodcastGardenPlugin, written: () => void = () => undefined): Promise<string> {
	const file = `${plugin.manifest.dir}/quote-index.jsonl`;
	const adapter = h.app.vault.adapter;
	const end = `{"end":${plugin.index.notes().length}}`;
	for (let waited = 0; waited < 600_000; waited += 20) {
		if (await adapter.exists(file)) {
			written();
			const text = await adapter.read(file);
			if (text.trimEnd().endsWith(end)) return text;
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	throw new Error("The plugin did not save its index within 10 minutes.");
}
