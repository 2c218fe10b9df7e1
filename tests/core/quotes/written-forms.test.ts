// Attribution forms read in real notes (issue 13, decisions 41 and 42): the dash inside a bold highlight,
// remarks nested in an outline, full-width colon labels inside a blockquote, `says Name` in a heading.
// One row per case, { name, note, expected }; each rule has a trap that must stay unread.
import { readFileSync } from "fs";
import { join } from "path";
import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { quotesLike, readmeBlock, type Row } from "./helpers";

const boldDash: Row[] = [
	{
		name: "a bold highlight whose dash sits inside the bold, the name in italics after it",
		note: "- **“The passion that makes great things possible has been replaced.” –** *Jacob Howland* ([View Highlight](https://read.readwise.io/read/1))",
		expected: [{ speaker: "Jacob Howland", text: "“The passion that makes great things possible has been replaced.”" }],
	},
	{
		name: "the same with a plain dash and an underscore name",
		note: '- **"Slow is smooth." -** _Ada Brook_',
		expected: [{ speaker: "Ada Brook" }],
	},
];

const boldDashTraps: Row[] = [
	{
		name: "a bold quotation whose sentence goes on after the dash names nobody",
		note: "- **“Deep work” – the phrase** *matters* to me",
		expected: [],
	},
	{
		name: "a dash inside the bold with no name after it",
		note: "- **“Slow is smooth.” –** and so on",
		expected: [],
	},
];

const outline: Row[] = [
	{
		name: "remarks nested in an outline: two names at one depth, one of them twice, words in the first person or a question",
		note: [
			"- Genesis 15",
			"  - Avram is frustrated.",
			'    - Marty: "Sometimes I think I want answers."',
			"- Genesis 17",
			"  - The sign of the covenant.",
			"    - Brent: Would Avraham even know what circumcision was?",
			"    - Marty: This causes me to pause.",
		].join("\n"),
		expected: [
			{ kind: "turn", line: 3, speaker: "Marty", text: '"Sometimes I think I want answers."' },
			{ kind: "turn", line: 6, speaker: "Brent", text: "Would Avraham even know what circumcision was?" },
			{ kind: "turn", line: 7, speaker: "Marty", text: "This causes me to pause." },
		],
	},
	{
		name: "a meeting's question queue as top-level items: names at one depth, one of them twice, the words asking or in the first person",
		note: [
			"# Question queue",
			"",
			'* Felix: does "correctness first" align with how we prioritize work?',
			"* Josh: Is it intentional that exploration is lower?",
			"* Felix: I want to give a shout-out here.",
		].join("\n"),
		expected: [
			{ kind: "turn", line: 3, speaker: "Felix" },
			{ kind: "turn", line: 4, speaker: "Josh" },
			{ kind: "turn", line: 5, speaker: "Felix", text: "I want to give a shout-out here." },
		],
	},
	{
		name: "a meeting's minutes: three names or more at one depth, many items speaking, make every item there a turn, the terse ones too",
		note: ["* Pete: Goal here is to isolate scripts.", "* Tanvi: Any discussions that folks want to have?", "* Pete: Would be great!", "* James: I wonder how we get opt in.", "* Pete: Proposal is meant to make opt in easier."].join("\n"),
		expected: [{ speaker: "Pete", text: "Goal here is to isolate scripts." }, { speaker: "Tanvi" }, { speaker: "Pete", text: "Would be great!" }, { speaker: "James" }, { speaker: "Pete" }],
	},
	{
		name: "a co-op's minutes write members as lower-case initials in nested items (`    - dc: didn't leave apartment.`); a top-level `eg:` is none",
		note: ["- What did you do last week?", "    - dc: didn't leave apartment.", "    - uv: more time with my partner than in a while.", "    - yj: not sit in traffic.", "    - dc: what should we do next?", "- eg: a note of ours"].join("\n"),
		expected: [{ line: 2, speaker: "dc", text: "didn't leave apartment." }, { speaker: "uv" }, { speaker: "yj" }, { speaker: "dc", text: "what should we do next?" }],
	},
	{
		name: "a standup's items by people written in full are turns, the terse third-person ones too; a digest's terms with spaces are not",
		note: ["### Standup", "", "* Mikeal Rogers: wrote a new conference call tool", "* Colin Ihrig: Not much, reviewing PRs.", "* Ben Noordhuis: reviewed a lot of PRs.", "* Colin Ihrig: also the docs.", "", "### Digest", "", "- 类比 Mellanox 收购: Nvidia 将核心软件栈迁移", "- 关键 Groq 优势: 对 LLM Inference", "- 历史 AI 局限: 内存容量受限"].join("\n"),
		expected: [{ line: 3, speaker: "Mikeal Rogers", text: "wrote a new conference call tool" }, { speaker: "Colin Ihrig" }, { speaker: "Ben Noordhuis" }, { speaker: "Colin Ihrig" }],
	},
	{
		name: "an attendee list's legend (`- TJ: Todd Jordan @toddjordan`) is no turn, and names the initials of the notes below",
		note: ["## Attendees", "", "- TJ: Todd Jordan @toddjordan", "- RM: Ricardo Mendes @locks", "- DB: David Baker", "", "## Notes", "", "- TJ: I think we need better guides.", "- RM: its my goal with the blog post.", "- TJ: Agreed, TJ API docs too.", "- DB: I can help."].join("\n"),
		expected: [{ line: 9, speaker: "Todd Jordan", speakerRaw: "TJ" }, { speaker: "Ricardo Mendes" }, { speaker: "Todd Jordan" }, { speaker: "David Baker" }],
	},
	{
		name: "top-level items labelled with terms are no voices, even quoted and recurring",
		note: ['- Philosophy: "hire smart people and pair with them"', '- Approach: "we ship"', '- Philosophy: "I think small teams win"', "", "## 2", "", "- 문맥: \"버릇없는 아이가?\"", "- 뜻: \"~라고 적어서 보냈다\"", "- 문맥: \"왜?\""].join("\n"),
		expected: [],
	},
	{
		name: "an item naming a transcript's voice with only links after it is a guest list, not a turn",
		note: ["- Chris Adams: [LinkedIn](https://example.com/in/ca) | [Website](https://example.com)", "", "**Chris Adams:** Hello.", "", "**Kristina Devochko:** Hi.", "", "**Chris Adams:** Welcome.", "", "**Kristina Devochko:** Thanks."].join("\n"),
		expected: [{ line: 3, speaker: "Chris Adams" }, { line: 5 }, { line: 7 }, { line: 9 }],
	},
	{
		name: "list items labelled with the voices of the note's transcript are turns, bold or not, in any language",
		note: [
			"**Alan** : Alors au sommaire de cette émission :",
			"",
			" * **Alan** : D'abord on aura deux mots de présentation,",
			" * **Nico** : On aura la réponse au quiz du mois,",
			"",
			"**Nico** : Salut",
			"",
			"**Alan** : Et on a quelqu'un de Sydney, c'est Adam. Bienvenu Adam, Salut !",
			"",
			"**Adam** : Bonjour, merci de m'accueillir.",
			"",
			"**Nico** : Il est quelle heure, là, pour toi ?",
			"",
			"**Adam** : Six heures et demie du matin.",
		].join("\n"),
		expected: [
			{ kind: "turn", line: 1, speaker: "Alan" },
			{ kind: "turn", line: 3, speaker: "Alan", text: "D'abord on aura deux mots de présentation," },
			{ kind: "turn", line: 4, speaker: "Nico" },
			{ kind: "turn", line: 6, speaker: "Nico" },
			{ kind: "turn", line: 8, speaker: "Alan" },
			// `Bienvenu Adam` is a welcome, not a full name for Adam.
			{ kind: "turn", line: 10, speaker: "Adam" },
			{ kind: "turn", line: 12, speaker: "Nico" },
			{ kind: "turn", line: 14, speaker: "Adam" },
		],
	},
];

const outlineAnswers: Row[] = [
	{
		name: "names' items under question headings are their answers, in a language without `I` (`* Hwan: 2016년 … 입사해`)",
		note: "### 간단한 자기 소개 부탁드립니다?\n\n* Hwan: 2016년 안드로이드 개발자로 입사했습니다.\n* Ben: 머신러닝팀으로 입사했습니다.\n* Trent: 제품 개발 전반을 전담하고 있습니다.\n\n### 하이퍼X를 선택한 특별한 이유가 있나요?\n\n* Hwan: 일본이란 나라에 관심이 많았는데.\n* Ben: 아자르에 AI 기술을 적용했습니다.\n* Trent: 하나의 서비스를 개발해보고 싶었습니다.",
		expected: [{ speaker: "Hwan" }, { speaker: "Ben" }, { speaker: "Trent" }, { speaker: "Hwan" }, { speaker: "Ben" }, { speaker: "Trent" }],
	},
	{
		name: "a first person in German, French or Korean makes an item read as speech (`- Lena: Ich finde das gut.`)",
		note: "- Thema\n  - Lena: Ich finde das gut.\n  - Paul: Nein, das sehe ich anders.\n  - Lena: Dann machen wir es so.",
		expected: [{ speaker: "Lena" }, { speaker: "Paul" }, { speaker: "Lena" }],
	},
];

