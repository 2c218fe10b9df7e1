// Speakers resolved inside one note, prose included (issue 13, point 4): a turn labelled `Paul` becomes
// the one Paul the note names in full, whatever other notes say.
import { describe, expect, test } from "@jest/globals";
import { QuoteIndex } from "../../../src/core/index";
import { parseNote } from "../../../src/core/note";
import { akaNames, mayNameHandle, namesInText } from "../../../src/core/speakers/prose";

const speakers = (text: string) => parseNote("Shows/ep.md", text).quotes.map((q) => [q.speaker, q.inferred]);
const names = (text: string) => namesInText(text.split("\n"), 0);

const TRANSCRIPT = ["# Episode 12", "", "**Host (00:00):** Today I'm joined by Paul Ortega, who rafts rivers.", "", "**Paul (02:01):** Thanks for having me.", "", "**Paul (03:10):** Rivers are roads."].join("\n");

describe("a short name from the note's own text", () => {
	test("the issue's transcript: `Paul` is the Paul Ortega its opening lines name, not another note's Paul Becker", () => {
		// The host's turn is a quote of nobody named (`Host` is a role, as `Speaker 1` is).
		expect(speakers(TRANSCRIPT)).toEqual([[null, null], ["Paul Ortega", "note-name"], ["Paul Ortega", "note-name"]]);
		const index = new QuoteIndex();
		index.upsertMany([
			{ path: "Other/becker.md", text: "> Build the boat first. – Paul Becker\n" },
			{ path: "Shows/ep.md", text: TRANSCRIPT },
		]);
		expect(index.note("Shows/ep.md")!.quotes.map((q) => q.speaker)).toEqual([null, "Paul Ortega", "Paul Ortega"]);
	});

	test("a link target names the person (`[[People/Paul Ortega|Paul]]`)", () => {
		expect(speakers("Guest: [[People/Paul Ortega|Paul]].\n\n> Rivers are roads. – Paul\n")).toEqual([["Paul Ortega", "note-name"]]);
	});

	test("a link target hidden behind other text is not a name written in the note (nor on its page)", () => {
		expect(speakers("Met [[Paul Becker|my friend]].\n\n> Rivers are roads. – Paul\n")).toEqual([["Paul", null]]);
		expect(names("See [[Paul Ortega]] and [[People/Anna Lembke|Anna]].")).toEqual(["Paul Ortega", "Anna Lembke"]);
	});

	test("the note's attributions and people come before its prose", () => {
		expect(speakers("With Paul Ortega.\n\n> Boats. – Paul Becker\n\n> Rivers. – Paul\n")).toEqual([["Paul Becker", null], ["Paul Becker", "first-name"]]);
		expect(speakers("---\nguests: [Paul Becker]\n---\nWith Paul Ortega.\n\n> Rivers. – Paul\n")).toEqual([["Paul Becker", "first-name"]]);
	});

	test("a hyphenated first name (`Marie-Sophie`) is the one full name the text begins with it; an organisation's (`US-RSE`) names nobody", () => {
		const interview = "Marie-Sophie Lacarrau (TF 1) et Julian Bugier (France 2)\n\n**Marie-Sophie :** Bonjour.\n\n**Julian :** Bonjour.\n\n**Marie-Sophie :** Merci.\n\n**Julian :** Oui.";
		expect(speakers(interview).map(([s]) => s)).toEqual(["Marie-Sophie Lacarrau", "Julian Bugier", "Marie-Sophie Lacarrau", "Julian Bugier"]);
		const newsletter = "* [US-RSE DEI-WG Speaker Series features NCWIT](#dei-speaker)\n\n# **US-RSE Updated Mission Statement**\n\nLed by the DEI working group and approved by the US-RSE Steering Committee, we have added a fourth element:\n\n> 4\\. Diversity, Equity, and Inclusion\n>\n>We will actively promote diversity.";
		expect(speakers(newsletter)).toEqual([[null, null]]);
	});

	test("a heading that names a role's holder (`### Session facilitator(s): Katherine McMahan`) or its presenters in brackets gives the full name; a topic heading does not", () => {
		const session = "### Session facilitator(s): Katherine McMahan\n\nKATHERINE: Let us start.\n\nPARTICIPANT: Hello.\n\nKATHERINE: Welcome.\n\nPARTICIPANT: Thanks.";
		expect(speakers(session).map(([s]) => s)).toEqual(["Katherine McMahan", null, "Katherine McMahan", null]);
		const topic = "### Case study: Katherine McMahan\n\nKATHERINE: Let us start.\n\nPARTICIPANT: Hello.\n\nKATHERINE: Welcome.\n\nPARTICIPANT: Thanks.";
		expect(speakers(topic).map(([s]) => s)).toEqual(["KATHERINE", null, "KATHERINE", null]);
		// A session's presenters in brackets after its topic, every one a full name (IETF minutes); a topic's aside is none.
		const minutes = "## Multipath QUIC (Yanmei Lui, Mirja Kühlewind)\n\nMirja: Two open issues.\n\nLucas: Why?\n\nMirja: Scheduling.\n\nLucas: Fine.";
		expect(speakers(minutes).map(([s]) => s)).toEqual(["Mirja Kühlewind", "Lucas", "Mirja Kühlewind", "Lucas"]);
		const aside = "## Scheduling (Open Issues, Next Steps)\n\nMirja: Two open issues.\n\nLucas: Why?\n\nMirja: Scheduling.\n\nLucas: Fine.";
		expect(speakers(aside).map(([s]) => s)).toEqual(["Mirja", "Lucas", "Mirja", "Lucas"]);
	});

	test("the writer's first name as a label is the writer (`author:` in frontmatter, affiliation dropped), unless a title names another with that first name", () => {
		const spotlight = '---\nauthor: "Frederico Muñoz (SAS Institute)"\n---\n**Frederico (FSM)**: Hello Madhav.\n\n**Madhav (MJ)**: Hi.\n\n**FSM**: Good.\n\n**MJ**: Yes.';
		expect(speakers(spotlight).map(([s]) => s)).toEqual(["Frederico Muñoz", "Madhav", "Frederico Muñoz", "Madhav"]);
		const qa = '---\ntitle: "Signify Q&A With Adam Gordon Bell"\nauthor: "Adam Bell"\n---\n**Adam:** Hello.\n\n**Dan:** Hi.\n\n**Adam:** Good.\n\n**Dan:** Yes.';
		expect(speakers(qa).map(([s]) => s)).toEqual(["Adam Gordon Bell", "Dan", "Adam Gordon Bell", "Dan"]);
	});

	test("a name with particles", () => {
		expect(speakers("We talk with Ursula von der Leyen.\n\n> Europe. – Ursula\n")).toEqual([["Ursula von der Leyen", "note-name"]]);
	});

	test("lines where the short name is not followed by a capitalised word are not read for names", () => {
		// "Paul said" and the label lines carry no name; the one line that does is found among them.
		const turns = Array.from({ length: 50 }, (_, i) => `**Paul (0:${String(i).padStart(2, "0")}):** Paul said so.`).join("\n\n");
		expect(new Set(speakers(`${turns}\n\nAfter the break Paul Ortega came back.\n`).map(String))).toEqual(new Set(["Paul Ortega,note-name"]));
	});

	test("two Pauls in the prose: `Paul` stays as written", () => {
		expect(speakers("Paul Ortega and Paul Becker talk.\n\n> Rivers. – Paul\n")).toEqual([["Paul", null]]);
	});

	test("a name only a `%%comment%%` holds is never used (comments are never published)", () => {
		expect(speakers("%% met Paul Ortega at the bar %%\n\n> Rivers. – Paul\n")).toEqual([["Paul", null]]);
		expect(speakers("%%\nPaul Ortega\n%%\n\n> Rivers. – Paul\n")).toEqual([["Paul", null]]);
	});
});

