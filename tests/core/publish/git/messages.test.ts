// Git target error messages read as sentences and name the remote.
import * as fs from "fs";
import type { HttpClient } from "isomorphic-git";
import { createGitTarget } from "../../../../src/core/publish/git";
import { tempDir } from "../../../helpers/temp";

/** A git host that answers every request with `status`. */
function answering(status: number): HttpClient {
	return {
		request: (request) =>
			Promise.resolve({
				url: request.url,
				method: request.method ?? "GET",
				statusCode: status,
				statusMessage: "Not Found",
				headers: {},
				body: (async function* () {})(),
			}),
	};
}

test("a repository that does not exist: the message names the remote URL (was '…while reading the branches of. Check…')", async () => {
	const cacheDir = tempDir("pg-git-msg-");
	const target = createGitTarget({ fs, http: answering(404), cacheDir, remoteUrl: "https://user:secret@git.example.com/me/missing.git", branch: "main", author: { name: "t", email: "t@example.com" } });
	const error = await target.readManifest().then(() => null, (e: unknown) => e);
	expect(error).toBeInstanceOf(Error);
	const message = (error as Error).message;
	expect(message).toContain("The repository was not found (HTTP 404) while reading the branches of https://git.example.com/me/missing.git (branch main). Check the remote URL");
	expect(message).not.toMatch(/of\. /);
	expect(message).not.toContain("secret");
});
