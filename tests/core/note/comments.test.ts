// Obsidian hides `%% … %%` comments and indexes no tag inside one nor inside code (decision 24). The scanner
// reads tags, headings, quotes and turns the same way: nothing from a comment, inline or across lines.
import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { shownLine, stripComments } from "../../../src/core/note/comments";

const tagsOf = (body: string): string[] => parseNote("Ep.md", body).tags;

describe("tags in comments and code", () => {
	test.each<[string, string, string[]]>([
		["an inline comment", "Words %%see #secret%% and #kept\n", ["kept"]],
		["a comment with a space inside", "%% private #secret %% #kept\n", ["kept"]],
		["two comments on a line", "#a %% #b %% #c %%x #d%% #e\n", ["a", "c", "e"]],
		["a tag after a closed inline comment", "%%note%% #after\n", ["after"]],
		["a comment over several lines", "#before\n%%\n#secret\nstill #secret2\n%%\n#after\n", ["before", "after"]],
		["opened after text, closed before text", "Text #seen %% hidden #secret\n#secret2 more\nend %% #after\n", ["seen", "after"]],
		["a comment block in a blockquote", "> #q1 quote\n> %%\n> #secret\n> %%\n> #q2\n", ["q1", "q2"]],
		["a tag in a blockquote line with an inline comment", "> Said it %%see #secret%% #quoted\n", ["quoted"]],
		["an unclosed `%%` hides the rest of the note", "#before\nText %% open\n#secret\n\n## Heading #secret2\n", ["before"]],
		["an unclosed `%%` on the last line", "#before %% #secret", ["before"]],
		["inline code", "Run `grep #secret` then #kept\n", ["kept"]],
		["double-backtick code holding a backtick", "``a ` #secret`` #kept\n", ["kept"]],
		["an unclosed backtick is plain text", "a ` #kept\n", ["kept"]],
		["`%%` in inline code opens no comment", "Type `%%` to comment. #kept\n", ["kept"]],
		["`%%` in inline code inside a blockquote", "> Type `%%` then #kept\n", ["kept"]],
		["backticks inside a comment mean nothing", "%% `code %% #kept `\n", ["kept"]],
		["`%%` in a fenced block opens no comment", "```\n%%\n#code\n```\n#kept\n", ["kept"]],
		["a fence inside a comment is not a fence", "%%\n```\n%%\n#kept\n", ["kept"]],
		["`%%` in a fence's info string opens no comment", "```%%\n#code\n```\n#kept\n", ["kept"]],
		["a fence line with backticks after its marker is inline code", "```a```\n%%\n#secret\n%%\n#kept\n", ["kept"]],
		["a heading with a tag inside a comment", "%%\n## Private #secret\n%%\n## Public #kept\n", ["kept"]],
	])("%s", (_name, body, expected) => {
		expect(tagsOf(body)).toEqual(expected);
	});

	test("frontmatter tags stay; a tag only in a comment is no tag of the note", () => {
		expect(tagsOf("---\ntags: [show]\n---\n%% #draft %%\n")).toEqual(["show"]);
	});
});

describe("headings, quotes and turns inside comments", () => {
	test("a comment over several lines holds no heading, quote or turn, as a fenced block holds none", () => {
		const note = [
			"## Quotes",
			"%%",
			"## Hidden heading",
			"> Hidden quote. – Sam Altman",
			'- "Hidden item." – Sam Altman',
			"**Lex:** Hidden turn.",
			"%%",
			"> Shown quote. – Sam Altman",
		].join("\n");
		const r = parseNote("Ep.md", note);
		expect(r.sections.map((s) => s.heading)).toEqual(["Quotes"]);
		expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([["Shown quote.", "Sam Altman"]]);
	});

	test("an HTML comment over several lines (`<!-- full transcript` … `-->`) holds no quote: it is hidden, and never published", () => {
		const note = [
			"## What brought you here?",
			"",
			"> I wanted to build things. – Leah Buechley",
			"",
			"<!-- full transcript",
			"",
			"JH: What brought you here?",
			"",
			"LB: I wanted to build things.",
			"",
			"JH: Thanks.",
			"",
			"LB: Sure. -->",
			"",
			"> Shown again. – Leah Buechley",
		].join("\n");
		const r = parseNote("Ep.md", note);
		expect(r.quotes.map((q) => [q.line, q.speaker])).toEqual([
			[3, "Leah Buechley"],
			[15, "Leah Buechley"],
		]);
	});

	test("`%%` inside a line of HTML (an embedded post's code, `r%%10`) opens no comment", () => {
		const note = [
			'<blockquote class="twitter-tweet"><p>geom_spiro(aes(color=r%%10))</p>&mdash; Georgios Karamanis (@geokaramanis) <a href="https://twitter.com/x/status/1">July 24, 2022</a></blockquote>',
			"",
			'> "Don\'t worry, I still will not be learning python."',
			"> Hadley Wickham, Chief Scientist, Posit PBC",
		].join("\n");
		const r = parseNote("Ep.md", note);
		expect(r.quotes.map((q) => q.speaker)).toEqual(["Georgios Karamanis", "Hadley Wickham"]);
	});

	test("a comment ends the blockquote, turn and paragraph it follows: none of them takes its lines", () => {
		const note = [
			"> Shown quote. – Sam Altman",
			"%%",
			"> secret words",
			"%%",
			"",
			"**Lex:** First turn.",
			"",
			"**Sam:** First answer.",
			"",
			"**Lex:** Shown turn.",
			"%% aside %%",
			"secret tail",
			"",
			"**Sam:** Second answer.",
		].join("\n");
		const texts = parseNote("Ep.md", note).quotes.map((q) => q.text);
		expect(texts).toEqual(["Shown quote.", "First turn.", "First answer.", "Shown turn.", "Second answer."]);
		expect(texts.join(" ")).not.toContain("secret");
	});

	test("a turn label right after a comment that opened after text on its line starts no turn inside it", () => {
		const note = "**Lex:** First words.\n\n**Sam:** First answer.\n\n**Lex:** Shown words. %% start\n**Sam:** hidden\n%%\n\n**Sam:** Shown answer.\n";
		const r = parseNote("Ep.md", note);
		expect(r.quotes.map((q) => [q.speaker, q.line])).toEqual([["Lex", 1], ["Sam", 3], ["Lex", 5], ["Sam", 9]]);
		expect(r.quotes.map((q) => q.text).join(" ")).not.toContain("hidden");
	});

	test("a comment block inside a blockquote ends the quote before it and gives none of its own", () => {
		const r = parseNote("Ep.md", "> Shown words. – Sam Altman\n> %%\n> secret – Lex Fridman\n> %%\n\n> %% aside %%\n> Shown after. – Sam Altman\n");
		expect(r.quotes.map((q) => [q.text, q.speaker, q.line])).toEqual([
			["Shown words.", "Sam Altman", 1],
			["Shown after.", "Sam Altman", 7],
		]);
	});

	test("an unclosed `%%` hides everything after it", () => {
		const r = parseNote("Ep.md", "> Shown. – Sam Altman\n\n%%\n> Hidden. – Sam Altman\n\n## Later\n");
		expect(r.quotes.map((q) => q.text)).toEqual(["Shown."]);
		expect(r.sections).toEqual([]);
	});

	test("`%%` inside a fenced block or inline code hides nothing after it", () => {
		const note = "```\n%%\n```\n\nType `%%` to start one.\n\n> Still shown. – Sam Altman\n";
		expect(parseNote("Ep.md", note).quotes.map((q) => q.text)).toEqual(["Still shown."]);
	});
});

