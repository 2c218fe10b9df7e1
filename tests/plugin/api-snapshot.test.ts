// The index changes its quote list in place at an edit (decision 73); what the public API hands other plugins
// must not change under their feet: `quotes()` gives a new array each call, unchanged by later edits.
import { describe, expect, test } from "@jest/globals";
import { QuoteIndex } from "../../src/core/index";
import { VisibleQuotes } from "../../src/core/index/visible";
import { createAPI } from "../../src/plugin/api";

describe("getAPI().quotes()", () => {
	test("is the caller's own array: later edits, additions and hidden quotes leave it as it was", () => {
		const index = new QuoteIndex();
		const note = (path: string, words: string) => ({ path, text: `---\nshow: S\n---\n> ${words}. – Sam Altman\n\n> More ${words}. – Anna Lembke\n` });
		index.upsertMany([note("a.md", "Alpha"), note("b.md", "Beta")]);
		const visible = new VisibleQuotes(index);
		const api = createAPI(visible, async () => undefined);
		for (const filter of [undefined, {}, { query: "more" }, { path: "a.md" }]) {
			const got = api.quotes(filter);
			const texts = got.map((q) => q.text);
			expect(api.quotes(filter)).not.toBe(got);
			index.upsert(note("a.md", `Edited ${texts.length}`));
			index.upsert(note("c.md", "Gamma"));
			visible.setHidden([index.all()[0].id]);
			api.quotes(filter);
			expect(got.map((q) => q.text)).toEqual(texts);
			visible.setHidden([]);
		}
	});
});
