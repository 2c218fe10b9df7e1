// The CLI reads the vault's own Podcast Garden settings (the plugin's data.json) unless told not to, and
// stops on a settings file it cannot use; every option is in --help and the README.
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { main, USAGE } from "../../src/cli/main";
import { PUBLISH_BOOLEAN_KEYS, PUBLISH_VALUE_KEYS } from "../../src/cli/publish";
import { readTree, writeVault } from "../core/publish/disk";
import { tempDir } from "../helpers/temp";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
	return { code, out, err };
}

const DATA = ".obsidian/plugins/podcast-garden/data.json";
const settings = { publish: { flagKeys: ["dg-publish"], excludeFolders: ["Private"], frontmatterKeys: ["title"], siteTitle: "Jo's garden", git: { branch: "main" } }, aliases: { Sam: "Sam Altman" }, dashes: "–" };
const notes = {
	"Ep.md": "---\ndg-publish: true\ntitle: The episode\nguest: Jane Doe\n---\n> Build in public. – Sam\n",
	"Private/Secret.md": "---\ndg-publish: true\n---\nsecret plans",
	"Shared.md": "---\nshare: true\n---\nshared only",
};

/** Every published path and the text of every file, to search for what must not be there. */
function site(out: string): { paths: string[]; text: string } {
	const tree = readTree(out);
	return { paths: [...tree.keys()], text: [...tree.values()].map((b) => b.toString("utf8")).join("\n") };
}

