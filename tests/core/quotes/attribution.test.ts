// Every attribution form the issue lists, one row each: { name, note, expected quotes }.
import { describe, expect, test } from "@jest/globals";
import { quotesLike, readmeBlock, type Row } from "./helpers";
import { parseNote } from "../../../src/core/note";

const blockquotes: Row[] = [
	// harrislapiroff (probe 480): a blog post quoting posts, its links defined right under each lead-in.
	{
		name: "a lead-in, then link definitions (`[404]: https://…`), then the blockquote: the definitions show nothing, the lead-in still leads in",
		note: "# Signal\n\nAs [Matt Blaze][blaze] wrote:\n\n[blaze]: https://example.social/@mattblaze\n[post]: https://example.social/@mattblaze/1\n\n> Signal provides excellent protection against wiretapping.\n\nOr [Jason Koebler at 404media][404]:\n\n[404]: https://www.404media.co/signal/\n\n> Top officials should not be using Signal.\n\nA paragraph, not a lead-in.\n\n[x]: https://example.com\n\n> Nobody's words.",
		expected: [
			{ line: 8, speaker: "Matt Blaze", inferred: "lead-in" },
			{ line: 14, speaker: "Jason Koebler", inferred: "lead-in" },
			{ line: 20, speaker: null },
		],
	},
	{ name: "en dash with spaces", note: "> Stay curious. – Sam Altman", expected: [{ text: "Stay curious.", speaker: "Sam Altman", speakerRaw: "Sam Altman" }] },
	{ name: "hyphen", note: "> Stay curious. - Sam Altman", expected: [{ text: "Stay curious.", speaker: "Sam Altman" }] },
	{ name: "em dash", note: "> Stay curious. — Sam Altman", expected: [{ text: "Stay curious.", speaker: "Sam Altman" }] },
	{ name: "horizontal bar", note: "> Stay curious. ― Sam Altman", expected: [{ text: "Stay curious.", speaker: "Sam Altman" }] },
	{ name: "double hyphen", note: "> Stay curious. -- Sam Altman", expected: [{ text: "Stay curious.", speaker: "Sam Altman" }] },
	{ name: "tilde", note: "> Stay curious. ~ Sam Altman", expected: [{ text: "Stay curious.", speaker: "Sam Altman" }] },
	{ name: "an escaped hyphen on its own line (`\\- David Blood`)", note: '> "All investing has impact."\n>\n> \\- David Blood', expected: [{ text: '"All investing has impact."', speaker: "David Blood", line: 1 }] },
	{ name: "a social handle after the dash (a quoted tweet)", note: "> All functions are monoids. Is this true? -- @scalding", expected: [{ text: "All functions are monoids. Is this true?", speaker: "scalding", speakerRaw: "@scalding" }] },
	{ name: "an at sign with a time after the dash is no handle", note: "> Meet us there. - @ 5pm", expected: [{ speaker: null }] },
	// thewangclass/thewangclass.github.io: students' notes to their teacher, each signed with initials.
	{
		name: "a letter in a blockquote signed with initials below a blank line or a sign-off (`> JP`, `> Sincerely,` then `> NF`); a lone acronym below one paragraph is none",
		note: "> Thanks, mr.wang. I really glad you teach me.\n>\n> JP\n\n> Hi Mr. Wang,\n> I enjoyed your class.\n>\n> Sincerely,\n> NF\n\n> FAQ",
		expected: [
			{ line: 1, endLine: 3, speaker: "JP", text: "Thanks, mr.wang. I really glad you teach me." },
			{ line: 5, endLine: 9, speaker: "NF" },
			{ line: 11, speaker: null, text: "FAQ" },
		],
	},
	{ name: "a signature line set off by a blank line of the blockquote: the name, a comma and the role", note: "> Open source is typically underfunded.\n>\n> Sujata Tibrewala, Open Source Community & Ecosystems Manager (LF Edge Board)\n\n> We believe in coordinating OSS through an OSPO.\n>\n> Kusunori-san, Director-General (Digital Agency of the Japanese Government)", expected: [{ text: "Open source is typically underfunded.", speaker: "Sujata Tibrewala" }, { speaker: "Kusunori-san" }] },
	{ name: "a last paragraph that reads as a sentence after a comma is words, no signature", note: "> Open source is typically underfunded.\n>\n> Honestly, we should fund it", expected: [{ speaker: null }] },
	{ name: "a handle linked to its profile after the dash", note: "> Stay curious. - [@sillydadddy](https://twitter.com/sillydadddy)", expected: [{ text: "Stay curious.", speaker: "sillydadddy" }] },
	{ name: "an AMA's `answered by` before the name or its link", note: '> "Learn every kind of bug." - answered by [@sillydadddy](https://twitter.com/sillydadddy)\n\n> "Read the checklist." – answered by Jane Doe', expected: [{ text: '"Learn every kind of bug."', speaker: "sillydadddy" }, { text: '"Read the checklist."', speaker: "Jane Doe" }] },
	{ name: "an answer that is only a link to it elsewhere is no quote", note: "> **A:**\n[Answer](https://github.com/hemanth/ama/issues/13)\n **– [@hemanth](https://github.com/hemanth)**", expected: [] },
	{ name: "em dash without spaces after a closing quote", note: '> "Stay curious."—Sam Altman', expected: [{ text: '"Stay curious."', speaker: "Sam Altman" }] },
	{ name: "dash without a space after it", note: "> Stay curious. –Sam Altman", expected: [{ text: "Stay curious.", speaker: "Sam Altman" }] },
	{ name: "attribution as the whole last line", note: '> "Difficult times are a good moment for utopias"\n> — Florence Gaub', expected: [{ text: '"Difficult times are a good moment for utopias"', speaker: "Florence Gaub", line: 1, endLine: 2 }] },
	{ name: "italic speaker", note: "> Stay curious. — *Sam Altman*", expected: [{ speaker: "Sam Altman", speakerRaw: "Sam Altman" }] },
	{ name: "bold speaker", note: "> Stay curious. — **Sam Altman**", expected: [{ speaker: "Sam Altman" }] },
	{ name: "wikilink speaker", note: "> Stay curious. — [[Sam Altman]]", expected: [{ speaker: "Sam Altman", speakerRaw: "[[Sam Altman]]", inferred: null }] },
	{ name: "wikilink with alias: canonical is the target", note: "> Stay curious. — [[People/Sam Altman|Sam]]", expected: [{ speaker: "Sam Altman", speakerRaw: "[[People/Sam Altman|Sam]]", inferred: "link" }] },
	{ name: "Markdown link speaker", note: "> Stay curious. — [Sam Altman](https://blog.samaltman.com)", expected: [{ speaker: "Sam Altman", speakerRaw: "[Sam Altman](https://blog.samaltman.com)", cite: [] }] },
	{ name: "Markdown link to a note", note: "> Stay curious. — [Sam](People/Sam%20Altman.md)", expected: [{ speaker: "Sam Altman", inferred: "link" }] },
	{ name: "qualifier after a comma", note: "> Ship early. — Sam Altman, on career advice", expected: [{ speaker: "Sam Altman", qualifier: "on career advice" }] },
	{ name: "qualifier in parentheses", note: "> Ship early. — Lex Fridman (MIT)", expected: [{ speaker: "Lex Fridman", qualifier: "MIT" }] },
	{ name: "degree qualifier", note: "> Sleep matters. — Andrew Huberman, Ph.D.", expected: [{ speaker: "Andrew Huberman", qualifier: "Ph.D." }] },
	{ name: "middle-dot qualifier", note: "> Ship early. — Sam Altman · Lex Fridman Podcast · 2023", expected: [{ speaker: "Sam Altman", qualifier: "Lex Fridman Podcast · 2023" }] },
	{ name: "timestamp in parentheses", note: "> Ship early. — Sam Altman (00:12:05)", expected: [{ speaker: "Sam Altman", timestamp: "00:12:05", qualifier: null }] },
	{ name: "timestamp in brackets", note: "> Ship early. — Sam Altman [12:05]", expected: [{ speaker: "Sam Altman", timestamp: "12:05" }] },
	{ name: "timestamp link", note: "> Ship early. — Sam Altman [▶ 9:21](https://youtu.be/x?t=561)", expected: [{ speaker: "Sam Altman", timestamp: "9:21", cite: ["[▶ 9:21](https://youtu.be/x?t=561)"] }] },
	{ name: "cite link after qualifier", note: "> Ship early. — Sam Altman, CEO ([source](https://example.com/a))", expected: [{ speaker: "Sam Altman", qualifier: "CEO", cite: ["[source](https://example.com/a)"] }] },
	{ name: "time as an HTML link after the speaker", note: '> "Ship early." - Sam Altman <a class="yt-timestamp" data-t="00:12:05">[00:12:05]</a>', expected: [{ speaker: "Sam Altman", timestamp: "00:12:05", text: '"Ship early."' }] },
	{ name: "time in brackets before the quotation", note: '> [00:05:27] "Money loves speed."', expected: [{ speaker: null, timestamp: "00:05:27", text: '"Money loves speed."' }] },
	{ name: "time as an HTML link after the quotation, no speaker", note: '> "Just words." <a class="yt-timestamp" data-t="00:03:07">[00:03:07]</a>', expected: [{ speaker: null, timestamp: "00:03:07", text: '"Just words."' }] },
	{ name: "time as an HTML link between the quotation and the speaker", note: '> "Know why you failed." <a class="yt-timestamp" data-t="00:20:06">[00:20:06]</a> - Professor Berglan, Stanford', expected: [{ speaker: "Professor Berglan", qualifier: "Stanford", timestamp: "00:20:06", text: '"Know why you failed."' }] },
	{ name: "block id is not part of the speaker", note: "> Ship early. — Sam Altman ^quote-1", expected: [{ speaker: "Sam Altman", text: "Ship early." }] },
	{ name: "multi-paragraph quote with `>` blank lines", note: "> First paragraph.\n>\n> Second paragraph. – Sam Altman", expected: [{ text: "First paragraph.\n\nSecond paragraph.", speaker: "Sam Altman", line: 1, endLine: 3 }] },
	{ name: "lazy continuation line belongs to the quote", note: "> First line\nlazy continuation – Sam Altman", expected: [{ text: "First line\nlazy continuation", speaker: "Sam Altman", endLine: 2 }] },
	{ name: "unattributed quote", note: "> Just words.", expected: [{ text: "Just words.", speaker: null, speakerRaw: null, inferred: null }] },
	{ name: "non-Latin name", note: "> 我们必须保护雨林。 — 保罗·罗索里", expected: [{ speaker: "保罗·罗索里" }] },
	{ name: "a Chinese translation after the dash is no speaker", note: '> "Model training is more an art than a science." - 模型训练更像艺术而非科学', expected: [{ text: '"Model training is more an art than a science." - 模型训练更像艺术而非科学', speaker: null }] },
	{ name: "a caption mixing scripts after the dash is no speaker", note: '> "It\'s kind of scary" - 谈到自动化AI研究时', expected: [{ speaker: null }] },
	{ name: "a four-character Chinese name after the dash", note: "> 保持好奇。 — 欧阳娜娜", expected: [{ speaker: "欧阳娜娜" }] },
	{ name: "name with particle", note: "> Europe must act. — Ursula von der Leyen", expected: [{ speaker: "Ursula von der Leyen" }] },
	{ name: "CRLF line endings", note: "> Stay curious.\r\n> — Sam Altman\r\n", expected: [{ text: "Stay curious.", speaker: "Sam Altman", endLine: 2 }] },
];

