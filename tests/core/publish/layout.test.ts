// The Digital Garden layout: src/site/notes/<path>.md with the compiled frontmatter as JSON.
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import { memoryVault } from "./vault";

test("digital-garden layout writes compiled notes with JSON frontmatter and attachments under img/user", async () => {
	const vault = memoryVault({
		"Podcasts/Ep 1.md": "---\ndg-publish: true\ntags: [ai]\nsecret: hidden\n---\nSee [[Ep 2#Part|part two]], [[Private|a friend]] ![[Cover.png]] %%note to self%%\n",
		"Podcasts/Ep 2.md": "---\ndg-publish: true\ndg-home: true\n---\n# Part\n",
		"Private.md": "private",
		"Cover.png": new Uint8Array([9, 9]),
	});
	const build = await buildPublish({ vault, manifest: emptyManifest(), options: publishOptions({ layout: "digital-garden" }) });
	expect(build.errors).toEqual([]);
	const paths = build.changes.write.map((f) => f.path).sort();
	expect(paths).toEqual(["src/site/img/user/Cover.png", "src/site/notes/Podcasts/Ep 1.md", "src/site/notes/Podcasts/Ep 2.md"]);
	const ep1 = build.changes.write.find((f) => f.path === "src/site/notes/Podcasts/Ep 1.md")?.content as string;
	const [, json, body] = /^---\n(.*)\n---\n([\s\S]*)$/.exec(ep1) ?? [];
	expect(JSON.parse(json)).toEqual({ tags: ["ai"], title: "Ep 1", permalink: "/podcasts/ep-1/", "dg-publish": true });
	expect(body).toBe("See [[Podcasts/Ep 2#Part|part two]], a friend ![](/img/user/Cover.png)\n");
	const ep2 = build.changes.write.find((f) => f.path === "src/site/notes/Podcasts/Ep 2.md")?.content as string;
	expect(ep2).toContain('"dg-home":true');
	expect(ep2).toContain('"permalink":"/"');
});
