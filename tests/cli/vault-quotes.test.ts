// `quotes` without a search reads the vault once and keeps nothing (src/cli/vault-quotes.ts): the same quotes,
// in the same order, as the index over the same vault, written while the notes are read.
import { cpSync, mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { parseArgs } from "../../src/cli/args";
import type { CliIO } from "../../src/cli/io";
import { checkVaultArgument, INDEX_VALUE_KEYS, loadIndex, openVault, SHARED_BOOLEAN_KEYS, SHARED_VALUE_KEYS } from "../../src/cli/load";
import { runQuotes } from "../../src/cli/quotes";
import { vaultQuotes } from "../../src/cli/vault-quotes";
import { NoteIndexError } from "../../src/cli/index-notes";
import { parseNote } from "../../src/core/note";
import { corpusSampleVault } from "../helpers/corpus-sample";
import { tempDir } from "../helpers/temp";

const root = path.resolve(__dirname, "../..");

function capture(): CliIO & { stdout: string; stderr: string } {
	const io = { stdout: "", stderr: "", out: (text: string) => void (io.stdout += text + "\n"), err: (text: string) => void (io.stderr += text + "\n") };
	return io;
}

function argsOf(argv: string[]) {
	return parseArgs(argv, ["speaker", "query", ...SHARED_VALUE_KEYS, ...INDEX_VALUE_KEYS], ["json", ...SHARED_BOOLEAN_KEYS]);
}

/** What a script reads of a quote: every field `quotes --json` writes. */
function fields(q: { path: string; line: number; endLine: number; kind: string; speaker: string | null; speakerRaw: string | null; inferred: string | null; qualifier: string | null; timestamp: string | null; text: string; section: string[]; id: string }) {
	const { path: p, line, endLine, kind, speaker, speakerRaw, inferred, qualifier, timestamp, text, section, id } = q;
	return { path: p, line, endLine, kind, speaker, speakerRaw, inferred, qualifier, timestamp, text, section, id };
}

async function streamed(argv: string[], parse = parseNote) {
	const args = argsOf(argv);
	checkVaultArgument(args);
	const opened = await openVault(args, capture());
	if (typeof opened === "number") throw new Error(`openVault exit ${opened}`);
	return { opened, quotes: (keep: Parameters<typeof vaultQuotes>[2] = null) => vaultQuotes(opened, capture(), keep, parse) };
}

async function indexed(argv: string[]) {
	const loaded = await loadIndex(argsOf(argv), capture());
	if (typeof loaded === "number") throw new Error(`loadIndex exit ${loaded}`);
	return loaded.index;
}

/**
 * A vault where a person note sorts after the notes that quote its aliases (`z/`), with settings of its own:
 * speakers resolve against it only if it is read before them.
 */
function personLastVault(): string {
	const dir = tempDir("pg-one-pass-");
	cpSync(path.join(root, "example-vault"), dir, { recursive: true });
	mkdirSync(path.join(dir, "a"));
	writeFileSync(path.join(dir, "a", "Episode 1.md"), "---\npodcast: Test show\n---\n\n> Ship it when it is ready. – Gracie\n\n> Measure twice. — Bob\n");
	mkdirSync(path.join(dir, "z"));
	writeFileSync(path.join(dir, "z", "Grace Hopper.md"), "---\naliases: [Gracie]\ntags: [person]\n---\n# Grace Hopper\n");
	return dir;
}

describe("quotes read in one pass", () => {
	test("the same quotes in the same order as the index, for the example vault, real notes and the garden", async () => {
		for (const vault of ["example-vault", corpusSampleVault("pg-one-pass-corpus-"), personLastVault()]) {
			const argv = [path.resolve(root, vault), "--no-vault-settings"];
			const index = await indexed(argv);
			const { quotes } = await streamed(argv);
			const expected = index.quotes().map(fields);
			expect(expected.length).toBeGreaterThan(3);
			expect([...quotes()].map(fields)).toEqual(expected);
		}
	});

	test("the same as the index under the vault's settings: a folder rule, an alias table and other dashes", async () => {
		const vault = personLastVault();
		mkdirSync(path.join(vault, ".obsidian", "plugins", "podcast-garden"), { recursive: true });
		const settings = { detection: { mode: "folders", folders: ["Podcasts", "a"] }, aliases: { Bob: "Robert Noyce", Lex: "Lex Fridman" }, dashes: "–" };
		writeFileSync(path.join(vault, ".obsidian", "plugins", "podcast-garden", "data.json"), JSON.stringify(settings));
		writeFileSync(path.join(vault, "a", "Episode 2.md"), "---\npodcast: Test show\n---\n\n> Cut once. – Bob\n\n> Twice is enough. — Carol\n");
		const index = await indexed([vault]);
		const { quotes } = await streamed([vault]);
		const expected = index.quotes().map(fields);
		expect(new Set(expected.map((q) => q.path.split("/")[0]))).toEqual(new Set(["Podcasts", "a"]));
		const second = expected.filter((q) => q.path === "a/Episode 2.md").map((q) => q.speaker);
		// The alias names Bob; the em dash is no attribution under the settings' dashes.
		expect(second).toEqual(["Robert Noyce", null]);
		expect([...quotes()].map(fields)).toEqual(expected);
	});

	test("a person note read after the notes that quote it still names their speaker (it is read first)", async () => {
		const { quotes } = await streamed([personLastVault(), "--no-vault-settings"]);
		const speakers = [...quotes()].filter((q) => q.path === "a/Episode 1.md").map((q) => q.speaker);
		expect(speakers).toEqual(["Grace Hopper", "Bob"]);
	});

	test("--speaker keeps the index's choice", async () => {
		const argv = [personLastVault(), "--no-vault-settings", "--speaker", "Sam Altman"];
		const index = await indexed(argv);
		const { quotes } = await streamed(argv);
		const io = capture();
		expect(await runQuotes([...argv, "--json"], io)).toBe(0);
		const written = JSON.parse(io.stdout) as { speaker: string }[];
		const expected = index.quotes({ speakers: ["Sam Altman"] }).map(fields);
		expect(written).toEqual(expected);
		expect(written.length).toBeGreaterThan(10);
		expect(new Set(written.map((q) => q.speaker))).toEqual(new Set(["Sam Altman"]));
		expect([...quotes((q) => q.speaker === "Sam Altman")].map(fields)).toEqual(expected);
	});

	test("notes are read as the quotes are asked for, not all before the first", async () => {
		const parsed: string[] = [];
		const { opened, quotes } = await streamed([personLastVault(), "--no-vault-settings"], (p, text, options) => {
			parsed.push(p);
			return parseNote(p, text, options);
		});
		const first = quotes()[Symbol.iterator]().next();
		expect(first.done).toBe(false);
		// The notes titled like names first (possible person notes), then only up to the first with a quote.
		expect(parsed).toEqual(["People/Lex Fridman.md", "People/Sam Altman.md", "Welcome.md", "z/Grace Hopper.md", "Journal/2024-03-19.md", "Podcasts/367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI.md"]);
		expect(opened.vault.files.length).toBeGreaterThan(parsed.length + 3);
	});

	test("a note that cannot be read, and each note's problems, are told in path order; the rest is answered", async () => {
		const vault = personLastVault();
		writeFileSync(path.join(vault, "a", "Broken.md"), "---\ntitle: [unclosed\n---\n\n> Still a quote. — Bob\n");
		const io = capture();
		const { opened } = await streamed([vault, "--no-vault-settings"]);
		// The listed note is gone by the time it is read.
		opened.vault.files.splice(opened.vault.files.indexOf("a/Episode 1.md") + 1, 0, "a/Gone.md");
		const quotes = [...vaultQuotes(opened, io)];
		expect(quotes.some((q) => q.path === "a/Broken.md" && q.speaker === "Bob")).toBe(true);
		const lines = io.stderr.trimEnd().split("\n");
		expect(lines[0]).toMatch(/^podcast-garden: a\/Broken\.md:2: Frontmatter on lines 1–3 is not valid YAML \(.* on line 2\)/);
		expect(lines[1]).toMatch(/^podcast-garden: skipped a\/Gone\.md: cannot read note: ENOENT/);
		expect(lines).toHaveLength(2);
	});

	test("a parse that throws stops `quotes --json` with exit code 1 and one line naming the note", async () => {
		const vault = personLastVault();
		const parse: typeof parseNote = (p, text, options) => {
			if (p === "Podcasts/Garden Talk 3 - transcript with Ana Ruiz.md") throw new TypeError("Cannot read properties of undefined (reading 'line')\n    at scanBody");
			return parseNote(p, text, options);
		};
		const { quotes } = await streamed([vault, "--no-vault-settings"], parse);
		expect(() => [...quotes()]).toThrow(new NoteIndexError("Podcasts/Garden Talk 3 - transcript with Ana Ruiz.md", "Cannot read properties of undefined (reading 'line')"));
		const io = capture();
		expect(await runQuotes([vault, "--no-vault-settings", "--json"], io, { parse })).toBe(1);
		expect(io.stderr).toBe("podcast-garden: Podcasts/Garden Talk 3 - transcript with Ana Ruiz.md: cannot index this note: Cannot read properties of undefined (reading 'line')\n");
	});
});
