// The note's subject (decision 10) and the speaker forms added with it: one row per case, { name, note, expected }.
import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { noteSubject, speaksOf, titlePeople } from "../../../src/core/quotes/subject";
import { quotesLike, readmeBlock, type Row } from "./helpers";

const subject: Row[] = [
	// hollowverse/hollowverse: a people collection's page, titled by `name:` only.
	{
		name: "a page with no title but `name: Stephen Colbert` is about that person; `The Colbert Report` is a show, no full name",
		note: "---\nname: \"Stephen Colbert\"\n---\n\nColbert got humor from his family. Fans of \"The Colbert Report\" know it. He has said his family was:\n\n>…a humorocracy.\n\nColbert is still religious. He has said:\n\n> I go to church. I teach Sunday school.",
		expected: [
			{ line: 7, speaker: "Stephen Colbert" },
			{ line: 11, speaker: "Stephen Colbert" },
		],
	},
	{
		name: "`name:` that is no person's (`name: 2022-11-23-recap`) titles nothing",
		note: "---\nname: 2022-11-23-recap\n---\n\n> We shipped the release.",
		expected: [{ speaker: null }],
	},
	{
		name: "a team post greeting its person (`Welcome Sam Willis!`) is about them: the answers under its question headings are theirs",
		note: "---\ntitle: 'Welcome Sam Willis!'\n---\n\nWe're thrilled to introduce Sam Willis to the team.\n\n### Can you tell us about your background?\n\nWhen I was around 11, I started playing with HTML.\n\n### What led you to Electric?\n\nI was looking for a simple note-taking app.\n\n### What do you do outside work?\n\nI sail with my wife.",
		expected: [
			{ line: 9, speaker: "Sam Willis" },
			{ line: 13, speaker: "Sam Willis" },
			{ line: 17, speaker: "Sam Willis" },
		],
	},
	{
		name: "a page titled with one name and `Quotes` (`Feynman Quotes`) is about the full name the body gives; its sayings need no quotation marks or heading",
		note: '---\ntitle: Feynman Quotes\n---\n\nI have always loved books by Richard Feynman.\n\n> Religion is a culture of faith; science is a culture of doubt.\n\n- Nature cannot be fooled, whatever we wish. - R. P. Feynman',
		expected: [
			{ line: 7, speaker: "Richard Feynman", inferred: "context" },
			{ kind: "list", line: 9, text: "Nature cannot be fooled, whatever we wish." },
		],
	},
	{
		name: "paragraphs wholly in quotation marks under `## Quotes` are the title's person's; elsewhere, or with no one named, they are no quotes",
		note: '# Interview with Mo Gawdat - AI is worse than climate change\n\nMo Gawdat discusses AI.\n\n"People always say this is fine."\n\n## Quotes\n"We are on the brink of a new era."\n\n"AI is not just a tool."',
		expected: [
			{ kind: "paragraph", line: 8, speaker: "Mo Gawdat", inferred: "context", text: '"We are on the brink of a new era."' },
			{ kind: "paragraph", line: 10, speaker: "Mo Gawdat", inferred: "context" },
		],
	},
	{
		name: "quoted paragraphs under `## Quotes` in a note about no one are no quotes",
		note: '# Weekly notes\n\n## Quotes\n"We are on the brink of a new era."\n\n"AI is not just a tool."',
		expected: [],
	},
	{
		name: "a title that says whose words the note keeps (`Quoting Stephen West`) needs no mention in the body",
		note: '---\ntitle: Quoting Stephen West\n---\nhttps://share.snipd.com/episode/558b939f\n\n> What is happiness but a certain kind of harmony?',
		expected: [{ speaker: "Stephen West", inferred: "context", line: 6 }],
	},
	{
		name: "an abstract noun in a title's capitalised run is no person (`Risk, Insurance, Portfolio Diversification`)",
		note: '---\ntitle: "Risk, Insurance, Portfolio Diversification"\n---\n\nWeek one covers Portfolio Diversification and risk.\n\n> Diversification is the only free lunch, I think.',
		expected: [{ speaker: null }],
	},
	{
		name: "a headline's one-word label (`Ancelotti: …`) names the one full name the body gives it",
		note: '---\ntitle: "Ancelotti: El equipo nunca se rinde, es el ADN del Real Madrid"\n---\n\nCarlo Ancelotti analizó la victoria del Real Madrid.\n\n### Kepa\n > Ha hecho un buen partido en mi opinión.',
		expected: [{ speaker: "Carlo Ancelotti", inferred: "context", line: 8 }],
	},
	{
		name: "a headline's label the body gives no full name (`Review: …`) names no one",
		note: '---\ntitle: "Review: The Team Never Gives Up"\n---\n\nCarlo Ancelotti analizó la victoria.\n\n### Kepa\n > Ha hecho un buen partido en mi opinión.',
		expected: [{ speaker: null, text: "Ha hecho un buen partido en mi opinión." }],
	},
	{
		name: "a label before a headline that says who speaks is a topic (`OpenClaw: Peter Steinberger on Lex Fridman`)",
		note: '---\ntitle: "OpenClaw: Peter Steinberger on Lex Fridman"\n---\n\nPeter Steinberger built OpenClaw Git in a week; Lex Fridman asked why.\n\n> I ship at inference speed.',
		expected: [{ speaker: "Peter Steinberger", inferred: "context", line: 7 }],
	},
	{
		name: "timed quoted items (`- 15:10 — \"…\"`) under a title naming one person on its own",
		note: '---\ntitle: "#82 David Ogilvy (Ogilvy on Advertising)"\n---\n\n## Raw datapoints\n\n- 15:10 — "Committees can criticize, but they cannot create."\n- [38:05] "Use research as a drunk uses a lamppost."\n- 26:30 — Write down your principles.',
		expected: [
			{ kind: "list", line: 7, speaker: "David Ogilvy", inferred: "context", timestamp: "15:10", text: '"Committees can criticize, but they cannot create."' },
			{ kind: "list", line: 8, speaker: "David Ogilvy", inferred: "context", timestamp: "38:05" },
		],
	},
	{
		name: "a tag in brackets opening the title (`[Podcast] Andrej Karpathy — …`), the body naming nobody",
		note: '---\ntitle: "[Podcast] Andrej Karpathy \u2014 AGI is still a decade away"\n---\n\nLots of ideas.\n\n> On AGI\n> "The problems are tractable, but they\'re still difficult"',
		expected: [{ speaker: "Andrej Karpathy", inferred: "context", line: 7 }],
	},
	{
		name: "what a title's person speaks on is a topic, not a pair in conversation (`Matthew Ives on Solar Power and Experience Curves`)",
		note: '---\ntitle: "Matthew Ives on Solar Power and Experience Curves"\n---\n\nDr [Matthew Ives](https://x.org/ives) is an economist.\n\n## Key points\n\n**Complexity Economics—**\n\n> We do not rely on the big assumptions of neoclassical economics.\n\n**Experience Curves—**\n\n> The costs have come down around 5,000x fold.',
		expected: [
			{ speaker: "Matthew Ives", inferred: "context", line: 11 },
			{ speaker: "Matthew Ives", inferred: "context", line: 15 },
		],
	},
	{
		name: "a title featuring one of two names it writes (`… Urbit IDs, and Communities w/ Haleek Maul`), the body naming both: the featured one",
		note: '---\ntitle: "NFTs, Urbit IDs, and Communities w/ Haleek Maul"\n---\n\nWe sat down with Haleek Maul. Urbit IDs are evolving.\n\n**What exactly is Holdersland?**\n\nIt’s a company centered around Caribbean intellectual property.\n\n**Why web3?**\n\nI’ve always been interested in technology.\n\n**What next?**\n\nWe want to grow the community.',
		expected: [
			{ speaker: null, inferred: null, line: 7 },
			{ speaker: "Haleek Maul", inferred: "context", line: 9 },
			{ speaker: null, inferred: null, line: 11 },
			{ speaker: "Haleek Maul", inferred: "context", line: 13 },
			{ speaker: null, inferred: null, line: 15 },
			{ speaker: "Haleek Maul", inferred: "context", line: 17 },
		],
	},
	{
		name: "a frontmatter title naming one person, the body speaking of him",
		note: "---\ntitle: Thoughts on Richard Sutton's interview on Dwarkesh Podcast\n---\nRichard Sutton won the Turing Award.\n\n> What is intelligence? The problem is to understand your world.\n\nI disagree.\n\n> Mimicking people is not a model of the world.",
		expected: [
			{ speaker: "Richard Sutton", inferred: "context" },
			{ speaker: "Richard Sutton", inferred: "context" },
		],
	},
	{
		name: "a level-1 heading: words before the name are dropped",
		note: "# Notes From an Interview With Jony Ive\n\nPatrick Collison interviewed Jony Ive.\n\nOn moving fast:\n\n> Breaking stuff leaves us surrounded by carnage.",
		expected: [{ speaker: "Jony Ive", inferred: "context" }],
	},
	{
		name: "two people in the title: the one it says speaks (`Name on …`)",
		note: "# Podcast Notes: Ed Catmull on David Senra\n\nEd Catmull was on the David Senra podcast.\n\n> A hard problem is more likely to lead to an interesting film.",
		expected: [{ speaker: "Ed Catmull", inferred: "context" }],
	},
	{
		name: "quoted list items with no attribution become the subject's",
		note: "---\ntitle: NOTES from Naval on JRE\n---\n# [Naval Ravikant – The Joe Rogan Experience](https://example.com)\n\nNaval Ravikant practices meditation.\n\n* **\"Desire is suffering.\"**\n* \"News has become commoditized.\"\n* Happiness is a choice",
		expected: [
			{ kind: "list", speaker: "Naval Ravikant", inferred: "context", text: "\"Desire is suffering.\"" },
			{ kind: "list", speaker: "Naval Ravikant", inferred: "context", text: "\"News has become commoditized.\"" },
		],
	},
	{
		name: "an item ending in `:` introduces the quoted item below it",
		note: "---\ntitle: NOTES from Naval on JRE\n---\nNaval Ravikant talked about politics.\n\n* [Nassim Taleb](https://example.com) has a good model, he has said:\n\n  + **\"With my family, I'm a communist.\"**",
		expected: [{ speaker: "Nassim Taleb", inferred: "lead-in" }],
	},
	{
		name: "the quote's own attribution and a lead-in come first",
		note: "# An Interview With Jony Ive\n\nJony Ive talks.\n\n> One. – Patrick Collison\n\nAs Omar put it:\n\n> Two.",
		expected: [
			{ speaker: "Patrick Collison", inferred: null },
			{ speaker: "Omar", inferred: "lead-in" },
		],
	},

	{
		name: "two people in the title (`A x B`), the prose presenting one as the one interviewed",
		note: "---\ntitle: \"Lex Fridman x Peter Steinberger: The OpenClaw Story\"\n---\n# Lex Fridman x Peter Steinberger: The OpenClaw Story\n\nLex Fridman just dropped a 3-hour interview with Peter Steinberger, creator of OpenClaw.\n\n> I was annoyed that it didn't exist, so I just prompted it into existence.",
		expected: [{ speaker: "Peter Steinberger", inferred: "context" }],
	},
	{
		name: "words of description between `with` and the name (`podcast with OpenClaw creator …`)",
		note: "# Lex Fridman and Peter Steinberger\n\nNotes on the Lex Fridman podcast with OpenClaw creator Peter Steinberger.\n\n> Here I am.",
		expected: [{ speaker: "Peter Steinberger", inferred: "context" }],
	},
	{
		name: "a headline names its person before the verb (`NYC Mayor Bill de Blasio Defends His First Term`): the answers under bold questions are his",
		note: "# NYC Mayor Bill de Blasio Defends His First Term\n\nMayor Bill de Blasio meets with reporters.\n\n**Is there a place for that in the budget?**\n\nToday? It is not part of our thinking.\n\n**What about the police?**\n\nWe have done a lot of work there.\n\n**And the schools?**\n\nThey are better than ever.",
		expected: [{ speaker: null }, { speaker: "Bill de Blasio", text: "Today? It is not part of our thinking." }, { speaker: null }, { speaker: "Bill de Blasio" }, { speaker: null }, { speaker: "Bill de Blasio" }],
	},
	{
		name: "what a title says a person does is no part of the name (`Editor and Novelist Hannah Tinti`): `HT:` is her",
		note: "---\ntitle: 'One Story: Interview with Editor and Novelist Hannah Tinti'\n---\n\nHT: What was the seed of this story?\n\nMJL: I lived in Japan from 2007.\n\nHT: And then?\n\nMJL: I wrote it.",
		expected: [{ speaker: "Hannah Tinti", speakerRaw: "HT" }, { speaker: "MJL" }, { speaker: "Hannah Tinti" }, { speaker: "MJL" }],
	},
	{
		name: "a title that asks how (`Cómo Hacerte Rico (sin tener suerte)`) names nobody, in Spanish as in English",
		note: "---\ntitle: Cómo Hacerte Rico (sin tener suerte)\n---\n\nTraducción del hilo.\n\n## Citas\n\n> Persigue riqueza, no dinero o estatus.\n\n> Entiende que la creación ética de riqueza es posible.",
		expected: [{ speaker: null }, { speaker: null }],
	},
	{
		name: "words the title quotes (`Research for “Large Volumes” Use Cases`) are a phrase, nobody the quotes below belong to",
		note: "# Research for “Large Volumes” Use Cases\n\nWe talked to Large Volumes users.\n\n## Quotes\n\n- \"Metrics are key to success.\"\n- \"People must prove value.\"",
		expected: [{ speaker: null }, { speaker: null }],
	},
	{
		name: "a page of a person's sayings (`title: Satya Nadella Quotes`) gives them its unattributed blockquotes, `Quotes` no part of the name",
		note: "---\ntitle: Satya Nadella Quotes\n---\n> Our industry does not respect tradition – it only respects innovation.\n\n> Businesses will use technology only if they can trust it.",
		expected: [{ speaker: "Satya Nadella" }, { speaker: "Satya Nadella" }],
	},
	{
		name: "a keynote, talk or lecture the title gives a person (`Jensen Huang CES 2026 Keynote`) is theirs: no second mention needed, the event's words no part of the name",
		note: "# Jensen Huang CES 2026 Keynote — Key Insights\n\n## Key Quotes & Insights\n\n- \"You no longer program the software, you train the software\"\n- \"You don't run it on CPUs, you run it on GPUs\"",
		expected: [{ speaker: "Jensen Huang", inferred: "context" }, { speaker: "Jensen Huang", inferred: "context" }],
	},
	{
		name: "a guest the title features (`ft. [[Name]]`) needs no second mention in the body",
		note: "# How Cultures Create Emotions (ft. [[Batja Mesquita]])\n\n## Notes\n\n> Let's say lust or excitement, these are emotions we value. ^71fec6",
		expected: [{ speaker: "Batja Mesquita", inferred: "context", text: "Let's say lust or excitement, these are emotions we value." }],
	},
	{
		name: "a site's `seo_title` interviewing a person known for something (`An Interview With cURL's Daniel Stenberg`) names the one interviewed",
		note: "---\ntitle: \"Daniel Stenberg\"\nseo_title: \"An Interview With cURL's Daniel Stenberg\"\n---\n\n### What project do you maintain?\n\nThat's a harder question than it may sound.\n\n### How has it evolved?\n\nIt grew slowly.\n\n### What keeps you involved?\n\nThe people.",
		expected: [{ line: 8, speaker: "Daniel Stenberg", inferred: "context" }, { speaker: "Daniel Stenberg" }, { speaker: "Daniel Stenberg" }],
	},
];

