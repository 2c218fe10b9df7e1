// Rules a reader uses on the corpus13 notes (docs/accuracy.md): honorifics, shows named after their host,
// a lead-in line inside the quoted paragraph. One row per case, { name, note, expected }.
import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { quotesLike, readmeBlock, type Row } from "./helpers";

const standalone: Row[] = [
	{
		name: "an honorific before a full name is no part of the speaker",
		note: "[Dr. Ada Brook, Healing Yourself - Zion 2.0](https://example.com/28-dr-ada-brook)\n\n\"Anger is undigested.\"",
		expected: [{ kind: "paragraph", speaker: "Ada Brook", inferred: "lead-in" }],
	},
	{
		name: "an honorific is dropped from an attribution at the end too",
		note: "> Slow is smooth. – Prof. Ada Brook",
		expected: [{ speaker: "Ada Brook", speakerRaw: "Prof. Ada Brook" }],
	},
	{
		name: "a show named after a person, whose episode title names that person: the host speaks",
		note: "[Q&A With Tim — On Wealth, Grief, and More - The Tim Ferriss Show](https://tim.blog/2019/11/07/qa-with-tim-on-wealth-legacy-grief/)\n\n\"The questions you ask yourself create a lens.\"",
		expected: [{ kind: "paragraph", line: 3, speaker: "Tim Ferriss", inferred: "lead-in" }],
	},
	{
		name: "a lead-in line right above the quoted lines, in the same paragraph",
		note: "[Tea Time with Tim - The Tim Ferriss Show](https://tim.blog/tea)\n\nTim on figuring out what to do with your life:\n\"Experimentation is key.\"",
		expected: [{ kind: "paragraph", line: 4, endLine: 4, speaker: "Tim Ferriss", text: "\"Experimentation is key.\"" }],
	},
	{
		name: "a first name takes the full name of the show named after that person",
		note: "Listening to The Ezra Klein Show today.\n\nEzra on attention:\n\n> Attention is scarce.",
		expected: [{ speaker: "Ezra Klein", inferred: "lead-in" }],
	},
];

const standaloneTraps: Row[] = [
	{ name: "one name after an honorific keeps it", note: "> Talk about it. – Dr. Ruth", expected: [{ speaker: "Dr. Ruth" }] },
	{
		name: "an episode title that names nobody the show names gives nobody",
		note: "[How to Get Rich - The Tim Ferriss Show](https://tim.blog/rich)\n\n\"Seek wealth, not money.\"",
		expected: [],
	},
	{
		name: "a show that is not named after a person names no host",
		note: "[Q&A With Tim - The Daily Show](https://example.com/daily)\n\n\"Seek wealth, not money.\"",
		expected: [],
	},
	{
		name: "a paragraph whose first line ends in a colon but whose next line only starts with a quoted term",
		note: "Tim on books:\n\"Deep Work\" is the first on my list.",
		expected: [],
	},
	{
		name: "two people with the first name: a show named after one does not settle it",
		note: "The Tim Ferriss Show had Tim Urban on.\n\nTim on focus:\n\n> Focus is a muscle.",
		expected: [{ speaker: "Tim" }],
	},
];

