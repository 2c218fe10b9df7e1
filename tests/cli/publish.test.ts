// `podcast-garden publish`: arguments, exit codes, dry run, JSON; and the built CLI end to end.
import { execFileSync, spawnSync } from "child_process";
import { existsSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { readTree, writeVault } from "../core/publish/disk";
import { tempDir } from "../helpers/temp";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const code = await main(["publish", ...args], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
	return { code, out, err };
}

describe("publish command", () => {
	const root = tempDir("pg-cli-publish-");
	const vault = path.join(root, "vault");
	writeVault(vault, {
		"Ep.md": "---\ndg-publish: true\n---\n> Build in public. – Sam Altman\n",
		"Private.md": "private",
	});

	test("bad arguments and a missing vault exit with 2", async () => {
		expect((await run([])).code).toBe(2);
		expect((await run([vault])).code).toBe(2);
		expect((await run([vault, "--out"])).code).toBe(2);
		expect((await run([vault, "--out", "x", "--nope"])).code).toBe(2);
		expect((await run([vault, "--out", "x", "--layout", "weird"])).code).toBe(2);
		const missing = await run([path.join(root, "no-such-vault"), "--out", path.join(root, "o")]);
		expect(missing.code).toBe(2);
		expect(missing.err).toMatch(/Vault folder not found/);
	});

	test("dry run reports the exact changes and writes nothing", async () => {
		const out = path.join(root, "dry");
		const result = await run([vault, "--out", out, "--dry-run", "--json"]);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.out) as { dryRun: boolean; write: string[]; plan: { new: { path: string; url: string }[] } };
		expect(report.dryRun).toBe(true);
		expect(report.plan.new).toEqual([{ path: "Ep.md", url: "/ep/", reasons: [] }]);
		expect(report.write).toEqual(expect.arrayContaining(["ep/index.html", "index.html", "speakers/sam-altman/index.html"]));
		expect(existsSync(out)).toBe(false);
	});

	test("a failed publish (conflicting URLs) exits with 1 and names both notes", async () => {
		const bad = path.join(root, "bad");
		writeVault(bad, { "A.md": "---\npublish: true\npermalink: /x/\n---\na", "B.md": "---\npublish: true\npermalink: /x/\n---\nb" });
		const result = await run([bad, "--out", path.join(root, "bad-out")]);
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/"A.md" and "B.md"/);
		expect(existsSync(path.join(root, "bad-out"))).toBe(false);
	});

	test("example-vault: its published person notes give speakers their canonical names (aliases)", async () => {
		const out = path.join(root, "example");
		const result = await run([path.resolve(__dirname, "../../example-vault"), "--out", out]);
		expect(result.code).toBe(0);
		const tree = readTree(out);
		expect(tree.has("speakers/lex/index.html")).toBe(false);
		const lex = tree.get("speakers/lex-fridman/index.html")?.toString("utf8") ?? "";
		expect(lex).toContain("<h1>Lex Fridman</h1>");
		expect(lex).toContain("6 quotes in 1 note, newest episode first.");
		expect((lex.match(/<figure class="speaker-quote"/g) ?? []).length).toBe(6);
		expect(tree.get("speakers/index.html")?.toString("utf8")).toContain(">Lex Fridman</a> <span class=\"muted\">6 quotes in 1 note</span>");
	});

	test("--aliases FILE: the alias table renames speakers on the site, like the quotes command", async () => {
		const aliases = path.join(root, "aliases.json");
		writeVault(root, { "aliases.json": JSON.stringify({ "Sam Altman": "Samuel Altman" }) });
		const out = path.join(root, "aliased");
		const result = await run([vault, "--out", out, "--aliases", aliases]);
		expect(result.code).toBe(0);
		const tree = readTree(out);
		expect(tree.has("speakers/samuel-altman/index.html")).toBe(true);
		expect(tree.has("speakers/sam-altman/index.html")).toBe(false);
		const bad = await run([vault, "--out", path.join(root, "x"), "--aliases", path.join(root, "missing.json")]);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain("missing.json");
	});

	test("the built CLI publishes (npm run build:cli output)", () => {
		const bin = path.resolve(__dirname, "../../bin/podcast-garden.js");
		// `npm test` runs `npm run build:cli` first; build it here only when running this file alone.
		if (!existsSync(path.resolve(__dirname, "../../dist/cli.js"))) execFileSync("node", ["esbuild.cli.mjs"], { cwd: path.resolve(__dirname, "../..") });
		const out = path.join(root, "built");
		const result = spawnSync("node", [bin, "publish", vault, "--out", out], { encoding: "utf8" });
		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/new: Ep\.md → \/ep\//);
		expect(readTree(out).has("ep/index.html")).toBe(true);
		const digital = spawnSync("node", [bin, "publish", vault, "--out", path.join(root, "dg"), "--layout", "digital-garden"], { encoding: "utf8" });
		expect(digital.status).toBe(0);
		expect(readTree(path.join(root, "dg")).has("src/site/notes/Ep.md")).toBe(true);
	});
});

describe("frontmatter after a leading blank line", () => {
	test("is ignored like Obsidian does (the note is not flagged) and the CLI warns naming the note", async () => {
		const root = tempDir("pg-cli-blank-");
		const vault = path.join(root, "vault");
		writeVault(vault, { "Late.md": "\n---\ndg-publish: true\n---\nNot meant to be public yet", "On time.md": "---\ndg-publish: true\n---\nPublic" });
		const result = await run([vault, "--out", path.join(root, "site"), "--json"]);
		expect(result.code).toBe(0);
		expect((JSON.parse(result.out) as { plan: { new: { path: string }[] } }).plan.new.map((n) => n.path)).toEqual(["On time.md"]);
		expect(result.err).toContain("podcast-garden publish: warning: Late.md:2: Frontmatter starts on line 2, after blank lines: Obsidian ignores it, so its properties (and any publish flag) are not read.");
	});
});
