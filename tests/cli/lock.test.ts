// One publish at a time per output folder (a lock file with pid and time), stale locks taken over, and an
// output folder that is a symbolic link.
import { spawnSync } from "child_process";
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { lockFileFor } from "../../src/cli/lock";
import { cli, readTree, writeVault } from "../core/publish/disk";
import { tempDir } from "../helpers/temp";

const notes = {
	"Ep.md": "---\ndg-publish: true\n---\n> Build in public. – Sam Altman\n![[pic.png]]",
	"Other.md": "---\ndg-publish: true\n---\nOther",
	"pic.png": new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
};

/** A pid that belonged to a process that has exited. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
	return Number(child.stdout);
}

describe("publish lock", () => {
	const root = tempDir("pg-lock-");
	const vault = path.join(root, "vault");
	writeVault(vault, notes);

	test("two publishes to the same folder at once: one runs, the other stops with a message; the site stays whole", async () => {
		const out = path.join(root, "site");
		const [a, b] = await Promise.all([cli([vault, "--out", out]), cli([vault, "--out", out])]);
		expect([a.code, b.code].sort()).toEqual([0, 1]);
		const loser = a.code === 1 ? a : b;
		expect(loser.err).toMatch(/Another publish to .*site is running \(pid \d+ on .*, since .*\)\. Wait for it to finish; if it is not running, delete .*\.site\.pg-lock/);
		expect(loser.err).not.toMatch(/ENOTEMPTY|pg-new/);
		const tree = readTree(out);
		for (const file of ["index.html", "assets/site.css", "assets/search.js", "ep/index.html", "other/index.html", "files/pic.png"]) expect(tree.has(file)).toBe(true);
		expect(existsSync(lockFileFor(out))).toBe(false);
		const again = await cli([vault, "--out", out, "--json"]);
		expect(again.code).toBe(0);
		expect((JSON.parse(again.out) as { write: string[] }).write).toEqual([]);
	});

	test("a lock left by a process that is gone is taken over, with a message naming it", async () => {
		const out = path.join(root, "site-dead");
		const pid = deadPid();
		writeFileSync(lockFileFor(out), JSON.stringify({ pid, host: os.hostname(), started: new Date().toISOString() }));
		const result = await cli([vault, "--out", out]);
		expect(result.code).toBe(0);
		expect(result.err).toContain(`Took over a stale publish lock ${lockFileFor(out)} (pid ${pid} on ${os.hostname()}`);
		expect(result.err).toContain(`process ${pid} is no longer running`);
		expect(existsSync(path.join(out, "ep/index.html"))).toBe(true);
		expect(existsSync(lockFileFor(out))).toBe(false);
	});

	test("two publishes that find the same stale lock: only one takes it over", async () => {
		const out = path.join(root, "site-race");
		writeFileSync(lockFileFor(out), JSON.stringify({ pid: deadPid(), host: os.hostname(), started: new Date().toISOString() }));
		const results = await Promise.all([cli([vault, "--out", out]), cli([vault, "--out", out])]);
		expect(results.map((r) => r.code).sort()).toEqual([0, 1]);
		expect(results.filter((r) => r.err.includes("Took over a stale publish lock"))).toHaveLength(1);
		expect(existsSync(path.join(out, "ep/index.html"))).toBe(true);
	});

	test("a lock more than an hour old is taken over even when its pid is alive (or on another host)", async () => {
		const out = path.join(root, "site-old");
		writeFileSync(lockFileFor(out), JSON.stringify({ pid: process.pid, host: "elsewhere", started: new Date(Date.now() - 2 * 3600_000).toISOString() }));
		const result = await cli([vault, "--out", out]);
		expect(result.code).toBe(0);
		expect(result.err).toMatch(/Took over a stale publish lock .* it is more than an hour old/);
	});

	test("a fresh lock of a running publish on another host is respected", async () => {
		const out = path.join(root, "site-busy");
		const lock = lockFileFor(out);
		const held = JSON.stringify({ pid: 1, host: "elsewhere", started: new Date().toISOString() });
		writeFileSync(lock, held);
		const result = await cli([vault, "--out", out]);
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/Another publish to .* is running \(pid 1 on elsewhere/);
		expect(existsSync(out)).toBe(false);
		expect(readFileSync(lock, "utf8")).toBe(held);
	});
});

describe("an output folder that is a symbolic link", () => {
	const root = tempDir("pg-link-");
	const vault = path.join(root, "vault");
	writeVault(vault, notes);

	test("the site goes into the link's target and the link stays a link", async () => {
		const real = path.join(root, "real-site");
		mkdirSync(real);
		const link = path.join(root, "site-link");
		symlinkSync(real, link);
		for (let run = 0; run < 2; run++) {
			writeVault(vault, { "Other.md": `---\ndg-publish: true\n---\nOther, run ${run}` });
			const result = await cli([vault, "--out", link]);
			expect(result.code).toBe(0);
			expect(result.out).toContain(`link to ${real}`);
			expect(lstatSync(link).isSymbolicLink()).toBe(true);
			expect(readTree(real).get("other/index.html")?.toString("utf8")).toContain(`Other, run ${run}`);
		}
	});

	test("a link to nothing is refused with a message", async () => {
		const link = path.join(root, "dangling");
		symlinkSync(path.join(root, "nowhere"), link);
		const result = await cli([vault, "--out", link]);
		expect(result.code).toBe(2);
		expect(result.err).toMatch(/dangling is a symbolic link to a folder that does not exist/);
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
	});
});
