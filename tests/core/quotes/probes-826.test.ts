// Forms found in the real notes of probes 826 onwards (decision 122), each with the look-alike it must leave alone.
import { expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";

const said = (note: string, path = "a.md") => parseNote(path, note).quotes.map((q) => [q.line, q.speaker]);

test("a component naming its speaker (`<Dialogue role=\"Billy\">…</Dialogue>`) is that speaker's turn; an ARIA role on an HTML element names nobody", () => {
	const note = [
		"<Scene>A room; the television is on.</Scene>",
		"",
		'<Dialogue role="⌈ Miguel ⌋">Look at this news!</Dialogue>',
		"",
		"<Action>The boy walks in.</Action>",
		"",
		'<Dialogue role="Billy">What is it this time?</Dialogue>',
		"",
		"<Line speaker='Nicole'>We have work to do.</Line>",
		"",
		'<span role="note">Remember to water the plants.</span>',
		"",
		'<Dialogue role="Billy"></Dialogue>',
	].join("\n");
	expect(said(note)).toEqual([
		[3, "Miguel"],
		[7, "Billy"],
		[9, "Nicole"],
	]);
});