describe("shownLine", () => {
	test.each<[string, boolean, string, string, boolean]>([
		// line, open before, text with code masked (tags), text with code kept (the site), open after
		["plain", false, "plain", "plain", false],
		["a %%b%% c", false, "a  c", "a  c", false],
		["a %%b", false, "a ", "a ", true],
		["b%% c", true, " c", " c", false],
		["all hidden", true, "", "", true],
		["`%%` x", false, "xxxx x", "`%%` x", false],
		["``a`b`` c", false, "xxxxxxx c", "``a`b`` c", false],
		["`` a ` c", false, "`` a ` c", "`` a ` c", false],
		["%%`%%` x", false, "` x", "` x", false],
		["`%%` %%secret%% x", false, "xxxx  x", "`%%`  x", false],
	])("%j (open: %j)", (line, open, masked, kept, stillOpen) => {
		expect(shownLine(line, open, true)).toEqual({ text: masked, open: stillOpen });
		expect(shownLine(line, open)).toEqual({ text: kept, open: stillOpen });
	});
});

// The site and `podcast-quotes` blocks strip comments with stripComments, the note scanner reads them with
// shownLine: they once were two scanners, and these are the notes on which they disagreed.
describe("stripComments", () => {
	test.each<[string, string, string, number[]]>([
		// name, note, what is left of it, lines (partly) inside a comment over several lines
		["`%%` in inline code opens no comment", "Type `%%` to comment.\nshown", "Type `%%` to comment.\nshown", []],
		["a comment after inline code holding `%%`", "`%%` %%secret%% shown", "`%%`  shown", []],
		["backtick fence with backticks after it is inline code", "```a```\n%%\nsecret\n%%\nafter", "```a```\n\n\n\nafter", [1, 2, 3]],
		["a fence is closed only by a line of its marker alone", "```\n``` js\n%%\n```\nafter", "```\n``` js\n%%\n```\nafter", []],
		["`%%` in a fence's info string", "``` %%x%%\n%%\n```\nafter", "``` %%x%%\n%%\n```\nafter", []],
		["an unclosed `%%` in a fence's info string", "```%%\ncode\n```\nafter", "```%%\ncode\n```\nafter", []],
		// Cases both read the same way.
		["backticks in a comment mean nothing", "%% `a %% b`", " b`", []],
		["a fence in a comment is no fence", "%%\n```\n%%\nafter", "\n\n\nafter", [0, 1, 2]],
		["a tilde fence may hold backticks after it", "~~~ `js`\n%%\n~~~\nafter", "~~~ `js`\n%%\n~~~\nafter", []],
		["comments over lines and inline", "a %%b\nc%% d %%e%% f\n%% g", "a \n d  f\n", [0, 1, 2]],
		["`%%` in a fence kept, then a comment", "~~~\n%%\n~~~~\n%%hidden%%shown", "~~~\n%%\n~~~~\nshown", []],
	])("%s", (_name, note, left, hidden) => {
		const stripped = stripComments(note.split("\n"));
		expect(stripped.lines.join("\n")).toEqual(left);
		expect([...stripped.hidden]).toEqual(hidden);
	});
});
