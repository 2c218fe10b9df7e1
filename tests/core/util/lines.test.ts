import fc from "fast-check";
import { lineOffset, splitLines } from "../../../src/core/util/lines";

describe("lineOffset", () => {
	it("is where each line of splitLines starts, whatever the line breaks", () => {
		const text = "---\r\naliases: [a]\r\n---\nbody\rold mac\r\n\nlast";
		const lines = splitLines(text);
		for (let i = 0; i < lines.length; i++) expect(text.startsWith(lines[i], lineOffset(text, lines, i))).toBe(true);
		expect(lineOffset(text, lines, 3)).toBe(text.indexOf("body"));
		expect(lineOffset(text, lines, 4)).toBe(text.indexOf("old mac"));
		expect(text.slice(lineOffset(text, lines, lines.length))).toBe("");
	});

	it("finds every line of any text", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom("a", "b", " ", "\n", "\r", "\r\n", "é"), { maxLength: 40 }), (parts) => {
				const text = parts.join("");
				const lines = splitLines(text);
				// Joining the lines back from their offsets gives the text without its breaks.
				let at = 0;
				for (let i = 0; i < lines.length; i++) {
					const start = lineOffset(text, lines, i);
					if (start < at || text.slice(start, start + lines[i].length) !== lines[i]) return false;
					at = start + lines[i].length;
				}
				return true;
			}),
		);
	});
});
