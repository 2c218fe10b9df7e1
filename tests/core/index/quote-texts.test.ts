// Quote texts packed per note (src/core/index/quote-texts.ts): every text comes back exactly, including
// what UTF-8 cannot carry, and platforms without TextEncoder keep plain strings.
import { describe, expect, it, jest } from "@jest/globals";
import { packTexts, unpackText } from "../../../src/core/index/quote-texts";

const TEXTS = ["", "ASCII only.", "Café – “curly” 😀", "全角：标点", "lone \ud800 high", "lone \udc00 low", "real \ufffd", "x".repeat(70000)];

function readBack(packed: ReturnType<typeof packTexts>): string[] {
	return packed.starts.map((start, i) => packed.strings?.[i] ?? unpackText(packed.bytes, start, packed.ends[i]));
}

describe("packTexts", () => {
	it("gives every text back exactly, in order", () => {
		const packed = packTexts(TEXTS);
		expect(readBack(packed)).toEqual(TEXTS);
		// Only the two texts with lone surrogates are kept as strings; the rest are bytes of one array.
		expect(packed.strings?.map((s, i) => (s === null ? null : i)).filter((i) => i !== null)).toEqual([4, 5]);
		expect(packed.bytes.byteLength).toBeGreaterThan(70000);
	});

	it("packs each note into its own array (a later note does not change an earlier one's bytes)", () => {
		const a = packTexts(["First note's quote."]);
		const b = packTexts(["Second note's quote, longer than the first."]);
		expect(unpackText(a.bytes, a.starts[0], a.ends[0])).toBe("First note's quote.");
		expect(unpackText(b.bytes, b.starts[0], b.ends[0])).toBe("Second note's quote, longer than the first.");
		expect(a.bytes.buffer).not.toBe(b.bytes.buffer);
	});

	it("keeps strings where the platform has no TextEncoder", () => {
		const saved = globalThis.TextEncoder;
		try {
			(globalThis as { TextEncoder?: unknown }).TextEncoder = undefined;
			jest.isolateModules(() => {
				// eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module, loaded without TextEncoder
				const fresh = require("../../../src/core/index/quote-texts") as typeof import("../../../src/core/index/quote-texts");
				const packed = fresh.packTexts(TEXTS);
				expect(packed.bytes.byteLength).toBe(0);
				expect(packed.strings).toEqual(TEXTS);
			});
		} finally {
			globalThis.TextEncoder = saved;
		}
	});
});