const inference: Row[] = [
	{ name: "next-quote inference across blank lines", note: "> First.\n\n\n> Second. – Sam Altman", expected: [{ speaker: "Sam Altman", inferred: "next-quote", speakerRaw: null }, { speaker: "Sam Altman", inferred: null }] },
	{ name: "no inference across a paragraph", note: "> First.\n\nSome prose.\n\n> Second. – Sam Altman", expected: [{ speaker: null }, { speaker: "Sam Altman" }] },
	{ name: "no inference across a heading", note: "> First.\n\n## Next\n\n> Second. – Sam Altman", expected: [{ speaker: null }, { speaker: "Sam Altman" }] },
	// tvogels01/quotes: a credit that names no person is still the quote's own credit.
	{ name: "a blockquote signed below by no person keeps no speaker", note: "> Simplicity is essential.\n>\n> — Principles behind the Agile Manifesto\n\n> Invent the future.\n>\n> — Alan Kay", expected: [{ speaker: null, inferred: null }, { speaker: "Alan Kay" }] },
	{ name: "a lower-case credit below is the quote's own too", note: "> Rest.\n> -- the committee\n\n> Eat the frog.\n> -- Mark Twain", expected: [{ speaker: null }, { speaker: "Mark Twain" }] },
	{ name: "`Sun` is a name's word, not Sunday", note: "> Subdue the enemy without fighting.\n>\n> — Sun Tzu", expected: [{ speaker: "Sun Tzu" }] },
	{ name: "an epithet after `the` ends a name", note: "> No plan survives contact with the enemy.\n>\n> — Helmuth von Moltke the Elder\n\n> Nothing comes of the King.\n>\n> — Return of the King", expected: [{ speaker: "Helmuth von Moltke the Elder" }, { speaker: null }] },
	// intelagense/rwxrob's quote board: a name in brackets after the words, inside or outside the quotation marks.
	{ name: "a name in brackets closing a blockquote credits it", note: "> Begin where you are. (Brian Cantrill)\n\n> \"Every generation wants to be the last. (Chuck Palahniuk)\"", expected: [{ speaker: "Brian Cantrill", text: "Begin where you are." }, { speaker: "Chuck Palahniuk" }] },
	{ name: "brackets that name nobody credit the words to nobody, not to the next quote", note: "> Only fools don't change their mind. (A French Saying)\n\n> Aliases are superseded. (Bash Manual Page)\n\n> Hackers wear hoodies. (Unknown, via Bruno)\n\n> Dogma is death. (Rob Pike)", expected: [{ speaker: null }, { speaker: null }, { speaker: null }, { speaker: "Rob Pike" }] },
	{ name: "a stage direction in brackets is no credit: the next quote's speaker goes on", note: "> That is funny. (Laughter)\n\n> Dogma is death. (Rob Pike)", expected: [{ speaker: "Rob Pike", inferred: "next-quote" }, { speaker: "Rob Pike" }] },
	// StevenTammen/bibledocs.org: a possessive opens a phrase, and a Hugo shortcode's closing `>}}` is no blockquote.
	{ name: "`His Church` is no name; a shortcode's closing `>}}` quotes nothing", note: "{{< properties\nsrctitle=\"SR5\"\n\n>}}\n\n> Love your wife as Christ loves the church. – His Church", expected: [{ line: 6, speaker: null }] },
	{ name: "only the quote right before takes the speaker", note: "> One.\n\n> Two.\n\n> Three. – Sam Altman", expected: [{ speaker: null }, { speaker: "Sam Altman", inferred: "next-quote" }, { speaker: "Sam Altman" }] },
	{ name: "first name of the one full name in the note", note: "> A. – Sam Altman\n\n> B. – Sam", expected: [{ speaker: "Sam Altman" }, { speaker: "Sam Altman", speakerRaw: "Sam", inferred: "first-name" }] },
	{ name: "ambiguous first name stays as written", note: "> A. – Sam Altman\n\n> B. – Sam Harris\n\n> C. – Sam", expected: [{ speaker: "Sam Altman" }, { speaker: "Sam Harris" }, { speaker: "Sam", inferred: null }] },
	{ name: "frontmatter host by first name", note: "---\nhost: Joe Rogan\n---\n> Jiu-jitsu. – Joe", expected: [{ speaker: "Joe Rogan", inferred: "first-name" }] },
	{ name: "frontmatter guest slug", note: "---\nguests: [peter-steinberger]\n---\n> Agents. – PETER STEINBERGER", expected: [{ speaker: "Peter Steinberger", speakerRaw: "PETER STEINBERGER", inferred: "frontmatter" }] },
	{ name: "frontmatter wikilink guest", note: '---\nguest: "[[Peter Steinberger]]"\n---\n> Agents. – Peter', expected: [{ speaker: "Peter Steinberger", inferred: "first-name" }] },
	{ name: "Logseq @-tag names a person", note: "- “Cushions get in the way of progress” *Lex*\n\t- **Tags**: #[[@lex-fridman]] #[[quotes]]", expected: [{ speaker: "Lex Fridman", speakerRaw: "Lex", inferred: "first-name" }] },
];