const boldOutline: Row[] = [
	{
		name: "bold names in a Logseq journal's nested items, their words in the first person (`- **이진우**: 솔직히 제가 …`)",
		note: "- 커피타임\n\t- 정치 인터뷰\n\t\t- **이진우**: 솔직히 제가 보기엔 꼬인 것 같아요.\n\t\t- **박정호**: 저는 그렇게 보지 않아요.\n\t\t- **이진우**: 그래도 제가 보기엔 이상해요.",
		expected: [{ speaker: "이진우" }, { speaker: "박정호" }, { speaker: "이진우" }],
	},
	// Code-Institute-Submissions/MS2_flappy_bird (probe 667): a student's user test, answers under each question.
	{
		name: "numbered respondents in nested items (`- **Respondent 1:** I understood…`) are turns that name nobody; `- **Result 1:** passed` is none",
		note: "- Was the game easy to understand?\n    -  **Respondent 1:** I understood the game easily, that is nice.\n    -  **Respondent 2:** I already knew the game, so it was easy.\n    -  **Result 1:** passed\n- Could you find the instructions?\n    -  **Respondent 1:** Yes, I had them at once.\n    -  **Respondent 2:** I had access to them.\n    -  **Result 1:** passed",
		expected: [
			{ line: 2, speaker: null, speakerRaw: "Respondent 1", text: "I understood the game easily, that is nice." },
			{ line: 3, speaker: null, speakerRaw: "Respondent 2" },
			{ line: 6, speaker: null, speakerRaw: "Respondent 1" },
			{ line: 7, speaker: null, speakerRaw: "Respondent 2" },
		],
	},
	{
		name: "three bold Korean names at one depth are a meeting's voices, first person or not",
		note: "- 편성회의\n\t- 정치\n\t\t- **이진우**: 정치인들 불러다가 인터뷰를 왜 하는지.\n\t\t- **김현우**: 뻔해.\n\t\t- **박정호**: 라디오의 특성상 그렇죠.\n\t\t- **이진우**: 악순환인 거지.",
		expected: [{ speaker: "이진우" }, { speaker: "김현우" }, { speaker: "박정호" }, { speaker: "이진우" }],
	},
	{
		// The HTTP working group's interim minutes: a scribe's `* **Name**:` bullets, some of them plain statements.
		name: "three bold names at one depth that speak in the first person or ask, one written in full, are a meeting's voices: each of their items is a turn",
		note: "#### Priorities\n\n * **mnot**: Do you think we're ready for WGLC?\n * **Lucas**: I'll take the chair's steer here\n * **mnot**: I don't think it's urgent to ship this\n * **Tommy**: Seeing implementation results would be helpful\n * **Alan Frindell**: Has there been any interop yet?\n * **Tommy**: If you have any measurements, that would help",
		expected: [{ line: 3, speaker: "mnot" }, { line: 4, speaker: "Lucas" }, { line: 5, speaker: "mnot" }, { line: 6, speaker: "Tommy" }, { line: 7, speaker: "Alan Frindell" }, { line: 8, speaker: "Tommy" }],
	},
	{
		name: "a summary's bold fields whose words hold `I'm` or `you` are no voices: none is a name written in full",
		note: "- **Finding**: Saying \"I'm excited\" improves performance\n- **Research**: People who said \"I'm excited\" sang better\n- **Reality**: You benefit from preparation\n- **Research**: Another study",
		expected: [],
	},
	{
		name: "a Chinese video note's bold categories with `我们` in the words are no voices",
		note: "- 要点\n\t- **视频上下文**：我们讨论了增长。\n\t- **启示**：我们应该投资。\n\t- **视频上下文**：我们看到了风险。",
		expected: [],
	},
	{
		name: "an AMA's answers nested under the question they answer: a name's plain words, no first person, are a turn (and a first name with other accents is the full name the text writes)",
		note: [
			"* Welcome Noah Pi and Việt Anh Đàm to our AMA.",
			"* So the grey area is the airdrop?",
			"    - Noah: The airdrop and premine were transparent and fair.",
			"* How does governance work?",
			"    - Viet: Each proposal is verified by stakeholders.",
			"    - What about bad actors?",
			"    - Noah: Stakeholders vote them down.",
		].join("\n"),
		expected: [
			{ kind: "turn", line: 3, speaker: "Noah Pi", text: "The airdrop and premine were transparent and fair." },
			{ kind: "turn", line: 5, speaker: "Việt Anh Đàm", text: "Each proposal is verified by stakeholders." },
			{ kind: "turn", line: 7, speaker: "Noah Pi", text: "Stakeholders vote them down." },
		],
	},
];

const outlineTraps: Row[] = [
	{
		name: "term labels in nested items are no turns, however often they recur",
		note: "- Aspirin\n  - Dose: 500 mg\n  - Route: by mouth\n- Ibuprofen\n  - Dose: 400 mg\n  - Route: by mouth",
		expected: [],
	},
	{
		name: "fields beside a labelled question are no answers",
		note: "1. Our prompts:\n\t1. Title\n\t\t1. Prompt: What would you call this item?\n\t\t1. Intention: Community naming\n\t1. Description\n\t\t1. Prompt: Tell us the story.\n\t\t1. Intention: Personal meaning",
		expected: [],
	},
	{
		name: "terms nested under a question are no answers: their values are no sentences",
		note: "- What do the tools give?\n  - Speed: fast builds\n  - Scale: many nodes\n  - Speed: again",
		expected: [],
	},
	{
		name: "one name alone, even twice, is no conversation",
		note: "- Topic\n  - Marty: I think so.\n  - Marty: And I mean it.",
		expected: [],
	},
	{
		name: "two names at different depths are not one conversation",
		note: "- Topic\n  - Marty: I think so.\n  - Marty: I mean it.\n      - Center: Every male among you shall be circumcised",
		expected: [],
	},
];

const creditedLabels: Row[] = [
	{
		name: "group members' comments labelled with a full-width colon, each credited by the entry's sign-off",
		note: "[10年创业老兵](https://v.qq.com/x/page/s0764ktida1.html)\n>推荐语：\n>杨文：你对待你所热爱的事业和工作，那它就不会“抛弃”你。\n>何亚波：很受鼓舞。\n>王梓逻：书籍和音视频相对来说内容还是比较多了。\n\nfrom 杨文、何亚波、王梓逻",
		expected: [
			{ kind: "turn", line: 3, speaker: "杨文", text: "你对待你所热爱的事业和工作，那它就不会“抛弃”你。" },
			{ kind: "turn", line: 4, speaker: "何亚波", text: "很受鼓舞。" },
			{ kind: "turn", line: 5, speaker: "王梓逻", text: "书籍和音视频相对来说内容还是比较多了。" },
		],
	},
	{
		name: "names credited by sign-offs of other entries count too",
		note: ">杨文：很有意思。\n>何亚波：我也喜欢。\n\n## 2020-08-17\n> 推荐语：好。\n\nfrom 杨文\n\n> 推荐语：不错。\n\nfrom 何亚波",
		expected: [{ speaker: "杨文" }, { speaker: "何亚波" }, { speaker: "杨文" }, { speaker: "何亚波" }],
	},
];

const creditedLabelTraps: Row[] = [
	{
		name: "field labels with a full-width colon are no speakers, even when they recur",
		note: "> 推荐语：很好听。\n> 要点：坚持。\n\n> 推荐语：值得一听。\n> 要点：多交流。",
		expected: [{ speaker: null }, { speaker: null }],
	},
	{
		name: "labels the note never credits leave the blockquote whole",
		note: ">杨文：很有意思。\n>何亚波：我也喜欢。\n\nfrom 张呈刚",
		expected: [{ speaker: "张呈刚", text: "杨文：很有意思。\n何亚波：我也喜欢。" }],
	},
	{
		name: "one credited label is no dialogue",
		note: "> 推荐语：很好听。\n> 杨文：坚持。\n\nfrom 杨文",
		expected: [{ speaker: "杨文", line: 1, endLine: 4 }],
	},
];

const saysHeading: Row[] = [
	{
		name: "a heading that opens with her words, then says and her full name",
		note: "#### *‘The one little element can do a lot,’ says Maura McDonnell, an Irish musical artist. In this interview she talks about process.*",
		expected: [{ kind: "paragraph", line: 1, speaker: "Maura McDonnell", text: "‘The one little element can do a lot,’" }],
	},
	{
		name: "double quotation marks, a comma after the closing mark, said",
		note: "## “Prices should be public”, said Rosa Quint\n\nShe runs a bakery.",
		expected: [{ speaker: "Rosa Quint", text: "“Prices should be public”" }],
	},
];

const saysHeadingTraps: Row[] = [
	{ name: "a heading quoting a term names nobody", note: "## \"Deep work\" says it all", expected: [] },
	{ name: "one word after says is no full name", note: "## “Ship it,” says Maura", expected: [] },
	{ name: "a heading that does not open with the quotation", note: "## Why ‘less is more,’ says Rosa Quint", expected: [] },
	{ name: "a heading that paraphrases in the third person", note: "#### *Maura discussed the creative process. The process is what matters.*", expected: [] },
];

const styledLabel: Row[] = [
	{
		name: "a full name in bracket label markup once, in a note whose excerpts carry recurring labels",
		note: "> [Paul]: You are always one project away from happiness.\n\n> [Paul]: Good coffee.\n\n> [Corey Quinn]: In practice you pay for what you forget to turn off.",
		expected: [{ speaker: "Paul" }, { speaker: "Paul" }, { kind: "turn", speaker: "Corey Quinn", text: "In practice you pay for what you forget to turn off." }],
	},
];

const styledLabelTraps: Row[] = [
	{
		name: "the same label in a note where no label recurs stays unread",
		note: "> [Corey Quinn]: In practice you pay for what you forget to turn off.",
		expected: [{ speaker: null }],
	},
	{
		name: "a plain two-word label is no label markup",
		note: "> [Paul]: Good coffee.\n\n> [Paul]: No ball pit.\n\n> Corey Quinn: In practice you pay for what you forget.",
		expected: [{ speaker: "Paul" }, { speaker: "Paul" }, { speaker: null }],
	},
];

const entryNote = (between: string) =>
	`### 2019 - 06\n\n* [Naval Ravikant](https://www.youtube.com/watch?v=3qHkcs3kG44) - angel investor, on the Joe Rogan podcast\n\n> Specialisation is for insects.\n\n${between}\n\n> We each have two lives.`;

const entryCarry: Row[] = [
	{
		name: "a guest log entry's speaker carries over the writer's commentary paragraph to the next quote",
		note: entryNote("Netapsi turtingu vien tik pardavinėdamas savo laiką. Kiekvieną kartą tavo išlaidos padidėja."),
		expected: [{ speaker: "Naval Ravikant" }, { line: 9, speaker: "Naval Ravikant" }],
	},
	{
		name: "a paragraph that names the guest again carries it too",
		note: entryNote("Naval Ravikant keeps coming back to this idea."),
		expected: [{ speaker: "Naval Ravikant" }, { speaker: "Naval Ravikant" }],
	},
];

const entryCarryTraps: Row[] = [
	{
		name: "a paragraph naming someone else in full stops the entry",
		note: entryNote("Paul Graham wrote much the same in an essay."),
		expected: [{ speaker: "Naval Ravikant" }, { speaker: null }],
	},
	{
		name: "a paragraph with a link stops the entry",
		note: entryNote("See [this essay](https://example.com/essay) for more."),
		expected: [{ speaker: "Naval Ravikant" }, { speaker: null }],
	},
	{
		name: "a heading ends the entry",
		note: entryNote("### 2019 - 05\n\nSome commentary."),
		expected: [{ speaker: "Naval Ravikant" }, { speaker: null }],
	},
	{
		name: "a paragraph that is a lead-in of its own names whoever it names",
		note: entryNote("My friend said it best:"),
		expected: [{ speaker: "Naval Ravikant" }, { speaker: null }],
	},
];

