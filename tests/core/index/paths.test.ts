// Which vault paths the quote index reads (one rule for the plugin's VaultSource and the CLI's disk reader).
import { indexedPathTest, isIndexedPath, isPublishTempFolder } from "../../../src/core/index";

const paths = { outputFolder: "Published site", configDir: ".obsidian" };

describe("isIndexedPath", () => {
	test("skips the output folder, its temporary siblings and the config folder", () => {
		expect(isIndexedPath("Podcasts/a.md", paths)).toBe(true);
		expect(isIndexedPath("Published site/src/site/notes/a.md", paths)).toBe(false);
		expect(isIndexedPath("Published site.pg-new/a.md", paths)).toBe(false);
		expect(isIndexedPath("Published site.pg-old/notes/a.md", paths)).toBe(false);
		expect(isIndexedPath(".obsidian/plugins/podcast-garden/git-cache/notes/a.md", paths)).toBe(false);
	});

	test("only whole folder names match; a name merely starting like the folder is indexed", () => {
		expect(isIndexedPath("Published site notes/a.md", paths)).toBe(true);
		expect(isIndexedPath("Published site.md", paths)).toBe(true);
		expect(isIndexedPath("Archive/Published site/a.md", paths)).toBe(true);
	});

	test("the folder setting is normalised; an empty one skips nothing but temporary folders", () => {
		expect(isIndexedPath("Out/deep/a.md", { outputFolder: " /Out/ ", configDir: "" })).toBe(false);
		expect(isIndexedPath("Out/a.md", { outputFolder: "", configDir: "" })).toBe(true);
		expect(isIndexedPath("Old site.pg-old/a.md", { outputFolder: "", configDir: "" })).toBe(false);
	});

	test("temporary publish folders are named <folder>.pg-new / <folder>.pg-old", () => {
		expect(isPublishTempFolder("Site.pg-new")).toBe(true);
		expect(isPublishTempFolder("Site.pg-old")).toBe(true);
		expect(isPublishTempFolder(".pg-new")).toBe(false);
		expect(isPublishTempFolder("Site.pg-newer")).toBe(false);
	});

	test("a test made once for the folder settings answers every path as isIndexedPath does", () => {
		const settings = { outputFolder: " /Published site/ ", configDir: ".obsidian" };
		const test = indexedPathTest(settings);
		const cases = ["Podcasts/a.md", "Published site/a.md", "Published site.pg-new/a.md", "A/Old.pg-old/b/c.md", "A/B.pg-newer/c.md", ".obsidian/x.md", "Published site notes/a.md", "a.md", ".pg-new/a.md"];
		expect(cases.map(test)).toEqual([true, false, false, false, true, false, true, true, true]);
		expect(cases.map((path) => isIndexedPath(path, settings))).toEqual(cases.map(test));
	});
});