const callouts: Row[] = [
	{ name: "quote callout with body attribution", note: "> [!quote]\n> Ship early. — Sam Altman", expected: [{ kind: "callout", speaker: "Sam Altman", text: "Ship early.", line: 1, endLine: 2 }] },
	{ name: "a coloured quote callout (`[!quote-yellow]`, Zotero Integration) is a quote callout", note: "> [!quote-yellow] (Page 3) yellow\n> Ship early. — Sam Altman", expected: [{ kind: "callout", speaker: "Sam Altman", text: "Ship early." }] },
	{ name: "a coloured note callout is no quote", note: "> [!note-yellow] Summary\n> Ship early. — Sam Altman", expected: [] },
	{ name: "a remark in emphasis after the name is no part of it", note: "- \"Two roads diverged in a wood.\" — Robert Frost *(used ep 2)*\n- \"Life begins at the end of your comfort zone.\" — Neale Donald Walsch", expected: [{ kind: "list", speaker: "Robert Frost", inferred: null }, { speaker: "Neale Donald Walsch" }] },
	{ name: "a hedged attribution names the person (`— often attributed to Bill Gates`)", note: "- \"We overestimate what we can do in a day.\" — often attributed to Bill Gates", expected: [{ kind: "list", speaker: "Bill Gates" }] },
	{ name: "foldable cite callout", note: "> [!cite]- Source\n> Ship early. — Sam Altman", expected: [{ kind: "callout", speaker: "Sam Altman" }] },
	{ name: "title with timestamp is the speaker", note: "> [!quote]+ Tim Ferriss (00:41:10)\n> What would this look like if it were easy?", expected: [{ kind: "callout", speaker: "Tim Ferriss", speakerRaw: "Tim Ferriss", inferred: "callout-title", timestamp: "00:41:10" }] },
	{ name: "title naming a speaker of the note", note: "> A. – Naval Ravikant\n\n> [!quote] Naval\n> Seek wealth, not money.", expected: [{ speaker: "Naval Ravikant" }, { kind: "callout", speaker: "Naval Ravikant", inferred: "callout-title" }] },
	{ name: "topic title is not a speaker", note: "> [!quote] On the nature of risk\n> Take risks early.", expected: [{ kind: "callout", speaker: null, text: "Take risks early." }] },
	{ name: "a full name alone as the title the note does not know stays unattributed (it may be the note's own label)", note: "> [!quote] Katja Grace\n> Value is not that fragile.", expected: [{ kind: "callout", speaker: null, calloutTitle: "Katja Grace" }] },
	{
		name: "a title naming the person, then the work (`Eliezer Yudkowsky, [_Value is Fragile_](…)`, `Leray (personal letter …)`)",
		note: "> [!quote] Eliezer Yudkowsky, [_Value is Fragile_](https://www.lesswrong.com/posts/x)\n> Any Future not shaped by a goal system.\n\n> [!quote] Timothy Y. Chow, \"You Could Have Invented Spectral Sequences\"\n> The usual intuition.",
		expected: [{ kind: "callout", speaker: "Eliezer Yudkowsky" }, { kind: "callout", speaker: "Timothy Y. Chow" }],
	},
	{ name: "a two-word topic as the title is no speaker", note: "> [!quote] Deep Work\n> Focus is the new IQ.", expected: [{ kind: "callout", speaker: null }] },
	{ name: "unknown name-like title without timestamp stays unattributed", note: "> [!quote] Seneca\n> Luck is preparation.", expected: [{ kind: "callout", speaker: null, calloutTitle: "Seneca" }] },
];

