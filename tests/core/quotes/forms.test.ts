// The long-tail forms of issue 13 measured per form (docs/accuracy.md): one row per case, { name, note, expected }.
import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { quotesLike, readmeBlock, type Row } from "./helpers";

const interview = "---\ntitle: An Interview with Ada Brook\n---\n![Ada Brook at work](ada.jpg)\n\n";

const answers: Row[] = [
	{
		name: "answers under question headings of an interview titled with one person are hers",
		note: `${interview}## What is your background?\n\nI studied physics.\n\nThen I moved to [sound](https://example.com/Thesis_Brook.pdf).\n\n## Why music?\n\nBecause I played guitar.\n\n## Any advice?\n\nJust do it!`,
		expected: [
			{ kind: "paragraph", line: 8, endLine: 10, speaker: "Ada Brook", inferred: "context" },
			{ kind: "paragraph", line: 14, endLine: 14, speaker: "Ada Brook", inferred: "context" },
			{ kind: "paragraph", line: 18, endLine: 18, speaker: "Ada Brook", inferred: "context" },
		],
	},
	{
		name: "an answer stops at template markup, an image or a list",
		note: `${interview}## What is your background?\n\nI studied physics.\n\n{% include image.html caption="Ada Brook on stage" %}\n\n## Why music?\n\nBecause I played guitar.\n- a list\n\n## Any advice?\n\nJust do it!`,
		expected: [
			{ line: 8, endLine: 8, speaker: "Ada Brook" },
			{ line: 14, endLine: 14, speaker: "Ada Brook" },
			{ line: 19, endLine: 19, speaker: "Ada Brook" },
		],
	},
	{
		name: "a question heading naming someone else does not make them the speaker",
		note: `${interview}## What is your background?\n\nPhysics.\n\n## Elvis Presley was your role model, who else?\n\nSlash, mostly.\n\n## Any advice?\n\nJust do it!`,
		expected: [{ speaker: "Ada Brook" }, { speaker: "Ada Brook" }, { speaker: "Ada Brook" }],
	},
	{
		name: "answers under bold question lines (`**Why open source?**`) of an interview titled with one person are hers; the questions are quotes with nobody named",
		note: `${interview}**Why do you like open source?**\n\n_I prefer it because of choice._\n\n**What matters in a project?**\n\n_A welcoming community._\n\nAnd good documentation.\n\n**How did you find us?**\n\n_I follow the PostgreSQL world._`,
		expected: [
			{ kind: "turn", line: 6, text: "Why do you like open source?", speaker: null },
			{ kind: "paragraph", line: 8, endLine: 8, speaker: "Ada Brook", inferred: "context" },
			{ line: 10, speaker: null },
			{ line: 12, endLine: 14, speaker: "Ada Brook" },
			{ line: 16, speaker: null },
			{ line: 18, speaker: "Ada Brook" },
		],
	},
	{
		name: "an interview write-up's bold questions are its frontmatter author's (`author: { display_name: … }`)",
		note: "---\ntitle: An Interview with Dan Haggis\nauthor:\n  login: ogehrke\n  display_name: Olivia Gehrke\n---\n**What brings you here?**\n\nThe tour.\n\n**How is the album?**\n\nGreat, we love it.\n\n**What next?**\n\nSleep.",
		expected: [
			{ line: 7, speaker: "Olivia Gehrke", inferred: "frontmatter" },
			{ line: 9, speaker: "Dan Haggis" },
			{ line: 11, speaker: "Olivia Gehrke" },
			{ line: 13, speaker: "Dan Haggis" },
			{ line: 15, speaker: "Olivia Gehrke" },
			{ line: 17, speaker: "Dan Haggis" },
		],
	},
	{
		name: "a Zola page's questions are the author its `[extra]` table names (`author = \"Matt\"`)",
		note: '+++\ntitle = "An Interview with Haleek Maul"\n[extra]\nauthor = "Matt"\n+++\n\n**What is Holdersland?**\n\nIt is a company I started.\n\n**Why web3?**\n\nI have always liked technology.\n\n**What next?**\n\nWe want to grow.',
		expected: [
			{ line: 7, speaker: "Matt", inferred: "frontmatter" },
			{ line: 9, speaker: "Haleek Maul" },
			{ line: 11, speaker: "Matt" },
			{ line: 13, speaker: "Haleek Maul" },
			{ line: 15, speaker: "Matt" },
			{ line: 17, speaker: "Haleek Maul" },
		],
	},
	{
		name: "a questionnaire's answers under headings that name each person (`### Mark Klink`, underscore bold questions right below)",
		note: "# Stories\n\n### Mark Klink\n__Where are you from?__\n\nOriginally from Australia.\n\n__What was your favorite trail?__\n\nEach run has something special.\n\n__Any struggle?__\n\nTrying not to upset my wife.\n\n### Peter McHugh\n__Where are you from?__\n\nFrom Ireland.",
		expected: [
			{ line: 4, speaker: null },
			{ line: 6, speaker: "Mark Klink", inferred: "heading" },
			{ line: 8, speaker: null },
			{ line: 10, speaker: "Mark Klink" },
			{ line: 12, speaker: null },
			{ line: 14, speaker: "Mark Klink" },
			{ line: 17, speaker: null },
			{ line: 19, speaker: "Peter McHugh", inferred: "heading" },
		],
	},
	{
		name: "in a transcript, a question heading addressing one of its voices heads that voice's unlabelled answer",
		note: "---\npeople: Mathilde Longuet et Pierre-Yves Gibello\n---\n**Mathilde :** Merci.\n\n**Pierre-Yves :** Bonjour.\n\n### Et Pierre-Yves, même question. Quels sont les objectifs d'OW2 ?\n\nOW2 héberge des projets open source.\n\nOn a une communauté d'adhérents.\n\n### Quelle est la suite ?\n\nPersonne ne sait.\n\n**Mathilde :** Voilà.\n\n**Pierre-Yves :** Oui.",
		expected: [
			{ speaker: "Mathilde Longuet" },
			{ speaker: "Pierre-Yves Gibello" },
			{ kind: "paragraph", line: 10, endLine: 12, speaker: "Pierre-Yves Gibello", inferred: "heading" },
			{ line: 18, speaker: "Mathilde Longuet" },
			{ speaker: "Pierre-Yves Gibello" },
		],
	},
];

