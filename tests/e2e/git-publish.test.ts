// The git target through the CLI's host pieces (disk cache, Node http) against a real `git http-backend`:
// first publish, one edit, a deletion, a rename, each checked with the git CLI on a fresh clone.
import * as fs from "fs";
import * as path from "path";
import { createCliGitTarget } from "../../src/cli/git-target";
import { emptyManifest } from "../../src/core/publish/types";
import type { GitPublishTarget } from "../../src/core/publish/git";
import { gitAsync, runGit, startGitServer } from "../helpers/git-server";
import type { GitTestServer } from "../helpers/git-server";
import { tempDir } from "../helpers/temp";
import { buildSite, diffSites, fixtureNotes, slug } from "./git-site";
import type { BuiltSite } from "./git-site";

let server: GitTestServer;
let work: string;

beforeAll(async () => {
	server = await startGitServer();
	work = tempDir("pg-git-publish-");
});

afterAll(async () => {
	await server.close();
});

function target(extra: { createBranch?: boolean } = {}): GitPublishTarget {
	return createCliGitTarget({
		remote: server.url,
		branch: "main",
		path: "site",
		cacheDir: path.join(work, "cache"),
		createBranch: extra.createBranch ?? true,
		createPath: true,
		env: { PODCAST_GARDEN_GIT_TOKEN: server.password, PODCAST_GARDEN_GIT_USER: server.username, PODCAST_GARDEN_GIT_AUTHOR_NAME: "Garden Bot", PODCAST_GARDEN_GIT_AUTHOR_EMAIL: "bot@example.com" },
	});
}

let cloneCount = 0;
async function freshClone(): Promise<string> {
	const dir = path.join(work, `clone-${++cloneCount}`);
	await gitAsync(["clone", "--quiet", "--branch", "main", server.authedUrl, dir]);
	return dir;
}

/** `git show --name-status` of HEAD in a fresh clone: [status, path...] rows. */
function headChanges(dir: string): string[][] {
	return runGit(["show", "--format=", "--name-status", "-M", "HEAD"], dir)
		.trim()
		.split("\n")
		.filter((l) => l.length > 0)
		.map((l) => l.split("\t"));
}

function fsckClean(dir: string): void {
	const out = runGit(["fsck", "--strict", "--no-dangling", "--no-progress"], dir);
	expect(out.trim()).toBe("");
}

