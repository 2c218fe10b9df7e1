// The note's subject (its title's person, or the one person its prose says speaks) is read only for a quote
// nothing else attributes: reading it walks the whole body, and most notes attribute every quote.
import { parseNote } from "../../../src/core/note";
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
