// Site-wide pages for many quotes: speaker and quotes pages split into pages, each quote on exactly one.
import { HtmlValidate } from "html-validate";
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import { QUOTES_PER_PAGE } from "../../../src/core/publish/site";
import { memoryVault } from "./vault";

test("long speaker and quote lists are paged; every quote appears once per list", async () => {
	const files: Record<string, string> = {};
	for (let n = 0; n < 9; n++) {
		const quotes = Array.from({ length: 50 }, (_, k) => `> Quote number ${n}-${k} about building. – Sam Altman\n`).join("\n");
		files[`Ep ${n}.md`] = `---\ndg-publish: true\nshow: Lex Fridman Podcast\n---\n${quotes}`;
	}
	const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions() });
	expect(build.errors).toEqual([]);
	const page = (path: string): string => (build.changes.write.find((f) => f.path === path)?.content as string | undefined) ?? "";
	const pages = Math.ceil(450 / QUOTES_PER_PAGE);
	const figures = (html: string): string[] => [...html.matchAll(/<figure class="pg-quote" id="([^"]+)">/g)].map((m) => m[1]);
	for (const base of ["speakers/sam-altman", "quotes"]) {
		const ids: string[] = [];
		for (let i = 1; i <= pages; i++) {
			const html = page(i === 1 ? `${base}/index.html` : `${base}/${i}/index.html`);
			expect(html).toContain(`Page ${i} of ${pages}`);
			ids.push(...figures(html));
		}
		expect(ids).toHaveLength(450);
		expect(new Set(ids).size).toBe(450);
		expect(page(`${base}/${pages + 1}/index.html`)).toBe("");
	}
	expect(page("speakers/sam-altman/2/index.html")).toContain('<a rel="prev" href="../../../speakers/sam-altman/">Previous</a>');
	const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "valid-id": ["error", { relaxed: true }] } });
	const report = await validator.validateString(page("quotes/2/index.html"));
	expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
});
