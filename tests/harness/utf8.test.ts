// The harness's UTF-8 decoder stands in for the platform's (jsdom under jest has no TextDecoder): it must
// agree with TextDecoder on any bytes, binary bodies included, and never throw.
import fc from "fast-check";
import { TextDecoder } from "util";
import { utf8Decode } from "./obsidian/vault";

test("utf8Decode agrees with TextDecoder on arbitrary bytes", () => {
	const platform = new TextDecoder("utf-8");
	fc.assert(
		fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
			expect(utf8Decode(bytes)).toBe(platform.decode(bytes));
		}),
		{ seed: 20261126, numRuns: 2000 },
	);
	const text = "Ünïcødé ✓ 🌱 – quotes";
	expect(utf8Decode(new Uint8Array(Buffer.from(text)))).toBe(text);
	// A git pack's bytes (the case that used to throw "Invalid code point").
	const pack = new Uint8Array([0x50, 0x41, 0x43, 0x4b, 0xf7, 0xbf, 0xbf, 0xbf, 0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80]);
	expect(utf8Decode(pack)).toBe(platform.decode(pack));
});
