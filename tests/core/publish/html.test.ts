// Every generated page is valid HTML (html-validate, its recommended rules).
import { HtmlValidate } from "html-validate";
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import { fixture367, FIXTURE_367_NAME, memoryVault } from "./vault";

const NOTES = {
	[`010 Inbox/${FIXTURE_367_NAME}`]: fixture367(),
	"Mixed.md": [
		"---",
		"dg-publish: true",
		"title: Mixed <b>markup</b> & more",
		"---",
		"# A heading",
		"",
		"> [!tip] A callout",
		"> with **bold** and ==marks== and a footnote[^1].",
		"",
		"- list quote \"Keep going.\" – Ana Ruiz",
		"",
		"Raw <div onclick=\"x()\">html</div> and <script>alert(1)</script>",
		"",
		"| a | b |",
		"| - | - |",
		"| [[Target]] | ![[pic.png]] |",
		"",
		"```js",
		"const x = '<b>';",
		"```",
		"",
		"[^1]: The footnote.",
	].join("\n"),
	"Target.md": "---\ndg-publish: true\n---\nTarget ^blk",
	"Moved.md": "---\ndg-publish: true\n---\nmoved",
	"pic.png": new Uint8Array([1, 2, 3]),
};

test("every page passes html-validate's recommended rules", async () => {
	const build = await buildPublish({ vault: memoryVault(NOTES), manifest: emptyManifest(), options: publishOptions({ baseUrl: "https://garden.example.com" }) });
	expect(build.errors).toEqual([]);
	const pages = build.changes.write.filter((f) => f.path.endsWith(".html"));
	expect(pages.length).toBeGreaterThan(8);
	const validator = new HtmlValidate({
		extends: ["html-validate:recommended"],
		rules: {
			// Ids only have to be HTML5-valid (Obsidian block ids are `^id`, slugs may start with a digit).
			"valid-id": ["error", { relaxed: true }],
			// A search-engine style hint, not validity: note titles are as long as their authors made them.
			"long-title": "off",
		},
	});
	const problems: string[] = [];
	for (const page of pages) {
		const report = await validator.validateString(page.content as string, page.path);
		for (const result of report.results) for (const m of result.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems).toEqual([]);
});
