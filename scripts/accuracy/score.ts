// Scores the extractor's quotes against the hand labels of the real-note corpus
// (tests/fixtures/labels/README.md says what a label is). Pure: the runner reads files and the CLI's JSON.

export const FORMS = [
	"end",
	"own-line",
	"callout-title",
	"turn",
	"turn-continuation",
	"dialogue",
	"lead-in",
	"heading",
	"standalone",
	"next-quote",
	"single-guest",
	"context",
	"none",
] as const;
export type Form = (typeof FORMS)[number];

export interface LabelQuote {
	line: number;
	endLine: number;
	speaker: string | null;
	form: Form;
	start?: string;
}

export interface NoteLabels {
	source: { repo: string | null; path: string | null; commit: string | null; tool?: string; language?: string };
	trap: boolean;
	podcast: boolean;
	quotes: LabelQuote[];
	notQuotes: Array<{ line: number; why: string }>;
	calls: string[];
}

/** A quote as `podcast-garden quotes --json` prints it (the fields scoring reads). */
export interface PredictedQuote {
	path: string;
	line: number;
	endLine: number;
	kind: string;
	speaker: string | null;
	speakerRaw: string | null;
	inferred: string | null;
	text: string;
}

export interface Miss {
	path: string;
	line: number;
	/** What the label says and what the extractor said (null: nothing there). */
	expected: string | null;
	got: string | null;
	form: Form;
	why: "missed" | "wrong speaker" | "not a quote";
}

export interface Tally {
	labels: number;
	predictions: number;
	/** Labels matched by a prediction with the same speaker. */
	correct: number;
}

export interface NoteScore extends Tally {
	path: string;
	trap: boolean;
}

export interface Report {
	notes: NoteScore[];
	forms: Map<Form, Tally>;
	overall: Tally;
	misses: Miss[];
	/** notQuotes lines that a prediction covers. */
	trapHits: number;
	trapLines: number;
}

/** Label problems found before scoring: a wrong form, a line out of range, overlapping labels. */
export function checkLabels(path: string, labels: NoteLabels, lineCount: number): string[] {
	const out: string[] = [];
	const ranges = [...labels.quotes].sort((a, b) => a.line - b.line);
	for (const q of labels.quotes) {
		if (!FORMS.includes(q.form)) out.push(`${path}:${q.line}: unknown form "${String(q.form)}"`);
		if (!(q.line >= 1 && q.endLine >= q.line && q.endLine <= lineCount)) out.push(`${path}:${q.line}: lines ${q.line}-${q.endLine} outside the note (${lineCount} lines)`);
		if (q.form === "none" && q.speaker !== null) out.push(`${path}:${q.line}: form "none" means nobody can tell the speaker, but it names "${q.speaker}"`);
	}
	for (let i = 1; i < ranges.length; i++) {
		// Several turns in one line (an HTML transcript on one line) are labelled on the same line.
		const sameLine = ranges[i].line === ranges[i].endLine && ranges[i - 1].line === ranges[i - 1].endLine && ranges[i].line === ranges[i - 1].line;
		if (ranges[i].line <= ranges[i - 1].endLine && !sameLine) out.push(`${path}:${ranges[i].line}: overlaps the label at line ${ranges[i - 1].line}`);
	}
	for (const n of labels.notQuotes) if (!(n.line >= 1 && n.line <= lineCount)) out.push(`${path}:${n.line}: notQuotes line outside the note`);
	return out;
}

/**
 * Speakers compare without case, extra spaces or a handle's `@` (labellers write `@sillydadddy` and `scalding` for
 * the same kind of name); accents count.
 */
export function sameSpeaker(a: string | null, b: string | null): boolean {
	if (a === null || b === null) return a === b;
	const key = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().replace(/^@/, "").toLowerCase();
	return key(a) === key(b);
}

function overlap(a: { line: number; endLine: number }, b: { line: number; endLine: number }): number {
	return Math.min(a.endLine, b.endLine) - Math.max(a.line, b.line) + 1;
}

/**
 * The form the extractor claims for a quote no label matches, so that a false positive is charged to the
 * rule that produced it. `lines` is the note's text split into lines.
 */
export function predictedForm(q: PredictedQuote, lines: string[]): Form {
	if (q.speaker === null) return "none";
	switch (q.inferred) {
		case "callout-title":
		case "next-quote":
		case "single-guest":
		case "context":
		case "lead-in":
		case "heading":
		case "dialogue":
		case "standalone":
		case "turn-continuation":
			return q.inferred;
	}
	if (q.kind === "turn") return "turn";
	const last = (lines[q.endLine - 1] ?? "").replace(/^[\s>]*/, "");
	return /^(?:--|[-–—―~])/.test(last) ? "own-line" : "end";
}

function emptyTally(): Tally {
	return { labels: 0, predictions: 0, correct: 0 };
}

/**
 * Matches predictions to labels one to one (largest line overlap first) and counts. A prediction counts
 * as correct only with the label's speaker; a prediction that matches no label is a false positive.
 */