const dashLead: Row[] = [
	{
		name: "a linked person, a description, a dash and invisible spaces, then the quotation to the line's end",
		note: "### What is shame?\n\n[Brené Brown](https://brenebrown.com/), leading researcher on shame, vulnerability and connection — \u200b\u200b\"Shame is the most powerful, master emotion.\"",
		expected: [{ kind: "paragraph", line: 3, speaker: "Brené Brown", inferred: "lead-in", text: "\"Shame is the most powerful, master emotion.\"" }],
	},
	{
		name: "a plain full name and a description",
		note: "Ada Brook, who runs the Long Table, – “Cook for the table, not the camera.”",
		expected: [{ speaker: "Ada Brook", text: "“Cook for the table, not the camera.”" }],
	},
];

const dashLeadTraps: Row[] = [
	{ name: "a plain name with no description is a title's shape", note: "Ada Brook — \"Cook for the table\"", expected: [] },
	{ name: "a show's link names nobody", note: "[The Daily](https://example.com/daily) — \"Cook for the table.\"", expected: [] },
	{ name: "prose whose quotation ends before the line does", note: "Ada Brook, my neighbour, — “Cook” is her word for it.", expected: [] },
	{ name: "one word before the dash is no full name", note: "[Ada](https://example.com/ada), a cook — “Cook for the table.”", expected: [] },
];

const wordlessTurns: Row[] = [
	{
		name: "a last label followed by no words of its speaker (the transcriber's note after it) is no quote",
		note: "Chris\n\nWhy should a developer care?\n\nOlaf\n\nThey learn how to code.\n\nChris\n\nOk, so they learn faster.\n\nOlaf\n\n*XXX*\nNOTE: This ended up taking more time than I imagined.",
		expected: [{ speaker: "Chris" }, { speaker: "Olaf" }, { speaker: "Chris", text: "Ok, so they learn faster." }],
	},
	{
		name: "a label whose words follow on the next lines is still a turn",
		note: "**Tom Berg:**\nDid it feel risky?\n\n**Ana Ruiz:**\nAt first.\n\n**Tom Berg:** And then?\n\n**Ana Ruiz:** Then I built it.",
		expected: [{ speaker: "Tom Berg", text: "Did it feel risky?" }, { speaker: "Ana Ruiz", text: "At first." }, { speaker: "Tom Berg" }, { speaker: "Ana Ruiz" }],
	},
];

const gloss: Row[] = [
	{
		name: "a quoted sentence, a dash and the writer's gloss: the guest's words in a note about him",
		note: "# Naval Ravikant on the Joe Rogan Experience\n\nNaval Ravikant talks wealth.\n\n* A few of the key points discussed:\n  - **\"You're not going to get rich renting out your time\" – You have to own equity as an owner, investor, or a shareholder**",
		expected: [{ line: 6, speaker: "Naval Ravikant", text: "\"You're not going to get rich renting out your time\"" }],
	},
	{
		name: "a Chinese gloss after the dash: the guest's words in a summary about her",
		note: "# Karina Nguyen - 播客摘要\n\n**嘉宾简介**: Karina Nguyen - OpenAI AI研究员\n\n## 金句摘录\n\n- \"It's kind of scary, I'd say\" - 谈到自动化AI研究时\n- \"Future is wild\" - 讨论Lennybot时的感慨\n- **\"我是自己写作的第一受众\"** - 写作是给自己最好的建议",
		expected: [
			{ line: 7, speaker: "Karina Nguyen", text: "\"It's kind of scary, I'd say\"" },
			{ line: 8, speaker: "Karina Nguyen", text: "\"Future is wild\"" },
			{ line: 9, speaker: "Karina Nguyen", text: "\"我是自己写作的第一受众\"" },
		],
	},
];

const glossTraps: Row[] = [
	{
		name: "a quoted term and its Chinese definition",
		note: "# Karina Nguyen - 播客摘要\n\n**嘉宾简介**: Karina Nguyen - OpenAI AI研究员\n\n- \"Product sense\" - 对产品好坏的直觉判断能力",
		expected: [],
	},
	{
		name: "a quoted term and its definition",
		note: "# Naval Ravikant on the Joe Rogan Experience\n\nNaval Ravikant talks wealth.\n\n- \"Specific knowledge\" – Knowledge you cannot be trained for, learned by doing",
		expected: [],
	},
	{
		name: "a gloss that goes on in lower case is the same sentence",
		note: "# Naval Ravikant on the Joe Rogan Experience\n\nNaval Ravikant talks wealth.\n\n- \"You are not going to get rich renting out your time\" – as the saying goes, and it is true",
		expected: [],
	},
];

const sourceTail: Row[] = [
	{
		name: "a quote from a document, among a guest's quotes, takes nobody's name",
		note: "## Notable Quotes\n> \"Each session starts fresh.\" - From the agent's soul. [▶ 90:27](https://www.youtube.com/watch?v=YFjfBk8HI5o&t=5427s)\n\n> \"People talk about self-modifying software. I just built it.\" - Peter Steinberger",
		expected: [
			{ speaker: null, speakerRaw: "From the agent's soul", timestamp: "90:27", text: "\"Each session starts fresh.\"" },
			{ speaker: "Peter Steinberger", speakerRaw: "Peter Steinberger" },
		],
	},
];

const sourceTailTraps: Row[] = [
	{
		name: "\"from\" inside the quoted sentence is no source",
		note: "> We learn from the best. \n\n> Keep going. - Peter Steinberger",
		expected: [{ speaker: "Peter Steinberger", inferred: "next-quote" }, { speaker: "Peter Steinberger", inferred: null }],
	},
	{
		name: "a dash aside in the sentence that starts with from is no source",
		note: "> We moved – from the city to the coast – and stayed.\n\n> Keep going. - Peter Steinberger",
		expected: [{ speaker: "Peter Steinberger", text: "We moved – from the city to the coast – and stayed." }, { speaker: "Peter Steinberger" }],
	},
];

const logseq: Row[] = [
	{
		name: "a bullet holding a blockquote, its lines indented below, signed with a quote tag and a namespaced link (Logseq)",
		note: [
			"- On how Armin uses AI tools",
			"\t- > “Over the years, many of my projects didn’t go anywhere.",
			"\t  **I have so many better tools now.**” - #Quote from [[Person/Armin Ronacher]]",
			"- Choose languages pragmatically",
		].join("\n"),
		expected: [{ kind: "blockquote", speaker: "Armin Ronacher", line: 2, endLine: 3, text: "“Over the years, many of my projects didn’t go anywhere.\n**I have so many better tools now.**”" }],
	},
	{
		name: "two bullet blockquotes one after the other are two quotes",
		note: '- > "One thing." - #quote by [[Maya Chen]]\n- > "Another." - [[Tom Reed]]',
		expected: [{ speaker: "Maya Chen", text: '"One thing."' }, { speaker: "Tom Reed", text: '"Another."' }],
	},
];

const logseqTraps: Row[] = [
	{ name: "a tag that is no quote tag is no attribution", note: '> "One thing." - #podcast from [[Maya Chen]]', expected: [{ speaker: null }] },
	{ name: "a quote tag with nobody after it names nobody", note: '> "One thing." - #quote', expected: [{ speaker: null }] },
	{ name: "a bullet blockquote signed by nobody keeps no speaker, and the bullet after it is no attribution", note: '- > "One thing."\n- Maya Chen', expected: [{ speaker: null, text: '"One thing."', endLine: 1 }] },
];

const blockIds: Row[] = [
	{ name: "an Obsidian block id after an unattributed quote is not part of its words", note: "> Let's say lust or excitement. ^71fec6", expected: [{ speaker: null, text: "Let's say lust or excitement." }] },
	{ name: "a caret inside the words stays", note: "> Two ^ three is eight, she said", expected: [{ text: "Two ^ three is eight, she said" }] },
];

const htmlPullQuotes: Row[] = [
	{
		name: "an HTML blockquote with its `<footer>` inside, on the same line or below; the work after the name's comma dropped",
		note: '<blockquote class="english-blockquote">How we spend our days is, of course, how we spend our lives.\n<footer class="english-footer">Annie Dillard</footer></blockquote>\n\n<blockquote>I cannot remember the books I have read.<footer>Ralph Waldo Emerson, Journals</footer></blockquote>',
		expected: [
			{ kind: "blockquote", line: 1, endLine: 2, speaker: "Annie Dillard", text: "How we spend our days is, of course, how we spend our lives." },
			{ kind: "blockquote", speaker: "Ralph Waldo Emerson", text: "I cannot remember the books I have read." },
		],
	},
	{
		name: "an HTML blockquote's `<cite>` after a tilde, the name a link (bsoist, probe 443: tributes collected from blogs)",
		note: '<div>\n  <blockquote>\n    <p>\n      What are we going to do with it?<br /> <cite>~ <a href="http://example.com/eulogy">Seth Godin</a></cite>\n    </p>\n  </blockquote>\n</div>',
		expected: [{ kind: "blockquote", speaker: "Seth Godin", text: "What are we going to do with it?" }],
	},
	{
		name: "an HTML pull quote with its attribution div below, indented under a list item",
		note: '1. Ship it.\n\n    <div>\n     <div class="quote">If not this moment, when?</div>\n     <div class="attribution">Seth Godin</div>\n    </div>\n\n1. Next idea.',
		expected: [{ kind: "blockquote", speaker: "Seth Godin", line: 4, endLine: 4, text: "If not this moment, when?" }],
	},
	{
		name: "the words over several lines up to the closing tag, tags inside them dropped, credited by a cite",
		note: '<div class="quote">\nEveryone is <em>interesting</em>!\nIf you are bored, look again.\n</div>\n<cite>— Matt Mullenweg</cite>',
		expected: [{ speaker: "Matt Mullenweg", line: 1, endLine: 4, text: "Everyone is interesting!\nIf you are bored, look again." }],
	},
	{ name: "with no attribution below, nobody", note: '<div class="quote">The long way is the shortcut.</div>\n\nMore prose.', expected: [{ speaker: null, text: "The long way is the shortcut." }] },
];

