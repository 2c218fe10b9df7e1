// What run.mjs hands every scenario, and what a scenario reports back.
import type { NoteInput } from "../../src/core/types";
import type { VaultShape } from "../generate";

export interface BenchContext {
	/** The generated vault, read-only (scenarios copy before editing). */
	vault: readonly NoteInput[];
	shape: VaultShape;
	quick: boolean;
	/** Repetitions for the heavy measurements (cold index, full publish). */
	runs: number;
	/** Scratch folder for this run (git repositories, servers' data). */
	tmpDir: string;
	/** The repository root. */
	root: string;
	log(message: string): void;
}

export interface Budget {
	/** The budget as stated in issue 5, e.g. `< 1 ms median`. */
	text: string;
	pass: boolean;
}

export interface Row {
	scenario: string;
	metric: string;
	/** Median of the samples, in `unit`. */
	median: number;
	/** Spread: 10th and 90th percentiles, in `unit` (equal to the median for one sample). */
	p10: number;
	p90: number;
	unit: string;
	samples: number;
	/** Anything worth one line: ratios, sizes, what was measured. */
	note?: string;
	budget?: Budget;
}

export interface ScenarioResult {
	rows: Row[];
	/** Set when a piece the scenario needs has not landed yet (an export, a helper): reported, not an error. */
	unavailable?: string;
	/** Facts that are not timings (counts, bytes), kept in the JSON. */
	facts?: Record<string, number | string | boolean>;
}

export interface Scenario {
	id: string;
	title: string;
	run(ctx: BenchContext): Promise<ScenarioResult>;
}