describe("the vault's Podcast Garden settings", () => {
	const root = tempDir("pg-cli-settings-");
	const vault = path.join(root, "vault");
	writeVault(vault, { ...notes, [DATA]: JSON.stringify(settings) });
	const file = path.join(vault, DATA);

	test("are used by default and named on stderr: flag keys, excluded folders, public properties, title, aliases", async () => {
		const out = path.join(root, "site");
		const result = await run(["publish", vault, "--out", out]);
		expect(result.code).toBe(0);
		expect(result.err).toBe(`podcast-garden: Using the vault's Podcast Garden settings from ${file} (options override them; --no-vault-settings ignores them).\n`);
		const { paths, text } = site(out);
		expect(paths).toContain("ep/index.html");
		expect(paths.some((p) => p.startsWith("private/") || p.startsWith("shared/"))).toBe(false);
		expect(text).not.toMatch(/secret plans|shared only|Jane Doe/);
		expect(text).toContain("Jo&#39;s garden");
		expect(paths).toContain("speakers/sam-altman/index.html");
	});

	test("each one can be overridden by its option, and --no-vault-settings ignores the file", async () => {
		const over = await run(["publish", vault, "--out", path.join(root, "over"), "--flag-keys", "dg-publish,share", "--exclude-folders", "", "--public-properties", "title,guest", "--site-title", "Other", "--aliases", path.join(root, "none.json")]);
		expect(over.code).toBe(2);
		expect(over.err).toContain("none.json");
		const result = await run(["publish", vault, "--out", path.join(root, "over"), "--flag-keys", "dg-publish,share", "--exclude-folders", "", "--public-properties", "title,guest", "--site-title", "Other"]);
		expect(result.code).toBe(0);
		const { paths, text } = site(path.join(root, "over"));
		expect(paths).toEqual(expect.arrayContaining(["shared/index.html", "private/secret/index.html"]));
		expect(text).toContain("Jane Doe");
		expect(text).toContain("Other");
		const plain = await run(["publish", vault, "--out", path.join(root, "plain"), "--no-vault-settings"]);
		expect(plain.code).toBe(0);
		expect(plain.err).toBe("");
		expect(site(path.join(root, "plain")).paths).toEqual(expect.arrayContaining(["shared/index.html", "private/secret/index.html"]));
	});

	test("the quote commands use the settings' alias table and dashes too", async () => {
		const result = await run(["speakers", vault, "--json"]);
		expect(result.code).toBe(0);
		expect((JSON.parse(result.out) as { speakers: { name: string }[] }).speakers.map((s) => s.name)).toEqual(["Sam Altman"]);
		const plain = await run(["speakers", vault, "--json", "--no-vault-settings"]);
		expect((JSON.parse(plain.out) as { speakers: { name: string }[] }).speakers.map((s) => s.name)).toEqual(["Sam"]);
	});

	test("the quote commands follow the settings' podcast-note detection, like the sidebar (also its 0.1 form)", async () => {
		const detected = path.join(root, "detected");
		const quote = "> Ship it. – Ada Lovelace\n";
		writeVault(detected, { "Podcasts/Ep.md": quote, "Journal/Day.md": quote, [DATA]: JSON.stringify({ detection: { mode: "folders", folders: ["Podcasts"] } }) });
		const paths = async (args: string[]): Promise<string[]> => (JSON.parse((await run(["quotes", detected, "--json", ...args])).out) as { path: string }[]).map((q) => q.path);
		expect(await paths([])).toEqual(["Podcasts/Ep.md"]);
		expect((await paths(["--no-vault-settings"])).sort()).toEqual(["Journal/Day.md", "Podcasts/Ep.md"]);
		writeVault(detected, { [DATA]: JSON.stringify({ detection: "automatic" }) });
		expect((await paths([])).sort()).toEqual(["Journal/Day.md", "Podcasts/Ep.md"]);
	});

	test("quote share pages follow the settings' choice, and --quote-pages overrides it (a bad value is refused)", async () => {
		const quotePaths = (out: string): string[] => site(out).paths.filter((p) => p.startsWith("q/"));
		const off = path.join(root, "quote-pages-off");
		writeVault(off, { ...notes, [DATA]: JSON.stringify({ ...settings, publish: { ...settings.publish, quotePages: "off" } }) });
		expect((await run(["publish", off, "--out", path.join(off, "..", "qp-off-site")])).code).toBe(0);
		expect(quotePaths(path.join(off, "..", "qp-off-site"))).toEqual([]);
		expect(site(path.join(off, "..", "qp-off-site")).text).not.toContain("pg-share");
		expect((await run(["publish", off, "--out", path.join(off, "..", "qp-all-site"), "--quote-pages", "all"])).code).toBe(0);
		expect(quotePaths(path.join(off, "..", "qp-all-site"))).toHaveLength(2);
		const bad = await run(["publish", off, "--out", path.join(off, "..", "qp-bad-site"), "--quote-pages", "some"]);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('--quote-pages must be "all", "highlights" or "off", not "some".');
		expect(existsSync(path.join(off, "..", "qp-bad-site"))).toBe(false);
	});

	test("a renamed config folder is found; several are refused until --config-dir picks one", async () => {
		const renamed = path.join(root, "renamed");
		writeVault(renamed, { ...notes, ".my-config/plugins/podcast-garden/data.json": JSON.stringify(settings) });
		const one = await run(["publish", renamed, "--out", path.join(root, "renamed-site"), "--dry-run", "--json"]);
		expect(one.code).toBe(0);
		expect(one.err).toContain(path.join(renamed, ".my-config/plugins/podcast-garden/data.json"));
		expect((JSON.parse(one.out) as { plan: { new: { path: string }[] } }).plan.new.map((n) => n.path)).toEqual(["Ep.md"]);
		writeVault(renamed, { ".mobile/plugins/podcast-garden/data.json": "{}" });
		const two = await run(["publish", renamed, "--out", path.join(root, "renamed-site"), "--dry-run"]);
		expect(two.code).toBe(2);
		expect(two.err).toMatch(/several config folders \(\.mobile, \.my-config\): choose one with --config-dir NAME/);
		const picked = await run(["publish", renamed, "--out", path.join(root, "renamed-site"), "--dry-run", "--json", "--config-dir", ".mobile"]);
		expect(picked.code).toBe(0);
		expect((JSON.parse(picked.out) as { plan: { new: unknown[] } }).plan.new).toHaveLength(3);
	});

	test.each([
		["not JSON", "{ publish: ", /is not valid JSON/],
		["a wrong type", JSON.stringify({ publish: { flagKeys: "dg-publish" } }), /setting "publish\.flagKeys" must be a list of text values, not "dg-publish"/],
		["an unknown layout", JSON.stringify({ publish: { layout: "blog" } }), /setting "publish\.layout" must be "site" or "digital-garden", not "blog"/],
		["an unknown choice of quote pages", JSON.stringify({ publish: { quotePages: "some" } }), /setting "publish\.quotePages" must be "all", "highlights" or "off", not "some"/],
		["a list of the wrong values", JSON.stringify({ publish: { excludeFolders: ["Private", 3] } }), /setting "publish\.excludeFolders" must be a list of text values/],
		["an alias table that is not text", JSON.stringify({ aliases: { Sam: 1 } }), /setting "aliases" must map text to text; "Sam" is 1/],
	])("a settings file with %s stops with exit 2 and one line naming the file and the setting; nothing is written", async (_name, text, message) => {
		const bad = path.join(root, `bad-${_name.replace(/\W+/g, "-")}`);
		writeVault(bad, { ...notes, [DATA]: text });
		const out = path.join(root, `${_name.replace(/\W+/g, "-")}-site`);
		const result = await run(["publish", bad, "--out", out]);
		expect(result.code).toBe(2);
		expect(result.err.trimEnd().split("\n")).toHaveLength(1);
		expect(result.err).toContain(path.join(bad, DATA));
		expect(result.err).toMatch(message);
		expect(existsSync(out)).toBe(false);
		expect((await run(["publish", bad, "--out", out, "--no-vault-settings"])).code).toBe(0);
	});
});

describe("--help and the README list every option", () => {
	const readme = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
	const options = [...new Set([...PUBLISH_VALUE_KEYS, ...PUBLISH_BOOLEAN_KEYS, "speaker", "query", "help"])];

	test.each(options)("--%s", (option) => {
		expect(USAGE).toMatch(new RegExp(`^ {2}--${option}\\b`, "m"));
		expect(readme).toContain(`--${option}`);
	});

	test("every command prints it with --help and exits 0", async () => {
		for (const command of ["quotes", "speakers", "publish"]) {
			const result = await run([command, "--help"]);
			expect(result.code).toBe(0);
			expect(result.out).toContain("--layout site|digital-garden");
		}
	});
});
