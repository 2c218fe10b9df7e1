import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { tempDir } from "../helpers/temp";

const root = path.resolve(__dirname, "../..");
const exampleVault = path.join(root, "example-vault");
const garden = path.join(root, "tests/fixtures/garden");

function capture(): CliIO & { stdout: string; stderr: string } {
	const io = {
		stdout: "",
		stderr: "",
		out(text: string) {
			io.stdout += text + "\n";
		},
		err(text: string) {
			io.stderr += text + "\n";
		},
	};
	return io;
}

interface JsonQuote {
	path: string;
	line: number;
	endLine: number;
	kind: string;
	speaker: string | null;
	speakerRaw: string | null;
	inferred: string | null;
	text: string;
	section: string[];
	id: string;
}

async function quotesJson(args: string[]): Promise<JsonQuote[]> {
	const io = capture();
	const code = await main(["quotes", ...args, "--json"], io);
	expect(code).toBe(0);
	return JSON.parse(io.stdout) as JsonQuote[];
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
	return counts;
}

describe("podcast-garden quotes", () => {
	test("the #367 note alone: 41 quotes, Sam Altman 35 and Lex 6", async () => {
		const quotes = await quotesJson([garden]);
		expect(quotes).toHaveLength(41);
		expect(countBy(quotes, (q) => q.speaker ?? "null")).toEqual({ "Sam Altman": 35, Lex: 6 });
		const q = quotes[0];
		expect(q.path).toBe("367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI.md");
		expect(Object.keys(q)).toEqual(expect.arrayContaining(["path", "line", "endLine", "kind", "speaker", "speakerRaw", "inferred", "text", "section", "id"]));
		expect(quotes.filter((x) => x.inferred === "next-quote")).toHaveLength(1);
		expect(quotes.filter((x) => x.speakerRaw === "Sam")).toHaveLength(5);
	});

	test("in the example vault, the person note resolves Lex to Lex Fridman", async () => {
		const quotes = await quotesJson([exampleVault]);
		const from367 = quotes.filter((q) => q.path.startsWith("Podcasts/367 "));
		expect(countBy(from367, (q) => q.speaker ?? "null")).toEqual({ "Sam Altman": 35, "Lex Fridman": 6 });
		// Paths are vault-relative and `/`-separated; lines are 1-based.
		for (const q of quotes) {
			expect(q.path).not.toContain("\\");
			expect(path.isAbsolute(q.path)).toBe(false);
			expect(q.line).toBeGreaterThanOrEqual(1);
			expect(q.endLine).toBeGreaterThanOrEqual(q.line);
		}
		// Nothing from the journal: its blockquote has no attribution and its dash is a time range.
		expect(quotes.some((q) => q.path.startsWith("Journal/"))).toBe(false);
	});

	test("--speaker filters, and the readable listing groups by speaker with counts", async () => {
		const quotes = await quotesJson([exampleVault, "--speaker", "Lex Fridman"]);
		expect(quotes.length).toBe(6);
		expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["Lex Fridman"]));
		const io = capture();
		expect(await main(["quotes", garden], io)).toBe(0);
		expect(io.stdout).toMatch(/^Sam Altman \(35 quotes\)$/m);
		expect(io.stdout).toMatch(/^Lex \(6 quotes\)$/m);
		expect(io.stdout).toMatch(/41 quotes, 2 speakers/);
		// One of each is said in the singular.
		const one = capture();
		expect(await main(["quotes", exampleVault, "--query", "interesting"], one)).toBe(0);
		expect(one.stdout).toMatch(/^Lex Fridman \(1 quote\)$/m);
		expect(one.stdout.trimEnd().split("\n").pop()).toBe("1 quote, 1 speaker");
	});

	test("--aliases applies the user's alias table", async () => {
		const dir = tempDir("pg-cli-");
		const table = path.join(dir, "aliases.json");
		writeFileSync(table, JSON.stringify({ Lex: "Lex Fridman" }));
		const quotes = await quotesJson([garden, "--aliases", table]);
		expect(countBy(quotes, (q) => q.speaker ?? "null")).toEqual({ "Sam Altman": 35, "Lex Fridman": 6 });
		writeFileSync(table, "[1,2]");
		const io = capture();
		expect(await main(["quotes", garden, "--aliases", table], io)).toBe(2);
		expect(io.stderr).toContain("alias table must be a JSON object");
	});

	test("a publish's temporary folders (<folder>.pg-new / .pg-old) are not read as notes", async () => {
		const vault = tempDir("pg-cli-");
		const note = "> Every zebra is different. – Jane Goodall\n";
		for (const folder of ["Podcasts", "Site.pg-new/notes", "Site.pg-old", "Notes.pg-newer"]) {
			mkdirSync(path.join(vault, folder), { recursive: true });
			writeFileSync(path.join(vault, folder, "zoo.md"), note);
		}
		const quotes = await quotesJson([vault]);
		expect(quotes.map((q) => q.path).sort()).toEqual(["Notes.pg-newer/zoo.md", "Podcasts/zoo.md"]);
	});
});