const answerTraps: Row[] = [
	{
		name: "Portuguese `em` (in) addresses nobody: questions about a product answered at length by the writer are a FAQ",
		note: `${interview}## O que é o Exa em poucas palavras?\n\nExa é um motor de busca semântico construído especificamente para sistemas de IA em vez de pessoas.\n\n## Como funciona a busca em tempo real?\n\nOs documentos da web passam por modelos de embeddings que transformam o texto em vetores de números.\n\n## Por que a busca em lote é diferente?\n\nOs sistemas de IA fazem consultas longas e precisas, muito diferentes das consultas que as pessoas digitam.`,
		expected: [],
	},
	{
		name: "questions that address nobody, answered at length with no one speaking of themself, are a write-up's FAQ",
		note: `${interview}FAQs:\n\n## What is Exa and how is it different?\n\nExa is a semantic search engine built specifically for AI systems rather than for people typing keywords.\n\n## Why do AI systems need a different search engine?\n\nAI systems interact with search engines very differently than humans do, with long and precise queries.\n\n## How does Exa's search work?\n\nExa processes web documents through embedding models that turn text into vectors of numbers.`,
		expected: [],
	},
	{
		name: "an interview's questions address the one asked in any language (`Was hat dich…?`, `你的背景是什么？`)",
		note: `${interview}## Was hat dich zur Musik gebracht?\n\nMein Vater.\n\n## 你的背景是什么？\n\n物理。\n\n## Why this city?\n\nThe sea.`,
		expected: [{ speaker: "Ada Brook" }, { speaker: "Ada Brook" }, { speaker: "Ada Brook" }],
	},
	// vnoi-wiki (probe 460): a Vietnamese interview asks with `anh` (you, to an older man); long answers speak of no `tôi`.
	{
		name: "a question addressing the one asked in Vietnamese (`anh`) or Indonesian (`kamu`) is an interview's, however long the answer",
		note: `${interview}**1. Anh có thể chia sẻ cảm giác làm người nổi tiếng không?**\n\nCũng không có gì khác biệt, vẫn cư xử bình thường vậy thôi, ai chơi thân sẽ thấy rất bựa là khác nhé.\n\n**2. Em nghe đồn năm lớp 10 anh đã học giáo trình của MIT, thực hư thế nào?**\n\nGiáo trình MIT là giáo trình gì cơ, lúc đó chỉ biết giáo trình DSAP thôi, chưa học gì nhiều đâu.\n\n**3. Apa yang membuat kamu tertarik pada musik sejak kecil dulu?**\n\nAyah selalu memutar piringan hitam di rumah setiap malam minggu sepanjang tahun itu.`,
		expected: [{ speaker: null }, { speaker: "Ada Brook" }, { speaker: null }, { speaker: "Ada Brook" }, { speaker: null }, { speaker: "Ada Brook" }],
	},
	{
		name: "bold questions inside a site's question boxes (`{{< iquestion >}}`) of an interview titled with one single name: the answers are that person's",
		note: "# An Interview With Cendyne\n\n{{< iquestion >}}\n**Why do you blog?**\n{{< /iquestion >}}\n\nI like writing.\n\n{{< iquestion >}}\n**What are you working on?**\n{{< /iquestion >}}\n\nA static site builder.\n\n{{< iquestion >}}\n**What do you do for fun?**\n{{< /iquestion >}}\n\nWoodworking.",
		expected: [
			{ line: 4, speaker: null },
			{ line: 7, speaker: "Cendyne" },
			{ line: 10, speaker: null },
			{ line: 13, speaker: "Cendyne" },
			{ line: 16, speaker: null },
			{ line: 19, speaker: "Cendyne" },
		],
	},
	// openSUSE/people (probe 468): a profile page titled with the member's name, the body naming him with his nickname inside.
	{
		name: "a page titled with a name whose body writes it with a nickname inside (`Marco ‘daemon’ Michna`): the answers to its bold questions are his",
		note: "# Marco Michna\n\nThis week we meet team member Marco ‘daemon’ Michna in one more interview!\n\n**Please introduce yourself!**\n\nI was born close to Bremen.\n\n**When did you start using Linux?**\n\nIn 1996.\n\n**What motivates you?**\n\nThe people.\n\n**Star Trek or Star Wars?**\n\nStar Trek.",
		expected: [
			{ line: 9, speaker: null },
			{ line: 11, speaker: "Marco Michna" },
			{ line: 13, speaker: null },
			{ line: 15, speaker: "Marco Michna" },
			{ line: 17, speaker: null },
			{ line: 19, speaker: "Marco Michna" },
		],
	},
	{
		name: "a single word after `Interview With` that is a common word names nobody",
		note: "# An Interview With Myself\n\n**Why do you blog?**\n\nI like writing.\n\n**What are you working on?**\n\nA static site builder.\n\n**What do you do for fun?**\n\nWoodworking.",
		expected: [],
	},
	{
		name: "two bold question lines make no interview",
		note: `${interview}**Why do you like open source?**\n\n_I prefer it because of choice._\n\n**What matters in a project?**\n\n_A welcoming community._`,
		expected: [],
	},
	{
		name: "two question headings make no interview",
		note: `${interview}## What is your background?\n\nI studied physics.\n\n## Why music?\n\nBecause I played guitar.`,
		expected: [],
	},
	{
		name: "a post that asks and answers its own questions, with no person in its title",
		note: "# Pivot: 9/16/2025\n\n## Can AI replace lawyers?\n\nNo. Just ask OpenAI.\n\n## What is technical debt?\n\nA mess.\n\n## Is alcohol good for you?\n\nNo amount is.",
		expected: [],
	},
	{
		name: "an answer that names the interviewee is about her",
		note: `${interview}## Who is she?\n\nAda Brook is a musician.\n\n## Why music?\n\nBecause I played guitar.\n\n## Any advice?\n\nJust do it!`,
		expected: [{ line: 12, speaker: "Ada Brook" }, { line: 16, speaker: "Ada Brook" }],
	},
	{
		name: "a transcript with question headings keeps its turns, no answers",
		note: "# An Interview with Ada Brook\n\nAda Brook joins us.\n\n## Why?\n\n**Tom:** Why music?\n\n**Ada:** Guitar.\n\n## How?\n\n**Tom:** How?\n\n**Ada:** Practice.\n\n## When?\n\n**Tom:** When?",
		expected: [{ kind: "turn" }, { kind: "turn" }, { kind: "turn" }, { kind: "turn" }, { kind: "turn" }],
	},
];

