// `quotes --json` is written one quote at a time (quotesJson) instead of as one JSON.stringify of the whole
// list: the bytes must stay exactly what JSON.stringify(list, null, 2) gave, in-process and from the process.
import { execFileSync } from "child_process";
import fc from "fast-check";
import * as path from "path";
import { parseArgs } from "../../src/cli/args";
import { loadIndex } from "../../src/cli/load";
import { quoteJson, quotesJson } from "../../src/cli/quotes";
import { main } from "../../src/cli/main";
import { OutputBuffer } from "../../src/cli/io";
import type { IndexedQuote } from "../../src/core/index/types";
import { corpusSampleVault } from "../helpers/corpus-sample";

const root = path.resolve(__dirname, "../..");
/** Real notes: a sample of the labelled corpus (what these checks compare does not grow with it). */
const fixtures = corpusSampleVault("pg-quotes-json-");

/** The quotes of a vault as the index gives them, through the CLI with a host that keeps the parts. */
async function answer(args: string[]): Promise<{ joined: string; parts: string[] }> {
	const parts: string[] = [];
	let joined = "";
	const code = await main(args, {
		out: (text) => (joined += text),
		err: () => undefined,
		outParts: (each) => {
			for (const part of each) parts.push(part);
		},
	});
	expect(code).toBe(0);
	joined = parts.length > 0 ? parts.join("") : joined;
	return { joined, parts };
}

/** The fixtures' `quotes --json` in-process, answered once: two tests compare against it, and the corpus is large. */
let fixturesAnswer: Promise<{ joined: string; parts: string[] }> | null = null;
function fixturesJson(): Promise<{ joined: string; parts: string[] }> {
	return (fixturesAnswer ??= answer(["quotes", fixtures, "--json"]));
}

