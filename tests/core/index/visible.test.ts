import { describe, expect, test } from "@jest/globals";
import { QuoteIndex } from "../../../src/core/index";
import { VisibleQuotes } from "../../../src/core/index/visible";

function indexOf(notes: Record<string, string>): QuoteIndex {
	const index = new QuoteIndex();
	index.upsertMany(Object.entries(notes).map(([path, text]) => ({ path, text })));
	return index;
}

describe("VisibleQuotes", () => {
	const notes = {
		"a.md": "> Alpha words. – Sam Altman\n\n> Beta words. – Lex Fridman\n",
		"b.md": "> Gamma words. – Sam Altman\n",
	};

	test("leaves hidden quotes out of all(), every filter and a note's quotes; nothing hidden is the index itself", () => {
		const index = indexOf(notes);
		const visible = new VisibleQuotes(index);
		expect(visible.all()).toBe(index.all());
		const beta = index.all().find((q) => q.text === "Beta words.")!;
		visible.setHidden([beta.id]);
		expect(visible.all().map((q) => q.text)).toEqual(["Alpha words.", "Gamma words."]);
		// The same list until the index or the hidden set changes (the search keys its work by it).
		expect(visible.all()).toBe(visible.all());
		expect(visible.quotes({ path: "a.md" }).map((q) => q.text)).toEqual(["Alpha words."]);
		expect(visible.quotes({ query: "words" })).toHaveLength(2);
		expect(visible.quotes({ speakers: ["Lex Fridman"] })).toEqual([]);
		expect(index.all()).toHaveLength(3);
		visible.setHidden([]);
		expect(visible.all()).toBe(index.all());
		// An id whose quote was since edited away hides nothing and copies nothing.
		visible.setHidden(["no-such-quote"]);
		expect(visible.all()).toBe(index.all());
		// The first and the last quote hidden: the cut works at both ends.
		const all = index.all();
		visible.setHidden([all[0].id, all[2].id]);
		expect(visible.all()).toEqual([all[1]]);
	});

	test("a change of the hidden set is a new revision that listeners hear of; index changes still reach them", () => {
		const index = indexOf(notes);
		const visible = new VisibleQuotes(index);
		const heard: number[] = [];
		const stop = visible.onChange((r) => heard.push(r));
		const before = visible.revision;
		visible.setHidden([index.all()[0].id]);
		expect(visible.revision).toBeGreaterThan(before);
		expect(heard).toEqual([visible.revision]);
		index.upsert({ path: "c.md", text: "> Delta words. – Sam Altman\n" });
		expect(heard).toHaveLength(2);
		expect(visible.all().map((q) => q.text)).toEqual(["Beta words.", "Gamma words.", "Delta words."]);
		stop();
		visible.setHidden([]);
		index.remove("c.md");
		expect(heard).toHaveLength(2);
	});
});