const prose: Row[] = [
	{
		name: "the one person the prose says speaks takes the plain blockquotes",
		note: "# [Pivot](https://example.com): 9/16/2025\n\nImminently, Scott Galloway predicts.\n\n> It's going to happen at Ellison's company.\n\nScott calls this the rage machine.\n\n> Forty percent of the S&P divides us.",
		expected: [
			{ speaker: "Scott Galloway", inferred: "context" },
			{ speaker: "Scott Galloway", inferred: "context" },
		],
	},
	{
		name: "a sentence opener before the name is not part of it",
		note: "# Episode 12\n\nHowever, Ada Brook says you should still try.\n\n> Trust me, kids.",
		expected: [{ speaker: "Ada Brook", inferred: "context" }],
	},
	// nord-nord-sec (probe 471): a Fabric summary of a true-crime video, in German.
	{
		name: "where the speaker works between the name and the verb (`Lisa Ditrich von Scoops erzählt`): the summary's quotes are hers",
		note: '# SUMMARY\n\nLisa Ditrich von Scoops erzählt die Geschichte von Elizabeth Holmes.\n\n# QUOTES\n\n- "Holmes wurde als jüngste Milliardärin gefeiert."\n- "Theranos wurde mit 9 Milliarden bewertet."',
		expected: [
			{ line: 7, speaker: "Lisa Ditrich", inferred: "context" },
			{ line: 8, speaker: "Lisa Ditrich", inferred: "context" },
		],
	},
	{
		name: "the person the title names comes first",
		note: "# An Interview with Jony Ive\n\nJony Ive talks. Patrick Collison said hello.\n\n> Breaking stuff leaves carnage.",
		expected: [{ speaker: "Jony Ive", inferred: "context" }],
	},
];

