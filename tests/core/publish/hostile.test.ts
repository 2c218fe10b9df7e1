// Hostile permalinks and paths never make the folder target write outside its root.
import * as path from "path";
import { FolderTarget } from "../../../src/core/publish";
import { nodeFolderFs } from "../../../src/cli/folder-target";
import { cli, readTree, writeVault } from "./disk";
import { tempDir } from "../../helpers/temp";

const hostile: Record<string, string> = {
	"Dots.md": "---\ndg-publish: true\npermalink: ../../../escape-dots\n---\ndots",
	"Absolute.md": "---\ndg-publish: true\npermalink: /tmp/escape-absolute\n---\nabsolute",
	"Windows.md": "---\ndg-publish: true\npermalink: \"..\\\\..\\\\escape-windows\"\n---\nwindows",
	"Nul.md": "---\ndg-publish: true\npermalink: \"a\\0/../../escape-nul\"\n---\nnul",
	"Encoded.md": "---\ndg-publish: true\npermalink: \"%2e%2e/%2e%2e/escape-encoded\"\n---\nencoded",
	"Double.md": "---\ndg-publish: true\npermalink: \"%252e%252e/%252e%252e/escape-double\"\n---\ndouble",
	"Long.md": `---\ndg-publish: true\npermalink: /${"long".repeat(300)}/${"é".repeat(300)}/\n---\nlong`,
	"Deep.md": `---\ndg-publish: true\npermalink: /${Array.from({ length: 60 }, (_, i) => `d${i}`).join("/")}/\n---\ndeep`,
	"Only dots.md": "---\ndg-publish: true\npermalink: \"../..\"\n---\nonly dots",
};

describe("hostile permalinks", () => {
	const root = tempDir("pg-publish-");
	const vault = path.join(root, "vault");
	const out = path.join(root, "nest", "site");

	test("every output file stays inside the output folder", async () => {
		writeVault(vault, hostile);
		const result = await cli([vault, "--out", out, "--json"]);
		expect(result.code).toBe(0);
		const everything = [...readTree(root).keys()];
		const outside = everything.filter((p) => !p.startsWith("vault/") && !p.startsWith("nest/site/"));
		expect(outside).toEqual([]);
		const site = [...readTree(out).keys()];
		for (const name of ["escape-dots", "escape-absolute", "escape-windows", "escape-nul", "escape-encoded", "escape-double"]) {
			expect(site.some((p) => p.startsWith(`${name}/`) || p.includes(`/${name}/`))).toBe(true);
		}
		expect(site).toContain("only-dots/index.html");
		// No link on any page climbs out of the site root once a server decodes it (served from a sub-path).
		const tree = readTree(out);
		for (const [p, bytes] of tree) if (p.endsWith(".html")) expect(decodeURIComponent(decodeURIComponent(bytes.toString("utf8")))).not.toMatch(/href="[^"]*\.\.\/\.\.\/escape/);
		for (const p of site) for (const seg of p.split("/")) expect(Buffer.byteLength(seg)).toBeLessThanOrEqual(255);
		expect(site.some((p) => p.split("/").length > 16)).toBe(false);
	});

	test("the folder target refuses a change that points outside its root", async () => {
		const target = new FolderTarget(nodeFolderFs, path.join(root, "direct"));
		const manifest = await target.readManifest();
		for (const bad of ["../x.html", "/etc/x", "a/../../x", "a\u0000b", "C:/x", "a\\..\\x", ""]) {
			await expect(target.commit({ write: [{ path: bad, content: "x" }], delete: [] }, manifest, "m")).rejects.toThrow(/outside the output folder/);
			await expect(target.commit({ write: [], delete: [bad] }, manifest, "m")).rejects.toThrow(/outside the output folder/);
		}
		expect(readTree(root).has("x.html")).toBe(false);
	});

	test("a permalink with a page file's name (/index.html/) is refused naming the note, nothing is written", async () => {
		const dir = path.join(root, "vault-index");
		const site = path.join(root, "site-index");
		writeVault(dir, {
			"Home.md": "---\ndg-publish: true\n---\nhome",
			"Notes/Index trick.md": "---\ndg-publish: true\npermalink: /index.html/\n---\ntrick",
			"Deep.md": "---\ndg-publish: true\npermalink: /home/index.md/\n---\ndeep",
		});
		const result = await cli([dir, "--out", site]);
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/"Notes\/Index trick\.md" would be published at \/index\.html\/: a folder named "index\.html"/);
		expect(result.err).toMatch(/"Deep\.md" would be published at \/home\/index\.md\//);
		expect(result.err).not.toMatch(/EISDIR/);
		expect(readTree(root).has("site-index/index.html")).toBe(false);
	});
});

describe("attachments that would share an output path", () => {
	test("'A B/x.png' and 'a-b/x.png' (both files/a-b/x.png) are reported naming both; nothing is written", async () => {
		const root = tempDir("pg-publish-");
		const vault = path.join(root, "vault");
		const out = path.join(root, "site");
		writeVault(vault, {
			"One.md": "---\ndg-publish: true\n---\n![[A B/x.png]]",
			"Two.md": "---\ndg-publish: true\n---\n![[a-b/x.png]]",
			"A B/x.png": new Uint8Array([1]),
			"a-b/x.png": new Uint8Array([2]),
		});
		const result = await cli([vault, "--out", out]);
		expect(result.code).toBe(1);
		expect(result.err).toContain('The attachments "A B/x.png" and "a-b/x.png" (used by "Two.md") would both be published as files/a-b/x.png. Rename one of them or its folder.');
		expect(readTree(root).has("site/files/a-b/x.png")).toBe(false);
		// The Digital Garden layout keeps vault paths: no clash there.
		const garden = await cli([vault, "--out", path.join(root, "garden"), "--layout", "digital-garden"]);
		expect(garden.code).toBe(0);
		expect(readTree(path.join(root, "garden")).get("src/site/img/user/a-b/x.png")).toEqual(Buffer.from([2]));
	});
});