const listItems: Row[] = [
	{
		name: "a speaker with a speech verb before a dash on the same item",
		note: "* Nassim Taleb has said – **\"There are two great addictions: heroin and a monthly salary\"**",
		expected: [{ kind: "list", speaker: "Nassim Taleb", inferred: "lead-in", text: "\"There are two great addictions: heroin and a monthly salary\"" }],
	},
	{
		name: "a topic before the dash: the note's subject speaks",
		note: "# Notes on Naval Ravikant\n\nNaval Ravikant on wealth.\n\n* Art – **\"Art is just creativity.\"**\n* A Navalism – **\"Your real resume is a cataloging of your suffering\"**",
		expected: [
			{ speaker: "Naval Ravikant", inferred: "context" },
			{ speaker: "Naval Ravikant", inferred: "context" },
		],
	},
	{
		name: "a bold topic and a colon before a whole quoted sentence: the note's subject speaks",
		note: "# Notes on Alex Karp\n\nAlex Karp at Davos.\n\n- **Honesty Principle**: \"You just cannot obfuscate the way you used to.\"\n- **Next three years:** \"Market value honesty will beat market value spin.\"",
		expected: [
			{ speaker: "Alex Karp", inferred: "context", text: "\"You just cannot obfuscate the way you used to.\"" },
			{ speaker: "Alex Karp", inferred: "context" },
		],
	},
	{
		name: "emphasis closed one mark short after the quotation",
		note: "# Notes on Naval Ravikant\n\nNaval Ravikant on wealth.\n\n* **\"If you're a peaceful person, anything you do will be a happy activity\"*",
		expected: [{ speaker: "Naval Ravikant", inferred: "context" }],
	},
];

