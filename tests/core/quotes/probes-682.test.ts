// Forms found in the real notes of probes 682–705 (decision 118), each with the look-alike it must leave alone.
import { expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";

const said = (note: string, path = "a.md") => parseNote(path, note).quotes.map((q) => [q.line, q.speaker]);

test("a script's lines as items (`- **Charlie:** \"…\"`): two voices on two items each take the quoted items; one label alone over quoted items is a field", () => {
	const script = '# Scenes\n\n**S02 - The ridge**\n- **Charlie:** "Fold says the crossroads should be just ahead."\n\n**S03 - Trouble**\n- **Fold:** "The lines are fading and I cannot remember the road."\n\n**S05 - Lost**\n- **Charlie:** "The old markers are here, but they are all blank."\n\n**S06 - Found**\n- **Fold:** "When the names are forgotten, I forget them too."';
	expect(said(script)).toEqual([
		[4, "Charlie"],
		[7, "Fold"],
		[10, "Charlie"],
		[13, "Fold"],
	]);
	const fields = ["Sarah Chen", "Marcus Thompson", "Jennifer Rodriguez", "David Kim"].map((name) => `## ${name}\n- **Pain Point**: "Our decisions take three months and cost us every week."\n- **Solution Reaction**: "Brilliant, I think this saves fifteen hours of meetings."\n- **Intent**: Immediate - "When can I sign up?"`).join("\n\n");
	expect(parseNote("b.md", fields).quotes.map((q) => q.speaker)).not.toContain("Solution Reaction");
});

test("a list item signed inside itself (`- …` then `  — Name`, after a blank line or right below) is that person's; a book list's title is not", () => {
	const note = "# Sayings\n\n- “The only way out is through.”\n  — Robert Frost\n\n- Simplicity is the ultimate sophistication in every craft.\n\n  — Leonardo da Vinci\n\n# Reading\n\n- Deep Work\n  — Cal Newport";
	expect(said(note)).toEqual([
		[3, "Robert Frost"],
		[6, "Leonardo da Vinci"],
	]);
});

test("a Hindi couplet signed by `— संत कबीर दास साहेब`: the titles of respect around the name are no part of it", () => {
	const note = "# संत कबीर के दोहे\n\n- बलिहारी गुरु आपनो, घड़ी-घड़ी सौ सौ बार।\\\n  मानुष से देवत किया, करत न लागी बार।।०१।।\n\n  — संत कबीर दास साहेब\n\n---\n\n- कबिरा माला मनहि की, और संसारी भेख।\\\n  माला फेरे हरि मिले, गले रहट के देख।।०२।।\n\n  — गुरु कबीर साहब\n";
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.endLine, q.speaker])).toEqual([
		[3, 4, "कबीर दास"],
		[10, 11, "कबीर"],
	]);
});

test("a line given in two languages (`**中文：**` then `**原文：**`, `Zu Deutsch:`) is labelled by its version, nobody's voice", () => {
	const golden = "# 访谈\n\n**Karan Singhal：** 我们先问清楚再回答。\n\n**Nate Gross：** 信任是挣来的。\n\n**Karan Singhal：** 对。\n\n> **中文：** 用户说「它烧伤了」，最安全的是先问清楚。\n> **原文：** If someone says it burns, ask for more context.";
	const speakers = parseNote("a.md", golden).quotes.map((q) => q.speaker);
	expect(speakers).not.toContain("中文");
	expect(speakers).not.toContain("原文");
	const example = "## 例句\n\n### 例句 1\n**日文**：散歩しながら買い物もできるから、一石二鳥だ。\n**繁體中文**：可以一邊散步一邊購物，真是一舉兩得。\n**英文**：I can shop while taking a walk.\n\n### 例句 2\n**日文**：通勤時間に英語を聞けば、一石二鳥だ。\n**繁體中文**：通勤時聽英語，一舉兩得。\n**英文**：Listening on my commute kills two birds.";
	expect(parseNote("b.md", example).quotes).toEqual([]);
	const fox = "George Fox wird oft zitiert mit:\n\n> You will say, Christ saith this; but what canst thou say?\n\nZu Deutsch:\n\n> Du wirst sagen: Christus sagt dies; aber was kannst du sagen?";
	expect(parseNote("c.md", fox).quotes.map((q) => q.speaker)).not.toContain("Zu Deutsch");
});