describe("namesInText: what counts as a full name in prose", () => {
	test.each<[string, string, string[]]>([
		["after lower-case words", "Today I'm joined by Paul Ortega, who rafts.", ["Paul Ortega"]],
		["at a sentence start", "Paul Ortega rafts. Then Anna Lembke spoke.", ["Paul Ortega", "Anna Lembke"]],
		["a title before the name is dropped", "We asked Dr. Andrew Huberman and Prof Jane Doe.", ["Andrew Huberman", "Jane Doe"]],
		["possessive", "It was Sam Altman's idea.", ["Sam Altman"]],
		["particles inside", "A talk with Ursula von der Leyen today.", ["Ursula von der Leyen"]],
		["an initial inside", "As Michael J. Fox said.", ["Michael J. Fox"]],
		["sentence openers are not names", "The Future is here. When Paul left, This Week began.", []],
		["a function word inside makes a title", "We read Future Of Work and Sam And Lex.", []],
		["four capitalised words are a title", "We read Building Great Public Models today.", []],
		["all-caps words are not name words", "Open AI and GPT Four are here.", []],
		["show words end nothing but the name", "We love the Lex Fridman Podcast a lot.", []],
		["a show named after a person writes the person's name", "We love The Tim Ferriss Show and The Daily Show.", ["Tim Ferriss"]],
		["a Title Case line gives nothing", "Evaluating Models And Human Preferences", []],
		["headings give nothing", "## Paul Ortega On Rivers", []],
		["a bold label at a line start gives nothing", "- **Key Arguments**: stuff about things.", []],
		["code and URLs give nothing", "Run `Paul Ortega` at https://Paul.Ortega/Rivers now.", []],
		["a comma or a dash separates", "Paul, Ortega and Anna – Lembke.", []],
		["a German role noun after an article or a number word is no first name", "Um die Spielleiterin Martina und ihren drei Mitspielenden Ralph Kern.", ["Ralph Kern"]],
		["a crew's seat is an office, no part of a name", "First Officer Roderick Beebe sat right. Flight Engineer Mendenhall spoke.", ["Roderick Beebe"]],
		["`Member` before a surname is a title", "Then Member Cashman and Member Jenkins spoke.", []],
		["English `the` before a name leaves it one", "A fan of the Rich Ziade podcast.", ["Rich Ziade"]],
		["a title's yes-or-no question is no name; a name inside a longer question is one", "Is LaMDA Sentient? — an Interview. Is Bitcoin Dead? Was Ada Lovelace right?", ["Ada Lovelace"]],
		["a designation with its number is no name; a year after a name leaves it one", "Trump Employee 4 was working. Donald Trump 2024 rally. Ada Lovelace 1843.", ["Donald Trump", "Ada Lovelace"]],
	])("%s", (_what, text, expected) => {
		expect(names(text)).toEqual(expected);
	});

	test("fenced code is skipped, and names continue after it", () => {
		expect(names("```\nPaul Ortega\n```\nwith Anna Lembke")).toEqual(["Anna Lembke"]);
	});
});