const listItemTraps: Row[] = [
	{ name: "a linked name with a speech verb before the dash", note: "* [Confucius](https://en.wikipedia.org/wiki/Confucius) has said – **\"Every man has two lives\"**", expected: [{ speaker: "Confucius", inferred: "lead-in" }] },
	{ name: "a topic before the dash with nobody to speak", note: "* Art – **\"Art is just creativity.\"**", expected: [] },
	// The lead gives the words to an unnamed friend (decision 40): a quote, never the subject's.
	{ name: "a sentence before the dash is no topic", note: "# Notes on Naval Ravikant\n\nNaval Ravikant on wealth.\n\n* As one of his friends puts in – **\"Specialization is for insects\"**", expected: [{ speaker: null, speakerRaw: "one of his friends" }] },
	{ name: "a bold term and a colon before a quoted term is a glossary entry", note: "# Notes on Naval Ravikant\n\nNaval Ravikant on wealth.\n\n* **Leverage**: \"code and media\"", expected: [] },
	{ name: "a quoted term inside prose", note: "# Notes on Naval Ravikant\n\nNaval Ravikant on wealth.\n\n* Naval practices the **\"art of doing nothing\"** meditation", expected: [] },
];

const subjectTraps: Row[] = [
	{
		name: "two people in the title, the prose introducing both after `with`",
		note: "# Lex Fridman x Peter Steinberger\n\nA conversation with Lex Fridman and Peter Steinberger.\n\n> I prompted it into existence.",
		expected: [{ speaker: null }],
	},
	{
		name: "two people in the title, neither said to speak",
		note: "---\ntitle: My understanding from the conversation between Lex Fridman and Walter Isaacson\n---\nLex Fridman asked. Walter Isaacson answered.\n\n> Curiosity is the key.",
		expected: [{ speaker: null }],
	},
	{
		name: "a title that names only a show",
		note: "# The Joe Rogan Experience\n\nJoe Rogan hosts it.\n\n> One.",
		expected: [{ speaker: null }],
	},
	{
		name: "a name the body never speaks of and the title does not feature (`with`, not `ft.`)",
		note: "# Pricing with Rosa Quint\n> Prices should be public.",
		expected: [{ speaker: null }],
	},
	{
		name: "a name the body never speaks of",
		note: "# Rosa Quint on pricing\n> Prices should be public.",
		expected: [{ speaker: null }],
	},
	{
		name: "a blockquote that speaks of the subject by name is a show note, not a quote",
		note: "# 419 Sam Altman 2\n\nSam Altman emphasizes power struggles.\n\n> Samuel Harris Altman is an American entrepreneur. Altman is considered a leading figure.\n\n> The road to AGI should be a giant power struggle.",
		expected: [{ speaker: "Sam Altman", inferred: "context", text: "The road to AGI should be a giant power struggle." }],
	},
	{
		name: "quoted list items with nobody to give them to stay out",
		note: "# Reading list\n\n* \"Deep Work\"\n* \"Range\"",
		expected: [],
	},
	{
		// The read-out belongs to Tim's turn (a turn runs up to the next label): it is neither the subject's nor a quote of its own.
		name: "a blockquote a transcript speaker reads out is not the subject's",
		note: "---\ntitle: The Evolution of AI Agents with Ben Labaschin\n---\n**Ben:** Hi Tim.\n\n**Tim:** I keep coming back to Fred Brooks:\n\n> The hard part of building software is the specification.\n\n**Ben:** True.\n\n**Tim:** Indeed.",
		// `Ben` is the Ben Labaschin the title names; the blockquote stays inside Tim's turn.
		expected: [
			{ kind: "turn", speaker: "Ben Labaschin" },
			{ kind: "turn", speaker: "Tim", endLine: 8 },
			{ kind: "turn", speaker: "Ben Labaschin" },
			{ kind: "turn", speaker: "Tim" },
		],
	},
	{
		name: "a host is never the subject",
		note: "---\ntitle: Lex Fridman on curiosity\nhost: Lex Fridman\n---\nLex Fridman thinks aloud.\n\n> Be curious.",
		expected: [{ speaker: null }],
	},
	{
		name: "a first name alone in the body is no evidence for a title's name",
		note: "# The Day After AGI (Radio Davos Extended)\n\nThis is the Radio Davos version.\n\n> One.",
		expected: [{ speaker: null }],
	},
	{
		name: "a work's title in another language (`Uma Vida Lendária`) names nobody",
		note: "---\ntitle: 004 - Uma Vida Lendária\n---\nUma Vida Lendária é um podcast.\n\n> Eu não sou pessimista.",
		expected: [{ speaker: null }],
	},
];

