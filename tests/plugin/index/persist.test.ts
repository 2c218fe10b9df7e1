// The saved index is read as bytes and decoded a part at a time (persist.ts): the lines must come out the
// same wherever the parts are cut, inside a line or inside a character. Notes are handed over as they are read.
import type { DataAdapter } from "obsidian";
import { QuoteIndex } from "../../../src/core/index";
import { snapshotEnd, snapshotHeader, snapshotLine, type SnapshotNote } from "../../../src/core/index/snapshot";
import { IndexStore, lineReader, yieldToApp } from "../../../src/plugin/index/persist";

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

describe("loading the saved index note by note", () => {
	const index = new QuoteIndex();
	index.upsertMany([
		{ path: "a.md", text: "> Ship it. – Ada\n", mtime: 1 },
		{ path: "b.md", text: "> Less, but better. – Dieter Rams\n", mtime: 2 },
		{ path: "c.md", text: "No quotes here.\n", mtime: 3 },
	]);
	const notes: SnapshotNote[] = index.notes().map((record) => ({ path: record.path, size: 10, mtime: record.mtime, record }));
	const whole = [snapshotHeader("k", 3), ...notes.map(snapshotLine), snapshotEnd(3), ""].join("\n");
	/** The two calls of the adapter that `load` makes, over one file. */
	const store = (text: string): IndexStore => {
		const adapter = { exists: (p: string) => Promise.resolve(p === "index.jsonl"), readBinary: () => Promise.resolve(new TextEncoder().encode(text).buffer) };
		return new IndexStore(adapter as unknown as DataAdapter, "index.jsonl", () => "k");
	};

	it("hands each note over as its line is read and counts the notes of a whole file", async () => {
		const taken: string[] = [];
		expect(await store(whole).load((note) => taken.push(`${note.path} ${note.record.quotes.length}`))).toBe(3);
		expect(taken).toEqual(["a.md 1", "b.md 1", "c.md 0"]);
	});

	it("says a file cut short cannot be used, after handing over the notes before the cut (the caller reads every note)", async () => {
		const debug = jest.spyOn(console, "debug").mockImplementation(() => undefined);
		const taken: string[] = [];
		expect(await store(whole.slice(0, whole.lastIndexOf('{"end"'))).load((note) => taken.push(note.path))).toBeNull();
		expect(taken).toEqual(["a.md", "b.md", "c.md"]);
		expect(debug).toHaveBeenCalledWith(expect.stringContaining("a write was cut short"));
		debug.mockRestore();
	});
});

describe("yielding to the app between slices", () => {
	it("waits for a message, not a zero timeout (Chromium holds nested zero timeouts back 4 ms; decision 57)", async () => {
		const global = globalThis as { window?: unknown };
		const hadWindow = "window" in global;
		if (!hadWindow) global.window = globalThis;
		// With every timer frozen, a yield through setTimeout(0) would never come back.
		jest.useFakeTimers({ doNotFake: ["nextTick", "queueMicrotask"] });
		try {
			await yieldToApp();
			await yieldToApp();
		} finally {
			jest.useRealTimers();
			if (!hadWindow) delete global.window;
		}
	}, 5000);
});