const ownLine: Row[] = [
	// codelucas/codelucas.github.io: a quotes page separating its entries with empty comments, each signed in a blockquote of its own.
	{
		name: "`<!-- -->` between entries ends on its line: the blockquote below it is a quote, signed by `> -- Name` after a blank line",
		note: "<!-- -->\n> January 1st is my favorite day of the year.\n\n> -- Jack Dorsey\n\n<!-- -->\n> Most inventors and engineers I've met are like me.\n\n> -- Steve Wozniak",
		expected: [
			{ line: 2, speaker: "Jack Dorsey", text: "January 1st is my favorite day of the year." },
			{ line: 7, speaker: "Steve Wozniak" },
		],
	},
	{
		name: "a link naming the person and the show, alone on the quote's last line",
		note: "> \"If you have an abstraction, it should not cost anything.\"\n> [Bjarne Stroustrup from the Lex Fridman podcast](https://youtu.be/uTxRF5ag27A?t=2655)",
		expected: [{ line: 1, endLine: 2, speaker: "Bjarne Stroustrup", text: "\"If you have an abstraction, it should not cost anything.\"" }],
	},
	{
		name: "a link naming the person first and the show after a dash",
		note: "> Cook for the table.\n> [Kai Moreno – The Workshop Show](https://example.com/ep3)",
		expected: [{ speaker: "Kai Moreno", text: "Cook for the table." }],
	},
	{
		name: "a dash, the person, then the show they spoke on and a time",
		note: "> We are too quick to identify with our long-term goals.\n> - Agnes Callard on the Ezra Klein Show, minute 40",
		expected: [{ speaker: "Agnes Callard", qualifier: "on the Ezra Klein Show, minute 40", text: "We are too quick to identify with our long-term goals." }],
	},
	{
		name: "a dash, the person, then the podcast, on the quote's own line",
		note: "> Slow is smooth.\n> — Ada Brook from the Long Table podcast",
		expected: [{ speaker: "Ada Brook" }],
	},
	{
		name: "a label spelt once in other capitals is the same speaker, spelt as the note usually does",
		note: "**Void.Sec:** We started at school.\n\n**Dejfunk:** It was Sejby who did it.\n\n**Void.sec:** That is true.\n\n**Void.Sec:** He bought the first controller.\n\n**Dejfunk:** Unanimously.",
		expected: [{ speaker: "Void.Sec" }, { speaker: "Dejfunk" }, { speaker: "Void.Sec", speakerRaw: "Void.sec" }, { speaker: "Void.Sec" }, { speaker: "Dejfunk" }],
	},
	{
		name: "a lead-in with the verb before the name, as Spanish writes it, in the quote's paragraph",
		note: "# Ana Brook: cuentas\n\nLe pregunto por la colonia. Y dice Brook lo siguiente: \"Fue un país muy pobre, que no producía prácticamente nada.\"",
		expected: [{ kind: "paragraph", speaker: "Ana Brook", speakerRaw: "Brook", inferred: "lead-in" }],
	},
	{
		name: "a word of one letter before the verb (`Y dice él:`) is nobody's name",
		note: "Le pregunto por la colonia. Y dice él: \"Fue un país muy pobre, que no producía prácticamente nada.\"",
		expected: [],
	},
	{
		name: "a name that ends the one longer name of the note's title is that name",
		note: "# Arturo Uslar Pietri: ajuste de cuentas\n\nComo vemos, críticas de Uslar Pietri a la educación. Y afirma Uslar: \"Las minorías son las que han hecho que el hombre avance.\"",
		expected: [{ kind: "paragraph", speaker: "Arturo Uslar Pietri", speakerRaw: "Uslar" }],
	},
	{
		name: "long quoted paragraphs right after one whose lead-in names the speaker go on in that voice",
		note:
			"# Ada Brook\n\nY dice Brook: \"Es que Miranda no es una figura venezolana, es una figura latinoamericana, universal.\"\n\n" +
			"\"Por otra parte yo creo que la historia nuestra ha estado muy mal escrita, con prejuicios de todo tipo.\"\n\nAhora le pregunto otra cosa.\n\n" +
			"\"Una frase suelta, que nadie dijo, entre comillas y bastante larga para contar como respuesta.\"",
		expected: [
			{ line: 3, speaker: "Ada Brook", inferred: "lead-in" },
			{ line: 5, speaker: "Ada Brook", inferred: "lead-in" },
		],
	},
	{
		name: "a quote bank in one blockquote, each line with its own attribution, is one quote per line",
		note: "# Satya Nadella and Sam Altman\n\n> \"The biggest issue is power.\" — Nadella\n> \"If the price fell, usage would go up.\" — Altman (Jevons framing)\n> \"Agents are the new seats.\" — Nadella",
		expected: [
			{ line: 3, endLine: 3, speaker: "Satya Nadella", text: "\"The biggest issue is power.\"" },
			{ line: 4, endLine: 4, speaker: "Sam Altman", qualifier: "Jevons framing" },
			{ line: 5, endLine: 5, speaker: "Satya Nadella" },
		],
	},
	{
		name: "a dash, the person, then the topic in lower case",
		note: "> \"Play long-term games with long-term people.\" — Naval Ravikant on wealth",
		expected: [{ speaker: "Naval Ravikant", qualifier: "on wealth" }],
	},
	{
		name: "a dash inside an emphasised source is no person on a topic (the insert command's own attribution)",
		note: "> Steerability matters.\n> — Sam Altman, *367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI*",
		expected: [{ speaker: "Sam Altman" }],
	},
	{
		name: "a dash, the person, then the show without the word show",
		note: "> [!quote]\n> “The worst people are not representative.” — Ada Brook on Behind The Pixel",
		expected: [{ kind: "callout", speaker: "Ada Brook", qualifier: "on Behind The Pixel" }],
	},
	{
		name: "a dash right after the closing mark, the person, then where they wrote it",
		note: "> [!quote]\n> “I am just a musician.”- Kai Moreno from his [blog post](https://example.com/post)",
		expected: [{ speaker: "Kai Moreno", text: "“I am just a musician.”" }],
	},
	{
		name: "a nickname in quotation marks inside the attributed name is no part of it",
		note: "> “The worst people are not representative.” — Ada “GrandPOOBear” Brook",
		expected: [{ speaker: "Ada Brook", text: "“The worst people are not representative.”" }],
	},
	{
		name: "a quoted list item attributed to a person on a show",
		note: "## Quotes\n\n- \"Play long-term games.\" — Ada Brook on The Knowledge Project",
		expected: [{ kind: "list", speaker: "Ada Brook", qualifier: "on The Knowledge Project" }],
	},
];