const labels: Row[] = [
	{
		name: "a lower-case handle that recurs beside two named voices, named by `aka` in the note",
		note: "Pierre: Welcome. I'm here with my co-host Michael Goldstein aka bitstein.\n\nbitstein: Glad to be here.\n\nAndrew: Hello.\n\nPierre: Let's start.\n\nbitstein: Sure.\n\nAndrew: Fine.",
		expected: [
			{ speaker: "Pierre" },
			{ speaker: "Michael Goldstein", speakerRaw: "bitstein", inferred: "note-name" },
			{ speaker: "Andrew" },
			{ speaker: "Pierre" },
			{ speaker: "Michael Goldstein" },
			{ speaker: "Andrew" },
		],
	},
	{
		name: "initials that match nobody take the one frontmatter person with that first initial",
		note: "---\nhosts:\n  - name: Carlisia Thompson\n    url: https://example.com\n  - name: Bryan Liles\n---\n[0:00:01.0] CC: Welcome back.\n\n[0:00:05.0] BL: Hi.\n\n[0:00:09.0] CC: Let's begin.\n\n[0:00:12.0] BL: Sure.",
		expected: [{ speaker: "Carlisia Thompson" }, { speaker: "Bryan Liles" }, { speaker: "Carlisia Thompson" }, { speaker: "Bryan Liles" }],
	},
	{
		name: "labels in capitals are the names the prose writes, honorifics dropped",
		note: "Dahlia Lithwick interviews the Reverend William Barber.\n\n> **DAHLIA:** One last question.\n>\n> **REV. BARBER:** Go to the movement.\n>\n> **DAHLIA:** Thank you.",
		expected: [{ speaker: "Dahlia Lithwick" }, { speaker: "William Barber" }, { speaker: "Dahlia Lithwick" }],
	},
];

