// Every page of a sample publish is valid HTML (html-validate's recommended rules) and has the structure
// keyboard and screen-reader users rely on: a skip link first, header / nav / main / footer landmarks,
// one h1, a labelled search input.
import * as path from "path";
import { HtmlValidate } from "html-validate";
import { cli, readTree, writeVault } from "./disk";
import { tempDir } from "../../helpers/temp";
import { fixture367, FIXTURE_367_NAME } from "./vault";

const VAULT: Record<string, string> = {
	[`Podcasts/${FIXTURE_367_NAME}`]: fixture367(),
	"Essay.md": [
		"---",
		"dg-publish: true",
		"tags: [garden, essay]",
		"---",
		"# Essay heading",
		"Text with a [[Podcasts/367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI|link]], `code` and a footnote.[^1]",
		"",
		"| Who | Said |",
		"| --- | --- |",
		"| Ana | [[Essay#Essay heading|here]] |",
		"",
		"> [!note] A callout",
		"> with words",
		"",
		"- [ ] a task",
		"- [x] done",
		"",
		"```js",
		"const a = 1;",
		"```",
		"",
		"![[Private]]",
		"",
		"[^1]: The footnote.",
	].join("\n"),
	"東京.md": "---\ndg-publish: true\n---\n> 東京の未来について話しました。 – 山田太郎\n\n> 日本語の引用です。 – 山田太郎\n",
	"Home.md": "---\ndg-publish: true\ndg-home: true\n---\n# Welcome\nThe garden's home.\n",
	"Private.md": "not published\n",
};

let pages: Map<string, string>;

beforeAll(async () => {
	const root = tempDir("pg-site-html-");
	writeVault(path.join(root, "vault"), VAULT);
	const result = await cli([path.join(root, "vault"), "--out", path.join(root, "site")]);
	expect(result.err).toBe("");
	expect(result.code).toBe(0);
	const tree = readTree(path.join(root, "site"));
	pages = new Map([...tree].filter(([p]) => p.endsWith(".html")).map(([p, b]) => [p, b.toString("utf8")]));
});

test("every page passes html-validate's recommended rules", async () => {
	expect(pages.size).toBeGreaterThan(8);
	// Quote ids (`q…-…`) and heading slugs are valid HTML ids; "relaxed" allows ids that are not CSS identifiers.
	// A page's <title> is the note's own title: shortening a long episode name would hide words from readers.
	const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "valid-id": ["error", { relaxed: true }], "long-title": "off" } });
	const problems: string[] = [];
	for (const [file, html] of pages) {
		const report = await validator.validateString(html, file);
		for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems).toEqual([]);
});

test("every page: skip link first, then header with nav, one main it targets, footer; main opens with the page's h1", () => {
	for (const [file, html] of pages) {
		const body = html.slice(html.indexOf("<body"));
		const order = ["skip-link", "<header", "<nav", "<main", "<footer"].map((mark) => body.indexOf(mark));
		expect([file, order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))]).toEqual([file, true]);
		expect([file, body.match(/<main id="main"/g)?.length]).toEqual([file, 1]);
		expect(body).toContain('<a class="skip-link" href="#main">Skip to content</a>');
		// A redirect page has its one line and no heading. (A note's own `# Heading` is a second h1, as in Obsidian.)
		if (!html.includes('http-equiv="refresh"')) expect([file, /<main id="main" tabindex="-1">\n(<article class="(note|quote-page)">\n)?<h1>/.test(html)]).toEqual([file, true]);
		expect(html).toContain('type="application/atom+xml"');
	}
});

test("the search input has a visible label and a status the screen reader announces", () => {
	const search = pages.get("search/index.html") ?? "";
	expect(search).toContain('<label for="pg-search-input">');
	expect(search).toContain('id="pg-search-input"');
	expect(search).toMatch(/id="pg-search-status" aria-live="polite"/);
	expect(search).toContain('role="search"');
});
