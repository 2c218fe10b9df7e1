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

test("a bold label in corner brackets (`**「公子」：**`) is the character it names; a corner-bracketed phrase in the words is no label", () => {
	const note = ["**「公子」：**你们终于回来了，绝云间之行成果如何？", "", "**派蒙：**仙祖法蜕？", "", "**「公子」：**以璃月的常识而言，岩王帝君也是一位仙人嘛。", "", "**派蒙：**这样啊…难怪他们对璃月的事这么上心。", "", "他说「没错」：然后离开了。"].join("\n");
	expect(said(note)).toEqual([
		[1, "公子"],
		[3, "派蒙"],
		[5, "公子"],
		[7, "派蒙"],
	]);
});

test("a tilde and a name alone below a blockquote (`~ Harold Abelson`) name its speaker; a tilde set against a word (`~approx.`) does not", () => {
	const note = ["# Quotes", "", "> Programs must be written for people to read.", "", "~ Harold Abelson", "", "## Maths", "", "> Roughly two hundred readers.", "", "~Approx Numbers"].join("\n");
	expect(said(note)).toEqual([
		[3, "Harold Abelson"],
		[9, null],
	]);
});

test("an Admonition quote block (```` ```ad-quote ````) is read as the callout it shows, its options no words; other fences stay code", () => {
	const note = [
		"# Models",
		"",
		"```ad-quote",
		"title: On models",
		"collapse: open",
		'_"All models are wrong, but some are useful."_ - **George Box**',
		"```",
		"",
		"```ad-warning",
		'"Never trust a model." - **Someone Else**',
		"```",
		"",
		"```js",
		'const s = "Hello" - Jane Doe;',
		"```",
	].join("\n");
	const quotes = parseNote("a.md", note).quotes;
	expect(quotes.map((q) => [q.line, q.endLine, q.speaker, q.text])).toEqual([[3, 6, "George Box", '_"All models are wrong, but some are useful."_']]);
});

test("a line or heading that says whose quotes follow (`Here are some of the quotes by Jeff Bezos himself.`) makes the plain items right below it his sayings", () => {
	const note = [
		"Jeff Bezos founded Amazon in 1994.",
		"",
		"**Here are some of the quotes by Jeff Bezos himself. We hope you find them useful.**",
		"",
		"1. A brand for a company is like a reputation for a person.",
		"2. Life is too short to hang out with people who are not resourceful.",
		"3. [An interview with him](https://example.org/interview)",
		"",
		"Some of my own notes follow.",
		"",
		"- Write every morning before breakfast, whatever happens.",
		"",
		"## Quotes by Ada Lovelace",
		"",
		"- The more I study, the more insatiable do I feel my genius for it to be.",
		"- Engine: a machine that weaves algebraic patterns.",
	].join("\n");
	expect(said(note)).toEqual([
		[5, "Jeff Bezos"],
		[6, "Jeff Bezos"],
		[15, "Ada Lovelace"],
	]);
});

test("an HTML blockquote's cite after a horizontal bar (`<cite>― Thomas Merton</cite>`) names its speaker, as after a dash", () => {
	const note = [
		'<div class="pa4">',
		'  <blockquote class="athelas">',
		'    <p class="f5">',
		"      “Peace demands the most heroic labor and the most difficult sacrifice.”",
		"    </p>",
		'    <cite class="f6">― Thomas Merton</cite>',
		"  </blockquote>",
		"</div>",
	].join("\n");
	expect(said(note)).toEqual([[2, "Thomas Merton"]]);
});

test("a quote callout's title that leads in (`> [!cite]- Conforme diz Hans K. LaRondelle: ^[…]`) names the speaker; a verse reference as the title names nobody", () => {
	const note = [
		"> [!cite]- Conforme diz Hans K. LaRondelle: ^[Hans K. LaRondelle - O Israel de Deus]",
		"> A verdade a respeito do Corpo de Cristo foi um segredo guardado.",
		"",
		"> [!cite]- Gên. 12:1-7 - O Chamado de Abrão:",
		"> Ora, o SENHOR disse a Abrão: Sai-te da tua terra.",
		"",
		"> [!quote] As Seneca wrote:",
		"> We suffer more often in imagination than in reality.",
	].join("\n");
	expect(said(note)).toEqual([
		[1, "Hans K. LaRondelle"],
		[4, null],
		[7, "Seneca"],
	]);
});