htmlPullQuotes.push({
	name: "an HTML blockquote whose `<footer>` holds the name in bold and the work in a cite; an actor in brackets and a role after a dash dropped",
	note: "<blockquote>\n  <p>It ain't about how hard you hit.</p>\n  <footer>\n    <strong>Rocky Balboa (Sylvester Stallone)</strong>\n    <cite>Rocky Balboa (2006)</cite>\n  </footer>\n</blockquote>\n\n<blockquote>\n  <p>I'm sorry, but I don't want to be an emperor.</p>\n  <footer><strong>Hynkel - Dictator of Tomania (Charlie Chaplin)</strong><cite>The Great Dictator (1940)</cite></footer>\n</blockquote>",
	expected: [
		{ line: 1, endLine: 7, speaker: "Rocky Balboa", text: "It ain't about how hard you hit." },
		{ line: 9, endLine: 12, speaker: "Hynkel" },
	],
});

const zoteroCitations: Row[] = [
	{
		name: "a Zotero citation closing a highlight names its one author (Mdnotes' `Surname :page`, Zotero Integration's `Surname, year, p. N`), the full name the frontmatter gives",
		note: '---\nauthors: Ihssan Tinawi\n---\n# Extracted Annotations (2022-02-28)\n\n> "A model is said to learn when it can estimate a data point." ([Tinawi :67](zotero://open-pdf/library/items/KBLMD2YA?page=13))\n\n> "Habits are the compound interest of self-improvement." ([Clear, 2018, p. 27](zotero://select/library/items/ABCD1234))',
		expected: [
			{ line: 6, speaker: "Ihssan Tinawi", text: '"A model is said to learn when it can estimate a data point."' },
			{ line: 8, speaker: "Clear" },
		],
	},
];

const zoteroCitationTraps: Row[] = [
	{
		name: "several authors, or a citation linking elsewhere, name nobody; an export's heading is no speaker",
		note: '---\ntype: paper\n---\n# Extracted Annotations (2022-02-28)\n\n> "Two authors wrote this." ([Smith & Jones, 2020, p. 3](zotero://select/library/items/X1))\n\n> "A web page said this." ([Tinawi :67](https://example.com/tinawi))',
		expected: [{ speaker: null }, { speaker: null }],
	},
];

const htmlPullQuoteTraps: Row[] = [
	{ name: "an attribution that names no person names nobody", note: '<div class="quote">Be kind.</div>\n<div class="attribution">Source: the archive</div>', expected: [{ speaker: null, endLine: 1 }] },
	{ name: "another class is no pull quote", note: '<div class="quotes-list">Be kind.</div>', expected: [] },
	{ name: "a footer's bold words that are no name name nobody", note: "<blockquote>\n  <p>Be kind.</p>\n  <footer><strong>from the archive</strong></footer>\n</blockquote>", expected: [] },
	{ name: "an empty pull quote is nothing", note: '<div class="quote"></div>\n<div class="attribution">Seth Godin</div>', expected: [] },
];

const quoteTables: Row[] = [
	{
		name: "a table with a quote column and a speaker column: each row a quote of its speaker",
		note: "# Joe Rogan Experience #1309 - Naval Ravikant\n\n### Notable Quotes\n\n| Quote | Speaker | Context |\n|-------|---------|---------|\n| “Specialization is for insects.” | Naval | On being a generalist. |\n| “Desire is a contract.” | [[Joe Rogan]] | On desire. |\n\nMore prose.",
		expected: [
			{ kind: "list", speaker: "Naval Ravikant", line: 7, text: "“Specialization is for insects.”" },
			{ kind: "list", speaker: "Joe Rogan", line: 8, text: "“Desire is a contract.”" },
		],
	},
	{
		name: "a quote wall's `Credit` column names the speaker; `Anonymous` names nobody, and no first name stands for `Anonymous Russian Worker`",
		note: "# Talent quotes\n\n| Quote | Credit | Source |\n|---|---|---|\n| Another day in paradise | Anonymous | Colleague |\n| The best way out is always through | Robert Frost | Poem |\n| Work is for the workers | Anonymous Russian Worker | Saying |",
		expected: [
			{ kind: "list", speaker: null, speakerRaw: "Anonymous", line: 5, text: "Another day in paradise" },
			{ kind: "list", speaker: "Robert Frost", line: 6 },
			{ kind: "list", line: 7, text: "Work is for the workers" },
		],
	},
	{
		name: "a transcript laid out as a table (`| References | Person | Text |`, a Rev export): each row a turn; `Male` names nobody",
		note: "| References | Person | Text |\n| :--- | :--- | :--- |\n| [00:00](https://youtu.be/x?t=0) | Richard Brown | I think we have a lot to go over today. |\n| [00:33](https://youtu.be/x?t=33) | Male | Can you hear me? |\n| [01:02](https://youtu.be/x?t=62) | Steven Becker | Okay, so, two things. |",
		expected: [
			{ kind: "list", line: 3, speaker: "Richard Brown", text: "I think we have a lot to go over today." },
			{ kind: "list", speaker: null, speakerRaw: "Male" },
			{ kind: "list", speaker: "Steven Becker" },
		],
	},
	// victorlaerte/awesome-it-quotes (probe 665): an awesome list's table, its delimiter as short as GitHub allows.
	{
		name: "a `|:-:|` delimiter opens a quote table too; an author cell's anchor and portrait are markup, the name the text after its last line break",
		note: "| Quote | Author |\n|:-:|:-:|\n| “Technology is anything that wasn’t around when you were born.” | <div id=\"alan-kay\"></div> [![Alan Kay](images/alan_kay.jpg)](https://en.wikipedia.org/wiki/Alan_Kay) <br> Alan Kay (Computer Scientist) |\n| “It is easier to ask forgiveness than permission.” | ![Grace Hopper](images/hopper.jpg) <br> Grace Hopper |",
		expected: [
			{ kind: "list", line: 3, speaker: "Alan Kay", qualifier: "Computer Scientist", text: "“Technology is anything that wasn’t around when you were born.”" },
			{ kind: "list", line: 4, speaker: "Grace Hopper" },
		],
	},
	// szymonmackowiak/Filozofia, mo9652962-ai/second-brain (probe 668): a Polish quote table, a Chinese bibliography.
	{
		name: "`| Cytat | Autor |` (Polish) and `| 名言 | 作者 |` are quote tables; `| 引用 | 作者 |` whose 引用 cells are citation counts gives nothing",
		note: "| lp. | Cytat | Autor |\n| --- | --- | --- |\n| 1 | Nie ten jest ubogi, kto mało posiada, lecz ten, kto pragnie więcej. | Seneka |\n\n| 标题 | 作者 | 引用 |\n| --- | --- | --- |\n| Deep learning | Yann LeCun | 48213 |\n\n| 名言 | 作者 |\n| --- | --- |\n| 知之为知之，不知为不知，是知也。 | 孔子 |",
		expected: [
			{ kind: "list", line: 3, speaker: "Seneka", text: "Nie ten jest ubogi, kto mało posiada, lecz ten, kto pragnie więcej." },
			{ kind: "list", line: 11, speaker: "孔子" },
		],
	},
	{ name: "a `Text` column without a speaker column is no quote table", note: "| Field | Text |\n| --- | --- |\n| Title | A long day at the office, as usual. |", expected: [] },
	{ name: "a row whose speaker cell is empty needs a speaker from elsewhere", note: "| Zitat | Sprecher |\n| --- | --- |\n| „Weniger ist mehr.“ | |", expected: [] },
	{
		name: "a table with a quote column and no speaker column: quoted cells are the one guest's, other cells nothing",
		note: "---\nguest: Dario Amodei\n---\n\n## Notable Quotes\n\n| Quote | Context |\n|---|---|\n| \"On the 10 years, I'm 90%, which is about as certain as you can be.\" | AGI timeline |\n| Scaling keeps working | A summary, not his words |",
		expected: [{ kind: "list", line: 9, speaker: "Dario Amodei", inferred: "single-guest" }],
	},
];

const quoteTableTraps: Row[] = [
	{ name: "a table without a speaker column in a note that names nobody gives no quote", note: "| Quote | Context |\n| --- | --- |\n| “Be kind.” | On manners. |", expected: [] },
	{ name: "a table of predictions naming people is no quote table", note: "| Person | Prediction |\n| --- | --- |\n| Sam Altman | AGI by 2030 |", expected: [] },
];

const reporter: Row[] = [
	{
		name: "a reporter's quotation: the paragraph opens with the words and a speech verb names the speaker after the closing mark",
		note: "# Notes\n\n“It is when you see the light,” says Richter.\n\n“It is me,” Karim explained. And then the talk went on.\n\n“Det er jo mig,” siger Lars Olesen.",
		expected: [
			{ kind: "paragraph", speaker: "Richter", text: "“It is when you see the light,”" },
			{ speaker: "Karim", text: "“It is me,”" },
			{ speaker: "Lars Olesen" },
		],
	},
	{
		name: "a quotation split around its attribution (`\"…,\" Lane said. \"…\"`) is one quote, both parts its words; the surname is the full name the text writes",
		note: "Photographer Bobbi Lane taught the class.\n\n\"Light is everything in a portrait,\" Lane said. \"You have to see it first.\"\n\n\"Shadows are free,\" Lane said, \"so use them.\"",
		expected: [
			{ kind: "paragraph", line: 3, speaker: "Bobbi Lane", text: "\"Light is everything in a portrait,\" \"You have to see it first.\"" },
			{ line: 5, speaker: "Bobbi Lane", text: "\"Shadows are free,\" \"so use them.\"" },
		],
	},
	{
		name: "a sentence's first word read into a name (`Seniors Elijah Nyahkoon and …`) leaves the surname the shorter name's",
		note: "Seniors Elijah Nyahkoon and Max Gleadow take the field.\n\n“It’s surreal,” said Nyahkoon.",
		expected: [{ kind: "paragraph", speaker: "Elijah Nyahkoon", text: "“It’s surreal,”" }],
	},
	{
		name: "`\"…,\" he says.` is the person the note is about",
		note: "# Notes from an interview with Jørn Richter\n\nJørn Richter has taught for forty years.\n\n“Det er jo mig, der får noget,” siger han.",
		expected: [{ kind: "paragraph", speaker: "Jørn Richter", inferred: "context", text: "“Det er jo mig, der får noget,”" }],
	},
];

reporter.push({
	name: "a blockquote holding a reporter's quotation: the attribution after the closing mark is no part of the words",
	note: "> \"Vi må aldrig stå stille,\" siger Ole Damgaard.\n\n> “Det er liv,” fortæller han.",
	expected: [
		{ kind: "blockquote", speaker: "Ole Damgaard", text: "\"Vi må aldrig stå stille,\"" },
		{ kind: "blockquote", speaker: null, text: "“Det er liv,”" },
	],
});