const lists: Row[] = [
	{ name: "an item wholly in emphasis, attribution and all (`***\"…\" - answered by [@name](url)***`)", note: '- How do I start?\n   - ***"Learn about every kind of bug. Not in depth." - answered by [@sillydadddy](https://twitter.com/sillydadddy)***\n- *"Stay curious and read a lot." - Jane Doe*', expected: [{ kind: "list", speaker: "sillydadddy", text: '"Learn about every kind of bug. Not in depth."' }, { kind: "list", speaker: "Jane Doe" }] },
	{ name: "quoted item with dash attribution and highlight link", note: "- “Discipline equals freedom.” – Jocko Willink ([View Highlight](https://read.readwise.io/x))", expected: [{ kind: "list", text: "“Discipline equals freedom.”", speaker: "Jocko Willink", cite: ["[View Highlight](https://read.readwise.io/x)"] }] },
	{ name: "quoted item with italic speaker, no dash", note: "- “Cushions get in the way of progress” *Lex Fridman* ([View Highlight](https://read.readwise.io/y))", expected: [{ kind: "list", speaker: "Lex Fridman" }] },
	{ name: "dash and italic speaker", note: '- "Own it." – *Jocko Willink*', expected: [{ kind: "list", speaker: "Jocko Willink", text: '"Own it."' }] },
	{ name: "bold quote and bold-italic speaker", note: "- **“Be resilient.”** ***Jane McGonigal***", expected: [{ kind: "list", speaker: "Jane McGonigal", text: "“Be resilient.”" }] },
	{ name: "ordered list item", note: '1. "Own it." — Jocko Willink', expected: [{ kind: "list", speaker: "Jocko Willink" }] },
	{ name: "quoted item without attribution is not a quote", note: '- "what does it take to be an alec radford?"', expected: [] },
	{ name: "under a Quotes heading a labelled quoted item counts, without speaker", note: '## Notable Quotes\n\n- **On Trust**: "It changed how I think about default trust."', expected: [{ kind: "list", speaker: null, text: '"It changed how I think about default trust."', section: ["Notable Quotes"] }] },
	{ name: "plain name without dash or emphasis is not an attribution", note: '- "Own it." Jocko Willink', expected: [] },
	// Aider-AI/aider: a README's kind words, each signed with a link to the account that wrote them.
	{
		name: "an account's name in a link, however written, before where it wrote (`— [principalideal0 on Discord](…)`, `— [joseph stalzyn on X](…)`)",
		note: '- *"I am an aider addict."* — [dandandan on Discord](https://discord.com/channels/1/2/3)\n- *"Three projects in two days."* — [joseph stalzyn on X](https://x.com/a/status/1)\n- *"Great tool."* — [Paul Gauthier on X](https://x.com/b/status/2)',
		expected: [{ kind: "list", speaker: "dandandan" }, { kind: "list", speaker: "joseph stalzyn" }, { kind: "list", speaker: "Paul Gauthier" }],
	},
	{ name: "a year in brackets after the name is no page (`— Borges (1941)`)", note: "> I thought of a labyrinth of labyrinths.\n> — Borges (1941)", expected: [{ kind: "blockquote", speaker: "Borges", qualifier: "1941", cite: [] }] },
	// pdzaffina/devops-learning: a book study's passages, each with its page; a quoted term with its page is none.
	{
		name: "a quoted sentence copied with its book's page (`* *\"…\"* pg 10`, `(p. 28)`, `(339)`) is a quote of nobody named; a quoted term with a page is none",
		note: '## Chapter 1\n* *"... Leaders to buffer their people from all the political and bureaucratic insanity..."* pg 10\n* "Technical debt is inherently neither good nor bad" (p. 131)\n* "complexity debt" pg 108\n* "Precision is not expensive. It\'s mostly about caring." (339)',
		expected: [
			{ kind: "list", speaker: null, text: '"... Leaders to buffer their people from all the political and bureaucratic insanity..."', cite: ["pg 10"] },
			{ kind: "list", speaker: null, cite: ["p. 131"] },
			{ kind: "list", speaker: null, cite: ["p. 339"] },
		],
	},
];

