// The CLI reads notes into one buffer it reuses (src/cli/vault.ts): each note's text must be its own bytes,
// whatever size the notes before it had. Each folder's real path is resolved once; links are still checked.
import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { listVaultNotes, readNote } from "../../src/cli/vault";
import { tempDir } from "../helpers/temp";

describe("readNote", () => {
	it("gives every note its own text, whatever the size of the note read before it", async () => {
		const vault = tempDir("pg-read-");
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

describe("links and the vault's edge when reading notes", () => {
	/** A vault with a note in a folder, a link to it, and a note outside the vault with a link to it. */
	function linkedVault(): { vault: string; outside: string } {
		const root = tempDir("pg-read-links-");
		const vault = path.join(root, "vault");
		const outside = path.join(root, "outside");
		mkdirSync(path.join(vault, "Folder"), { recursive: true });
		mkdirSync(outside);
		writeFileSync(path.join(vault, "Folder", "Inside.md"), "> Inside words. – Ann Lee\n");
		writeFileSync(path.join(vault, "Folder", "Other.md"), "> Other words. – Bo Chen\n");
		writeFileSync(path.join(outside, "Secret.md"), "> Secret words. – Eve\n");
		symlinkSync(path.join(vault, "Folder", "Inside.md"), path.join(vault, "Linked.md"));
		symlinkSync(path.join(outside, "Secret.md"), path.join(vault, "Out.md"));
		return { vault, outside };
	}

	async function quotes(vault: string): Promise<{ code: number; out: string; err: string }> {
		let out = "";
		let err = "";
		const code = await main(["quotes", vault, "--json"], { out: (t) => (out += t), err: (t) => (err += `${t}\n`) });
		return { code, out, err };
	}

	it("quotes reads a note linked from inside the vault and refuses one linked from outside, naming it", async () => {
		const { vault, outside } = linkedVault();
		const result = await quotes(vault);
		expect(result.code).toBe(0);
		const found = (JSON.parse(result.out) as { path: string; text: string }[]).map((q) => [q.path, q.text]);
		expect(found).toEqual([
			["Folder/Inside.md", "Inside words."],
			["Folder/Other.md", "Other words."],
			["Linked.md", "Inside words."],
		]);
		expect(result.err).toContain(`skipped Out.md: a link to ${realpathSync(path.join(outside, "Secret.md"))}, outside the vault: never read or published`);
		expect(result.out).not.toContain("Secret");
	});

	it("a note or a folder swapped for a link out of the vault after the listing is refused when read", async () => {
		const { vault, outside } = linkedVault();
		const listed = await listVaultNotes(vault);
		const realFolders = new Map<string, string>();
		// The folder's real path is known from a first note; the second became a link out of the vault.
		expect(readNote(listed.realRoot, path.join(vault, "Folder", "Inside.md"), realFolders).text).toBe("> Inside words. – Ann Lee\n");
		rmSync(path.join(vault, "Folder", "Other.md"));
		symlinkSync(path.join(outside, "Secret.md"), path.join(vault, "Folder", "Other.md"));
		expect(() => readNote(listed.realRoot, path.join(vault, "Folder", "Other.md"), realFolders)).toThrow(/leads outside the vault .*Secret\.md.*: not read/);
		// A folder not read from yet, swapped for a link to a folder outside.
		rmSync(path.join(vault, "Folder"), { recursive: true });
		symlinkSync(outside, path.join(vault, "Folder"));
		expect(() => readNote(listed.realRoot, path.join(vault, "Folder", "Secret.md"), new Map())).toThrow(/leads outside the vault/);
	});

	it("resolves each folder's real path once, not each note's (a link still resolved on its own)", async () => {
		const { vault } = linkedVault();
		const listed = await listVaultNotes(vault);
		const realpath = jest.spyOn(realpathSync, "native");
		try {
			const realFolders = new Map<string, string>();
			const texts = listed.files.map((file) => readNote(listed.realRoot, path.join(vault, file), realFolders).text);
			expect(texts).toEqual(["> Inside words. – Ann Lee\n", "> Other words. – Bo Chen\n", "> Inside words. – Ann Lee\n"]);
			// Two folders (the vault's top and Folder), and Linked.md resolved whole since it is a link.
			expect(realpath.mock.calls.map(([p]) => path.relative(vault, String(p)))).toEqual(["Folder", "", "Linked.md"]);
		} finally {
			realpath.mockRestore();
		}
	});
});