reporter.push(
	// closing-the-loop, dalesgit, openeverest (earlier probes): radio and newspaper profiles that quote with a pronoun.
	{
		name: "`\"…,\" she said. \"…\"` is the note's subject's; failing one, the person the paragraph above opens with, written in full",
		note: "# Notes from an interview with Ada Brook\n\n“It is me,” she says. “And more of me.”",
		expected: [{ kind: "paragraph", speaker: "Ada Brook", inferred: "context" }],
	},
	{
		name: "a pronoun's person from the paragraph above: `Dana Greyson has lived…`, or `Allen is from…` where the note writes Winston Allen",
		note: "# Sailing on\n\nDana Greyson has lived most of her life in the Pacific Northwest. In 2005, she met Walt Brown.\n\n“He asked me to go sailing,” she said. “I had been on a boat.”\n\nWinston Allen swims at dawn.\n\nAllen is from Columbus, Ohio.\n\n“I started taking care of myself,” he says.",
		expected: [
			{ line: 5, speaker: "Dana Greyson", inferred: "context" },
			{ line: 11, speaker: "Winston Allen", inferred: "context" },
		],
	},
	// bitcoin-core (probe 476): a meeting summary hard-wrapped at 72 columns.
	{
		name: "`Name said, \"…` wrapped over lines, the quotation ending the paragraph: a quote from the verb's line; a surname is the full name the text writes",
		note: "# Meeting\n\nGregory Maxwell said, \"All supported versions have\n[the signed alert system] gone completely, so that sounds pretty good\nfor a release now.\"\n\nRegarding the old versions of Bitcoin Core,\nMaxwell said, \"I doubt we know all the\nvulnerabilities.  I know of at least two.\"",
		expected: [
			{ kind: "paragraph", line: 3, endLine: 5, speaker: "Gregory Maxwell", inferred: "lead-in" },
			{ line: 8, endLine: 9, speaker: "Gregory Maxwell" },
		],
	},
	{
		name: "a reporter's verb in Finnish, Swedish and Estonian after the closing mark",
		note: "# Haastattelu\n\n“Kokeet laaditaan aina opetussuunnitelman mukaan”, Tähkä sanoo.\n\n\"Jag utgick ifrån handboken\", minns Sasha.\n\n\"Põhiliselt joonistasin igalt poolt maha\", räägib Vello.",
		expected: [{ speaker: "Tähkä" }, { speaker: "Sasha" }, { speaker: "Vello" }],
	},
	{
		// dotkom's student-association interview: Norwegian press writes each spoken line as a dash paragraph.
		name: "press dialogue: a dash paragraph's words run to the comma before the speech verb and its speaker, on any line",
		note: "# Møt våre tillitsvalgte\n\n– Jeg er 21 år gammel og har begynt på andreåret i\ninformatikk, sier Bendik, som har blitt valgt inn.\n\n– Med dette semesteret begynner jeg på mitt 17. år, forteller\nLars, og ramser opp en lang liste.\n\n– Hva er kampsakene deres?",
		expected: [
			{ line: 3, endLine: 4, speaker: "Bendik", text: "Jeg er 21 år gammel og har begynt på andreåret i informatikk" },
			{ line: 6, endLine: 6, speaker: "Lars", text: "Med dette semesteret begynner jeg på mitt 17. år" },
		],
	},
);

const speakerField: Row[] = [
	{
		name: "a ranked heading that is wholly a quotation, then `**話者**: TTさん ／ **エピソード**: …`: the honorific, a note in brackets and the next field are no part of the name",
		note: "## ベスト30\n\n### 1位 「植物は人間様のためにGABAを作ってるわけじゃない」\n**話者**: TTさん ／ **エピソード**: #31 GABA\n\n番組の看板フレーズ。\n\n### 2位 「腸内細菌は食べたものでできている」\n**話者**: 鈴木大輔さん（腸内細菌相談室） ／ **エピソード**: #12\n\n### 3位 「おいしいは正義」\n**話者**: リスナー（リュウンさん）",
		expected: [
			{ line: 3, speaker: "TT", text: "「植物は人間様のためにGABAを作ってるわけじゃない」" },
			{ line: 8, speaker: "鈴木大輔" },
			{ line: 11, speaker: "リュウン" },
		],
	},
	{
		name: "a quotation on its own line, then a Dataview field `speaker:: Steve Jobs`",
		note: "# Favourites\n\n\"Stay hungry, stay foolish.\"\nspeaker:: Steve Jobs\n\nMore notes.",
		expected: [{ line: 3, speaker: "Steve Jobs", text: '"Stay hungry, stay foolish."' }],
	},
	// rvegajr (probe 476): an analysis of an AMA lists each claim's quote and speaker as fields.
	{
		name: "list items `- **Quote:** \"…\" (Lines 705-707)` over `- **Speaker:** Anthony (CEO)`: the reference and the role in brackets are no part of either",
		note: "### Claims\n\n**Claim 1: DeFi suite**\n- **Quote:** \"our focus now is the core DeFi\" (Lines 705-707)\n- **Speaker:** Anthony (CEO)\n- **Verification:** Cannot be verified\n\n**Claim 2**\n- **Quote:** \"we have a launch plan as well\"\n- **Speaker:** Anthony (CEO)",
		expected: [
			{ line: 4, speaker: "Anthony", text: '"our focus now is the core DeFi"' },
			{ line: 9, speaker: "Anthony", text: '"we have a launch plan as well"' },
		],
	},
];

const childSigned: Row[] = [
	{
		name: "a quoted item, then a child item holding only the name (bold, linked or after a dash), as Logseq pages keep sayings",
		note: '- #Quotes #Math\n- "Mathematics is the language with which God has written the universe."\n\t- **Galileo Galilei**\n- "The highest form of pure thought is in mathematics."\n\t- **[[Plato]]**\n- "Where there is matter, there is geometry."\n\t- — Johannes Kepler\n- "Do the math."\n- **Not a child**\n- "Study hard."\n\t- see chapter two',
		expected: [
			{ line: 2, speaker: "Galileo Galilei", text: '"Mathematics is the language with which God has written the universe."' },
			{ line: 4, speaker: "Plato" },
			{ line: 6, speaker: "Johannes Kepler" },
		],
	},
];

const speakerFieldTraps: Row[] = [
	{ name: "a talk's speaker field under its title is no quote's", note: "# Inventing on principle\n**Speaker**: Bret Victor\n\nCreators need an immediate connection.", expected: [] },
	{ name: "a field below a line that is not wholly a quotation", note: "We talked about \"flow\" a lot.\nSpeaker: Ada Brook", expected: [] },
	{ name: "a speaker item below an item that is not a quote field", note: "- **Claim:** \"we ship soon\"\n- **Speaker:** Anthony (CEO)\n\n- \"flow\" was the word\n- **Speaker:** Ada Brook", expected: [] },
];

const reporterTraps: Row[] = [
	{
		name: "a pronoun whose paragraph above opens with no person the note writes in full (`Walt met her…`, `While…`) names nobody",
		note: "# Sailing on\n\nWalt met her in 2005. Dana Greyson was there too.\n\n“He asked me to go sailing,” she said.\n\nWhile the team played, Hall of Famer Dan Marino said he would watch.\n\nThe team is the last hope.\n\n“I deserved all this,” he says.",
		expected: [],
	},
	{
		name: "a wrapped paragraph that goes on after the quotation its verb leads to is no quote of it",
		note: "# Talk\n\nWe were talking about constitutional AI and I think Jared said, \"Oh, we're just gonna write a constitution.\" And\nthen we went on to other things for a long while.",
		expected: [],
	},
	{
		name: "a wrapped paragraph whose verb follows a pronoun (`and I said \"…\"`) names nobody: no quote",
		note: "# AMA\n\nWe were on a school trip.\nThen someone told me \"I'm so hungry\", and I said \"Dude. I have half of a Snickers.\"",
		expected: [],
	},
	{ name: "a pronoun with no person the note is about names nobody", note: "# Notes\n\n“It is me,” he says.", expected: [] },
	// skirtrunner (probe 455): a race report in the first person.
	{ name: "`\"…,\" I said.` is the writer's own line: a capitalised pronoun is no name", note: "# Race\n\n“Just walk,” I said. “I think you might be panicking.”\n\n“Keep going,” We said.", expected: [] },
	{ name: "a quoted term then prose with no speech verb", note: "“Quiet quitting” is a term that spread in 2022, says the survey.", expected: [] },
	{ name: "a dash paragraph with no speech verb is no press dialogue", note: "# Notes\n\n– Mangel på sykkelstativ, for eksempel, og andre ting.\n\n– Notes, Lars and more, in a list.", expected: [] },
];

