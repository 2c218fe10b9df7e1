// Bad input never throws and the work stays linear in the input size.
// Linearity is checked by counting work, never by timing: every call to a regex, `indexOf`, `lastIndexOf`,
// `slice` or `split` is counted with the number of characters it may read, for the same shape at 1× and
// 8× its size. Linear code does about 8× the work; quadratic code does 64×. (Regex backtracking inside one
// call is not counted: the 5 MB single-line inputs would hang on that.)
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { parseNote } from "../../../src/core/note";
import type { NoteRecord } from "../../../src/core/types";
import { splitLines } from "../../../src/core/util/lines";

const DASHES = ["-", "–", "—", "―", "--", "~", "‐", "‑", "‒", "−"];
const QUOTES = ['"', "“", "”", "„", "«", "»", "「", "」", "'", "‘", "’"];

/** Invariants every record must hold, whatever the input. */
function checkRecord(text: string, r: NoteRecord): void {
	const lineCount = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).length;
	const ids = new Set<string>();
	let prev = 0;
	for (const q of r.quotes) {
		expect(q.line).toBeGreaterThanOrEqual(1);
		expect(q.endLine).toBeGreaterThanOrEqual(q.line);
		expect(q.endLine).toBeLessThanOrEqual(lineCount);
		expect(q.line).toBeGreaterThanOrEqual(prev);
		prev = q.line;
		expect(q.text.trim().length).toBeGreaterThan(0);
		expect(ids.has(q.id)).toBe(false);
		ids.add(q.id);
		if (q.inferred !== null) expect(q.speaker).not.toBeNull();
		if (q.speaker !== null) expect(q.speaker.trim().length).toBeGreaterThan(0);
	}
	for (const p of r.problems) expect(p.line).toBeGreaterThanOrEqual(1);
	expect(typeof r.hash).toBe("string");
}

function parseChecked(text: string): NoteRecord {
	const r = parseNote("Fuzz/note.md", text);
	checkRecord(text, r);
	return r;
}

describe("bad input never throws", () => {
	const junk = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 256)).join("");
	const cases: Array<[string, string]> = [
		["empty file", ""],
		["only a BOM", "\uFEFF"],
		["binary junk", junk],
		["NUL bytes and lone surrogates", "\0\0> \uD800 – \uDFFF\n- “\uD83D” – *\uDE00*\n"],
		["unterminated frontmatter", "---\ntitle: x\n> Quote. – Sam Altman\n"],
		["frontmatter that is not YAML", "---\n: : [\n---\n> Quote. – Sam Altman\n"],
		["frontmatter that is a list", "---\n- a\n- b\n---\nText\n"],
		["10,000 `>` lines", ">\n".repeat(10000)],
		["10,000 quote lines ending in a dash", "> word –\n".repeat(10000)],
		["every dash and quote character", [...DASHES, ...QUOTES].map((c) => `> ${c} x ${c} Sam ${c}\n- ${c}x${c} ${c} *Sam*\n`).join("")],
		["mixed line endings", "> One. – Sam Altman\r\n> Two.\r> Three. – Lex\n\r\n**Ann Bee:** hi\r**Ann Bee:** ho\n"],
		["unclosed fences and HTML", "```\n> not a quote\n<div>\n> not either"],
		["deep headings and empty ones", "#\n##\n###### \n####### x\n# a #\n"],
	];
	test.each(cases)("%s", (_name, text) => {
		expect(() => parseChecked(text)).not.toThrow();
	});

	test("unterminated frontmatter is a problem naming its line, and the note is still read", () => {
		const r = parseChecked("---\ntitle: x\n> Quote. – Sam Altman\n");
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].line).toBe(1);
		expect(r.problems[0].message).toMatch(/never closed/);
		expect(r.quotes.map((q) => q.speaker)).toEqual(["Sam Altman"]);
	});

	test("a 5 MB single line is read once, whatever it starts with", () => {
		const body = "word – Sam Altman, ".repeat(Math.ceil(5_000_000 / 19)).slice(0, 5_000_000);
		for (const start of ["> ", "- “", "**Sam Altman:** ", "Sam Altman (00:00:01): "]) {
			const r = parseChecked(start + body);
			expect(r.quotes.length).toBeLessThanOrEqual(1);
		}
	});
});

