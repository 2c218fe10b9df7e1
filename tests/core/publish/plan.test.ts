// The plan across publishes: new, changed (with reasons), unchanged, removed, renamed with a redirect;
// selections that leave items as they were published.
import { buildPublish, emptyManifest, publishOptions, PublishManifest } from "../../../src/core/publish";
import type { BuildRequest, PublishBuild } from "../../../src/core/publish";
import { memoryVault } from "./vault";

const flagged = (body: string, extra = ""): string => `---\ndg-publish: true\n${extra}---\n${body}\n`;

async function publish(files: Record<string, string>, manifest: PublishManifest, more: Partial<BuildRequest> = {}): Promise<PublishBuild> {
	const build = await buildPublish({ vault: memoryVault(files), manifest, options: publishOptions(), now: () => "t", ...more });
	expect(build.errors).toEqual([]);
	return build;
}

describe("publish plan", () => {
	const base: Record<string, string> = {
		"Host.md": flagged("Host embeds ![[Part]] and links [[Target]]."),
		"Part.md": flagged("Part text"),
		"Target.md": flagged("Target text"),
		"Plain.md": flagged("Plain"),
		"Mover.md": flagged("I will move"),
	};

	test("first publish: everything new; second: everything unchanged", async () => {
		const first = await publish(base, emptyManifest());
		expect(first.plan.new.map((n) => n.path)).toEqual(["Host.md", "Mover.md", "Part.md", "Plain.md", "Target.md"]);
		const second = await publish(base, first.manifest);
		expect(second.plan.unchanged).toHaveLength(5);
		expect(second.changes).toEqual({ write: [], delete: [] });
		expect(second.stats.rendered).toBe(0);
	});

	test("reasons: text, an embedded note, a linked note's URL; rename keeps a redirect; removals", async () => {
		const first = await publish(base, emptyManifest());
		const next = { ...base };
		next["Part.md"] = flagged("Part text, edited");
		next["Target.md"] = flagged("Target text", "permalink: /new-target/\n");
		delete next["Mover.md"];
		next["Moved/Mover.md"] = base["Mover.md"];
		next["Plain.md"] = "Plain, no longer flagged\n";
		const build = await publish(next, first.manifest);
		const reasons = Object.fromEntries(build.plan.changed.map((c) => [c.path, c.reasons]));
		expect(reasons).toEqual({ "Host.md": ["embed", "link"], "Part.md": ["text"], "Target.md": ["text", "url"] });
		expect(build.plan.renamed).toEqual([{ from: "Mover.md", to: "Moved/Mover.md", fromUrl: "/mover/", url: "/moved/mover/" }]);
		expect(build.plan.removed).toEqual([{ path: "Plain.md", url: "/plain/", reason: "unflagged" }]);
		expect(build.stats.rendered).toBe(4);
		const written = build.changes.write.map((f) => f.path);
		expect(written).toContain("mover/index.html");
		const redirect = build.changes.write.find((f) => f.path === "mover/index.html")?.content as string;
		expect(redirect).toContain('http-equiv="refresh" content="0; url=../moved/mover/"');
		expect(build.changes.delete).toEqual(expect.arrayContaining(["plain/index.html", ".podcast-garden/markdown/plain/index.md", "target/index.html"]));
		expect(build.changes.delete).not.toContain("mover/index.html");
		expect(build.manifest.redirects).toEqual({ "/mover/": "/moved/mover/" });
		const host = build.changes.write.find((f) => f.path === ".podcast-garden/markdown/host/index.md")?.content as string;
		expect(host).toContain("[Target](/new-target/)");
		expect(host).toContain("Part text, edited");

		delete next["Part.md"];
		const third = await publish(next, build.manifest);
		expect(third.plan.removed).toEqual([{ path: "Part.md", url: "/part/", reason: "deleted" }]);
		expect(third.plan.changed.map((c) => c.path)).toEqual(["Host.md"]);
	});

	test("a selection applies only the chosen items; the rest stays as published", async () => {
		const first = await publish(base, emptyManifest());
		const next = { ...base, "Fresh.md": flagged("Fresh"), "Plain.md": "unflagged now\n", "Part.md": flagged("Part, edited") };
		const only = await publish(next, first.manifest, { selection: new Set(["Fresh.md"]) });
		expect(only.plan.new.map((n) => n.path)).toEqual(["Fresh.md"]);
		expect(only.plan.removed).toEqual([]);
		expect(only.changes.delete).toEqual([]);
		expect(Object.keys(only.manifest.notes)).toEqual(expect.arrayContaining(["Plain.md", "Part.md", "Fresh.md"]));
		expect(only.manifest.notes["Part.md"]).toEqual(first.manifest.notes["Part.md"]);
		// The held-back edit stays listed at its published URL; the unflagged note is no longer listed.
		const home = only.changes.write.find((f) => f.path === "index.html")?.content as string;
		expect(home).toContain('href="./part/"');
		expect(home).toContain('href="./fresh/"');
		expect(home).not.toContain('href="./plain/"');
		const rest = await publish(next, only.manifest);
		expect(rest.plan.removed.map((r) => r.path)).toEqual(["Plain.md"]);
		expect(rest.plan.changed.map((c) => c.path)).toEqual(expect.arrayContaining(["Part.md"]));
	});

	test("two notes claiming one URL is an error naming both; nothing is written", async () => {
		const build = await buildPublish({ vault: memoryVault({ "A.md": flagged("a", "permalink: /same/\n"), "B.md": flagged("b", "permalink: same\n") }), manifest: emptyManifest(), options: publishOptions() });
		expect(build.errors).toHaveLength(1);
		expect(build.errors[0].message).toContain('"A.md"');
		expect(build.errors[0].message).toContain('"B.md"');
		expect(build.changes.write).toEqual([]);
	});

	test("dg-home makes the home page; a permalink on a site page is refused", async () => {
		const build = await publish({ "Home.md": flagged("Welcome home", "dg-home: true\n") }, emptyManifest());
		expect(build.plan.new[0].url).toBe("/");
		const home = build.changes.write.find((f) => f.path === "index.html")?.content as string;
		expect(home).toContain("Welcome home");
		const bad = await buildPublish({ vault: memoryVault({ "S.md": flagged("s", "permalink: /speakers/x/\n") }), manifest: emptyManifest(), options: publishOptions() });
		expect(bad.errors[0].message).toMatch(/"S.md".*site uses for its own pages/);
	});
});