test("a lead-in's opening words are no part of the name (`As Seneca wrote:`, `Segundo Ana Ruiz:`, `Conforme Dwight diz sobre a igreja:`)", () => {
	const note = ["As Seneca wrote:", "", "> We suffer more often in imagination than in reality.", "", "Segundo Ana Ruiz:", "", "> A igreja é o povo de Deus.", "", "Conforme Dwight diz sobre a igreja:", "", "> A igreja não estará na tribulação."].join("\n");
	expect(said(note)).toEqual([
		[3, "Seneca"],
		[7, "Ana Ruiz"],
		[11, "Dwight"],
	]);
});

test("a quote callout titled with a work and its author (`> [!quote] Still I Rise by Maya Angelou`) names the author; `by hand` names nobody", () => {
	const note = ["> [!quote] Still I Rise by Maya Angelou", "> You may write me down in history", "> With your bitter, twisted lies,", "", "> [!quote] Written by hand", "> Words copied out one evening."].join("\n");
	expect(said(note)).toEqual([
		[1, "Maya Angelou"],
		[5, null],
	]);
});

test("an MDX quote component (`<Quote caption=\"Jakob Steinn - Lead Developer\">` … `</Quote>`) credits its words to the name its attribute gives", () => {
	const note = [
		"Good Tape moved its database in a month.",
		"",
		'<Quote img="jakob.jpeg" caption="Jakob Steinn - Lead Developer at Good Tape">',
		"  My biggest regret is not having gone with Supabase from the beginning.",
		"</Quote>",
		"",
		'<QuoteCard author="Ada Brook, CTO">We shipped it in a week.</QuoteCard>',
		"",
		'<Callout type="info">',
		"  Not a quotation at all.",
		"</Callout>",
	].join("\n");
	expect(said(note)).toEqual([
		[3, "Jakob Steinn"],
		[7, "Ada Brook"],
	]);
});

test("a company or a call log named in the title (`# CloudScale Systems - Customer Interview Notes`) is nobody who speaks; a German call card's `**Datum**:` and `**Dauer**:` are fields", () => {
	const company = ["# CloudScale Systems - Customer Interview Notes", "", "## Pain points", "", '- **Quote**: "We get fifty competitive updates a week and only three matter."'].join("\n");
	expect(said(company)).toEqual([]);
	const card = ["## Call #1: Petra Müller - Einzelberatung", "**Datum**: Tag 1 - Go-Live", "**Dauer**: 45 Min", "", "## Call #2: Robert Fischer - Agentur", "**Datum**: Tag 2 - Go-Live", "**Dauer**: 50 Min"].join("\n");
	expect(said(card)).toEqual([]);
});

test("a bold name and a time linked to the moment (`**Chenyu** [[00:00:41](https://…&t=41)]`), alone on a line or as a heading, head the words below", () => {
	const url = (t: number) => `https://www.youtube.com/watch?v=abc&t=${t}`;
	const note = [
		"## Transcript",
		"",
		`**Chenyu** [[00:00:00](${url(0)})]  `,
		"I think this will be a fairly short meeting.  ",
		"",
		`**Nimlgen** [[00:01:15](${url(75)})]  `,
		"So I have nothing to talk about DSP.  ",
		"",
		`##### **Geohot** [[00:01:40](${url(100)})]`,
		"",
		"The scheduler is cleaner now.",
		"",
		`##### **Flata** [[00:02:05](${url(125)})]`,
		"",
		"Bounties are moving.",
		"",
		`##### **Geohot** [[00:02:20](${url(140)})]`,
		"",
		"Good, merge it.",
		"",
		`##### **Flata** [[00:02:30](${url(150)})]`,
		"",
		"Will do.",
	].join("\n");
	const quotes = parseNote("a.md", note).quotes;
	expect(quotes.map((q) => [q.line, q.speaker, q.timestamp])).toEqual([
		[3, "Chenyu", "00:00:00"],
		[6, "Nimlgen", "00:01:15"],
		[9, "Geohot", "00:01:40"],
		[13, "Flata", "00:02:05"],
		[17, "Geohot", "00:02:20"],
		[21, "Flata", "00:02:30"],
	]);
});

