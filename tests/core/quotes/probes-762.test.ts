// Forms found in the real notes of probes 762 onwards (decision 120), each with the look-alike it must leave alone.
import { expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";

const said = (note: string, path = "a.md") => parseNote(path, note).quotes.map((q) => [q.line, q.speaker]);

test("an IRCCloud log (`10:00 AM <•erickt> words`) is its nicks' turns at 24-hour times; joins (`→`) and actions (`—`) are nobody's", () => {
	const note = [
		"10:00 AM <•erickt> hello everyone! thanks for coming.",
		"10:00 AM <steveklabnik> heyyyyy",
		"10:06 AM → nmatsakis joined (sid381@example.IP)",
		"12:42 PM — •erickt waves at everybody",
		"12:43 PM <aturon> erickt: video would be good to do at least sometimes",
		"12:10 AM <•erickt> late night",
	].join("\n");
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.speaker, q.timestamp])).toEqual([
		[1, "erickt", "10:00"],
		[2, "steveklabnik", "10:00"],
		[5, "aturon", "12:43"],
		[6, "erickt", "00:10"],
	]);
	// Fenced, a block is a log when its messages and the client's lines are half its lines: actions count as the client's.
	const fenced = ["```", "10:00 AM <•erickt> hello everyone", "10:01 AM — •erickt waves", "10:02 AM — aturon is so excited", "10:03 AM <aturon> welcome", "10:03 AM — •erickt says hi", "10:04 AM → brson joined", "10:05 AM <•erickt> first item", "10:06 AM — aturon nods", "10:06 AM — brson waves back", "10:06 AM — •erickt is so excited", "10:07 AM <aturon> agreed", "```"].join("\n");
	expect(said(fenced)).toEqual([
		[2, "erickt"],
		[5, "aturon"],
		[8, "erickt"],
		[12, "aturon"],
	]);
	// A time with no half of the day stays as written.
	expect(parseNote("b.md", "9:05 <ann> hi there\n9:06 <bob> hello\n9:07 <ann> how are you\n9:08 <bob> fine").quotes.map((q) => q.timestamp)).toEqual(["9:05", "9:06", "9:07", "9:08"]);
});

test("Krisp's `**Name | 00:18` with the bold closed on the words' line is a turn at that time; a short reply (`**Yeah.`) is words, not a name", () => {
	const note = [
		"### Transcript",
		"",
		"**Colin McNamara | 00:18  ",
		"**Where am I? Can everyone hear?  ",
		"**Rob | 00:30  ",
		"**Yeah.  ",
		"**Colin McNamara | 00:31  ",
		"**Yep. Awesome.  ",
		"And we start with the venue.",
		"**Rob | 00:34  ",
		"**Cool.  ",
	].join("\n");
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.endLine, q.speaker, q.timestamp, q.text])).toEqual([
		[3, 4, "Colin McNamara", "00:18", "Where am I? Can everyone hear?"],
		[5, 6, "Rob", "00:30", "Yeah."],
		[7, 9, "Colin McNamara", "00:31", "Yep. Awesome.  \nAnd we start with the venue."],
		[10, 11, "Rob", "00:34", "Cool."],
	]);
});

test("a Chinese saying closed by its stop and signed `——Name` is that person's in a list or a blockquote; a dash inside a sentence signs nothing", () => {
	const note = [
		"## 逃学威龙",
		"",
		"- 活得丰富，死得精彩。——局长",
		"- 爱一个人需要理由吗？ —— 菩提老祖",
		"- 从“提供信息”跨越到“替你做事”——代码生成是最佳验证",
		"- 经济扩散是真实的，但速度远超历史先例——不是“快不了”",
		"",
		"> 爱一个人是那么痛苦！——紫霞仙子",
		"",
		"- 尽吾志也而不能至者，可以无悔矣！——[王安石](../wiki/王安石.md)《游褒禅山记》",
		"- 为治者不在多言，顾力行何如耳。——申公（《[史记](../book/史记.md)·儒林列传》）",
	].join("\n");
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.speaker, q.text])).toEqual([
		[3, "局长", "活得丰富，死得精彩。"],
		[4, "菩提老祖", "爱一个人需要理由吗？"],
		[8, "紫霞仙子", "爱一个人是那么痛苦！"],
		[10, "王安石", "尽吾志也而不能至者，可以无悔矣！"],
		[11, "申公", "为治者不在多言，顾力行何如耳。"],
	]);
});