const proseTraps: Row[] = [
	// neshama (probe 333): a page of stories, one told by a rabbi named with his town.
	{
		name: "`Rabbi Nechemiah of Dubrovna told:` is a name and its town, not where he works: the page's verses stay nobody's",
		note: "# Eikev\n\n> For the land into which you go drinks water of the rain (11:11)\n\nThe chassid Rabbi Nechemiah of Dubrovna told:\n\nI was a guest once.",
		expected: [{ line: 3, speaker: null }],
	},
	{
		name: "two people the prose says speak: nobody",
		note: "# Episode 12\n\nAda Brook says one thing, Tom Abel says another.\n\n> Trust me, kids.",
		expected: [{ speaker: null }],
	},
	{
		name: "a name without a speech verb is no speaker",
		note: "# Episode 12\n\nWe talked about Ada Brook and her work.\n\n> Trust me, kids.",
		expected: [{ speaker: null }],
	},
	{
		name: "a speech verb in a heading, a list item or a blockquote does not count",
		note: "# Episode 12\n\n## Ada Brook says hi\n\n- Tom Abel said so\n\n> Trust me, kids.",
		expected: [{ speaker: null }],
	},
	{
		name: "a quote that names the person is about them",
		note: "# Episode 12\n\nAda Brook says hi.\n\n> Ada Brook founded the lab in 2019.",
		expected: [],
	},
	{
		name: "a host the frontmatter names never counts",
		note: "---\nhost: Ada Brook\n---\n# Episode 12\n\nAda Brook says hi.\n\n> Trust me, kids.",
		expected: [{ speaker: null }],
	},
	{
		name: "answers under question headings stay the blogger's prose",
		note: "# Pivot: 9/16/2025\n\n## Can AI replace lawyers?\n\nNo, Scott Galloway says.\n\n> They spend millions on lawyers.\n\n## What is debt?\n\nA mess.\n\n## Why?\n\nNo amount is.",
		expected: [{ kind: "blockquote", speaker: "Scott Galloway" }],
	},
];