const turns: Row[] = [
	{ name: "a chapter title in Chinese between turns ends the turn above", note: "**Lex Fridman (00:01:51)** Hello.\n\nVeo 3 与理解现实\n\n**Demis Hassabis (00:02:06)** Hi.\n\n**Lex Fridman (00:02:30)** Why?\n\n自然界中可学习的模式\n\n**Demis Hassabis (00:03:00)** Yes.", expected: [{ speaker: "Lex Fridman", line: 1, endLine: 1 }, { speaker: "Demis Hassabis" }, { speaker: "Lex Fridman", line: 7, endLine: 7 }, { speaker: "Demis Hassabis" }] },
	{ name: "under a transcript heading, two bold names are turns though each speaks once", note: "## Transcript\n\n**Russell Brunson:** Welcome back.\n\nHere's Dan.\n\n**Dan Kennedy:** Let me start with a question.", expected: [{ speaker: "Russell Brunson", line: 3, endLine: 5 }, { speaker: "Dan Kennedy", text: "Let me start with a question." }] },
	{ name: "in a note titled as a transcript, bold names are turns though each speaks once", note: '---\ntitle: "Vibrational Patterns Transcript"\n---\n**Max Rammer**: With my injury, I can hit it up against a drum pad.\n\n[violin music continues]\n\n**Alex Libin**: One thing I started doing was running with a metronome.', expected: [{ speaker: "Max Rammer" }, { speaker: "Alex Libin" }] },
	{ name: "in a note titled otherwise, bold names that each speak once are no turns", note: '---\ntitle: "Vibrational Patterns"\n---\n**Max Rammer**: With my injury, I can hit it up against a drum pad.\n\n[violin music continues]\n\n**Alex Libin**: One thing I started doing was running with a metronome.', expected: [] },
	{ name: "under a transcript heading, one bold name alone is no turn", note: "## Transcript\n\n**Background:** The show began in 2019.\n\n**Dan Kennedy:** Let me start with a question.", expected: [] },
	{ name: "a recurring Chinese label for quotes is no speaker", note: "**重要原话**：\n\n\"Carbon fiber is really carbon string and glue.\"\n\n**重要原话**：\n\n\"You could smoke a cigar while welding stainless steel.\"", expected: [] },
	{ name: "bold closed after the colon and its space", note: "**Naval Ravikant: **Yeah, thanks.\n\n**Tim Ferriss: **That's right.\n\n**Naval Ravikant: **Correct.\n\n**Tim Ferriss:**—of doing it.", expected: [{ kind: "turn", speaker: "Naval Ravikant", text: "Yeah, thanks." }, { speaker: "Tim Ferriss", text: "That's right." }, { speaker: "Naval Ravikant", text: "Correct." }, { speaker: "Tim Ferriss", text: "—of doing it." }] },
	{ name: "bold name with colon inside", note: "**Lex Fridman:** Hi.\n\n**Sam Altman:** Hello.\n\n**Lex Fridman:** Bye.\n\n**Sam Altman:** Bye.", expected: [{ kind: "turn", speaker: "Lex Fridman", text: "Hi." }, { speaker: "Sam Altman" }, { speaker: "Lex Fridman" }, { speaker: "Sam Altman" }] },
	{ name: "full-width colon after bold, first names join the full name", note: "**Lex Fridman**：你好。\n\n**Paul Rosolie**：你好。\n\n**Lex**：再见。\n\n**Paul**：再见。", expected: [{ speaker: "Lex Fridman" }, { speaker: "Paul Rosolie" }, { speaker: "Lex Fridman", speakerRaw: "Lex", inferred: "first-name" }, { speaker: "Paul Rosolie", inferred: "first-name" }] },
	{ name: "bold name with timestamp", note: "**Peter Steinberger (00:00:00)** Agents.\n\n**Lex Fridman (00:00:31)** Why?\n\n**Peter Steinberger (00:00:33)** Fun.\n\n**Lex Fridman (00:00:40)** Ok.", expected: [{ speaker: "Peter Steinberger", timestamp: "00:00:00", text: "Agents." }, { speaker: "Lex Fridman", timestamp: "00:00:31" }, { speaker: "Peter Steinberger" }, { speaker: "Lex Fridman" }] },
	{ name: "plain name with timestamp and colon", note: "---\nguest: Sam Altman\n---\nLex Fridman (00:01:02): Question?\n\nSam Altman (00:01:10): Answer.\n\nLex Fridman (00:02:00): Thanks.", expected: [{ speaker: "Lex Fridman", timestamp: "00:01:02", text: "Question?" }, { speaker: "Sam Altman", line: 6 }, { speaker: "Lex Fridman" }] },
	{ name: "a label used once is not a turn", note: "**Summary:** A talk.\n\n**Peter Steinberger:** Hi.", expected: [] },
	{ name: "a label naming a frontmatter speaker counts once", note: "---\nspeakers: [Peter Steinberger]\n---\n**Peter Steinberger:** Hi.", expected: [{ kind: "turn", speaker: "Peter Steinberger", line: 4 }] },
	{ name: "unlabelled paragraphs continue the turn; an italic aside ends it", note: "**Ann Bee:** One.\n\nTwo.\n\n**Cy Dee:** Three.\n\n*(editor's note)*\n\n**Ann Bee:** Four.\n\n**Cy Dee:** Five.", expected: [{ text: "One.\n\nTwo.", line: 1, endLine: 3 }, { text: "Three.", endLine: 5 }, { text: "Four." }, { text: "Five." }] },
];