test("`speaker: \"Andrew Meyn / Nate Gross / Karan Singhal\"`: full names set off by slashes are three people, a turn's name is one of them", () => {
	const note = '---\nspeaker: "Andrew Meyn / Nate Gross / Karan Singhal"\n---\n\n**Andrew Meyn：** 你们怎么开始的？\n\n**Karan Singhal：** 我年轻时迷心智哲学。\n\n**Nate Gross：** 信任是核心。';
	expect(said(note).map(([, s]) => s)).toEqual(["Andrew Meyn", "Karan Singhal", "Nate Gross"]);
});

test("a talk's blurb under the heading that names its speaker speaks of them by full name: not their words", () => {
	const note = "# A TED a day\n\n## [Alex Laskey - How behavioral science can lower your energy bill](https://example.com/talks/laskey)\n> Alex Laskey shows how a quirk of human behavior can make us better energy users.\n\n## [Adam Spencer - Why I fell in love with primes](https://example.com/talks/spencer)\n> We think, therefore we are, and primes are the atoms of our numbers.";
	expect(said(note)).toEqual([
		[4, null],
		[7, "Adam Spencer"],
	]);
});

test("in a script without capitals, recurring caption headings among a tutorial's topic headings are no voices; a transcript's name headings still are", () => {
	const captions = "# জাভাস্ক্রিপ্ট\n\n## Higher Order Function কী?\n\nযে ফাংশন অন্য ফাংশন নেয়।\n\n### সহজ উদাহরণ:\n\nএখানে একটি ফাংশন আছে।\n\n### বাস্তব জীবনের উদাহরণ:\n\nরিমোট কন্ট্রোল টিভি চালায় না।\n\n## Callback Function কী?\n\nযে ফাংশন পরে ডাকা হয়।\n\n### সহজ উদাহরণ:\n\nএকটি ফাংশন অন্যটিকে ডাকে।\n\n### বাস্তব জীবনের উদাহরণ:\n\nরেস্টুরেন্টে অর্ডার দেওয়ার মতো।\n\n## Hoisting কী?\n\nভেরিয়েবল উপরে উঠে যায়।\n\n## Closure কী?\n\nফাংশন তার পরিবেশ মনে রাখে।\n\n## Promise কী?\n\nভবিষ্যতের মানের প্রতিশ্রুতি।";
	expect(parseNote("a.md", captions).quotes.map((q) => q.speaker).filter((s) => s !== null)).toEqual([]);
	// Latin names are told from captions by their capitals: a meeting's name headings among its topics stay voices.
	const meeting = "# Meeting\n\n## Agenda\n\nBudget and planning.\n\n## Updates\n\nTwo of them.\n\n#### Kenric Nelson\n\nThe drafts come together this month.\n\n#### Steph Macurdy\n\nI added to the section on flow.\n\n## Budget\n\nAs planned.\n\n#### Kenric Nelson\n\nWe have the funds for research.\n\n## Planning\n\nNext quarter.\n\n#### Steph Macurdy\n\nI got clarification on the index.\n\n## Next steps\n\nMeet again.";
	expect(said(meeting).map(([, s]) => s)).toEqual(["Kenric Nelson", "Steph Macurdy", "Kenric Nelson", "Steph Macurdy"]);
	const transcript = "# 对谈\n\n## 许知远：\n\n你最近在读什么书？\n\n## 项飙：\n\n我在读人类学的旧书。\n\n## 许知远：\n\n为什么是旧书？\n\n## 项飙：\n\n因为它们还没有被用完。";
	expect(said(transcript).map(([, s]) => s)).toEqual(["许知远", "项飙", "许知远", "项飙"]);
});