const leadIns: Row[] = [
	{
		name: "a speech verb with no colon before the quotation that ends the paragraph (`As Alda says, “…”`, `where Warren says \"…\"`)",
		note: 'We overlook their intent, and that is the basis of good communication. As Alda says, “You’ve got to know what is going on in the mind of the listener.”\n\nHoward Marks has an extraordinary reputation where Warren Buffett says "When something arrives from Howard it is the first thing I read".\n\nThey said "no" and then we left the room for good.',
		expected: [
			{ line: 1, speaker: "Alda", inferred: "lead-in", text: "“You’ve got to know what is going on in the mind of the listener.”" },
			{ line: 3, speaker: "Warren Buffett", inferred: "lead-in" },
		],
	},
	{
		name: "a speech verb before a quotation the paragraph goes on after (`Howard Marks said \"…\". This is what Templeton knew.`); a quoted term is no quote",
		note: 'Howard Marks said *"Most of the time the world does not end"*. This is what Templeton knew.\n\nThe description on the site says “burly and beautiful” and it was.',
		expected: [{ line: 1, speaker: "Howard Marks", inferred: "lead-in", text: '"Most of the time the world does not end"' }],
	},
	{
		name: "a lead-in sentence opening with a bold name (`**Lorn** extended his hand:`) gives the blockquote below to that name",
		note: "**Lorn:**\n> We should go.\n\n**Kieran:**\n> Agreed.\n\n**Lorn:**\n> Then now.\n\n**Lorn** extended his hand:\n> I think we can do more too.",
		expected: [
			{ speaker: "Lorn", text: "We should go." },
			{ speaker: "Kieran" },
			{ speaker: "Lorn" },
			{ speaker: "Lorn", inferred: "lead-in", text: "I think we can do more too." },
		],
	},
	{
		name: "a list item naming its speaker before a colon with no space (`Name on topic:`)",
		note: "- Vlad Prelovac on AI: “I want AI to be a hammer in my hand.”",
		expected: [{ kind: "list", speaker: "Vlad Prelovac", inferred: "lead-in", text: "“I want AI to be a hammer in my hand.”" }],
	},
	{
		name: "a bold label naming who speaks on what (`**Andrey on the AI hype cycle:**`), the writer's comment after the quotation; a bold topic is none",
		note: '- **Andrey on the AI hype cycle:** "First it was containers, then it was Kubernetes." A clear editorial line.\n- **Paulina on hiring:** "Hire for curiosity."\n- **Docker Hub:** "They did more harm than good."',
		expected: [
			{ kind: "list", line: 1, speaker: "Andrey", inferred: "lead-in", text: '"First it was containers, then it was Kubernetes."' },
			{ kind: "list", line: 2, speaker: "Paulina" },
		],
	},
	{
		name: "a quoted paragraph under a lead-in, the sentence's full stop after its closing mark",
		note: "Fernando Pessoa, o maior poeta da língua portuguesa, uma vez escreveu:\n\n\"O homem é do tamanho do seu sonho\".",
		expected: [{ kind: "paragraph", line: 3, speaker: "Fernando Pessoa", inferred: "lead-in", text: "\"O homem é do tamanho do seu sonho\"" }],
	},
	{
		name: "a sentence leading in to a quotation on the same line, mentioning one person",
		note: "Um poeta gaúcho chamado Mario Quintana uma vez escreveu: “Um dia pronto, me acabo. Seja o que tem de ser.”",
		expected: [{ kind: "paragraph", speaker: "Mario Quintana", inferred: "lead-in", text: "“Um dia pronto, me acabo. Seja o que tem de ser.”" }],
	},
	{
		name: "a lead-in's wording on the same line",
		note: "As Omar Little put it: **“A man got to have a code.”**",
		expected: [{ kind: "paragraph", speaker: "Omar Little", inferred: "lead-in" }],
	},
	{
		name: "a lead-in paragraph naming the speaker and, after `with`, someone else",
		note: "It reminds me of something [Tim Ferriss recently quoted on a podcast\nepisode with Elizabeth Gilbert](https://example.com/ep):\n\n> **“How are we complicit?”**",
		expected: [{ speaker: "Tim Ferriss", inferred: "lead-in" }],
	},
	{
		name: "a one-word linked name takes the full name its page's address spells",
		note: "* [Pascal](https://en.wikipedia.org/wiki/Blaise_Pascal) has said – **\"All of man's problems arise because he can't sit alone\"**",
		expected: [{ speaker: "Blaise Pascal", inferred: "lead-in" }],
	},
	{
		name: "a pronoun lead-in: the person the paragraph introduced first, places and groups left out",
		note: "This is coming from a guy named Emanuel Derman, now a professor at Columbia University, who worked on Wall Street. Here's what he said (emphasis mine):\n\n> Statistics is not everything.",
		expected: [{ speaker: "Emanuel Derman", inferred: "lead-in" }],
	},
	{
		name: "a pronoun lead-in after a paragraph naming the guest and the role he played",
		note: "This interview featured Alan Alda, known for his role as Captain Hawkeye Pierce in MASH. During the podcast, he questioned the premise:\n\n> It's eye-catching to say this idea must die.\n\nMore prose. Alda expounds on this (emphasis mine):\n\n> Things are not either true or false.",
		expected: [
			{ speaker: "Alan Alda", inferred: "lead-in" },
			{ speaker: "Alan Alda", inferred: "lead-in" },
		],
	},
];