const placeholders: Row[] = [
	{
		name: "`Speaker N` alone on lines inside a list item (Snipd via Readwise)",
		note: "* How to form habits\n  Transcript:\n  Speaker 3\n  It is not that big of a deal.\n  Speaker 1\n  It makes it complicated.\n  Speaker 2\n  So if I'm hearing you correctly.",
		expected: [
			{ kind: "turn", speaker: null, speakerRaw: "Speaker 3", text: "It is not that big of a deal." },
			{ kind: "turn", speaker: null, speakerRaw: "Speaker 1", text: "It makes it complicated." },
			{ kind: "turn", speaker: null, speakerRaw: "Speaker 2", text: "So if I'm hearing you correctly." },
		],
	},
	{
		name: "a named voice alone right after `Transcript:` in a snip's list item, in two snips (Snipd via Readwise)",
		note: "## Highlights\n- * Standard definitions of life have limits.\n  Transcript:\n  Sara Imari Walker\n  So I wouldn't say that I agree with these definitions.\n    - [Time 0:06:51](https://share.snipd.com/snip/a)\n- * Information defines the boundary.\n  Transcript:\n  Sara Imari Walker\n  So information to me is related to the boundary.\n    - [Time 0:16:04](https://share.snipd.com/snip/b)",
		expected: [
			{ kind: "turn", line: 4, endLine: 5, speaker: "Sara Imari Walker", text: "So I wouldn't say that I agree with these definitions." },
			{ kind: "turn", line: 9, speaker: "Sara Imari Walker" },
		],
	},
	{
		name: "list items that open with `Speaker N:` (Airr via Readwise)",
		note: "## Highlights\n\n* Speaker 1: He was not able to compete.\n  * Note: Keep a training log\n* Speaker 0: Sleep is critical.\n  Speaker 1: It is.",
		expected: [
			{ kind: "turn", speakerRaw: "Speaker 1", text: "He was not able to compete." },
			{ kind: "turn", speakerRaw: "Speaker 0", text: "Sleep is critical." },
			{ kind: "turn", speakerRaw: "Speaker 1", text: "It is." },
		],
	},
];