test("a blockquote signed with a Zhihu answer's title (`问题 - 覃超的回答 - 知乎`) is the answerer's", () => {
	const note = ["> 这个过程其实是破除迷信的过程，", "> 你会发现，原来向往乃至崇拜的价值，其实也不值一提。", ">", "> ——[出国给你最大的感受是什么？- 覃超的回答 - 知乎](https://www.zhihu.com/question/30215562/answer/133926105)"].join("\n");
	expect(said(note)).toEqual([[1, "覃超"]]);
});

test("a trial's digest: `Honorable` is no part of the judge's name, `— Name to Name` is the first one's, `**Witness (Davidson):**` the witness's, and `**Defense:**` names nobody", () => {
	const note = [
		"## Parties Involved",
		"",
		"* **Judge:** Honorable Juan M. Merchan, Justice of the Supreme Court",
		"* **Attorneys for the Defendant:** Todd Blanche, Keith Davidson",
		"",
		"## Significant Quotes",
		"",
		"* **Merchan:** \"You are losing all credibility with the Court.\"",
		"* **Blanche:** \"There is no dispute that he is facing a barrage of attacks.\"",
		"* **Merchan:** \"You are not giving me anything to hang my hat on.\"",
		"* **Blanche:** \"President Trump is being very careful to comply.\"",
		"* **Witness (Davidson):** \"It was just one more snafu, I thought.\"",
		"* **Defense:** \"We believe it's a business record of a bank.\"",
		"* **Witness (Davidson):** \"It was a very unfortunate text I sent.\"",
		"* **Defense:** \"That's our objection, your honor, for the record.\"",
		"* \"I'll take care of it.\" - Donald Trump to David Pecker, referencing the story",
	].join("\n");
	expect(said(note)).toEqual([
		[8, "Juan M. Merchan"],
		[9, "Todd Blanche"],
		[10, "Juan M. Merchan"],
		[11, "Todd Blanche"],
		[12, "Keith Davidson"],
		[13, null],
		[14, "Keith Davidson"],
		[15, null],
		[16, "Donald Trump"],
	]);
});

test("a daily template's caption over prose (`## Core Issues`, `## Reasoning`) is no voice among many more headings of its level; speakers' headings under topics are", () => {
	const day = (n: number) => [`# Day ${n}`, "", "## Case Information", "", "- Court: Supreme Court", "", "## Parties Involved", "", "- Judge: Juan Merchan", "", "## Core Issues", "", "The core issue is whether the records were falsified.", "", "## Facts of the Case", "", "- A payment was made.", "", "## Legal Arguments", "", "- The prosecution argues one thing.", "", "## Rulings", "", "- Motion denied.", "", "## Reasoning", "", "The court's rulings reflect the need to balance both sides.", "", "## Significant Quotes", "", "- None today.", "", "## Outcomes", "", "- The trial goes on.", ""];
	expect(said([...day(1), ...day(2), ...day(3)].join("\n"))).toEqual([]);
	const minutes = ["## Research Budget", "", "#### Kenric Nelson", "", "We have the budget approved for the next quarter now.", "", "#### Steph Macurdy", "", "Great, then we can start the study next week.", "", "## Planning", "", "#### Kenric Nelson", "", "The plan is ready for review by everyone.", "", "#### Steph Macurdy", "", "I will review it tomorrow morning."].join("\n");
	expect(said(minutes).map(([, speaker]) => speaker)).toEqual(["Kenric Nelson", "Steph Macurdy", "Kenric Nelson", "Steph Macurdy"]);
});

test("Zotero's highlights (`“…” ([Turner et al., 2021, p. 4](zotero://select/…))`) and author-year citations are their authors'; the first author in full where the note writes it", () => {
	const note = [
		"authors: Ryan Turner, David Eriksson, Michael McCourt",
		"",
		"## Annotations",
		"",
		"“We obtain novel optimisation problems via the Cartesian product of datasets.” ([Turner et al., 2021, p. 4](zotero://select/library/items/K424VXLR)) ([pdf](zotero://open-pdf/library/items/RCUYWUTK?page=4&annotation=XBMIBB2F))",
		"",
		"“Tabular data is the most common data type in industry settings today.” ([Arik and Pfister, 2020, p. 1](zotero://select/library/items/AAA))",
		"",
		"- “Poker is a game of imperfect information, unlike chess or checkers.” (Billings et al., 2001)",
		"- “The computer game industry can use the research of the AI community.” (Laird & van Lent, 2000)",
		"",
		"“Abstract” ([Zhao, 2022, p. 1](zotero://select/library/items/BBB))",
	].join("\n");
	expect(said(note)).toEqual([
		[5, "Ryan Turner et al."],
		[7, "Arik and Pfister"],
		[9, "Billings et al."],
		[10, "Laird & van Lent"],
	]);
});

