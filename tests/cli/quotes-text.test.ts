// `quotes` without --json (decision 63): a text's shown head is tidied from its start only, and the answer is
// written in parts; the bytes must stay what the whole-text version gave.
import { execFileSync } from "child_process";
import fc from "fast-check";
import * as path from "path";
import { parseArgs } from "../../src/cli/args";
import { loadIndex } from "../../src/cli/load";
import { quotesBySpeaker, shownText } from "../../src/cli/quotes";
import type { IndexedQuote } from "../../src/core/index/types";
import { corpusSampleVault } from "../helpers/corpus-sample";

const root = path.resolve(__dirname, "../..");

/** The text of the earlier version: every text tidied whole. */
function shownBefore(text: string): string {
	const tidy = text.replace(/\s+/g, " ").trim();
	return tidy.length > 100 ? tidy.slice(0, 99) + "…" : tidy;
}

/** The answer of the earlier version, as one string. */
function bySpeakerBefore(quotes: readonly IndexedQuote[]): string {
	const count = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;
	const groups = new Map<string, IndexedQuote[]>();
	for (const quote of quotes) {
		const key = quote.speaker ?? "(no speaker)";
		if (!groups.has(key)) groups.set(key, []);
		groups.get(key)!.push(quote);
	}
	const names = [...groups.keys()].sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b));
	const lines: string[] = [];
	for (const name of names) {
		const list = groups.get(name)!;
		lines.push(`${name} (${count(list.length, "quote")})`);
		for (const quote of list) lines.push(`  ${quote.path}:${quote.line}  ${shownBefore(quote.text)}${quote.inferred ? ` [speaker: ${quote.inferred}]` : ""}`);
		lines.push("");
	}
	lines.push(`${count(quotes.length, "quote")}, ${count(names.length, "speaker")}`);
	return lines.join("\n");
}

/** Texts around the cut: runs of any whitespace JavaScript knows, words, lone surrogates, pairs. */
const unit = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom("a", "b", "é", "—", "😀", "\ud800", "\udc00") },
	{ weight: 3, arbitrary: fc.constantFrom(" ", "\n", "\t", "\r", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u000b", "\u000c", "\u1680", "\u202f") },
	{ weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);
const anyText = fc.oneof(
	fc.string({ unit, maxLength: 120 }),
	fc.string({ unit, minLength: 380, maxLength: 1200 }),
	// Mostly whitespace past the head: the whole text decides.
	fc.tuple(fc.string({ unit, maxLength: 150 }), fc.string({ unit: fc.constantFrom(" ", "\n", "\t"), minLength: 300, maxLength: 600 }), fc.string({ unit, maxLength: 40 })).map((parts) => parts.join("")),
	// Exactly 100 or 101 shown characters, then trailing whitespace, cut near the head's end.
	fc.tuple(fc.integer({ min: 95, max: 105 }), fc.integer({ min: 0, max: 420 })).map(([n, pad]) => `${"  ".repeat(pad % 7)}${"x".repeat(n)}${" ".repeat(pad)}`),
);

describe("quotes as text", () => {
	test("a shown text is the whole text tidied and cut, for any text", () => {
		fc.assert(fc.property(anyText, (text) => expect(shownText(text)).toBe(shownBefore(text))), { numRuns: 3000 });
	});

	test("the answer in parts: the same bytes as the earlier whole string, a few KB a part", async () => {
		const loaded = await loadIndex(parseArgs([corpusSampleVault("pg-quotes-text-")], [], []), { out: () => undefined, err: () => undefined });
		if (typeof loaded === "number") throw new Error(`exit ${loaded}`);
		const quotes = loaded.index.quotes();
		expect(quotes.length).toBeGreaterThan(200);
		const parts = [...quotesBySpeaker(quotes)];
		expect(parts.join("")).toBe(bySpeakerBefore(quotes));
		expect(parts.length).toBeGreaterThan(2);
		for (const part of parts.slice(0, -1)) expect(part.length).toBeLessThan(4096 + 400);
		expect([...quotesBySpeaker([])].join("")).toBe(bySpeakerBefore([]));
	});

	test("the process writes the same bytes, then one newline", async () => {
		const vault = path.join(root, "tests/fixtures/garden");
		const loaded = await loadIndex(parseArgs([vault], [], []), { out: () => undefined, err: () => undefined });
		if (typeof loaded === "number") throw new Error(`exit ${loaded}`);
		const written = execFileSync(process.execPath, [path.join(root, "bin/podcast-garden.js"), "quotes", vault], { encoding: "utf8", maxBuffer: 1 << 26 });
		expect(written).toBe(`${bySpeakerBefore(loaded.index.quotes())}\n`);
	});
});