describe("git target over Node http (CLI host)", () => {
	const notes = fixtureNotes();
	let site: BuiltSite;
	const editedNote = "real/jocko-260-readwise.md";
	const deletedNote = "real/huberman-14-term-labels.md";
	const renamedFrom = "real/leopold-prose-attribution.md";
	const renamedTo = "real/leopold-situational-awareness.md";
	const bytes: Record<string, number> = {};

	test("first publish: one commit with every file and the manifest", async () => {
		const t = target();
		expect(t.describe()).toBe(`git ${server.url} (main) /site`);
		expect(await t.readManifest()).toEqual(emptyManifest());
		site = buildSite(notes);
		const progress: string[] = [];
		server.resetCounters();
		const result = await t.commit(diffSites(null, site), site.manifest, "Publish garden", { onProgress: (p) => progress.push(p.step) });
		bytes.full = server.uploadedBytes();
		expect(result.changed).toBe(true);
		expect(result.ref).toMatch(/^[0-9a-f]{40}$/);
		expect(result.manifest).toEqual(site.manifest);
		expect(progress.some((s) => s.startsWith("Pushing commit"))).toBe(true);

		const clone = await freshClone();
		expect(runGit(["rev-parse", "HEAD"], clone).trim()).toBe(result.ref);
		expect(runGit(["log", "--format=%an <%ae>|%s"], clone).trim()).toBe("Garden Bot <bot@example.com>|Publish garden");
		const files = runGit(["ls-files"], clone).trim().split("\n");
		expect(files).toHaveLength(site.files.length + 1);
		expect(files).toContain("site/.podcast-garden/manifest.json");
		expect(files).toContain(`site/${slug(editedNote)}/index.html`);
		expect(fs.readFileSync(path.join(clone, "site/favicon.png"))).toEqual(Buffer.from(site.files.find((f) => f.path === "favicon.png")!.content as Uint8Array));
		const body = runGit(["log", "-1", "--format=%b"], clone);
		expect(body).toContain(`Added (${site.files.length}):`);
		expect(JSON.parse(fs.readFileSync(path.join(clone, "site/.podcast-garden/manifest.json"), "utf8"))).toEqual(site.manifest);
		fsckClean(clone);
		fsckClean(server.bareDir);

		// A second target with a fresh cache reads the manifest back from the remote.
		const other = createCliGitTarget({ remote: server.url, branch: "main", path: "site", cacheDir: path.join(work, "cache-2"), env: { PODCAST_GARDEN_GIT_TOKEN: server.password, PODCAST_GARDEN_GIT_USER: server.username } });
		expect(await other.readManifest()).toEqual(site.manifest);
	});

	test("publishing the same site again makes no commit", async () => {
		const t = target();
		const before = runGit(["rev-parse", "main"], server.bareDir).trim();
		const again = buildSite(notes);
		const result = await t.commit({ write: again.files, delete: [] }, { ...again.manifest, publishedAt: "2026-11-26T05:10:00.000Z" }, "Publish garden");
		expect(result.changed).toBe(false);
		expect(result.ref).toBe(before);
		// The preview's diff reads published files back from the fetched branch.
		expect(await t.readFile!(`${slug(editedNote)}/index.html`)).toBe(site.files.find((f) => f.path === `${slug(editedNote)}/index.html`)!.content);
		expect(await t.readFile!("no/such/file.html")).toBeNull();
		expect(runGit(["rev-parse", "main"], server.bareDir).trim()).toBe(before);
	});

	test("one edited note: the commit holds only that note's files and the manifest", async () => {
		const t = target();
		const edited = new Map(notes);
		edited.set(editedNote, notes.get(editedNote)! + "\n> Discipline equals freedom. – Jocko Willink\n");
		const next = buildSite(edited);
		server.resetCounters();
		const preview = await t.preview(diffSites(site, next), next.manifest, "Update one note");
		expect(preview.willCommit).toBe(true);
		expect(preview.summary.changed).toEqual([`site/${slug(editedNote)}/index.html`, `site/${slug(editedNote)}/quotes.json`]);
		const result = await t.commit(diffSites(site, next), next.manifest, "Update one note");
		bytes.incremental = server.uploadedBytes();
		expect(result.changed).toBe(true);
		const clone = await freshClone();
		const changes = headChanges(clone);
		expect(changes).toEqual([
			["M", "site/.podcast-garden/manifest.json"],
			["M", `site/${slug(editedNote)}/index.html`],
			["M", `site/${slug(editedNote)}/quotes.json`],
		]);
		expect(runGit(["show", "--stat", "--format=%s", "HEAD"], clone)).toContain("3 files changed");
		expect(runGit(["log", "-1", "--format=%B"], clone)).toBe(preview.message + "\n");
		expect(runGit(["rev-list", "--count", "HEAD"], clone).trim()).toBe("2");
		fsckClean(clone);
		expect(bytes.incremental).toBeLessThan(bytes.full / 5);
		site = next;
	});

	test("a deleted note removes exactly its files", async () => {
		const remaining = new Map([...notes].filter(([p]) => p !== deletedNote));
		remaining.set(editedNote, notes.get(editedNote)! + "\n> Discipline equals freedom. – Jocko Willink\n");
		const next = buildSite(remaining);
		const result = await target().commit(diffSites(site, next), next.manifest, "Remove a note");
		expect(result.changed).toBe(true);
		const clone = await freshClone();
		const changes = headChanges(clone);
		expect(changes.filter(([s]) => s === "D").map(([, p]) => p)).toEqual([`site/${slug(deletedNote)}/index.html`, `site/${slug(deletedNote)}/quotes.json`]);
		expect(changes.filter(([s]) => s === "A")).toEqual([]);
		expect(fs.existsSync(path.join(clone, "site", slug(deletedNote)))).toBe(false);
		expect(runGit(["log", "-1", "--format=%b"], clone)).toContain("Deleted (2):");
		fsckClean(clone);
		site = next;
	});

	test("a renamed note moves its files in one commit and git sees a rename", async () => {
		const renamed = new Map<string, string>();
		for (const [p, text] of fixtureNotes()) {
			if (p === deletedNote) continue;
			renamed.set(p === renamedFrom ? renamedTo : p, p === editedNote ? text + "\n> Discipline equals freedom. – Jocko Willink\n" : text);
		}
		const next = buildSite(renamed);
		// The page shows the note path, so only quotes.json keeps identical bytes; git still pairs both by content.
		const result = await target().commit(diffSites(site, next), next.manifest, "Rename a note");
		expect(result.changed).toBe(true);
		const clone = await freshClone();
		const changes = headChanges(clone);
		const renames = changes.filter(([s]) => s.startsWith("R"));
		expect(renames.map(([, from, to]) => [from, to])).toContainEqual([`site/${slug(renamedFrom)}/quotes.json`, `site/${slug(renamedTo)}/quotes.json`]);
		expect(fs.existsSync(path.join(clone, "site", slug(renamedFrom)))).toBe(false);
		expect(fs.existsSync(path.join(clone, "site", slug(renamedTo), "index.html"))).toBe(true);
		expect(runGit(["log", "-1", "--format=%b"], clone)).toContain(`site/${slug(renamedFrom)}/quotes.json → site/${slug(renamedTo)}/quotes.json`);
		expect(runGit(["rev-list", "--count", "HEAD"], clone).trim()).toBe("4");
		fsckClean(clone);
		fsckClean(server.bareDir);
		site = next;
	});

	afterAll(() => {
		fs.mkdirSync(path.join(__dirname, "..", ".output"), { recursive: true });
		fs.writeFileSync(path.join(__dirname, "..", ".output", "git-bytes.json"), JSON.stringify(bytes, null, 2));
	});
});