test("`> **Quelle:** …`, `> **Kontext:** …` under each quotation of a page are a record's fields, no dialogue; a blockquote's two voices still are", () => {
	const entry = (name: string, words: string, source: string) => [`### ${name}`, `> "${words}"`, "> ", `> **Quelle:** ${source}  `, "> **Kontext:** Über die Zeit  ", "> **Anwendung:** Onboarding  ", ""];
	const page = ["## Zitate", "", ...entry("Oliver Burkeman", "Zeit kann man nicht managen, man kann sie nur nutzen.", "Four Thousand Weeks"), ...entry("Viktor Frankl", "Zwischen Reiz und Reaktion liegt der Raum.", "Man's Search for Meaning")].join("\n");
	expect(said(page)).toEqual([
		[4, "Oliver Burkeman"],
		[11, "Viktor Frankl"],
	]);
	const dialogue = ["> **Anna:** Where were you last night?", "> **Ben:** At the studio, recording the new episode.", "> **Anna:** Until midnight?", "", "> **Anna:** And today?", "> **Ben:** Editing it, as always."].join("\n");
	expect(said(dialogue).map(([, speaker]) => speaker)).toEqual(["Anna", "Ben", "Anna", "Anna", "Ben"]);
});

test("a pronoun after a name's first word makes a phrase (`How to Fix Them`, `Hi Everyone`), while `Me:` alone is still a label", () => {
	const note = ["# Sermon Note Mistakes and How to Fix Them", "", "**Fix:** Capture structure, not transcript.", "", "**Fix:** Use one template every week.", "", "**Fix:** Write the main idea in one sentence."].join("\n");
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).not.toContain("Fix Them");
	const greetings = ["[00:00] Stephanie", "", "Hi Everyone", "", "[00:05] Mark", "", "Hello Everyone, and welcome.", "", "[00:09] Stephanie", "", "Today we talk about service design."].join("\n");
	expect(said(greetings).map(([, speaker]) => speaker)).toEqual(["Stephanie", "Mark", "Stephanie"]);
	expect(said('1. Me: "¿Como estas?"\n2. Silvia: "Bien, ¿y vos?"\n3. Me: "Ah, ¡muy bien!"')).toEqual([
		[1, null],
		[2, "Silvia"],
		[3, null],
	]);
});

test("Slack's `8:07` (or `_8:19_`) alone over words is the next message of the author above", () => {
	const note = ["_Simon Stewart  8:06 PM_", "", "I would like to hear about the interns' work first.", "", "8:07", "And how that fits the path to betas.", "", "_David Burns  8:16 PM_", "", "We can talk about that next week.", "", "_8:19_", "The interns start on Monday anyway.", "", "_Simon Stewart  8:20 PM_", "", "Sounds good to me."].join("\n");
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.speaker, q.timestamp])).toEqual([
		[1, "Simon Stewart", "8:06"],
		[5, "Simon Stewart", "8:07"],
		[8, "David Burns", "8:16"],
		[12, "David Burns", "8:19"],
		[15, "Simon Stewart", "8:20"],
	]);
});

test("a list item whose value is only code (`- 背景视频: `game/videos/…mp4``) is a field, while the script's lines around it are turns", () => {
	const note = ["### 序章", "", "- 背景视频: `game/videos/backgrounds/dream_prologue.mp4`", "- 陈星：「这里是哪里？」", "- 林夕：「你终于醒了。」", "- 背景视频: `game/videos/cutscenes/male_intro.mp4`", "- 陈星：「我睡了多久？」", "- 林夕：「三天。」"].join("\n");
	expect(said(note).map(([, speaker]) => speaker)).toEqual(["陈星", "林夕", "陈星", "林夕"]);
});

