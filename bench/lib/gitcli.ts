// The git CLI baseline: the same published files committed and pushed with `git add -A && git commit &&
// git push` from a working tree, to a repository on the same kind of local server.
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { promisify } from "util";
import type { OutputFile } from "../../src/core/publish/types";
import { gitEnv } from "../../tests/helpers/git-server";
import { now } from "./stats";

const run = promisify(execFile);

/** Async on purpose: the test server lives in this process, a blocking child would starve it. */
export async function git(args: string[], cwd: string): Promise<string> {
	const { stdout } = await run("git", args, { cwd, env: gitEnv(), maxBuffer: 64 * 1024 * 1024 });
	return stdout;
}

export class GitCliSite {
	private constructor(readonly dir: string) {}

	/** An empty working tree whose `origin` is `authedUrl`. */
	static async create(dir: string, authedUrl: string): Promise<GitCliSite> {
		await fs.mkdir(dir, { recursive: true });
		await git(["init", "-q", "--initial-branch=main", dir], dir);
		await git(["remote", "add", "origin", authedUrl], dir);
		return new GitCliSite(dir);
	}

	/** Writes (and deletes) the files in the working tree: not part of the timed commands. */
	async apply(write: readonly OutputFile[], remove: readonly string[] = []): Promise<void> {
		const folders = new Set(write.map((file) => path.dirname(path.join(this.dir, file.path))));
		await Promise.all([...folders].map((folder) => fs.mkdir(folder, { recursive: true })));
		for (const file of write) await fs.writeFile(path.join(this.dir, file.path), file.content);
		for (const file of remove) await fs.rm(path.join(this.dir, file), { force: true });
	}

	/** `git add -A && git commit && git push`, timed (ms). */
	async publish(message: string): Promise<number> {
		const t0 = now();
		await git(["add", "-A"], this.dir);
		await git(["commit", "-q", "-m", message], this.dir);
		await git(["push", "-q", "origin", "main"], this.dir);
		return now() - t0;
	}
}
