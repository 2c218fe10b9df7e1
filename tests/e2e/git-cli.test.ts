// The built CLI (dist/cli.js) publishing the example vault with `--target git` over Node's http, against
// a real `git http-backend`: exit codes, one commit, nothing to change the second time, a wrong token.
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { gitAsync, runGit, startGitServer } from "../helpers/git-server";
import type { GitTestServer } from "../helpers/git-server";
import { tempDir } from "../helpers/temp";

const ROOT = path.join(__dirname, "..", "..");
const CLI = path.join(ROOT, "bin", "podcast-garden.js");
const VAULT = path.join(ROOT, "example-vault");

let server: GitTestServer;
let work: string;

beforeAll(async () => {
	if (!fs.existsSync(path.join(ROOT, "dist", "cli.js"))) throw new Error("dist/cli.js is missing: run `npm run build:cli` first (npm test does).");
	server = await startGitServer();
	work = tempDir("pg-git-cli-");
});

afterAll(async () => {
	await server.close();
});

function cli(args: string[], token: string): Promise<{ code: number; stdout: string; stderr: string }> {
	const env = { ...process.env, PODCAST_GARDEN_GIT_TOKEN: token, PODCAST_GARDEN_GIT_USER: server.username, XDG_CACHE_HOME: path.join(work, "xdg") };
	return new Promise((resolve) => {
		execFile("node", [CLI, ...args], { env, cwd: ROOT }, (error, stdout, stderr) => {
			resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
		});
	});
}

const publish = (extra: string[] = []) => ["publish", VAULT, "--target", "git", "--remote", server.url, "--branch", "main", ...extra];

describe("podcast-garden publish --target git", () => {
	test("missing --remote is a usage error (exit 2)", async () => {
		const run = await cli(["publish", VAULT, "--target", "git", "--branch", "main"], server.password);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain("--target git needs --remote URL");
	});

	test("an empty repository without --create-branch: exit 1, the error offers the fix", async () => {
		const run = await cli(publish(), server.password);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('The branch "main" does not exist');
		expect(run.stderr).toContain("--create-branch");
	});

	test("first publish of the example vault, then nothing to change, then a wrong token", async () => {
		const first = await cli(publish(["--create-branch"]), server.password);
		expect(first.stderr).toBe("");
		expect(first.code).toBe(0);
		expect(first.stdout).toContain(`git ${server.url} (main)`);
		const head = runGit(["rev-parse", "main"], server.bareDir).trim();
		const clone = path.join(work, "clone");
		await gitAsync(["clone", "--quiet", server.authedUrl, clone]);
		expect(runGit(["rev-list", "--count", "HEAD"], clone).trim()).toBe("1");
		expect(fs.existsSync(path.join(clone, ".podcast-garden", "manifest.json"))).toBe(true);
		expect(fs.existsSync(path.join(clone, "index.html"))).toBe(true);
		expect(runGit(["fsck", "--strict", "--no-dangling", "--no-progress"], clone).trim()).toBe("");

		const again = await cli(publish(), server.password);
		expect(again.code).toBe(0);
		expect(runGit(["rev-parse", "main"], server.bareDir).trim()).toBe(head);

		const wrong = "not-the-token-7f3a";
		const denied = await cli(publish(), wrong);
		expect(denied.code).toBe(1);
		expect(denied.stderr).toMatch(/refused the credentials .*HTTP 401.*PODCAST_GARDEN_GIT_TOKEN/);
		expect(denied.stderr + denied.stdout).not.toContain(wrong);
		expect(runGit(["rev-parse", "main"], server.bareDir).trim()).toBe(head);
	});
});