const ownLineTraps: Row[] = [
	{
		name: "a link to a book after a quote is no speaker",
		note: "> Habits compound.\n> [Atomic Habits – James Clear](https://example.com/book)",
		expected: [{ speaker: null }],
	},
	{
		name: "a link naming a person and a place, not a show, is no speaker",
		note: "> Habits compound.\n> [Ada Brook in Paris](https://example.com/paris)",
		expected: [{ speaker: null }],
	},
	{
		name: "a dash, a place and a day after a quote names nobody",
		note: "> I love it here.\n> - New York on a Sunday",
		expected: [{ speaker: null }],
	},
	{
		name: "a blockquote right below a code block comments on the code",
		note: "```asm\nmain:\n\tretq\n```\n> We can see that the compiler inlined our class.",
		expected: [],
	},
	{
		name: "an attributed blockquote below a code block keeps its speaker",
		note: "```\nx = 1\n```\n> Simple is better. – Ada Brook",
		expected: [{ speaker: "Ada Brook" }],
	},
];

const leadIns: Row[] = [
	{
		name: "a possessive lead-in naming a quote (`**Jacob's quote:**`) over a blockquote; the frontmatter's `source:` gives his full name",
		note: "---\nsource: Jacob Dietle\n---\n# Context OS\n\n**Jacob's quote:**\n\n> Every session should leave the system smarter than it found it.\n\n**Jacob's remarks:**\n\n> Context compounds.",
		expected: [
			{ speaker: "Jacob Dietle", text: "Every session should leave the system smarter than it found it." },
			{ speaker: "Jacob Dietle", text: "Context compounds." },
		],
	},
	{
		name: "a lead-in and its quotation in one paragraph wrapped over lines; a Dutch verb of saying",
		note: "Luisterend\nnaar [Demis Hassabis in de Lex Fridman podcast](https://example.com/475)\nrealiseerde ik me iets.\n\nHassabis legt uit: \"You got to make a decision\nwhen you're modeling any natural system.\"",
		expected: [{ kind: "paragraph", line: 5, endLine: 6, speaker: "Demis Hassabis", inferred: "lead-in", text: "\"You got to make a decision\nwhen you're modeling any natural system.\"" }],
	},
];

const leadInTraps: Row[] = [
	{
		name: "a wrapped sentence whose quotation stops before the paragraph does",
		note: "Ada Brook legt uit: \"You got to\nmake a decision\" en dat klopt.",
		expected: [],
	},
	{
		name: "a Hindi clause before a colon (`Board यह देखता है:`, `याद रखिए:`) is no name, where a Hindi name is (`नरेंद्र मोदी:`)",
		note: "Board यह देखता है:\n\n> “मान्यवर, मैं अपनी गलती स्वीकार करता हूँ।”\n\nयाद रखिए:\n\n> “शांत रहना ही उत्तर है।”\n\nनरेंद्र मोदी:\n\n> “सबका साथ, सबका विकास।”",
		expected: [{ speaker: null }, { speaker: null }, { speaker: "नरेंद्र मोदी" }],
	},
	{
		name: "one word alone whose sentence goes on in lower case is no turn label",
		note: "Luisterend\nnaar de podcast.\n\nAda Brook zegt: \"Dat klopt.\"",
		expected: [{ kind: "paragraph", speaker: "Ada Brook" }],
	},
];

