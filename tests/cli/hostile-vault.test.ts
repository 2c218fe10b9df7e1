// `podcast-garden publish` against a hostile disk: a bad --out, folders that cannot be listed, notes that
// cannot be read, FIFOs named like notes. One line each (never a stack trace), and nothing hangs.
import { execFileSync } from "child_process";
import { promises as fsp, symlinkSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { readTree, writeVault } from "../core/publish/disk";
import { tempDir } from "../helpers/temp";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
	return { code, out, err };
}

const FLAGGED = "---\ndg-publish: true\n---\n> Build in public. – Sam Altman\n";
const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at /);

describe("publish on a hostile disk", () => {
	test("--out / is refused in one line with exit 2", async () => {
		const vault = path.join(tempDir("pg-hostile-"), "vault");
		writeVault(vault, { "Ep.md": FLAGGED });
		const result = await run(["publish", vault, "--out", "/"]);
		expect(result.code).toBe(2);
		expect(result.err.trim().split("\n")).toHaveLength(1);
		expect(result.err).toMatch(/--out/);
		noStack(result.err);
	});

	test("a folder that cannot be listed is named in one line; nothing is published", async () => {
		const root = tempDir("pg-hostile-");
		const vault = path.join(root, "vault");
		writeVault(vault, { "Ep.md": FLAGGED, "Locked/Inside.md": FLAGGED });
		const locked = path.join(vault, "Locked");
		// Running as root, permissions cannot make a folder unlistable: the listing is refused instead.
		const readdir = fsp.readdir.bind(fsp);
		const spy = jest.spyOn(fsp, "readdir").mockImplementation(((p: string, options: unknown) => {
			if (path.resolve(String(p)) === locked) return Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: "EACCES" }));
			return readdir(p, options as never);
		}) as typeof fsp.readdir);
		try {
			const result = await run(["publish", vault, "--out", path.join(root, "site")]);
			expect(result.code).toBe(1);
			expect(result.err).toMatch(/Locked: cannot list folder: EACCES/);
			noStack(result.err);
			expect(readTree(root).has("site/index.html")).toBe(false);
		} finally {
			spy.mockRestore();
		}
	});

	test("a note that cannot be read is reported and skipped; the rest is published", async () => {
		const root = tempDir("pg-hostile-");
		const vault = path.join(root, "vault");
		writeVault(vault, { "Ep.md": FLAGGED });
		symlinkSync(path.join(vault, "gone.md"), path.join(vault, "Broken.md"));
		const result = await run(["publish", vault, "--out", path.join(root, "site")]);
		expect(result.code).toBe(0);
		expect(result.err).toMatch(/skipped "Broken\.md": .*ENOENT/);
		noStack(result.err);
		expect(readTree(path.join(root, "site")).has("ep/index.html")).toBe(true);
		const json = await run(["publish", vault, "--out", path.join(root, "site2"), "--json"]);
		expect((JSON.parse(json.out) as { skipped: { path: string }[] }).skipped.map((s) => s.path)).toEqual(["Broken.md"]);
	});

	test("a published note that can no longer be read stops the publish (its page is neither kept stale nor taken down silently)", async () => {
		const root = tempDir("pg-hostile-");
		const vault = path.join(root, "vault");
		const site = path.join(root, "site");
		writeVault(vault, { "Ep.md": FLAGGED, "Other.md": "---\ndg-publish: true\n---\nother" });
		expect((await run(["publish", vault, "--out", site])).code).toBe(0);
		await fsp.rm(path.join(vault, "Ep.md"));
		symlinkSync(path.join(vault, "gone.md"), path.join(vault, "Ep.md"));
		const result = await run(["publish", vault, "--out", site]);
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/Ep\.md/);
		noStack(result.err);
		expect(readTree(site).has("ep/index.html")).toBe(true);
	});

	const fifo = process.platform === "win32" ? test.skip : test;
	fifo("a FIFO named like a note is skipped and named; publish and quotes do not hang", async () => {
		const root = tempDir("pg-hostile-");
		const vault = path.join(root, "vault");
		writeVault(vault, { "Ep.md": FLAGGED });
		execFileSync("mkfifo", [path.join(vault, "Pipe.md")]);
		const result = await run(["publish", vault, "--out", path.join(root, "site")]);
		expect(result.code).toBe(0);
		expect(result.err).toMatch(/skipped Pipe\.md: not a regular file/);
		expect(readTree(path.join(root, "site")).has("ep/index.html")).toBe(true);
		const quotes = await run(["quotes", vault]);
		expect(quotes.code).toBe(0);
		expect(quotes.err).toMatch(/skipped Pipe\.md: not a regular file/);
	}, 20000);
});
