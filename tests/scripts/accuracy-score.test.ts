// `npm run accuracy` scoring: one-to-one matching by line overlap, speakers compared, false positives
// charged to the form the extractor claimed, label checks.
import { describe, expect, test } from "@jest/globals";
import { checkLabels, formatReport, predictedForm, ratios, sameSpeaker, score, type NoteLabels, type PredictedQuote } from "../../scripts/accuracy/score";

function labels(quotes: NoteLabels["quotes"], notQuotes: NoteLabels["notQuotes"] = []): NoteLabels {
	return { source: { repo: "a/b", path: "x.md", commit: null }, trap: false, podcast: true, quotes, notQuotes, calls: [] };
}

function pred(line: number, endLine: number, speaker: string | null, extra: Partial<PredictedQuote> = {}): PredictedQuote {
	return { path: "n.md", line, endLine, kind: "blockquote", speaker, speakerRaw: speaker, inferred: null, text: "t", ...extra };
}

const lines = ["# Note", "> one – Ada", "", "> two", "> — Bo", "", "plain", "> three"];

describe("score", () => {
	test("speakers compare without case, extra spaces or a handle's @, but with their accents", () => {
		expect(sameSpeaker("@sillydadddy", "SillyDadddy")).toBe(true);
		expect(sameSpeaker("Ada  Lovelace", "ada lovelace")).toBe(true);
		expect(sameSpeaker("Jiří", "Jiri")).toBe(false);
		expect(sameSpeaker("@bo", null)).toBe(false);
		expect(sameSpeaker("a@b", "ab")).toBe(false);
	});

	test("a quote counts only with the labelled speaker; unmatched labels are missed, unmatched quotes are false positives", () => {
		const note = {
			path: "n.md",
			lines,
			labels: labels(
				[
					{ line: 2, endLine: 2, speaker: "Ada Lovelace", form: "end" },
					{ line: 4, endLine: 4, speaker: "Bo Diddley", form: "own-line" },
					{ line: 7, endLine: 7, speaker: null, form: "none" },
				],
				[{ line: 8, why: "a caption" }],
			),
		};
		const report = score([note], [pred(2, 2, "ada  lovelace"), pred(4, 5, "Bo"), pred(8, 8, "Cy")]);
		expect(report.overall).toEqual({ labels: 3, predictions: 3, correct: 1 });
		expect(ratios(report.overall)).toEqual({ recall: 1 / 3, precision: 1 / 3 });
		expect(report.misses.map((m) => [m.line, m.why, m.form])).toEqual([
			[4, "wrong speaker", "own-line"],
			[7, "missed", "none"],
			[8, "not a quote", "end"],
		]);
		expect(report.forms.get("end")).toEqual({ labels: 1, predictions: 2, correct: 1 });
		expect(report.forms.get("own-line")).toEqual({ labels: 1, predictions: 1, correct: 0 });
		expect(report.trapHits).toBe(1);
		expect(formatReport(report)).toContain("| **overall** | 3 | 3 | 1 | **0.33** | **0.33** |");
	});

	test("matching is one to one: one extracted quote spanning two labels matches only one of them", () => {
		const note = { path: "n.md", lines, labels: labels([{ line: 2, endLine: 2, speaker: "A", form: "dialogue" }, { line: 4, endLine: 5, speaker: "B", form: "dialogue" }]) };
		const report = score([note], [pred(2, 5, "B")]);
		expect(report.overall.correct).toBe(1);
		expect(report.misses).toEqual([expect.objectContaining({ line: 2, why: "missed" })]);
	});

	test("no speaker on both sides is correct", () => {
		const note = { path: "n.md", lines, labels: labels([{ line: 4, endLine: 4, speaker: null, form: "none" }]) };
		expect(score([note], [pred(4, 4, null)]).overall.correct).toBe(1);
	});

	test("the form a false positive is charged to", () => {
		expect(predictedForm(pred(4, 5, "Bo"), lines)).toBe("own-line");
		expect(predictedForm(pred(2, 2, "Ada"), lines)).toBe("end");
		expect(predictedForm(pred(2, 2, null), lines)).toBe("none");
		expect(predictedForm(pred(2, 2, "Ada", { kind: "turn" }), lines)).toBe("turn");
		expect(predictedForm(pred(2, 2, "Ada", { inferred: "lead-in" }), lines)).toBe("lead-in");
		expect(predictedForm(pred(2, 2, "Ada", { inferred: "first-name" }), lines)).toBe("end");
	});
});

describe("checkLabels", () => {
	test("finds unknown forms, lines outside the note, overlaps and a speaker under form none", () => {
		const bad = labels(
			[
				{ line: 1, endLine: 3, speaker: "A", form: "end" },
				{ line: 3, endLine: 3, speaker: "B", form: "none" },
				{ line: 5, endLine: 99, speaker: "A", form: "nonsense" as never },
			],
			[{ line: 0, why: "x" }],
		);
		const problems = checkLabels("n.md", bad, lines.length);
		expect(problems).toEqual([
			'n.md:3: form "none" means nobody can tell the speaker, but it names "B"',
			"n.md:5: unknown form \"nonsense\"",
			"n.md:5: lines 5-99 outside the note (8 lines)",
			"n.md:3: overlaps the label at line 1",
			"n.md:0: notQuotes line outside the note",
		]);
		expect(checkLabels("n.md", labels([{ line: 2, endLine: 2, speaker: "A", form: "end" }]), lines.length)).toEqual([]);
		// Two turns on one line (a one-line HTML transcript) are no overlap.
		const oneLine = labels([{ line: 2, endLine: 2, speaker: null, form: "turn" }, { line: 2, endLine: 2, speaker: null, form: "turn" }]);
		expect(checkLabels("n.md", oneLine, lines.length)).toEqual([]);
	});
});
