// `npm run bench -- --compare OLD.json`: rows matched with an earlier report and the change said by unit.
import { baselineOf, comparison } from "../../bench/lib/compare";

const report = {
	date: "2026-11-26T10:50:00Z",
	results: [
		{
			id: "1",
			rows: [
				{ scenario: "cold index", metric: "QuoteIndex.upsertMany", unit: "MB/s", median: 80 },
				{ scenario: "cold index", metric: "QuoteIndex.upsertMany", unit: "notes/s", median: 10000 },
				{ scenario: "cold index", metric: "whole vault", unit: "ms", median: 800 },
			],
		},
		{ id: "3", rows: [{ scenario: "search", metric: "filterQuotes per keystroke", unit: "ms", median: 2 }] },
		{ id: "9", error: "failed" },
	],
};

describe("bench --compare", () => {
	const baseline = baselineOf(JSON.stringify(report), "old.json");

	it("says better or worse by the unit: throughput up is better, time and size down are better", () => {
		expect(comparison(baseline, "1", { scenario: "cold index", metric: "QuoteIndex.upsertMany", unit: "MB/s", median: 100 })).toEqual({ before: 80, change: "1.25× better" });
		expect(comparison(baseline, "1", { scenario: "cold index", metric: "QuoteIndex.upsertMany", unit: "notes/s", median: 8000 })).toEqual({ before: 10000, change: "1.25× worse" });
		expect(comparison(baseline, "1", { scenario: "cold index", metric: "whole vault", unit: "ms", median: 640 })).toEqual({ before: 800, change: "1.25× better" });
		expect(comparison(baseline, "3", { scenario: "search", metric: "filterQuotes per keystroke", unit: "ms", median: 3 })).toEqual({ before: 2, change: "1.50× worse" });
	});

	it("calls a change under 2% the same, and leaves rows the earlier run did not have blank", () => {
		expect(comparison(baseline, "1", { scenario: "cold index", metric: "whole vault", unit: "ms", median: 810 })).toEqual({ before: 800, change: "same" });
		expect(comparison(baseline, "1", { scenario: "cold index", metric: "whole vault", unit: "ms", median: 800 })).toEqual({ before: 800, change: "same" });
		// Same metric in another scenario id, or a new row: nothing to compare with.
		expect(comparison(baseline, "2", { scenario: "cold index", metric: "whole vault", unit: "ms", median: 800 })).toEqual({ before: null, change: "" });
		expect(comparison(baseline, "1", { scenario: "cold index", metric: "least reader", unit: "ms", median: 150 })).toEqual({ before: null, change: "" });
	});

	it("refuses a file that is not a report, naming it and what to pass instead", () => {
		expect(() => baselineOf("{not json", "old.json")).toThrow(/old\.json is not JSON .*--json-out/);
		expect(() => baselineOf(JSON.stringify({ rows: [] }), "table.json")).toThrow('table.json has no "results": pass a file written by npm run bench -- --json-out FILE.');
	});
});
