// The git target's settings checks (connection.ts): nothing goes on the wire with a bad branch, URL,
// credential or path, and a token never stays in the URL, the cache folder or a message.
import { gitConnection } from "../../../../src/core/publish/git/connection";
import { GitPublishError } from "../../../../src/core/publish/git/errors";

const base = { remoteUrl: "https://git.example.com/me/garden.git", branch: "main", cacheDir: "/cache/" };

function refused(settings: Partial<typeof base> & Record<string, unknown>): GitPublishError {
	try {
		gitConnection({ ...base, ...settings });
	} catch (error) {
		expect(error).toBeInstanceOf(GitPublishError);
		return error as GitPublishError;
	}
	throw new Error("expected the settings to be refused");
}

test("a branch name git would refuse is a settings error naming it", () => {
	for (const branch of ["", "  ", "a..b", "has space", "x~1", "a:b"]) {
		const error = refused({ branch });
		expect(error.kind).toBe("settings");
		expect(error.message).toContain(`"${branch}"`);
	}
	expect(gitConnection({ ...base, branch: " gh-pages " }).branch).toBe("gh-pages");
});

test("credentials in the URL move to the Authorization header and out of the URL, the cache folder and `where`", () => {
	const c = gitConnection({ ...base, remoteUrl: "https://bot:s3cr%40t@git.example.com/me/garden.git" });
	expect(c.remoteUrl).toBe("https://git.example.com/me/garden.git");
	expect(c.headers()).toEqual({ Authorization: `Basic ${btoa("bot:s3cr@t")}` });
	expect(c.secrets).toEqual(["s3cr@t", btoa("bot:s3cr@t")]);
	for (const text of [c.remoteUrl, c.gitdir, c.where]) expect(text).not.toContain("s3cr");
	// A fresh object each call: isomorphic-git writes into the one it gets.
	expect(c.headers()).not.toBe(c.headers());
});

test("a token from the settings wins over one in the URL; no token, no header", () => {
	const c = gitConnection({ ...base, remoteUrl: "https://a:b@git.example.com/me/garden.git", token: "tok", username: "me" });
	expect(c.headers()).toEqual({ Authorization: `Basic ${btoa("me:tok")}` });
	expect(gitConnection(base).headers()).toEqual({});
	expect(gitConnection({ ...base, token: "tok" }).headers()).toEqual({ Authorization: `Basic ${btoa("x-access-token:tok")}` });
});

test("not an HTTP(S) clone URL, or a token over plain HTTP to another machine, is refused", () => {
	expect(refused({ remoteUrl: "git@github.com:me/garden.git" }).message).toContain("is not an HTTPS clone URL");
	expect(refused({ remoteUrl: "https://github.com" }).kind).toBe("settings");
	expect(refused({ remoteUrl: "http://git.example.com/me/garden.git", token: "tok" }).message).toContain("plain HTTP");
	expect(gitConnection({ ...base, remoteUrl: "http://127.0.0.1:8080/site.git", token: "tok" }).remoteUrl).toBe("http://127.0.0.1:8080/site.git");
	expect(gitConnection({ ...base, remoteUrl: "http://git.example.com/me/garden.git" }).headers()).toEqual({});
});

test("the site folder and the manifest must stay inside the repository, out of .git", () => {
	for (const path of ["../up", "a/../../b", ".git", "site/.GIT/x"]) expect(refused({ path }).kind).toBe("invalid-file");
	expect(refused({ manifestFile: "../manifest.json" }).message).toContain("The manifest file");
	const c = gitConnection({ ...base, path: "/./docs//site/" });
	expect(c.sitePath).toBe("docs/site");
	expect(c.manifestPath).toBe("docs/site/.podcast-garden/manifest.json");
	expect(gitConnection(base).manifestPath).toBe(".podcast-garden/manifest.json");
	expect(c.gitdir).toBe("/cache/git.example.com-me-garden.git--main");
	expect(c.where).toBe("https://git.example.com/me/garden.git (branch main)");
});