describe("work grows linearly with the input", () => {
	const shapes: Array<[string, (n: number) => string]> = [
		["many quotes", (n) => "> Ship early, and learn. – Sam Altman\n\n- “Own it.” – *Jocko Willink*\n\n".repeat(n)],
		["one long quote line full of dashes", (n) => "> " + "a – b – ".repeat(n * 10)],
		["one long unclosed list quote", (n) => "- “" + "x – *y* ".repeat(n * 10)],
		["many `>` lines in one quote", (n) => ">\n> x\n".repeat(n * 2)],
		["many turns", (n) => "**Ann Bee:** hello there\n\nmore\n\n**Cy Dee (00:00:01)** hi\n\n".repeat(n)],
		["emphasis and link runs", (n) => "> " + "*[[".repeat(n * 10) + " – " + "**".repeat(n * 10)],
		["tags and fields", (n) => "key:: value #tag #[[@a-b]]\n".repeat(n * 2)],
	];

	/** Calls and characters that regexes and string searches may read while `run` runs. */
	function work(run: () => unknown): number {
		let total = 0;
		const proto = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
		const regex = RegExp.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
		const originals = { exec: regex.exec, indexOf: proto.indexOf, lastIndexOf: proto.lastIndexOf, slice: proto.slice, split: proto.split };
		regex.exec = function (this: RegExp, ...args: unknown[]) {
			const str = String(args[0]);
			total += 1 + str.length - (this.sticky || this.global ? this.lastIndex : 0);
			return originals.exec.apply(this, args);
		};
		proto.indexOf = function (this: string, search: unknown, from?: unknown) {
			total += 1 + this.length - (typeof from === "number" ? from : 0);
			return originals.indexOf.call(this, search, from);
		};
		proto.lastIndexOf = function (this: string, search: unknown, from?: unknown) {
			total += 1 + (typeof from === "number" ? Math.min(from, this.length) : this.length);
			return originals.lastIndexOf.call(this, search, from);
		};
		proto.slice = function (this: string, ...args: unknown[]) {
			const out = originals.slice.apply(this, args) as string;
			total += 1 + out.length;
			return out;
		};
		proto.split = function (this: string, ...args: unknown[]) {
			total += 1 + this.length;
			return originals.split.apply(this, args);
		};
		try {
			run();
		} finally {
			regex.exec = originals.exec;
			proto.indexOf = originals.indexOf;
			proto.lastIndexOf = originals.lastIndexOf;
			proto.slice = originals.slice;
			proto.split = originals.split;
		}
		return total;
	}

	test("the meter sees quadratic work (a rescan from every line to the end)", () => {
		const rescan = (text: string) => () => {
			let at = 0;
			while ((at = text.indexOf("\n", at) + 1) > 0) text.indexOf("never there", at);
		};
		const make = (n: number) => "a line of text\n".repeat(n);
		expect(work(rescan(make(3200))) / work(rescan(make(400)))).toBeGreaterThan(40);
	});

	test.each(shapes)("%s", (_name, make) => {
		const small = work(() => parseNote("Linear/note.md", make(400)));
		const large = work(() => parseNote("Linear/note.md", make(3200)));
		expect(large).toBeGreaterThan(0);
		expect(large / small).toBeLessThan(12);
	});
});

describe("property: any mix of Markdown pieces parses without throwing and keeps the invariants", () => {
	const pieces = [
		"\n", "\r\n", "\r", "> ", ">", "- ", "* ", "1. ", "**", "*", "_", ":", "：", "::", "#", "## ", "```", "~~~", "---",
		"[!quote] ", "[!note] ", "[[", "]]", "|", "[", "](", ")", "(", "00:12:05", "▶ ", "Sam Altman", "Sam", "Lex", " ",
		"\t", "<details>", "<blockquote><b>Speaker 1</b><br/>", ", on ", "^id", "\uFEFF", "@", "guest: ", "dg-publish: true",
		...DASHES, ...QUOTES,
	];
	const note = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(""));
	const anyText = fc.string({ unit: "binary", maxLength: 300 });

	test("Markdown-shaped notes", () => {
		fc.assert(
			fc.property(note, (text) => {
				const a = parseChecked(text);
				const b = parseNote("Fuzz/note.md", text);
				expect(b.quotes).toEqual(a.quotes);
			}),
			{ numRuns: 400, seed: 4242 },
		);
	});

	test("arbitrary strings", () => {
		fc.assert(
			fc.property(anyText, (text) => {
				parseChecked(text);
			}),
			{ numRuns: 300, seed: 77 },
		);
	});

	test("frontmatter-headed notes", () => {
		fc.assert(
			fc.property(note, note, (head, text) => {
				parseChecked(`---\n${head}\n---\n${text}`);
			}),
			{ numRuns: 200, seed: 9 },
		);
	});
});