describe("a person note the note itself names (evidence, not a vault-wide first name)", () => {
	const EP = "## Paul Ortega On Rivers And Roads\n\n> Rivers are roads. – Paul\n";
	const person = (name: string, extra = "") => ({ path: `People/${name}.md`, text: `---\ntype: person\n${extra}---\n` });
	const speakerOf = (index: QuoteIndex) => {
		const q = index.note("Shows/ep.md")!.quotes[0];
		return [q.speaker, q.inferred];
	};

	test("a heading names Paul Ortega: his person note (no aliases) makes `Paul` him, and stops when it goes", () => {
		expect(speakers(EP)).toEqual([["Paul", null]]);
		expect(parseNote("Shows/ep.md", EP).mentions).toEqual(["paul ortega"]);
		const index = new QuoteIndex();
		index.upsertMany([{ path: "Shows/ep.md", text: EP }, person("Paul Becker")]);
		expect(speakerOf(index)).toEqual(["Paul", null]);
		index.upsert(person("Paul Ortega"));
		expect(speakerOf(index)).toEqual(["Paul Ortega", "vault-person"]);
		index.remove("People/Paul Ortega.md");
		expect(speakerOf(index)).toEqual(["Paul", null]);
	});

	test("a name inside a longer run counts (`the Lex Fridman Podcast`)", () => {
		const index = new QuoteIndex();
		index.upsertMany([{ path: "Shows/ep.md", text: "Notes on the Lex Fridman Podcast.\n\n> Hm. – Lex\n" }, person("Lex Fridman")]);
		expect(speakerOf(index)).toEqual(["Lex Fridman", "vault-person"]);
	});

	test("two person notes named in the note: `Paul` stays as written", () => {
		const index = new QuoteIndex();
		index.upsertMany([{ path: "Shows/ep.md", text: `${EP}\n## Paul Becker Joins\n` }, person("Paul Ortega"), person("Paul Becker")]);
		expect(speakerOf(index)).toEqual(["Paul", null]);
	});

	test("a note that names Paul Ortega in its prose needs no person note; one that names nobody keeps no evidence", () => {
		expect(parseNote("a.md", "With Paul Ortega.\n\n> Rivers. – Paul\n").mentions).toBeUndefined();
		expect(parseNote("a.md", "> Rivers. – Paul\n").mentions).toBeUndefined();
	});
});

describe("handles (`Michael Goldstein aka bitstein`)", () => {
	test("the quick look lets through every way a handle is written, and not a word that only holds the letters", () => {
		const written = ["my co-host Michael Goldstein aka bitstein.", "Michael Goldstein (a.k.a. @bitstein)", "Michael Goldstein,\talias bitstein", "Michael Goldstein\naka bitstein"];
		for (const text of written) expect([text, mayNameHandle(text)]).toEqual([text, true]);
		expect(akaNames(["Michael Goldstein (a.k.a. @bitstein)"], 0)).toEqual([["bitstein", "Michael Goldstein"]]);
		// Before: every note naming a Tanaka, or with an `aliases:` key, was read line by line for nothing.
		for (const text of ["Hiro Tanaka and Nakamura.", "aliases: [Ep 12]", "Osaka", "alias:"]) expect([text, mayNameHandle(text)]).toEqual([text, false]);
	});
});
