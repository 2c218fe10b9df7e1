// What the parser reads only when a quote asks for it (decision 79): the note's subject (its title's person,
// or the one person its prose says speaks), which walks the whole body, and the name in the line before a
// paragraph, which only a quoted paragraph needs.
import { parseNote } from "../../../src/core/note";
import * as context from "../../../src/core/quotes/context";
import * as prose from "../../../src/core/quotes/prose-speaker";

const showNote = (quote: string) => `# Pivot: 9/16/2025\n\nScott Galloway predicts the market turns.\n\n${quote}\n`;

describe("the note's subject", () => {
	afterEach(() => jest.restoreAllMocks());

	it("is not read when every quote is attributed", () => {
		const read = jest.spyOn(prose, "proseSpeaker");
		const record = parseNote("Pivot.md", showNote("> Valuations follow rates. – Kara Swisher"));
		expect(record.quotes.map((q) => q.speaker)).toEqual(["Kara Swisher"]);
		expect(read).not.toHaveBeenCalled();
	});

	it("is read for a quote nothing else attributes, and gives it its speaker", () => {
		const read = jest.spyOn(prose, "proseSpeaker");
		const record = parseNote("Pivot.md", showNote("> Valuations follow rates."));
		expect(record.quotes.map((q) => [q.speaker, q.inferred])).toEqual([["Scott Galloway", expect.any(String)]]);
		expect(read).toHaveBeenCalledTimes(1);
	});
});

describe("the line before a paragraph", () => {
	afterEach(() => jest.restoreAllMocks());

	it("is not read for a name when the paragraph is prose", () => {
		const read = jest.spyOn(context, "leadInName");
		const record = parseNote("Journal.md", "## Monday\n\nAda Brook walked to the river.\nThe water was high.\n\nWe talked about rivers for an hour.\n");
		expect(record.quotes).toEqual([]);
		expect(read).not.toHaveBeenCalled();
	});

	it("is read when the paragraph is a quotation, and names its speaker", () => {
		const read = jest.spyOn(context, "leadInName");
		const record = parseNote("Talk.md", "Ada Brook said:\n\n\"Rivers remember every flood.\"\n");
		expect(record.quotes.map((q) => [q.kind, q.speaker])).toEqual([["paragraph", "Ada Brook"]]);
		expect(read).toHaveBeenCalled();
	});
});