test("an end attribution that is a source (`— TED Talk`, `— Isaacson传记`) names nobody", () => {
	const note = '# Elon Musk\n\n## Quotes\n\n> "The only rules you have to follow are the laws of physics." — Isaacson传记\n\n> "What are the material constituents of the batteries?" — TED Talk\n\n> "Failure is an option here." — Elon Musk';
	const speakers = parseNote("a.md", note).quotes.map((q) => q.speaker);
	expect(speakers).not.toContain("TED Talk");
	expect(speakers).not.toContain("Isaacson传记");
	expect(speakers).toContain("Elon Musk");
});

test("on a page titled as quotes, a name in emphasis opening the line under a saying signs it (`***Henry Cohn*** while speaking at…`); elsewhere it does not", () => {
	const body = "The set of things that I do not know is dense in any topology.\n ***Fabio Vlacci*** in a complex analysis lecture at ICTP\n\nEvery math talk should include at least one joke and one proof.\n***Henry Cohn*** while speaking at a summer school, 2017.\n";
	expect(said(`---\ntitle: Quotes\n---\n\n${body}`)).toEqual([
		[5, "Fabio Vlacci"],
		[8, "Henry Cohn"],
	]);
	expect(parseNote("b.md", `---\ntitle: Lecture notes\n---\n\n${body}`).quotes).toEqual([]);
});

test("an interview's `interviewee:` gives the full name a first-name tag stands for, though the text cuts the name short", () => {
	const note = "---\ntitle: Entrevista com Miguel Francisco Almeida Pereira Rocha\ninterviewee: Miguel Francisco Almeida Pereira Rocha\ninterviewer: Livia Perez Bettero\n---\n\n# Entrevista com o Miguel Francisco Almeida Pereira Rocha, professor\n\n<Livia> **Então, tô gravando. Posso, Miguel?**\n\n<Miguel> Sim, concedida.\n\n<Livia> **Como foi o teu percurso?**\n\n<Miguel> Começou aqui mesmo, em 1990.";
	expect(said(note).map(([, s]) => s)).toEqual(["Livia Perez Bettero", "Miguel Francisco Almeida Pereira Rocha", "Livia Perez Bettero", "Miguel Francisco Almeida Pereira Rocha"]);
});

test("an interview's answers under its question headings are the `interviewee:`'s, as a `guest:`'s are", () => {
	const note = "---\nauthor: Gabriela Macieira\ninterviewee: Xaquín Núñez-Sabarís\ntitle: \"50 anos da universidade\"\n---\n\n# 50 anos da universidade\n\nO jornal tem vindo a entrevistar pessoas.\n\n## O que trouxe à Universidade do Minho?\n\nUma questão muito básica, que é ganhar-se vida trabalhando.\n\n## Que momento destacaria dos primeiros tempos?\n\nSituações um bocado contraditórias, devo dizer.\n\n## Qual destes papéis melhor o define?\n\nOntem recebi uma visita de um amigo meu.";
	expect(said(note).map(([, s]) => s)).toEqual(["Xaquín Núñez-Sabarís", "Xaquín Núñez-Sabarís", "Xaquín Núñez-Sabarís"]);
});

test("`interviewer:` in the properties over `Entrevistadora:` turns: the one person it names asks; a team names nobody", () => {
	const turns = "Entrevistadora: Boa tarde, professor Mário Farelo. É um prazer.\n\nMário Farelo: Boa tarde, Daniella.\n\nEntrevistadora: O senhor é professor de História?\n\nMário Farelo: Sou, há vinte anos.";
	const named = `---\ninterviewer: Daniella Monteiro Cavalheiro\ninterviewee: Professor Mário Farelo\n---\n\n${turns}`;
	expect(said(named).map(([, s]) => s)).toEqual(["Daniella Monteiro Cavalheiro", "Mário Farelo", "Daniella Monteiro Cavalheiro", "Mário Farelo"]);
	const team = '---\ntitle: "Interview with John Smith"\ninterviewee: "John Smith"\ninterviewer: "Research Team"\n---\n\n**Q: Can you tell us about growing up here?**\n\nA: I was born here in 1945.\n\n**Q: What was the community like?**\n\nA: We had three pubs then.';
	expect(said(team).map(([, s]) => s)).toEqual([null, "John Smith", null, "John Smith"]);
});

