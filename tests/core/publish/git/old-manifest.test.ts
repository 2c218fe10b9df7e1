// The git target reads a manifest that an older version pushed (format 1, quote pages as paths) as the
// current format, and refuses one from a newer version with a message that says to update.
import * as fs from "fs";
import * as path from "path";
import http from "isomorphic-git/http/node";
import { gitConnection } from "../../../../src/core/publish/git/connection";
import { GitRemote } from "../../../../src/core/publish/git/remote";
import { entryFiles, MANIFEST_VERSION } from "../../../../src/core/publish";
import { gitAsync, startGitServer, type GitTestServer } from "../../../helpers/git-server";
import { tempDir } from "../../../helpers/temp";

let server: GitTestServer;
let work: string;

beforeAll(async () => {
	server = await startGitServer();
	work = tempDir("pg-git-old-manifest-");
});

afterAll(async () => {
	await server.close();
});

const recorded = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../fixtures/publish/manifest-v1.json"), "utf8")) as { manifests: { site: { notes: Record<string, { files: string[] }> } } };

/** Pushes `manifest` as the site's manifest file from another clone, as an older or newer version would. */
async function pushManifest(manifest: unknown, n: number): Promise<void> {
	const dir = fs.mkdtempSync(path.join(work, "other-"));
	await gitAsync(["clone", "--quiet", server.bareDir, dir]);
	fs.mkdirSync(path.join(dir, ".podcast-garden"), { recursive: true });
	fs.writeFileSync(path.join(dir, ".podcast-garden/manifest.json"), `${JSON.stringify(manifest, null, "\t")}\n`);
	await gitAsync(["add", "-A"], dir);
	await gitAsync(["-c", "user.name=Old", "-c", "user.email=old@example.com", "commit", "--quiet", "-m", `Manifest ${n}`], dir);
	await gitAsync(["push", "--quiet", "origin", "HEAD:main"], dir);
}

function remoteFor(cache: string): GitRemote {
	return new GitRemote(fs, http, gitConnection({ remoteUrl: server.url, branch: "main", cacheDir: path.join(work, cache), username: server.username, token: server.password }), true);
}

test("a format-1 manifest on the branch is read as the current format, owning the same files", async () => {
	await pushManifest(recorded.manifests.site, 1);
	const remote = remoteFor("cache-a");
	const manifest = await remote.readManifestAt(await remote.fetchBase(() => undefined));
	expect(manifest.version).toBe(MANIFEST_VERSION);
	for (const [note, entry] of Object.entries(manifest.notes)) expect(entryFiles(entry)).toEqual(recorded.manifests.site.notes[note].files);
});

test("a manifest from a newer version: the error says to update, not that the file is damaged", async () => {
	await pushManifest({ ...recorded.manifests.site, version: MANIFEST_VERSION + 1 }, 2);
	const remote = remoteFor("cache-b");
	const base = await remote.fetchBase(() => undefined);
	await expect(remote.readManifestAt(base)).rejects.toThrow(`was written by a newer version of Podcast Garden (manifest format ${MANIFEST_VERSION + 1}; this version reads format ${MANIFEST_VERSION} and older). Update the plugin or the CLI, then publish again.`);
});