export function score(notes: Array<{ path: string; labels: NoteLabels; lines: string[] }>, predictions: PredictedQuote[]): Report {
	const byPath = new Map<string, PredictedQuote[]>();
	for (const p of predictions) {
		const list = byPath.get(p.path) ?? [];
		list.push(p);
		byPath.set(p.path, list);
	}
	const forms = new Map<Form, Tally>(FORMS.map((f) => [f, emptyTally()]));
	const overall = emptyTally();
	const misses: Miss[] = [];
	const scores: NoteScore[] = [];
	let trapHits = 0;
	let trapLines = 0;
	for (const note of notes) {
		const preds = byPath.get(note.path) ?? [];
		const pairs: Array<{ label: number; pred: number; size: number }> = [];
		note.labels.quotes.forEach((l, li) => {
			preds.forEach((p, pi) => {
				const size = overlap(l, p);
				if (size > 0) pairs.push({ label: li, pred: pi, size });
			});
		});
		pairs.sort((a, b) => b.size - a.size || a.label - b.label || a.pred - b.pred);
		const labelOf = new Map<number, number>();
		const predOf = new Map<number, number>();
		for (const pair of pairs) {
			if (labelOf.has(pair.pred) || predOf.has(pair.label)) continue;
			labelOf.set(pair.pred, pair.label);
			predOf.set(pair.label, pair.pred);
		}
		const tally: NoteScore = { path: note.path, trap: note.labels.trap, labels: note.labels.quotes.length, predictions: preds.length, correct: 0 };
		note.labels.quotes.forEach((l, li) => {
			const f = forms.get(l.form)!;
			f.labels++;
			const pi = predOf.get(li);
			if (pi === undefined) {
				misses.push({ path: note.path, line: l.line, expected: l.speaker, got: null, form: l.form, why: "missed" });
				return;
			}
			f.predictions++;
			const p = preds[pi];
			if (sameSpeaker(l.speaker, p.speaker)) {
				f.correct++;
				tally.correct++;
			} else misses.push({ path: note.path, line: l.line, expected: l.speaker, got: p.speaker, form: l.form, why: "wrong speaker" });
		});
		preds.forEach((p, pi) => {
			if (labelOf.has(pi)) return;
			const form = predictedForm(p, note.lines);
			forms.get(form)!.predictions++;
			misses.push({ path: note.path, line: p.line, expected: null, got: p.speaker, form, why: "not a quote" });
		});
		for (const n of note.labels.notQuotes) {
			trapLines++;
			if (preds.some((p) => p.line <= n.line && n.line <= p.endLine)) trapHits++;
		}
		overall.labels += tally.labels;
		overall.predictions += tally.predictions;
		overall.correct += tally.correct;
		scores.push(tally);
	}
	return { notes: scores, forms, overall, misses, trapHits, trapLines };
}

/** Recall and precision of a tally; 1 when there is nothing to find or nothing was claimed. */
export function ratios(t: Tally): { recall: number; precision: number } {
	return { recall: t.labels === 0 ? 1 : t.correct / t.labels, precision: t.predictions === 0 ? 1 : t.correct / t.predictions };
}

function fmt(n: number): string {
	return n.toFixed(2);
}

/** The report as Markdown tables: overall, per form, per note, then every miss. */
export function formatReport(report: Report): string {
	const out: string[] = [];
	const o = ratios(report.overall);
	out.push("| | labelled quotes | extracted | correct | recall | precision |", "| --- | ---: | ---: | ---: | ---: | ---: |");
	out.push(`| **overall** | ${report.overall.labels} | ${report.overall.predictions} | ${report.overall.correct} | **${fmt(o.recall)}** | **${fmt(o.precision)}** |`);
	out.push("", "Per attribution form (a false positive counts against the form the extractor claimed):", "");
	out.push("| form | labelled | extracted | correct | recall | precision |", "| --- | ---: | ---: | ---: | ---: | ---: |");
	for (const [form, t] of report.forms) {
		if (t.labels === 0 && t.predictions === 0) continue;
		const r = ratios(t);
		out.push(`| ${form} | ${t.labels} | ${t.predictions} | ${t.correct} | ${fmt(r.recall)} | ${fmt(r.precision)} |`);
	}
	out.push("", `Trap lines (labelled "not a quote"): ${report.trapLines}, of which covered by an extracted quote: ${report.trapHits}.`);
	out.push("", "Per note:", "", "| note | trap | labelled | extracted | correct | recall | precision |", "| --- | :-: | ---: | ---: | ---: | ---: | ---: |");
	for (const n of report.notes) {
		const r = ratios(n);
		out.push(`| ${n.path} | ${n.trap ? "yes" : ""} | ${n.labels} | ${n.predictions} | ${n.correct} | ${fmt(r.recall)} | ${fmt(r.precision)} |`);
	}
	if (report.misses.length > 0) {
		out.push("", "Every difference:", "", "| note:line | form | label | extractor | what |", "| --- | --- | --- | --- | --- |");
		for (const m of report.misses) {
			const show = (s: string | null, none: string) => (s === null ? none : s.replace(/\|/g, "\\|"));
			const expected = m.why === "not a quote" ? "(not a quote)" : show(m.expected, "(no speaker)");
			const got = m.why === "missed" ? "(nothing)" : show(m.got, "(no speaker)");
			out.push(`| ${m.path}:${m.line} | ${m.form} | ${expected} | ${got} | ${m.why} |`);
		}
	}
	return out.join("\n");
}