/** A quotation's speaker set off in markup below it: a bold name, HTML's `<figure>` and `<cite>`, an embedded post. */
const markupCredits: Row[] = [
	{ name: "a paragraph in italics holding a quotation and its dash attribution (`*“…” - Gábor Békés*`)", note: "*“We also wanted to use the textbook to talk about important social issues.” - Gábor Békés*", expected: [{ speaker: "Gábor Békés" }] },
	{ name: "a bold full name alone after a quotation in the blockquote", note: '> "The most spiritual men find their happiness in the labyrinth."\n>\n> **Friedrich Nietzsche**', expected: [{ speaker: "Friedrich Nietzsche" }] },
	{ name: "an italic full name alone right below the quotation", note: '> "Difficult tasks are a privilege to them."\n> *Friedrich Nietzsche*', expected: [{ speaker: "Friedrich Nietzsche" }] },
	{
		// couchblog's post on the Coronavirus-Update podcast.
		name: "a plain full name alone after a blank line of the blockquote, below a quotation closed above it",
		note: "> „Schnelltests entdecken eine Infektion nur an fünf von acht Tagen“\n>\n> Christian Drosten",
		expected: [{ speaker: "Christian Drosten", text: "„Schnelltests entdecken eine Infektion nur an fünf von acht Tagen“" }],
	},
	{
		// theologic.us: a preacher's study notes, the lecturer's quotes in nested blockquotes, each signed below.
		name: "a name alone as a blockquote's last paragraph signs words without marks too: a full stop, a work or a minute after it; nested marks (`>>`) read as one",
		note: "> Words with no marks.\n>\n> Christian Drosten\n\n>>It takes a whole Bible to produce a whole Christian.\n>>\n>>JC Ryle. \n\n>>If it is not expository, it is not Christian.\n>>\n>>Stott. Between Two Worlds.\n\n>>It takes preaching the whole Bible.\n>>\n>>Lawson. 1:00\n\n> We will meet again.\n>\n> Thanks.",
		expected: [
			{ speaker: "Christian Drosten", text: "Words with no marks." },
			{ speaker: "JC Ryle", text: "It takes a whole Bible to produce a whole Christian." },
			{ speaker: "Stott", text: "If it is not expository, it is not Christian." },
			{ speaker: "Lawson", text: "It takes preaching the whole Bible." },
			{ speaker: null, text: "We will meet again.\n\nThanks." },
		],
	},
	{
		// fewerror's "Praise for" page and a daily note's epigraph (`— <cite>Leo Rosten</cite>`); one page forgot a `</cite>`.
		name: "`<cite>` around a blockquote's attribution, at the end of its line or on a line of its own",
		note: '> lol check ur algorithm robot <cite>– [@dudehugs](https://twitter.com/dudehugs/status/1)</cite>\n\n> Failiest bot ever <cite>– [@halestorm](https://twitter.com/halestorm/status/2)\n\n> The purpose of life is not to be happy.\n> — <cite>Leo Rosten</cite>',
		expected: [
			{ speaker: "dudehugs", text: "lol check ur algorithm robot" },
			{ speaker: "halestorm", text: "Failiest bot ever" },
			{ speaker: "Leo Rosten", text: "The purpose of life is not to be happy." },
		],
	},
	{
		name: "a bold label whose value is a time or a span of the recording is a field, in a blockquote alone (`> **Segment**: 00:00-03:31`) or in a dialogue (`> **Duração:** 9:51`)",
		note: "## 1. How have interviews changed?\n> **Segment**: 00:00-03:31\n\nWyss returns from the summit.\n\n## 2. What now?\n> **Segment**: 03:31-05:10\n\nShe lists three changes.\n\n> **Ada Brook:** Welcome back.\n> **Ben Carr:** Thanks for having me.\n> **Duração:** 9:51",
		expected: [
			{ speaker: "Ada Brook", text: "Welcome back." },
			{ speaker: "Ben Carr", text: "Thanks for having me." },
		],
	},
	{
		name: "`<footer>` as a blockquote's last line, after an empty one: the credit, a name then its role (a case study's client quotes)",
		note: "> Verifa proposed a workshop, so we decided to proceed.\n>\n> <footer>Olli Suihkonen, Senior Manager, Visma Software Oy</footer>\n\n> The report gives us findings to address.\n>\n> <footer>Olli Suihkonen, Senior Manager, Visma Software Oy</footer>",
		expected: [
			{ speaker: "Olli Suihkonen", text: "Verifa proposed a workshop, so we decided to proceed." },
			{ speaker: "Olli Suihkonen", text: "The report gives us findings to address." },
		],
	},
	{
		name: "`<figure>` with the words as a blockquote and `<cite>Name (moment)</cite>`",
		note: '<figure class="quote">\n> There has been a lot of talk about filter bubbles.\n>\n> But there is a bit of pot calling the kettle black here.\n\n<cite>Ben Thompson ([6:02 in](https://overcast.fm/+Bi/06:02 "timestamp"))</cite>\n</figure>',
		expected: [{ speaker: "Ben Thompson" }],
	},
	{
		name: "an embedded post with other attributes before its class (`markdown=\"0\"`)",
		note: '<blockquote markdown="0" class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Please note: the same people now telling you why he won.</p>&mdash; David Burge (@iowahawkblog) <a href="https://twitter.com/x">November 9, 2016</a></blockquote>',
		expected: [{ speaker: "David Burge" }],
	},
];
const markupCreditTraps: Row[] = [
	{ name: "a blockquote opening with `Disclaimer:` is the note's remark", note: "# Kat Cole\n\n> Disclaimer: Speaker accreditation may not be 100% correct.\n\n> \"Every job is a chance.\" — Kat Cole", expected: [{ speaker: "Kat Cole" }] },
	{ name: "a blockquote opening with a bold number (`> **1.** …`) is an item of the writer's list", note: "# Yao Shunyu interview\n\n> **1.** AI has entered a phase of worrying whether problems are well-defined.\n\n> **2. Anthropic** · WATCH\n>\n> Coding and agent workflow bet leads.", expected: [] },
	{ name: "a bold label in a blockquote that opens with no quotation mark is no speaker", note: "> Keep the build green before you merge.\n>\n> **Release Checklist**", expected: [{ speaker: null }] },
	{ name: "a bold name below words that are no quotation is no speaker", note: "> Keep the build green before you merge.\n>\n> **Ada Lovelace**", expected: [{ speaker: null }] },
	{ name: "a figure of an image and its caption is no quote", note: '<figure>\n<img src="a.png">\n<figcaption>Ada Lovelace</figcaption>\n</figure>', expected: [] },
];

/** A diarised voice or a role written where the attribution's name would be: a quote, nobody's. */
const placeholderCredits: Row[] = [
	{ name: "a list item's quotation then `– Speaker 2`", note: '## Quotes\n\n- "We never trained these people." – Speaker 2', expected: [{ speaker: null, speakerRaw: "Speaker 2", text: '"We never trained these people."' }] },
	{ name: "a blockquote's quotation then `– Speaker 1`, cut from the words", note: '> "We never trained these people at all." – Speaker 1', expected: [{ speaker: null, speakerRaw: "Speaker 1", text: '"We never trained these people at all."' }] },
	{ name: "a bold quotation then `– Participant (what it was about)`", note: '## Quotes\n\n- **"Price is the number one answer which surprised me."** – Participant (on cost).', expected: [{ speaker: null, speakerRaw: "Participant" }] },
];

const blockquoteCredits: Row[] = [
	{
		name: "an epigraph's citation alone below the blockquote, no dash: a name, its work in italics or quotation marks, the year in brackets",
		note: "To create is to recreate.\n\n> Immature poets imitate; mature poets steal.\n\nT. S. Eliot, _The Sacred Wood_ (1920)\n\n> No man is an island.\n\nJohn Donne, \"Devotions upon Emergent Occasions\", _Meditation XVII_ (1624)\n\n> Read widely.\n\nBooks matter, as we know (2024)",
		expected: [
			{ line: 3, speaker: "T. S. Eliot" },
			{ line: 7, speaker: "John Donne" },
			{ line: 11, speaker: null },
		],
	},
	{
		name: "a blank line, then `– [@handle on twitter](…)` alone below a blockquote (This Week in Rust's quote of the week)",
		note: "# Quote of the Week\n\n> why doesn't 'static, the largest lifetime, not simply eat all the others\n\n– [@mountain_ghosts on twitter](https://twitter.com/mountain_ghosts/status/1)\n\n> It is the weakest of lifetimes\n\n– [Ada Brook on rust-users](https://users.rust-lang.org/t/1)",
		expected: [
			{ line: 3, speaker: "mountain_ghosts", text: "why doesn't 'static, the largest lifetime, not simply eat all the others" },
			{ line: 7, speaker: "Ada Brook" },
		],
	},
	// youthinfront/youthinfront-site: `-Maya Angelou` below, the hyphen against the name (no list item), but not
	// `>-Jonathan.` inside the next blockquote (imazen's testimonials), nor a list item `- Rosa Parks`.
	{
		name: "a blank line, then `-Name` alone below a blockquote credits it; `- Name` is a list item",
		note: "# Inspirational Quotes\n\n>“Power concedes nothing without a demand.”\n\n-Frederick Douglass\n\n>“I was not tired physically.”\n\n- Rosa Parks",
		expected: [
			{ line: 3, speaker: "Frederick Douglass" },
			{ line: 7, speaker: null },
		],
	},
	{
		name: "a quotation set as a heading in a blockquote, its speaker after `&mdash;` on the next line",
		note: "> ### \"There’s too many people on this earth.\"\n> &mdash; Dwight K. Schrute",
		expected: [{ speaker: "Dwight K. Schrute", text: "\"There’s too many people on this earth.\"" }],
	},
];

const nameBelow: Row[] = [
	{
		name: "a saying in emphasis with its author alone on the next line, a work after a dash maybe (`Zitate` pages)",
		note: "# Zitate\n\n_Jede hinreichend fortschrittliche Technologie ist von Magie nicht zu unterscheiden._  \nArthur C. Clarke\n\n_Es gibt kein richtiges Leben im falschen._  \nTheodor W. Adorno - Minima Moralia",
		expected: [
			{ line: 3, speaker: "Arthur C. Clarke", text: "Jede hinreichend fortschrittliche Technologie ist von Magie nicht zu unterscheiden." },
			{ line: 6, speaker: "Theodor W. Adorno" },
		],
	},
	{ name: "an emphasised line over a word that is no full name names nobody", note: "_Read this twice before you start._\nImportant", expected: [] },
];

const splitDialogue: Row[] = [
	{
		name: "a bold label once, between blockquotes whose bold label recurs, is a voice of the same exchange (`> **JERRY:**`)",
		note: "> **KRAMER:** *I'm changing the configuration of the apartment.*\n\n> **JERRY:** *What are you doing?*\n\n> **KRAMER:** *Levels.*",
		expected: [{ speakerRaw: "KRAMER" }, { speakerRaw: "JERRY", text: "*What are you doing?*" }, { speakerRaw: "KRAMER" }],
	},
	{
		name: "a plain label alone on each blockquote's first line, the words below, two such labels recurring: each blockquote a turn (`> Menon:`)",
		note: "> Menon:\n> Kan dyd læres bort?\n\nDa kunne jo alle bli dydig.\n\n> Sokrates:\n> Jeg vet ingenting om hva dyd er.\n\n> Menon:\n> Er du oppriktig?\n\n> Sokrates:\n> Vet du?",
		expected: [
			{ line: 1, endLine: 2, speaker: "Menon", text: "Kan dyd læres bort?" },
			{ line: 6, speaker: "Sokrates", text: "Jeg vet ingenting om hva dyd er." },
			{ line: 9, speaker: "Menon" },
			{ line: 12, speaker: "Sokrates" },
		],
	},
	{
		name: "one such label recurring alone is a remark's heading, not a voice (`> Hint:`): a remark, as `> Note:` is",
		note: "> Hint:\n> Try the second door.\n\nText.\n\n> Hint:\n> Look under the mat.\n\n> Clue:\n> Under the mat.\n\n> Clue:\n> Behind the door.",
		expected: [{ line: 9, speaker: null }, { line: 12, speaker: null }],
	},
	{
		name: "an announcer between two voices stays nobody's",
		note: "> **Ada:** One.\n\n> **Announcer:** Subscribe now.\n\n> **Ada:** Two.",
		expected: [{ speaker: "Ada" }, { speaker: null }, { speaker: "Ada" }],
	},
];

