// Forms found in the real notes of probes 722–745 (decision 119), each with the look-alike it must leave alone.
import { expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";

const said = (note: string, path = "a.md") => parseNote(path, note).quotes.map((q) => [q.line, q.speaker]);

test("a quote callout titled `A quote from Name, role` (ttrpg-convert-cli) is that person's, a single name or a linked one; a topic after the words is not", () => {
	const note = [
		"# The Blood War",
		"",
		"> [!quote]- A quote from Veritus Wrath, commander, Flawless Execution  ",
		"> ",
		"> We measure ourselves by those we fight.",
		"",
		"> [!quote]- A quote from Dispater  ",
		"> ",
		"> The cosmos is a grand game.",
		"",
		"> [!quote]- A quote from [Zariel](/bestiary/npc/zariel.md) addressing emissaries from Dis  ",
		"> ",
		"> Keep wasting my time and die.",
		"",
		'> [!quote]- A quote from Goblin for "We surrender!" (or so they say)  ',
		"> ",
		"> **Bree-Yark!**",
		"",
		"> [!quote] Traditional Folk Saying",
		"> The road gods protect travelers.",
	].join("\n");
	expect(said(note)).toEqual([
		[3, "Veritus Wrath"],
		[7, "Dispater"],
		[11, "Zariel"],
		[15, null],
		[19, null],
	]);
});

test("a quote callout titled with a linked full name and who they are (`[Jesus Najera](url), a friend of the lecturer`) is theirs", () => {
	const note = "# Lecture 1\n\n> [!quote] [Jesus Najera](https://example.com/about), a friend of the lecturer\n> Tensors are invariant under a change of coordinates.\n\n> [!quote] [The Tensor Handbook](https://example.com/book)\n> A tensor is a multilinear map.";
	expect(said(note)).toEqual([
		[3, "Jesus Najera"],
		[6, null],
	]);
});

test("recurring caption headings among a rulebook's many headings (`#### Cultists`) are no voices; a meeting's name headings still are", () => {
	// Each lord's own headings, one caption recurring under every lord and one under two: a reference, not a transcript.
	const lords = ["Baphomet", "Demogorgon", "Orcus", "Yeenoghu", "Zuggtmoy", "Graz'zt"];
	const sections = lords.map((lord, i) => [`### ${lord}`, `${lord} rules a layer of the Abyss.`, `#### The legend of ${lord}`, "Scholars disagree about the origin.", `#### ${lord} and the mortal world`, "Mortals rarely survive a meeting.", `#### Lair of ${lord}`, "A maze beneath a castle holds the lair.", `#### Symbols of ${lord}`, "A horned head marks the shrines.", `#### Rivals of ${lord}`, "Every other lord is a rival.", "#### Cultists", `The cult of ${lord} draws the cruel and the proud.`, ...(i < 2 ? ["#### Signature Spells", "Cambions have innate spellcasting."] : [])].join("\n\n")).join("\n\n");
	const rulebook = `# Demon lords\n\n${sections}`;
	expect(parseNote("a.md", rulebook).quotes).toEqual([]);
	// Four name headings among nine over prose: fewer than half, as in a meeting's notes with its topics between.
	const meeting = "# Meeting\n\n## Updates\n\nNothing new.\n\n## Research\n\nTwo papers.\n\n## Budget\n\n#### Kenric Nelson\n\nWe have funds for two more studies.\n\n#### Steph Macurdy\n\nThe index needs another pass.\n\n## Planning\n\nWe set the dates.\n\n## Outreach\n\nA talk in May.\n\n## Voting power\n\n#### Kenric Nelson\n\nI will circulate the draft.\n\n#### Steph Macurdy\n\nI can review it on Friday.\n\n## Other business\n\nNone.";
	expect(said(meeting)).toEqual([
		[13, "Kenric Nelson"],
		[17, "Steph Macurdy"],
		[31, "Kenric Nelson"],
		[35, "Steph Macurdy"],
	]);
});

test("kramdown's attribute lists in a blockquote (`> {: .measure}`) are no words; `> <cite>Name, *Work*, page</cite>` under them names the speaker", () => {
	const note = "Worth keeping:\n\n> Being a novice is safe.\n> {: .measure}\n> <cite>—Helen Macdonald, *H is for Hawk*, 188</cite>\n> {:blockquote__citation}\n{:blockquote}\n\nAnd my favourite:\n\n> Social change will come through seeds growing in well prepared soil.\n> {: .measure}\n> <cite>Ursula M. Franklin, *The Real World of Technology*, 121–22</cite>\n> {:blockquote__citation}\n{:blockquote}";
	const quotes = parseNote("a.md", note).quotes;
	expect(quotes.map((q) => [q.line, q.speaker, q.text])).toEqual([
		[3, "Helen Macdonald", "Being a novice is safe."],
		[11, "Ursula M. Franklin", "Social change will come through seeds growing in well prepared soil."],
	]);
});

test("a Japanese or Korean answer under a question heading speaks when it says `私` or `저는`, as `I` does; an explanation that says neither does not", () => {
	const ask = (answers: string[]) => `---\ntitle: Vim の作者 Bram Moolenaar への 10 の質問\n---\n\nVim の登場から 23 年。私たちはこの偉大なテキストエディタの作者である Bram Moolenaar にお話を伺いました。Bram の回答をご覧下さい。\n\n${answers.map((a, i) => `## ${i + 1}: 質問${i + 1}は？\n\n${a}`).join("\n\n")}`;
	const speaking = ask([
		"人が間違う可能性のあるあらゆることを学びました。 私は 自分の 失敗 から 多くを 学び、 他人の コード からも 見つけました。 C で 書かれている ことは 助けに なりません。",
		"特には。 良い 目標を 定めて、 便利な コードを 書いて、 適切に 宣伝する のは 言うまでも ありません。 私の 経験 では そうです。",
		"저는 매일 조금씩 고칩니다. 작은 개선을 계속 하는 것이 가장 중요하다고 생각합니다 그리고 사용자 의견을 듣습니다.",
	]);
	expect(parseNote("a.md", speaking).quotes.map((q) => [q.line, q.speaker])).toEqual([
		[9, "Bram Moolenaar"],
		[13, "Bram Moolenaar"],
		[17, "Bram Moolenaar"],
	]);
	const faq = ask([
		"Vim は テキスト エディタ です。 設定 ファイル は ホーム ディレクトリ に 置かれ、 起動時 に 読み込まれ、 プラグイン も 同じ 場所 に 入ります。",
		"プラグイン は 起動時 に 読み込まれます。 順番 は ディレクトリ 名 で 決まり、 設定 で 変更 でき、 無効化 も 可能 です。 詳しくは ヘルプ を 参照。",
		"バッファ は 開いた ファイル の 内容 です。 ウィンドウ は バッファ を 表示 する 領域 で、 タブ は ウィンドウ の 集まり です。 これ が 基本 です。",
	]);
	expect(parseNote("b.md", faq).quotes).toEqual([]);
});

test("a script template's turns of bracketed directions and its `> \"[Exact quote …]\"` slots quote nobody; a transcript's `[laughs]` or one unsure `[I think so.]` stays", () => {
	const template = "# Episode script template\n\n**NARRATOR:**\n[Opening hook - use the most compelling fact from research]\n\n**NARRATOR:**\n[Establishing geographic and temporal context]\n\n[Essential background information from the research notes]\n\n**[QUOTE - If using historical quote]**\n> \"[Exact quote from historical figure or source]\"\n> — [Attribution], [Date/Context]\n\n**NARRATOR:**\nWelcome to [Show Name]. I'm [Host Name].";
	// Lines 3–4 and 6–9 (directions) and 12–13 (the slot and its signature) are no one's words.
	const lines = parseNote("a.md", template).quotes.flatMap((q) => Array.from({ length: q.endLine - q.line + 1 }, (_, k) => q.line + k));
	expect(lines.filter((l) => [4, 7, 9, 12, 13].includes(l))).toEqual([]);
	const transcript = "**Lenny:** Thank you, that will go straight to my heart.\n\n**Ryan:** Cut that and put it on Twitter.\n\n**Lenny:** [That's the clip, we're done. [laughs]\n\n**Ryan:** [laughs]\n\n**Lenny:** So what comes next for you?\n\n**Ryan:** [I think so, but the line was unclear.]\n\n**Ryan:** A new company, soon.";
	expect(said(transcript)).toEqual([
		[1, "Lenny"],
		[3, "Ryan"],
		[5, "Lenny"],
		[7, "Ryan"],
		[9, "Lenny"],
		[11, "Ryan"],
		[13, "Ryan"],
	]);
});

test("`– [llogiq en LinkedIn](…long address…)`, `– [Pete Cordell citado por @blonk sobre rust-users](…)`: who wrote it, however long the link", () => {
	const long = "https://www.linkedin.com/feed/update/urn:li:activity:7381109081857724416?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7381109081857724416%2C7381113605926166528%29&dashCommentUrn=urn%3Ali%3Afsd_comment%3A%287381113605926166528%29";
	const note = `# Cita de la semana\n\n> Y, como su nombre lo indica, puntiagudo.\n\n– [llogiq en LinkedIn](${long})\n\n> Decirle a un programador que ya existe una biblioteca es como decirle a un músico que ya existe una canción.\n\n– [Pete Cordell citado por @blonk sobre rust-users](https://users.rust-lang.org/t/137509/4)`;
	expect(said(note)).toEqual([
		[3, "llogiq"],
		[7, "Pete Cordell"],
	]);
});

test("Italian field labels (`**Fonte:**`, `**Significato:**`) under quotes are no voices", () => {
	const note = '## Citazioni\n\n> "L\'AI generativa produce meno idee di quanto si pensi."\n\n**Fonte:** Newsletter (12 gennaio 2026)\n\n**Significato:** Ricerca su cento round di telefono senza fili.\n\n> "Il creativo deve conoscere i linguaggi."\n\n**Fonte:** Post LinkedIn (gennaio 2026)\n\n**Significato:** Rottura del modello tradizionale.';
	const speakers = parseNote("a.md", note).quotes.map((q) => q.speaker);
	expect(speakers).not.toContain("Fonte");
	expect(speakers).not.toContain("Significato");
});

test("a blockquote signed `> **Lance Armstrong**, _It's Not About the Bike_` (or a character, the actor in brackets) is theirs; a bold term with a source is not", () => {
	const note = "## Quotes\n\n> Pain is temporary. It may last a minute, or an hour.\n>\n> **Lance Armstrong**, _It's Not About the Bike (2001)_\n\n---\n\n> It ain't about how hard you hit.\n>\n> **Rocky Balboa (Sylvester Stallone)**, _Rocky Balboa (2006)_\n\n---\n\n> Keep the functions small and the names long.\n>\n> **Key idea**, _chapter 3_";
	expect(said(note)).toEqual([
		[3, "Lance Armstrong"],
		[9, "Rocky Balboa"],
		[15, null],
	]);
});

test("`### Moderator: Danny Ryan` over a call's notes: `**Danny**:` is him; without the heading he stays Danny", () => {
	const turns = "**Danny**: Okay, stream has been transferred over.\n\n**Ben Edgington**: Teku is working on Altair.\n\n**Danny**: Alright, Nimbus.\n\n**Ben Edgington**: One more thing from Teku.";
	const withRole = `# Call 62\n\n### Moderator:  Danny Ryan<!-- omit in toc -->\n### Notes: Avishek Kumar\n\n${turns}`;
	expect(parseNote("a.md", withRole).quotes.map((q) => q.speaker)).toEqual(["Danny Ryan", "Ben Edgington", "Danny Ryan", "Ben Edgington"]);
	expect(parseNote("b.md", `# Call 62\n\n${turns}`).quotes.map((q) => q.speaker)).toEqual(["Danny", "Ben Edgington", "Danny", "Ben Edgington"]);
});

test("HackMD's author tag opening an item (`- [name=Guillaume] …`, `- [name=toby]: …`) says who wrote it; a link is no tag", () => {
	const note = "## Agenda\n\n- [name=Adrin] Check if core devs still want to be considered active\n- [name=Guillaume] Release schedule for 1.0.2\n    - [name=Thomas]: I think this is only for the OSX build.\n        - [name=Gael] +1\n- [named tuples](https://docs.python.org/3/library/collections.html) in the API";
	expect(said(note)).toEqual([
		[3, "Adrin"],
		[4, "Guillaume"],
		[5, "Thomas"],
		[6, "Gael"],
	]);
});

test("a page of quotes (named `Zitate`, or `Zitate` alone as its first line) takes sayings signed after a dash, escaped or not; elsewhere they stay prose", () => {
	const sayings = "\n\nWissen ist Macht \\- Homer Simpson\n\n\"Geld allein macht nicht glücklich.\" \\- Dagobert Duck\n\nDer Apfel fällt nicht weit vom Stamm — Isaac Newton\n\nKurz - Max";
	expect(said(`Zitate  ${sayings}`)).toEqual([
		[3, "Homer Simpson"],
		[5, "Dagobert Duck"],
		[7, "Isaac Newton"],
	]);
	expect(said(sayings.trimStart(), "notes/Zitate.md")).toEqual([
		[1, "Homer Simpson"],
		[3, "Dagobert Duck"],
		[5, "Isaac Newton"],
	]);
	expect(said(`# Diary${sayings}`)).toEqual([[5, "Dagobert Duck"]]);
});

test("`\"…\"` then `*Jim Elliot*` on the paragraph's next line signs the quotation on a quotes page; it heads no turn over the next one", () => {
	const quotes = '\n\n"Der ist kein Narr, der hingibt, was er nicht behalten kann."    \n*Jim Elliot*\n\n"Unsere jungen Leute gehen ins praktische Berufsleben."\n*Jim Elliot*\n\n"Hüte dich vor allem in deinen Gebeten."  \n*Andrew Murray*\n\n"Jede Erweckung kommt als eine Frucht gemeinsamen Gebets."  \n*Andrew Murray*\n';
	expect(said(`---\ntitle: Zitate\n---${quotes}`)).toEqual([
		[5, "Jim Elliot"],
		[8, "Jim Elliot"],
		[11, "Andrew Murray"],
		[14, "Andrew Murray"],
	]);
	expect(parseNote("b.md", `# Notes${quotes}`).quotes.filter((q) => q.kind === "turn")).toEqual([]);
});

test("full names alone on lines inside one paragraph, each over its words and each twice, are a run-together transcript's turns; one name line is prose", () => {
	const note = "# Full transcript\n\nZevi Arnovitz\nI have zero technical background.\nLenny Rachitsky\nThese days, you're using Cursor with Claude Code.\nZevi Arnovitz\nIf you're non-technical like me, code is terrifying.\nLenny Rachitsky\nWhat comes next?";
	expect(said(note)).toEqual([
		[3, "Zevi Arnovitz"],
		[5, "Lenny Rachitsky"],
		[7, "Zevi Arnovitz"],
		[9, "Lenny Rachitsky"],
	]);
	// One name twice, or two names once each, inside a quotation: what someone saw, the paragraph whole.
	const once = "# Visit\n\n\"I looked up and saw\nAda Lovelace\non the poster by the door, and\nCharles Darwin\non the one beside it.\" — Charles Babbage";
	const alone = "# Visit\n\n\"I looked up and saw\nAda Lovelace\non the poster by the door, and\nAda Lovelace\non the ticket too.\" — Charles Babbage";
	for (const prose of [once, alone]) expect(said(prose)).toEqual([[3, "Charles Babbage"]]);
});

test("a script's cues (`V.O. NARRADOR`, `NARRATOR (V.O.)`) name the voice without the mark; sound and screen cues and a register's fields are no voices", () => {
	const script = "# Guion\n\n**V.O. NARRADOR:** En los años setenta, una pequeña fábrica abrió sus puertas.\n\n**MÚSICA:** Tema principal suave\n\n**ANA (O.S.):** Mi abuelo trabajó allí toda su vida.\n\n**SOUND:** Factory floor\n\n**V.O. NARRADOR:** Y el sabor se quedó en cada casa.\n\n**MÚSICA:** Marimba\n\n**ANA (O.S.):** Todavía lo recuerdo.\n\n**SOUND:** Applause";
	expect(said(script)).toEqual([
		[3, "NARRADOR"],
		[7, "ANA"],
		[11, "NARRADOR"],
		[15, "ANA"],
	]);
	const register = "<strong>Nombre:</strong> Ana Torres\n<strong>Distrito:</strong> Miraflores\n\n**Nombre:** Luis Vega\n\n**Distrito:** Surco\n\nSession: Pilot 1 (Jack)\nVariant: Keyboard-only\nMetrics: 3 tasks\n\nSession: Pilot 2 (Jill)\nVariant: Mouse\n\nDebrief notes:\n- \"P1 said the delete button was hard to reach.\"";
	expect(parseNote("b.md", register).quotes.map((q) => q.speaker).filter((s) => s !== null)).toEqual([]);
});

test("`MUSIC` alone in capitals between a radio play's turns is a cue: it ends the turn above", () => {
	const play = "ANNOUNCER: You are listening to the Mercury Theatre on the Air.\n\nMUSIC\n\nPHILLIPS: Good evening, ladies and gentlemen.\n\nANNOUNCER: We take you now to the studio.\n\nSOUND OF WIND\n\nPHILLIPS: I can see the cylinder now.";
	expect(parseNote("a.md", play).quotes.map((q) => [q.line, q.endLine])).toEqual([
		[1, 1],
		[5, 5],
		[7, 7],
		[11, 11],
	]);
});

test("a note tagged `quotes` is a page of quotes: its unquoted items signed `-- Name` are quotes, emoji after the name no part of it; untagged they stay bullets", () => {
	const items = "## In English\n\n* I have had a lot of worries in my life, most of which never happened. -- Mark Twain 💪💪💪\n* Change begets change as much as repetition reinforces repetition. -- Bill Drayton\n* Nothing ages as fast as the future. -- Stanisław Lem 🚀";
	expect(said(`---\ntags:\n  - quotes\n  - cytaty\n---\n\n${items}`)).toEqual([
		[9, "Mark Twain"],
		[10, "Bill Drayton"],
		[11, "Stanisław Lem"],
	]);
	expect(parseNote("b.md", `---\ntags:\n  - travel\n---\n\n${items}`).quotes).toEqual([]);
});

test("`**D:**` and `**L:**` stand for who introduces themselves in Swedish (`Jag heter Dennis Westerberg`) or Norwegian (`Jeg heter …`)", () => {
	const note = "**D:** Hej och välkommen! Jag heter Dennis Westerberg.\n\n**L:** Och jag heter Lena Bergkvist.\n\n**D:** Idag pratar vi om Helsingborg.\n\n**L:** Ja, det gör vi.";
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).toEqual(["Dennis Westerberg", "Lena Bergkvist", "Dennis Westerberg", "Lena Bergkvist"]);
	const norsk = "**K:** Hei! Jeg heter Kari Nordmann.\n\n**O:** Og jeg heter Ola Hansen.\n\n**K:** Velkommen.\n\n**O:** Takk.";
	expect(parseNote("b.md", norsk).quotes.map((q) => q.speaker)).toEqual(["Kari Nordmann", "Ola Hansen", "Kari Nordmann", "Ola Hansen"]);
});

