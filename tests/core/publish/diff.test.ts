// The preview's line diff: old (−) lines come before new (+) lines, like a unified diff.
import { lineDiff } from "../../../src/core/publish";

const show = (before: string, after: string): string[] => lineDiff(before, after).map((l) => `${l.kind === "added" ? "+" : l.kind === "removed" ? "-" : " "}${l.text}`);

describe("lineDiff", () => {
	test("a replaced line reads removed, then added", () => {
		expect(show("a\nold\nc", "a\nnew\nc")).toEqual([" a", "-old", "+new", " c"]);
	});

	test("replaced blocks list every old line before the new ones", () => {
		expect(show("keep\nx1\nx2\nend", "keep\ny1\ny2\ny3\nend")).toEqual([" keep", "-x1", "-x2", "+y1", "+y2", "+y3", " end"]);
	});

	test("pure additions and removals, and the large-input fallback keep the same order", () => {
		expect(show("a\nc", "a\nb\nc")).toEqual([" a", "+b", " c"]);
		expect(show("a\nb\nc", "a\nc")).toEqual([" a", "-b", " c"]);
		expect(show("", "x")).toEqual(["+x"]);
		expect(lineDiff("p\nq", "r\ns", 1).map((l) => l.kind)).toEqual(["removed", "removed", "added", "added"]);
	});

	test("every line of both texts is kept, in order", () => {
		const before = "1\n2\n3\n4\n5\n6";
		const after = "1\nb\n3\n4\nx\n6\n7";
		const lines = lineDiff(before, after);
		expect(lines.filter((l) => l.kind !== "added").map((l) => l.text).join("\n")).toBe(before);
		expect(lines.filter((l) => l.kind !== "removed").map((l) => l.text).join("\n")).toBe(after);
	});
});