const htmlTurns: Row[] = [
	{
		name: "every labelled blockquote of one Snipd HTML line is a quote of its own",
		note: "<blockquote><b>Tim Ferriss</b><br/><br/>What does that look like?</blockquote><blockquote><b>Rick Rubin</b><br/><br/>I think of it as an end.</blockquote>",
		expected: [
			{ line: 1, speaker: "Tim Ferriss", text: "What does that look like?" },
			{ line: 1, speaker: "Rick Rubin", text: "I think of it as an end." },
		],
	},
	{
		name: "placeholder labels side by side stay without a speaker",
		note: "<blockquote><b>Speaker 1</b><br/>Hello.</blockquote><blockquote><b>Speaker 2</b><br/>Hi.</blockquote>",
		expected: [
			{ speaker: null, speakerRaw: "Speaker 1", text: "Hello." },
			{ speaker: null, speakerRaw: "Speaker 2", text: "Hi." },
		],
	},
];

const embeds: Row[] = [
	{
		name: "an embedded post: its text, and its author after the dash",
		note: 'I end up here:\n\n<blockquote class="twitter-tweet"><p lang="en" dir="ltr">I like this rule of thirds:<br><br>feel good 1/3 of the time &amp; crummy 1/3.</p>&mdash; Ada Brook (@adabrook) <a href="https://twitter.com/adabrook/status/1">May 12, 2021</a></blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>',
		expected: [{ line: 3, speaker: "Ada Brook", text: "I like this rule of thirds:\n\nfeel good 1/3 of the time & crummy 1/3." }],
	},
	{
		name: "the author's display name as written, less its flag, whatever its case",
		note: '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">A list of podcasts this week.</p>&mdash; sabrina 🇵🇷 (@sdrp_) <a href="https://twitter.com/sdrp_/status/1">May 30, 2019</a></blockquote>',
		expected: [{ line: 1, speaker: "sabrina", text: "A list of podcasts this week." }],
	},
	{
		name: "an embedded post as a list item, its author's entities decoded",
		note: '## Links\n\n- <blockquote class="twitter-tweet"><p lang="ja" dir="ltr">見本が届きました</p>&mdash; C&amp;R研究所の会社犬ラッキー (@cr_dog) <a href="https://twitter.com/cr_dog/status/1">2018年9月</a></blockquote>',
		expected: [{ line: 3, speaker: "C&R研究所の会社犬ラッキー", text: "見本が届きました" }],
	},
	// emerrefe/qa-blog: a conference write-up centres each embedded post.
	{
		name: "an embedded post inside `<center>`",
		note: '## Going Undercover in the Mob - Jasmin Smith\n\n<center><blockquote class="twitter-tweet" data-lang="es"><p lang="en" dir="ltr">Mob with Jasmin Smith, follow her.</p>&mdash; Angie Jones (@techgirl1908) <a href="https://twitter.com/techgirl1908/status/1">8 de noviembre de 2018</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></center>',
		expected: [{ line: 3, speaker: "Angie Jones", text: "Mob with Jasmin Smith, follow her." }],
	},
];

const entityDashes: Row[] = [
	{
		name: "a dash written as an HTML entity after a blockquote's quotation (`&mdash; Name`)",
		note: '> "Rust is gonna save the Linux kernel." &mdash; Greg Kroah-Hartman',
		expected: [{ speaker: "Greg Kroah-Hartman", inferred: null, text: '"Rust is gonna save the Linux kernel."' }],
	},
];

const htmlTraps: Row[] = [
	{ name: "an embed whose author is only a handle names nobody", note: '<blockquote class="twitter-tweet"><p>Hi all.</p>&mdash; @adabrook (@adabrook) <a href="https://x.com/1">May 1</a></blockquote>', expected: [] },
	{ name: "a blockquote inside other HTML is not read", note: "<p>Intro <blockquote><b>Tim Ferriss</b><br/>Hi.</blockquote></p>", expected: [] },
];