test("`> <cite>**Marina Garcés**</cite>` under a blockquote's words names the speaker, bold or not", () => {
	const note = "> _I dag vet vi mer om forholdet mellom kunnskap og makt_<br>\n>\n> <cite>**Marina Garcés**</cite>\n\n> Kunnskap er makt.\n>\n> <cite>Francis Bacon</cite>";
	expect(said(note)).toEqual([
		[1, "Marina Garcés"],
		[5, "Francis Bacon"],
	]);
});

test("Persian field labels repeated under each section (`**تمرکز:**` focus, `**هدف:**` goal) are no voices", () => {
	const section = (n: number) => `## چشم‌انداز ${n}\n\n**تمرکز:** مشتری و نیازهای او\n\n**هدف:** ساختن محصولی که مردم دوست دارند\n`;
	const note = [1, 2, 3].map(section).join("\n");
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker).filter((s) => s !== null)).toEqual([]);
});

test("`**Caleb** *[00:13]*: …` (the time in italics after the bold name) and `00:00:26 [Conor Hoekstra]` alone over the words are timed turns", () => {
	const iroh = "**Caleb** *[00:01]*: Good evening and welcome.\n\n**Justin** *[00:13]*: Hey there.\n\n**Caleb** *[00:13]*: We will be talking about the Gallic Lion.\n\n**Justin** *[00:24]*: Yeah, it's one way to put it.";
	expect(parseNote("a.md", iroh).quotes.map((q) => [q.line, q.speaker, q.timestamp])).toEqual([
		[1, "Caleb", "00:01"],
		[3, "Justin", "00:13"],
		[5, "Caleb", "00:13"],
		[7, "Justin", "00:24"],
	]);
	const arraycast = "00:00:26 [Conor Hoekstra]\n\nWelcome to episode 85. I'm your host, Conor.\n\n00:00:42 [Bob Therriault]\n\nI'm Bob Therriault and I am a J enthusiast.\n\n00:00:57 [CH]\n\nAs mentioned before, my name is Conor.\n\n00:01:08 [BT]\n\nOkay.";
	expect(parseNote("b.md", arraycast).quotes.map((q) => [q.line, q.speaker, q.timestamp])).toEqual([
		[1, "Conor Hoekstra", "00:00:26"],
		[5, "Bob Therriault", "00:00:42"],
		[9, "Conor Hoekstra", "00:00:57"],
		[13, "Bob Therriault", "00:01:08"],
	]);
});