const linkedTimes: Row[] = [
	{
		name: "a name after a time linked to the video (YouTube feeds)",
		note: "I talk with Amanda Askell and my co-host Casey Newton.\n\n[24:40](https://www.youtube.com/watch?v=x&t=1480s) Amanda: If you do a PhD in ethics.\n\n[34:47](https://www.youtube.com/watch?v=x&t=2087s) Amanda: A lot of ethics is universal.\n\n[65:00](https://www.youtube.com/watch?v=x&t=3900s) Casey: It reads like a letter.\n\n[66:00](https://www.youtube.com/watch?v=x&t=3960s) Casey: Indeed.",
		expected: [
			{ speaker: "Amanda Askell", timestamp: "24:40", text: "If you do a PhD in ethics." },
			{ speaker: "Amanda Askell", timestamp: "34:47", text: "A lot of ethics is universal." },
			{ speaker: "Casey Newton", timestamp: "65:00", text: "It reads like a letter." },
			{ speaker: "Casey Newton", timestamp: "66:00", text: "Indeed." },
		],
	},
	{
		name: "a linked time alone inside a running turn continues it",
		note: "[24:40](https://youtu.be/x?t=1480) Amanda: One.\n\n[26:40](https://youtu.be/x?t=1600) Two.\n\n[30:00](https://youtu.be/x?t=1800) Casey: Three.\n\n[31:00](https://youtu.be/x?t=1860) Casey: Four.\n\n## Chapters\n\n[0:00](https://youtu.be/x?t=0) Intro",
		expected: [
			{ speaker: "Amanda", text: "One." },
			{ speaker: "Amanda", text: "Two.", timestamp: "26:40" },
			{ speaker: "Casey", text: "Three." },
			{ speaker: "Casey", text: "Four." },
		],
	},
	{ name: "a linked time alone names nobody (a chapter list)", note: "[0:00](https://youtu.be/x?t=0) Intro\n\n[2:04](https://youtu.be/x?t=124) Ads in ChatGPT", expected: [] },
];

const placeholderTraps: Row[] = [
	{ name: "one placeholder alone is no transcript", note: "* Speaker 1: thanks for listening.", expected: [] },
	{ name: "a speaker mentioned in an item is no label", note: "* Speaker 1 was the host\n* Speaker 2 was the guest", expected: [] },
];

const labelTraps: Row[] = [
	{
		name: "lower-case words before a colon in prose are no labels",
		note: "Pierre: Welcome.\n\nAndrew: Hello.\n\nPierre: Go on.\n\nAndrew: Sure.\n\nnote: this was recorded live.\n\nupdate: fixed a typo.",
		expected: [{ speaker: "Pierre" }, { speaker: "Andrew" }, { speaker: "Pierre" }, { speaker: "Andrew", text: "Sure.\n\nnote: this was recorded live.\n\nupdate: fixed a typo." }],
	},
	{
		name: "a lower-case label without two named voices beside it",
		note: "bitstein: one\n\nbitstein: two\n\nPierre: three",
		expected: [],
	},
	{
		name: "initials with two people of that first initial stay as written",
		note: "---\nhosts:\n  - name: Carlisia Thompson\n  - name: Chris Abel\n---\n[0:00:01.0] CC: Welcome back.\n\n[0:00:05.0] CC: Again.",
		expected: [{ speaker: "CC" }, { speaker: "CC" }],
	},
];

const loneLeadIns: Row[] = [
	{
		name: "two names alone on their lines before blockquotes are the voices of a dialogue",
		note: "Rev:\n\n> You still manage to drive yourself nuts.\n\nPJ:\n\n> So it's like the thing it offers.",
		expected: [
			{ speaker: "Rev", inferred: "lead-in" },
			{ speaker: "PJ", inferred: "lead-in" },
		],
	},
	{ name: "one name alone is no voice", note: "Rev:\n\n> You still manage to drive yourself nuts.", expected: [{ speaker: null }] },
	{ name: "section words alone are no voices", note: "Background:\n\n> Founded in 2019.\n\nSummary:\n\n> It grew.", expected: [{ speaker: null }, { speaker: null }] },
];