const quotedLines: Row[] = [
	{
		name: "a blockquote of attributed lines, one credit running on into a long aside in brackets: a quote per line",
		note: "> The day you stop showing numbers, the bill passes. – Kiran Bedi (Team Anna)\n>\n> We underestimate the speed of large objects by 40%. – Ram Prasad (explaining why so many people are daft enough to cross the railway tracks in full view of an oncoming train)\n>\n> Cities are the future. – Amitabh Kant",
		expected: [
			{ line: 1, speaker: "Kiran Bedi" },
			{ line: 3, speaker: "Ram Prasad", text: "We underestimate the speed of large objects by 40%." },
			{ line: 5, speaker: "Amitabh Kant" },
		],
	},
	{
		name: "a blockquote whose lines are each a quotation closed on its line: a quote per line, each the lead-in's",
		note: "Bertrand Russell dropped some real bangers:\n\n> “The stupid are cocksure while the intelligent are full of doubt.”\n> “I would never die for my beliefs because I might be wrong.”",
		expected: [
			{ line: 3, speaker: "Bertrand Russell", text: "“The stupid are cocksure while the intelligent are full of doubt.”" },
			{ line: 4, speaker: "Bertrand Russell", text: "“I would never die for my beliefs because I might be wrong.”" },
		],
	},
	{
		name: "quoted paragraphs of one speech, a blank line between them, stay one quote",
		note: "**Tal'lysae:**\n> \"The flow stutters. Time itself hiccups.\"\n>\n> \"We go. Now. The flame will guide us.\"",
		expected: [{ line: 2, endLine: 4 }],
	},
];

const avatars: Row[] = [
	{
		name: "a blockquote opening with an avatar whose alt text is a name (`> ![Mr Pink](mrpink.webp \"Mr Pink\")`) is that person's answer",
		note: "**¿Porqué?**\n\n> ![Mr Pink](mrpink.webp \"Mr Pink\")\n>\n> Tomarse las cosas en serio es una máscara.\n\n> ![Mr Green](mrgreen.webp \"Mr Green\")\n>\n> Por el dinero.",
		expected: [{ speaker: "Mr Pink", text: "Tomarse las cosas en serio es una máscara." }, { speaker: "Mr Green", text: "Por el dinero." }],
	},
	{ name: "a figure whose alt text is one word names nobody", note: "> ![Diagram](d.png)\n> The flow of data through the system, from left to right.", expected: [{ speaker: null }] },
];

const forumUsers: Row[] = [
	{
		name: "a username linked to the forum it wrote on names the speaker, after a dash or over the comment (`--[randrews](https://news.ycombinator.com/… \"title\")`, `[jp56](…):`)",
		note: "> Most of us probably don't. --[randrews](http://news.ycombinator.com/item?id=904913 \"Hacker News | When I was eight\")\n\n[jp56](https://news.ycombinator.com/item?id=43243331):\n\n> Much of middle age is a struggle to find meaning.",
		expected: [{ speaker: "randrews", text: "Most of us probably don't." }, { speaker: "jp56", inferred: "lead-in" }],
	},
	{ name: "a lower-case word linked to an ordinary page names nobody", note: "> Most of us probably don't. --[here](https://example.com/post)", expected: [{ speaker: null }] },
];

const blockquoteCreditTraps: Row[] = [
	{ name: "a list item below a blockquote is no attribution (`- Kathir …`)", note: "> Words of a friend kept here.\n\n- Kathir is a word for many\n", expected: [{ speaker: null, text: "Words of a friend kept here." }] },
	{ name: "a heading in a blockquote that holds no quotation stays a remark", note: "> ### 2019 - 05\n> — Ada Brook", expected: [] },
	{ name: "an Instagram embed's caption is no one's words", note: "# Sára J. Molčan\n\n> [A video posted by Sára J. Molčan (@sarajmolcan)](https://www.instagram.com/p/1/) on Jun 1, 2016 at 10:21pm PDT\n\n> \"As an artist, I am fascinated by memory.\"\n\n> — Sára J. Molčan", expected: [{ line: 5, speaker: "Sára J. Molčan" }] },
];

const siteQuotes: Row[] = [
	// lhao03 (probe 484): reading notes on a Turing Award lecture, each passage in a Zola shortcode.
	{
		name: "a Zola shortcode called as a function (`{{ quote(text=\"…\",` then `author=\"E. W. Dijkstra:\", …)}}`): the words, and the author without the colon the template prints",
		note: '+++\ntitle = "The Humble Programmer"\n+++\n\n{{ quote(text="as I found the two activities harder and harder to combine",\nauthor="E. W. Dijkstra:",\nsource="The Humble Programmer"\n)}}\n\n{{ quote(text="automatic computers were here to stay", author="E. W. Dijkstra") }}',
		expected: [
			{ line: 5, speaker: "E. W. Dijkstra", text: "as I found the two activities harder and harder to combine" },
			{ line: 10, speaker: "E. W. Dijkstra", text: "automatic computers were here to stay" },
		],
	},
	{
		name: "MkDocs Material's quote admonition: the title names the speaker (a year, a role and a colon dropped), the indented lines are the words",
		note: '!!! quote "Mao Zedong, 1956:"\n    The policy of letting a hundred flowers bloom.\n\n???+ quote "Yan Yen (poet):"\n\n    We had no culture.\n\n    None at all.\n\nBack to the text.',
		expected: [
			{ line: 2, endLine: 2, speaker: "Mao Zedong", text: "The policy of letting a hundred flowers bloom." },
			{ line: 6, endLine: 8, speaker: "Yan Yen", text: "We had no culture.\n\nNone at all." },
		],
	},
	{
		name: "an admonition whose title holds the words and a signature, with nothing below",
		note: '!!! quote "Any method which contrasts outputs at inference time. --Sean Obrien"\n\nText.',
		expected: [{ line: 1, speaker: "Sean Obrien", text: "Any method which contrasts outputs at inference time." }],
	},
	{
		name: "a Hugo shortcode pair naming the speaker in its first argument (a podcast after `on`, its link's address dropped)",
		note: '# Interview\n\n{{< quote "David Adrian on the *[Security Cryptography Whatever](https://securitycryptographywhatever.buzzsprout.com)* podcast" >}}\nIt is basically 65% memory safety issues.\n{{< /quote >}}\n\nAfter.',
		expected: [{ line: 4, endLine: 4, speaker: "David Adrian", text: "It is basically 65% memory safety issues." }],
	},
	{
		name: "a one-line Hugo shortcode holding the words and who wrote them as attributes",
		note: '{{<matomeQuote body="I took his seminar; it was the best class." userName="varenc" createdAt="2025/09/01 20:25:08" color="#ff5c5c">}}',
		expected: [{ line: 1, speaker: "varenc", text: "I took his seminar; it was the best class." }],
	},
	{
		name: "a Jekyll quote include over several lines, its author above its text",
		note: 'Names are hard:\n\n{% include quote.html\n    author="Phil Karlton"\n    url="https://www.karlton.org/"\n    text="There are only two hard things in Computer Science." %}\n\nAfter.',
		expected: [{ line: 6, speaker: "Phil Karlton", text: "There are only two hard things in Computer Science." }],
	},
	{
		name: "Octopress's blockquote tag: the author before the link",
		note: "{% blockquote Bibio http://shop.example.com/1 Official Comment %}\nI never set a theme before making an album.\n{% endblockquote %}",
		expected: [{ line: 2, speaker: "Bibio", text: "I never set a theme before making an album." }],
	},
	{
		name: "Hugo's `{{< admonition quote >}}` box, its credit in italics below the words (a year, an aside in brackets, a particle)",
		note: "{{< admonition quote >}}\nIf it's a core business function, do it yourself.\n\n_Joel Spolsky 2001_\n{{< /admonition >}}\n\n{{< admonition quote >}}\nYou learn with your hands.\n\n_Michael B. Paulson (ThePrimeagen) 2024_\n{{< /admonition >}}\n\n{{< admonition quote >}}\nHet leven is niet eerlijk.\n\n_Roman van Ree 2024_\n{{< /admonition >}}",
		expected: [
			{ line: 2, endLine: 4, speaker: "Joel Spolsky", text: "If it's a core business function, do it yourself." },
			{ line: 8, speaker: "Michael B. Paulson" },
			{ line: 14, speaker: "Roman van Ree" },
		],
	},
	{
		name: "a shortcode blockquote with no name in it takes the lead-in's",
		note: "Jorja Fox was filmed for an episode and her quote is as follows:\n\n{{< blockquote >}}\nI was a bad teenager.\n{{< /blockquote >}}",
		expected: [{ line: 4, speaker: "Jorja Fox", text: "I was a bad teenager." }],
	},
];

const siteQuoteTraps: Row[] = [
	{ name: "an admonition of another type is no quote", note: '!!! tip "Ada Lovelace"\n    Save your work often.', expected: [] },
	{ name: "a quote admonition whose title is a motto with no signature and nothing below", note: '!!! quote "You cannot manage what you do not understand."\n\nText.', expected: [] },
	{ name: "a shortcode that is no quote (a figure, a notice) holds no words", note: '{{< figure src="a.png" caption="Ada Lovelace" >}}\n\n{{< notice >}}\nSave often.\n{{< /notice >}}', expected: [] },
	{ name: "an admonition box of another type is no quote", note: "{{< admonition tip >}}\nSave often.\n\n_Ada Lovelace 1843_\n{{< /admonition >}}", expected: [] },
	{ name: "a blockquote's last paragraph in emphasis that is no name (one word and a year, a note in brackets) names nobody", note: "> Save often.\n>\n> _Updated 2021_\n\nText.\n\n> Keep going.\n>\n> _(translated from Dutch)_", expected: [{ speaker: null }, { speaker: null }] },
	{ name: "a quote shortcode never closed is left as text", note: '{{< quote "Ada Lovelace" >}}\nWords that run on.', expected: [] },
	{ name: "a Zola shortcode of another kind, or a quote one never closed, holds no quote", note: '{{ figure(src="a.png", text="Ada Lovelace") }}\n\n{{ quote(text="Words that run on.",\nauthor="Ada"', expected: [] },
];