test("a quiz's `**Answer:** René Descartes` under each question is an answer key, no one speaking; `A Hello` in a hand transcript is a voice", () => {
	const quiz = "## Easy Level\n\n1. **'I think, therefore I am.' Who coined this?**  \n   **Answer:** René Descartes\n\n2. **'To be or not to be.' Which play features this line?**  \n   **Answer:** Hamlet\n\n3. **'The only thing we have to fear is fear itself.' Which president said this?**  \n   **Answer:** Franklin D. Roosevelt";
	expect(parseNote("a.md", quiz).quotes.map((q) => q.speaker)).not.toContain("Easy Level");
	expect(parseNote("a.md", quiz).quotes.some((q) => q.text === "René Descartes")).toBe(false);
	// A hand transcript's bare initials (`S …`, `A Hello`): a one-word turn is still a voice's.
	const transcript = "S Hello and welcome to the show.\n\nW Good evening.\n\nA Hello\n\nS So tonight we talk about space and time.\n\nW Time and space.\n\nA Nooo\n\nS Yes, space and time.\n\nW As you wish.\n\nA Fine then.";
	expect(parseNote("b.md", transcript).quotes.map((q) => q.line)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
});

test("a name alone, then `**00:23-00:42**` alone, then the words: the span's start is the turn's time, and the turn takes the words", () => {
	const note = ["Conor Hoekstra", "**00:23-00:42**", "Welcome to episode 112 of ArrayCast. I'm your host, Conor.", "Bob Therriault", "**00:42-00:50**", "I'm Bob Therriault, a J enthusiast.", "Conor Hoekstra", "**00:50-01:02**", "And with that, let's start.", "Bob Therriault", "**01:02-01:10**", "Sounds good."].join("\n\n");
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.endLine, q.speaker, q.timestamp])).toEqual([
		[1, 5, "Conor Hoekstra", "00:23"],
		[7, 11, "Bob Therriault", "00:42"],
		[13, 17, "Conor Hoekstra", "00:50"],
		[19, 23, "Bob Therriault", "01:02"],
	]);
});