const context: Row[] = [
	{
		name: "a guest log's entry opening with a full name and the show introduces the blockquote below it",
		note: "People:\n\n- Devon Zuegel, both [on the North Star Podcast](https://perell.com/podcast/devon-zuegel/) and on their own podcast. She's inspired me to write more.\n\n> Everything is interesting if you build a mental model for it",
		expected: [{ speaker: "Devon Zuegel", text: "Everything is interesting if you build a mental model for it" }],
	},
	{
		name: "a linked name, then the show",
		note: "- [Alex Danco](https://perell.com/podcast/alex-danco/) on the North Star Podcast. I particularly liked his discussion of Toronto and the section on the medium is the message.\n\n> Software is a tool for thought.",
		expected: [{ speaker: "Alex Danco" }],
	},
];

const contextTraps: Row[] = [
	{
		name: "a to-do the writer left in a blockquote is nobody's words",
		note: "# Craft or crap\n\nAgnes Callard says we identify with goals.\n\n> Also look for section in Ted Gioia's book for the quote about the forest.",
		expected: [],
	},
	{
		name: "a to-do with an attribution is a quote",
		note: "> Look for the helpers. – Fred Rogers",
		expected: [{ speaker: "Fred Rogers" }],
	},
	{
		name: "a list item opening with a name but naming no show introduces nobody",
		note: "- Devon Zuegel, my neighbour, lent me a book about calendars and cities.\n\n> Everything is interesting if you build a mental model for it",
		expected: [{ speaker: null }],
	},
];

describe.each([
	["context around the quote", context],
	["context traps", contextTraps],
	["HTML turns", htmlTurns],
	["embedded posts", embeds],
	["dashes written as entities", entityDashes],
	["HTML traps", htmlTraps],
	["standalone paragraphs", standalone],
	["standalone traps", standaloneTraps],
	["own-line attributions", ownLine],
	["own-line traps", ownLineTraps],
	["lead-ins", leadIns],
	["lead-in traps", leadInTraps],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("the README's examples of these forms", () => {
	test("sources as guest logs, READMEs, blog posts and embed codes write them", () => {
		const speakers = parseNote("Test/note.md", readmeBlock("Bjarne Stroustrup from the Lex Fridman podcast")).quotes.map((q) => q.speaker);
		expect(speakers).toEqual(["Bjarne Stroustrup", "Agnes Callard", "David Hunt", "Nadella", "Nadella", "Keesha Ewers", "Tim Ferriss", "Tim Ferriss", "Demis Hassabis", "Devon Zuegel", "Edward Kennedy", "Tim Ferriss", "Rick Rubin", "Seth Godin", "Ben Thompson", "Friedrich Nietzsche", null, null]);
	});
});

test("a name heading with a role in brackets (`## Dave Natale (FOH Engineer)`) heads its quote like a bare name heading", () => {
	const note = '# Quotes\n\n## Daniel Lanois\n\n> "Sometimes losing control is a good thing."\n\n## Dave Natale (FOH Engineer)\n\n> "People don\'t come to hear me mix, they come to hear the act."\n\n## Becky Pell (Monitor Engineer)\n\n> "Music has the power to shift the way we feel."';
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).toEqual(["Daniel Lanois", "Dave Natale", "Becky Pell"]);
});

test("a possessive before more words (`**Brent's Insight:**`, `Hyrum's Law`) is a phrase about someone, never the speaker's name", () => {
	const note = "# Episode 203\n\nHosts: Marty Solomon and Brent Billings\n\n**Brent's Insight:**\n\n> The text keeps pointing back to the garden.\n\n**Marty's Answer:**\n\n> Then we read it again, slowly.";
	const speakers = parseNote("a.md", note).quotes.map((q) => q.speaker);
	expect(speakers).not.toContain("Brent's Insight");
	expect(speakers).not.toContain("Marty's Answer");
	const laws = "## Laws\n\n> With a sufficient number of users of an API, all observable behaviours will be depended on by somebody.\n>\n> — Hyrum’s Law";
	expect(parseNote("b.md", laws).quotes.map((q) => q.speaker)).not.toContain("Hyrum’s Law");
});