describe("podcast-garden speakers", () => {
	test("lists speakers with counts", async () => {
		const io = capture();
		expect(await main(["speakers", garden, "--json"], io)).toBe(0);
		const result = JSON.parse(io.stdout) as { speakers: { name: string; quoteCount: number }[]; mergeSuggestions: unknown[] };
		const counts = Object.fromEntries(result.speakers.map((s) => [s.name, s.quoteCount]));
		expect(counts).toEqual({ "Sam Altman": 35, Lex: 6 });
		expect(Array.isArray(result.mergeSuggestions)).toBe(true);
	});

	test("suggests merging a misspelt speaker, without merging it", async () => {
		const dir = tempDir("pg-cli-");
		copyFileSync(path.join(garden, "367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI.md"), path.join(dir, "367.md"));
		writeFileSync(path.join(dir, "other.md"), "# Other\n\n> Compute is the currency of the future. – Sam Alman\n");
		const io = capture();
		expect(await main(["speakers", dir, "--json"], io)).toBe(0);
		const result = JSON.parse(io.stdout) as { speakers: { name: string; quoteCount: number }[]; mergeSuggestions: { from: string; to: string }[] };
		expect(result.speakers.find((s) => s.name === "Sam Alman")?.quoteCount).toBe(1);
		expect(result.mergeSuggestions).toEqual(expect.arrayContaining([expect.objectContaining({ from: "Sam Alman", to: "Sam Altman" })]));
	});
});

describe("errors and exit codes", () => {
	test("a missing folder exits 2 and names it", async () => {
		const io = capture();
		expect(await main(["quotes", "/no/such/vault"], io)).toBe(2);
		expect(io.stderr).toContain("Vault folder not found: /no/such/vault");
	});

	test("bad arguments exit 2 with usage", async () => {
		for (const argv of [["quotes"], ["quotes", garden, "--nope"], ["frobnicate"], ["quotes", garden, "--speaker"], []]) {
			const io = capture();
			expect(await main(argv, io)).toBe(2);
			expect(io.stderr + io.stdout).toContain("Usage: podcast-garden");
		}
	});

	test("an unreadable note is reported and skipped, the rest still counts", async () => {
		const dir = tempDir("pg-cli-");
		writeFileSync(path.join(dir, "good.md"), "> Stay curious. – Ada Lovelace\n");
		// A dangling symlink cannot be read by anyone, root included (file modes would not stop root).
		symlinkSync(path.join(dir, "missing-target.md"), path.join(dir, "dangling.md"));
		mkdirSync(path.join(dir, ".obsidian"));
		writeFileSync(path.join(dir, ".obsidian", "ignored.md"), "> Not a note. – Config File\n");
		const io = capture();
		expect(await main(["quotes", dir, "--json"], io)).toBe(0);
		const quotes = JSON.parse(io.stdout) as JsonQuote[];
		expect(quotes.map((q) => q.speaker)).toContain("Ada Lovelace");
		expect(quotes.map((q) => q.speaker)).not.toContain("Config File");
		expect(io.stderr).toMatch(/skipped dangling\.md: cannot read note: ENOENT/);
	});

	test("the installed bin runs the bundled CLI with the same exit codes", () => {
		const bin = path.join(root, "bin/podcast-garden.js");
		const ok = execFileSync(process.execPath, [bin, "quotes", garden, "--json"], { encoding: "utf8" });
		expect(JSON.parse(ok)).toHaveLength(41);
		const bad = spawnSync(process.execPath, [bin, "quotes", "/no/such/vault"], { encoding: "utf8" });
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain("Vault folder not found");
	});
});