const leadInTraps: Row[] = [
	// tatagee/WebClips: a tutorial's good and bad examples of prompts, each in a blockquote under its verdict.
	{
		name: "`Bad:`, `Good:` and `Test:` over quoted prompts name nobody",
		note: "# Ada Brook on tools\n\nBad:\n\n> “Calculator tool”\n\nGood:\n\n> “Use this tool whenever maths is required.”\n\nTest:\n\n> “why did i get charged again”",
		expected: [{ speaker: null }, { speaker: null }, { speaker: null }],
	},
	{
		name: "a link is read as it shows: `[[Beginner's Mind|beginner's mind]]` in a lead-in names nobody",
		note: "---\ntitle: David Whyte on conversation\n---\nDavid Whyte spoke with Krista Tippett.\n\nPoetry is also a tool for cultivating attention, wonder, and [[Beginner's Mind|beginner's mind]]:\n\n> I've often felt like the deeper discipline of poetry is overhearing yourself.",
		expected: [{ speaker: "David Whyte", inferred: "context" }],
	},
	{
		name: "a link naming a public body and a hearing is no lead-in (`[House Judiciary | Online Platforms…](url)`)",
		// With no speaker, the blockquote is the link's caption and no quote at all (decision 40); a lead-in
		// reading would keep it, with the body as its speaker.
		note: "视频地址：\n- [House Judiciary | Online Platforms and Market Power](https://youtu.be/x)\n>来自于美国众议院司法委员会官方发布视频。",
		expected: [],
	},
	{
		name: "two people named and no pronoun to tell them apart: nobody",
		note: "I heard Ada Brook and Tom Abel on the show. The best line was:\n\n> Trust me, kids.",
		expected: [{ speaker: null }],
	},
	{
		name: "a pronoun lead-in whose last sentence names someone else reads that name",
		note: "Ada Brook hosted. She asked Tom Abel why, and Tom Abel said:\n\n> Because.",
		expected: [{ speaker: "Tom Abel" }],
	},
	{
		name: "a link naming a show in two scripts is no lead-in (`[创业内幕 Startup Insider | S2 Vol.14](url)`)",
		note: "[创业内幕 Startup Insider | S2 Vol.14 陶建辉：我在49岁时开启了第3次创业](https://overcast.fm/+QAbYC1hnw)\n>推荐语：有幸听过陶建辉老师的分享。",
		expected: [{ speaker: null }],
	},
	{
		name: "a link to a page whose address does not end with the shown name keeps the shown name",
		note: "* [Pascal](https://example.com/wiki/Pascal_language) has said – **\"Types matter more than you think\"**",
		expected: [{ speaker: "Pascal" }],
	},
	{
		name: "a glossary item with a colon is no lead-in, nor a topic for the note's subject",
		note: "# Notes on Naval Ravikant\n\nNaval Ravikant on wealth.\n\n* Key idea: \"Desire is a contract you make to be unhappy.\"",
		expected: [],
	},
	{
		name: "a sentence quoting words to someone names the listener, not the speaker",
		note: "Ada Brook was there. Lembro que eu disse para Ada Brook: \"Eu vou trabalhar até sangrar.\"",
		expected: [],
	},
	{
		name: "a sentence whose quotation ends before the line does",
		note: "Mario Quintana wrote: “Um dia pronto” and then he left, said Ada Brook, “me acabo.”",
		expected: [],
	},
	{
		name: "a quotation after a colon with nobody named stays no quote",
		note: "People always ask: “Why would you pay for search?”",
		expected: [],
	},
];