test("on a page of many authors an unsigned item stays unsigned; before the first signed item, unsigned items are its speaker's", () => {
	const page = '# Quotes\n\n- "La pobreza no viene por la disminución de las riquezas" - Platón\n- "La mejor forma de predecir el futuro es formar parte de los cambios"\n- "Entre un loco y yo sólo hay una diferencia" - Salvador Dalí';
	expect(said(page)).toEqual([
		[3, "Platón"],
		[4, null],
		[5, "Salvador Dalí"],
	]);
	const one = '# Notes\n\n- "Discipline equals freedom." – Jocko Willink\n- "Good. Get after it, every single day."\n- "Default aggressive." – Jocko Willink';
	expect(said(one)).toEqual([
		[3, "Jocko Willink"],
		[4, "Jocko Willink"],
		[5, "Jocko Willink"],
	]);
});

test("a site's speaker element (`<span class=\"…speaker\"><img …><strong>笹田：</strong></span> words`) labels a turn; a bold term in a span does not", () => {
	const turn = (name: string, words: string) => `<span class="a--interview-speaker"><img src="/assets/${name}.webp" alt=""><strong>${name}：</strong></span> ${words}`;
	const note = ["# 対談", "", turn("笹田", "まず大きなところから聞いてみたいんですが。"), "", turn("鳥井", "Railsのようなフレームワークもありますね。"), "", turn("笹田", "なるほど。"), "", turn("鳥井", "そうですね。")].join("\n");
	expect(said(note).map(([, s]) => s)).toEqual(["笹田", "鳥井", "笹田", "鳥井"]);
	expect(parseNote("b.md", '# Notes\n\n<span class="tip"><strong>Note</strong></span> Keep it short.\n\n<span class="tip"><strong>Tip</strong></span> Keep it simple.').quotes).toEqual([]);
});

test("a blockquote that is a caption over link items (`> [참고]`, `> 두 번째 시리즈 글:`) is a reading list; one saying with its source link stays a quote", () => {
	const lists = "# FE News\n\n> 참고 링크\n> - [Fresh by Deno is fast](https://example.com/fresh)\n> - [A fresh web framework](https://example.com/fw)\n\nText.\n\n> 두 번째 시리즈 글:\n> - [Frontend Web Performance](https://example.com/perf)\n\nMore text, as Rauch says.";
	expect(parseNote("a.md", lists).quotes).toEqual([]);
	const sourced = "# Notes\n\n> We are all in the gutter, but some of us are looking at the stars, and that is the whole point of it.\n> - [Lady Windermere's Fan](https://example.com/wilde)";
	expect(parseNote("b.md", sourced).quotes.map((q) => q.line)).toEqual([3]);
});

test("a research synthesis's quoted items (`- P3: \"…\"`) are its numbered participants' words, no one's name; a template's `- P1: \"[Quote]\"` is a slot", () => {
	const note = '# Synthesis\n\nInterviewed by Mira Chen.\n\n## Evidence\n- P3: "I have three addresses saved and it picks the wrong one."\n- P6: "I just tap the first one and hope it is correct."';
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.speaker, q.speakerRaw])).toEqual([
		[6, null, "P3"],
		[7, null, "P6"],
	]);
	expect(parseNote("b.md", '# Synthesis template\n\n## Evidence\n- P1: "[Quote]"\n- P3: "[Quote]"').quotes).toEqual([]);
});

test("noScribe's diarised `S00:` / `S01:` labels are turns that name nobody", () => {
	const note = "Transcribed with noScribe vers. 0.7\n\nS00: [00:00:12] Willkommen zu unserem Gespräch.\n\nS01: [00:00:20] Danke, dass ich hier sein darf.\n\nS00: [00:00:31] Wie hat alles angefangen?\n\nS01: [00:00:40] Mit einem alten Tonbandgerät.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.speaker, q.speakerRaw])).toEqual([
		[3, null, "S00"],
		[5, null, "S01"],
		[7, null, "S00"],
		[9, null, "S01"],
	]);
});