test("a trial transcript's `MR. DUGGERTY:` stays as written, not the title's `Duggerty Trial`; `T ATTORNEY:` is a role that names nobody", () => {
	const note = [
		"# Duggerty Trial 13/50",
		"",
		"MR. DUGGERTY: Yes, ma'am.",
		"",
		"T ATTORNEY: Good morning, Mr. Duggerty. I would like to ask you a few questions.",
		"",
		"MR. DUGGERTY: Well, we've been in trial for two weeks now.",
		"",
		"T ATTORNEY: Please answer with either yes or no.",
	].join("\n");
	expect(said(note)).toEqual([
		[3, "MR. DUGGERTY"],
		[5, null],
		[7, "MR. DUGGERTY"],
		[9, null],
	]);
});

test("a changelog's credits (`- @reply2za: Fixed inline rendering…`) are no chat; accounts that talk in a meeting's list still are", () => {
	const changelog = ["## 0.5.67", "", "- @reply2za: Fixed inline rendering in the reading view.", "- @carlesalbasboix: Adds sum(), avg(), min() and max() to data arrays.", "- @mnaoumov: Adds code mirror configuration for the query language.", "- @reply2za: Better handling of block ids."].join("\n");
	expect(said(changelog)).toEqual([]);
	const chat = ["## Sync", "", "- @isaacs: two weird bugs found in the lockfile, I'll look tomorrow", "- @ruyadorno: I can pair on that if you want", "- @isaacs: sure, after lunch", "- @wraithgar: I shipped the docs fix already"].join("\n");
	expect(said(chat).map(([, speaker]) => speaker)).toEqual(["isaacs", "ruyadorno", "isaacs", "wraithgar"]);
});

test("a study summary's and an exercise's labels (`> **Conclusión**: …`, `> Hint: …`, `* Hinweis: …`) name nobody", () => {
	const note = ["## Libro I", "", "> **Conclusión**: La primera definición de justicia es insuficiente.", "", "Texto.", "", "> **Conclusión**: La definición de Polemarco es también defectuosa.", "", "> Hint: use the CPA game from the chapter before.", "", "* Hinweis: im Tab _Einstellungen_", "* Hinweis: im Menü _Datei_"].join("\n");
	expect(said(note)).toEqual([]);
});

test("a play's names before long dashes in a blockquote (`> Socrate — …`, `> Polos — Oui.`) are its turns where one speaks again; a glossary's terms are none", () => {
	const dialogue = ["> Socrate — Or la médecine ne rend-elle pas capable de réfléchir ?  ", "> Polos — Nécessairement  ", "> Socrate — Alors la médecine aussi porte sur les discours.  ", "> Polos — Oui."].join("\n");
	expect(said(dialogue)).toEqual([
		[1, "Socrate"],
		[2, "Polos"],
		[3, "Socrate"],
		[4, "Polos"],
	]);
	const glossary = ["# Terms", "", "> Episteme — knowledge that is certain", "> Techne — craft, the making of things", "> Doxa — belief, opinion"].join("\n");
	expect(said(glossary).filter(([, speaker]) => speaker !== null)).toEqual([]);
});

test("a sentence's full stop inside an emphasised credit (`– **Steve Jobs.**`) is no part of the name; an initial's stays (`*Robert F.*`)", () => {
	const note = ['1. > "The only way to do great work is to love what you do."', "– **Steve Jobs.**", "", '2. > "Success is not final."', "– *Winston Churchill.*", "", '3. > "Only those who dare to fail greatly can ever achieve greatly."', "– **Robert F.**"].join("\n");
	expect(said(note)).toEqual([
		[1, "Steve Jobs"],
		[4, "Winston Churchill"],
		[7, "Robert F."],
	]);
});

test("a German board's minutes (`Thema: Mietvertrag`, `Gesprächsdauer: 10 min`, `**Nächste Schritte:** …`) hold fields, no voices", () => {
	const call = (n: number) => [`## Telefonat ${n}`, "", `Thema: Vertrag ${n}`, "", `Gesprächsdauer: ${n}0 min`, "", `**Nächste Schritte:** Dominik wird den Vertrag ${n} morgen unterzeichnen.`, ""];
	expect(said([...call(1), ...call(2), ...call(3)].join("\n"))).toEqual([]);
});

test("a dash inside the brackets that close a quotation (`*\"…\"* (—St. Ignatius of Loyola)`) still names the speaker", () => {
	const note = ["# Examen", "", '*"Teach us to give and not to count the cost."* (—St. Ignatius of Loyola)', "", "> Love is shown more in deeds than in words. (—Ignatius Loyola)"].join("\n");
	expect(said(note)).toEqual([
		[3, "St. Ignatius of Loyola"],
		[5, "Ignatius Loyola"],
	]);
});