test("`Interviewer1 :`, `Interviewer 2:` and `Interviewee:` are a research interview's numbered roles, turns that name nobody", () => {
	const note = "Interviewer1 : Pouvez-vous vous présenter ?\n\nInterviewee1 : Je travaille sur des systèmes de ML depuis cinq ans.\n\nInterviewer2 : Et la qualité des données ?\n\nInterviewee1 : C'est le problème principal.\n\nInterviewer 1: Merci.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.speaker, q.speakerRaw])).toEqual([
		[1, null, "Interviewer1"],
		[3, null, "Interviewee1"],
		[5, null, "Interviewer2"],
		[7, null, "Interviewee1"],
		[9, null, "Interviewer 1"],
	]);
});

test("a law's blockquote signed `> _查尔斯·古德哈特 (Charles Goodhart)_` or `> [帕特里克·哈特伯](url) (Patrick Hutber)` is that person's; an unsigned one stays nobody's", () => {
	const note = "## 古德哈特定律\n\n> 当压力施于其上以进行控制时，任何观测到的统计恒性都倾向消失。\n>\n> _查尔斯·古德哈特 (Charles Goodhart)_\n\n## 哈特伯定律\n\n> 改善即恶化。\n>\n> [帕特里克·哈特伯](https://en.wikipedia.org/wiki/Patrick_Hutber) (Patrick Hutber)\n\n## 摩尔定律\n\n> 集成电路中的晶体管数量大约每两年翻一番。";
	expect(said(note)).toEqual([
		[3, "查尔斯·古德哈特"],
		[9, "帕特里克·哈特伯"],
		[15, null],
	]);
});