/** Any UTF-16 string: any code point, and often one JSON escapes (controls, quotes, backslashes, lone surrogates). */
const anyString = fc.string({
	unit: fc.oneof(
		fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
		fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
		fc.constantFrom('"', "\\", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001f", "\u007f", "\u2028", "\u2029", "😀", "/"),
	),
});

/** Each field of a quote, with values its type allows and then some (any number: NaN, -0, 1e21). */
const quoteFields = {
	path: anyString,
	line: fc.oneof(fc.nat(), fc.double()),
	endLine: fc.oneof(fc.nat(), fc.double()),
	kind: fc.oneof(fc.constantFrom("blockquote", "callout", "list", "turn"), anyString),
	speaker: fc.option(anyString),
	speakerRaw: fc.option(anyString),
	inferred: fc.option(fc.constantFrom("link", "frontmatter", "next-quote")),
	qualifier: fc.option(anyString),
	timestamp: fc.option(fc.oneof(fc.constantFrom("05:18", "1:02:03"), anyString)),
	// Long texts with or without something to escape (written as they are when there is none), short ones.
	text: fc.oneof(anyString.map((s) => `${s}\n"\\\t\ud800`), fc.string({ unit: "grapheme", minLength: 60, maxLength: 300 }), fc.string({ unit: "grapheme-ascii", minLength: 60 }), anyString.map((s) => s.repeat(20))),
	section: fc.array(anyString, { maxLength: 3 }),
	id: anyString,
};
const quoteArb = fc.record(quoteFields) as unknown as fc.Arbitrary<IndexedQuote>;
/** Quotes with fields missing (undefined): JSON.stringify leaves those keys out. */
const partialQuoteArb = fc.record(quoteFields, { requiredKeys: [] }) as unknown as fc.Arbitrary<IndexedQuote>;

describe("quotes --json written quote by quote", () => {
	test("gives JSON.stringify(list, null, 2) exactly, for any quotes", () => {
		fc.assert(
			fc.property(fc.array(quoteArb, { maxLength: 20 }), (quotes) => {
				expect([...quotesJson(quotes)].join("")).toBe(JSON.stringify(quotes.map(quoteJson), null, 2));
			}),
			{ numRuns: 500 },
		);
	});

	test("gives JSON.stringify(list, null, 2) exactly when fields are missing", () => {
		fc.assert(
			fc.property(fc.array(partialQuoteArb, { maxLength: 5 }), (quotes) => {
				expect([...quotesJson(quotes)].join("")).toBe(JSON.stringify(quotes.map(quoteJson), null, 2));
			}),
			{ numRuns: 300 },
		);
	});

	test("speakers recurring and more speakers than are kept written once: the same bytes", () => {
		// 5,000 speakers, each quoted twice, apart: the JSON of recurring values is made once and, past its
		// size, made again.
		const quotes = Array.from({ length: 10000 }, (_, i) => ({ ...fc.sample(quoteArb, { numRuns: 1, seed: i })[0], speaker: `Speaker ${i % 5000} "Q"`, speakerRaw: i % 3 === 0 ? null : `S ${i % 7}`, kind: "turn" as const }));
		expect([...quotesJson(quotes)].join("")).toBe(JSON.stringify(quotes.map(quoteJson), null, 2));
	});

	test("an empty answer is [] as before", () => {
		expect([...quotesJson([])].join("")).toBe("[]");
	});

	test("a long text with nothing to escape is a part of its own; short quotes are written a few KB at a time", () => {
		const quote = fc.sample(quoteArb, { numRuns: 1, seed: 1 })[0];
		const long = { ...quote, text: "A plain quote, long enough to be written as it is. ".repeat(4) };
		const parts = [...quotesJson([quote, long, quote])];
		expect(parts.join("")).toBe(JSON.stringify([quote, long, quote].map(quoteJson), null, 2));
		expect(parts).toContain(long.text);
		const short = Array.from({ length: 3000 }, (_, i) => ({ ...quote, text: `Short ${i}` }));
		const shortParts = [...quotesJson(short)];
		expect(shortParts.join("")).toBe(JSON.stringify(short.map(quoteJson), null, 2));
		expect(shortParts.length).toBeGreaterThan(10);
		expect(Math.max(...shortParts.map((part) => part.length))).toBeLessThan(8192);
	});

	test("the fixtures' quotes: in parts, the same bytes as one JSON.stringify", async () => {
		const streamed = await fixturesJson();
		const whole = JSON.parse(streamed.joined) as unknown[];
		expect(whole.length).toBeGreaterThan(500);
		expect(streamed.parts.length).toBeGreaterThan(whole.length / 10);
		expect(streamed.joined).toBe(JSON.stringify(whole, null, 2));
	});

	test("every quote of the fixtures, in the index's own objects: the same bytes as JSON.stringify(…, null, 2)", async () => {
		const loaded = await loadIndex(parseArgs([fixtures], [], []), { out: () => undefined, err: () => undefined });
		if (typeof loaded === "number") throw new Error(`loadIndex exit ${loaded}`);
		const quotes = loaded.index.quotes();
		expect(quotes.length).toBeGreaterThan(500);
		expect([...quotesJson(quotes)].join("")).toBe(JSON.stringify(quotes.map(quoteJson), null, 2));
	});

	test("awkward values: null, missing fields, quotes, line breaks, U+2028, emoji, lone surrogates, lists empty or long", () => {
		const base = fc.sample(quoteArb, { numRuns: 1, seed: 2 })[0];
		const awkward: Partial<Record<keyof IndexedQuote, unknown>>[] = [
			{ speaker: null, speakerRaw: null, qualifier: null, timestamp: null, inferred: null },
			{ speakerRaw: undefined, qualifier: undefined, section: undefined, id: undefined },
			{ text: 'She said "no" \\ then\nleft\r\n\ttabbed', speaker: "O'Brien \"Ed\"" },
			{ text: "line\u2028separator\u2029paragraph\u0000nul\u001f", path: "Ünïcödé/Ep – 1 “x”.md" },
			{ text: "😀 \ud83d alone \udc00 alone", speaker: "日本語の名前" },
			{ section: [], line: 0, endLine: Number.NaN },
			{ section: ["Part 1", "On \"power\"\n", "", "😀"], line: Number.MAX_SAFE_INTEGER },
			{ text: "", kind: "turn", timestamp: "1:02:03" },
		];
		const quotes = awkward.map((fields) => ({ ...base, ...fields }) as IndexedQuote);
		expect([...quotesJson(quotes)].join("")).toBe(JSON.stringify(quotes.map(quoteJson), null, 2));
		for (const quote of quotes) expect([...quotesJson([quote])].join("")).toBe(JSON.stringify([quoteJson(quote)], null, 2));
	});

	test("the process writes the same bytes, then one newline", async () => {
		const { joined } = await fixturesJson();
		const stdout = execFileSync(process.execPath, [path.join(root, "bin/podcast-garden.js"), "quotes", fixtures, "--json"], { encoding: "utf8", maxBuffer: 64 * 2 ** 20, stdio: ["ignore", "pipe", "ignore"] });
		expect(stdout).toBe(`${joined}\n`);
	}, 60_000);
});

describe("the process's output buffer", () => {
	test("writes the bytes of the parts joined, in few writes, a part larger than the buffer included", () => {
		const writes: Buffer[] = [];
		const out = new OutputBuffer((bytes) => {
			writes.push(Buffer.from(bytes));
		});
		const parts = ["[\n", "“quoted” — Ada", "😀 \ud800 é", "x".repeat(3 * 2 ** 20), ...Array.from({ length: 5000 }, (_, i) => `,\n  {"n": ${i}, "text": "ü${"a".repeat(i % 300)}"}`), "\n]"];
		for (const part of parts) out.add(part);
		out.flush();
		expect(Buffer.concat(writes).equals(Buffer.from(parts.join(""), "utf8"))).toBe(true);
		expect(writes.length).toBeLessThan(10);
	});

	test("uses its buffer again once a write says the bytes are gone, and never a buffer a write still holds", () => {
		const parts = Array.from({ length: 20_000 }, (_, i) => `,\n  {"n": ${i}, "text": "“${"a".repeat(i % 300)}”"}`);
		const expected = Buffer.from(parts.join(""), "utf8");
		for (const gone of [true, false]) {
			// Kept as given, not copied: a buffer used again while held would change bytes already "written".
			const held: Buffer[] = [];
			const out = new OutputBuffer((bytes) => {
				held.push(bytes);
				return gone;
			});
			for (const part of parts) out.add(part);
			out.flush();
			const memories = new Set(held.map((b) => b.buffer));
			expect(held.length).toBeGreaterThan(2);
			expect(memories.size).toBe(gone ? 1 : held.length);
			if (!gone) expect(Buffer.concat(held).equals(expected)).toBe(true);
		}
	});

	test("writes nothing for no parts", () => {
		const writes: Buffer[] = [];
		new OutputBuffer((bytes) => {
			writes.push(bytes);
		}).flush();
		expect(writes).toEqual([]);
	});
});