test("a reviewer's name over a score alone (`5/5`) on a scraped page of reviews is no turn", () => {
	const card = (title: string, body: string, name: string) => [`##### "${title}"`, "", body, "", "![Image](https://example.com/photo-1.png)", "", name, "", "5/5", ""];
	const note = [...card("Game changer", "One of the things I love most is how quickly it returns transcriptions.", "Merit Kahn"), ...card("Reliable", "Our team can be present during the call.", "Chava Shapiro"), ...card("Game changer", "One of the things I love most is how quickly it returns transcriptions.", "Merit Kahn"), ...card("Reliable", "Our team can be present during the call.", "Chava Shapiro")].join("\n");
	expect(parseNote("a.md", note).quotes.filter((q) => q.text === "5/5")).toEqual([]);
});

test("an HTML table transcript (the speaker in a row's first cell, `[Name]` heard off-screen, an empty cell the same voice) gives turns; a table with a header row gives none", () => {
	const row = (who: string, words: string) => ["<tr>", `    <td>${who}</td>`, `    <td class="fr">${words}</td>`, "</tr>", ""];
	const note = ["<table>", ...row("Bandit", "Tu ne veux vraiment pas que je t'aide?"), ...row("Bluey", "Non."), ...row("[Bluey]", "Cet épisode a pour titre:<br>la bicyclette"), ...row("", "Pourquoi pas tout de suite?"), ...row("Bandit", "C'est pas comme ça que le monde fonctionne."), "</table>"].join("\n");
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.endLine, q.speaker, q.text])).toEqual([
		[3, 4, "Bandit", "Tu ne veux vraiment pas que je t'aide?"],
		[8, 9, "Bluey", "Non."],
		[13, 14, "Bluey", "Cet épisode a pour titre:\nla bicyclette"],
		[18, 19, "Bluey", "Pourquoi pas tout de suite?"],
		[23, 24, "Bandit", "C'est pas comme ça que le monde fonctionne."],
	]);
	const data = ["<table><thead><tr><th>Position</th><th>POC</th></tr></thead><tbody>", "<tr><td>Secretary</td><td>Lorenzo Bruno</td></tr>", "<tr><td>Voting seat</td><td>Juan Sierra</td></tr>", "<tr><td>Secretary</td><td>Ana Ruiz</td></tr>", "<tr><td>Voting seat</td><td>Juan Sierra</td></tr>", "</tbody></table>"].join("\n");
	expect(parseNote("b.md", data).quotes).toEqual([]);
});

test("`Rusty's Mom` is no full name for `Rusty`, nor `Toi Bandit` (French 'you, Bandit') for `Bandit`", () => {
	const row = (who: string, words: string) => `<tr><td>${who}</td><td>${words}</td></tr>`;
	const note = ["<table>", row("Rusty", "Je suis le batteur!"), row("Rusty's Mom", "Rusty, viens ici."), row("Bandit", "Stripe, toi et moi à droite. Toi Bandit, tu lances."), row("Rusty", "D'accord."), row("Bandit", "On y va."), row("Rusty's Mom", "Bravo!"), "</table>"].join("\n");
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).toEqual(["Rusty", "Rusty's Mom", "Bandit", "Rusty", "Bandit", "Rusty's Mom"]);
});

test("`--- Matz` signs a blockquote whole, and `Matz (Yukihiro Matsumoto)` in the note says who Matz is; `Betty (Horizons Architecture)` names a firm", () => {
	const note = ["> Ruby 3 ist dreimal schneller als Ruby 2, und das ist gut so. --- Matz", "", "> Ruby ist eine wirklich nebenläufige Sprache geworden. --- Matz", "", "Ruby wurde 1993 von Matz (Yukihiro Matsumoto) entwickelt."].join("\n");
	expect(parseNote("a.md", note).quotes.map((q) => [q.line, q.speaker, q.text])).toEqual([
		[1, "Yukihiro Matsumoto", "Ruby 3 ist dreimal schneller als Ruby 2, und das ist gut so."],
		[3, "Yukihiro Matsumoto", "Ruby ist eine wirklich nebenläufige Sprache geworden."],
	]);
	const firm = ["> We moved the whole team to the new system in a week. — Betty", "", "Interview with Betty (Horizons Architecture) from Holland."].join("\n");
	expect(said(firm)).toEqual([[1, "Betty"]]);
});