test("field labels of summaries and test plans (`**Резюме:**`, `**Scenario**:`, `**Observe**:`, `**Evaluate**:`) are no voices", () => {
	const note = ["> **Резюме:** Статья о том, как читать больше.", "> **Резюме:** Заметка о привычках.", "**Резюме:** Ещё одна заметка о чтении.", "**Резюме:** И последняя заметка.", "**Scenario**: \"You want to add a roommate.\"", "- **Observe**: Does the user find the button?", "- **Evaluate**: Time to finish.", "**Scenario**: \"You want to split the rent.\"", "- **Observe**: Where do they look first?", "- **Evaluate**: Errors made."].join("\n\n");
	const speakers = parseNote("a.md", note).quotes.map((q) => q.speaker);
	for (const field of ["Резюме", "Scenario", "Observe", "Evaluate"]) expect(speakers).not.toContain(field);
});

test("a saying signed after a dash counts only on a page or under a heading of quotes, and never a dash inside a link's text", () => {
	const related = "Related: [[Deep Work Hour 12 - Cal Newport on slow productivity|Cal Newport on slow productivity]].";
	const saying = "Slow productivity beats busy work every time - Cal Newport";
	expect(said(`## Highlights\n\n${saying}\n\n${related}`)).toEqual([]);
	expect(said(`## Quotes\n\n${saying}\n\n${related}`)).toEqual([[3, "Cal Newport"]]);
});