describe.each([
	["credits below or inside a blockquote", blockquoteCredits],
	["a quotation on each line of a blockquote", quotedLines],
	["a dialogue split into blockquotes", splitDialogue],
	["avatars over answers", avatars],
	["forum usernames", forumUsers],
	["a name below an emphasised saying", nameBelow],
	["blockquote credit traps", blockquoteCreditTraps],
	["a voice with no name where the name would be", placeholderCredits],
	["credits in markup", markupCredits],
	["credits in markup traps", markupCreditTraps],
	["quote tables", quoteTables],
	["quote table traps", quoteTableTraps],
	["a dash inside the bold", boldDash],
	["dash inside the bold traps", boldDashTraps],
	["remarks in an outline", outline],
	["outline traps", outlineTraps],
	["outline answers and other languages", outlineAnswers],
	["bold names in an outline", boldOutline],
	["credited full-width colon labels", creditedLabels],
	["credited label traps", creditedLabelTraps],
	["says Name in a heading", saysHeading],
	["says Name in a heading traps", saysHeadingTraps],
	["a full name in the note's label markup", styledLabel],
	["label markup traps", styledLabelTraps],
	["a guest log entry across commentary", entryCarry],
	["guest log entry traps", entryCarryTraps],
	["a lead-in and its quotation on one line after a dash", dashLead],
	["dash lead-in traps", dashLeadTraps],
	["turns with no words", wordlessTurns],
	["a quotation and the writer's gloss", gloss],
	["gloss traps", glossTraps],
	["a source after the dash", sourceTail],
	["source traps", sourceTailTraps],
	["bullets holding blockquotes", logseq],
	["bullet blockquote traps", logseqTraps],
	["block ids", blockIds],
	["HTML pull quotes", htmlPullQuotes],
	["HTML pull quote traps", htmlPullQuoteTraps],
	["a reporter's quotation", reporter],
	["reporter's quotation traps", reporterTraps],
	["a speaker field below a quotation", speakerField],
	["speaker field traps", speakerFieldTraps],
	["a child item naming who said the quote above it", childSigned],
	["a site tool's quote blocks", siteQuotes],
	["Zotero citations", zoteroCitations],
	["Zotero citation traps", zoteroCitationTraps],
	["site quote block traps", siteQuoteTraps],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

test("the README's quote of the week, quote bank and heading quotation", () => {
	const quotes = parseNote("Test/note.md", readmeBlock("mountain_ghosts on twitter")).quotes;
	expect(quotes.map((q) => [q.line, q.speaker])).toEqual([
		[1, "mountain_ghosts"],
		[6, "Bertrand Russell"],
		[7, "Bertrand Russell"],
		[9, "Dwight K. Schrute"],
	]);
});

test("the README's quote table: each row a quote of its speaker", () => {
	const quotes = parseNote("Test/note.md", readmeBlock("| Quote | Speaker |")).quotes;
	expect(quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([
		["list", "Naval Ravikant", "“Specialization is for insects.”"],
		["list", "Naval Ravikant", "“Desire is a contract you make with yourself.”"],
	]);
});

describe("the README's example of these forms", () => {
	test("each form gives its speaker, in the order written", () => {
		const quotes = parseNote("Test/note.md", readmeBlock("Jacob Howland")).quotes.map((q) => q.speaker);
		expect(quotes).toEqual([
			"Jacob Howland",
			"Maura McDonnell",
			"Brené Brown",
			"Marty",
			"Brent",
			"Marty",
			"杨文",
			"何亚波",
			"Paul",
			"Paul",
			"Corey Quinn",
			"Naval Ravikant",
			"Naval Ravikant",
			null,
		]);
	});
});

describe("the README's first example block", () => {
	test("every blockquote gives the speaker its annotation says, a block id and a Logseq bullet included", () => {
		const quotes = parseNote("Test/note.md", readmeBlock("#Quote from")).quotes;
		expect(quotes.map((q) => q.speaker)).toEqual(["Sam Altman", "Cal Newport", "Cal Newport", "Cal Newport", "Ada Lovelace", null, "Armin Ronacher"]);
		expect(quotes[5].text).toBe("Less is more.");
		expect(quotes[6].text).toBe("“Over the years, many of my projects didn’t go anywhere.\n**I have so many better tools now.**”");
	});
});

describe("the README's scribed minutes and IRC log", () => {
	test("each bold item of the three voices is a turn, and each escaped nick a voice (`\\<laugh>` none)", () => {
		const quotes = parseNote("Test/note.md", readmeBlock("Seeing implementation results")).quotes;
		expect(quotes.map((q) => q.speaker)).toEqual(["mnot", "Lucas", "mnot", "Tommy", "Alan Frindell", "Tommy", "sarang", "kenshamir", "sarang", "kenshamir"]);
	});
});

test("a digest's title (`Weekly Reading Digest - 2025-10-04…`) and a comparison's words (`Gemini Cost`) name no one", () => {
	const note = '---\ntitle: "Weekly Reading Digest - 2025-10-04 to 2025-10-11"\n---\n## Highlights\n\n1. "Everyone will have a personal superintelligence."\n\n2. "Human content is not going anywhere."';
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).not.toContain("Weekly Reading Digest");
	const table = "| Task | Claude Cost | Gemini Cost |\n| --- | --- | --- |\n| Quotes | $1 | $0.1 |\n\n- Quotes → Always Claude\n\n**Gemini:** I found a Stanford study.\n\n**Claude:** There is none.\n\n**Gemini:** There is.\n\n**Claude:** No.";
	expect(parseNote("a.md", table).quotes.map((q) => q.speaker)).toEqual(["Gemini", "Claude", "Gemini", "Claude"]);
});

test("a story's parts (`Setup:`, `Heightening:`) over blockquotes and a title's `Improv Scene` name no one", () => {
	const note = '---\ntitle: Anatomy of an Improv Scene & Other Stuff\n---\n\n> "I got a new dog."\n> "Yes, but it is clearly too large for you!"\n\nSetup:\n\n> There once was a guy named Adam, and he had a dog named Waffles.\n\nHeightening:\n\n> Searching for Waffles, Adam ended up in an alley where he saw a robber.';
	const speakers = parseNote("a.md", note).quotes.map((q) => q.speaker);
	for (const word of ["Improv Scene", "Setup", "Heightening"]) expect(speakers).not.toContain(word);
});

test("a show's blurb under `Show notes:` is no one's words; a blockquote under another lead-in still is", () => {
	const note = "# TGIK playlist\n\n## TGI Kubernetes 035\n\n- Video: https://www.youtube.com/watch?v=aQz3H9bIH8Y\n- Show notes:\n\n  > In this post-KubeCon episode we'll cover some impressions from the conference.\n\n## TGI Kubernetes 034\n\n**Episode description:**\n\n> This week we'll be exploring the Elasticsearch Operator.\n\nJoe Beda put it well:\n\n> Kubernetes is a platform for building platforms.";
	expect(parseNote("a.md", note).quotes.map((q) => q.text)).toEqual(["Kubernetes is a platform for building platforms."]);
});

test("a game master's prep names no one with its encounters (`Test of Compassion:`, `**Treant's Challenge:**`, `**Conclusion:**`) or its title", () => {
	const prep = "### Session Notes\n\n> Test of Compassion: The Wounded Creature\n> \n> ### Encounter Setup\n> \n> - **Location:** The party enters a sacred grove.\n> \n> **Treant's Challenge:**\n> \n> - The Treant explains that the grove is home to many creatures.\n> \n> **Conclusion:**\n> \n> - The grove opens.";
	expect(parseNote("a.md", prep).quotes.map((q) => q.speaker).filter((s) => s !== null)).toEqual([]);
	const reveal = '---\ntitle: Vidrir - Odin Reveal\n---\n# The Glamour Fades\n\n### **"Why didn\'t you tell us before?"**\n\n> "Would you have spoken freely with a god?"\n\n### **"Are you still our friend?"**\n\n> "I never lied about what mattered."';
	expect(parseNote("a.md", reveal).quotes.map((q) => q.speaker)).not.toContain("Odin Reveal");
});

test("a template's `> **Date:**` and `> **Attendees:**` and a project's `All Hands` name no one", () => {
	const template = "## Retro\n\n> **Date:** {{date}}\n> **Attendees:** {{team_members}}\n>\n> ### What went well\n> - …";
	expect(parseNote("a.md", template).quotes.map((q) => q.speaker).filter((s) => s !== null)).toEqual([]);
	const retro = '+++\ntitle = "All Hands 2026 retrospective"\n+++\n\nIn May 2026, 166 Rustaceans gathered in Utrecht for the *Rust All Hands*.\n\n> The week was full of good surprises!\n>\n> — teor\n\n> Myself being fairly new, I went in not expecting much.\n>\n> — mejrs';
	expect(parseNote("a.md", retro).quotes.map((q) => q.speaker)).not.toContain("All Hands");
});

test("a quoted paragraph signed on the line below with two hyphens (`-- Aldous Huxley`) is the signer's; three are a rule", () => {
	const note = '# Dog quotes\n\n"To his dog, every man is Napoleon; hence the constant popularity of dogs."\n-- Aldous Huxley\n\n"No animal should ever jump up on the dining room furniture\nunless absolutely certain that he can hold his own in the conversation."\n-- Fran Lebowitz';
	expect(parseNote("a.md", note).quotes.map((q) => [q.speaker, q.line, q.endLine])).toEqual([
		["Aldous Huxley", 3, 3],
		["Fran Lebowitz", 6, 7],
	]);
	expect(parseNote("b.md", note.replace(/-- /g, "--- ")).quotes.map((q) => q.speaker)).not.toContain("Aldous Huxley");
});

test("a title that opens with a greeting (`Hi Steve (Or: …)`) names no one", () => {
	const note = '---\ntitle: "Hi Steve (Or: What Happens When You Stop Taking Racing Seriously)"\n---\n\nMaster Lonn qualified on pole.\n\n> "Whoa! Off track, off track."\n\nThen he pushed.\n\n> "That was a great pass."';
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).not.toContain("Hi Steve");
});

test("a title naming a field of work (`The Conjoined Triangles of Senior-Level Development`) is no speaker", () => {
	const note = readFileSync(join(__dirname, "../../fixtures/real/thefrontside-senior-developer-blog-quoted-heading-unnamed-speaker-caption.md"), "utf8");
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).not.toContain("Senior-Level Development");
});
