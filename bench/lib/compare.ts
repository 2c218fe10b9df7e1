// `npm run bench -- --compare OLD.json`: each row of this run next to the same row of an earlier run.

/** The fields of a report row that a comparison reads (see run.mjs and bench/lib/types.ts). */
export interface ComparedRow {
	scenario: string;
	metric: string;
	unit: string;
	median: number;
}

interface ReportLike {
	date?: string;
	results?: Array<{ id: string; rows?: ComparedRow[] }>;
}

/** Units where a larger number is better; for every other unit (ms, MiB, KB …) smaller is better. */
const HIGHER_IS_BETTER = new Set(["MB/s", "notes/s"]);

/** A row's key: scenario id, scenario and metric (several rows of one scenario share a metric with other units). */
function keyOf(id: string, row: ComparedRow): string {
	return `${id}\u0000${row.scenario}\u0000${row.metric}\u0000${row.unit}`;
}

/** The medians of an earlier report by row key; throws with the reason when `json` is not such a report. */
export function baselineOf(json: string, file: string): Map<string, number> {
	let report: ReportLike;
	try {
		report = JSON.parse(json) as ReportLike;
	} catch (error) {
		throw new Error(`${file} is not JSON (${(error as Error).message}). Pass a file written by --json-out.`);
	}
	if (!report || !Array.isArray(report.results)) throw new Error(`${file} has no "results": pass a file written by npm run bench -- --json-out FILE.`);
	const out = new Map<string, number>();
	for (const result of report.results) {
		for (const row of result.rows ?? []) {
			if (typeof row.median === "number" && Number.isFinite(row.median)) out.set(keyOf(String(result.id), row), row.median);
		}
	}
	return out;
}

/**
 * What the earlier run measured for this row, and how this run compares: "1.25× better", "1.10× worse",
 * "same" (within 2%), or "" when the earlier run had no such row.
 */
export function comparison(baseline: Map<string, number>, id: string, row: ComparedRow): { before: number | null; change: string } {
	const before = baseline.get(keyOf(id, row));
	if (before === undefined) return { before: null, change: "" };
	if (before === row.median) return { before, change: "same" };
	if (before <= 0 || row.median <= 0) return { before, change: row.median > before ? "higher" : "lower" };
	const ratio = row.median / before;
	const better = HIGHER_IS_BETTER.has(row.unit) ? ratio > 1 : ratio < 1;
	const factor = ratio >= 1 ? ratio : 1 / ratio;
	if (factor < 1.02) return { before, change: "same" };
	return { before, change: `${factor.toFixed(2)}× ${better ? "better" : "worse"}` };
}