const pullQuotes: Row[] = [
	{
		name: "quoted paragraphs, then a dash and the name with a long role on a line of its own",
		note: "Noelia González, editora\n “Obviamente, el español tiene mucho que ver con la accesibilidad.”\n\n“Queremos informar, pero también deseamos inspirar”.\n\n– Noelia González, escritora y editora científica sénior de la NASA en español, ADNET Systems, Centro de Vuelos Espaciales Goddard\n\nCrédito de la imagen: NASA",
		expected: [{ kind: "paragraph", line: 2, endLine: 4, speaker: "Noelia González" }],
	},
	{
		name: "a paragraph in bold italics with a stray dash, the signature on the next line, an office before the name",
		note: 'Intro text.\n\n**_"Each and every one of us can, and must do our part."_** -\n– PM Lee Hsien Loong on 3 Apr\n\nMore text.',
		expected: [{ line: 3, speaker: "Lee Hsien Loong", qualifier: "on 3 Apr" }],
	},
	{
		name: "a name in brackets after the quotation (`“…” (John Maynard Keynes)`), with a role after a comma; a gloss or an acronym in brackets is none",
		note: "Intro.\n\n“Practical men are usually the slaves of some defunct economist.” (John Maynard Keynes)\n\n“Confidential Computing Today, Just Computing Tomorrow” (Mark Russinovich, CTO Microsoft Azure).\n\n- “Speculation comes first” (NFTs, monos)\n- «گرمایی که از سمت زمین میاد» (گرمای خورشید و زمین)",
		expected: [{ line: 3, speaker: "John Maynard Keynes" }, { line: 5, speaker: "Mark Russinovich", qualifier: "CTO Microsoft Azure" }],
	},
	{
		name: "sayings listed under a sayings heading need no quotation marks: the name in brackets or after a dash, `(Unknown)` nobody; a note's shorthand is none",
		note: "## Epigrams\n\n### Useful sayings\n\n- Don't be the best, be the only. (Kevin Kelly)\n- Help people because you are able to help them. (Unknown)\n- It is easy to complain, not easy to find solutions. — Arnold Schwarzenegger\n- Phase 1 → speculation (NFTs)\n- Phase two, small steps — Part 2",
		expected: [{ line: 5, speaker: "Kevin Kelly", text: "Don't be the best, be the only." }, { line: 6, speaker: null }, { line: 7, speaker: "Arnold Schwarzenegger" }],
	},
	// practice-stoicism, homeostasie, tartaria (probes 655, 660): anthologies with a heading per person over plain items.
	{
		name: "an anthology by person: under `# Quotes`, two or more headings that are only a name make the plain or italic items below them theirs; a field item or a bold topic's gloss is none",
		note: "# Quotes\n\n### Marcus Aurelius\n\n- Let no act be done without purpose.\n- *Loss is nothing else but change.*\n- Context: written on campaign\n- **Meditations.** His notes to himself, in Greek\n\n### Seneca\n\n- We suffer more often in imagination than in reality.",
		expected: [
			{ line: 5, speaker: "Marcus Aurelius", text: "Let no act be done without purpose." },
			{ line: 6, speaker: "Marcus Aurelius", text: "Loss is nothing else but change." },
			{ line: 12, speaker: "Seneca" },
		],
	},
	{
		name: "one name heading over items alone (another over prose does not count), or headings whose words the note writes in lower case (`### Love`), are no anthology by person",
		note: "# Quotes\n\n### Love\n\n- Love is patient and love is kind.\n\n### Courage\n\n- Courage is grace under pressure, and courage is rare.\n\n## Sayings\n\n### Marcus Aurelius\n\n- Let no act be done without purpose.\n\n## Epigrams\n\n### Epictetus\n\nHe taught in Nicopolis.\n\n### Seneca\n\n- We suffer more often in imagination than in reality.",
		expected: [],
	},
	{
		name: "`# Афоризмы` is a sayings heading too, and `## Разное` (miscellaneous) names nobody",
		note: "# Афоризмы\n\n## Станислав Ежи Лец\n\n* Бог не ангел, но и не черт\n\n## Марк Твен\n\n* Правду говорить легко и приятно\n\n## Разное\n\n* Не ищи подводных камней на асфальте",
		expected: [{ line: 5, speaker: "Станислав Ежи Лец" }, { line: 9, speaker: "Марк Твен" }],
	},
	{
		name: "two name headings among more headings over items, under a quotes heading, are no anthology by person",
		note: "# Quotes\n\n### Marcus Aurelius\n\n- Let no act be done without purpose.\n\n### Seneca Falls\n\n- Meeting notes from the trip there.\n\n### Summary of the day\n\n- we walked a lot today\n\n### Travel log entries\n\n- three trains and one bus\n\n### Open questions today\n\n- who pays for the tickets",
		expected: [],
	},
	// vrnvu/rust-kindle-to-md (probe 666): a highlights export, a heading per author, then one per book.
	{
		name: "a highlights export with three author headings or more, then a book's heading, names the quoted items below it without a quotes heading; the books' single words never do",
		note: "# Index\n\n- [albert-camus](#albert-camus)\n\n# Albert Camus\n\n## El verano\n\n- \"Es la romanza que precede al crimen.\"\n\n# Alessandro Baricco\n\n## Novecento\n\n- \"Cuando no sabes lo que es, entonces es jazz.\"\n\n## Seda\n\n- \"Le estaba mirando con ojos mudos.\"\n\n## Tierras\n\n- \"Nadie sabe nada.\"\n\n# Oscar Wilde\n\n## Intenciones\n\n- \"La vida imita al arte.\"",
		expected: [
			{ line: 9, speaker: "Albert Camus" },
			{ line: 15, speaker: "Alessandro Baricco" },
			{ line: 19, speaker: "Alessandro Baricco" },
			{ line: 23, speaker: "Alessandro Baricco" },
			{ line: 29, speaker: "Oscar Wilde" },
		],
	},
	{
		name: "two name headings among a persona's sections (`## Selected Works`, `## Panel Prompts`) name no quoted item outside a quotes heading",
		note: "# Chloe Zhao\n\n## Selected Works\n\n- \"Nomadland\" (2020)\n\n## Panel Prompts\n\n- \"Where does authenticity end and exploitation begin?\"\n\n## Derived lens\n\n- Restraint over spectacle",
		expected: [],
	},
	// art-science-ai (probe 461): a video note's key quotes, each closed by who says it to whom.
	{
		name: "a speaker and a listener in brackets after the quotation (`(Galadriel to Frodo)`): the first is the voice; `(Phase 1 to 2)` names nobody",
		note: "### Key quotes\n- \"Only thrice have you set the ring upon your finger.\" (Galadriel to Frodo)\n- \"Ship the small version first.\" (Phase 1 to 2)\n\n> Do not try. It would destroy you. (Gandalf to Frodo Baggins)",
		expected: [{ line: 2, speaker: "Galadriel", qualifier: "to Frodo" }, { line: 5, speaker: "Gandalf", qualifier: "to Frodo Baggins" }],
	},
	// remyShift/obsidian-vault: a French vault's quotes, the name and the talk in one italic span.
	{
		name: "a name and where it was said in one emphasis after the quotation (`*David Franck, Devoxx 2023*`)",
		note: "- \" La meilleure manière d'apprendre est d'enseigner. \" *David Franck, Devoxx 2023*\n- “Stay hungry, stay foolish.” _Steve Jobs, Stanford_",
		expected: [
			{ line: 1, speaker: "David Franck", qualifier: "Devoxx 2023" },
			{ line: 2, speaker: "Steve Jobs", qualifier: "Stanford" },
		],
	},
	// davidgasquez/handbook: `Quotes.md`, each saying closed by its author's name as a sentence of its own.
	{
		name: "under a quotes heading an item's last sentence may be the name alone (`… some are useful. George Box.`); a closing phrase that is no name is none",
		note: "## Quotes\n\n- All models are wrong, but some are useful. George Box.\n- Attitude is a choice. Choose wisely. Roy T. Bennett.\n- Perfection is achieved when there is nothing left to take away. Antoine de Saint-Exupéry.\n- Ship it today. Then iterate.\n\n## Log\n\n- We talked about budgets for an hour. Peter Drucker.",
		expected: [
			{ line: 3, speaker: "George Box", text: "All models are wrong, but some are useful." },
			{ line: 4, speaker: "Roy T. Bennett", text: "Attitude is a choice. Choose wisely." },
			{ line: 5, speaker: "Antoine de Saint-Exupéry" },
		],
	},
	{
		name: "an item tagged `#quotes` is a saying without quotation marks, its speaker after the dash; an article's bullet opens with a reporter's quotation that goes on after its credit",
		note: "- Education is **bitter**, but its fruit is **sweet**. - Aristotle #quotes\n- Only time can heal what reason cannot. - Lucius Seneca #[[quotes]]\n- Phase one - Part 2 #quotes\n- “We need to rebuild our confidence in humans,” Vallor says. “We will not get there alone.”\n- Sitting on the balcony, we talked for an hour.",
		expected: [{ line: 1, speaker: "Aristotle", text: "Education is **bitter**, but its fruit is **sweet**." }, { line: 2, speaker: "Lucius Seneca" }, { line: 4, speaker: "Vallor", text: "“We need to rebuild our confidence in humans,” “We will not get there alone.”" }],
	},
	{ name: "a prose paragraph before a dash line is no pull quote", note: "We talked about budgets for an hour.\n\n– Lee Hsien Loong", expected: [] },
	{
		name: "a dash set in a span for its font, then a Chinese name with the work in 《》 or a note in full-width brackets after it; a dash inside a sentence names no one",
		note: '> 当你老了，回顾一生。\n>\n> <span class="cn-font" lang="zh-CN">——</span>陶杰《当时只道是寻常》\n\n> 我的朋友。\n> ——胡适（1891–1962）\n\n> 本期邀来当事人——西高地Papi妈妈，她叫Penny。',
		expected: [{ line: 1, speaker: "陶杰" }, { line: 5, speaker: "胡适" }, { line: 8, speaker: null }],
	},
	{
		name: "under a quotes heading a plain paragraph signed below is a quote, the signature after a `\\` line break; a sentence about the source may follow the name",
		note: "# Favorite Quotes\n\nThe first principle is that you must not fool yourself.\\\n~ Richard Feynman\n\nIf you assume that there is no hope, you guarantee it.\\\n~ Noam Chomsky. As quoted in \"Captain Fantastic\" (2016).\n\n- a list item\n~ Nobody Here\n\n## Log\n\nWe talked about budgets for an hour.\n~ Lee Hsien Loong",
		expected: [
			{ line: 3, endLine: 3, speaker: "Richard Feynman", text: "The first principle is that you must not fool yourself." },
			{ line: 6, speaker: "Noam Chomsky" },
		],
	},
	{
		name: "a paragraph quoted as a whole over three lines, signed below; a tilde signs too; the name in full as the heading writes it",
		note: "## Worlds of Ursula K. Le Guin\n\n“If you find yourself asking,\nchances are you are.\nThe real one is scared.”\n\n― Steven Pressfield, The War of Art\n\n\"We read books to find out who we are.\"\n~ Ursula Le Guin\n\nHe wrote “about it” at length,\nand then stopped.”\n\n― Steven Pressfield",
		expected: [{ line: 3, endLine: 5, speaker: "Steven Pressfield" }, { line: 9, speaker: "Ursula K. Le Guin" }],
	},
	// ucsdterryle (probe 478): a student's page of the best advice they got.
	{
		name: "a line wholly in quotation marks signed by the list item right below it (`- Harry Truman`), the writer's words after; a no-break space after the dash",
		note: "# Best advice I got\n\n\"Whenever I make a bum decision, I go out and make another one.\"\n- Harry Truman\nA bad decision may force you to make another one.\n\n\u201cWhen it is dark enough, you can see the stars.\u201d\u00a0\n\u2015\u00a0Ralph Waldo Emerson\n",
		expected: [
			{ kind: "paragraph", line: 3, endLine: 3, speaker: "Harry Truman", text: "\"Whenever I make a bum decision, I go out and make another one.\"" },
			{ line: 7, speaker: "Ralph Waldo Emerson" },
		],
	},
];

