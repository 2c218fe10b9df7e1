// Forms found in the real notes of probes 802 onwards (decision 121), each with the look-alike it must leave alone.
import { expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";

const said = (note: string, path = "a.md") => parseNote(path, note).quotes.map((q) => [q.line, q.speaker]);

test("a quote wall's headings that name the author, then link the work (`##### **David Kirsh** [Title](…)`), head the author's quotes", () => {
	const note = [
		"# Quotes",
		"",
		"#### Kevin Lynch [What Time Is This Place](https://example.org/lynch)",
		">- To attempt to preserve all of the past would be life-denying.",
		"",
		"#### **David Kirsh** [Changing the rules](https://example.org/kirsh (paper))",
		">- In a good interface, every effort is made to let users manipulate what they see.",
		"",
		"#### **Audre Lorde** [The Transformation of Silence](https://example.org/lorde)",
		">- Your silence will not protect you.",
	].join("\n");
	expect(said(note)).toEqual([
		[4, "Kevin Lynch"],
		[7, "David Kirsh"],
		[10, "Audre Lorde"],
	]);
	// Outside a quotes heading, one author's work over a quotation names nobody the note does not know.
	const reading = ["# Reading", "", "## Kevin Lynch [What Time Is This Place](https://example.org/lynch)", "", "> To attempt to preserve all of the past would be life-denying."].join("\n");
	expect(said(reading)).toEqual([[5, null]]);
});

test("a row of fields, each a bold label after a bar (`**Typ:** Vortrag | **Dauer:** 15 Min.`), is no turn; a turn holding a bar stays one", () => {
	const segment = (n: number) => [`## Segment ${n}`, `**Typ:** Vortrag | **Dauer:** ${n}5 Min. | [Slides](https://example.org/s${n})`, "", "Das Segment diente als Einführung in die Werkzeuge.", ""];
	const note = [...segment(1), ...segment(2), ...segment(3), "## Gespräch", "**Ada:** Hello there, welcome to the show.", "", "**Ben:** Thanks | glad to be here, truly.", "", "**Ada:** Let us begin.", "", "**Ben:** Sure thing."].join("\n");
	expect(said(note)).toEqual([
		[17, "Ada"],
		[19, "Ben"],
		[21, "Ada"],
		[23, "Ben"],
	]);
});

test("a Pandoc citation closing a blockquote, or alone below it, names the key's author (`[@freedmanModels2009, S. 18]`, `@braun_using_2006 [p. 79]`); a handle without a year names nobody", () => {
	const note = [
		"# Methoden",
		"",
		">However, experiments tend to be expensive, and may be impossible for",
		">ethical reasons.[@freedmanStatisticalModelsTheory2009, S. 18]",
		"",
		">El análisis temático es un método para identificar patrones en los datos.",
		"@braun_using_2006 [p. 79]",
		"",
		"> We need a radical politics of AI, that is, a politics of neural networks.",
		"",
		"[@mcquillan2019a, 1]",
		"",
		">Aplicar redes temáticas es simplemente una forma de organizar un análisis.",
		"@attride-stirling_thematic_2001",
		"",
		"> Thanks for the kind words about the release, it was a team effort. @octocat",
		"",
		"> Two sources agree on this point, as the studies show.[@lee2001; @kim2003]",
	].join("\n");
	expect(said(note)).toEqual([
		[3, "Freedman"],
		[6, "Braun"],
		[9, "Mcquillan"],
		[13, "Attride-Stirling"],
		[16, null],
		[18, null],
	]);
	expect(parseNote("a.md", note).quotes[0].text).toBe("However, experiments tend to be expensive, and may be impossible for\nethical reasons.");
});

test("a book of answers, each closed by its own `-- **Name**` line (five or more), gives each answer to its name; a question above an `**A:**` answer stays out", () => {
	const answer = (lines: string[], name: string) => [...lines, "", `-- **${name}**`, ""];
	const note = [
		"## Quels sont tes films préférés ?",
		"",
		...answer(["La trilogie Back to the Future, Begin Again.", "", "(Oui, je sais, ce ne sont que des feel good movies)."], "Alex"),
		...answer(["La Grande Vadrouille, Léon."], "Tcharly"),
		"![](./images/image8.png)",
		"",
		...answer(["* Totoro", "* Porco Rosso"], "Newton"),
		"## Ton plat préféré ?",
		"",
		...answer(["Les pâtes."], "Mez"),
		"<a name=\"q\" href=\"#q\">#</a> **Q:** Does the debugger work with async code?",
		"",
		...answer(["**A:** Yes - the debugger works with asynchronous code."], "Simon McEnlly"),
		"**Q:** Any plans for other editors?",
		...answer(["Not this year."], "Artem Govorov"),
	].join("\n");
	const quotes = parseNote("a.md", note).quotes;
	expect(quotes.map((q) => [q.line, q.endLine, q.speaker])).toEqual([
		[3, 5, "Alex"],
		[9, 9, "Tcharly"],
		[15, 16, "Newton"],
		[22, 22, "Mez"],
		[28, 28, "Simon McEnlly"],
		[33, 33, "Artem Govorov"],
	]);
	expect(quotes[2].text).toBe("* Totoro\n* Porco Rosso");
	expect(quotes[4].text).toBe("Yes - the debugger works with asynchronous code.");
	// Two signed paragraphs are no book of answers: plain prose above a signature stays prose.
	expect(said(answer(["Plain words of the writer."], "Alex").concat(answer(["More plain words."], "Ben")).join("\n"))).toEqual([]);
});

test("a preposition opening a sentence in Italian, French, Spanish or German (`Per Roberto è…`) is no part of the name after it", () => {
	const note = ["# Episodio 80", "", "Per Roberto è stata una bella scoperta.", "", "> “L'automazione ci libera tempo.”", "> — Roberto, 00:13:46"].join("\n");
	expect(said(note)).toEqual([[5, "Roberto"]]);
});

test("a roundup of reactions, three or more full names each before words wholly in German quotation marks (`Manuel Neuer: „…“`), is their turns though each speaks once; `Ausgewähltes Zitat:` names nobody", () => {
	const note = [
		"## Reaktionen",
		"",
		"Manuel Neuer: „Es werden sehr spannende Spiele gegen extrem gute Gegner.“",
		"",
		"Joshua Kimmich: „Es sind einige Teams dabei, gegen die wir noch nicht gespielt haben.“",
		"",
		"Thomas Müller: „Ich bin sehr gespannt auf die Spiele.“",
		"",
		"Ausgewähltes Zitat: „Historians of the page might want to learn from this.“",
		"",
		"Ausgewähltes Zitat: „Today, billions of websites are preserved.“",
	].join("\n");
	expect(said(note)).toEqual([
		[3, "Manuel Neuer"],
		[5, "Joshua Kimmich"],
		[7, "Thomas Müller"],
	]);
	// Two such statements are no roundup: a full name once, before a quotation, stays prose.
	expect(said(note.split("\n").slice(0, 6).join("\n"))).toEqual([]);
});

test("a studio named after its founder (`Kojima Productions`) is no full name for the founder's surname", () => {
	const note = ["Hideo Kojima's development diary was published in 2002.", "", "![Kojima Productions logo](logo.png)", "", "Kojima Productions grew out of it.", "", "## Kojima’s Inspirations", "", "> Went to Kyobashi to see a film. The first half was interesting!"].join("\n");
	expect(said(note)).toEqual([[9, "Hideo Kojima"]]);
});

test("an event a title names (`February 2026 Telephone Town Hall: Claims vs. Record`) is no speaker of the note's quotations", () => {
	const note = ["---", 'title: "February 2026 Telephone Town Hall: Claims vs. Record"', "---", "", "At the Telephone Town Hall the congressman spoke for an hour.", "", "### Claim 1", "", '> "I hope by now you know that I\'m always against government shutdowns."'].join("\n");
	expect(said(note)).toEqual([[9, null]]);
});

test("a reporter's attribution with a word before its verb (`\"…,\" Feynman had said.`, `Einstein once said`) names the speaker", () => {
	const note = ["# Genius", "", '*  "What I cannot create, I do not understand," Feynman had said.', "", '"Imagination is more important than knowledge," Albert Einstein once said.', "", '"Nature uses only the longest threads," Feynman had whispered.'].join("\n");
	expect(said(note)).toEqual([
		[3, "Feynman"],
		[5, "Albert Einstein"],
	]);
});

test("a paragraph signed by nobody known (`-- **Anonyme**`, `— Unknown`) stays a quote without a speaker; unsigned, it is no quote", () => {
	const answer = (text: string, name: string) => [text, "", `-- **${name}**`, ""];
	const note = ["## Ton plat préféré ?", "", ...answer("Les pâtes.", "Alex"), ...answer("Le riz.", "Anonyme"), ...answer("La soupe.", "Mez"), ...answer("Le pain.", "Tcharly"), ...answer("Les frites.", "Newton")].join("\n");
	expect(said(note)).toEqual([
		[3, "Alex"],
		[7, null],
		[11, "Mez"],
		[15, "Tcharly"],
		[19, "Newton"],
	]);
	expect(said('"Knowledge is power, they say."\n\n— Unknown')).toEqual([[1, null]]);
	expect(said('"Knowledge is power, they say."')).toEqual([]);
});