test("a blockquote's signature line set in emphasis (`> __--- Douglas Adams__`, `> **— Carl Sagan**`) signs it as the plain line does", () => {
	const note = "# Literature\n\n> The fact we live at the bottom of a deep gravity well.\n>\n> __--- Douglas Adams__\n\n> Another quote about stars and the pale blue dot.\n>\n> **— Carl Sagan**\n\n> Emphasis for the **last words**, not a name.\n>\n> *a note to myself*";
	expect(said(note).slice(0, 2)).toEqual([
		[3, "Douglas Adams"],
		[7, "Carl Sagan"],
	]);
	expect(parseNote("b.md", note).quotes.map((q) => q.speaker)).not.toContain("a note to myself");
});

test("on a page of many authors an unsigned blockquote between two signed ones stays unsigned", () => {
	const note = "# Quotes\n\n> The first saying, signed.\n>\n> — Jorge Luis Borges\n\n> An unsigned saying the writer liked.\n\n> The third saying, signed by someone else.\n>\n> — Julio Cortázar";
	expect(said(note)).toEqual([
		[3, "Jorge Luis Borges"],
		[7, null],
		[9, "Julio Cortázar"],
	]);
});

test("an episode's description of a paragraph gives the full names of its first-name labels (`**Henry**:` → Henry Zhu)", () => {
	const description = "Jason Miller and Henry Zhu do a follow up episode on the issues around running modern JavaScript for not just your own code, but rather your dependencies. Discussed are specific approaches by bundlers to change the way packages are published, what the ecosystem could do about old syntax, and how the tools might help maintainers ship modern code to the browsers that can run it without breaking anyone.";
	expect(description.length).toBeGreaterThan(400);
	const note = `---\ntitle: "03: Compiling your dependencies"\ndescription: "${description}"\n---\n\n**Henry**: Welcome back to the show.\n\n**Jason**: Thanks for having me again.\n\n**Henry**: So, dependencies.\n\n**Jason**: Right, node_modules.`;
	expect(said(note).map(([, s]) => s)).toEqual(["Henry Zhu", "Jason Miller", "Henry Zhu", "Jason Miller"]);
});

test("a log of the day's talk labelled by pronouns and roles (`Him:`, `Staff:`, `Customer:`) has turns that name nobody", () => {
	const note = "# 2024-05-02\n\nCustomer: How long does the wash take?\nStaff: About twenty minutes.\nCustomer: Can I wait here?\nStaff: Sure, the seats are over there.\n\nMe: Is this seat taken?\nHim: No, go ahead.\nMe: Thanks.\nHim: You're welcome.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.speaker, q.speakerRaw])).toEqual([
		[null, "Customer"],
		[null, "Staff"],
		[null, "Customer"],
		[null, "Staff"],
		[null, "Me"],
		[null, "Him"],
		[null, "Me"],
		[null, "Him"],
	]);
});

test("German exam labels (`__Beispiel:__`, `*Beispiel*:`, `*Erwiderung*:`) over model answers are no speakers", () => {
	const turns = "# Redemittel\n\n__Beispiel:__ Der Film spielt in den 1970er Jahren in Paris.\n\n__Beispiel:__ In dem Buch geht es um eine Entführung.\n\n__Beispiel:__ Es handelt von den Geheimnissen einer Stadt.";
	expect(parseNote("a.md", turns).quotes.map((q) => q.speaker)).not.toContain("Beispiel");
	const leads = "# Prüfung\n\n*Beispiel*:\n\n> *„Die Revolution frisst ihre Kinder“ thematisiert die Gefahr.*\n\n*Erwiderung*:\n\n> *„Gewalt ist ein Faktor, aber nicht entscheidend.“*\n\n*Beispiel*:\n\n> *„Das Zitat warnt vor Risiken.“*";
	const speakers = parseNote("b.md", leads).quotes.map((q) => q.speaker);
	expect(speakers).not.toContain("Beispiel");
	expect(speakers).not.toContain("Erwiderung");
});