const nextQuote: Row[] = [
	{
		name: "quoted highlights with no attribution take the next attributed item's speaker",
		note: "- Highlights first synced by [[Readwise]]\n\t- “Discipline: the root of all good qualities.” ([View Highlight](https://read.readwise.io/read/1))\n\t\t- **Tags**: #[[discipline]]\n\t- “How do you achieve freedom?” ([View Highlight](https://read.readwise.io/read/2))\n\t- “Don’t stress about things you can’t control.” – *Jocko Willink* ([View Highlight](https://read.readwise.io/read/3))",
		expected: [
			{ kind: "list", speaker: "Jocko Willink", inferred: "next-quote" },
			{ kind: "list", speaker: "Jocko Willink", inferred: "next-quote" },
			{ kind: "list", speaker: "Jocko Willink", inferred: null },
		],
	},
];

const nextQuoteTraps: Row[] = [
	{
		name: "a heading between ends the run: the highlight before it stays without a speaker (an export's highlight stays a quote: decision 39)",
		note: "## One\n\n- “Discipline equals freedom.” ([View Highlight](https://read.readwise.io/read/1))\n\n## Two\n\n- “Don’t stress.” – *Jocko Willink*",
		expected: [{ speaker: null, inferred: null }, { speaker: "Jocko Willink", inferred: null }],
	},
	{
		name: "a quoted term opening an item is prose, whatever follows",
		note: "- “Quiet quitting” is a term from 2022.\n- “Don’t stress.” – *Jocko Willink*",
		expected: [{ speaker: "Jocko Willink" }],
	},
	{
		name: "a title phrase repeated in a field is no person (`The Path of Discipline Leads to Freedom`)",
		note: "title:: Fighting, Fitness. The Path of Discipline Leads to Freedom | Jocko Podcast #260 (highlights)\nfull-title:: \"Fighting, Fitness. The Path of Discipline Leads to Freedom | Jocko Podcast \\#260\"\n\n- “Sometimes you get knocked out by illness.” ([View Highlight](https://read.readwise.io/read/1))",
		expected: [{ speaker: null, inferred: null }],
	},
];