describe.each([
	["lone name lead-ins", loneLeadIns],
	["list items", listItems],
	["placeholder turns in list items", placeholders],
	["names after linked times", linkedTimes],
	["placeholder traps", placeholderTraps],
	["list item traps", listItemTraps],
	["the note's subject", subject],
	["subject traps", subjectTraps],
	["labels", labels],
	["label traps", labelTraps],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("notes and source lines", () => {
	test("quotes with a time in the episode make a podcast note, even with no speaker", () => {
		const note = parseNote("Talks/IFC.md", '> "Đây là một dự án 10 năm." — [10:10]\n\n> "Tôi đang nói về điều gì?" — [12:40]');
		expect(note.isPodcast).toBe(true);
		expect(note.quotes.map((q) => [q.speaker, q.timestamp])).toEqual([
			[null, "10:10"],
			[null, "12:40"],
		]);
		expect(parseNote("Notes/plain.md", "> An unattributed thought.").isPodcast).toBe(false);
	});

	test("a clipper's source line is no quote", () => {
		expect(parseNote("a.md", "> Nguồn: https://www.youtube.com/watch?v=x  ·  Ngày: 2026-06-26\n\n> Source: <https://example.com>").quotes).toEqual([]);
		expect(parseNote("a.md", "> Sources matter more than opinions: https://example.com is one.").quotes).toHaveLength(1);
	});
});

describe("titles", () => {
	test.each([
		["Thoughts on Richard Sutton's interview on Dwarkesh Podcast", ["Richard Sutton"]],
		["Podcast Notes: Iain McGilchrist on “The Great Simplification”", ["Iain McGilchrist"]],
		["419 Sam Altman 2", ["Sam Altman"]],
		["Rev. William Barber on why you shouldn't give up the fight", ["William Barber"]],
		["Notes From an Interview With Jony Ive", ["Jony Ive"]],
		["Notes on Interview with Neuroscientist Dr. Andrew Huberman", ["Andrew Huberman"]],
		["[Naval Ravikant – The Joe Rogan Experience](https://example.com)", ["Naval Ravikant"]],
		["Paul Rosolie: Uncontacted Tribes | Lex Fridman Podcast #489", ["Paul Rosolie", "Uncontacted Tribes"]],
		["The Tim Ferriss Show Interviews Matt Mullenweg", ["Matt Mullenweg"]],
		["The Joe Rogan Experience With Naval Ravikant", ["Naval Ravikant"]],
		["Joe Rogan Experience - Naval Ravikant", ["Naval Ravikant"]],
		["Tim Ferriss Show: Matt Mullenweg", ["Matt Mullenweg"]],
		// lex-491 (a Chinese summary): no space between the Latin names and the Chinese around them; `播客` is the show's word.
		["Lex Fridman播客#491：Peter Steinberger与OpenClaw智能体革命", ["Peter Steinberger"]],
		["The Great Simplification Show", []],
		["The Day After AGI", []],
		["Great Podcast Episodes", []],
		["Concentrated Investing by Benello Van Biema Carlisle summary", ["Benello Van Biema Carlisle"]],
		["Atomic Habits by James Clear", ["James Clear"]],
		["Interviewed by Ada Brook", ["Ada Brook"]],
		["Full Interview: ClawdBot's Peter Steinberger — on agents", ["Peter Steinberger"]],
		["Nvidia's Jensen Huang on Robots", ["Jensen Huang"]],
		// adamisrael, mattburns: a book's and a trip's titles open with a gerund; a first name may end like one.
		["Finding Home: an anthology of apocalyptic worlds", []],
		["Night 317 Wednesday 27th July – Climbing Fuji-san", []],
		["Channing Allen on building in public", ["Channing Allen"]],
	])("%s", (title, people) => {
		expect(titlePeople(title)).toEqual(people);
	});

	test("of a title's two people, the one whose show the note names asks; a title that has both speak on a topic keeps either", () => {
		const interview = parseNote("a.md", "# Elon Musk × Dwarkesh Patel 深度訪談\n\n- **來源**：Dwarkesh Patel Podcast\n\n## 金句\n\n> 「太空是 AI 最好的地方。」");
		expect(interview.quotes.map((q) => q.speaker)).toEqual(["Elon Musk"]);
		const both = parseNote("b.md", "# Josh Waitzkin and Tim Ferriss on the Cave Process\n\nFrom the Tim Ferriss Show.\n\n> Slow is smooth and smooth is fast.");
		expect(both.quotes.map((q) => q.speaker)).toEqual([null]);
	});

	test("the subject needs the body to speak of the person, and one person", () => {
		const same = (n: string) => n;
		expect(noteSubject(["Jony Ive on design"], "Patrick Collison interviewed Jony Ive.", same, [])).toBe("Jony Ive");
		expect(noteSubject(["Can You Teach Claude to be Good?"], "Claude is a model.", same, [])).toBeNull();
		expect(noteSubject(["Jony Ive on design"], "Nothing about him.", same, [])).toBeNull();
		expect(noteSubject(["Lex Fridman and Walter Isaacson"], "Lex Fridman, Walter Isaacson", same, [])).toBeNull();
		expect(noteSubject(["Jony Ive on design"], "Jony Ive", same, ["Jony Ive"])).toBeNull();
	});

	test("a guest the title features or interviews needs no mention in the body; a name after a plain `with` does", () => {
		const same = (n: string) => n;
		expect(noteSubject(["How Cultures Create Emotions (ft. Batja Mesquita)"], "Nothing about her.", same, [])).toBe("Batja Mesquita");
		expect(noteSubject(["Episode 12 feat. [[Batja Mesquita]]"], "Nothing about her.", same, [])).toBe("Batja Mesquita");
		expect(noteSubject(["Notes on Interview with Neuroscientist Dr. Andrew Huberman"], "Nothing about him.", same, [])).toBe("Andrew Huberman");
		expect(noteSubject(["Ein Gespräch mit Sylvia Löhken"], "Nichts.", same, [])).toBe("Sylvia Löhken");
		expect(noteSubject(["Pricing with Rosa Quint"], "Nothing about her.", same, [])).toBeNull();
		expect(noteSubject(["Interview with Jony Ive"], "Jony Ive", same, ["Jony Ive"])).toBeNull();
	});

	test("a name that is a part of the title on its own (`Show - Name`, `Name: subtitle`) is the subject when the body names nobody", () => {
		const same = (n: string) => n;
		expect(noteSubject(["Joe Rogan Experience - Naval Ravikant"], "Nothing about him.", same, [])).toBe("Naval Ravikant");
		expect(noteSubject(["Naval Ravikant: The Angel Philosopher"], "Nothing about him.", same, [])).toBe("Naval Ravikant");
		// The whole title a name may be a show's; two parts that are names say nothing; the body's name comes first.
		expect(noteSubject(["Tenero Gheriglio"], "In questo podcast parlo di tutto.", same, [])).toBeNull();
		expect(noteSubject(["Paul Rosolie: Uncontacted Tribes | Lex Fridman Podcast #489"], "Nothing.", same, [])).toBeNull();
		expect(noteSubject(["Paul Rosolie: Uncontacted Tribes | Lex Fridman Podcast #489"], "Paul Rosolie walks.", same, [])).toBe("Paul Rosolie");
		expect(noteSubject(["Lex Fridman - Naval Ravikant"], "Nothing.", same, ["Lex Fridman"])).toBe("Naval Ravikant");
		// An episode's number before the name and a work in parentheses after it (Founders' titles).
		expect(noteSubject(["#82 David Ogilvy (Ogilvy on Advertising)"], "Nothing.", same, [])).toBe("David Ogilvy");
		expect(noteSubject(["David Ogilvy (Ogilvy on Advertising) and more"], "Nothing.", same, [])).toBeNull();
		// A plural abstract noun is no name word (victoriagracey, probe 436: support reply templates).
		expect(noteSubject(["Tone Variations (Formal / Warm / Concise)"], "Nothing.", same, [])).toBeNull();
	});

	test("the body may be a test of the names the titles give, asked only for those", () => {
		const same = (n: string) => n;
		const asked: string[] = [];
		const inBody = (name: string) => {
			asked.push(name);
			return name === "Jony Ive";
		};
		expect(noteSubject(["Jony Ive on design", "Notes on design"], inBody, same, [])).toBe("Jony Ive");
		expect(asked).toEqual(["Jony Ive"]);
		expect(noteSubject(["Great podcast episodes"], () => true, same, [])).toBeNull();
	});

	test("a quote that names the person speaks of them", () => {
		expect(speaksOf("Altman is considered one of the leading figures", "Sam Altman")).toBe(true);
		expect(speaksOf("The road to AGI is a power struggle", "Sam Altman")).toBe(false);
		expect(speaksOf("Navalism: seek wealth", "Naval Ravikant")).toBe(false);
	});
});

describe("the README's examples of these forms", () => {

	test("a note about one person", () => {
		expect(quotesLike(readmeBlock("Jony Ive"), [{ speaker: null }, { speaker: null }, { speaker: null }])).toEqual([
			{ speaker: "Jony Ive" },
			{ speaker: "Jony Ive" },
			{ speaker: "Nassim Taleb" },
		]);
	});

	test("lone name lead-ins and a lower-case handle", () => {
		expect(quotesLike(readmeBlock("PJ:"), [{ speaker: null }, { speaker: null }])).toEqual([{ speaker: "Rev" }, { speaker: "PJ" }]);
		const handle = readmeBlock("bitstein:");
		// The README shows two lines; the rule needs two named voices that recur, so the test repeats the exchange.
		expect(quotesLike(`${handle}\nAndrew: Hi.\n\nPierre: Go on.\n\nbitstein: Sure.\n\nAndrew: Fine.`, Array.from({ length: 6 }, () => ({ speaker: null }))).map((q) => q.speaker)).toEqual([
			"Pierre",
			"Michael Goldstein",
			"Andrew",
			"Pierre",
			"Michael Goldstein",
			"Andrew",
		]);
	});
});