const pullQuoteTraps: Row[] = [
	{
		name: "a list item below a line that is not wholly a quotation, or only in bold, signs nothing",
		note: "# Usability test\n\n**Can you tell me who the author of this notebook is?**\n- Jessie Blogs, Archive Scientist [Y][N]\n\nWe tried \"flow\" for a week.\n- Harry Truman\n\n\"A quotation alone.\"\n\n- Ada Brook",
		expected: [],
	},
];

const savedPosts: Row[] = [
	{
		name: "a post saved by Tweet to Markdown: the byline's name says the words up to its link; a quoted post inside is its own account's",
		note: "![simonplend](https://pbs.twimg.com/a_normal.jpg)\nSimon Plenderleith ([@simonplend](https://twitter.com/simonplend)) - November 10, 2022 5:35 AM\n\nHaving fun planning for this afternoon's live stream...\n\n> ![platformatic](https://pbs.twimg.com/b_normal.jpg)\n> Platformatic ([@platformatic](https://twitter.com/platformatic)) - November 8, 2022 12:24 PM\n> \n> Join us on Twitch as we build a clone.\n> \n> [Tweet link](https://twitter.com/platformatic/status/1590032624545734656)\n\n[Tweet link](https://twitter.com/simonplend/status/1590654397167865857)",
		expected: [
			{ line: 4, endLine: 4, speaker: "Simon Plenderleith", text: "Having fun planning for this afternoon's live stream..." },
			{ line: 9, endLine: 9, speaker: "Platformatic", text: "Join us on Twitch as we build a clone." },
		],
	},
	{
		name: "a thread saved by the Web Clipper (`**Name** @handle [date](https://x.com/…/status/…)`): the words to the note's end",
		note: "# Thread by @karpathy\n**Andrej Karpathy** @karpathy [2026-04-02](https://x.com/karpathy/status/2039805659525644595)\n\nLLM Knowledge Bases\n\nSomething I'm finding very useful recently.\n\nTLDR: raw data is compiled into a wiki.",
		expected: [{ line: 4, endLine: 8, speaker: "Andrej Karpathy" }],
	},
	{
		name: "a byline without its post's link (a note that cites an account) is no saved post",
		note: "Simon Plenderleith ([@simonplend](https://twitter.com/simonplend)) - November 10, 2022\n\nHe wrote about live streams.",
		expected: [],
	},
];

