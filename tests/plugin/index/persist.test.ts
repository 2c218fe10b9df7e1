// The saved index is read as bytes and decoded a part at a time (persist.ts): the lines must come out the
// same wherever the parts are cut, inside a line or inside a character.
import { lineReader } from "../../../src/plugin/index/persist";

function allLines(bytes: Uint8Array, partBytes: number): string[] {
	const next = lineReader(bytes, partBytes);
	const out: string[] = [];
	for (let line = next(); line !== undefined; line = next()) out.push(line);
	return out;
}

describe("reading the saved index a part at a time", () => {
	const text = 'header\n["Notes/Café.md","Ça va – «oui» 😀"]\n\n{"end":1}\n';
	const bytes = new TextEncoder().encode(text);

	it("gives the lines of the text whatever the size of the parts", () => {
		const expected = ["header", '["Notes/Café.md","Ça va – «oui» 😀"]', "", '{"end":1}'];
		for (const part of [1, 2, 3, 5, 7, 16, bytes.length, 1 << 20]) expect(allLines(bytes, part)).toEqual(expected);
	});

	it("keeps a last line without its line break, and gives nothing for an empty file", () => {
		expect(allLines(new TextEncoder().encode("a\nb"), 1)).toEqual(["a", "b"]);
		expect(allLines(new Uint8Array(), 4)).toEqual([]);
	});

	it("refuses bytes that are not UTF-8", () => {
		const next = lineReader(new Uint8Array([0x61, 0x0a, 0xff, 0xfe, 0x0a]), 2);
		expect(() => {
			while (next() !== undefined);
		}).toThrow();
	});
});
