// The CLI reads notes into one buffer it reuses (src/cli/vault.ts): each note's text must be its own bytes,
// whatever size the notes before it had.
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { listVaultNotes, readNote } from "../../src/cli/vault";

describe("readNote", () => {
	it("gives every note its own text, whatever the size of the note read before it", async () => {
		const vault = mkdtempSync(path.join(tmpdir(), "pg-read-"));
		mkdirSync(path.join(vault, "b"));
		// In listing order: a note larger than the first buffer, a short one, an empty one, one with a
		// byte-order mark, a larger one again, and non-ASCII text that straddles where the larger notes ended.
		const notes: [string, string][] = [
			["a-large.md", "> Le café – Zoë\n".repeat(9000)],
			["b/short.md", "> Short. – Ann\n"],
			["c-empty.md", ""],
			["d-bom.md", "\ufeff> With a mark. – Bo\n"],
			["e-larger.md", "😀 “quoted” – text\n".repeat(30000)],
			["f-after.md", "é".repeat(70000)],
		];
		for (const [file, text] of notes) writeFileSync(path.join(vault, file), text);
		const listed = await listVaultNotes(vault);
		expect(listed.errors).toEqual([]);
		const read = listed.files.map((file) => ({ file, ...readNote(listed.realRoot, path.join(vault, file)) }));
		expect(read.map((n) => [n.file, n.text])).toEqual(notes);
		expect(read.every((n) => typeof n.mtime === "number" && n.mtime > 0)).toBe(true);
	});
});