describe.each([
	["posts saved from X by Obsidian tools", savedPosts],
	["pull quotes signed on a line of their own", pullQuotes],
	["pull quote traps", pullQuoteTraps],
	["blockquote attributions", blockquotes],
	["speaker inference", inference],
	["callouts", callouts],
	["list quotes", lists],
	["transcript turns", turns],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

test("the README's sayings example reads as the README says", () => {
	const expected = [{ speaker: "Kevin Kelly" }, { speaker: null }, { speaker: "Aristotle" }, { speaker: "Vallor" }];
	expect(quotesLike(readmeBlock("Useful sayings"), expected)).toEqual(expected);
});

test("a pull quote signed on its own line in bold or italics (`**― Dave Jackson, School of Podcasting**`, `**- Ross Brand**`)", () => {
	const note = '## Quotes\n\n_"Please subscribe to your own podcast!"_<br />\n**― Dave Jackson, School of Podcasting**\n\n_"Not everyone listens to podcasts."_<br />\n**- Ross Brand**\n\n"Make a podcast that you want to hear."\n_— David Steele_';
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.speaker])).toEqual([
		[3, "Dave Jackson"],
		[6, "Ross Brand"],
		[9, "David Steele"],
	]);
	// A bold line opening with a hyphen under prose is a bold list-like note, not a signature.
	const plain = "We talked for an hour about feeds.\n**- Ross Brand**";
	expect(parseNote("b.md", plain).quotes).toEqual([]);
});