const remarks: Row[] = [
	{ name: "a bold remark label", note: "> **Note**: This is the extended version that wraps the panel.", expected: [] },
	{ name: "a remark sign", note: "> ⚠️ This is a transitional placeholder: speaker labels not yet inserted.", expected: [] },
	{ name: "a heading inside a blockquote", note: "> ### 2019 - 05", expected: [] },
	{ name: "show notes listing host and guest", note: "> 主播｜李叔  嘉宾｜携隐Melody\n> 世界读书日特别节目来了！", expected: [] },
	{ name: "a link reference definition is no turn", note: "**Ana:** Hi.\n\n**Tom:** Hello.\n\n**Ana:** Bye.\n\n**Tom:** Bye.\n\n[Voiceover]: https://example.com/transcripts\n[Tom]: https://example.com/tom", expected: [{ speaker: "Ana" }, { speaker: "Tom" }, { speaker: "Ana" }, { speaker: "Tom" }] },
	{
		name: "a blockquote inside a turn is read out by its speaker, and the turn goes on after it",
		note: "**Ben:** Hi Tim.\n\n**Tim:** I keep coming back to Fred Brooks:\n\n> \"The hard part is the specification.\"\n\nI spend more time on it now.\n\n**Ben:** True.\n\n**Tim:** Indeed.",
		expected: [
			{ speaker: "Ben", line: 1, endLine: 1 },
			{ speaker: "Tim", line: 3, endLine: 7, text: "I keep coming back to Fred Brooks:\n\n\"The hard part is the specification.\"\n\nI spend more time on it now." },
			{ speaker: "Ben", line: 9, endLine: 9 },
			{ speaker: "Tim", line: 11, endLine: 11 },
		],
	},
];

const remarkTraps: Row[] = [
	{ name: "a quote that merely mentions a note keeps its speaker", note: "> Note how little we write down. – Maya Chen", expected: [{ speaker: "Maya Chen" }] },
	{ name: "one host named in a quote is no show-notes list", note: "> The host: a man who never listens. – Maya Chen", expected: [{ speaker: "Maya Chen" }] },
	{
		name: "a field's bold label and value after the words (`> - **Relevance**: 0.92`) is no attribution",
		note: "> \"You just need a good idea.\"\n> - **Context**: Highlights the ease of building with AI\n> - **Relevance**: 0.92",
		expected: [{ speaker: null, speakerRaw: null }],
	},
	{ name: "an attributed blockquote after a lone label line keeps its speaker", note: "**Maya Chen:**\n\n> Remote teams fail when nobody writes.", expected: [{ speaker: "Maya Chen" }] },
];

describe.each([
	["remarks that are no quotes", remarks],
	["remark traps", remarkTraps],
	["next quote in a list", nextQuote],
	["next quote traps", nextQuoteTraps],
	["lead-ins", leadIns],
	["lead-in traps", leadInTraps],
	["answers under question headings", answers],
	["answer traps", answerTraps],
	["the person the prose says speaks", prose],
	["prose speaker traps", proseTraps],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("the README's examples of these forms", () => {
	const speakers = (note: string) => parseNote("Test/note.md", note).quotes.map((q) => q.speaker);

	test("the next quote, in blockquotes and in a list, and a quote nobody is named for", () => {
		expect(speakers(readmeBlock("How do you achieve freedom"))).toEqual(["Jocko Willink", "Jocko Willink", "Jocko Willink", "Jocko Willink", null]);
	});

	test("lead-ins on the quote's line, by a pronoun, a surname or a link's address", () => {
		expect(speakers(readmeBlock("Mario Quintana"))).toEqual(["Mario Quintana", "Vlad Prelovac", "Andrey", "Alda", "Howard Marks", "Blaise Pascal", "Emanuel Derman", "Emanuel Derman", "Uslar Pietri", "Uslar Pietri"]);
	});

	test("the prose speaker and an interview's answers", () => {
		const block = readmeBlock("Scott Galloway predicts");
		const at = block.indexOf("# An Interview");
		expect(speakers(block.slice(0, at))).toEqual(["Scott Galloway"]);
		expect(speakers(block.slice(at))).toEqual(["Angela Brennecke", "Angela Brennecke", "Angela Brennecke"]);
	});

	test("quoted list items and their attributions, an AMA's `answered by` a linked handle among them", () => {
		expect(speakers(readmeBlock("Overload is not a badge"))).toEqual(["Maya Chen", "Tyler Cowen", "Robert Frost", "Bill Gates", "sillydadddy"]);
	});

	test("the single guest of a quotes section", () => {
		expect(speakers(readmeBlock("guest: Jane McGonigal"))).toEqual(["Jane McGonigal"]);
	});
});
