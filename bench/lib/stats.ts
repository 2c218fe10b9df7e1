// Medians and spreads of repeated measurements, and the small timing helpers every scenario uses.
import type { Budget, Row } from "./types";

export function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return NaN;
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export interface Summary {
	median: number;
	p10: number;
	p90: number;
	samples: number;
}

export function summarize(samples: readonly number[]): Summary {
	const sorted = [...samples].sort((a, b) => a - b);
	return { median: quantile(sorted, 0.5), p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9), samples: sorted.length };
}

export function row(scenario: string, metric: string, unit: string, samples: readonly number[], note?: string, budget?: Budget): Row {
	return { scenario, metric, unit, ...summarize(samples), note, budget };
}

/** A row whose samples are derived from time samples (throughput): spread flips with the inversion. */
export function rateRow(scenario: string, metric: string, unit: string, amount: number, msSamples: readonly number[], note?: string, budget?: Budget): Row {
	return row(scenario, metric, unit, msSamples.map((ms) => amount / (ms / 1000)), note, budget);
}

export function now(): number {
	return performance.now();
}

/** Runs `fn` `runs` times and returns each run's duration in ms. */
export async function timeRuns(runs: number, fn: (run: number) => unknown): Promise<number[]> {
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = now();
		await fn(i);
		out.push(now() - t0);
	}
	return out;
}

export function gc(): void {
	const collect = (globalThis as { gc?: () => void }).gc;
	if (!collect) throw new Error("Run the benchmark with node --expose-gc (npm run bench does).");
	collect();
	collect();
}

/**
 * Memory in use after a full collection: the JS heap plus the contents of ArrayBuffers (which live outside
 * it: the index packs quote texts into byte arrays, and those bytes count as much as strings would).
 */
export function heapUsed(): number {
	gc();
	const usage = process.memoryUsage();
	return usage.heapUsed + usage.arrayBuffers;
}

/** Bytes a string takes in V8: one byte a char when every char fits Latin-1, two otherwise. */
export function v8StringBytes(text: string): number {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return text.length * 2;
	return text.length;
}

export function utf8Bytes(text: string): number {
	return Buffer.byteLength(text, "utf8");
}

export const MB = 1024 * 1024;
