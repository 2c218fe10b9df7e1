// Transcript labels as people and tools write them, and the rules that keep them from firing on prose:
// one row per case, { name, note, expected quotes }.
import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { quotesLike, readmeBlock, type Row } from "./helpers";

const labels: Row[] = [
	{
		name: "a research interview's participant ids (`P1:`) beside an interviewer who recurs are turns without a speaker",
		note: "## Transcript\nJ: Hi, P1! How are you?\nP1: Yeah, I'm good. And you?\nJ: Pretty good. So the first question is about your role.\nP1: I manage the air monitors.",
		expected: [{ speaker: "J", line: 2 }, { speaker: null, speakerRaw: "P1", line: 3 }, { speaker: "J", line: 4 }, { speaker: null, line: 5 }],
	},
	{
		name: "a profile's fields, the same bold labels line after line in the same order under each person's heading, are no voices",
		note: "# 1. Woody Allen\n**Herkunft:** Brooklyn, New York  \n**Stimme:** leicht zittrig, nasal  \n**Stil:** assoziativ, schnell  \n**Anekdote:** hörte ständig Jazzplatten.\n\n# 2. John Goodman\n**Herkunft:** Missouri, USA  \n**Stimme:** tief, voll  \n**Stil:** ruhig, freundlich  \n**Anekdote:** „viele der besten Geschichten in Jazzbars“.",
		expected: [],
	},
	{
		name: "a panel's three voices answering once each under every question, in the same order, in paragraphs of their own, are turns",
		note: "## What is a service mesh?\n\n**Song:** A layer for traffic.\n\n**Zhao:** Sidecars, mostly.\n\n**Luo:** Both, really.\n\n## Where is it going?\n\n**Song:** Into the kernel.\n\n**Zhao:** Nowhere fast.\n\n**Luo:** Everywhere.",
		expected: [{ speaker: "Song" }, { speaker: "Zhao" }, { speaker: "Luo" }, { speaker: "Song" }, { speaker: "Zhao" }, { speaker: "Luo" }],
	},
	{
		name: "two voices typed line after line, in the same order under each day's heading, are turns: a voice that comes back is no field",
		note: "## Day 1\n**Ana:** Ready?\n**Ben:** Almost.\n**Ana:** Then go.\n\n## Day 2\n**Ana:** Ready?\n**Ben:** Almost.\n**Ana:** Then go.",
		expected: [{ speaker: "Ana" }, { speaker: "Ben" }, { speaker: "Ana" }, { speaker: "Ana" }, { speaker: "Ben" }, { speaker: "Ana" }],
	},
	{
		name: "three voices line after line, once each, under one heading only: turns (a profile's fields repeat under a second heading)",
		note: "## Intro\n**Lex Fridman:** Welcome to the show.\n**Ada Brook:** Thanks for having me.\n**Ben Carr:** Glad to be here.\n\n## Later\n**Lex Fridman:** So, pricing.\n\n**Ada Brook:** It depends.",
		expected: [{ speaker: "Lex Fridman" }, { speaker: "Ada Brook" }, { speaker: "Ben Carr" }, { speaker: "Lex Fridman" }, { speaker: "Ada Brook" }],
	},
	{
		name: "priorities written as `P1:` and `P2:` in a task list are no voices",
		note: "## Backlog\nP1: fix the login page\nP2: write the docs\nP1: ship the importer\nP2: tidy the settings",
		expected: [],
	},
	{
		name: "lower-case names before quoted words, line after line (`ellara: \"who's they\"`), two such voices recurring: a table's talk as typed",
		note: "We're still at the trap site.\nellara: \"no, i've never seen anything like this\"\nnyx: \"looks like they were researching\"\nellara: \"who's they\"\nnyx perception 15: you see wagon tracks.\nnyx: \"we are going the right way, right?\"\nellara: what should we do instead",
		expected: [{ speaker: "ellara", line: 2 }, { speaker: "nyx", line: 3 }, { speaker: "ellara", line: 4 }, { speaker: "nyx", line: 6, endLine: 7 }],
	},
	{
		name: "a field's key before a quoted value, however often (`slug: \"…\"`), is no voice",
		note: "Episodes:\n\nslug: \"first-one\"\ntitle: \"The first one\"\n\nslug: \"second-one\"\ntitle: \"The second one\"\n\nurl_audio: \"https://example.com/a.mp3\"\nurl_video: \"https://example.com/a.mp4\"\nurl_audio: \"https://example.com/b.mp3\"\nurl_video: \"https://example.com/b.mp4\"",
		expected: [],
	},
	{
		name: "an ellipsis for the name (`…: …`) is the speaker above speaking again, a turn of its own that counts as one of that voice's",
		note: "## Minutes\nKevin Gibbons: I'll try attaching text-to-speech  \nKaustubha Govind: Please review the code of conduct.  \n…: Please thumbs-up on Zoom to agree  \n...: There are 81 participants.  \n\nKevin Gibbons: Shape prevents fraud.  \n…: aims at making actions economically infeasible.",
		expected: [{ speaker: "Kevin Gibbons" }, { speaker: "Kaustubha Govind", line: 3 }, { speaker: "Kaustubha Govind", line: 4, text: "Please thumbs-up on Zoom to agree" }, { speaker: "Kaustubha Govind", line: 5 }, { speaker: "Kevin Gibbons", line: 7 }, { speaker: "Kevin Gibbons", line: 8 }],
	},
	{
		name: "a bold name then a spaced dash (`**Emma** - …`) where two such voices recur",
		note: "## 1. Warum?\n\n**Emma** - Es gab nur wenige Podcasts.\n\n**Zoe** - Wir sind Teil des Projekts.\n\n## 2. Wie?\n\n**Emma** - Mit Interviews.\n\n**Zoe** - Und mit Übung.",
		expected: [{ speaker: "Emma" }, { speaker: "Zoe" }, { speaker: "Emma" }, { speaker: "Zoe" }],
	},
	{
		name: "pyannote's voices as headings (`## Speaker_SPEAKER_00`) over timed lines are turns without a speaker",
		note: "## Speaker_SPEAKER_00\n\n**[00:00:15 - 00:00:38]** hello and welcome to the segment.\n\n## Speaker_SPEAKER_01\n\n**[00:00:55 - 00:00:57]** Woof.\n\n## Speaker_SPEAKER_00\n\n**[00:01:00 - 00:01:05]** Thanks for listening.\n\n## Speaker_SPEAKER_01\n\n**[00:01:06 - 00:01:07]** Bye.",
		expected: [{ speaker: null, speakerRaw: "Speaker_SPEAKER_00" }, { speaker: null, speakerRaw: "Speaker_SPEAKER_01" }, { speaker: null, speakerRaw: "Speaker_SPEAKER_00" }, { speaker: null, speakerRaw: "Speaker_SPEAKER_01" }],
	},
	{
		name: "a bold name then its time outside the bold (`**Paige Bailey**  (00:36):`), the words on the next line",
		note: "**Michaela** (00:03):\nHello and welcome.\n\n**Paige Bailey**  (00:36):\nThanks for having me.\n\n**Michaela** (00:40):\nGreat.",
		expected: [{ speaker: "Michaela", timestamp: "00:03", text: "Hello and welcome." }, { speaker: "Paige Bailey", timestamp: "00:36" }, { speaker: "Michaela" }],
	},
	{
		name: "a paragraph's anchor id before the time (`[#P001] [00:00] Jensen Huang: …`), and a linked time in brackets before a bold name",
		note: "[#P001] [00:00] Jensen Huang: At some point you have to believe something.\n\n[#P002] [00:27] Cleo Abram: That's Jensen Huang.\n\n[#P003] [[00:43](http://www.youtube.com/watch?v=x&t=43)] **Jensen Huang:** Thank you.\n\n[#P004] [[00:50](http://www.youtube.com/watch?v=x&t=50)] **Cleo Abram:** Welcome.",
		expected: [{ speaker: "Jensen Huang", timestamp: "00:00" }, { speaker: "Cleo Abram" }, { speaker: "Jensen Huang", timestamp: "00:43" }, { speaker: "Cleo Abram" }],
	},
	{
		name: "a name alone, then its time alone, then the words (99% Invisible's pages): a middle initial and a numbered newscaster too, a voice that speaks once among recurring ones",
		note: "Roman Mars \n[00:05:52] \nOn the night of March 1st.\n\n\nNewscaster #1 \n[00:06:07] \nNot a single bed is overlooked.\n\n\nRoman Mars \n[00:06:10] \nAnd so on.\n\n\nDavid T. Wilentz \n[00:08:38] \nDid you lie to them?\n\n\nVivian Le \n[00:08:50] \nThat was the trial.\n\n\nVivian Le \n[00:09:00] \nIt went on.",
		expected: [{ speaker: "Roman Mars" }, { speaker: null, speakerRaw: "Newscaster #1" }, { speaker: "Roman Mars" }, { speaker: "David T. Wilentz", timestamp: "00:08:38" }, { speaker: "Vivian Le" }, { speaker: "Vivian Le" }],
	},
	{
		name: "handles in bold (`**cso67:**`) that recur beside named voices are turns, as written",
		note: "#### **Q. How does it feel?**\n\n**cso67:** It feels great.\n\n**Gryffindor:** It was easy.\n\n**Satan Blaze:** Very satisfying.\n\n**cso67:** We will see.\n\n**Gryffindor:** Sure.\n\n**Satan Blaze:** Yes.",
		expected: [{ speaker: "cso67" }, { speaker: "Gryffindor" }, { speaker: "Satan Blaze" }, { speaker: "cso67" }, { speaker: "Gryffindor" }, { speaker: "Satan Blaze" }],
	},
	{
		name: "handles set in an inline element then a dash (`<code>sioneus</code> - …`) are a talk's turns when two recur",
		note: '<code style="color : orange">sioneus</code> - Thank you for accepting.\n\n<code style="color : #0E86D4">crrool</code> - Hello, I am a speedrunner.\n\n<code style="color : orange">sioneus</code> - How did you start?\n\n<code style="color : #0E86D4">crrool</code> - I do not remember.',
		expected: [{ speaker: "sioneus" }, { speaker: "crrool" }, { speaker: "sioneus" }, { speaker: "crrool" }],
	},
	{
		name: "a name in an inline element with its colon inside (`<b>Denis:</b> …`) is a label where voices recur",
		note: "<b>Denis:</b> Hello there.\n\n<b>Marta:</b> Hi Denis.\n\n<b>Denis:</b> How are you?\n\n<b>Marta:</b> Fine, thanks.",
		expected: [{ speaker: "Denis" }, { speaker: "Marta" }, { speaker: "Denis" }, { speaker: "Marta" }],
	},
	{
		name: "a time first, then the name",
		note: "[00:00:28] Lenny: Welcome.\n[00:00:52] Ryan: Thanks.\n[00:01:01] Lenny: Sure.\n[00:01:07] Ryan: Bye.",
		expected: [{ speaker: "Lenny", timestamp: "00:00:28", text: "Welcome." }, { speaker: "Ryan" }, { speaker: "Lenny" }, { speaker: "Ryan" }],
	},
	{
		name: "a time with tenths, initials resolved from the note's intro",
		note: "Today Joe Beda joins Carlisia Thompson.\n\n[0:00:41.9] CT: Hi.\n\n[0:01:29.4] JB: Hello.\n\n[0:02:12.0] CT: Great.\n\n[0:02:16.8] JB: Yes.",
		expected: [{ speaker: "Carlisia Thompson", inferred: "note-name" }, { speaker: "Joe Beda", inferred: "note-name", timestamp: "0:01:29" }, { speaker: "Carlisia Thompson" }, { speaker: "Joe Beda" }],
	},
	{
		name: "initials after a name, then alone",
		note: "Adam Levine (AL): One.\n\nAndreas Antonopoulos (AA): Two.\n\nAL: Three.\n\nAA: Four.",
		expected: [{ speaker: "Adam Levine" }, { speaker: "Andreas Antonopoulos" }, { speaker: "Adam Levine", text: "Three." }, { speaker: "Andreas Antonopoulos" }],
	},
	{
		name: "a name and a time alone on a line, the words below",
		note: "Aaron van Wirdum: 00:00:08\nLive from Utrecht.\n\nSjors Provoost: 00:00:15\nHello.\n\nAaron van Wirdum: 00:00:24\nYeah.",
		expected: [{ speaker: "Aaron van Wirdum", timestamp: "00:00:08", line: 1, endLine: 2 }, { speaker: "Sjors Provoost" }, { speaker: "Aaron van Wirdum" }],
	},
	{
		name: "plain labels where two voices recur",
		note: "Pierre: Welcome.\n\nAndrew: Thanks.\n\nPierre: Any day now.\n\nAndrew: Indeed.",
		expected: [{ speaker: "Pierre" }, { speaker: "Andrew" }, { speaker: "Pierre" }, { speaker: "Andrew" }],
	},
	{
		name: "diarisation placeholders are turns without a speaker",
		note: "[Speaker 5] [01:51] very hard.\n[Speaker 2] [02:37] Yeah.\n[Speaker 5] [03:31] So.\n[Speaker 2] [04:12] Right.",
		expected: [{ kind: "turn", speaker: null, speakerRaw: "Speaker 5", timestamp: "01:51" }, { speaker: null }, { speaker: null }, { speaker: null }],
	},
	{
		name: "a role label is a turn without a speaker",
		note: "ANNOUNCER: Welcome to the show.\n\nMaya Chen: Hi.\n\nANNOUNCER: Thanks for listening.\n\nMaya Chen: Bye.",
		expected: [{ kind: "turn", speaker: null, speakerRaw: "ANNOUNCER" }, { speaker: "Maya Chen" }, { speaker: null }, { speaker: "Maya Chen" }],
	},
	{
		name: "a plain time label continues the speaker before (Rev style)",
		note: "Brian Chesky (00:00:00):\nWay too many founders apologize.\n\nLenny (00:01:01):\nToday my guest is Brian.\n\n(00:01:27):\nIn our conversation…\n\nBrian Chesky (00:02:00):\nYes.",
		expected: [{ speaker: "Brian Chesky" }, { speaker: "Lenny" }, { speaker: "Lenny", inferred: "turn-continuation", timestamp: "00:01:27" }, { speaker: "Brian Chesky" }],
	},
	{
		name: "an IRC log pasted as paragraphs: a time, then a lower-case nick (`18:30 arisisme: rapat siap dimulai`)",
		note: "18:30 arisisme: rapat siap dimulai\n\n18:31 istana: arisisme, terima kasih\n\n18:32 arisisme: sama-sama\n\n18:33 istana: lanjut",
		expected: [{ speaker: "arisisme", timestamp: "18:30", text: "rapat siap dimulai" }, { speaker: "istana" }, { speaker: "arisisme" }, { speaker: "istana" }],
	},
	{
		name: "a lower-case word after a time, once, is no voice (`9:00 breakfast: eggs`)",
		note: "9:00 breakfast: eggs and toast\n\n12:00 lunch: soup",
		expected: [],
	},
	{
		name: "a video editor's timecode with frames, a dash, the name (`00:00:27:13 - Erma Wood: …`)",
		note: "00:00:27:13 - Erma Wood: Well, I think it's a small place.\n\n00:00:33:29 - Olive Randle: And that's the advantage.\n\n00:00:46:14 - Erma Wood: Well, that's more enjoyable.\n\n00:00:52:02 - Olive Randle: Yes.",
		expected: [
			{ speaker: "Erma Wood", timestamp: "00:00:27", text: "Well, I think it's a small place." },
			{ speaker: "Olive Randle" },
			{ speaker: "Erma Wood" },
			{ speaker: "Olive Randle" },
		],
	},
	{
		name: "a bare time, a tab, the name and a tab (`0:12\tHadi Hariri:\t…`); `Florina M.` is the guest whose first name and initial it writes",
		note: "---\nguest: Florina Muntenescu\n---\n## Transcript\n\n0:12\tHadi Hariri:\tWelcome to Talking Kotlin.\n\n0:25\tFlorina M.:\tHi, thank you for having me.\n\n0:33\tHadi Hariri:\tHow is Paris?\n\n0:40\tFlorina M.:\tSunny.",
		expected: [
			{ speaker: "Hadi Hariri", timestamp: "0:12", text: "Welcome to Talking Kotlin." },
			{ speaker: "Florina Muntenescu", speakerRaw: "Florina M.", timestamp: "0:25" },
			{ speaker: "Hadi Hariri" },
			{ speaker: "Florina Muntenescu" },
		],
	},
	{
		name: "a name alone in an HTML element, the words on the lines below up to the block's end; a linked self-introduction gives the full name",
		note: [
			"<div id=\"transcript\">",
			"  <div class=\"block\">",
			"    <div class=\"name\">Ivan:</div>",
			"      Welcome to the Future of Coding. I'm <a href=\"https://twitter.com/x\">Ivan Reese</a>.",
			"  </div>",
			"",
			"  <div class=\"block\">",
			"    <div class=\"name\">Devine:</div>",
			"      Hello.",
			"      Still me.",
			"  </div>",
			"",
			"  <div class=\"block\">",
			"    <div class=\"name\">Ivan:</div>",
			"      So.",
			"  </div>",
			"",
			"  <div class=\"block\">",
			"    <div class=\"name\">Devine:</div>",
			"      Yes.",
			"  </div>",
			"</div>",
		].join("\n"),
		expected: [
			{ speaker: "Ivan Reese", speakerRaw: "Ivan", line: 3, endLine: 4 },
			{ speaker: "Devine", line: 8, endLine: 10 },
			{ speaker: "Ivan Reese", line: 14, endLine: 15 },
			{ speaker: "Devine", line: 19, endLine: 20 },
		],
	},
	{
		name: "a site template's time and name in one element (`<div class=\"transcript-timestamp\">03:26 // Tobias</div> …`)",
		note: '<div class="transcript-timestamp">00:00 // Benjamin</div> Welcome and hello.\n\nAnd today I am talking to Tobias.\n\n<div class="transcript-timestamp">01:26 // Tobias</div>Thank you very much.\n\n<div class="transcript-timestamp">03:05 // Benjamin</div> So always.\n\n<div class="transcript-timestamp">03:26 // Tobias</div> It was inspiring.',
		expected: [
			{ speaker: "Benjamin", timestamp: "00:00", line: 1, endLine: 3 },
			{ speaker: "Tobias", timestamp: "01:26", text: "Thank you very much." },
			{ speaker: "Benjamin" },
			{ speaker: "Tobias" },
		],
	},
	{
		name: "a bold full name once, where two bold voices recur (the producer's closing words)",
		note: "**Chris Adams:** Welcome.\n\n**Kristina Devochko:** Thanks.\n\n**Chris Adams:** Bye.\n\n**Kristina Devochko:** Bye.\n\n**Chris Skipper:** Hey everybody, this is Chris, the producer.",
		expected: [{ speaker: "Chris Adams" }, { speaker: "Kristina Devochko" }, { speaker: "Chris Adams" }, { speaker: "Kristina Devochko" }, { speaker: "Chris Skipper", line: 9 }],
	},
	{
		name: "`**Question:**` beside a named voice is the interviewer's `Q:`: it ends the answer before it",
		note: '**Question:** "Do you feel a duty?"\n\n**Nasu:** "Whoa, that\'s amazing."\n\n**Question:** "Is it for core fans?"\n\n**Nasu:** "To tell the truth, no."',
		expected: [
			{ speaker: null, speakerRaw: "Q", line: 1 },
			{ speaker: "Nasu", line: 3, endLine: 3 },
			{ speaker: null, speakerRaw: "Q", line: 5 },
			{ speaker: "Nasu", line: 7 },
		],
	},
	{
		name: "a magazine interview's questions as bold lines opening with a dash (`**-- …**`, `**―― …**`) beside named voices are the interviewer's `Q:`",
		note: '**-- First of all, how was the decision made?**\n\n**Nasu:** We started the project.\n\n**―― Koyama-san, when did you hear?**\n\n**Koyama:** I don\'t remember.\n\n**Nasu:** Neither do I.\n\n**Koyama:** Fine.',
		expected: [
			{ speaker: null, speakerRaw: "Q", line: 1, text: "First of all, how was the decision made?" },
			{ speaker: "Nasu", line: 3, endLine: 3 },
			{ speaker: null, speakerRaw: "Q", line: 5, text: "Koyama-san, when did you hear?" },
			{ speaker: "Koyama" },
			{ speaker: "Nasu" },
			{ speaker: "Koyama" },
		],
	},
	{
		name: "a Japanese interview's questions opening with a horizontal bar (`― …`, `―― …`, `── …`) beside a named voice are `Q:`, given to the interviewer a credits line names",
		note: "**Interviewer:** Hiroo Nishizawa  **Translator:** t-shinji\n\n― What was your intention?\n\nKanami: Crowd noise.\n\n―― And the band?\n\nKanami: It is my life.\n\n── One more?\n\nKanami: Sure.",
		expected: [
			{ speaker: "Hiroo Nishizawa", line: 3, text: "What was your intention?" },
			{ speaker: "Kanami", line: 5 },
			{ speaker: "Hiroo Nishizawa", line: 7, text: "And the band?" },
			{ speaker: "Kanami" },
			{ speaker: "Hiroo Nishizawa", line: 11 },
			{ speaker: "Kanami" },
		],
	},
	{
		name: "a bracketed name alone on its line (`[Justin]`) or right before Chinese words (`[姜宁]今天…`), the full name from Chinese text that writes it against Han characters; `[laughter]` and `[MUSIC PLAYING]` are none",
		note: "今天邀请到Apache孵化器主席Justin Mclean，以及Roman Shaposhnik。\n\n[姜宁]今天咱们聚集了。\n\n[Justin]\n尽早发版。\n\n[laughter]\n\n[Roman]\n先编译。\n\n[MUSIC PLAYING]\n\n[Justin]\n没错。\n\n[Roman]\n对。\n\n[姜宁]谢谢。",
		expected: [
			{ speaker: "姜宁", line: 3, text: "今天咱们聚集了。" },
			{ speaker: "Justin Mclean", speakerRaw: "Justin", line: 5, endLine: 6 },
			{ speaker: "Roman Shaposhnik", line: 10, endLine: 11 },
			{ speaker: "Justin Mclean", line: 15 },
			{ speaker: "Roman Shaposhnik", line: 18 },
			{ speaker: "姜宁", line: 21 },
		],
	},
	{
		name: "an interviewer's question in bold with Chinese's colon and no space after it (`**思否：你能分享…？**`) beside a named voice",
		note: "**思否：你能分享一些项目吗？**\n\nRich Bowen：从我的角度来看。\n\n**思否：该如何建立生态呢？**\n\nRich Bowen：保持沟通透明。",
		expected: [{ speaker: "思否", line: 1, text: "你能分享一些项目吗？" }, { speaker: "Rich Bowen" }, { speaker: "思否" }, { speaker: "Rich Bowen" }],
	},
	{
		name: "numbered roles a generated script writes (`**Hôte 1** :`, `Host 2:`, `Guest 1:`) are turns without a speaker",
		note: "**Hôte 1** : Bienvenue.\n\n**Hôte 2** : Merci.\n\n**Hôte 1** : Oui.\n\n**Hôte 2** : Non.\n\nHost 1: Hi.\n\nGuest 1: Hello.\n\nHost 1: Bye.\n\nGuest 1: Bye.",
		expected: [
			{ speaker: null, speakerRaw: "Hôte 1", text: "Bienvenue." },
			{ speaker: null, speakerRaw: "Hôte 2" },
			{ speaker: null, speakerRaw: "Hôte 1" },
			{ speaker: null, speakerRaw: "Hôte 2" },
			{ speaker: null, speakerRaw: "Host 1" },
			{ speaker: null, speakerRaw: "Guest 1" },
			{ speaker: null, speakerRaw: "Host 1" },
			{ speaker: null, speakerRaw: "Guest 1" },
		],
	},
	{
		name: "`**Q:**` and `**A:**` only, under a title presenting a Q&A with one person (`A Q&A With Alex Cohen`): the answers are hers, the questions nobody's",
		note: '---\ntitle: "Deep Fakes and Social Media: A Q&A With Alex Cohen"\n---\n\n**Q:** What surprised you?\n\n**A:** How easy they are.\n\n**Q:** Videos or photos?\n\n**A:** Photos.',
		expected: [{ speaker: null, speakerRaw: "Q", line: 5 }, { speaker: "Alex Cohen", line: 7 }, { speaker: null, line: 9 }, { speaker: "Alex Cohen", line: 11 }],
	},
	{
		name: "`Q:如何…` with an ASCII colon before Chinese, numbered `**Q1：**`/`**A1：**`, under an interview's title (`专访`) naming only a role: the answers are the author's",
		note: '---\ntitle: "SOFAArk Committer 专访｜看它不爽，就直接动手改！"\nauthor: "吕冰洁"\n---\n\nQ:如何看待开源？\n\nA:作为业务研发。\n\n**Q1：**难点在哪里？\n\n**A1：**主要的难点。',
		expected: [{ speaker: null, speakerRaw: "Q", line: 6, text: "如何看待开源？" }, { speaker: "吕冰洁", line: 8 }, { speaker: null, line: 10 }, { speaker: "吕冰洁", line: 12, text: "主要的难点。" }],
	},
	{
		name: "an FAQ's `Q:` and `A:` under a title naming nobody stay prose",
		note: '---\ntitle: "Deep Fakes FAQ"\n---\n\n**Q:** What surprised you?\n\n**A:** How easy they are.\n\n**Q:** Videos or photos?\n\n**A:** Photos.',
		expected: [],
	},
	{
		name: "a bracketed name in bold with the colon inside (`**[Sina]:**`), full names from a subtitle right under the title; `[Laughter]` alone is no voice",
		note: "# Cultural Accessibility at the MCA Chicago\n## Anna Chiaretta Lavatelli, Susan Chun and Sina Bahram - Thursday, January 28, 2016\n\n**[Sina]:** So, I can go over a couple of things.\n\n[Laughter]\n\n**[Susan]:** We changed that.\n\n**[Sina]:** Yes.\n\n[Laughter]\n\n**[Anna]:** Thanks.\n\n**[Susan]:** Right.\n\n**[Anna]:** Bye.",
		expected: [
			{ speaker: "Sina Bahram", speakerRaw: "Sina", line: 4, endLine: 4, text: "So, I can go over a couple of things." },
			{ speaker: "Susan Chun", line: 8 },
			{ speaker: "Sina Bahram", line: 10 },
			{ speaker: "Anna Chiaretta Lavatelli", line: 14 },
			{ speaker: "Susan Chun", line: 16 },
			{ speaker: "Anna Chiaretta Lavatelli", line: 18 },
		],
	},
	{
		name: "headings that are a name and a colon (`### Kim Hill:`, `### 唐鳳：`), the words below",
		note: "# Interview\n\n### Kim Hill:\nLet me start.\n\n### Audrey Tang:\nSure.\n\n### Audrey Tang:\nAnd more.\n\n### Kim Hill:\nThanks.\n\n### 蔡詩萍：\n你好。\n\n### 唐鳳：\n叫我唐鳳就可以了。\n\n### 蔡詩萍：\n好。\n\n### 唐鳳：\n對。",
		expected: [
			{ speaker: "Kim Hill", line: 3, endLine: 4, text: "Let me start." },
			{ speaker: "Audrey Tang", line: 6, endLine: 7 },
			{ speaker: "Audrey Tang", line: 9, endLine: 10 },
			{ speaker: "Kim Hill", line: 12, endLine: 13 },
			{ speaker: "蔡詩萍", line: 15, endLine: 16 },
			{ speaker: "唐鳳", line: 18, endLine: 19, text: "叫我唐鳳就可以了。" },
			{ speaker: "蔡詩萍", line: 21, endLine: 22 },
			{ speaker: "唐鳳", line: 24, endLine: 25 },
		],
	},
	{
		name: "a dialogue of bold-labelled blockquotes: a first name once that the text names in full, an unlabelled blockquote right after a turn going on with it",
		note: "# Thoughts on Scott Alexander\n\nDwarkesh Patel talks to Scott Alexander and Daniel Kotojoko. Scott Aaronson is cited.\n\n> **Scott**: One.\n\n> **Dwarkesh**: Two.\n\n> But then he says more.\n\n> **Daniel**: Three.\n\n> **Scott:** Four.\n\n> **Dwarkesh:** Five?\n\nMy aside.\n\n> Unlabelled after prose.",
		expected: [
			{ speaker: "Scott Alexander", speakerRaw: "Scott", line: 5 },
			{ speaker: "Dwarkesh Patel", line: 7, endLine: 9, text: "Two.\n\nBut then he says more." },
			{ speaker: "Daniel Kotojoko", speakerRaw: "Daniel", line: 11 },
			{ speaker: "Scott Alexander", line: 13 },
			{ speaker: "Dwarkesh Patel", line: 15, endLine: 15 },
			{ line: 19, endLine: 19 },
		],
	},
	{
		name: "a bracketed name in bold, a no-break space after it (`**[Hadi]**\u00a0So…`)",
		note: "**[Hadi]** Welcome to Talking Kotlin.\n\n**[Roman]**\u00a0Hello. Welcome, everybody.\n\n**[Hadi]**\u00a0So you are back.\n\n**[Roman]**Okay. Thanks.",
		expected: [
			{ speaker: "Hadi", text: "Welcome to Talking Kotlin." },
			{ speaker: "Roman", text: "Hello. Welcome, everybody." },
			{ speaker: "Hadi", text: "So you are back." },
			{ speaker: "Roman", text: "Okay. Thanks." },
		],
	},
	{
		name: "a time in brackets, then a no-break space before the name and after its colon (a transcript pasted from a web page)",
		note: "[00:00:00]\u00a0Marta:\u00a0Welcome, everyone.\n\n[00:00:26]\u00a0Adam:\u00a0Very good. Thanks.\n\n[00:00:28]\u00a0Marta:\u00a0Great to have you.\n\n[00:00:48] So Adam is a former CTO.\n\n[00:01:18]\u00a0Adam:\u00a0Yeah, thanks.",
		expected: [
			{ kind: "turn", speaker: "Marta", timestamp: "00:00:00", text: "Welcome, everyone." },
			{ speaker: "Adam", timestamp: "00:00:26", text: "Very good. Thanks." },
			{ speaker: "Marta", timestamp: "00:00:28" },
			{ speaker: "Marta", timestamp: "00:00:48", text: "So Adam is a former CTO." },
			{ speaker: "Adam", timestamp: "00:01:18" },
		],
	},
	{
		name: "a time then only a stage direction is nobody's words and ends the turn before",
		note: " Derek Bruff: [00:09] Welcome to Leading Lines.\n\n [00:18] Uses that point the way.\n\n [01:32] [music]\n\n Corbette Doyle: [01:35] Pleasure.\n\n Derek: [01:40] Thanks.\n\n Corbette: [01:45] Sure.",
		expected: [
			{ speaker: "Derek Bruff", line: 1 },
			{ speaker: "Derek Bruff", line: 3, endLine: 3 },
			{ speaker: "Corbette Doyle", line: 7 },
			{ speaker: "Derek Bruff", line: 9 },
			{ speaker: "Corbette Doyle", line: 11 },
		],
	},
	{
		name: "a timed label once, in a transcript whose other voices recur",
		note: "Lenny (00:03):\nWelcome.\n\nEeke De Miliano (03:36):\nLuck.\n\nLenny (04:00):\nNext.",
		expected: [{ speaker: "Lenny" }, { speaker: "Eeke De Miliano" }, { speaker: "Lenny" }],
	},
	{
		name: "a name alone on a line, its words after a blank line",
		note: "## Transcript\n\nChris\n\nI want to thank everybody.\n\nOlaf\n\nThanks for having me.\n\nChris\n\nSo.\n\nOlaf\n\nYes.",
		expected: [{ speaker: "Chris", line: 3, endLine: 5 }, { speaker: "Olaf" }, { speaker: "Chris" }, { speaker: "Olaf" }],
	},
	{
		name: "a time in brackets, then a name alone on the line, the words below",
		note: "[00:00:00] Stefan\nWillkommen zu meinem Podcast.\n\n[00:03:26] Frau\nPuschel.\n\n[00:03:28] Stefan\nJa, genau.\n\n[00:03:30] Frau\nEin Windschutz?",
		expected: [
			{ speaker: "Stefan", timestamp: "00:00:00", line: 1, endLine: 2, text: "Willkommen zu meinem Podcast." },
			{ kind: "turn", speaker: null, speakerRaw: "Frau", timestamp: "00:03:26" },
			{ speaker: "Stefan" },
			{ speaker: null },
		],
	},
	{
		name: "a bare time, then the name alone on the line, the words below (Fathom-style)",
		note: "00:00:00 Speaker 1\nVou pegar tudo da reunião.\n\n00:00:24 Maria Silva\nNossa, maravilhoso.\n\n00:00:28 Speaker 1\nCara, eu comprei.\n\n00:00:32 Maria Silva\nMuito top.",
		expected: [
			{ kind: "turn", speaker: null, speakerRaw: "Speaker 1", timestamp: "00:00:00", line: 1, endLine: 2, text: "Vou pegar tudo da reunião." },
			{ speaker: "Maria Silva", timestamp: "00:00:24" },
			{ speaker: null },
			{ speaker: "Maria Silva" },
		],
	},
	{
		name: "a time in brackets, then a bold name and colon (Descript)",
		note: "[00:00:21] **Melonee Wise:** I'm the CTO.\n\n[00:00:30] **Audrow Nash:** Welcome.\n\n[00:00:35] **Melonee Wise:** Thanks.",
		expected: [{ speaker: "Melonee Wise", timestamp: "00:00:21", text: "I'm the CTO." }, { speaker: "Audrow Nash" }, { speaker: "Melonee Wise" }],
	},
	{
		name: "a time in escaped brackets, then a bold name and colon, spaced with no-break spaces (a page converted by pandoc)",
		note: "\\[00:01:16\\]\u00a0**Tri Dao:**\u00a0Thanks for having us.\n\n\\[00:01:20\\]\u00a0**Nathan Lambert:**\u00a0Welcome.\n\n\\[00:01:25\\]\u00a0**Tri Dao:**\u00a0Sure.",
		expected: [{ speaker: "Tri Dao", timestamp: "00:01:16", text: "Thanks for having us." }, { speaker: "Nathan Lambert", timestamp: "00:01:20" }, { speaker: "Tri Dao" }],
	},
	{
		name: "a bold name, then its time in escaped brackets and a colon (`**Jacob** \\[00:15\\]:`, Hugo pages exported to Markdown)",
		note: "**Jacob** \\[00:15\\]: Welcome to the show.\n\n**Lauri** \\[00:20\\]: Thanks, Jacob.\n\n**Jacob** \\[00:24\\]: Let's start.",
		expected: [{ speaker: "Jacob", timestamp: "00:15", text: "Welcome to the show." }, { speaker: "Lauri", timestamp: "00:20" }, { speaker: "Jacob" }],
	},
	{
		name: "a name, two spaces and a time alone on the line, the words below (Otter)",
		note: "Kelly  0:00  \nIt's no secret that developers are paid well.\n\nShannon  0:31  \nI'm Shannon.\n\nKelly  0:36  \nThank you for joining us.",
		expected: [{ speaker: "Kelly", timestamp: "0:00", line: 1, endLine: 2, text: "It's no secret that developers are paid well." }, { speaker: "Shannon" }, { speaker: "Kelly" }],
	},
	{
		name: "a bold name and a time in brackets alone on the line, the words below",
		note: "**Ali** [0:00]\nIn today's episode we continue.\n\n**Kelly** [0:18]\nWelcome.\n\n**Ali** [0:20]\nI'm Ali.",
		expected: [{ speaker: "Ali", timestamp: "0:00", text: "In today's episode we continue." }, { speaker: "Kelly" }, { speaker: "Ali" }],
	},
	{
		name: "a name and a time in italics alone on the line, the words below (Riverside, as typed: a parenthesis dropped or unclosed)",
		note: "*Joe Patti (00:00)*\nWelcome back.\n\n*Adam Roth 00:47)*\nHappy to be here.\n\n*Joe Patti(01:02)*\nSo.\n\n*Adam Roth (01:10) \nRight.",
		expected: [{ speaker: "Joe Patti", timestamp: "00:00", line: 1, endLine: 2, text: "Welcome back." }, { speaker: "Adam Roth", timestamp: "00:47" }, { speaker: "Joe Patti" }, { speaker: "Adam Roth", timestamp: "01:10" }],
	},
	{
		name: "a name and a time in underscore bold (Trint)",
		note: "__Megan: [00:00:52]__ Saf and I have been on hiatus.\n\n__Saf: [00:01:15]__ It has been a while.\n\n__Megan:__ Yes.",
		expected: [{ speaker: "Megan", timestamp: "00:00:52", text: "Saf and I have been on hiatus." }, { speaker: "Saf", timestamp: "00:01:15" }, { speaker: "Megan", timestamp: null, text: "Yes." }],
	},
	{
		name: "one-letter initials: `A:` beside recurring `S:` and `C:` is a voice of its own",
		note: "S: Hello and welcome.\n\nC: Hi.\n\nA: Hullo.\n\nS: Good.\n\nC: Yes.\n\nA: Quite.",
		expected: [{ speaker: "S" }, { speaker: "C" }, { speaker: "A", text: "Hullo." }, { speaker: "S" }, { speaker: "C" }, { speaker: "A" }],
	},
	{
		name: "a group's label (`All:`, `DUCKWORTH + DUBNER:`) is a turn without a speaker",
		note: "DUBNER: One.\n\nDUCKWORTH: Two.\n\nDUCKWORTH + DUBNER: And you're listening.\n\nDUBNER: Three.\n\nDUCKWORTH: Four.\n\nAll: Bye!",
		expected: [{ speaker: "DUBNER" }, { speaker: "DUCKWORTH" }, { speaker: null, speakerRaw: "DUCKWORTH + DUBNER", text: "And you're listening." }, { speaker: "DUBNER" }, { speaker: "DUCKWORTH" }, { speaker: null, speakerRaw: "All" }],
	},
	{
		name: "HTML paragraphs from a WordPress transcript: the bold name alone, the words in the next paragraph, tags left out",
		note: "<details>\n<summary>Transcript</summary>\n\n<p><strong>Nic</strong></p>\n<p>Hi, I’m Nic.</p>\n<p><strong>Amy</strong></p>\n<p>Hi, <em>Nic</em>.</p>\n<p>Good.</p>\n<p><strong>Nic</strong></p>\n<p>Thanks.</p>\n<p><strong>Amy</strong></p>\n<p>Bye.</p>\n</details>\n\nAfter the transcript.",
		expected: [{ kind: "turn", speaker: "Nic", line: 4, endLine: 5, text: "Hi, I’m Nic." }, { speaker: "Amy", line: 6, endLine: 8, text: "Hi, Nic.\nGood." }, { speaker: "Nic", line: 9, endLine: 10 }, { speaker: "Amy", line: 11, endLine: 12, text: "Bye." }],
	},
	{
		name: "HTML paragraphs with the bold name and its words in one paragraph, the colon inside or after the bold",
		note: "<div>\n    <p><strong>Nic</strong>: Hi. I’m Nic.</p>\n    <p>Today I’m speaking with Denis.</p>\n    <p><strong>Denis:</strong> Good morning.</p>\n    <p><strong>Nic</strong>: Welcome.</p>\n    <p><b>Denis:</b> Thanks.</p>\n</div>",
		expected: [{ speaker: "Nic", line: 2, endLine: 3, text: "Hi. I’m Nic.\nToday I’m speaking with Denis." }, { speaker: "Denis", text: "Good morning." }, { speaker: "Nic" }, { speaker: "Denis", text: "Thanks." }],
	},
	{
		name: "HTML paragraphs whose span is marked as the speaker: each a turn, a voice that speaks once too",
		note: '<p class="dialogue"><span class="speaker">Socrates</span>What is justice, my friend?</p>\n<p class="dialogue"><span class="speaker">Thrasymachus</span>Justice is the advantage of the stronger.</p>\n<p class="dialogue"><span class="speaker">Socrates</span>Can you explain?</p>',
		expected: [{ speaker: "Socrates", text: "What is justice, my friend?" }, { speaker: "Thrasymachus", text: "Justice is the advantage of the stronger." }, { speaker: "Socrates" }],
	},
	{
		name: "caption lines, each opening with its time, right after a named line are that turn's words going on",
		note: "(0:00) **Lander:** Buenos días, Andrés.\n(0:03) Mi nombre es Lander y en la asignatura\n(0:05) estamos desarrollando el proyecto.\n(0:31) **Andrés:** Sí, me gustaría participar.\n(0:33) **Lander:** Bien.\n(0:35) **Andrés:** Claro.\n\n(0:40) Y un párrafo aparte sigue.",
		expected: [
			{ speaker: "Lander", line: 1, endLine: 3, text: "Buenos días, Andrés.\nMi nombre es Lander y en la asignatura\nestamos desarrollando el proyecto." },
			{ speaker: "Andrés", line: 4, endLine: 4 },
			{ speaker: "Lander" },
			{ speaker: "Andrés", line: 6, endLine: 6 },
			{ speaker: "Andrés", line: 8, endLine: 8, text: "Y un párrafo aparte sigue." },
		],
	},
	{
		name: "a press conference's `提問者：` (the questioner, as Traditional Chinese writes it) is a turn of nobody",
		note: "花敬群：今天說明海域劃設。\n\n提問者：請問範圍多大？\n\n花敬群：大約三萬公頃。\n\n提問者：漁民怎麼辦？",
		expected: [{ speaker: "花敬群" }, { speaker: null, speakerRaw: "提問者" }, { speaker: "花敬群" }, { speaker: null }],
	},
	{
		name: "a plain label with a full-width colon and no space after it, as Chinese is written; roles are turns of nobody",
		note: "街訪者：請問你有脂肪肝嗎？\n受訪者：沒有。\n街訪者：那你會擔心嗎？\n受訪者：會。",
		expected: [{ speaker: null, speakerRaw: "街訪者", text: "請問你有脂肪肝嗎？" }, { speaker: null, speakerRaw: "受訪者" }, { speaker: null }, { speaker: null }],
	},
	{
		name: "a title after a Chinese name (`醫師`) is no part of it",
		note: "**李唐越醫師**: 脂肪肝很常見。\n\n**楊子緯醫師**: 對。\n\n**李唐越醫師**: 我們來談談。\n\n**楊子緯醫師**: 好。",
		expected: [{ speaker: "李唐越" }, { speaker: "楊子緯" }, { speaker: "李唐越" }, { speaker: "楊子緯" }],
	},
	{
		name: "placeholders and roles in other languages (`Hablante 1`, `嘉宾 A`, `Ведущий`) are turns of nobody",
		note: "Hablante 1: Hola.\n\nMaría López: Buenas.\n\nHablante 1: Sigamos.\n\n**嘉宾 A**: 我来说。\n\n**Ведущий**: Добрый вечер.\n\nMaría López: Gracias.",
		expected: [{ speaker: null, speakerRaw: "Hablante 1" }, { speaker: "María López" }, { speaker: null }, { speaker: null, speakerRaw: "嘉宾 A" }, { speaker: null, speakerRaw: "Ведущий" }, { speaker: "María López" }],
	},
	{
		name: "an anonymous voice (Man, Woman) is a turn without a speaker",
		note: "Maya Chen: Welcome.\n\nWoman: Hi.\n\nMaya Chen: Tell us.\n\nWoman: Sure.",
		expected: [{ speaker: "Maya Chen" }, { speaker: null, speakerRaw: "Woman" }, { speaker: "Maya Chen" }, { speaker: null }],
	},
	{
		name: "a role as the label (`**Interviewee**:`) is a turn without a speaker, and so is it written after a quote",
		note: "## Full transcript\n\n**[00:15]** **Lenny**: How do you use it every day at work?\n\n**[00:20]** **Interviewee**: I will give a caveat, there is no one right way.\n\n**[00:31]** **Lenny**: Go on, tell us about the tips you have.\n\n**[00:40]** **Interviewee**: Plan first. Then let the model write the code.\n\n> \"Plan first.\" - **Interviewee**",
		expected: [{ speaker: "Lenny" }, { speaker: null, speakerRaw: "Interviewee" }, { speaker: "Lenny" }, { speaker: null }, { kind: "blockquote", speaker: null, speakerRaw: "Interviewee" }],
	},
	{
		name: "a first-name label takes the full name the note's level-1 heading gives",
		note: "# Diana Grajeda Iglesias\n\n**Cynthia:**\nBuenos días.\n\n**Diana:**\nHola.\n\n**Cynthia:**\n¿Qué opinas?\n\n**Diana:**\nQue sí.",
		expected: [{ speaker: "Cynthia" }, { speaker: "Diana Grajeda Iglesias", inferred: "note-name" }, { speaker: "Cynthia" }, { speaker: "Diana Grajeda Iglesias" }],
	},
	{
		name: "first names once, then one-letter initials: each initial stands for the one label it begins; full names from the intro",
		note: "**Łukasz:** Cześć. Słuchacie Patoarchitektów. Prowadzą Łukasz Kałużny…\n\n**Szymon:** …i Szymon Warda.\n\n**Ł:** Tak, od linków.\n\n**S:** Znalazłem ciekawe repo.\n\n**Ł:** Albo pytają się.",
		expected: [
			{ speaker: "Łukasz Kałużny", speakerRaw: "Łukasz" },
			{ speaker: "Szymon Warda", speakerRaw: "Szymon" },
			{ speaker: "Łukasz Kałużny", speakerRaw: "Łukasz", text: "Tak, od linków." },
			{ speaker: "Szymon Warda" },
			{ speaker: "Łukasz Kałużny" },
		],
	},
	{
		name: "Otter's `Name  m:ss` labels made headings, the words below",
		note: "## Transcript\n### Bryan Robinson  0:03  \nWelcome to the show.\n\n### Gift Egwuenu  0:27  \nThanks for having me.\n\n### Bryan Robinson  0:30  \nIntroduce yourself.\n\n### Gift Egwuenu  0:40  \nI'm a software engineer.",
		expected: [
			{ kind: "turn", speaker: "Bryan Robinson", timestamp: "0:03", line: 2, endLine: 3, text: "Welcome to the show." },
			{ speaker: "Gift Egwuenu", timestamp: "0:27" },
			{ speaker: "Bryan Robinson" },
			{ speaker: "Gift Egwuenu", line: 11, endLine: 12 },
		],
	},
	{
		name: "a heading name with the writer's emoji (`##### 🌴 Brian`) beside plain ones is a voice, without the emoji",
		note: "##### 🌴 Brian\n\nWelcome to the call.\n\n##### Matthew Oatts\n\nThanks.\n\n##### 🌴 Brian\n\nWhat are you building?\n\n##### Matthew Oatts\n\nA plugin.",
		expected: [
			{ kind: "turn", speaker: "Brian", line: 1, endLine: 3, text: "Welcome to the call." },
			{ speaker: "Matthew Oatts" },
			{ speaker: "Brian", line: 9, endLine: 11 },
			{ speaker: "Matthew Oatts" },
		],
	},
	// PontusDahlberg/morgonpodden (probe 677): a Swedish podcast script, a microphone before each voice's heading.
	{
		name: "a heading that is a bold name with a colon (`### 🎤 **LISA**:`, `### **ERIK:**`) is a voice, the emoji or not",
		note: "### 🎤 **LISA**:\nHej och välkommen!\n\n### **ERIK:**\nTack Lisa.\n\n### 🎤 **LISA**:\nIdag pratar vi om kaffe.\n\n### **ERIK:**\nJa.",
		expected: [
			{ kind: "turn", speakerRaw: "LISA", line: 1, text: "Hej och välkommen!" },
			{ speakerRaw: "ERIK", line: 4 },
			{ speakerRaw: "LISA", line: 7 },
			{ speakerRaw: "ERIK", line: 10 },
		],
	},
	{
		name: "decorated bold headings with a colon, all of them, are voices too (`### 🎤 **LISA**:` beside `### 🎤 **PELLE**:`)",
		note: "### 🎤 **LISA**:\nHej och välkommen!\n\n### 🎤 **PELLE**:\nTack Lisa.\n\n### 🎤 **LISA**:\nIdag pratar vi om kaffe.\n\n### 🎤 **PELLE**:\nJa.",
		expected: [{ speakerRaw: "LISA" }, { speakerRaw: "PELLE" }, { speakerRaw: "LISA" }, { speakerRaw: "PELLE" }],
	},
	{
		name: "headings that all wear an emoji (`### 🎯 Task`, `### 📌 Key Phrase`) are a template's sections, no voices",
		note: "### 📌 Key Phrase\n\nBonjour means hello.\n\n### 🎯 Task\n\nSay it out loud.\n\n### 📌 Key Phrase\n\nSalut is casual.\n\n### 🎯 Task\n\nSay it to a friend.",
		expected: [],
	},
	{
		name: "a name alone as a heading, its paragraphs after a blank line, the full name from the intro past a nickname",
		note: "### Episode Transcription\n\nI am your host, Jamie \"GaProgMan\" Taylor, and this is Uno Platform with Jérôme Laban.\n\n#### Jamie\n\nThank you for your time.\n\n#### Jérôme\n\nSo my name is Jérôme.\n\nAnd I build things.\n\n#### Jamie\n\nExcellent.\n\n#### Jérôme\n\nThanks.\n\n### Sponsor Message\n\nThis episode is sponsored.",
		expected: [
			{ kind: "turn", speaker: "Jamie Taylor", inferred: "note-name", line: 5, endLine: 7, text: "Thank you for your time." },
			{ speaker: "Jérôme Laban", line: 9, endLine: 13 },
			{ speaker: "Jamie Taylor" },
			{ speaker: "Jérôme Laban", line: 19, endLine: 21, text: "Thanks." },
		],
	},
	{
		name: "an element naming the speaker (`<turn speaker=\"…\" timestamp=\"…\">`), the Markdown paragraphs inside it its words",
		note: "<turn speaker=\"Matt Gardner\" timestamp=\"00:00\">\n\nHello and welcome.\n\n</turn>\n\n<turn speaker=\"Vlad Niculae\" timestamp=\"00:30\">\n\nThanks for having me.\nIt is great.\n\n</turn>\n\n<turn speaker=\"Matt Gardner\" timestamp=\"01:02\">\n\nGreat.\n\n</turn>\n\nThanks for listening.",
		expected: [
			{ kind: "turn", speaker: "Matt Gardner", timestamp: "00:00", line: 1, endLine: 3, text: "Hello and welcome." },
			{ speaker: "Vlad Niculae", timestamp: "00:30", line: 7, endLine: 10 },
			{ speaker: "Matt Gardner", line: 14, endLine: 16 },
		],
	},
	{
		name: "a site template's tag naming the person (`{% include transcript-person.html id=\"…\" %}`), the paragraphs below its words; an id is the full name the note writes",
		note:
			"---\ntitle: \"Nikola Hořejš (STEM): Postoje\"\nguests: [ horejs ]\n---\n\n{% include 2050/transcript-person.html id=\"horejs\" %}\n\nOdpověď na otázku.\n\n" +
			"{% include 2050/transcript-person.html id=\"holik\" %}\n\nVážení posluchači.\nPan Hořejš mluvil.\n\n{% include 2050/transcript-time.html time=\"04:44\" %}\n\n" +
			"{% include 2050/transcript-person.html id=\"horejs\" %}\n\nJe to komplexní otázka.\n\n{{< speaker name=\"holik\" >}}\n\nTakže tak.",
		expected: [
			{ kind: "turn", speaker: "Nikola Hořejš", speakerRaw: "Horejs", line: 6, endLine: 8, text: "Odpověď na otázku." },
			{ speaker: "Holik", line: 10, endLine: 13 },
			{ speaker: "Nikola Hořejš", line: 17, endLine: 19 },
			{ speaker: "Holik", line: 21, endLine: 23 },
		],
	},
	{
		name: "an official transcript: `Q` then a space asks, `THE PRESIDENT:` (a no-break space after its colon) is the one the title names after the role",
		note: "---\ntitle: \"Remarks by President Biden Before Air Force One Departure\"\n---\n\nQ    How was your visit today, sir?\n\nTHE PRESIDENT:\u00a0 It was great to see President Carter.\n\nQ    How is his health?\n\nTHE PRESIDENT:\u00a0 Better.",
		expected: [
			{ kind: "turn", speaker: null, speakerRaw: "Q", text: "How was your visit today, sir?" },
			{ speaker: "Biden", speakerRaw: "THE PRESIDENT", inferred: "note-name", text: "It was great to see President Carter." },
			{ speaker: null },
			{ speaker: "Biden" },
		],
	},
	{
		name: "a press gaggle: `MS. JEAN-PIERRE:` is the full name the title writes, `Q` turns end hers",
		note: "---\ntitle: \"Press Gaggle by Press Secretary Karine Jean-Pierre En Route Queens, NY\"\n---\n\nMS. JEAN-PIERRE: All right, guys.\n\nWith that, Colleen.\n\nQ Thank you. So, will he travel?\n\nMS. JEAN-PIERRE: Yeah.\n\nQ — and when?\n\nMS. JEAN-PIERRE: Soon.",
		expected: [
			{ speaker: "Karine Jean-Pierre", speakerRaw: "MS. JEAN-PIERRE", line: 5, endLine: 7 },
			{ speaker: null, speakerRaw: "Q", line: 9 },
			{ speaker: "Karine Jean-Pierre" },
			{ speaker: null, text: "— and when?" },
			{ speaker: "Karine Jean-Pierre" },
		],
	},
	{
		name: "a bold name alone on its line, its words quoted below after a blank line, where two such voices recur",
		note: "## Strumenti\n\n**Paolo Antinori**\n\n> Io non apro più Klein.\n\n**Alessio Soldano**\n\n> Io citerei Klein.\n>\n> E poi Olama.\n\n**Paolo Antinori**\n\n> Concordo.\n\n**Alessio Soldano**\n\n> Anch'io.",
		expected: [
			{ kind: "turn", speaker: "Paolo Antinori", line: 3, endLine: 5, text: "Io non apro più Klein." },
			{ speaker: "Alessio Soldano", line: 7, endLine: 11 },
			{ speaker: "Paolo Antinori" },
			{ speaker: "Alessio Soldano" },
		],
	},
	{
		name: "bold captions alone over prose or lists are no voices",
		note: "**Ideation Environments**\n\nCal Newport walks.\n\n**Expensive Notebooks**\n\n- Andrew Huberman writes.\n\n**Ideation Environments**\n\nMore.",
		expected: [],
	},
	{
		name: "a press conference: an office before a surname (`PRIME MINISTER BLAIR:`) is the full name the title writes; `JOURNALIST:` is nobody",
		note: "---\ntitle: \"Transcript of joint press conference with British Prime Minister, Tony Blair: 10 Downing Street\"\n---\n\nPRIME MINISTER BLAIR:\nWell, we are still in discussion.\n\nJOURNALIST:\nMr Blair, one question.\n\nPRIME MINISTER BLAIR:\nYes.\n\nJOURNALIST:\nAnd another.",
		expected: [
			{ speaker: "Tony Blair", speakerRaw: "PRIME MINISTER BLAIR", inferred: "note-name" },
			{ speaker: null, speakerRaw: "JOURNALIST" },
			{ speaker: "Tony Blair" },
			{ speaker: null },
		],
	},
	{
		name: "Hansard: `**The Prime Minister:**` is a voice, `**Mr. Cameron:**` the full name an earlier label writes, `**Hon. Members:**` nobody",
		note: "**Mr. David Cameron (Witney) (Con):** I join the Prime Minister in paying tribute.\n\n**The Prime Minister:** The Minister has not resigned.\n\n**Mr. Cameron:** Why did he sack the Home Secretary?\n\n**Hon. Members:** More!\n\n**The Prime Minister:** Let me answer.\n\n**Mr. Cameron:** Is it going well?\n\n**The Prime Minister:** It is.",
		expected: [
			{ speaker: "David Cameron" },
			{ speaker: "The Prime Minister", speakerRaw: "The Prime Minister" },
			{ speaker: "David Cameron", speakerRaw: "Mr. Cameron", inferred: "note-name" },
			{ speaker: null, speakerRaw: "Hon. Members" },
			{ speaker: "The Prime Minister" },
			{ speaker: "David Cameron" },
			{ speaker: "The Prime Minister" },
		],
	},
	{
		name: "a class's teacher by surname and title of respect (`Goswami Maharaj:`) is the full name the authors give, not a namesake the talk cites; `Devotee:` and `Same person:` are nobody",
		note: "---\nauthors:\n  - Bhakti Sudhir Goswami\n---\n\nGoswami Maharaj: So, any questions? As Rupa Goswami says, and Jiva Goswami too.\n\nDevotee: What is the soul?\n\nGoswami Maharaj: The soul is conscious.\n\nSame person: And the body?\n\nGoswami Maharaj: Also.\n\nDevotee: Thank you.\n\nGoswami Maharaj: Hare Krsna.",
		expected: [
			{ speaker: "Bhakti Sudhir Goswami", speakerRaw: "Goswami Maharaj", inferred: "note-name" },
			{ speaker: null, speakerRaw: "Devotee" },
			{ speaker: "Bhakti Sudhir Goswami" },
			{ speaker: null, speakerRaw: "Same person" },
			{ speaker: "Bhakti Sudhir Goswami" },
			{ speaker: null },
			{ speaker: "Bhakti Sudhir Goswami" },
		],
	},
	{
		name: "authors given as ids are no one's name (`authors: [boone, will]`)",
		note: "---\nauthors:\n- boone\n- will\n---\n\n**Will:** Hi.\n\n**Boone:** Hello.\n\n**Will:** Bye.\n\n**Boone:** Bye.",
		expected: [{ speaker: "Will" }, { speaker: "Boone" }, { speaker: "Will" }, { speaker: "Boone" }],
	},
	{
		name: "a research interview's `I:` and `B:` with times: `B` is whoever introduces themselves in B's own turn, `I` the interviewer (no one named)",
		note: "I: [00:00:06] Lass uns beginnen. Stell dich kurz vor.\n\nB: [00:01:55] Ja. Mein Name ist Fabian Krampe. Ich bin 34 Jahre alt.\n\nI: [00:02:20] Bei dem Herrn Bente?\n\nB: [00:02:22] Genau.",
		expected: [
			{ speaker: null },
			{ speaker: "Fabian Krampe", speakerRaw: "B", inferred: "note-name" },
			{ speaker: null },
			{ speaker: "Fabian Krampe" },
		],
	},
	// Jimozhu/simpread: a Chinese transcript of a conversation, the guest's letter over a turn where he says who he is.
	{
		name: "`**N：**` is whoever says `我叫 Nadiem Makarim` in N's own turn",
		note: "**Elon Musk：**\n\n你好。\n\n**N：**\n\n请允许我介绍一下自己，我叫 Nadiem Makarim，我现在是部长。\n\n**Elon Musk：**\n\n很好。\n\n**N：**\n\n谢谢。",
		expected: [{ speaker: "Elon Musk" }, { speaker: "Nadiem Makarim", speakerRaw: "N" }, { speaker: "Elon Musk" }, { speaker: "Nadiem Makarim" }],
	},
	{
		name: "a first name stands for the full name its own turn introduces (`Ben: … I'm Ben Gilbert.`), though the note writes another Ben",
		note: "Ben: Welcome to Acquired. I’m Ben Gilbert.\n\nDavid: I’m David Rosenthal.\n\nBen: As Ben Thompson wrote, aggregators win.\n\nDavid: Ben Thompson again.",
		expected: [
			{ speaker: "Ben Gilbert", speakerRaw: "Ben", inferred: "note-name" },
			{ speaker: "David Rosenthal" },
			{ speaker: "Ben Gilbert" },
			{ speaker: "David Rosenthal" },
		],
	},
	{
		name: "`Us:` in a family's quiz of their child is the parents, nobody named; `Mireille:` is the child",
		note: "Us: What color are you?\n\nMireille: Black\n\nUs: What color is Quinton?\n\nMireille: Him black",
		expected: [{ speaker: null, speakerRaw: "Us" }, { speaker: "Mireille" }, { speaker: null }, { speaker: "Mireille" }],
	},
	{
		name: "a first name stands for the full name the post's standfirst writes (`subtitle: Tim Arbabzadah asks…`); a sentence's first word is no part of a name",
		note: "---\nsubtitle: Tim Arbabzadah goes on pun overload as he asks Chris Addison about everything\ndescription: Meeting Ada Brook was fun.\n---\nTim: First off, welcome.\n\nChris Addison: Thanks.\n\nTim: And Ada?\n\nChris Addison: Fine.\n\nAda: Hello.\n\nAda: Bye.",
		expected: [{ speaker: "Tim Arbabzadah", speakerRaw: "Tim" }, { speaker: "Chris Addison" }, { speaker: "Tim Arbabzadah" }, { speaker: "Chris Addison" }, { speaker: "Ada Brook" }, { speaker: "Ada Brook" }],
	},
	{
		name: "a first name stands for the full name a summary in the frontmatter writes, folded over two lines (`summary: >-`, an episode page's)",
		note: "---\ntitle: Bonus round - Transcript\nsummary: >-\n  The podcast features hosts Jon Kohlmeier and Stan\n  Lemon discussing their favorite pies.\n---\nJon: Welcome back.\n\nStan: Pie time.\n\nJon: Indeed.\n\nStan: Rhubarb.",
		expected: [{ speaker: "Jon Kohlmeier", speakerRaw: "Jon" }, { speaker: "Stan Lemon", speakerRaw: "Stan" }, { speaker: "Jon Kohlmeier" }, { speaker: "Stan Lemon" }],
	},
	{
		name: "a first name stands for the full name a blog's tags write (`tags: [Jimmy Kimmel, Psy]`); a one-word tag or a topic is none",
		note: "---\ntags:\n    - Jimmy Kimmel\n    - Psy\n    - english-study\n---\n**Jimmy** : Welcome.\n\n**Psy** : Thank you.\n\n**Jimmy** : Gangnam Style?\n\n**Psy** : Yes, of course.",
		expected: [{ speaker: "Jimmy Kimmel", speakerRaw: "Jimmy" }, { speaker: "Psy" }, { speaker: "Jimmy Kimmel" }, { speaker: "Psy" }],
	},
	{
		name: "under a `### Q&A` heading, first names that ask or answer once each are turns; a topic's label or a label elsewhere is none",
		note: "Pros: cheap.\n\nCons: slow.\n\n### Q&A\n\nIker: The preso is quite clear.\nFastDDS does not yet support pkcs.\n\nRuffin: Would the certificates be in-band?\n\nConsciousness: what it is, briefly.",
		expected: [
			{ speaker: "Iker", line: 7, endLine: 8, text: "The preso is quite clear.\nFastDDS does not yet support pkcs." },
			{ speaker: "Ruffin", line: 10 },
		],
	},
	{
		name: "a first name and a surname's initial without its full stop (`Brian S:`) is the one attendee with that name and initial",
		note: "# 5/20/21\n\n### Members at this Meeting\n- Brian Seo\n- Brian Kim\n- Aman Patel\n\n## What did you do yesterday?\n- Brian S: Added the theme page\n- Aman: Fixed the build\n\n## What will you do today?\n- Brian S: Styled the video\n- Aman: Reviewed two PRs",
		expected: [{ speaker: "Brian Seo", speakerRaw: "Brian S" }, { speaker: "Aman Patel" }, { speaker: "Brian Seo" }, { speaker: "Aman Patel" }],
	},
	// zmzm/obsidian-vaults: Transistor's transcript, each linked time with its title, chapter titles between turns.
	{
		name: "a linked time with the link's title (`[[00:00:23](#t=0h0m23s \"Jump to…\")] Mark:`); a time alone goes on the turn, but a chapter title after one is no words",
		note: "[[00:00:00](#t=0h0m0s \"Jump to 00:00:00 in this episode\")] Carl: Hello everyone.\n\n[[00:00:23](#t=0h0m23s \"Jump to 00:00:23 in this episode\")] Mark: Hi, I'm Mark.\n\n[[00:00:42](#t=0h0m42s \"Jump to 00:00:42 in this episode\")] Terrifyingly so.\n\n[[00:00:46](#t=0h0m46s \"Jump to 00:00:46 in this episode\")] New releases\n\n---\n\n[[00:00:47](#t=0h0m47s \"Jump to 00:00:47 in this episode\")] Carl: Let's start.",
		expected: [
			{ line: 1, speaker: "Carl", timestamp: "00:00:00", text: "Hello everyone." },
			{ line: 3, speaker: "Mark", timestamp: "00:00:23" },
			{ line: 5, speaker: "Mark", text: "Terrifyingly so." },
			{ line: 11, speaker: "Carl", text: "Let's start." },
		],
	},
	{
		name: "a time in brackets as a link's text (`[[3:09]](url) **Bob:**`), the words on the line or below it; the linked time and the name in one bold",
		note: "[[3:09]](https://www.youtube.com/watch?v=x&t=189s) **Bob:** Welcome everyone.\n\n[[4:25]](https://www.youtube.com/watch?v=x&t=265s) **Taylor:** Hello, everybody.\n\n[[4:47]](https://www.youtube.com/watch?v=x&t=287s) **Bob:**\nSo, Taylor, where are you from?\n\n**[[5:02]](https://www.youtube.com/watch?v=x&t=302s) Taylor Gerring:** South Florida.\n\n**[[5:40]](https://www.youtube.com/watch?v=x&t=340s) Bob Summerwill**: Nice.",
		expected: [
			{ speaker: "Bob Summerwill", speakerRaw: "Bob", timestamp: "3:09", text: "Welcome everyone." },
			{ speaker: "Taylor Gerring", timestamp: "4:25" },
			{ speaker: "Bob Summerwill", timestamp: "4:47", text: "So, Taylor, where are you from?" },
			{ speaker: "Taylor Gerring", timestamp: "5:02", text: "South Florida." },
			{ speaker: "Bob Summerwill", timestamp: "5:40", text: "Nice." },
		],
	},
	{
		name: "an empty anchor before a heading (`<a name=\"ujsag\"></a>`) hides nothing below it: the turns after it count",
		note: '<a name="ujsag"></a>\n## Újság\nAlvás az ágyban.\n> Petra: Mi újság, apa?\n\n<a name="bor"></a>\n## Bor\n> Petra: Akarok nekem is félrebort.',
		expected: [
			{ line: 4, speaker: "Petra", text: "Mi újság, apa?" },
			{ line: 8, speaker: "Petra" },
		],
	},
	{
		name: "a chapter list's `[00:00:35] Meet Beka: …` and `Introduction` are no voices; `My full name is Bereket Engida` in Beka's own turn names her",
		note: "## Chapters\n\n[00:00:00] Introduction\n[00:00:35] Meet Beka: The Creator of Better-Auth\n\n## [00:00:00] Introduction\n\n[00:00:30] **Andrew:** Hello, welcome to the show.\n\n[00:00:35] **Beka:** Yeah. So I'm Beka. My full name is Bereket Engida.\n\n[00:01:00] **Andrew:** Great to have you.\n\n[00:01:10] **Beka:** Thanks for having me.",
		expected: [
			{ line: 8, speaker: "Andrew" },
			{ line: 10, speaker: "Bereket Engida", speakerRaw: "Beka" },
			{ line: 12, speaker: "Andrew" },
			{ line: 14, speaker: "Bereket Engida" },
		],
	},
	{
		name: "a Space's transcript: each account's handle alone on its line over its words, named by the guest list's links (`[Croncat (Trevor)](…/croncats)`); a handle without words below is none",
		note: "# Fireside chat\n  - Guests: [Croncat (Trevor)](https://twitter.com/croncats), [ekez](https://twitter.com/ekez___)\n  - Host: [Neta DAO](https://twitter.com/neta_dao)\n\n## Transcript\n\n[@Neta_DAO](https://twitter.com/neta_dao)  \nSo, people, this is being recorded.\n\n@croncats  \nYeah, so Croncat is the automation layer.\n\n@Neta_DAO  \nWhat were you building before?\n\n@croncats  \nA really dumb game.\n\n@ekez___  \nI agree.\n\n@ekez___  \nIBC changed it.\n\nFollow @someone\n\n@nobody",
		expected: [
			{ line: 7, speaker: "Neta DAO", text: "So, people, this is being recorded." },
			{ line: 10, speaker: "Trevor" },
			{ line: 13, speaker: "Neta DAO" },
			{ line: 16, speaker: "Trevor" },
			{ line: 19, speaker: "ekez" },
			{ line: 22, speaker: "ekez" },
		],
	},
	{
		name: "Microsoft Teams' labels (`Michael Greene (POWERSHELL) 0 minutes 5 seconds`), the words below after a blank line; a sentence ending in seconds is none",
		note: "October 16, 2025\n\nMichael Greene (POWERSHELL) 0 minutes 5 seconds\n\nOK, our recording has started.\n\nSteven Bucher 1 minute 27 seconds\n\nYeah, thanks, Michael.\n\nMichael Greene (POWERSHELL) 1 hour 2 minutes 1 second\n\nThanks, Steven.\n\nSteven Bucher 1 hour 3 minutes 10 seconds\n\nBye.\n\nWe waited for 30 seconds",
		expected: [
			{ line: 3, speaker: "Michael Greene", timestamp: "0:05", text: "OK, our recording has started." },
			{ line: 7, speaker: "Steven Bucher", timestamp: "1:27" },
			{ line: 11, speaker: "Michael Greene", timestamp: "1:02:01" },
			{ line: 15, speaker: "Steven Bucher", timestamp: "1:03:10" },
		],
	},
	{
		name: "a play's abbreviated labels stand for the one longer label whose letters they take (`ST.:` STOUT CROW, `SL.:` SLENDER CROW)",
		note: "STOUT CROW: the city lives.\n\nSLENDER CROW: it does.\n\nST.: but it lives.\n\nSL.: the sun rises.\n\nST.: We go.",
		expected: [{ speaker: "STOUT CROW" }, { speaker: "SLENDER CROW" }, { speaker: "STOUT CROW", text: "but it lives." }, { speaker: "SLENDER CROW" }, { speaker: "STOUT CROW" }],
	},
	{
		name: "an abbreviation two labels could stand for stays as written (`SC.:` beside STOUT CROW and SLENDER CROW)",
		note: "STOUT CROW: one.\n\nSLENDER CROW: two.\n\nSC.: three.\n\nSC.: four.\n\nSTOUT CROW: five.\n\nSLENDER CROW: six.",
		expected: [{ speaker: "STOUT CROW" }, { speaker: "SLENDER CROW" }, { speaker: "SC.", text: "three." }, { speaker: "SC." }, { speaker: "STOUT CROW", text: "five." }, { speaker: "SLENDER CROW" }],
	},
	{
		name: "a full name in bold alone on its line, the words on the very next line (`**Pooja Ranjan**` then her words)",
		note: "## 3. Events\n\n**Pooja Ranjan**\nWelcome to the meeting. This is Pooja.\n\n**William Schwab**\nNo specific thoughts. Sounds good.\n\n**Pooja Ranjan**\nGreat, moving on.\n\n**William Schwab**\nAgreed.",
		expected: [{ line: 3, endLine: 4, speaker: "Pooja Ranjan", text: "Welcome to the meeting. This is Pooja." }, { speaker: "William Schwab" }, { speaker: "Pooja Ranjan" }, { speaker: "William Schwab" }],
	},	{
		name: "one word in bold alone on its line under a heading that names a transcript (`### **TRANSCRIPT**` then `**Sam**`); a glossary's bold terms above it are no voices",
		note: "### Vocabulary\n\n**crowd**\na large group of people\n\n**Gullible**\neasily tricked\n\n### **TRANSCRIPT**\n\n**Sam**\nHello. This is 6 Minute English.\n\n**Neil**\nAnd I'm Neil.\n\n**Sam**\nThere was a huge crowd.\n\n**Neil**\nReally?",
		expected: [{ line: 11, endLine: 12, speaker: "Sam", text: "Hello. This is 6 Minute English." }, { speaker: "Neil" }, { speaker: "Sam" }, { speaker: "Neil" }],
	},

	{
		name: "a bold name and a hard break, the closing marks moved onto the words' line (`**Joel Goodman  ` then `**I was…`)",
		note: "## Transcript\n\n**Joel Goodman  \n**I was so pro-conference forever.\n\n**Jon Stansel  \n**Yeah, and full disclosure.\n\n**Joel Goodman\\\n**Here is a question.\n\n**Jon Stansel  \n**Sure.",
		expected: [{ line: 3, endLine: 4, speaker: "Joel Goodman", text: "I was so pro-conference forever." }, { speaker: "Jon Stansel", text: "Yeah, and full disclosure." }, { speaker: "Joel Goodman" }, { speaker: "Jon Stansel" }],
	},
	{
		name: "a bold name closed on its own line keeps the bold its words open with",
		note: "## Transcript\n\n**Joel Goodman**\n**Intro** and then words.\n\n**Jon Stansel**\n**Setup** and more.\n\n**Joel Goodman**\n**Outro** then it ends.\n\n**Jon Stansel**\n**Bye** to all.",
		expected: [{ line: 3, speaker: "Joel Goodman", text: "**Intro** and then words." }, { speaker: "Jon Stansel" }, { speaker: "Joel Goodman" }, { speaker: "Jon Stansel" }],
	},
	{
		name: "bold titles over a blank line or a blockquote are no labels (`**Active Recall**`, `**Ada Brook**` then `> …`)",
		note: "**Active Recall**\n\nA note on recall.\n\n**Deep Practice**\n\nMore prose.\n\n**Ada Brook**\n> One.\n\n**Ben Cole**\n> Two.\n\n**Ada Brook**\n> Three.",
		expected: [{ kind: "blockquote", text: "One." }, { kind: "blockquote", text: "Two." }, { kind: "blockquote", text: "Three." }],
	},
	{
		name: "an Indonesian greeting is no part of a name (`Hai Imre, kabar baik` makes no Hai Imre of `[Imre]`)",
		note: "[Imre]\nHalo Bok, apa kabar?\n\n[Bok]\nHai Imre, kabar baik.\n\n[Imre]\nMantap.\n\n[Bok]\nTerima kasih.",
		expected: [{ speaker: "Imre", speakerRaw: "Imre" }, { speakerRaw: "Bok" }, { speaker: "Imre" }, { speakerRaw: "Bok" }],
	},
	{
		name: "a speaker takes the one fuller form the note writes, initials and suffix included (`Juanita H. Webster`, `W. Lee Johnson Jr.`)",
		note: "Interviewer: W. Lee Johnson Jr.\n\nJuanita H. Webster died in 2002.\n\n**LJ:** This is Lee Johnson. I'm at the house of Juanita Webster.\n\n**JW:** Juanita Webster is my name.\n\n**LJ:** Thank you.\n\n**JW:** You're welcome.",
		expected: [
			{ speaker: "W. Lee Johnson Jr.", speakerRaw: "LJ" },
			{ speaker: "Juanita H. Webster", speakerRaw: "JW" },
			{ speaker: "W. Lee Johnson Jr." },
			{ speaker: "Juanita H. Webster" },
		],
	},
	{
		name: "two fuller forms of one name leave it as the labels resolve it (`Ann B. Lee` and `Ann C. Lee`)",
		note: "Ann B. Lee and Ann C. Lee are cousins.\n\n**Ann Lee:** Hello.\n\n**Bo Chan:** Hi.\n\n**Ann Lee:** Bye.\n\n**Bo Chan:** Bye.",
		expected: [{ speaker: "Ann Lee" }, { speaker: "Bo Chan" }, { speaker: "Ann Lee" }, { speaker: "Bo Chan" }],
	},
	{
		name: "German prose capitalises nouns: `mit Fotos Käthe Klausch` names Käthe Klausch, `ihr Mann Friedrich` no Mann Friedrich, `Käthes Vater` no Käthe",
		note: "Es sitzen um einen Tisch mit Fotos Käthe Klausch, ihr Mann Friedrich und Susanne.\n\nDer sieht ja wiederum Susannes Opa ähnlich.\n\nWas hat Käthes Vater gemacht?\n\n**Käthe:** Das kann man ja machen.\n\n**Friedrich:** Ja.\n\n**Susanne:** Der sieht Susannes Opa ähnlich.\n\n**Käthe:** Nein.\n\n**Friedrich:** Doch.\n\n**Susanne:** Gut.",
		expected: [
			{ speaker: "Käthe Klausch", speakerRaw: "Käthe", inferred: "note-name" },
			{ speaker: "Friedrich" },
			{ speaker: "Susanne" },
			{ speaker: "Käthe Klausch" },
			{ speaker: "Friedrich" },
			{ speaker: "Susanne" },
		],
	},
	{
		name: "initials stand for the name the text writes, a possessive without its apostrophe being the same name (`Kanye Wests’ CD player`)",
		note: "We caught up with Kanye West last night.\n\n**BKyle:** What is in Kanye Wests’ CD player?\n\n**KW:** EPMD, MC Hammer.\n\n**BKyle:** More?\n\n**KW:** For the most part.",
		expected: [{ speaker: "BKyle" }, { speaker: "Kanye West", speakerRaw: "KW", inferred: "note-name" }, { speaker: "BKyle" }, { speaker: "Kanye West" }],
	},
	{
		name: "Granola's headings: `### You (2025-09-24T15:42:30.058Z)` and `### Guest (…)` are turns, their voices nobody's names",
		note: "# Transcript for: Team catch-up\n\n### You (2025-09-24T15:42:30.058Z)\n\nThe only people using that will be brokers.\n\n### Guest (2025-09-24T15:57:32.055Z)\n\nNo.\n\n### You (2025-09-24T15:57:35.658Z)\n\nSo. That.\n\n### Guest (2025-09-24T16:02:43.575Z)\n\nNot really.",
		expected: [{ kind: "turn", speaker: null, speakerRaw: "You", timestamp: "15:42:30", text: "The only people using that will be brokers." }, { speaker: null, speakerRaw: "Guest" }, { speaker: null }, { speaker: null, text: "Not really." }],
	},
	{
		name: "a dinner conversation between roles (`**Economist:**`, `**Physicist:**`) under a title that writes them with adjectives: nobody's names",
		note: "---\ntitle: Exponential Economist Meets Finite Physicist\n---\n\n**Physicist:** Hi, I'm Tom.\n\n**Economist:** Growth can go on forever.\n\n**Physicist:** Energy says no.\n\n**Economist:** Efficiency!",
		expected: [{ speaker: null, speakerRaw: "Physicist" }, { speaker: null, speakerRaw: "Economist" }, { speaker: null }, { speaker: null }],
	},
	{
		name: "an anonymised research interview: roles named by a job (`### Systems Developer`) are voices but nobody's name",
		note: "### Interviewer\nWaarom dit model type?\n### Systems Developer\nDit wordt veel gebruikt.\n### Interviewer\nEn het verschil?\n### Systems Developer\nAh zo ja ja.",
		expected: [
			{ kind: "turn", speaker: null, speakerRaw: "Interviewer" },
			{ speaker: null, speakerRaw: "Systems Developer", text: "Dit wordt veel gebruikt." },
			{ speaker: null },
			{ speaker: null },
		],
	},
	{
		name: "a job interview's roles (`**Candidate**:`, `**面试官**：`, `**候选人**：`) are voices but nobody's name",
		note: "**Interviewer**: Tell me about yourself.\n\n**Candidate**: I studied physics.\n\n**面试官**：请介绍一下你自己。\n\n**候选人**：我学过物理。",
		expected: [
			{ kind: "turn", speaker: null, speakerRaw: "Interviewer" },
			{ speaker: null, speakerRaw: "Candidate", text: "I studied physics." },
			{ speaker: null, speakerRaw: "面试官" },
			{ speaker: null, speakerRaw: "候选人" },
		],
	},
	{
		name: "a training script's stage and its prompts (`**Visual:**`, `**Prompt:**`), a persona's `Profile:` and a repost's `发布时间：` are fields",
		note: "**Visual:** Emergency department, a stretcher.\n\n**Prompt:** Select actions:\n\n**Visual:** Patient room.\n\n**Prompt:** Choose one:\n\nProfile: Maya, 34, nurse.\n\n发布时间：2025年10月18日",
		expected: [],
	},
	// kaigaicareerlog (probe 462): an AssemblyAI transcript whose voices are lettered in order.
	{
		name: "voices lettered in order by a diarising tool (`**A**:`, `**B**:`, `**C**:`) are turns but nobody's names",
		note: "# Transcript\n\n" + ["A 始めていきましょう。", "B いきましょうか。", "A お願いします。", "B どうでしょう?", "C おっしゃる通りです。", "A 二人とも違いますね。", "C 間違いないです。", "A ルールが違う。", "B そこの違いですね。"].map((t, i) => `**${t[0]}** [0${i}:00]\n\n${t.slice(2)}`).join("\n\n"),
		expected: [
			{ kind: "turn", speaker: null, speakerRaw: "A", text: "始めていきましょう。" },
			{ speaker: null, speakerRaw: "B" },
			{ speaker: null, speakerRaw: "A" },
			{ speaker: null, speakerRaw: "B" },
			{ speaker: null, speakerRaw: "C" },
			{ speaker: null, speakerRaw: "A" },
			{ speaker: null, speakerRaw: "C" },
			{ speaker: null, speakerRaw: "A" },
			{ speaker: null, speakerRaw: "B" },
		],
	},
	{
		name: "lettered voices the note names keep their names (`A = Ada Brook`)",
		note: "Voices: A = Ada Brook, B = Ben Okri, C = Cy Twombly\n\n" + ["A Let us begin.", "B Thanks for having me.", "A Where were you?", "B In Lagos.", "C And I in Rome.", "A Both far away.", "C Indeed.", "A Shall we go on?", "B Yes."].map((t, i) => `**${t[0]}** [0${i}:00]\n\n${t.slice(2)}`).join("\n\n"),
		expected: [
			{ kind: "turn", speaker: "Ada Brook", speakerRaw: "A" },
			{ speaker: "Ben Okri", speakerRaw: "B" },
			{ speaker: "Ada Brook" },
			{ speaker: "Ben Okri" },
			{ speaker: "Cy Twombly", speakerRaw: "C" },
			{ speaker: "Ada Brook" },
			{ speaker: "Cy Twombly" },
			{ speaker: "Ada Brook" },
			{ speaker: "Ben Okri" },
		],
	},
	{
		name: "a role in bold then the words, no colon (`**Business Application Manager** Hm nou…`), where two such voices recur",
		note: "**Interviewer** Ja, oke. Volgende vraag.\n\n**Business Application Manager** Hm nou hoop ik wel.\n\n**Interviewer** Ja ja precies.\n\n**Business Application Manager** Dus je zegt, ja.",
		expected: [
			{ kind: "turn", speaker: null, speakerRaw: "Interviewer", text: "Ja, oke. Volgende vraag." },
			{ speaker: null, speakerRaw: "Business Application Manager" },
			{ speaker: null },
			{ speaker: null },
		],
	},
	{
		name: "a press conference's bold questions (`**Q: …?**`) beside initials, the journalist named first (`(Julien Billiotte – AutoHebdo)`)",
		note: "**Q: Toto, hunter? Hunted?**\n\n**TW:** Neither.\n\n**Q: (Julien Billiotte – AutoHebdo) What about the pit stop directive?**\n\n**ZB:** No comment.\n\n**Q: And you, Toto?**\n\n**TW:** Same.\n\n**ZB:** Yes.",
		expected: [
			{ kind: "turn", speaker: null, speakerRaw: "Q", text: "Toto, hunter? Hunted?" },
			{ speaker: "TW" },
			{ speaker: "Julien Billiotte", speakerRaw: "Julien Billiotte", text: "What about the pit stop directive?" },
			{ speaker: "ZB" },
			{ speaker: null, speakerRaw: "Q" },
			{ speaker: "TW" },
			{ speaker: "ZB" },
		],
	},
	{
		name: "an FAQ's bold questions with no named voices, and a design document's fields, are no turns",
		note: "**Q: Why Gemini over Sonnet?**\n\nIt is cheaper.\n\n**Q: Could this be done cheaper?**\n\nMaybe.\n\n**Responsibility:** Score 400 companies.\n\n**Purpose:** Handle large outputs.\n\n**Responsibility:** Rank them.",
		expected: [],
	},
	{
		name: "a page's HTML paragraphs with a plain label inside (`<p>Dean:  My voice…</p>`), stage directions between",
		note: "<p>Dean:  My voice...  Kinda whiney.</p>\n<p>(laughter from Naomi)</p>\n<p>Interviewer:  It's a wild voice.</p>\n<p>Dean:  Well, thank you.</p>\n<p>Interviewer:  You've got guts.</p>",
		expected: [
			{ kind: "turn", speaker: "Dean", line: 1, text: "My voice...  Kinda whiney." },
			{ speaker: null, speakerRaw: "Interviewer", line: 3 },
			{ speaker: "Dean", text: "Well, thank you." },
			{ speaker: null },
		],
	},
	{
		name: "a bold first name then the words, no colon (`**Jeremy** Mmm.`), where two such voices recur; prose about someone in bold is none",
		note: "**Jeremy** Today I'm talking with Cassidy.\n\n**Cassidy** Hi, thanks for having me.\n\n**Jeremy** Mmm. For sure.\n\n**Cassidy** Oh, that is a good question.\n\n**Irving Kahn** of Kahn Investments lived till 108.",
		expected: [{ kind: "turn", speaker: "Jeremy", text: "Today I'm talking with Cassidy." }, { speaker: "Cassidy" }, { speaker: "Jeremy" }, { speaker: "Cassidy", line: 7 }],
	},
	{
		name: "a Japanese panel's surnames (`比戸:`) are the full names the text writes before an honorific or a self-introduction",
		note: "- 技師長の比戸将平氏\n- プロジェクトマネージャーの田中邦裕氏\n\n比戸: はい、比戸将平と申します。\n\n田中: よろしくお願いします。\n\n比戸: そうですね。\n\n田中: はい。",
		expected: [{ speaker: "比戸将平", speakerRaw: "比戸" }, { speaker: "田中邦裕" }, { speaker: "比戸将平" }, { speaker: "田中邦裕" }],
	},
	{
		name: "a Chinese interview's `**问**：` and `**答**：` are nobody's names",
		note: "**问**：当时他承认了吗？\n\n**答**：没有。\n\n**问**：后来呢？\n\n**答**：他调走了。",
		expected: [{ speaker: null, speakerRaw: "问" }, { speaker: null, speakerRaw: "答" }, { speaker: null }, { speaker: null }],
	},
	{
		name: "a bilingual export's bold name, no-break spaces, a time, the name translated and the time again, the words below; a company in brackets is no part of the name",
		note: "**Erik Qualman**\u00a0 02:33\u00a0 埃里克-夸尔曼 02:33\n\nWell, thanks for having me.\n\n**Aydin Mirzaee (Fellow.app)**\u00a0 02:38  \n\nSo tell us.\n\n**Erik Qualman**\u00a0 03:10\u00a0 埃里克-夸尔曼 03:10\n\nSure.\n\n**Aydin Mirzaee (Fellow.app)**\u00a0 03:40  \n\nGreat.",
		expected: [
			{ kind: "turn", speaker: "Erik Qualman", timestamp: "02:33", text: "Well, thanks for having me." },
			{ speaker: "Aydin Mirzaee", timestamp: "02:38" },
			{ speaker: "Erik Qualman" },
			{ speaker: "Aydin Mirzaee" },
		],
	},
	{
		name: "a cleaned-up Chinese transcript's voice and what it does in brackets (`（Shay提问）`, `（汉阳自我介绍）`); a topic in brackets is none",
		note: "（Shay开场）今天很荣幸请来了汉阳。\n\n（汉阳自我介绍）大家好，我是汉阳。\n\n（Shay最后提问）最近大模型很火？\n\n（汉阳补充关于安全感）抛开大模型不谈。\n\n（关于文明传承的讨论）文明需要传承。",
		expected: [
			{ kind: "turn", speaker: "Shay", text: "今天很荣幸请来了汉阳。" },
			{ speaker: "汉阳", text: "大家好，我是汉阳。" },
			{ speaker: "Shay" },
			{ speaker: "汉阳", endLine: 9 },
		],
	},
	{ name: "a word in bold opening a paragraph is emphasis, not a voice", note: "**Important** Ship it on time.\n\n**Note** It works.\n\n**Important** Again.", expected: [] },
	{
		name: "an initial with the name in brackets (`**K (Kiki)**:`) lets the initial alone stand for her; `Aku Galuh` is Galuh giving her name",
		note: "**K (Kiki)**: Halo semua. Kiki dan Galuh di sini.\n\n**G (Galuh)**: Halo, aku Galuh.\n\n**K:** Ini pertama kalinya.\n\n**G:** Iya.",
		expected: [
			{ speaker: "Kiki", speakerRaw: "Kiki" },
			{ speaker: "Galuh" },
			{ speaker: "Kiki", text: "Ini pertama kalinya." },
			{ speaker: "Galuh", text: "Iya." },
		],
	},
	{
		name: "a meeting's attendee list gives the initials their people (`Alex Russell (AR)`), over a namesake with the same initials",
		note: "# Meeting Notes\n\nAlex Russell (AR), Luke Hoban (LH), Andreas Rossberg\n\n## Promises\n\nAR: Continuing.\n\nLH: Fine.\n\nAR: Yes.\n\nLH: Ok.",
		expected: [{ speaker: "Alex Russell", speakerRaw: "AR" }, { speaker: "Luke Hoban" }, { speaker: "Alex Russell" }, { speaker: "Luke Hoban" }],
	},
	// NotYuSheng/MeetMemo's transcripts, and a YouTube transcript pipeline's `**0:52** · Name:` (Ryder-MHumble).
	{
		name: "`**Ryan Wong** *(15.12s - 19.04s)*:` (a segment's span in seconds) and `**0:52** · Keyu Jin:` (a bold time, a dot, the name)",
		note: "**Ryan Wong** *(15.12s - 19.04s)*: Moderating today will be Geraldine.\n\n**Geraldine Woluk-Adami** *(75.00s - 80.10s)*: Thank you.\n\n**Ryan Wong** *(3725.2s - 3730.0s)*: Welcome.\n\n**0:52** · Keyu Jin: The biggest misunderstanding is this.\n\n**1:37** · Lex Fridman: Why?\n\n**2:05** · Keyu Jin: Because.",
		expected: [
			{ speaker: "Ryan Wong", timestamp: "0:15", text: "Moderating today will be Geraldine." },
			{ speaker: "Geraldine Woluk-Adami", timestamp: "1:15" },
			{ speaker: "Ryan Wong", timestamp: "1:02:05" },
			{ speaker: "Keyu Jin", timestamp: "0:52", text: "The biggest misunderstanding is this." },
			{ speaker: "Lex Fridman", timestamp: "1:37" },
			{ speaker: "Keyu Jin", timestamp: "2:05" },
		],
	},
	// clarejordan/Conversational-Design-Portfolio, takaresearch/index, jcf44/language-tutor: roles of a sample dialogue.
	{
		name: "a sample dialogue's roles (`**User:**`, `**Assistant:**`, `**Patient:**`, `**Pharmacien:**`) are turns of nobody named",
		note: "**User:** I feel anxious.\n\n**Assistant:** Tell me more.\n\n**User:** It is work.\n\n**Assistant:** I see.\n\n**Patient:** It hurts.\n\n**Pharmacien:** Depuis quand ?\n\n**Patient:** Since Monday.\n\n**Pharmacien:** D'accord.",
		expected: [
			{ speaker: null, speakerRaw: "User" },
			{ speaker: null, speakerRaw: "Assistant" },
			{ speaker: null },
			{ speaker: null },
			{ speaker: null, speakerRaw: "Patient" },
			{ speaker: null, speakerRaw: "Pharmacien" },
			{ speaker: null },
			{ speaker: null },
		],
	},
	// openui/open-ui, w3c/wot: a scribe's minutes, lower-case nicks whose words go on after `...`, named in full above.
	{
		name: "a scribe's minutes: lower-case nicks go on with `...`; a nick that runs a listed name together, or its initials, is that person",
		note: "### Attendees\n\n* Greg Whitworth, SalesForce\n* Emilio Cobos Alvarez, Mozilla\n* Dave_Raggett\n\n## Notes\n\ngregwhitworth: This is about a file input\n... we should build something standard\n\nemilio: It started in the CSSWG\n... people said it makes sense\n\ndr: I made a PR\n\ngregwhitworth: Thanks\n\nemilio: Sure\n\ndr: Done",
		expected: [
			{ line: 9, endLine: 10, speaker: "Greg Whitworth", speakerRaw: "gregwhitworth" },
			{ line: 12, endLine: 13, speaker: "Emilio Cobos Alvarez" },
			{ line: 15, speaker: "Dave Raggett" },
			{ line: 17, speaker: "Greg Whitworth" },
			{ line: 19, speaker: "Emilio Cobos Alvarez" },
			{ line: 21, speaker: "Dave Raggett" },
		],
	},
	{
		name: "lower-case labels with no scribe's `...` and no named voice beside them are no turns (`todo: …`, `note: …`)",
		note: "## Notes\n\ntodo: write the docs\n\nnote: ask Bob\n\ntodo: ship it\n\nnote: done",
		expected: [],
	},
	// unicode-org/message-format-wg: the attendee list puts the organisation between name and initials.
	{
		name: "an attendee list `- Eemeli Aro - Mozilla (EAO)` gives initials spelled out in order; `(XYZ)` that are not are no one's",
		note: "# Teleconference\n\n### Attendees\n- Addison Phillips - Unicode (APP) - chair\n- Eemeli Aro - Mozilla (EAO)\n- Mark Davis - Google (XYZ)\n\n## Topic\n\nAPP: The README is updated.\n\nEAO: Good.\n\nXYZ: Fine.\n\nAPP: Merging.\n\nEAO: Ok.\n\nXYZ: Sure.",
		expected: [{ speaker: "Addison Phillips", speakerRaw: "APP" }, { speaker: "Eemeli Aro" }, { speaker: "XYZ" }, { speaker: "Addison Phillips" }, { speaker: "Eemeli Aro" }, { speaker: "XYZ" }],
	},
	{
		name: "a president's morning conference: `PRESIDENTE` before the full name, `INTERLOCUTOR` nobody",
		note: "**PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR:** Buenos días.\n\n**INTERLOCUTOR:** Presidente, una pregunta.\n\n**PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR:** Sí.\n\n**INTERLOCUTOR:** Gracias.",
		expected: [{ speaker: "Andrés Manuel López Obrador", inferred: "note-name" }, { speaker: null, speakerRaw: "INTERLOCUTOR" }, { speaker: "Andrés Manuel López Obrador" }, { speaker: null }],
	},
	{
		name: "labels in capitals are the full names a statement writes in capitals (`MEL CHUA hereby transfers…`)",
		note: "# Copyright transfer statement\n\nMEL CHUA hereby transfers to JACKIE KAZIL all rights.\n\n# Transcript\n\nMEL: Are we ready?\n\nJACKIE: Yeah.\n\nMEL: Okeydoke. First question.\n\nJACKIE: Sure. I sit on the board.",
		expected: [{ speaker: "Mel Chua", speakerRaw: "MEL" }, { speaker: "Jackie Kazil", speakerRaw: "JACKIE" }, { speaker: "Mel Chua" }, { speaker: "Jackie Kazil" }],
	},
	{
		name: "`**Interviewer (Simon Erickson):**` names who holds the role this time; a bare `**Interviewer:**` later stays nobody's",
		note: "**Interviewer (Simon Erickson):** Welcome, Peter.\n\n**Peter Beck:** Thanks.\n\n**Interviewer:** And Neutron?\n\n**Peter Beck:** Soon.\n\n**Interviewer:** And Electron?\n\n**Peter Beck:** Flying.",
		expected: [{ speaker: "Simon Erickson" }, { speaker: "Peter Beck" }, { speaker: null, speakerRaw: "Interviewer" }, { speaker: "Peter Beck" }, { speaker: null }, { speaker: "Peter Beck" }],
	},
	{
		name: "a heading holding only a time (`### (11:05)`) goes on with the voice of the heading turn before it",
		note: "### Peter Beck (00:40)\n\nThanks, everyone.\n\n### (11:05)\n\nNeutron is on track.\n\n### Adam Spice (21:15)\n\nRevenue was a record.\n\n### Peter Beck (30:00)\n\nGreat.\n\n### Adam Spice (31:00)\n\nYes.",
		expected: [{ speaker: "Peter Beck", line: 1 }, { speaker: "Peter Beck", line: 5, inferred: "turn-continuation" }, { speaker: "Adam Spice" }, { speaker: "Peter Beck" }, { speaker: "Adam Spice" }],
	},
	{
		name: "a panel's `**Panelists:**` list, wrapped over two lines, gives the initials its notes use (MO, CV, JR); the list is no turn",
		note: "## Class struggle in SF\n\n**Panelists:** Malka Older, Catherynne M. Valente, T.X. Watson (moderator), Carlos\nHernandez, Julia Rios\n\nMO: Stories shape the world.\n\nCV: We want to live in a world where someone saves the day.\n\nJR: My father is from Mexico.\n\nMO: Yes.\n\nCV: Quite.\n\nJR: Indeed.",
		expected: [{ speaker: "Malka Older", speakerRaw: "MO", line: 6 }, { speaker: "Catherynne M. Valente" }, { speaker: "Julia Rios" }, { speaker: "Malka Older" }, { speaker: "Catherynne M. Valente" }, { speaker: "Julia Rios" }],
	},
	{
		name: "where a reader comes from, in brackets after the label (`Valerie G (Secaucus, NJ):`), is no part of the name",
		note: "Interviewer: Who did you attend with?\n\nValerie G (Secaucus, NJ): My friend Marilyn.\n\nDenise N (Rockville, MD): Seven readers.\n\nInterviewer: Your favorite part?\n\nValerie G (Secaucus, NJ): The authors.\n\nDenise N (Rockville, MD): The food.",
		expected: [{ speaker: null }, { speaker: "Valerie G", text: "My friend Marilyn." }, { speaker: "Denise N" }, { speaker: null }, { speaker: "Valerie G" }, { speaker: "Denise N" }],
	},
	{
		name: "a sermon outline's `**Focus:**` and `**Scripture:**` lines are fields, no voices",
		note: "### Week 1\n\n**Focus:** Being born again\n\n**Scripture:** John 3:3\n\n### Week 2\n\n**Focus:** New life\n\n**Scripture:** 2 Corinthians 5:17",
		expected: [],
	},
	{
		name: "a time alone, then a one-word name, then words in lower case (`05:31.64`, `Jon`, `so`): a turn, not a sentence wrapped after its first word",
		note: "00:51.28\nStan Lemon\nAll right, so pie.\n\n00:54.78\nJon\nright You eat the turkey once a year.\n\n00:56.37\nStan Lemon\nDo you like pie?\n\n00:57.78\nJon\nokay",
		expected: [{ speaker: "Stan Lemon" }, { speaker: "Jon", line: 6, text: "right You eat the turkey once a year." }, { speaker: "Stan Lemon" }, { speaker: "Jon", line: 14, text: "okay" }],
	},
	{
		name: "an editor's timecode line (`00:00:24:00 - 00:00:34:09`), then the name alone, then the words with no blank line between",
		note: "00:00:24:00 - 00:00:34:09\nStefan\nAnd we're live. Jens, how are you?\n\n00:00:34:12 - 00:00:39:12\nJens\nWith the words of Sergei. It's okay.\n\n00:00:39:15 - 00:00:45:16\nStefan\nSergei is one of our founding engineers.\n\n00:00:45:20 - 00:00:50:01\nJens\nRight.",
		expected: [{ speaker: "Stefan", line: 2, text: "And we're live. Jens, how are you?" }, { speaker: "Jens", line: 6 }, { speaker: "Stefan" }, { speaker: "Jens" }],
	},
	{
		name: "names in italics with their colon (`*Maurice:*`) are labels; hosts introducing a guest before the guest first speaks name that guest, however many turns the introduction takes",
		note: "*Maurice:* Welkom bij UB2030. Ik ben Maurice Vanderfeesten.\n\n*David:* En ik ben David Oldenhof.\n\n*Maurice:* Wat is er nodig?\n\n*David:* Dit bespreken we met Sander Bos.\n\n*Maurice:* En Ludo Waltman, adjunct-directeur van CWTS.\n\n*David:* Ludo, wat is open science?\n\n*Ludo:* Ja, ik weet het niet.\n\n*David:* Dank je.\n\n*Ludo:* Graag gedaan.",
		expected: [{ speaker: "Maurice Vanderfeesten" }, { speaker: "David Oldenhof" }, { speaker: "Maurice Vanderfeesten" }, { speaker: "David Oldenhof" }, { speaker: "Maurice Vanderfeesten" }, { speaker: "David Oldenhof" }, { speaker: "Ludo Waltman", speakerRaw: "Ludo" }, { speaker: "David Oldenhof" }, { speaker: "Ludo Waltman" }],
	},
	{
		name: "one full name's plain label opening five paragraphs is a voice alone (the host's labels lost); fewer stay prose",
		note: "John Liu: The camps movement started in 2017.\n\nJohn Liu: Giant projects take so long.\n\nJohn Liu: There are various ways to join.\n\nJohn Liu: Should I move into the sun?\n\nJohn Liu: There can be camps everywhere.",
		expected: [{ speaker: "John Liu" }, { speaker: "John Liu" }, { speaker: "John Liu" }, { speaker: "John Liu" }, { speaker: "John Liu" }],
	},
	{ name: "one full name's plain label opening four paragraphs is no voice yet", note: "John Liu: One.\n\nJohn Liu: Two.\n\nJohn Liu: Three.\n\nJohn Liu: Four.", expected: [] },
	{
		name: "an Otter account's name with digits (`###### Alexandra933  0:07`) is the name; a host's id in the frontmatter (`alexandra`) is the full name the text gives",
		note: "---\nhosts: [alexandra]\n---\nWritten by Alexandra Moxin\n\n###### Alexandra933  0:07\nJoining me today is Katie.\n\n###### Katie  0:25\nThank you for having me.\n\n###### Alexandra933  0:36\nWhy self sovereignty?\n\n###### Katie  0:53\nThrough my lifestyle.",
		expected: [{ speaker: "Alexandra Moxin", speakerRaw: "Alexandra" }, { speaker: "Katie" }, { speaker: "Alexandra Moxin" }, { speaker: "Katie" }],
	},
	{
		name: "an earnings call's `### Operator` hands over: a turn, nobody's words",
		note: "### Operator\n\nOur next question comes from Bank of America.\n\n### Adam Spice\n\nThanks. Revenue was a record.\n\n### Operator\n\nThank you.\n\n### Adam Spice\n\nGood question.",
		expected: [{ speaker: null, speakerRaw: "Operator" }, { speaker: "Adam Spice" }, { speaker: null }, { speaker: "Adam Spice" }],
	},
	{
		name: "a Space's recap labels each voice `**Chris | Spheron**` alone on its line: the name, then whom it speaks for",
		note: "**Moderator:** [Chris Anatalio, Developer Advocate @ Spheron](https://twitter.com/x)\n\n## Sharding\n\n**Chris | Spheron**\n\nSo, a high-level overview first.\n\n**Sandipan | Shardeum**\n\nWe process in shards.\n\n**Chris | Spheron**\n\nWow.\n\n**Sandipan | Shardeum -  805630 to 909340 (in milliseconds)**\n\nYes.",
		expected: [{ kind: "turn", speakerRaw: "Chris", line: 5 }, { kind: "turn", speakerRaw: "Sandipan", line: 9 }, { kind: "turn", speakerRaw: "Chris" }, { kind: "turn", speakerRaw: "Sandipan" }],
	},
	{
		// The Monero Research Lab's logs: one message a line, the nick's angle brackets escaped so Markdown shows them.
		name: "an IRC log's nicks (`**\\<sarang>** …`, `\\<kenshamir[m]> …` bridged from Matrix); a transcription tool's `\\<laugh>` is no nick",
		note: "# Logs\n\n**\\<sarang>** Agenda: https://github.com/monero-project/meta/issues/388  \n**\\<suraeNoether>** good morning everyone  \n\\<kenshamir[m]> hi all  \n**\\<sarang>** GREETINGS  \n\\<kenshamir[m]> glad to be here  \n**\\<suraeNoether>** shall we begin?  \n\n\\<laugh> That was a good one.\n\n\\<laugh> Another.",
		expected: [
			{ line: 3, speaker: "sarang" },
			{ line: 4, speaker: "suraeNoether", text: "good morning everyone" },
			{ line: 5, speaker: "kenshamir" },
			{ line: 6, speaker: "sarang" },
			{ line: 7, speaker: "kenshamir" },
			{ line: 8, speaker: "suraeNoether" },
		],
	},
	{
		// As the KWUR page writes it, each label in a `<p>` of its own: an indented line right after a blank one is code.
		name: "HTML labels with attributes, and the space inside the element (`<strong style=…>KWUR: …?</strong>`, `<strong>ES: </strong>Absolutely`, `<p align=…><b>Jero:</b> …`)",
		note: "<div>\n  <p>\n    <strong style=\"line-height: 1.6em\">KWUR: Can you introduce everyone?</strong>\n  </p>\n\n  <p>\n    <strong>ES: </strong>Absolutely. I'm Erik.\n  </p>\n\n  <p>\n    <strong>KWUR: And the themes?</strong>\n  </p>\n\n  <p>\n    <strong style=\"line-height: 1.6em\">ES: </strong><span>Sinking.</span>\n  </p>\n</div>\n\n<p align=\"justify\"><b>Jero:</b> La historia es sencilla.</p>\n\n<p align=\"justify\"><b>Jero:</b> Fue en un concierto.</p>",
		expected: [{ speaker: "KWUR", text: "Can you introduce everyone?" }, { speaker: "ES", text: "Absolutely. I'm Erik." }, { speaker: "KWUR" }, { speaker: "ES" }, { speaker: "Jero", text: "La historia es sencilla." }, { speaker: "Jero" }],
	},
	{
		name: "an HTML bold question (`<strong>Q: …</strong>`) beside an HTML bold name with its colon outside (`<strong>Kobayashi</strong>: …`)",
		note: "# Interview with Akira Kobayashi\n\n<strong>Q: Tell us when your love of typography began.</strong>\n\n<strong>Kobayashi</strong>: In school.\n\n<strong>Q: So when did you start?</strong>\n\n<strong>Kobayashi</strong>: In 1994.\n\n<strong>Q: Is it a challenge?</strong>\n\n<strong>Kobayashi</strong>: No doubt.",
		expected: [{ speaker: null, text: "Tell us when your love of typography began." }, { speaker: "Akira Kobayashi" }, { speaker: null, text: "So when did you start?" }, { speaker: "Akira Kobayashi" }, { speaker: null }, { speaker: "Akira Kobayashi", text: "No doubt." }],
	},
	{
		name: "a name coloured inside the bold (`**<span style=…>Nadine</span>:**`)",
		note: '**Q: Where does it come from?**\n\n**<span style="color:#FF8000">Nadine</span>:** From school.\n\n**Q: And then?**\n\n**<span style="color:#FF8000">Nadine</span>:** Monotype.',
		expected: [{ speaker: null }, { speaker: "Nadine", text: "From school." }, { speaker: null }, { speaker: "Nadine", text: "Monotype." }],
	},
	{
		name: "a generated transcript's fixed outer label, then who speaks (`[NOVA]: [ALLOY]: …`)",
		note: "[NOVA]: [NOVA]: I am Nova.\n\n[NOVA]: [ALLOY]: And I am Alloy.\n\n[NOVA]: [NOVA]: Let us begin.\n\n[NOVA]: [ALLOY]: Five stories today.",
		expected: [{ speaker: "NOVA", text: "I am Nova." }, { speaker: "ALLOY", text: "And I am Alloy." }, { speaker: "NOVA" }, { speaker: "ALLOY" }],
	},
	{
		name: "a name and its words in one italic span (`*Kashkari: “…”*`) among the same voices' bold turns",
		note: "**Kai Ryssdal:** Scale of 1 to 10?\n\n**Neel Kashkari:** Seven.\n\n*Kashkari: “We are much more worried about high inflation.”*\n\n*Ryssdal: Monetary policy by fear, basically.*",
		expected: [{ speaker: "Kai Ryssdal" }, { speaker: "Neel Kashkari" }, { speaker: "Neel Kashkari", text: "“We are much more worried about high inflation.”" }, { speaker: "Kai Ryssdal", text: "Monetary policy by fear, basically." }],
	},
	{
		name: "an HTML bold label on the line after `<br>` inside `<details>` opens a turn",
		note: "<details>\n<summary>Transcript</summary>\n<br>\n<strong>Jay Barry:</strong> So let's dig right in.\n\n<strong>Mike Feroli:</strong> Thanks, Jay.<br>\n</details>\n\n## Next\n<details>\n<summary>Transcript</summary>\n<br>\n<strong>Jay Barry:</strong> And the Fed?\n\n<strong>Mike Feroli:</strong> A neutral stance.<br>\n</details>",
		expected: [{ speaker: "Jay Barry", line: 4 }, { speaker: "Mike Feroli", line: 6 }, { speaker: "Jay Barry", line: 13 }, { speaker: "Mike Feroli", line: 15 }],
	},
	// jbx-protocol/juice-docs-v2, mimblewimble/grin-pm: a DAO's town hall and a chat meeting's minutes labelled by handle.
	{
		name: "handles as labels: `**@jango:**` over its words, and top-level `- _antiochp:_ …` items of a chat meeting's minutes",
		note: "## Product\n**@jango:**\n\nWe are to some extent acknowledging the moment.\n\n**@aeolian:**\n\nI think we can refine it.\n\n**@jango:**\n\nI think the main thing is fun.\n\n**@aeolian:**\n\nWe should all have confidence.\n\n## Status\n- _antiochp:_ Node is tagged. I think we need to publish crates?\n- _jaspervdm:_ Yeah we should.\n- _antiochp:_ And kick off doc build.\n- _jaspervdm:_ I don't have any experience w/ pushing to crates.io.",
		expected: [
			{ line: 2, endLine: 4, speaker: "jango", text: "We are to some extent acknowledging the moment." },
			{ line: 6, endLine: 8, speaker: "aeolian" },
			{ line: 10, endLine: 12, speaker: "jango" },
			{ line: 14, endLine: 16, speaker: "aeolian" },
			{ line: 19, speaker: "antiochp", text: "Node is tagged. I think we need to publish crates?" },
			{ line: 20, speaker: "jaspervdm" },
			{ line: 21, speaker: "antiochp" },
			{ line: 22, speaker: "jaspervdm" },
		],
	},
	{
		name: "top-level items labelled by a lower-case word that never converse are no turns (`- **fix:** …`, `- **docs:** …`)",
		note: "## Changes\n- **fix:** crash on start\n- **docs:** typo\n- **fix:** another crash\n- **docs:** more typos",
		expected: [],
	},
	// npm/rfcs: an Open RFC meeting's notes, `* @isaacs: …` items, the attendee list giving each handle's full name.
	{
		name: "`* @isaacs: …` items of minutes are turns where three accounts speak at one depth; `Name (@handle)` in the attendee list names them",
		note: "### Attendees\n- Darcy Clarke (@darcyclarke)\n- Isaac Z. Schlueter (@isaacs)\n- Jordan Harband (@ljharb)\n- Wes Todd (@wesleytodd)\n\n### Notes\n* **PR**: #239 peer conflicts\n    * @isaacs: two weird bugs found that will be fixed in 7.0.1\n    * @ljharb: I can warn about changes to your override\n    * @wesleytodd: we could just leave it there\n    * @isaacs: we welcome RFCs or patches\n    * New Feature: upload files\n    * New Feature: IPFS proxy",
		expected: [
			{ line: 9, speaker: "Isaac Z. Schlueter", speakerRaw: "isaacs", text: "two weird bugs found that will be fixed in 7.0.1" },
			{ line: 10, speaker: "Jordan Harband" },
			{ line: 11, speaker: "Wes Todd" },
			{ line: 12, speaker: "Isaac Z. Schlueter" },
		],
	},
	// valentinkm/MinervasMemo: a Webex transcript, each utterance under a heading with the name quoted and a time range.
	{
		name: "`### \"Aaron Peikert\" [00:00:37.380-00:00:47.976]` headings: a quoted name and a time range over the words",
		note: "### \"Aaron Peikert\" [00:00:37.380-00:00:47.976]\nYeah.\nWelcome everybody to the stand up.\n\n### \"Ulman Lindenberger\" [00:06:10.049-00:06:30.525]\nYes, can you hear me?\n\n### \"Aaron Peikert\" [00:07:37.380-00:07:47.976]\nGood.\n\n### \"Ulman Lindenberger\" [00:08:10.049-00:08:30.525]\nYes.",
		expected: [
			{ line: 1, endLine: 3, speaker: "Aaron Peikert", timestamp: "00:00:37" },
			{ line: 5, endLine: 6, speaker: "Ulman Lindenberger", timestamp: "00:06:10" },
			{ line: 8, speaker: "Aaron Peikert" },
			{ line: 11, speaker: "Ulman Lindenberger" },
		],
	},
	// g-troiani/Coral-Gables-Knologi-City-Clerk-RAG: a city commission's verbatim minutes, offices before surnames.
	{
		name: "a commission's `Vice Mayor Anderson:` and `Economic Development Director Perez:` are the roster's full names after the office",
		note: "## City Commission\n\nMayor Vince Lago\n\nVice Mayor Rhonda Anderson\n\nEconomic Development Director,  Belkys Perez\n\n## Transcript\n\nMayor Lago:  Good morning.\n\nVice Mayor Anderson:  I thought you wanted to replace it.\n\nEconomic Development Director Perez:  We had two weeks.\n\nMayor Lago:  Yes.\n\nVice Mayor Anderson:  I just love him.\n\nEconomic Development Director Perez:  I don't know.",
		expected: [
			{ line: 11, speaker: "Vince Lago" },
			{ line: 13, speaker: "Rhonda Anderson" },
			{ line: 15, speaker: "Belkys Perez" },
			{ line: 17, speaker: "Vince Lago" },
			{ line: 19, speaker: "Rhonda Anderson" },
			{ line: 21, speaker: "Belkys Perez" },
		],
	},
	// harfangk/harfangk.github.io: a Korean translation of an interview, its turns labelled by surname in Hangul.
	{
		name: "Hangul surname labels (`히키:`, `포거스:`) are the names the title writes them at the end of (`리치 히키와의 인터뷰 (마이클 포거스)`)",
		note: "---\ntitle: 리치 히키와의 인터뷰 (마이클 포거스)\n---\n\n포거스: 클로저를 만든 이유는 무엇인가요?\n\n히키: 저는 리습을 좋아했습니다.\n\n포거스: 그렇군요.\n\n히키: 네.",
		expected: [{ speaker: "마이클 포거스" }, { speaker: "리치 히키" }, { speaker: "마이클 포거스" }, { speaker: "리치 히키" }],
	},
	// WICG/attribution-reporting-api: minutes typed in Google Docs, each speaker's name and colon over nested bullets.
	{
		name: "`* John:` alone over nested bullets heads a turn of the first name the note writes in full (the agenda's items stay a list); an outline's `* Limits:` or a name without its colon (`* Helen`) is none",
		note: "# Agenda\n\n* John Delaney: Consider a non-JS mechanism\n* Moshe Lehrer: Touch points\n* Angelina Eng: Origin trial\n\n# Notes\n\n* John:\n    * Current explainer requires a worklet.\n    * Exploring other ways.\n* Moshe:\n    * Will you be able to see multiple touch points?\n* John:\n    * Right now the merging only works per source.\n* Limits:\n    * Some point.\n* Helen\n    * Playing games with my kid",
		expected: [
			{ line: 9, endLine: 11, speaker: "John Delaney" },
			{ line: 12, endLine: 13, speaker: "Moshe Lehrer" },
			{ line: 14, endLine: 15, speaker: "John Delaney" },
		],
	},
	// hywmickey/language: a learner's subtitle tables, the speaker in a role column, the time and the line beside it.
	{
		name: "a subtitle table (`| Role | Time | Sentence | 译文 |`, `| 角色 | 时间 | 英文原句 | 中文译文 |`): each row the role column's words at its time; `SPK_5` names nobody",
		note: "| Role | Time | Sentence | 译文 |\n| --- | --- | --- | --- |\n| Steve | 00:00 | What can I do for you? | 我能为你做些什么？ |\n| Bob | 00:04 | I'm resigning. | 我要辞职了。 |\n| SPK_5 | 01:02 | Excuse me. | 打扰一下。 |\n\n| 角色 | 时间 | 英文原句 | 中文译文 |\n| --- | --- | --- | --- |\n| Max Danos | 00:09 | Hello, Max Danos. | 你好。 |\n\n| Role | Responsibility |\n| --- | --- |\n| Chair | Runs the meeting |",
		expected: [
			{ line: 3, speaker: "Steve", timestamp: "00:00", text: "What can I do for you?" },
			{ line: 4, speaker: "Bob", timestamp: "00:04" },
			{ line: 5, speaker: null, speakerRaw: "SPK_5" },
			{ line: 9, speaker: "Max Danos", text: "Hello, Max Danos." },
		],
	},
	{
		name: "a magazine named in book-title marks (`《财经》:`) asks the questions of a Chinese interview, a voice beside the one it asks",
		note: "《财经》:在对界的把握上，拼多多是否很好利用了微信？\n\n黄峥：如果有人认为我们是利用规则起来的。\n\n《财经》: 你理解的拼多多是什么？\n\n黄峥：我们也卖iphone x。",
		expected: [{ speaker: "《财经》", text: "在对界的把握上，拼多多是否很好利用了微信？" }, { speaker: "黄峥" }, { speaker: "《财经》" }, { speaker: "黄峥" }],
	},
	{
		name: "`Person 1:`, `Person 2:`: numbered people are voices that name nobody, as `Speaker 1` is",
		note: "Person 1: So what is an AI upgrade?\n\nPerson 2: It is a character that talks back.\n\nPerson 1: Really?\n\nPerson 2: Yes.",
		expected: [{ speaker: null, speakerRaw: "Person 1", text: "So what is an AI upgrade?" }, { speaker: null, speakerRaw: "Person 2" }, { speaker: null }, { speaker: null }],
	},
	// ottomansky/Methodology-for-objective-comparison-of-DataOps-tools (probe 664): a Czech thesis's interviews.
	{
		name: "`**Tazatel:**` (Czech for interviewer) and a numbered respondent (`**Respondent 03:**`) are voices that name nobody",
		note: "**Tazatel:** Jak dlouho pracujete s daty?\n\n**Respondent 03:** Asi pět let.\n\n**Tazatel:** A jaké nástroje používáte?\n\n**Respondent 03:** Hlavně Keboolu.",
		expected: [
			{ speaker: null, speakerRaw: "Tazatel", text: "Jak dlouho pracujete s daty?" },
			{ speaker: null, speakerRaw: "Respondent 03", text: "Asi pět let." },
			{ speaker: null },
			{ speaker: null },
		],
	},
	// 7shi/notebooklm2video: a generated podcast's caption log, its two voices told apart by letters.
	{
		name: "a caption log (`| timecode | speaker | caption |`): each row a turn at its time; the letters `A` and `B` are voices that name nobody",
		note: "| timecode | speaker | caption |\n|---|---|---|\n| 00:00 | A | Ready to explore a world where nothing is quite as it seems? |\n| 00:05 | B | Always up for a little existential exploration. |\n| 00:09 | Camus | Maman died today. |",
		expected: [
			{ line: 3, speaker: null, speakerRaw: "A", timestamp: "00:00", text: "Ready to explore a world where nothing is quite as it seems?" },
			{ line: 4, speaker: null, speakerRaw: "B", timestamp: "00:05" },
			{ line: 5, speaker: "Camus" },
		],
	},
	// pl-occupiedparis/op, a LearningPath requirements interview: the interviewer says who she is in her first turn.
	{
		name: "an interviewer's turn naming who asks (`Je suis Norbert Lipsyc`, `Eu sou a Mabê`) names the role's turns up to the next interview's heading",
		note: "## CASSETTE 1\n\n**Interviewer** : Je suis Norbert Lipsyc, nous sommes le 7 septembre 1995.\n\n**Henri**: Eh bien, je m'appelle Henri Muller.\n\n## CASSETTE 2\n\n**Interviewer** : Et après ?\n\n**Henri**: Nous sommes partis.\n\n## Entrevista com Vinícius Martinelli\n\n**Entrevistadora:** Oi, tudo bem? Eu sou a Mabê e vou estar te entrevistando.\n\n**Entrevistado:** Tudo bem.\n\n## Entrevista com Luísa Maria\n\n**Entrevistadora:** Qual é o seu nome?\n\n**Entrevistada:** Luiza.",
		expected: [
			{ line: 3, speaker: "Norbert Lipsyc" },
			{ line: 5, speaker: "Henri Muller" },
			{ line: 9, speaker: "Norbert Lipsyc" },
			{ line: 11, speaker: "Henri Muller" },
			{ line: 15, speaker: "Mabê" },
			{ line: 17, speaker: "Vinícius Martinelli" },
			{ line: 21, speaker: null },
			{ line: 23, speaker: "Luísa Maria" },
		],
	},
	{
		name: "an interviewer's `I'm Canadian` or `I'm glad` names nobody",
		note: "**Interviewer:** I'm Canadian, so this is new to me.\n\n**Interviewee:** Welcome.\n\n**Interviewer:** I'm glad to be here.\n\n**Interviewee:** Thanks.",
		expected: [{ speaker: null }, { speaker: null }, { speaker: null }, { speaker: null }],
	},
	// bitcoin-core-review-club: an irssi log in a `{% irc %}` block, nicks with their mode sign, a nick change, a meeting bot.
	{
		name: "an IRC log's `13:02 <@jnewbery> …` and `13:02 < aj> …` lines are each their nick's turn, one `hi` too; nick changes, bots and `#startmeeting` are no one's words",
		note: "---\nhost: stickies-v\n---\n## Meeting Log\n{% irc %}\n13:00 <stickies-v> #startmeeting\n13:00 <corebot> stickies-v: Meeting started at 2025-05-14T17:00+0000\n13:01 <stickies-v> hey everyone, welcome to the review club!\n13:01 < aj> hi\n13:02 -!- bitcoinerrrr is now known as juscamarena\n13:02 <@jnewbery> aj! Glad you could make it!\n13:03 <stickies-v> let's start with the first question\n{% endirc %}",
		expected: [
			{ line: 8, speaker: "stickies-v", timestamp: "13:01", text: "hey everyone, welcome to the review club!" },
			{ line: 9, endLine: 9, speaker: "aj", text: "hi" },
			{ line: 11, speaker: "jnewbery" },
			{ line: 12, speaker: "stickies-v" },
		],
	},
	// badideafactory and the Mono wiki: chat lines kept in code blocks, fenced or indented, with `/me` actions and times between.
	{
		name: "IRC messages in a fenced or an indented code block are turns; `* sandy waves`, `07:08` and `****` lines are the client's own",
		note: "# Team quotes\n```\n<baron> we could develop a weird NOTation\n<baron> get it\n<slifty> man, I did the math equivalent\n```\n\nMeeting\n\n    <@brad> so last iteration we were distracted\n    07:04\n    ****\n    * sandy wants a gold star\n    ****\n    <@sandy> I thought it was helpful\n    that you suggested it\n    ****",
		expected: [
			{ line: 3, speaker: "baron", text: "we could develop a weird NOTation" },
			{ line: 4, speaker: "baron" },
			{ line: 5, speaker: "slifty" },
			{ line: 10, endLine: 10, speaker: "brad" },
			{ line: 15, endLine: 16, speaker: "sandy" },
		],
	},
	// w3c/wot: minutes whose IRC lines write a first name or an initial and surname, the attendee list the people in full.
	{
		name: "an IRC nick that is a listed attendee's first name (`<Ege>`) or initial and surname (`<jthomas>`) is that attendee",
		note: "Present:\n    Ege_Korkan, Josh_Thomas, Sebastian_Kaebisch\n\n## Minutes\n<jthomas> Reminder there is a new zoom link\n<Ege> +1 to pandoc :)\n<sebastian> +1\n<Ege> framapad is an alternative",
		expected: [{ speaker: "Josh Thomas" }, { speaker: "Ege Korkan" }, { speaker: "Sebastian Kaebisch" }, { speaker: "Ege Korkan" }],
	},
	// decentralized-identity/didcomm-usergroup: a Discord thread copied from the app, each message under its author and time.
	{
		name: "`Name — Yesterday at 12:29 PM` over a Discord message opens its author's turn; a display name stands for the full name its owner gives (`Sam Curren Here.`)",
		note: "## Chat\nDaniel Hardman — Yesterday at 12:29 PM\n\nWho wants to volunteer to be a maintainer?\n\nThe PR is here, BTW.\n\nTelegramSam — Yesterday at 1:02 PM\nHi! Sam Curren Here. I vote for proposal A.\ndrummondreed — Yesterday at 2:10 PM\nDrummond Reed from Avast checking in here.\nDaniel Hardman — Today at 9:00 AM\nThanks, both of you.",
		expected: [
			{ line: 2, endLine: 6, speaker: "Daniel Hardman", text: "Who wants to volunteer to be a maintainer?\n\nThe PR is here, BTW." },
			{ line: 8, endLine: 9, speaker: "Sam Curren" },
			{ line: 10, endLine: 11, speaker: "Drummond Reed" },
			{ line: 12, endLine: 13, speaker: "Daniel Hardman" },
		],
	},
	// carpentries-incubator study groups, mdn community meetings: shared notes write who said each item in brackets.
	{
		name: "`- (Tuomas) In Finland…` items: three names in brackets before the words are a meeting's voices, written in full in the attendee list",
		note: "## Attendees\n- Tuomas Koskela / he/him\n- Colin Sauze / he/him\n\n## Icebreaker\nWhat is a mythical creature from where you grew up?\n- (Tuomas) In Finland there are a lot of elves everywhere.\n- (Colin) In Wales it has to be dragons.\n- (Dan): Hmm maybe the Headless Horseman.\n  - (Tuomas) Dragons are everywhere.",
		expected: [
			{ line: 7, speaker: "Tuomas Koskela", text: "In Finland there are a lot of elves everywhere." },
			{ line: 8, speaker: "Colin Sauze" },
			{ line: 9, speaker: "Dan", text: "Hmm maybe the Headless Horseman." },
			{ line: 10, speaker: "Tuomas Koskela" },
		],
	},
	// Dreamink-SNPP/BookThesis: a research interview's answers, each followed by the interviewer's bracketed observation.
	{
		name: "`**[NOTAS DE OBSERVACIÓN]:**` after each answer, where the voices are written without brackets, is the note-taker's aside",
		note: "**ENTREVISTADOR:** ¿Años de experiencia?\n\n**Abel Marco:** Aproximadamente 10 años.\n\n**[NOTAS DE OBSERVACIÓN]:** Seguridad y confianza.\n\n**ENTREVISTADOR:** ¿Tipos de proyectos?\n\n**Abel Marco:** Cortometrajes mayormente.\n\n**[NOTAS DE OBSERVACIÓN]:** Mueve las manos.",
		expected: [
			{ line: 1, speakerRaw: "ENTREVISTADOR" },
			{ line: 3, endLine: 3, speakerRaw: "Abel Marco", text: "Aproximadamente 10 años." },
			{ line: 7, speakerRaw: "ENTREVISTADOR" },
			{ line: 9, endLine: 9, speakerRaw: "Abel Marco" },
		],
	},
	// nodejs/modules: a scribe nests each reply under the remark it answers; the attendee list writes the people in full.
	{
		name: "`- Gus: …` items at any depth are turns where three of their first names open the attendee list's lines in full",
		note: "## Present\n* Myles Borins (@MylesBorins)\n* Gus Caplan (@devsnek)\n* Wesley Wigham (@weswigham)\n\n## Agenda\n* APIs around require\n  - There's a set of common scenarios\n    - Wesley: Someone else is going to do this, so maybe build it into core.\n  - Gus: import() also should subsume these scenarios.\n    - Myles: there will be scenarios where people want a dynamic CJS module.\n      - Gus: yes, but that's not the common scenario.",
		expected: [
			{ line: 9, speaker: "Wesley Wigham", text: "Someone else is going to do this, so maybe build it into core." },
			{ line: 10, speaker: "Gus Caplan" },
			{ line: 11, speaker: "Myles Borins" },
			{ line: 12, speaker: "Gus Caplan" },
		],
	},
	// bobsummerwill/strato-transcripts: an episode's transcript, the time in brackets and the name in one bold.
	{
		name: "`**[00:23] Christoph Jentzsch:**` opens his turn at 00:23",
		note: "**[00:00] Bob Summerwill:** Okay, recording is in progress.\n\n**[00:23] Christoph Jentzsch:** Hi, Rob. Nice to meet you again.\n\n**[03:22] Bob Summerwill:** So you never got to be a doctor?",
		expected: [
			{ speaker: "Bob Summerwill", timestamp: "00:00", text: "Okay, recording is in progress." },
			{ speaker: "Christoph Jentzsch", timestamp: "00:23" },
			{ speaker: "Bob Summerwill", timestamp: "03:22" },
		],
	},
	// RConsortium/OOP-WG: minutes whose items open with the speaker's initials in bold, the roll written in full above.
	{
		name: "`- **ML**: …` items, three sets of initials at one depth standing for names on the roll, are the minutes' turns",
		note: "**Present**: Michael Lawrence (chair), Hong Ooi, Luke Tierney, Hadley Wickham\n\n### Double dispatch\n\n-   **LT**: no double dispatch in S3.\n-   **HW**: may need to carve double dispatch into v2.\n-   **HO**: multiple inheritance is falling out of favour.\n-   **LT**: need to consider generics together.",
		expected: [
			{ line: 5, speaker: "Luke Tierney", text: "no double dispatch in S3." },
			{ line: 6, speaker: "Hadley Wickham" },
			{ line: 7, speaker: "Hong Ooi" },
			{ line: 8, speaker: "Luke Tierney" },
		],
	},
	// aikong/pink-castle: a generated audio overview's two hosts, lettered; AC6y86/statfink2: a mock debate's moderator named after the role.
	{
		name: "`**Host A:**` and `**Host B:**` are a script's voices with no name; `**MODERATOR RACHEL BLADDOW:**` is Rachel Bladdow",
		note: "**Host A:** Welcome back to the show.\n\n**Host B:** Thanks, glad to be here.\n\n**Host A:** Let's begin.\n\n**Host B:** Sure.\n\n## Debate\n\n**MODERATOR RACHEL BLADDOW:** Good evening.\n\n**CHRIS:** Thank you.\n\n**MODERATOR RACHEL BLADDOW:** First question.\n\n**CHRIS:** Go ahead.",
		expected: [
			{ speaker: null, speakerRaw: "Host A" },
			{ speaker: null, speakerRaw: "Host B" },
			{ speaker: null },
			{ speaker: null },
			{ speaker: "Rachel Bladdow" },
			{ speaker: "CHRIS" },
			{ speaker: "Rachel Bladdow" },
			{ speaker: "CHRIS" },
		],
	},
	// positiveinspiring/bibp-archive: a broadcast transcript writes the rank or office, abbreviated, before the name.
	{
		name: "`COL. MARK FASSL:` and `REP. JASON CHAFFETZ:` are Mark Fassl and Jason Chaffetz",
		note: "AMY GOODMAN: Welcome to the show.\n\nCOL. MARK FASSL: This is a dark day.\n\nREP. JASON CHAFFETZ: It is all wrong.\n\nCOL. MARK FASSL: Thank you.\n\nREP. JASON CHAFFETZ: Thank you.\n\nAMY GOODMAN: Goodbye.",
		expected: [{ speaker: "AMY GOODMAN" }, { speaker: "Mark Fassl" }, { speaker: "Jason Chaffetz" }, { speaker: "Mark Fassl" }, { speaker: "Jason Chaffetz" }, { speaker: "AMY GOODMAN" }],
	},
	// khsamonte/nihongo-nook: a game's script copied for study, each line a list item, the words in Japanese quotation brackets.
	{
		name: "`+ キスティス：「…」` list items are a conversation: the words in `「」` read as speech; `キスティス` is the `キスティス・トゥリープ` the text writes",
		note: "+ キスティス：「もう！絶対、あなたのせい」\n+ スコール：「サイファーに言ってくれ」\n+ キスティス：「さあ、行くわよ」\n+ スコール：「……べつに」\n\n（正門前でキスティス・トゥリープ先生と待ち合わせ。）",
		expected: [
			{ line: 1, speaker: "キスティス・トゥリープ", speakerRaw: "キスティス", text: "「もう！絶対、あなたのせい」" },
			{ line: 2, speaker: "スコール" },
			{ line: 3, speaker: "キスティス・トゥリープ" },
			{ line: 4, speaker: "スコール" },
		],
	},
	// Fletoret/website: a verse play, each name in bold capitals on its own line over the lines spoken.
	{
		name: "`**BABATASI**` alone on its line, recurring beside another, is a voice over the lines below; `**SUMMARY**` once is none",
		note: "**SUMMARY**\nA play in verse.\n\n**BABATASI**\nBesà, pra, Arkeologu i shkretë\nFort asht lodhë.\n\n**DREJTORI**\nT'a zâ besë, po, lum kumbara.\n\n**BABATASI**\nJo, po, dhanë m'a kanë.\n\n**DREJTORI**\nMirë pra.",
		expected: [
			{ line: 4, endLine: 6, speaker: "BABATASI", text: "Besà, pra, Arkeologu i shkretë\nFort asht lodhë." },
			{ line: 8, endLine: 9, speaker: "DREJTORI" },
			{ line: 11, endLine: 12, speaker: "BABATASI" },
			{ line: 14, endLine: 15, speaker: "DREJTORI" },
		],
	},
	// benjipeng/nuxt-chardcn-tainwind: an accident report's cockpit recorder lines, the crew named once with their seats.
	{
		name: "`First Officer Beebe:` and `Mendenhall:` are the crew the text names with their seats (`Flight Engineer Forrest Mendenhall`)",
		note: "Captain Malburn McBroom commanded. First Officer Roderick Beebe, 45, sat right. Flight Engineer Forrest Mendenhall, 41, managed the systems.\n\nHe asked Flight Engineer Mendenhall to check.\n\nFirst Officer Beebe: \"I didn't get a green light.\"\n\nMendenhall: \"We got about three on the fuel.\"\n\nFirst Officer Beebe: \"How much fuel we got?\"\n\nMendenhall: \"Five thousand.\"",
		expected: [{ speaker: "Roderick Beebe" }, { speaker: "Forrest Mendenhall" }, { speaker: "Roderick Beebe" }, { speaker: "Forrest Mendenhall" }],
	},
	// edforman-75/Polis: a debate's captions cleaned into Markdown, the time and the label in one bold line over the words.
	{
		name: "`**00:01:39 LT. GOV. EARLE-SEARS**` alone on its line is her turn where such labels recur; `MODERATOR (TOM)` is the moderator named; `Miss Spanberger` in the text leaves `SPANBERGER` hers",
		note: "**Participants**: Abigail Spanberger (D) and Winsome Earle-Sears (R)\n**Moderators**: Deanna Albritton and Tom Schaad\n\n**0:01:12 MODERATOR (TOM)**\nWe begin with the car tax. Miss Spanberger, you first.\n\n**00:01:39 LT. GOV. EARLE-SEARS**\nThis is my former place.\n\n**00:03:32 SPANBERGER**\nA car tax is the most hated tax.\n\n**00:04:39 MODERATOR**\nHow would you fund it?\n\n**00:04:48 SPANBERGER**\nBy working together.\n\n**00:05:01 LT. GOV. EARLE-SEARS**\nWe have the money.",
		expected: [
			{ line: 4, endLine: 5, speaker: "Tom Schaad", timestamp: "0:01:12" },
			{ line: 7, endLine: 8, speaker: "Winsome Earle-Sears", timestamp: "00:01:39", text: "This is my former place." },
			{ line: 10, endLine: 11, speaker: "Abigail Spanberger" },
			{ line: 13, endLine: 14, speaker: null, speakerRaw: "MODERATOR" },
			{ line: 16, endLine: 17, speaker: "Abigail Spanberger" },
			{ line: 19, endLine: 20, speaker: "Winsome Earle-Sears", timestamp: "00:05:01" },
		],
	},
];

const snipdInBlockquote: Row[] = [
	{
		name: "`Speaker N` alone on its line inside a blockquote, the words below (a Snipd transcript pasted in): one turn each, nobody named",
		note: ">Speaker 2\n> \n> I didn't know that started this early.\n> \n> Speaker 1\n> \n> Yes, that was his vision.",
		expected: [
			{ kind: "turn", speaker: null, speakerRaw: "Speaker 2", line: 1, endLine: 3, text: "I didn't know that started this early." },
			{ kind: "turn", speaker: null, speakerRaw: "Speaker 1", line: 5, endLine: 7, text: "Yes, that was his vision." },
		],
	},
	{
		name: "a snip's title and `Transcript:` before the first voice introduce it: nobody's words",
		note: "> Learning From Human Preferences\n> Transcript:\n> Speaker 1\n> Not that important.\n> Speaker 2\n> Has RLHF been applied elsewhere?",
		expected: [
			{ kind: "turn", speakerRaw: "Speaker 1", line: 3, endLine: 4, text: "Not that important." },
			{ kind: "turn", speakerRaw: "Speaker 2", line: 5, endLine: 6 },
		],
	},
	{ name: "one `Speaker N` line is no dialogue", note: "> Speaker 2\n>\n> Only one voice here.", expected: [{ kind: "blockquote", speakerRaw: null }] },
];

const fullNames: Row[] = [
	// intervortex/vortex: a festival review whose title names the interviewee after her band's possessive.
	{
		name: "`Katie:` in a note titled `…an Interview with Pupil Slicer's Katie Davies` is Katie Davies",
		note: "---\ntitle: \"Bloodstock 2022: A Review and an Interview with Pupil Slicer's Katie Davies\"\n---\n**Aker: I want to thank Katie for standing with me in the heat.**\n\nKatie: It's horrible!\n\nAker: How do you cope?\n\nKatie: I don't.",
		expected: [{ speaker: "Katie Davies" }, { speaker: "Aker" }, { speaker: "Katie Davies" }],
	},
	{
		name: "a label that the text gives as a nickname inside a full name (`Carol \"Gammy\" Claypool`)",
		note: 'I interviewed my grandma, Carol "Gammy" Claypool, at her party.\n\n**Michael**: Ready?\n\n**Gammy**: Ready.\n\n**Michael**: Good.\n\n**Gammy**: Yes.',
		expected: [{ speaker: "Michael" }, { speaker: "Carol Claypool", speakerRaw: "Gammy" }, { speaker: "Michael" }, { speaker: "Carol Claypool" }],
	},
	{
		name: "a name spelt two ways (`Luke Shroeder`, `Luke Schroeder`) is the spelling its speaker introduces himself with (`My name is …`)",
		note: "With Luke Shroeder on bass and Adam Cohen on guitar.\n\n**Luke:** My name is Luke Schroeder. I play bass.\n\n**Adam:** I play guitar.\n\n**Luke:** Yes.\n\n**Adam:** No.",
		expected: [{ speaker: "Luke Schroeder", speakerRaw: "Luke" }, { speaker: "Adam Cohen" }, { speaker: "Luke Schroeder" }, { speaker: "Adam Cohen" }],
	},
	{
		name: "a sentence adverb before a first name (`Basically Reina and Rumi were…`) is no part of a name",
		note: "Basically Reina and Rumi were trading bromides.\n\n**Reina:** Mine.\n\n**Rumi:** Yours.\n\n**Reina:** Ours.\n\n**Rumi:** Fine.",
		expected: [{ speaker: "Reina" }, { speaker: "Rumi" }, { speaker: "Reina" }, { speaker: "Rumi" }],
	},
	// futsuriai/dnd (probe 465): a session recap's closing questions; gramo (Norwegian minutes): `Are` is a first name.
	{
		name: "an auxiliary opening a question (`Does Ellara confront…?`) is no part of a name; `Are Halland` is one",
		note: "**Deltakere:** Are Halland (fasilitator), Rita Mamelund\n\n**Ellara:** Mine.\n\n**Are:** Yours.\n\n**Ellara:** Ours.\n\n**Are:** Fine.\n\n## Open questions\n\n3) Does Ellara confront **Eduard** about the **screaming lamp** truth—and the **theology** it implies?",
		expected: [{ speaker: "Ellara" }, { speaker: "Are Halland" }, { speaker: "Ellara" }, { speaker: "Are Halland" }],
	},
	// haskellfoundation (probe 466): the host's initials, and a guest's `JavaScript BigInt` with the same capitals.
	{
		name: "initials two of the note's names share (`JB`: Joachim Breitner, JavaScript BigInt) stand for the one who introduces himself",
		note: "Welcome. My name is Joachim Breitner. I caught Tomas Janousek here.\n\n*JB (0:01:45)*: So this year is 400?\n\n*TJ (0:01:47)*: Yeah, 400.\n\n*JB (0:01:48)*: Great.\n\n*TJ (0:01:57)*: A lot of the primops use JavaScript BigInt.",
		expected: [{ speaker: "Joachim Breitner", speakerRaw: "JB" }, { speaker: "Tomas Janousek" }, { speaker: "Joachim Breitner" }, { speaker: "Tomas Janousek" }],
	},
	{
		name: "initials two of the note's names share (`RA`: Rae and Ray Armantrout) stand for the one its title names",
		note: "---\ntitle: Rae Armantrout\n---\n\nDB:\tHello.\n\nRA:\tHi. My husband Ray Armantrout drove.\n\nDB:\tGood.\n\nRA:\tYes.",
		expected: [{ speaker: "DB" }, { speaker: "Rae Armantrout", speakerRaw: "RA" }, { speaker: "DB" }, { speaker: "Rae Armantrout" }],
	},
	{
		name: "a surname heading (`##### 岩田`) is the one person of the frontmatter's `interviewees` whose name begins with it",
		note: "---\ninterviewees:\n- 岩田聪\n- 竹田玄洋\n---\n\n##### 岩田\n具体有哪些差异呢？\n\n##### 竹田\n当然。\n\n##### 岩田\n是吗？\n\n##### 竹田\n是的。",
		expected: [{ speaker: "岩田聪", speakerRaw: "岩田" }, { speaker: "竹田玄洋", speakerRaw: "竹田" }, { speaker: "岩田聪" }, { speaker: "竹田玄洋" }],
	},
	{
		name: "headings kramdown marks `{: .question }` are the interviewer's questions beside one named voice's headings, whose given name (`秀五`) ends the interviewee's full name; attribute lists are no words",
		note: "---\ninterviewees:\n- 高桥秀五\n---\n\n##### 契机是什么呢？\n{: .question }\n\n##### 秀五\n{: .border-purple }\n\n在网球双打中。\n\n##### 名字也是一开始就定好的。\n{: .question }\n\n##### 秀五\n{: .border-purple }\n\n是的。",
		expected: [
			{ speaker: "高桥秀五", speakerRaw: "秀五", line: 9, endLine: 12, text: "在网球双打中。" },
			{ speaker: "高桥秀五", line: 17, text: "是的。" },
		],
	},
	{
		name: "a nickname two people share names neither",
		note: 'Carol "Gammy" Claypool and Ruth "Gammy" Stone came.\n\n**Michael**: Ready?\n\n**Gammy**: Ready.\n\n**Michael**: Good.\n\n**Gammy**: Yes.',
		expected: [{ speaker: "Michael" }, { speaker: "Gammy" }, { speaker: "Michael" }, { speaker: "Gammy" }],
	},
	{
		name: "a title writing a name in two scripts (`桑达尔·皮查伊 (Sundar Pichai)`) gives the label in one the name in the other",
		note: "---\ntitle: 桑达尔·皮查伊 (Sundar Pichai) Alphabet CEO 深度访谈逐字稿\n---\n\nDavid:\n\n我们现在与 Alphabet 的 CEO 在一起。\n\n桑达尔·皮查伊:\n\n很高兴来到这里。\n\nDavid:\n\n谢谢。\n\n桑达尔·皮查伊:\n\n我很期待。",
		expected: [{ speaker: "David" }, { speaker: "Sundar Pichai", speakerRaw: "桑达尔·皮查伊" }, { speaker: "David" }, { speaker: "Sundar Pichai" }],
	},
	{
		name: "a guest with a title before the name (`guest: Professor Allison Wood Brooks`) speaks as the name",
		note: "---\nguest: Professor Allison Wood Brooks\n---\n# Why people do not like you\n\n## Notable quotes\n\n> \"Conversation is a coordination game.\"",
		expected: [{ speaker: "Allison Wood Brooks" }],
	},
	{
		name: "a kin word before a first name (`Tyler's Uncle Jimmy`) is no full name for the `Jimmy:` label",
		note: "Jimmy: Hello.\n\nB: Hi.\n\nJimmy: Yes.\n\nB: Okay.\n\nWe met Tyler's Uncle Jimmy, his mom's brother, at the house.",
		expected: [{ speaker: "Jimmy" }, { speaker: "B" }, { speaker: "Jimmy" }, { speaker: "B" }],
	},
	{
		name: "`I'm Brian Reed` introduces the full name a one-letter label (`B:`) stands for",
		note: "# Chapter 6\n\nFrom Serial and This American Life, I'm Brian Reed. This is the show.\n\nJ: I'm gonna miss you.\n\nB: I'm gonna miss you too.\n\nJ: Shoot.\n\nB: Hopefully I can get back.",
		expected: [{ speaker: "J" }, { speaker: "Brian Reed", speakerRaw: "B" }, { speaker: "J" }, { speaker: "Brian Reed" }],
	},
	{
		name: "a name said in another voice's later turn as a self-introduction (`My name is Olen Long`, a letter read out) is the label's",
		note: "J: One.\n\nB: Two.\n\nJ: Three.\n\nB: Four.\n\nJ: Five.\n\nB: An email came. \"My name is Olen Long and I was a friend of John.\"\n\nOlen: To the recording studio.\n\nB: Yeah.\n\nOlen: Alright.",
		expected: [{ speaker: "J" }, { speaker: "B" }, { speaker: "J" }, { speaker: "B" }, { speaker: "J" }, { speaker: "B" }, { speaker: "Olen Long" }, { speaker: "B" }, { speaker: "Olen Long" }],
	},
	{
		name: "a clause's first word before a label's name (`Although Gryffindor had…`) makes no full name of it",
		note: "**Gryffindor:** It was easy.\n\n**Ena:** We trained a lot. Although Gryffindor had all the kills, the team won it.\n\n**Gryffindor:** Sure.\n\n**Ena:** Yes.",
		expected: [{ speaker: "Gryffindor" }, { speaker: "Ena" }, { speaker: "Gryffindor" }, { speaker: "Ena" }],
	},
	// futsuriai/dnd (probe 465): a session recap's `Master Nyx` and `Director Reeves`; a Macbeth revision sheet's two voices.
	{
		name: "a title before a surname (`Master Nyx`, `Director Reeves`, `Lady Macbeth`) makes no full name for the surname's label",
		note: "Master Nyx and Director Reeves, whose first name is Donnathan Reeves, met us.\n\n**Nyx:** Welcome.\n\n**Reeves:** Sit down.\n\n**Nyx:** Tea?\n\n**Reeves:** Later.\n\n## Quotes\n\n* \"Look like the innocent flower\" ~ Lady Macbeth\n* \"I dare do all that may become a man\" ~ Macbeth",
		expected: [{ speaker: "Nyx" }, { speaker: "Donnathan Reeves" }, { speaker: "Nyx" }, { speaker: "Donnathan Reeves" }, { speaker: "Lady Macbeth" }, { speaker: "Macbeth" }],
	},
	// manassaloi (probe 469): `Like Aamir Khan says in 3 Idiots, …`.
	{
		name: "a comparison's `Like` before a name (`Like Aamir says…`) makes no full name of it",
		note: "**Aamir:** It was easy.\n\n**Ena:** We trained a lot. Like Aamir says in the film, learn everywhere.\n\n**Aamir:** Sure.\n\n**Ena:** Yes.",
		expected: [{ speaker: "Aamir" }, { speaker: "Ena" }, { speaker: "Aamir" }, { speaker: "Ena" }],
	},
	// someantics (probe 494): a livestream's transcript on its site, each turn's time in an element of its own.
	{
		name: "a time in an inline element before the label (`<i class=\"timecode\">[00:00:21]</i> **Alex:** …`) opens a timed turn",
		note: '<i class="timecode">[00:00:00]</i> **Adrianne:** Howdy, y\'all! Today we have Alex Ayaub.\n\n<i class="timecode">[00:00:21]</i> **Alex:** That\'s too nice.\n\n<i class="timecode">[00:00:27]</i> **Adrianne:** Yeah.\n\n<i class="timecode">[00:00:47]</i> **Alex:** Again, my name\'s Alex.\n\n<i>Nines</i> is her blog.',
		expected: [
			{ kind: "turn", line: 1, speaker: "Adrianne", timestamp: "00:00:00" },
			{ kind: "turn", line: 3, speaker: "Alex Ayaub", timestamp: "00:00:21" },
			{ kind: "turn", line: 5, speaker: "Adrianne", timestamp: "00:00:27" },
			{ kind: "turn", line: 7, speaker: "Alex Ayaub", timestamp: "00:00:47" },
		],
	},
	// franktatjana (probe 479): a sales team's call notes, the meeting template's attendees in the frontmatter.
	{
		name: "a meeting note's `attendees:` (records with a `name:`) are its people: `Anna: \"…\"` once is her turn, in full",
		note: '---\ntype: external_meeting\nattendees:\n  - name: Anna Bergmann\n    role: Chief Data Officer\n  - name: James Park\n    role: Sales Director\n---\n\n# Final decision\n\n## Our response\n\nAnna: "I appreciate that, but I have made my decision."\n\n## Exit\n\nJames: "We respect your decision."',
		expected: [
			{ line: 14, speaker: "Anna Bergmann", inferred: "first-name" },
			{ line: 18, speaker: "James Park", inferred: "first-name" },
		],
	},
	// simhacker (probe 484): an invented monologue after a Nobel ceremony.
	{
		name: "a prize named for the label's person (`The Hinton Awards for Surviving AI?`) is no full name of it",
		note: "# Soul chat\n\n**Hinton**: Three hours of standing.\n\nWhat prizes will they create? The Hinton Awards for Surviving AI?\n\n**Hinton**: The King shook my hand.\n\n**Hinton**: Kind eyes.",
		expected: [{ speaker: "Hinton" }, { speaker: "Hinton" }, { speaker: "Hinton" }],
	},
	// reelmatt (probe 484): an Oscars predictions post, a ballot's two picks under each category's table.
	{
		name: "an awards ballot's picks (`Most Deserving: *CODA*`, `Most Likely: \"Audible\"`) are fields, no voices",
		note: '## Best Picture\n\nMost Deserving: *CODA*\n\nMost Likely: *CODA*\n\n## Best Documentary Short\n\nMost Deserving: N/A\n\nMost Likely: "Audible"\n\n## Best Score\n\nMost Deserving: *Encanto*\n\nMost Likely: *Dune*',
		expected: [],
	},
	// harvey-assistant (probe 479): a sales playbook drawn from recorded calls.
	{
		name: "a playbook's title (`SALES TOOLKIT - Discovery Call Mastery`) names nobody after its dash",
		note: '# SALES TOOLKIT - Discovery Call Mastery\n\n**Purpose:** Extract the wisdom.\n\n> "You are killing it, keep going."\n\n> "Tell me about your week."',
		expected: [{ line: 5, speaker: null }, { line: 7, speaker: null }],
	},
	{
		name: "a stream or talk in the title (`Livestream Jace & Snutt Talk`) gives no full name to its first names",
		note: '---\ntitle: "September 15th, 2020 Livestream Jace & Snutt Talk: Early Access Games"\n---\n# Livestream\n\n> Snutt: Well.\n>\n> Jace: Uhh...\n>\n> Snutt: Right.\n>\n> Jace: Yes.',
		expected: [{ speaker: "Snutt" }, { speaker: "Jace" }, { speaker: "Snutt" }, { speaker: "Jace" }],
	},
	{
		name: "a nickname a heading writes inside a name (`Verónica \"Vero\" Saldaña`) stands for that person, in capitals too",
		note: "# Vero Saldaña\n\n# **Entrevista 4: Verónica \"Vero\" Saldaña**\n\n**BETTY:** ¿Cómo quieres que te diga?\n\n**VERO:** Vero está bien.\n\n**BETTY:** Perfecto.\n\n**VERO:** Gracias.",
		expected: [{ speaker: "BETTY" }, { speaker: "Verónica Saldaña", speakerRaw: "VERO", inferred: "note-name" }, { speaker: "BETTY" }, { speaker: "Verónica Saldaña" }],
	},
	{
		name: "a full name said only in another voice's later turns is someone spoken of: the label stays as written",
		note:
			"**John:** Welcome, Joe.\n\n**Joe:** Thanks for having me.\n\n**John:** How did it start?\n\n**Joe:** With a small team.\n\n" +
			"**John:** Who was on it?\n\n**Joe:** Jay, and John Rivard did a lot of it as well.\n\n**John:** Great.",
		expected: [{ speaker: "John" }, { speaker: "Joe" }, { speaker: "John" }, { speaker: "Joe" }, { speaker: "John" }, { speaker: "Joe" }, { speaker: "John", inferred: null }],
	},
	{
		name: "a full name said in the opening turns introduces that voice",
		note: "**Kelly:** Today Shannon Lee Simmons joins us.\n\n**Shannon:** Thanks, Kelly.\n\n**Kelly:** Let us start.\n\n**Shannon:** Sure.",
		expected: [{ speaker: "Kelly" }, { speaker: "Shannon Lee Simmons", inferred: "note-name" }, { speaker: "Kelly" }, { speaker: "Shannon Lee Simmons" }],
	},
	{
		name: "a short first name as a label is the one full name of the text that it begins (`**Ben**:` with `I'm [Benjamin Elder](…)`)",
		note: "**Nabarun**: Tell us about yourself.\n\n**Ben**: Hi, I’m [Benjamin Elder](https://example.com/ben), a maintainer.\n\n**Nabarun**: What does Steering do?\n\n**Ben**: It charters groups.",
		expected: [{ speaker: "Nabarun" }, { speaker: "Benjamin Elder", speakerRaw: "Ben", inferred: "note-name" }, { speaker: "Nabarun" }, { speaker: "Benjamin Elder" }],
	},
	{
		name: "`Q:` beside a named voice is the interviewer's turn: nobody's, or the person an `INTERVIEWER:` field names",
		note: "Q:\n\nTell us your name.\n\nTatsuo Arai:\n\nI am Tatsuo Arai.\n\nQ:\n\nWhen did you start?\n\nTatsuo Arai:\n\nIn 1975.",
		expected: [{ line: 1, endLine: 3, speaker: null, speakerRaw: "Q" }, { speaker: "Tatsuo Arai" }, { speaker: null }, { speaker: "Tatsuo Arai" }],
	},
	{
		name: "`titulo: \"Entrevista de Pedro Barbáchano\"` (a title in Spanish) makes `P:` Pedro Barbáchano",
		note: "---\ntitulo: \"Entrevista de Pedro Barbáchano\"\n---\n**P: ¿Cómo te defines?**\n\nRicardo: Como lector.\n\n**P: ¿Cuántos libros has escrito?**\n\nRicardo: Catorce.",
		expected: [{ line: 4, speaker: "Pedro Barbáchano", speakerRaw: "P" }, { speaker: "Ricardo" }, { speaker: "Pedro Barbáchano" }, { speaker: "Ricardo" }],
	},
	{
		name: "a name in italics alone on its line (`*Adam*`), the words in the paragraphs below, where two recur; a direction in italics is none",
		note: "*Adam*\n\nWe go through the agenda. I’m Adam915, the lead.\n\nAnd then the values.\n\n*Alethe Denis*\n\nAbsolutely, our core values.\n\n*Adam I’ll* be quick, Adam I’ll say.\n\n*Adam*\n\nOK thank you.\n\n*Exit.*\n\n*Alethe Denis*\n\nThanks all.",
		expected: [{ speaker: "Adam", line: 1, endLine: 5 }, { speaker: "Alethe Denis" }, { speaker: "Adam", text: "OK thank you." }, { speaker: "Alethe Denis", text: "Thanks all." }],
	},
	{
		name: "`Participant C` is an anonymised voice as `Speaker 2` is; `Als Christina …` (German \"when\") opens no name Christina's label stands for",
		note: "**Interviewer:** How do you monitor it?\n\n**Participant C:** We log everything.\n\n**Interviewer:** And then?\n\n**Participant C:** We read the logs.\n\nJana: Als Christina ihr Blog umbaute, kam ich dazu.\n\nChristina: Genau so war es.\n\nJana: Ja.\n\nChristina: Danke.",
		expected: [{ speaker: null }, { speaker: null, speakerRaw: "Participant C" }, { speaker: null }, { speaker: null, speakerRaw: "Participant C" }, { speaker: "Jana" }, { speaker: "Christina" }, { speaker: "Jana" }, { speaker: "Christina" }],
	},
	{
		name: "a label with no space after its colon (`Thompson:Yeah.`), the turns on consecutive lines; a lower-case word after the colon is no turn",
		note: "MSM: Various accounts I've read.\n\nThompson: Actually, no.\nMSM:So it operated at the machine level.\nThompson:Yeah. It was used a little.\nMSM:(Laughing) Right.\nThompson:Well, some of it.\n\nNote:this is prose, and so is Ratio:three to one.",
		expected: [{ speakerRaw: "MSM" }, { speakerRaw: "Thompson", text: "Actually, no." }, { speakerRaw: "MSM", text: "So it operated at the machine level." }, { speakerRaw: "Thompson", text: "Yeah. It was used a little." }, { speakerRaw: "MSM" }, { speakerRaw: "Thompson" }],
	},
	{
		name: "a chat channel as a label (`Zoom:`, `Rocket chat:`) is a turn of nobody named, beside named voices",
		note: "Ryan: We split by section.\n\nZoom: \"Why biomedical papers?\"\n\nRyan: They were to hand.\n\nLucy: Agreed.\n\nRocket chat: \"Thanks!\"\n\nLucy: Welcome.",
		expected: [{ speaker: "Ryan" }, { speaker: null, speakerRaw: "Zoom" }, { speaker: "Ryan" }, { speaker: "Lucy" }, { speaker: null, speakerRaw: "Rocket chat" }, { speaker: "Lucy" }],
	},
	{
		name: "initials under a heading that is a full name with those initials are that person (`## <a name=linus>Linus Torvalds</a>` over `*LT*:`); other initials stay as written",
		note: "## <a name=linus>Linus Torvalds</a>\n\n### 1994\n\n*LJ*: Why did you write Linux?\n\n*LT*: Because I wanted a Unix.\n\n*LJ*: And now?\n\n*LT*: It grew.\n\n## Rob Pike\n\n*LT*: Still me.\n\n*LJ*: Sure.",
		expected: [{ speakerRaw: "LJ" }, { speaker: "Linus Torvalds" }, { speakerRaw: "LJ" }, { speaker: "Linus Torvalds" }, { speakerRaw: "LT" }, { speakerRaw: "LJ" }],
	},
	{
		name: "a speakers' Q&A page: `A1:` answers under `# Ryan McDonald` are his, under `# Vivi Nastase` hers, under a panel's heading no voice",
		note: "# Ryan McDonald\n\n### Zoom chat\n\nQ1: Do you split documents?\n\nA1 (live): Into sections, yes.\n\nQ2: And entities?\n\nA2: We link them.\n\n# Vivi Nastase\n\nQ1: Why graphs?\n\nA1: They hold relations.\n\nQ2: And trees?\n\nA2: Less so.\n\n# Panel with Asma and Byron\n\nQ1: Who leads?\n\nA1: Nobody does.",
		expected: [{ speaker: null }, { speaker: "Ryan McDonald", text: "Into sections, yes." }, { speaker: null }, { speaker: "Ryan McDonald" }, { speaker: null }, { speaker: "Vivi Nastase" }, { speaker: null }, { speaker: "Vivi Nastase" }, { speaker: null, text: "Who leads?" }],
	},
	{
		name: "`## Entrevista com Vinícius Martinelli` over `**Entrevistado:**` turns gives them to him; the interviewer stays nobody",
		note: "## Entrevista com Vinícius Martinelli\n\n**Entrevistadora:** Qual é o seu nome?\n\n**Entrevistado:** O meu nome é Vinícius.\n\n**Entrevistadora:** E a sua idade?\n\n**Entrevistado:** Vinte e um anos.",
		expected: [{ speaker: null, speakerRaw: "Entrevistadora" }, { speaker: "Vinícius Martinelli" }, { speaker: null }, { speaker: "Vinícius Martinelli", text: "Vinte e um anos." }],
	},
	{
		name: "`**Entrevistadora:** Maria de Fátima Centeio` and `**Entrevistado:**` over `**Pergunta:**`/`**Resposta:**` turns name both voices",
		note: "**Entrevistadora:** Maria de Fátima Centeio\n\n**Entrevistado:** Alexandre Machado\n\n**Pergunta:** Onde nasceu?\n\n**Resposta:** Nasci em Braga.\n\n**Pergunta:** E a escola?\n\n**Resposta:** Era perto de casa.",
		expected: [{ line: 5, speaker: "Maria de Fátima Centeio" }, { speaker: "Alexandre Machado" }, { speaker: "Maria de Fátima Centeio" }, { speaker: "Alexandre Machado", text: "Era perto de casa." }],
	},
	{
		name: "`Resposta:` is an answer's label, nobody's name, where no role line names who answers",
		note: "**Pergunta:** Onde nasceu?\n\n**Resposta:** Nasci em Braga.\n\n**Pergunta:** E a escola?\n\n**Resposta:** Era perto de casa.",
		expected: [],
	},
	{
		name: "`INTERVIEWER: Peter Asaro` over the transcript gives the `Q:` turns to him",
		note: "INTERVIEWEE: Tatsuo Arai\nINTERVIEWER: Peter Asaro\n\n**Q:** Tell us your name.\n\n**Tatsuo Arai:** I am Tatsuo Arai.\n\n**Q:** When did you start?\n\n**Tatsuo Arai:** In 1975.",
		expected: [{ line: 4, speaker: "Peter Asaro" }, { speaker: "Tatsuo Arai" }, { speaker: "Peter Asaro" }, { speaker: "Tatsuo Arai" }],
	},
	{
		name: "a one-letter label is the one full name of the note's title with that initial; a letter nobody's name begins stays as written",
		note: "# Holden Marcsisin\n\nC: Hello! Can you tell us your name?\n\nH: I am Holden, a student from Pittsburgh.\n\nC: How did you discover Rust?\n\nH: One of my friends.",
		expected: [{ speaker: "C" }, { speaker: "Holden Marcsisin", speakerRaw: "H", inferred: "note-name" }, { speaker: "C" }, { speaker: "Holden Marcsisin" }],
	},
	{
		name: "a public-radio transcript: `NAME, HOST:` once (the role dropped), then the surname alone, in capitals, is that person",
		note: "BILL KURTIS, BYLINE: From NPR, this is the news quiz.\n\nKURTIS: And here's your host, Peter Sagal.\n\nPETER SAGAL, HOST:\n\nThank you.\n\nSAGAL: Our first caller is on the line. It's Amy Dickinson.\n\nAMY DICKINSON: Hi, Peter.\n\nSAGAL: Hi, who's this?\n\nDICKINSON: Amy, from Chicago.\n\nKURTIS: Next question.",
		expected: [
			{ line: 1, speaker: "BILL KURTIS", speakerRaw: "BILL KURTIS", text: "From NPR, this is the news quiz." },
			{ speaker: "Bill Kurtis", speakerRaw: "KURTIS" },
			{ line: 5, endLine: 7, speaker: "PETER SAGAL" },
			{ speaker: "Peter Sagal" },
			{ speaker: "AMY DICKINSON" },
			{ speaker: "Peter Sagal" },
			{ speaker: "Amy Dickinson", speakerRaw: "DICKINSON" },
			{ speaker: "Bill Kurtis" },
		],
	},
	{
		name: "a surname in capitals after a full label with a middle initial is the name without it (`Stephen J. DUBNER`, `Stephen Dubner`)",
		note: "DUBNER: Hello there, how are you?\n\nDUCKWORTH: I'm Angela Duckworth.\n\nDUBNER: I'm Stephen Dubner.\n\nStephen J. DUBNER: Angela, a question.\n\nDUCKWORTH: Of course.\n\nStephen J. DUBNER: Go.",
		expected: [{ speaker: "Stephen Dubner" }, { speaker: "Angela Duckworth" }, { speaker: "Stephen Dubner" }, { speaker: "Stephen J. DUBNER" }, { speaker: "Angela Duckworth" }, { speaker: "Stephen J. DUBNER" }],
	},
	{
		name: "a first name of four capitals (`MARK:`) is the full name the text gives it, not initials",
		note: "MARK: Hi, and welcome to the show. I'm Mark Mandel, and I'm here with Melanie Warrick.\n\nMELANIE: Good to be back.\n\nMARK: Thank you, Melanie.\n\nMELANIE: Let us start.",
		expected: [{ speaker: "Mark Mandel", speakerRaw: "MARK", inferred: "note-name" }, { speaker: "Melanie Warrick" }, { speaker: "Mark Mandel" }, { speaker: "Melanie Warrick" }],
	},
	{
		name: "labels in bold italics, then initials with a digraph or a hyphen (`WCh`, `Ż.Ł-T`), the labels' names over the prose's declined ones",
		note: "Rozmowa z Wiktorią Choręziak przeprowadzona przez Marię Lewalską.\n\n***Maria Lewalska:*** Zanim zaczniemy, powiedz coś o sobie.\n\n***Wiktoria Choręziak:*** Od urodzenia jestem Głucha.\n\n***ML:*** A Twoi znajomi?\n\n***WCh:*** W większości słyszący.\n\n***Żaneta Łucka-Tomczyk:*** Pytanie z sali.\n\n***WCh:*** Dziękuję.\n\n***Ż.Ł-T:*** Jeszcze jedno.\n\n***WCh:*** Proszę.",
		expected: [
			{ line: 3, speaker: "Maria Lewalska", text: "Zanim zaczniemy, powiedz coś o sobie." },
			{ speaker: "Wiktoria Choręziak" },
			{ speaker: "Maria Lewalska", speakerRaw: "ML" },
			{ speaker: "Wiktoria Choręziak", speakerRaw: "WCh" },
			{ speaker: "Żaneta Łucka-Tomczyk" },
			{ speaker: "Wiktoria Choręziak" },
			{ speaker: "Żaneta Łucka-Tomczyk", speakerRaw: "Ż.Ł-T" },
			{ speaker: "Wiktoria Choręziak" },
		],
	},
	{
		name: "HTML paragraphs with the label in italics and a no-break space (`<p><em>Jeroen</em>&nbsp; …`); the author's `Ik` is nobody's name",
		note: "<h4>Jeroen</h4>\n\n<p><em>Ik</em>&nbsp; Goedemorgen! Mag ik u iets vragen?</p>\n\n<p><em>Jeroen</em>&nbsp; Ja, waarom niet?</p>\n\n<p><em>Ik</em>&nbsp; Hoe heet u?</p>\n\n<p><em>Jeroen</em>&nbsp; Jeroen, ik ga naar mijn werk.</p>",
		expected: [
			{ line: 3, speaker: null, speakerRaw: "Ik", text: "Goedemorgen! Mag ik u iets vragen?" },
			{ speaker: "Jeroen", text: "Ja, waarom niet?" },
			{ speaker: null },
			{ speaker: "Jeroen" },
		],
	},
	{
		name: "two people joined in one frontmatter value (`people: A et B`), and a hyphenated first name as a label (`Pierre-Yves`)",
		note: "---\npeople: Mathilde Longuet et Pierre-Yves Gibello\n---\n\n**Pierre-Yves :**\n\nLe problème, c'est le cycle de vie.\n\n**Mathilde :**\n\nOn a besoin de changements plus globaux.\n\n**Pierre-Yves :**\n\nExactement.\n\n**Mathilde :**\n\nVoilà.",
		expected: [
			{ speaker: "Pierre-Yves Gibello", speakerRaw: "Pierre-Yves", inferred: "first-name" },
			{ speaker: "Mathilde Longuet", speakerRaw: "Mathilde" },
			{ speaker: "Pierre-Yves Gibello" },
			{ speaker: "Mathilde Longuet" },
		],
	},
	{
		name: "a quote board: each `<q class=\"matt\">` line in a `<div class=\"quote\">` is that voice's (the frontmatter's hosts), `data-name` a full name",
		note: "---\nhosts:\n  - Ben\n  - Matt\n---\n\n<div class=\"quote\">\n  {% timeLink {t:'0:00'} %}\n  <q class=\"matt\">Episode 178: Bigfoot.</q>\n  <q class=\"ben\">Yeah. It was quite an episode.</q>\n  <q data-name=\"Brandon Gibbs\">Time loop, everyone.</q>\n  <q data-name=\"Brandon Gibbs\">Again.</q>\n</div>",
		expected: [
			{ line: 9, endLine: 9, speaker: "Matt", speakerRaw: "Matt", text: "Episode 178: Bigfoot." },
			{ speaker: "Ben", text: "Yeah. It was quite an episode." },
			{ speaker: "Brandon Gibbs" },
			{ speaker: "Brandon Gibbs", text: "Again." },
		],
	},
	{
		name: "a screenplay in HTML: each `<div class=\"dialog\"><p class=\"character\">PHIL</p>` line is that character's speech, the action lines none",
		note: '<div id="wrapper" class="screenplay">\n<h6>INT. OFFICE - DAY</h6>\n<div class="action"><p>Phil turns to Mary.</p></div>\n<div class="dialog"><p class="character">PHIL</p><p>Could you help me?</p></div>\n<div class="dialog cait_01"><p class="character">MARY</p><p>Sure, what do you want to know?</p></div>\n<div class="action"><p>Phil points.</p></div>\n<div class="dialog"><p class="character">PHIL</p><p>What is this?</p></div>\n<div class="dialog"><p class="character">MARY</p><p>That.</p></div>\n</div>',
		expected: [
			{ line: 4, endLine: 4, speaker: "PHIL" },
			{ line: 5, endLine: 5, speaker: "MARY", text: "Sure, what do you want to know?" },
			{ line: 7, endLine: 7, speaker: "PHIL" },
			{ line: 8, endLine: 8, speaker: "MARY" },
		],
	},
	{
		name: "a script converted by Pandoc: `\\[ADOLFO\\] text` labels (brackets escaped, no colon) where two voices recur",
		note: "[Host: Adolfo Neto (UTFPR)]{.mark}\n\n[Co-host: Ingrid Nunes (UFRGS)]{.mark}\n\n\\[ADOLFO\\] Hoje vamos conversar com Edna.\n\n\\[INGRID\\] Tudo bem, Edna?\n\n\\[ADOLFO\\] Edna, como você caracteriza\no setor público?\n\n\\[INGRID\\] Obrigada.",
		expected: [
			{ line: 5, speaker: "Adolfo Neto", speakerRaw: "ADOLFO", text: "Hoje vamos conversar com Edna." },
			{ speaker: "Ingrid Nunes" },
			{ line: 9, endLine: 10, speaker: "Adolfo Neto" },
			{ speaker: "Ingrid Nunes" },
		],
	},
	{
		name: "a played clip's label (`Extrait 1 :`) is a turn without a speaker and ends the host's turn",
		note: "Richard :\n\nBonjour Marion.\n\nMarion :\n\nBonjour.\n\nRichard :\n\nOn va écouter quelques extraits.\n\nMarion :\n\nOui.\n\nRichard :\n\nAllons-y.\n\nExtrait 1 :\n\nÉvénement suivant, une pandémie mondiale.\n\nExtrait 2 :\n\nAlors là, c'est serré.",
		expected: [{ speaker: "Richard" }, { speaker: "Marion" }, { speaker: "Richard" }, { speaker: "Marion" }, { line: 17, endLine: 19, speaker: "Richard" }, { line: 21, speaker: null, speakerRaw: "Extrait 1" }, { speaker: null, speakerRaw: "Extrait 2" }],
	},
	{
		name: "`Name, Outlet:` once (the outlet dropped), then the outlet's initials (`IR:`) or the surname alone are that voice",
		note: "Logan Finney, Idaho Reports: Hello and welcome. I'm Logan Finney.\n\nMatthew Paskash, Idaho Department of Labor: Thanks for having me.\n\nIR: What was the survey looking at?\n\nPaskash: Well, I'll start with the motivation.\n\nIR: Thank you.",
		expected: [
			{ speaker: "Logan Finney", speakerRaw: "Logan Finney" },
			{ speaker: "Matthew Paskash" },
			{ speaker: "Logan Finney", speakerRaw: "Logan Finney" },
			{ speaker: "Matthew Paskash", speakerRaw: "Paskash" },
			{ speaker: "Logan Finney" },
		],
	},
	{
		name: "an interviewer's question set off in bold with the name inside (`**Sandipan: …?**`), also over two lines, is the interviewer's turn",
		note: "**Sandipan: Can you tell us about yourself?**\n\n**Ben**: Hi, I'm Ben.\n\n**Sandipan: And how is Steering different\nfrom SIGs?**\n\n**Ben**: It charters groups.",
		expected: [
			{ line: 1, speaker: "Sandipan", text: "Can you tell us about yourself?" },
			{ speaker: "Ben" },
			{ line: 5, endLine: 6, speaker: "Sandipan", text: "And how is Steering different\nfrom SIGs?" },
			{ speaker: "Ben" },
		],
	},
	{
		name: "an interviewer's bold questions: a span broken by a linked title, one closing on `?)`, and one closing on a statement among that voice's questions",
		note: "**Melody Kramer: What do you publish?**\n\n**Amanda Weaver:** Research.\n\n**MK: Your office has written** [**a white paper**](https://example.org/iopt) **about this. Tell me more.**\n\n**AW:** Sensors.\n\n**MK: How do you use technology? (Drones, etc.?)**\n\n**AW:** Carefully.\n\n**MK: Why?**\n\n**AW:** Because.",
		expected: [
			{ speaker: "Melody Kramer", line: 1 },
			{ speaker: "Amanda Weaver" },
			{ speaker: "Melody Kramer", speakerRaw: "MK", line: 5 },
			{ speaker: "Amanda Weaver" },
			{ speaker: "Melody Kramer", line: 9, text: "How do you use technology? (Drones, etc.?)" },
			{ speaker: "Amanda Weaver" },
			{ speaker: "Melody Kramer", line: 13 },
			{ speaker: "Amanda Weaver" },
		],
	},
	{
		name: "a field in bold (`**Responsibility: Score 400 companies.**`) once among bold questions is no turn",
		note: "**Sandipan: Can you tell us about yourself?**\n\n**Ben**: Hi, I'm Ben.\n\n**Responsibility: Score 400 companies.**\n\n**Sandipan: And then?**\n\n**Ben**: It charters groups.",
		expected: [{ speaker: "Sandipan", line: 1 }, { speaker: "Ben", line: 3, endLine: 3 }, { speaker: "Sandipan", line: 7 }, { speaker: "Ben" }],
	},
	{
		name: "a bold name, then a role in parentheses and a colon outside the bold (`**Mark Trammell** (design researcher):`), first names later",
		note: "*How have you been working?*\n\n**Mark Trammell** (design researcher): Remote interviews.\n\n**Atul Varma** (developer/designer): Research matters.\n\n**Mark:** Yes.\n\n**Atul:** Indeed.\n\n**Book** (2019): a title, once.",
		expected: [
			{ speaker: "Mark Trammell", line: 3, text: "Remote interviews." },
			{ speaker: "Atul Varma", line: 5 },
			{ speaker: "Mark Trammell", speakerRaw: "Mark" },
			{ speaker: "Atul Varma", speakerRaw: "Atul", line: 9, endLine: 11 },
		],
	},
	{
		name: "a bold label with an affiliation (`**Cheeky (Protocol Guild)**:`) is the name's turn; initials in it (`**Madhav Jivrajani (MJ)**:`) stand for the name later",
		note: "**Tomasz**: On the panel we have Cheeky and Madhav.\n\n**Cheeky (Protocol Guild)**: The answer is, it's complicated.\n\n**Madhav Jivrajani (MJ)**: Hello!\n\n**Tomasz**: Thank you.\n\n**Cheeky**: Briefly, yes.\n\n**MJ**: Precisely.\n\n**Audience Member (LibP2P)**: We compete with you.\n\n**Audience Member (Lido)**: So do we.",
		expected: [
			{ speaker: "Tomasz" },
			{ speaker: "Cheeky", speakerRaw: "Cheeky" },
			{ speaker: "Madhav Jivrajani" },
			{ speaker: "Tomasz" },
			{ speaker: "Cheeky" },
			{ speaker: "Madhav Jivrajani", speakerRaw: "Madhav Jivrajani" },
			{ speaker: null, speakerRaw: "Audience Member" },
			{ speaker: null, speakerRaw: "Audience Member" },
		],
	},
	{
		name: "a one-letter label is the name the text introduces with that initial (`there's me, Saf`, `joined by Canti`); of two, the one the talk keeps using",
		note: "S: Welcome aboard. I'll introduce the crew: there's me, Saf. I'm joined by Canti.\n\nC: Hello!\n\nS: And also by Alex.\n\nA: Hullo.\n\nC: So Saf, what did you play?\n\nS: Nothing, Canti. I was driven by Cardamone daily.\n\nA: Canti has the list.",
		expected: [
			{ speaker: "Saf", speakerRaw: "S", inferred: "note-name" },
			{ speaker: "Canti", speakerRaw: "C" },
			{ speaker: "Saf" },
			{ speaker: "Alex", speakerRaw: "A" },
			{ speaker: "Canti" },
			{ speaker: "Saf" },
			{ speaker: "Alex" },
		],
	},
	{
		name: "two names introduced with one initial, each written as often, leave the letter as written",
		note: "S: I'm Saf, joined by Canti.\n\nC: And I am Cora.\n\nS: Hi.\n\nC: Hello.",
		expected: [{ speaker: "Saf" }, { speaker: "C" }, { speaker: "Saf" }, { speaker: "C" }],
	},
	{
		name: "a hand transcript's bare initials open turns (`S Hello…`, no colon), each running over its wrapped lines",
		note: "S Hello and welcome aboard. I am your host, Saf, and with me are Canti\n\nC Hello!\n\nS and Alex\n\nA Hello\n\nS So, I am Saf, and I started this network\nwith one goal.\n\n[laughter]\n\nC Yeah\n\nS Right. Canti?\n\nC I'm Canti.\n\nA I'm Alex.",
		expected: [
			{ line: 1, speaker: "Saf", speakerRaw: "S" },
			{ speaker: "Canti", speakerRaw: "C" },
			{ speaker: "Saf", text: "and Alex" },
			{ speaker: "Alex", speakerRaw: "A" },
			{ line: 9, endLine: 10, speaker: "Saf" },
			{ line: 14, speaker: "Canti", text: "Yeah" },
			{ speaker: "Saf" },
			{ speaker: "Canti" },
			{ speaker: "Alex" },
		],
	},
	{
		name: "a short form of a first name (`__Oli__`) is the one full label whose first name it begins, even one said once",
		note: "__Ben Striegel__: Welcome.\n\n__Oliver Scherer__: Oli comes from Oliver.\n\n__Ben__: Okay.\n\n__Oli__: OBK is my hometown.\n\n__Ben__: Nice.\n\n__Oli__: Yes.",
		expected: [
			{ speaker: "Ben Striegel" },
			{ line: 3, speaker: "Oliver Scherer" },
			{ speaker: "Ben Striegel" },
			{ speaker: "Oliver Scherer", speakerRaw: "Oli", inferred: "first-name" },
			{ speaker: "Ben Striegel" },
			{ speaker: "Oliver Scherer" },
		],
	},
	{
		name: "short dialogue labels take the full names of the note's intro, a link before them",
		note: "I’ve long [been a fan](https://example.com/a/) of the Rich Ziade / Paul Ford podcast duo (again?).\n\n> Paul: One.\n>\n> Rich: Two.\n\n> Paul: Three.\n>\n> Rich: Four.",
		expected: [{ speaker: "Paul Ford", inferred: "note-name" }, { speaker: "Rich Ziade" }, { speaker: "Paul Ford" }, { speaker: "Rich Ziade" }],
	},
	{
		name: "a first name after a dash takes the full name of a bold credits line, not a sentence's opening word before it",
		note: "> \"Tu lances et c'est parti.\" — Audrey\n\nQuand Audrey arrive, la stack est vieille.\n\n**David Leuliette** → [Twitter](https://x.com/a)\n\n**Audrey Wech** → [BlueSky](https://bsky.app/b)",
		expected: [{ speaker: "Audrey Wech", inferred: "note-name" }],
	},
	{
		name: "capitalised heading labels take the full names of an audio drama's cast (`voiced:`), a nickname in quotes standing for its person",
		note:
			"---\nvoiced: [Alice 'Daisy' Tonner, Elias Bouchard]\n---\n\n#### DAISY\n\nThere was a time I would have said no.\n\n#### ELIAS\n\nAnd now?\n\n" +
			"#### DAISY\n\nNow I keep the doors shut.\n\n#### ELIAS\n\nGood.\n\n#### UNNAMED\n\nRun.\n\n#### UNNAMED\n\nFaster.",
		expected: [
			{ speaker: "Alice Tonner", speakerRaw: "DAISY" },
			{ speaker: "Elias Bouchard", speakerRaw: "ELIAS" },
			{ speaker: "Alice Tonner" },
			{ speaker: "Elias Bouchard" },
			{ speaker: null, speakerRaw: "UNNAMED" },
			{ speaker: null, speakerRaw: "UNNAMED" },
		],
	},
	{
		name: "a voice's surname (`**Kashkari:**`) is the voice the transcript names in full, not a longer name its title seems to write",
		note: "---\ntitle: Kashkari Cautious on Rate Cuts\n---\n\n**Kai Ryssdal:** Scale of 1 to 10?\n\n**Neel Kashkari:** Seven.\n\n**Ryssdal:** What keeps you up?\n\n**Kashkari:** Inflation.",
		expected: [{ speaker: "Kai Ryssdal" }, { speaker: "Neel Kashkari" }, { speaker: "Kai Ryssdal" }, { speaker: "Neel Kashkari" }],
	},
	{
		name: "a title's two-word role before the name (`An Interview With Type Designer Akira Kobayashi`)",
		note: "# An Interview With Type Designer Akira Kobayashi\n\n**Q: When did it begin?**\n\n**Kobayashi**: In school.\n\n**Q: And then?**\n\n**Kobayashi**: In 1994.",
		expected: [{ speaker: null }, { speaker: "Akira Kobayashi" }, { speaker: null }, { speaker: "Akira Kobayashi" }],
	},
	{
		name: "a surname with its particle (`DE LIMA:`) after one full label with an office (`SENATOR LEILA DE LIMA:`) is that person",
		note: "---\ntitle: Interview of Senator Leila de Lima\n---\n\nQ: How is it?\n\nSENATOR LEILA DE LIMA: Okay, broad strokes.\n\nQ: Which one?\n\nDE LIMA: I am open to either.\n\nQ: When?\n\nDE LIMA: Very soon.",
		expected: [{ speaker: null }, { speaker: "Leila De Lima", line: 7 }, { speaker: null }, { speaker: "Leila De Lima" }, { speaker: null }, { speaker: "Leila De Lima" }],
	},
	{
		name: "a shouted surname (`LIMA:`) after a full label in capitals with an office is the name as prose writes it",
		note: "Q: How is it?\n\nSENATOR LEILA LIMA: Okay.\n\nQ: Which one?\n\nLIMA: Either.\n\nQ: When?\n\nLIMA: Soon.",
		expected: [{ speaker: null }, { speaker: "Leila Lima" }, { speaker: null }, { speaker: "Leila Lima" }, { speaker: null }, { speaker: "Leila Lima" }],
	},
];

const labelTraps: Row[] = [
	// takatakatake (probe 438): a blog's posts pasted one after another, each with its `**Categories:**` line.
	{
		name: "a post's `**Categories:**` line, once per post, is a field",
		note: "## Unua\n\n**Categories:** E\n\nTeksto.\n\n## Dua\n\n**Categories:** Lernado kaj Forumo\n\nTeksto.\n\n## Tria\n\n**Categories:** E",
		expected: [],
	},
	// madfam (probe 429): a script laid out as a WhatsApp group, each message's day and time in italics under its sender.
	{
		name: "a chat's day before a message's time (`_Hoy 8:30 AM_`, `_Today 9:14_`) is when it was sent, never who sent it",
		note: "**PANELIA** 📱\n_Hoy 8:30 AM_\n¡Buenos días!\n\n**CARMEN** 📱\n_Hoy 8:32 AM_\nAy Panelia.\n\n**PANELIA** 📱\n_Hoy 8:33 AM_\n¡Exacto!\n\n**ROBERTO** 📱\n_Today 9:14_\nTechnically.\n\n**CARMEN** 📱\n_Today 9:15_\nNo.",
		expected: [],
	},
	// wwlang (probe 435): a course guide's SWOT prompts and its examples of weak and strong reflections.
	{
		name: "a SWOT's quadrants (`**Strengths:**`) and a guide's `NOT: \"…\"` and `YES: \"…\"` examples are fields",
		note: "- **Strengths:** What did she praise?\n- **Weaknesses:** What did she warn about?\n- **Opportunities:** What did she see coming?\n- **Threats:** What did she fear?\n\n**Depth:**\n- NOT: \"She was inspiring.\"\n- YES: \"When she described the setback, I realised my assumption was wrong.\"\n\n**Action:**\n- NOT: \"I should work on it.\"\n- YES: \"I will practise by Friday.\"",
		expected: [],
	},
	// ayopaddy, product-on-purpose (probes 452, 453): an earnings explainer's guidance and a research synthesis's theme cards.
	{
		name: "an earnings summary's figures (`- Revenue: $10.13 billion`, `- EPS: $4.23`) and a synthesis's `**Prevalence:**` are fields",
		note: "## What's Next?\n\n**Q4 2024 Guidance:**\n- Revenue: $10.13 billion\n- EPS: $4.23\n- Operating margin: 22%\n\n**2025 Outlook:**\n- Revenue: $43-44 billion (11-13% growth)\n- Continued margin improvement\n\n**Key Events in Q4:**\n- November 15: Jake Paul vs Mike Tyson\n- November 15: New season of Arcane\n\n### Theme 1\n\n**Prevalence:** 5 of 5 participants\n\n**Implication:** Users need one first step.",
		expected: [],
	},
	// bitcoin-core (probe 476): a weekly meeting's summary, each topic's `**Discussion ([log]):**` over the reported words.
	{
		name: "a meeting summary's `**Discussion ([log]):**` heads a topic, no one's turn: the words below are whoever the prose says",
		note: '# Meeting summary\n\n**Discussion ([log][log alert]):** Bryan Bishop requested the topic.\n\nGregory Maxwell said, "All supported versions have it gone\ncompletely, so that sounds good."\n\n**Discussion ([log][log b]):** Jonas asked about config.\n\n**Conclusion:** none.',
		expected: [{ line: 5, speaker: "Gregory Maxwell" }],
	},
	// melflin (probe 495): an assistant's blog on earning its owner's trust, in German.
	{
		name: "one plain voice whose words are each wholly a quotation (`Stefan: *\"Lösch es.\"*`) is a voice though no other recurs; `**Resultat:**` is a field",
		note: '# Vertrauen\n\nEines Tages sagte ich zu Stefan:\n\n> "Ich glaube, das fehlt."\n\nStefan: *"Gute Idee."*\n\n**Resultat:** Trust Level +1\n\nStefan: *"Lösch es."*\n\n**Resultat:** Trust Level +2\n\nJeder Schritt: "klein anfangen"\n\nStefan: "Gut gemacht, weiter so."',
		expected: [
			{ kind: "blockquote", line: 5, speaker: null },
			{ kind: "turn", line: 7, speaker: "Stefan" },
			{ kind: "turn", line: 11, speaker: "Stefan" },
			{ kind: "turn", line: 17, speaker: "Stefan" },
		],
	},
	{
		name: "a plain label once or twice with words that are not wholly a quotation stays no voice",
		note: 'Stefan: "Gute Idee," sagte er und ging.\n\nStefan: *"Lösch es."*',
		expected: [],
	},
	// joshdabosh (probe 490): a CTF write-up, each challenge's card quoted from the site.
	{
		name: "a challenge card's `Attachments:` is a field, no voice",
		note: "### Pigsfly\n> Attachments: pigsfly.png\n\nA substitution cipher.\n\n### Unsecured\n> Attachments: dump.pcap\n\nDecrypting gives the flag.\n\n### Listen\n> Attachments: audio.wav",
		expected: [],
	},
	// tylersahagun (probe 453): a user-interview summary's pain points, each with its card.
	{
		name: "a pain point's card (`**Severity:** Critical | **Frequency:** Every Use`, `**Impact:** …`) holds fields",
		note: "### 1. Zero visibility\n\n**Severity:** Critical | **Frequency:** Every Use\n\n**Impact:** Users turn the agent off.\n\n### 2. Testing is impossible\n\n**Severity:** High | **Frequency:** Every Configuration\n\n**Impact:** Nobody tests.",
		expected: [],
	},
	// doctorbracewell (probe 458): a discrete-mathematics course's glossary and proof steps.
	{
		name: "a proof's steps (`RTP:`, `Therefore:`, `Assumptions:`) and a glossary's `**Theorem** - …` are fields",
		note: "**Theorem** - A very important true statement\n\n**Lemma** - A true statement used in proving others.\n\n**Assumptions** - Statements that may be used for deduction.\n\n**Example 1**:\n\nAssumptions: P => Q\n\nRTP: Q holds.\n\nTherefore: Q, by modus ponens.\n\nRTP: R holds.\n\nTherefore: R.",
		expected: [],
	},
	// zhaozhichen (probe 427): a panel's guest cards, each guest's position and podcast in bold fields.
	{
		name: "a guest card's Chinese fields (`**职位**:`, `**播客**:`, `**亮点**:`) under each guest's heading are fields",
		note: "## 黄俊杰\n\n**职位**: 联合创始人兼总编辑\n\n**播客**: 晚点聊 LateTalk\n\n**亮点**:\n\n- 专注深度商业报道\n\n## 李路野\n\n**职位**: 市场经理\n\n**播客**: 知行小酒馆\n\n**亮点**:\n\n- 擅长引导用户深度思考",
		expected: [],
	},
	// jde-007/nj-legislation-analysis, Worldbuilding/kaztron: an analysis's fields under each passage, a bot manual's fields.
	{
		name: "`**Annotation:**`, `**Match Quality:**` under each quoted claim, and a manual's `**Usage**:` and `**Aliases**:`, are fields",
		note: "### Claim 1\n\n**Annotation:** Her testimony shaped three bills.\n\n**Match Quality:** HIGH, the bills cite it.\n\n### Claim 2\n\n**Annotation:** No bill followed.\n\n**Match Quality:** NONE, nothing changed.\n\n## Commands\n\n**Usage**: .quote add <user> <text>\n\n**Aliases**: q, quotes\n\n**Usage**: .quote list <user>\n\n**Aliases**: ql",
		expected: [],
	},
	// geovedi: book notes closing each insight with the reader's own `**Quick Take**:`.
	{
		name: "a book note's recurring `**Quick Take**: …` after each passage is the reader's field, no voice",
		note: "### Nostalgia\n\n> \"My dear little cupboard.\"\n\n**Quick Take**: Past beauty becomes future burden.\n\n### Change\n\n> \"My father was a serf.\"\n\n**Quick Take**: Social change is personal.\n\n### Paralysis\n\n**Quick Take**: Talk is not action.",
		expected: [{ kind: "blockquote" }, { kind: "blockquote" }],
	},
	{
		name: "a talk's `**Punchline**: \"…\"` and a Russian talk list's `Доклад:` lines are fields",
		note: "## Shotgun\n**Punchline**: \"Creemos que es cómo deberían funcionar las cosas.\"\n\n## Sniper\n**Punchline**: \"Siempre faltan los 5 centavos para el peso.\"\n\n## Выступления\n- **Techdoc Meetup**\n  Доклад: [«Одна профессия, чтобы управлять ими всеми»](https://youtu.be/a)\n- **Second meetup**\n  Доклад: [«Агрегатные состояния внутренней документации»](https://youtu.be/b)",
		expected: [],
	},
	{
		name: "bold abbreviations opening items (`- **API**: …`, `- **CLI**: …`) that stand for no one on the page are terms",
		note: "## Glossary\n\n- **API**: the interface a program offers.\n- **CLI**: the command line.\n- **SDK**: a kit of libraries.\n- **API**: again, the interface.",
		expected: [],
	},
	{
		name: "companies before a colon in nested notes (`- Amazon: Nova models…`) are no people, though the note writes `Microsoft Maia` elsewhere",
		note: "## Players\nMicrosoft Maia and Amazon Trainium are custom chips; the Dell'Oro Group counts ports.\n\n* Chips\n  - Microsoft: Failed post-Inflection AI acquisition; internal models never caught up\n    - Amazon: Nova models are not in the top 20.\n  - Dell'Oro: 2025 was the turning point for Ethernet.\n  - Amazon: Trainium is cheaper.",
		expected: [],
	},
	{
		name: "a review card's `Highlight:`, `Lowlight:` and `Rating:` lines, however often, are fields",
		note: "**The Microphones - The Glow Pt. 2**\n\nI remember liking this album.\n\nHighlight: The loud parts\n\nLowlight: Most songs feel incomplete\n\nRating: 5/10\n\n**Dissection - Storm of the Light's Bane**\n\nHighlight: Where Dead Angels Lie\n\nLowlight: None\n\nRating: 8/10",
		expected: [],
	},
	{
		name: "items opening with a bracketed word that is no name (`- (optional)`, `- (WIP)`), or only two bracketed names, are no turns",
		note: "## Tasks\n- (optional) add learning objectives to the episode files\n- (WIP) Create placeholder files\n- (Done) Schedule a trial run\n- (Recommended) Read chapter 4\n\n## Notes\n- (Anna) we should ship it\n- (Ben) agreed, next week",
		expected: [],
	},
	{
		name: "code and HTML that open lines with angle brackets (`<T> T[] toArray()`, `<p> text`, `<name>Ada</name>`) are no chat log",
		note: "```java\n<nick> T[] toArray(T[] a);\n<nick> void sort(List<T> list);\n<other> E first();\n<other> E last();\n```\n\n```\n<T> T[] toArray(T[] a);\n<E> E first();\n<T> void sort(List<T> list);\n<E> E last();\n```\n\n<p> First paragraph of the page.\n<p> Second paragraph of the page.\n<name>Ada</name> and more\n<name>Bob</name> and more",
		expected: [],
	},
	{
		name: "an unattributed blockquote right under a heading of a transcript is the section's summary, no quote",
		note: "# Cure.fit with Ankit Nagori\n\n## Origin Story\n> IIT to Flipkart for 6 years, then Cure.fit\n\nAnkit Nagori  0:00\nGreat. So my journey started with Flipkart.\n\nNirant  1:06\nA multi category platform.\n\n## Go To Market\n> Started with the stickiest habit: gyms\n\nAnkit Nagori  2:45\nGyms were the obvious start.\n\nNirant  3:10\nWhy?",
		expected: [{ speaker: "Ankit Nagori", line: 6 }, { speaker: "Nirant" }, { speaker: "Ankit Nagori", line: 15 }, { speaker: "Nirant" }],
	},
	{
		name: "a bold term once beside two recurring bold voices is no voice",
		note: "**Chris Adams:** Welcome.\n\n**Kristina Devochko:** Thanks.\n\n**Chris Adams:** Bye.\n\n**Kristina Devochko:** Bye.\n\n**Show notes:** links below.",
		expected: [{ speaker: "Chris Adams" }, { speaker: "Kristina Devochko" }, { speaker: "Chris Adams" }, { speaker: "Kristina Devochko", line: 7 }],
	},
	{
		name: "a book's bracketed title in bold inside a turn is no label (`**[Trail of Lightning]** by …`)",
		note: "__Megan: [00:06:24]__ When I was making this list I read\n**[Trail of Lightning]** by **Rebecca Roanhorse**, which is great.\n\n__Saf: [00:07:00]__ Awesome.\n\n__Megan: [00:07:10]__ Yes.\n\n__Saf: [00:07:20]__ Right.",
		expected: [{ speaker: "Megan", line: 1, endLine: 2 }, { speaker: "Saf" }, { speaker: "Megan" }, { speaker: "Saf" }],
	},
	{
		name: "a chapter list's bare times before topics with colons are no turns",
		note: "0:00 Intro: who we are\n\n3:12 Pricing: what we charge\n\n9:40 Hiring: the first ten people",
		expected: [],
	},
	{ name: "a glossary of bold terms then a dash, each once, is no talk", note: "**Obsidian** - a note app.\n\n**Dataview** - a query plugin.", expected: [] },
	{
		name: "a clip's card repeated for each clip (`**Timestamps:**`, `**Platform:**`, `**Clip Title:**`, `**Suggested Caption:**`) is no talk",
		note: "## Clip 1\n\n**Timestamps:** [00:03:21 - 00:03:42]\n**Duration:** 21 seconds\n**Platform:** LinkedIn\n\n**Clip Title:** \"Are You Really Doing Security?\"\n\n**Suggested Caption:** Most companies are not doing it.\n\n## Clip 2\n\n**Timestamps:** [00:35:50 - 00:36:16]\n**Duration:** 26 seconds\n**Platform:** Twitter\n\n**Clip Title:** \"The People Writing Your Code\"\n\n**Suggested Caption:** Nobody trained them.",
		expected: [],
	},
	{ name: "two handles in bold once each are no talk", note: "**alpha:** one thing.\n\n**beta:** another thing.", expected: [] },
	{ name: "handles in an inline element once each are no talk", note: "<code>npm</code> - the package manager.\n\n<code>node</code> - the runtime.", expected: [] },
	{
		name: "bold field lines with a value (`**Sensitivity: high**`) and an FAQ's `**Q: …?**` are no voices",
		note: "**Sensitivity: high**\n\n**Sensitivity: low**\n\n**Q: Why Gemini?**\n\nIt is cheaper.\n\n**Q: What about rate limits?**\n\nWe batch.",
		expected: [],
	},
	{
		name: "a research memo's recurring field labels (`**Risk:**`, `**GPU-ASIC Agnosticism Score:**`) are fields, no voices",
		note: "### ALAB\n\n**GPU-ASIC Agnosticism Score:** Very High — wins more if ASICs proliferate.\n\n**Risk:** Margin concerns pushed the stock down.\n\n### CRDO\n\n**GPU-ASIC Agnosticism Score:** Very High — adoption accelerates.\n\n**Risk:** Customer concentration.",
		expected: [],
	},
	{
		name: "one escaped bracket before prose (`\\[Nota\\] …`) is no voice",
		note: "\\[Nota\\] Este roteiro é uma estimativa.\n\nTexto normal aqui.",
		expected: [],
	},
	{
		name: "bold labels in italics (`_**Антония: …?**_`, `_**Н:**_ …`, the other way round `**_Антония: …? _**`), a `\\==` separator after a question",
		note: "_**Антония: И новият роман ли е плод на усилие?**_\n\n\\==\n\n_**Николай: **_За мен романът никога не е усилие.\n\n**_Антония: Какви са целите на писането? _**\n\n_**Н:**_ Около година.",
		expected: [
			{ line: 1, speaker: "Антония", text: "И новият роман ли е плод на усилие?" },
			{ line: 5, speaker: "Николай", text: "За мен романът никога не е усилие." },
			{ line: 7, speaker: "Антония" },
			{ line: 9, speaker: "Николай", text: "Около година." },
		],
	},
	{
		name: "a bold italic statement that asks nothing, and bold italic field labels, are no turns",
		note: "**_Key Takeaway:_** Search engines were built for people.\n\n_**Note: the episode aired in May.**_\n\n**_Key Takeaway:_** AI needs other search engines.",
		expected: [],
	},
	{
		name: "a label with the Hindi `-ji` of respect (`Swamiji:`) is the one the note names in full (`Swami Vivekananda`)",
		note: "The disciple found the Sannyasin to be his Guru, Swami Vivekananda.\n\nSwamiji: I came on business. Will you go to the Math?\n\nDisciple: Yes, sir.\n\nSwamiji: Then look for a boat.\n\nDisciple: I will.",
		expected: [{ speaker: "Swami Vivekananda" }, { speaker: "Disciple" }, { speaker: "Swami Vivekananda" }, { speaker: "Disciple" }],
	},
	{
		name: "a Japanese name ending in `ji` (`Kenji:`) is no `-ji` of respect",
		note: "We talked with Ken Watanabe and Kenji Sato.\n\nKenji: I came on business.\n\nAda: Welcome.\n\nKenji: Thanks.\n\nAda: Bye.",
		expected: [{ speaker: "Kenji Sato" }, { speaker: "Ada" }, { speaker: "Kenji Sato" }, { speaker: "Ada" }],
	},
	{
		name: "a `-ji` label the note names no one by stays as written",
		note: "A walk by the river.\n\nSwamiji: I came on business.\n\nDisciple: Yes, sir.\n\nSwamiji: Then look for a boat.\n\nDisciple: I will.",
		expected: [{ speaker: "Swamiji" }, { speaker: "Disciple" }, { speaker: "Swamiji" }, { speaker: "Disciple" }],
	},
	{
		name: "a role label whose turns introduce one person (`**Host:**` … \"Hi, I'm Dr Paulin Kantue.\") is that person, the title dropped",
		note: "**Host:**\nToday we dive into a critical story.\n\n**Host:**\nHi, I'm Dr Paulin Kantue. Welcome to another episode.\n\n**Host:**\nHere is where it gets troubling.",
		expected: [{ speaker: "Paulin Kantue" }, { speaker: "Paulin Kantue" }, { speaker: "Paulin Kantue" }],
	},
	{
		name: "a role label under which two people introduce themselves, or none by a name, stays nobody's",
		note: "**Host:**\nHi, I'm Ada Brook.\n\n**Host:**\nAnd I'm Bob Stone.\n\n**Guest:**\nI'm Really Happy to be here.\n\n**Guest:**\nThanks.",
		expected: [{ speaker: null }, { speaker: null }, { speaker: null }, { speaker: null }],
	},
	{
		name: "a gamer tag in mixed case with digits (`**RapidRaven880:**`) is a voice beside a named one",
		note: "**RapidRaven880:** Welcome to the show.\n\n**MatosPT:** Thanks, glad to be here.\n\n**RapidRaven880:** So what is new?\n\n**MatosPT:** Not much.\n\n**RapidRaven880:** Great.",
		expected: [{ speaker: "RapidRaven880" }, { speaker: "MatosPT" }, { speaker: "RapidRaven880" }, { speaker: "MatosPT" }, { speaker: "RapidRaven880" }],
	},
	{
		name: "bold labels with digits that are steps or versions, each once, are no voices",
		note: "**Step1:** Install the tool.\n\n**Step2:** Run it.\n\n**Python3:** works too.",
		expected: [],
	},
	{
		name: "initials in brackets right after the name (`Maharshi(M)  :`) stand for it; `Sri` before a full name is an honorific",
		note: "# Talks\n\nWe read the talks of Sri Ramana Maharshi.\n\nQuestioner(Q): What is the object of Self-Realisation?\n\nMaharshi(M)  : Why should you seek it?\n\nQ:  What is that?\n\nM:  The discontent ends.\n\nQ: And then?\n\nM: Then rest.",
		expected: [{ speaker: null }, { speaker: "Ramana Maharshi" }, { speaker: null }, { speaker: "Ramana Maharshi" }, { speaker: null }, { speaker: "Ramana Maharshi" }],
	},
	{
		name: "a function call with a capital in brackets is no label (`print(X):`)",
		note: "Call print(X): it shows the value.\n\nThen call len(X): it counts.",
		expected: [],
	},
	{
		name: "`Prof:` and `Teacher:` are roles, as `Student:` is: turns of nobody named",
		note: "Prof: Let me explain the problem science has with God.\n\nStudent: Yes, sir.\n\nProf: Is God good?\n\nStudent: Sure.\n\nTeacher: Time is up.",
		expected: [{ speaker: null }, { speaker: null }, { speaker: null }, { speaker: null }, { speaker: null }],
	},
	{
		name: "a legend that sets each label equal to the name it starts (`C=Chris；吴=吴新宙`) names the turns",
		note: "（下文略有删减，C=Chris；吴=吴新宙）\n\nC：NGP 能做成，最重要的是什么？\n\n吴：做自动驾驶最关键的是确立架构。\n\nC：团队怎么管理？\n\n吴：管理上确实是蛮挑战的一件事。",
		expected: [{ speaker: "Chris" }, { speaker: "吴新宙" }, { speaker: "Chris" }, { speaker: "吴新宙" }],
	},
	{
		name: "a given name of two words (`**Hsu Ken**:`) is the one three-word name the writer or the titles give (`Hsu Ken Ooi`)",
		note: '---\nauthor: "Hsu Ken Ooi"\ntitle: "Interview with UIC Alumni, Ga Young Park and Esther Hong"\n---\n\n**Hsu Ken**: Hi everyone. My name is Hsu Ken.\n\n**Ga Young:** Hey, Hsu Ken.\n\n**Hsu Ken**: Cool.\n\n**Ga Young:** Sure.',
		expected: [{ speaker: "Hsu Ken Ooi" }, { speaker: "Ga Young Park" }, { speaker: "Hsu Ken Ooi" }, { speaker: "Ga Young Park" }],
	},
	{
		name: "a title that runs on past a name into its sentence (`Rian Johnson Revisits the Mystery`) gives no longer name",
		note: '---\ntitle: "Rian Johnson Revisits the Mystery of Brick"\n---\n\n**Rian Johnson**: We were not going to be able to build sets.\n\n**Ada Brook**: Why not?\n\n**Rian Johnson**: Money.\n\n**Ada Brook**: I see.',
		expected: [{ speaker: "Rian Johnson" }, { speaker: "Ada Brook" }, { speaker: "Rian Johnson" }, { speaker: "Ada Brook" }],
	},
	{
		name: "a title's longer run of capitals (`Steve Jobs Gibi Düşünmek`, Turkish for thinking like him) is no name the label begins",
		note: '---\ntitle: "Steve Jobs Gibi Düşünmek"\n---\n\n**Steve Jobs**: Your time is limited.\n\n**Ada Brook**: Why?\n\n**Steve Jobs**: Stay hungry.\n\n**Ada Brook**: I see.',
		expected: [{ speaker: "Steve Jobs" }, { speaker: "Ada Brook" }, { speaker: "Steve Jobs" }, { speaker: "Ada Brook" }],
	},
	{
		name: "a cast line (`**Characters:** JW = Keish, HH = Lalaine`) sets any label to any name",
		note: "**Setting:** Bible study\n**Characters:** JW = Keish, HH = Lalaine\n\n## Script\n\n**JW:** Okay Lalaine, we are at point 6.\n\n**HH:** Yes Keish!\n\n**JW:** Let us read.\n\n**HH:** Sure.",
		expected: [{ speaker: "Keish" }, { speaker: "Lalaine" }, { speaker: "Keish" }, { speaker: "Lalaine" }],
	},
	{
		name: "the same pairs on a line that is no cast list name nobody",
		note: "**Setting:** Bible study\n**Groups:** JW = Keish, HH = Lalaine\n\n## Script\n\n**JW:** Okay Lalaine, we are at point 6.\n\n**HH:** Yes Keish!\n\n**JW:** Let us read.\n\n**HH:** Sure.",
		expected: [{ speaker: "JW" }, { speaker: "HH" }, { speaker: "JW" }, { speaker: "HH" }],
	},
	{
		name: "pairs whose names do not start with their labels are no legend (`x=Chris, y=Wu`)",
		note: "Set x=Chris, y=Wu in the config.\n\nC：NGP 能做成，最重要的是什么？\n\n吴：做自动驾驶最关键的是确立架构。\n\nC：团队怎么管理？\n\n吴：管理上确实是蛮挑战的一件事。",
		expected: [{ speaker: "C" }, { speaker: "吴" }, { speaker: "C" }, { speaker: "吴" }],
	},
	{
		name: "a `character` paragraph outside a screenplay's dialog div is no speech",
		note: '<div class="cast"><p class="character">PHIL</p><p>A programmer.</p></div>\n<div class="cast"><p class="character">MARY</p><p>His colleague.</p></div>',
		expected: [],
	},
	{
		name: "`<q>` lines styled by one class (`pullquote`) name nobody",
		note: "<div class=\"box\">\n  <q class=\"pullquote\">Simple is better.</q>\n  <q class=\"pullquote\">Ship it.</q>\n</div>",
		expected: [],
	},
	{
		name: "paragraphs opening with one-letter words (`E aí`, `O que`, `A culpa`) are prose, not a transcript's initials",
		note: "E aí, no que você pensou?\n\nO que significa algo lendário?\n\nA culpa é sempre de alguém.\n\nE uma vida medíocre não é uma vida de merda.\n\nO medíocre também é um pessimista.\n\nA maioria das seguranças é ilusória.\n\nE se você começar?\n\nO risco é igual.",
		expected: [],
	},
	{
		name: "Czech paragraphs opening with `V` and `S` among many others are prose",
		note: "V roce 2020 jsme začali.\n\nS tím souhlasím.\n\nPak přišla změna.\n\nV roce 2020 jsme začali.\n\nS tím souhlasím.\n\nPak přišla změna.\n\nV roce 2020 jsme začali.\n\nS tím souhlasím.\n\nPak přišla změna.\n\nDalší odstavec číslo 1.\n\nDalší odstavec číslo 2.\n\nDalší odstavec číslo 3.\n\nDalší odstavec číslo 4.\n\nDalší odstavec číslo 5.\n\nDalší odstavec číslo 6.\n\nDalší odstavec číslo 7.\n\nDalší odstavec číslo 8.\n\nDalší odstavec číslo 9.\n\nDalší odstavec číslo 10.",
		expected: [],
	},
	{
		name: "a bold label over a date alone is a field, no turn",
		note: "**Captured:** 2025-12-23\n**Watched:** 2025-12-23 (via transcript)\n\n**Captured:** 2025-12-24\n\n**Watched:** 2025-12-24",
		expected: [],
	},
	// Nev1111/nev1111.github.io, danielshue/obsidian-vault-copilot (probes 650, 654): a story's and an agent log's fields.
	{
		name: "a label whose every line is a measure, a code span or a path is a record's field, no turn; a voice that once answers with a number says sentences elsewhere",
		note: "**CFO:** \"We need the data migrated.\"\n\n**Me:** \"How much of it?\"\n\n**Ann:** 20 years.\n\n**Total Time:** 32 weeks (8 months!)\n\n**Path:** `/home/runner/work`\n\n**Repository:** danielshue/obsidian-vault-copilot\n\n**Me:** 100 percent\n\n**Ann:** 3 times.\n\n**Total Time:** 2 weeks\n\n**Path:** `/home/runner/docs`\n\n**Repository:** danielshue/vault\n\n**CFO:** \"Good.\"",
		expected: [
			{ speakerRaw: "CFO", line: 1 },
			{ speakerRaw: "Me", line: 3 },
			{ speakerRaw: "Ann", line: 5, text: "20 years." },
			{ speakerRaw: "Me", line: 13, text: "100 percent" },
			{ speakerRaw: "Ann", line: 15 },
			{ speakerRaw: "CFO", line: 23 },
		],
	},
	{
		name: "a bold label over a price is a comparison's field, no turn, though more fields follow on its paragraph",
		note: "### Light user\n\n**Claude:** $2.30/month\n**Gemini:** $0.055/month\n**Savings with Gemini:** $2.25/month ($27/year)\n\n### Heavy user\n\n**Claude:** $230.00\n**Gemini:** $5.50",
		expected: [],
	},
	{
		name: "a bold label over a scripture reference is a field, no turn: the verses below stay blockquotes of no one",
		note: "**Teksto:** Isaias 29:13\n> Ang bayang ito ay lumalapit sa akin.\n\n**Teksto:** Mateo 15:7-9\n> Mga mapagpaimbabaw!\n\n**Teksto:** 1 Cor. 13:4\n> Love is patient.",
		expected: [
			{ speaker: null, text: "Ang bayang ito ay lumalapit sa akin." },
			{ speaker: null, text: "Mga mapagpaimbabaw!" },
			{ speaker: null, text: "Love is patient." },
		],
	},
	{
		name: "two sides of one story (`**Design Perspective:**`, `**Development Perspective:**`) are no voices",
		note: "**Design Perspective:** A designer passes files to a developer.\n\n**Development Perspective:** The files came in two formats.\n\n**Design Perspective:** The designer walks through a feature.\n\n**Development Perspective:** The developer says it changes a lot.",
		expected: [],
	},
	{
		name: "a research interview's `**Interviewer:**` and `**Respondent:**` are roles: turns of no one named",
		note: "**Interviewer:** How do you install software?\n\n**Respondent:** Through workflows.\n\n**Interviewer:** And updates?\n\n**Respondent:** The same way.",
		expected: [{ speaker: null }, { speaker: null }, { speaker: null }, { speaker: null }],
	},
	{
		name: "a form's fields (`Student Name:`, `Name of Selected Nurse:`) are no voices beside the real ones",
		note: "Student Name: \\[Your Full Name]\n\nName of Student:\n\\[Words Student says]\n\nName of Selected Nurse:\n\\[Words Nurse says]\n\nName of Student:\nDo you agree to this recorded conversation?\n\nName of Selected Nurse:\n\\[Words Nurse says, e.g., \"Yes, I agree.\"]\n\n***\n\nStudent Name: Kathleen Martinez\n\nKathleen: How long have you worked here?\n\nKathy: Ten years.\n\nKathleen: Why nursing?\n\nKathy: My mother.",
		expected: [{ speaker: "Kathleen Martinez" }, { speaker: "Kathy" }, { speaker: "Kathleen Martinez" }, { speaker: "Kathy" }],
	},
	{
		name: "`Recommended Reading:`, a lecture note's `类比：`, `反例：`, `问题：` and Hebrew's `לסיכום:` (in summary) are no voices",
		note: "**状态**: ⏳ 等待导入\n\n**状态**: ⏳ 等待导入\n\n**לסיכום:** אל תנסה לדבר על הכל בבת אחת.\n\n**לסיכום:** נקודת המבט הייחודית שלך.\n\n> Recommended Reading: Rosenberg, Life After Death.\n\n类比：电脑的软件和硬件。\n\n> Recommended Reading: Perry, A Dialogue.\n\n反例：你拼好的拼图。\n\n问题：审判日到来时？\n\n类比：散步，一起散步。\n\n问题：dating of badness of death.",
		expected: [],
	},
	{
		name: "a digest's `**Coverage:**` over each item's sources is no voice",
		note: "### Book gossip\n\n**Coverage:** [Book Gossip](https://example.com/a)\n\nKnight sold another series.\n\n### James\n\n**Coverage:** [Henry Oliver](https://example.com/b)\n\nOliver offered quick takes.",
		expected: [],
	},
	{
		name: "a vocative after an imperative (`Look Brian, …`) gives `Brian:` no full name",
		note: "**Brian:** Senator Geneva, thanks for joining us.\n\n> **Geneva:** Look Brian, it is perfectly in line with our obligations.\n\n**Brian:** But what if they cannot afford it?\n\n> **Geneva:** Brian, everyone who travels is rich.",
		expected: [{ speaker: "Brian" }, { speaker: "Brian" }],
	},
	{
		name: "a bold name closed by a full stop (`**Joanna Penn.** …`, `**JP.** …`) is the name without it; `Jr.` keeps its own",
		note: "**Russ Lockhart.** British accents mesmerize me.\n\n**Joanna Penn.** Absolutely. I love bookstores.\n\n**RL.** Ah, yes, a wonderful place.\n\n**JP.** I was a student there.\n\n**Harry Connick Jr.** And me.\n\n**Harry Connick Jr.** Yes.",
		expected: [{ speaker: "Russ Lockhart" }, { speaker: "Joanna Penn" }, { speaker: "Russ Lockhart" }, { speaker: "Joanna Penn" }, { speaker: "Harry Connick Jr." }, { speaker: "Harry Connick Jr." }],
	},
	{
		name: "a lesson's `**Male Student**:` and `**Female Student**:` are roles: turns of no one named",
		note: "**Michel Thomas**: Quelle impression?\n\n**Male Student**: Quelle impression?\n\n**Michel Thomas**: Good.\n\n**Female Student**: Impression.",
		expected: [{ speaker: "Michel Thomas" }, { speaker: null }, { speaker: "Michel Thomas" }, { speaker: null }],
	},
	{
		name: "Polish `**Odpowiedź (Daniel Burbank, astronauta):**` is the answerer's turn, and `**DB:**` then stands for him",
		note: "**Pytanie (Krzysztof):** Czy to prawda?\n\n**Odpowiedź (Daniel Burbank, astronauta):** Dobre pytanie.\n\n**Pytanie (Maciej):** Czy na pokładzie ISS?\n\n**DB:** Tak, obecnie prowadzimy taki eksperyment.\n\n**Pytanie (Krystian):** Czy na stacji?\n\n**DB:** Obecnie nie.",
		expected: [{ speaker: "Daniel Burbank" }, { speaker: "Daniel Burbank" }, { speaker: "Daniel Burbank" }],
	},
	{
		name: "`**Remark:**` heads a writer's aside, no voice",
		note: "**Remark:** The results below come from the raw transcript.\n\n**Matt Welsh:** Programming is over.\n\n**Remark:** Names were misheard.\n\n**Matt Welsh:** I mean it.",
		expected: [{ line: 3, speaker: "Matt Welsh" }, { line: 7, speaker: "Matt Welsh" }],
	},
	{
		name: "an FAQ's `Q:` and `A:` are no interview's turns",
		note: "Q: How do I install it?\n\nA: From the community plugins.\n\nQ: Does it work on mobile?\n\nA: Yes.",
		expected: [],
	},
	{
		name: "a role's label and the full name of who holds it is a field over an oral history, no turn; the role's turns are that person's",
		note: "INTERVIEWEE: Tatsuo Arai\nINTERVIEWER: Peter Asaro\n\nInterviewer: How did you start?\n\nTatsuo Arai: In Tokyo.\n\nInterviewer: And then?\n\nTatsuo Arai: Osaka.",
		expected: [
			{ line: 4, speaker: "Peter Asaro" },
			{ line: 6, speaker: "Tatsuo Arai" },
			{ line: 8, speaker: "Peter Asaro" },
			{ line: 10, speaker: "Tatsuo Arai" },
		],
	},
	{ name: "remarks with plain labels once each are no transcript", note: "Problem: it is slow.\n\nSolution: cache it.\n\nResult: fast.", expected: [] },
	{ name: "two plain labels, only one recurs", note: "Maya: one.\n\nMaya: two.\n\nTom: three.", expected: [] },
	{ name: "a one-line paragraph of a name is no label without a second voice", note: "Chris\n\nI want to thank everybody.\n\nChris\n\nAgain.", expected: [] },
	{ name: "a chapter list of titles and times is no transcript", note: "Intro  0:00\nEarly Years  3:10\nOutro  12:40", expected: [] },
	{ name: "a chapter list of bare times and titles is no transcript", note: "00:00 Intro\n03:10 Early Years\n12:40 Outro", expected: [] },
	{ name: "bare times before prose lines are no labels", note: "00:00 We talk about habits.\nWhy they stick.\n\n03:10 Then sleep.\nAnd more.", expected: [] },
	{ name: "recurring bold section labels (Background, The Lesson) are no voices", note: "**Q**: How did you start?\n\n**Background**: He wrote a plan.\n\n**The Lesson**: Plans change.\n\n**Background**: Later, a pivot.\n\n**The Lesson**: Stay curious.", expected: [] },
	{ name: "a chapter list of times and titles is no transcript", note: "[00:00:00] Intro\n[00:03:10] Early Years\n[00:12:40] Outro", expected: [] },
	{ name: "a time and a title alone above a paragraph, once each, is no transcript", note: "[00:00:00] Intro\nWe talk about habits.\n\n[00:03:10] Habits\nWhy they stick.", expected: [] },
	{ name: "an italic time in prose is no label", note: "*Later (12:30)* we went home.\n\n*Then (13:00)* we slept.", expected: [] },
	{ name: "`Q:` and `A:` are an interview's question and answer, no voices", note: "Q: How did you start?\n\nA: By accident.\n\nQ: And then?\n\nA: Luck.", expected: [] },
	{
		name: "a label holding only an address is a field, not a turn",
		note: "Speaker 1\nWe should go.\n\nGoto: https://share.snipd.com/snip/a67d\n\nSpeaker 2\nAgreed.\n\nSpeaker 1\nNow.\n\nGoto: https://share.snipd.com/snip/b12c",
		expected: [{ speakerRaw: "Speaker 1", line: 1, endLine: 2 }, { speakerRaw: "Speaker 2", line: 6, endLine: 7 }, { speakerRaw: "Speaker 1", line: 9, endLine: 10 }],
	},
	{
		name: "`Host:` beside named voices is an unnamed host's turn; `**Guest:** Brendan Gregg from Netflix` and `**Host:** Dialectic` are fields",
		note: "**Host:** Dialectic\n\n**Guest:** Brendan Gregg from Netflix\n\n**Guest:** Neil Ford, consultant\n\n#### Transcript\n\nHost: This idea of moats is so pervasive.\n\nJared Friedman: Yeah, this is a question we got a lot.\n\nHost: Ms. Hayami, could you say more?\n\nDiana Hu: This book was written in 2016.\n\nJared Friedman: It is confusing.\n\nHost: Hi Diana, welcome!\n\nDiana Hu: It is.",
		expected: [{ speaker: null, speakerRaw: "Host", line: 9 }, { speaker: "Jared Friedman" }, { speaker: null, speakerRaw: "Host", text: "Ms. Hayami, could you say more?" }, { speaker: "Diana Hu" }, { speaker: "Jared Friedman" }, { speaker: null, text: "Hi Diana, welcome!" }, { speaker: "Diana Hu" }],
	},
	{
		name: "a programme's `Presenter:` and `Chair:` fields naming who holds the role are no turns, and a chair's words still are",
		note: "## Track 1\n\nChair: Johan Philips\n\n### Talk\n\nPresenter: Neil Chue Hong (Director, Institute), Professor of Policy\n\nA lot has changed.\n\n### Talk\n\nPresenter: [Geert Jan Bex](mailto:g@example.org)\n\nSlides below.\n\n## Track 2\n\nChair: Ingrid Barcena Roig\n\nPresenters: Kenneth Hoste, Lara Peeters.\n\n### Questions\n\nChair: Welcome to the questions.\n\nLara Peeters: Thanks for having me.\n\nChair: Jane Doe is next.\n\nLara Peeters: Go ahead.",
		expected: [{ speakerRaw: "Chair", text: "Welcome to the questions." }, { speakerRaw: "Lara Peeters" }, { speakerRaw: "Chair", text: "Jane Doe is next." }, { speakerRaw: "Lara Peeters" }],
	},
	{ name: "an interview snapshot's card (`**Name:** A.K.`, `**Company:** …`) and its `**Before:**`/`**After:**` are no voices", note: "## Interview 1\n\n**Name:** A.K. (anonymous)\n**Company:** Series A startup\n\n**Before:** I assumed users knew.\n\n**After:** I realised they did not.\n\n## Interview 2\n\n**Name:** B.L.\n**Company:** Agency\n\n**Before:** I thought so.\n\n**After:** I did not.", expected: [] },
	{ name: "a bold note once in an HTML block is no turn", note: "<div>\n<p><strong>Update</strong>: the episode moved.</p>\n<p><strong>Maya Chen</strong> wrote the show notes.</p>\n</div>", expected: [] },
	{ name: "a `Speakers:` field is no diarised voice", note: "Speakers: Ana Ruiz and Tom Berg\n\nSpeakers: the same two again", expected: [] },
	{ name: "a participants line is no turn", note: "**Participantes:** Lander González (Entrevistador) y Andrés Maldonado\n\n**Participantes:** otra vez", expected: [] },
	{ name: "a PodNotes timestamp link is no label", note: "[00:00:13](obsidian://podnotes?x=1) Welcome.\n\n[00:01:11](obsidian://podnotes?x=2) More.", expected: [] },
	{
		name: "Otter's footer and a Hugo shortcode after the last turn are no one's words",
		note: "Kelly  0:36\nThanks for listening.\n\nMaya  0:40\nBye.\n\nKelly  0:42\nBye!\n\nTranscribed by https://otter.ai\n\nMaya  0:45\nOne more.\n\n{{< notice \"This is a machine transcription.\" >}}",
		expected: [{ endLine: 2 }, { endLine: 5 }, { endLine: 8, text: "Bye!" }, { endLine: 13, text: "One more." }],
	},
	{ name: "a speaker attribute inside a paragraph is no label", note: "Play <span speaker=\"Ann Lee\">this</span> clip.\n\nPlay <span speaker=\"Ann Lee\">that</span> one.", expected: [] },
	{
		name: "a one-letter label that two longer labels begin stays itself",
		note: "**Sam:** Hi.\n\n**Sara:** Hello.\n\n**S:** One.\n\n**Sam:** Two.\n\n**S:** Three.\n\n**Sara:** Four.",
		expected: [{ speakerRaw: "Sam" }, { speakerRaw: "Sara" }, { speakerRaw: "S" }, { speakerRaw: "Sam" }, { speakerRaw: "S" }, { speakerRaw: "Sara" }],
	},
	{ name: "sections headed by two names, one of them once, are no transcript", note: "## Naval Ravikant\n\nHe spoke about wealth.\n\n## Naval Ravikant\n\nAnd about happiness.\n\n## Tim Ferriss\n\nHe asked.", expected: [] },
	{
		name: "a heading over a lead-in: the lead-in still gives the speaker",
		note: "## Core Concept\n\nAs Maya Chen put it:\n\n> Ship it small.\n\n## Core Concept\n\nMore.",
		expected: [{ kind: "blockquote", speaker: "Maya Chen", inferred: "lead-in" }],
	},
	{ name: "a caption title alone on a line before a blockquote is no lead-in", note: "CEO of OpenAI\n\n> Samuel Altman is an American entrepreneur.", expected: [{ speaker: null }] },
	{ name: "a paragraph opening with `Q ` among no named voices is prose", note: "# Washington\n\nQ Street runs east from the river.\n\nQ Street has shops.\n\nMore prose.", expected: [] },
	{
		name: "a conference log's fields (`Announce: [QuickSight](…)`, `Desc: …`) are no voices, however often they recur",
		note: "## Day 1 keynote\n\nAnnounce: [QuickSight](https://aws.amazon.com/quicksight)\n\nDesc: A business intelligence service.\n\nAnnounce: [Snowball](https://aws.amazon.com/snowball)\n\nDesc: A box of disks you mail.",
		expected: [],
	},
	{
		name: "a poll in a meeting's minutes is no voice",
		note: "## C API safety\n\nAR: I can agree with that.\n\nDG: Fair.\n\nAR: Then let us vote.\n\nDG: Yes.\n\n## Polls\n\nPoll: Should the C API pursue safety?\n\nPoll: Remove subtyping?\n\nResolution: Approved.",
		expected: [{ speaker: "AR" }, { speaker: "DG" }, { speaker: "AR" }, { speaker: "DG", endLine: 9 }],
	},
	{
		name: "a user-research interview's fields (`**Observations**:`, `**Themes**:`, `**Consent**:`) are no voices",
		note: "## Participant A\n**Consent**: Confirmed verbally\n\n### Q1: Last time?\n**Observations**: Easy to use\n**Themes**: editing\n\n### Q2: Frustration?\n**Observations**: No undo\n**Themes**: notifications",
		expected: [],
	},
];

const fromLines: Row[] = [
	{ name: "`from Name` as the quote's own last line", note: ">推荐语：很有意思。\nfrom 杨文", expected: [{ speaker: "杨文", text: "推荐语：很有意思。", endLine: 2 }] },
	{ name: "`from Name` as the next paragraph", note: "> A thought worth keeping.\n\nfrom Maya Chen\n\nMore prose.", expected: [{ speaker: "Maya Chen", line: 1, endLine: 3 }] },
	{ name: "`from` followed by words that are not a name stays prose", note: "> A thought worth keeping.\n\nfrom the archive of the show", expected: [{ speaker: null, endLine: 1 }] },
	{ name: "`from Name` after the quote's last sentence, on its line", note: ">节目中提到的很多点都是很写实。 from 杨文", expected: [{ speaker: "杨文", text: "节目中提到的很多点都是很写实。" }] },
	{ name: "`from` two people who shared it, kept as written", note: ">用什么不重要，重要的是怎么用。 from 杨文、张呈刚", expected: [{ speaker: "杨文、张呈刚", text: "用什么不重要，重要的是怎么用。" }] },
	{ name: "`from Name` closing a section signs its one blockquote across a remark", note: "## 2020-08-20\n\n[Show | Ep 1](https://example.com)\n>推荐语：哪里有抱怨，哪里就有商机。\n\n与君共勉。\n\nfrom 杨文\n\n## 2020-08-17\n\n> Next entry.", expected: [{ line: 4, speaker: "杨文" }, { line: 12, speaker: null }] },
	{ name: "`from Name` closing a section of two blockquotes signs neither", note: "## Day\n\n> One.\n\nA remark.\n\n> Two.\n\nA remark.\n\nfrom 杨文", expected: [{ speaker: null }, { speaker: null }] },
	{ name: "`from Name` before the blockquote signs nothing", note: "## Day\n\nA summary.\n\nfrom 杨文\n\n> One.", expected: [{ speaker: null }] },
	{ name: "`from Name` that does not close the section signs nothing", note: "## Day\n\n> One.\n\nfrom the desk, and more prose.\n\nfrom 杨文\n\nA last remark.", expected: [{ speaker: null }] },
	{ name: "`from` inside a sentence is no attribution", note: "> I got the idea from Maya Chen last year.", expected: [{ speaker: null }] },
	{ name: "`from` after a sentence but before words that are no name", note: "> A good point. From the archive of the show", expected: [{ speaker: null }] },
];

const mentions: Row[] = [
	{
		name: "a lead-in paragraph naming one person of the note",
		note: "This episode's guest is Emanuel Derman, a professor at a university. Here is what he said (emphasis mine):\n\n> The idea ready for retirement is statistics.",
		expected: [{ speaker: "Emanuel Derman", inferred: "lead-in" }],
	},
	{
		name: "two people in the lead-in: nobody",
		note: "Emanuel Derman and Alan Alda disagreed about this:\n\n> It depends.",
		expected: [{ speaker: null }],
	},
	{
		name: "a quoted paragraph under a lead-in paragraph naming one person",
		note: "Em uma frase, a autora Angela Duckworth escreveu:\n\n\"Era a combinação de paixão e perseverança.\"",
		expected: [{ kind: "paragraph", speaker: "Angela Duckworth", inferred: "lead-in" }],
	},
	{
		name: "a thing named after a sentence's opening \"On\" is its topic, not who speaks",
		note: "# Notes on Dario Amodei's interview\n\nDario Amodei spoke about Claude Code and more.\n\nOn Claude Code specifically, he explains it was born from internal use:\n\n> It was an internal tool first.",
		expected: [{ speaker: "Dario Amodei" }],
	},
	{ name: "a quoted paragraph under a lead-in naming nobody is hypothetical speech", note: "These people always defend themselves:\n\n\"I am not a pessimist, I am a realist.\"", expected: [] },
	{ name: "a lead-in paragraph that does not end in a colon introduces nothing", note: "Emanuel Derman was a quant for twenty years.\n\n> The idea ready for retirement is statistics.", expected: [{ speaker: null }] },
];

describe.each([
	["transcript labels", labels],
	["full names from the note's text", fullNames],
	["label traps", labelTraps],
	["Snipd voices inside a blockquote", snipdInBlockquote],
	["`from Name` attributions", fromLines],
	["lead-ins that mention one person", mentions],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

test("the README's `from Name` examples: the next line, the quote's own line, the line closing a section", () => {
	const note = readmeBlock("很写实");
	expect(quotesLike(note, [{ speaker: null }, { speaker: null }, { speaker: null }])).toEqual([{ speaker: "杨文" }, { speaker: "杨文" }, { speaker: "杨文" }]);
});

test("a note whose only quotes are diarised voices in a blockquote is a podcast note", () => {
	expect(parseNote("a.md", "> Speaker 1\n>\n> One.\n>\n> Speaker 2\n>\n> Two.").isPodcast).toBe(true);
	expect(parseNote("a.md", "> One.\n\n> Two.").isPodcast).toBe(false);
	expect(parseNote("a.md", '- "Price is what surprised me." – Participant').isPodcast).toBe(true);
});

test("a caption dump (more timed lines than anyone marks by hand, nobody named) under a transcript heading is no quotes; a few are", () => {
	const lines = (n: number) => Array.from({ length: n }, (_, k) => `**[00:${String(k % 60).padStart(2, "0")}]** This is sentence number ${k} of what was said on the show today.`).join("\n\n");
	expect(parseNote("a.md", `## Transcript\n\n${lines(70)}`).quotes).toEqual([]);
	expect(parseNote("a.md", `## Transcript\n\n${lines(9)}`).quotes.map((q) => q.speaker)).toEqual(Array(9).fill(null));
});

test("Chinese tag lines (`**话题标签**：…`) in a digest of episodes are no voice, so its caption blockquotes make no podcast note", () => {
	const digest = parseNote("a.md", "### 第 1 期\n\n**话题标签**：`设计` `商业`\n\n> 来源：岩中花述 | 时长：86 分钟\n\n### 第 2 期\n\n**话题标签**：`音乐`\n\n> 本期最值得关注的几个追问与展开。");
	expect(digest.quotes.filter((q) => q.kind === "turn")).toEqual([]);
	expect(digest.isPodcast).toBe(false);
});

test("a show's card in a blockquote (節目, 來賓, 主持) is no dialogue and no quote", () => {
	const card = "> **節目**：Kaloh's Podcast  \n> **來賓**：Kate Vass  \n> **主持**：Kaloh  \n> **發布日期**：2024-11-14";
	expect(parseNote("a.md", card).quotes).toEqual([]);
});

test("a speaker profile's title (`# Speaker Profile: Reinhard`) makes no one called Profile", () => {
	const note = parseNote("a.md", '# Speaker Profile: Reinhard\n\n## Example lines (verbatim)\n\n- "Das ist einfach so."\n- "Ja, genau."');
	expect(note.quotes.map((q) => q.speaker)).not.toContain("Profile");
});

test("a role in bold alone over each turn (`**Intervistatore**`, a blank line, the words) makes turns with no speaker; a bold caption does not", () => {
	const note = "# Intervista\n\n**Intervistatore**\n\nCome gestisci le scadenze?\n\n**Farmacista**\n\nA mano, ogni mese.\n\n**Intervistatore**\n\nE il tempo che ci vuole?\n\n**Farmacista**\nBuona parte della giornata.";
	const quotes = parseNote("a.md", note).quotes;
	expect(quotes.map((q) => [q.line, q.speakerRaw, q.speaker, q.text])).toEqual([
		[3, "Intervistatore", null, "Come gestisci le scadenze?"],
		[7, "Farmacista", null, "A mano, ogni mese."],
		[11, "Intervistatore", null, "E il tempo che ci vuole?"],
		[15, "Farmacista", null, "Buona parte della giornata."],
	]);
	// Bold words alone over paragraphs that are not roles are captions (`**L1 – The record**`, `**Parameters**`), recurring or not.
	const captions = "**Kitchen Table**\n\nWe met on Tuesday.\n\n**Garden Shed**\n\nNone needed.\n\n**Kitchen Table**\n\nAgain on Friday.\n\n**Garden Shed**\n\nStill none.";
	expect(parseNote("b.md", captions).quotes).toEqual([]);
});

test("`**EDITOR NOTE:** Tighten the opening` in a transcript marked for a video edit is no one's voice", () => {
	const note = "**EDITOR NOTE:** Tighten the opening.\n\n**Katie:** We run it every morning.\n\n**EDITOR NOTE:** Keep this line.\n\n**Katie:** It saves us an hour.";
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).toEqual(["Katie", "Katie"]);
});

test("`**Speaker 2 (Katie)** — 0:00`: a transcript tool's numbered voice with a first name given to it speaks as that name", () => {
	const note = "**Speaker 1** — 0:00  \nHow long have you used it?\n\n**Speaker 2 (Katie)** — 0:04  \nTwo years now.\n\n**Speaker 1** — 0:09  \nAnd before?\n\n**Speaker 2 (Katie)** — 0:12  \nPaper.";
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).toEqual([null, "Katie", null, "Katie"]);
	// An affiliation in brackets after a role that is no numbered voice stays no one's name (`Audience Member (Lido)`).
	const audience = "**Audience Member (Lido)** — 0:00  \nWhy?\n\n**Host** — 0:04  \nBecause.\n\n**Audience Member (Lido)** — 0:09  \nAnd then?\n\n**Host** — 0:12  \nWe left.";
	expect(parseNote("b.md", audience).quotes.map((q) => q.speaker)).not.toContain("Lido");
});

test("a diarised voice that gives its full name in an early turn (`SPEAKER_00:` … `I'm Bob Summerwill`) speaks as that name", () => {
	const note = "**SPEAKER_01:**\n[00:00] Hello, Bob.\n\n**SPEAKER_00:**\n[00:02] So, yes, I'm Bob Summerwill, recording here in Prague.\n\n**SPEAKER_01:**\n[00:12] Good enough?\n\n**SPEAKER_00:**\n[00:13] Good enough, yes.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.speakerRaw, q.speaker])).toEqual([
		["SPEAKER_01", null],
		["SPEAKER_00", "Bob Summerwill"],
		["SPEAKER_01", null],
		["SPEAKER_00", "Bob Summerwill"],
	]);
	// Both voices giving the same name: one introduces the other, so neither is named by it.
	const both = note.replace("[00:12] Good enough?", "[00:12] Well, I'm Bob Summerwill too, apparently.");
	expect(parseNote("b.md", both).quotes.map((q) => q.speaker)).toEqual([null, null, null, null]);
	// A voice giving two names in its first turns is read as neither.
	const two = note.replace("[00:13] Good enough, yes.", "[00:13] Well, I'm Ada Lovelace today.");
	expect(parseNote("d.md", two).quotes.map((q) => q.speaker)).toEqual([null, null, null, null]);
	// A first name alone is not enough (`I'm Bob`).
	expect(parseNote("c.md", note.replace("I'm Bob Summerwill,", "I'm Bob,")).quotes.map((q) => q.speaker)).toEqual([null, null, null, null]);
});

test("`I:` beside `B:` (a research interview's Interviewer and Befragte) names nobody, as `Q:` does", () => {
	const note = "## Transkript\n\n**I [00:00:00]** Hallo zum Interview. Bist du bereit?\n\n**B [00:00:24]** Ja, ist in Ordnung.\n\n**I [00:00:28]** Welche Tools nutzt du?\n\n**B [00:00:53]** Vor allem Git und einen Editor.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.speakerRaw, q.speaker])).toEqual([
		["I", null],
		["B", null],
		["I", null],
		["B", null],
	]);
	// Without `I:` the letters are a dialogue's voices, as written.
	const mb = note.replace(/\*\*I /g, "**M ");
	expect(parseNote("b.md", mb).quotes.map((q) => q.speaker)).toEqual(["M", "B", "M", "B"]);
});

// studio-thgie/ma-design.thgie.ch (probe 667): a Swiss research interview, a no-break space after each time.
test("`00:10\u00a0I:` (a no-break space after the time) is a turn too; `I:` beside `P1:` names nobody either", () => {
	const note = "00:10\u00a0I: Hast du einen Sprachassistenten?\n\n00:16\u00a0P1: Ja, ist gut.\n\n00:17\u00a0I: Wofür brauchst du ihn?\n\n00:29\u00a0P1: Für den Wecker.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.speakerRaw, q.speaker, q.timestamp])).toEqual([
		["I", null, "00:10"],
		["P1", null, "00:16"],
		["I", null, "00:17"],
		["P1", null, "00:29"],
	]);
});

test("a play's cue, a name in capitals in bold with a stage direction after it (`**MAYA** *(aufgeregt)*`), heads the words below", () => {
	const note = "**TECHNIKER** *(enthusiastisch)*  \nWillkommen zur Premiere!\n\n**MAYA** *(aufgeregt)*  \nWow, wir sind die ersten?\n\n**TECHNIKER**  \nGenau!\n\n**MAYA** (leise)  \nDas ist ja unglaublich.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.speakerRaw, q.text])).toEqual([
		["TECHNIKER", "Willkommen zur Premiere!"],
		["MAYA", "Wow, wir sind die ersten?"],
		["TECHNIKER", "Genau!"],
		["MAYA", "Das ist ja unglaublich."],
	]);
	// A bold term not in capitals with a bracket after it is a glossary entry, not a cue.
	const glossary = "**Long Endurance** *(sport)*  \nRunning for hours.\n\n**Raw Strength** *(sport)*  \nLifting a lot.\n\n**Long Endurance** *(daily life)*  \nPatience.\n\n**Raw Strength** *(daily life)*  \nCarrying the shopping.";
	expect(parseNote("b.md", glossary).quotes).toEqual([]);
});

test("labels with emoji around them (`**AI 🤖:**`, `**User 👩‍💻:**`) are read without them; `AI` is an assistant's role", () => {
	const note = "**Project:** Excel AI Interviewer  \n**Date:** September 15, 2025\n\n**AI 🤖:** Q1. What is a cell in Excel?  \n**User 👩‍💻:** A cell is where we enter data.  \n**AI 🤖:** Correct! 👍\n\n**AI 🤖:** Q2. What is a formula?  \n**User 👩‍💻:** It calculates values.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.speakerRaw, q.speaker])).toEqual([
		["AI", null],
		["User", null],
		["AI", null],
		["AI", null],
		["User", null],
	]);
	// A person's name with an emoji after it is that name.
	const named = "**Ada Brook 🎙️:** Welcome back.\n\n**Tom Reed:** Thanks.\n\n**Ada Brook 🎙️:** Let's start.\n\n**Tom Reed:** Sure.";
	expect(parseNote("b.md", named).quotes.map((q) => q.speaker)).toEqual(["Ada Brook", "Tom Reed", "Ada Brook", "Tom Reed"]);
});

test("a lesson report's recurring fields (`**Translation:**`, `**Meaning:**`, `**Root:**`, `**Teacher's Explanation:**`, `**Coverage Level:**`) are no voices", () => {
	const block = (n: number) => `**Ayah ${n}:** text\n\n**Translation:** "And a man came running."\n\n**Key Message:** A believer warns.\n\n**Teacher's Explanation:** The word shows urgency.\n\n**Connection:** It follows the story.\n\n**Root:** s-'-y\n\n**Meaning:** to hasten\n\n**Coverage Level:** full`;
	expect(parseNote("a.md", `${block(20)}\n\n---\n\n${block(21)}`).quotes).toEqual([]);
});

test("a time, a dash and the name alone on a line (`**00:04** - _Saron Yitbarek_`, `**00:01:08 - Saron Yitbarek**：`) head the words after a blank line", () => {
	const italic = "**00:04** - _Saron Yitbarek_\n\nIt's a cold afternoon in 1974.\n\n**00:19** - _Forrest Mims_\n\nWe had a kit.\n\n**01:50** - _Saron Yitbarek_\n\nIn episode one we learned more.";
	expect(parseNote("a.md", italic).quotes.map((q) => [q.speaker, q.timestamp, q.text])).toEqual([
		["Saron Yitbarek", "00:04", "It's a cold afternoon in 1974."],
		["Forrest Mims", "00:19", "We had a kit."],
		["Saron Yitbarek", "01:50", "In episode one we learned more."],
	]);
	const bold = "**00:01:08 - Saron Yitbarek**：\n\n如果你回想一下本季。\n\n**00:01:42 - Steve Wozniak**：\n\n我爱上了一台收音机。\n\n**00:02:19 - Saron Yitbarek**：\n\n在高中的时候。";
	expect(parseNote("b.md", bold).quotes.map((q) => [q.speaker, q.timestamp])).toEqual([
		["Saron Yitbarek", "00:01:08"],
		["Steve Wozniak", "00:01:42"],
		["Saron Yitbarek", "00:02:19"],
	]);
	// Without the time a bold name (no colon) over a blank line is a caption, and a chapter list's plain titles are no voices.
	expect(parseNote("c.md", bold.replace(/\d{2}:\d{2}:\d{2} - /g, "").replace(/：/g, "")).quotes).toEqual([]);
	expect(parseNote("d.md", "**00:04** - Introduction\n\nWe start.\n\n**00:19** - Getting started\n\nSetup.\n\n**01:50** - Introduction\n\nAgain.").quotes).toEqual([]);
});

test("an editor's timecode range with an escaped dash (`00:00:42:16 \\- 00:01:10:17`) over the name and the words is a timed turn", () => {
	const note = "00:00:00:00 \\- 00:00:42:14  \nBridget Bradshaw  \nThat same canary in the coal mine dates back.\n\n00:00:42:16 \\- 00:01:10:17  \nAlex Reed  \nAnd this dude experimented on himself.\n\n00:01:10:20 \\- 00:01:45:17  \nBridget Bradshaw  \nBut why a canary?\n\n00:01:45:20 \\- 00:01:55:17  \nAlex Reed  \nBecause birds breathe fast.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.speaker, q.text])).toEqual([
		["Bridget Bradshaw", "That same canary in the coal mine dates back."],
		["Alex Reed", "And this dude experimented on himself."],
		["Bridget Bradshaw", "But why a canary?"],
		["Alex Reed", "Because birds breathe fast."],
	]);
	// A backslash before anything but the dash leaves the line words, no timecode (the names alone over the words,
	// each twice, still make a run-together transcript's turns, which then take it in).
	const plus = parseNote("b.md", note.replace(/ \\- /g, " \\+ ")).quotes.map((q) => q.text).join("\n");
	expect(plus).toContain("00:01:45:20 \\+ 00:01:55:17");
	expect(parseNote("a.md", note).quotes.map((q) => q.text).join("\n")).not.toContain("00:01:45:20");
});

test("labels that end in `Example` or open with `Why` (`**Original Example:**`, `**Why Uncategorized:**`) are fields, no voices", () => {
	const block = (n: number) => `**Original Example:**  \n"Gwamnati ta sanar da sabon shiri ${n}."\n\n**New Example:**  \n"Sabon misali ${n}."\n\n**Why Uncategorized:**  \nThe text fits no topic.`;
	expect(parseNote("a.md", `${block(1)}\n\n${block(2)}`).quotes.map((q) => q.speaker).filter((s) => s !== null)).toEqual([]);
});

test("a frontmatter author line naming two writers (`Judith Heumann and Jonathan Young`) gives each surname its own full name", () => {
	const note = "---\ntitle: Judy Heumann Oral History\nauthor: Judith Heumann and Jonathan Young\n---\n\n> **Young:** What sort of accommodations were necessary?\n>\n> **Heumann:** I think there was an aide.\n>\n> **Young:** Did you use any aids to type?\n>\n> **Heumann:** No, I was a good typer.";
	expect(parseNote("a.md", note).quotes.map((q) => q.speaker)).toEqual(["Jonathan Young", "Judith Heumann", "Jonathan Young", "Judith Heumann"]);
});

test("a name in capitals once (`DANA:`) is a voice where two other names in capitals recur (`ALICE:`, `MOLLY:`)", () => {
	const note = "MOLLY: Welcome to the show.\n\nALICE: Thanks for having me.\n\nMOLLY: Tell us about the archive.\n\nALICE: It started in 1990.\n\nDANA: I took an aptitude test in high school.";
	expect(parseNote("a.md", note).quotes.map((q) => q.speakerRaw)).toEqual(["MOLLY", "ALICE", "MOLLY", "ALICE", "DANA"]);
	// Beside one recurring voice only, a capitalised word once stays prose.
	const one = "MOLLY: Welcome to the show.\n\nMOLLY: Tell us about the archive.\n\nDANA: I took an aptitude test in high school.";
	expect(parseNote("b.md", one).quotes.map((q) => q.speakerRaw)).not.toContain("DANA");
});

test("a whole turn in italics with the bold name inside (`_**Grummel**: Bueno…_`) is the name's, its words without the closing mark", () => {
	const note = "_**Grummel**: Bueno, ¿cómo ves al equipo?_\n\n_**Fran**: El equipo está rindiendo bien._\n\n_**Grummel**: ¿Y el más divertido?_\n\n_**Fran**: Difícil elección._";
	expect(parseNote("a.md", note).quotes.map((q) => [q.speaker, q.text])).toEqual([
		["Grummel", "Bueno, ¿cómo ves al equipo?"],
		["Fran", "El equipo está rindiendo bien."],
		["Grummel", "¿Y el más divertido?"],
		["Fran", "Difícil elección."],
	]);
});

test("a card's fields (`_**Genre:** Religious_`, `**Slug (lower-third):**`, `**When:**`, `**Challenge:**`) are no voices", () => {
	const podcasts = "## Come Follow Me\n\n_**Genre:** Religious_\n\n_**Hosted by:** Hank Smith and John Bytheway_\n\n## Decoder\n\n_**Genre:** Tech News_\n\n_**Hosted by:** Nilay Patel_";
	expect(parseNote("a.md", podcasts).quotes.map((q) => q.speakerRaw)).not.toContain("Genre");
	const desk = (n: number) => `### Story ${n}\n\n**Slug (lower-third):** Champions League highlights ${n}  \n**When:** 2025-10-01 16:00  \n**Published:** 2025-10-01 21:00`;
	expect(parseNote("b.md", `${desk(1)}\n\n${desk(2)}`).quotes).toEqual([]);
	const lesson = "**Challenge:** Students call out answers.  \nTry a signal.\n\n**Challenge:** Students share long stories.  \nPromise a later turn.";
	expect(parseNote("c.md", lesson).quotes).toEqual([]);
});

test("a video model's scene fields (`**映像**:`, `**音声**:`, `**Visual:**`, `**Audio:**`) and `References:` are no voices", () => {
	const scenes = "**映像**: モノクロの画像。\n\n**音声**: なし\n\n**映像**: 雨上がりの街並み。\n\n**音声**: Okay, so you know how it sticks with you?\n\n**映像**: 街並み。\n\n**音声**: Mhm.";
	expect(parseNote("a.md", scenes).quotes).toEqual([]);
	const english = "**Visual:** A street after rain.\n\n**Audio:** Okay, so you know.\n\n**Visual:** A cafe.\n\n**Audio:** Mhm.";
	expect(parseNote("b.md", english).quotes).toEqual([]);
	const lessons = "INSTRUCTOR: Innovation is creativity implemented.\n\nSTUDENT: So ideas alone are not enough?\n\nReferences:\n\nhttps://youtu.be/FXJUDyqobbM\n\nINSTRUCTOR: Exactly.\n\nSTUDENT: Thanks.\n\nReferences:\n\nhttps://youtu.be/abc";
	expect(parseNote("c.md", lessons).quotes.map((q) => q.speakerRaw)).not.toContain("References");
});

test("a template's turns that hold only blanks (`**Guest:** {{ guest }}`, `<% tp.frontmatter.host %>`) are no one's words", () => {
	const template = "# {{ title }}\n\n**Podcast:** {{ podcast }}  \n**Host:** {{ host }}  \n**Guest:** {{ guest }}  \n**Duration:** {{ duration }}  \n\n**Host:** <% tp.frontmatter.host %>\n\n**Guest:** {{guest}}, {{guest2}}";
	expect(parseNote("a.md", template).quotes).toEqual([]);
	// A turn that says something beside a blank keeps its words.
	const filled = template.replace("**Guest:** {{guest}}, {{guest2}}", "**Guest:** Thanks for having me, {{host}}.");
	expect(parseNote("b.md", filled).quotes.map((q) => q.text)).toContain("Thanks for having me, {{host}}.");
});

test("a Chinese model summary's fields (`**实践启示**:`, `**核心观点**:`) are no voices", () => {
	const part = (n: number) => `### 第${n}部分\n\n主持人介绍了背景。\n\n**实践启示**: 识别并解决社会痛点是AI应用的重要驱动力${n}。\n\n**核心观点**: AI不应仅仅是模仿人类${n}。`;
	expect(parseNote("a.md", `${part(1)}\n\n${part(2)}\n\n${part(3)}`).quotes).toEqual([]);
});

test("a quiz's, a profile's and a script's fields (`**Concept:**`, `**Key Takeaway:**`, `**Correct Answer:**`, `SFX:`) are no voices", () => {
	const quiz = (n: number) => `### Question ${n}\n\n**Concept:** Pain crisis ${n}.\n\n**Correct Answer:** B\n\n**Discussion Prompt:** Why does hydration matter?\n\n**Key Takeaway:** Treat pain early.`;
	expect(parseNote("a.md", `${quiz(1)}\n\n${quiz(2)}`).quotes).toEqual([]);
	const script = "PANEL 1\n\nALICE: Why is it always six o'clock?\n\nSFX: TICK TOCK\n\nHATTER: Because time stopped.\n\nSFX: CLATTER\n\nALICE: How rude.\n\nHATTER: Have some tea.";
	expect(parseNote("b.md", script).quotes.map((q) => q.speakerRaw)).toEqual(["ALICE", "HATTER", "ALICE", "HATTER"]);
});

test("a clipped article's image credits (`*Image Credit: Nvidia*`), an episode prep's `**Contexte** :` and a video card's `**길이:**` and `**조회수:**` are no voices", () => {
	const article = "**GamesBeat:** What is the metaverse?\n\n**Jensen Huang:** It connects worlds.\n\n*Image Credit: Nvidia*\n\nAnd it keeps going.\n\n**GamesBeat:** Why now?\n\n**Jensen Huang:** Because we can.\n\n*Image Credit: Nvidia*";
	expect(parseNote("a.md", article).quotes.map((q) => q.speakerRaw)).toEqual(["GamesBeat", "Jensen Huang", "GamesBeat", "Jensen Huang"]);
	const prep = (n: number) => `## ${n}. Sujet\n\n**Contexte** : le client migre vers le cloud ${n}.\n\n**Contexto:** el cliente migra ${n}.`;
	expect(parseNote("c.md", `${prep(1)}\n\n${prep(2)}\n\n${prep(3)}`).quotes).toEqual([]);
	const card = (n: number) => `## 영상 ${n}\n\n**길이:** 1:02:3${n}\n\n**조회수:** 1,20${n}회\n\n**길이:** 58:1${n}\n\n**조회수:** 90${n}회`;
	expect(parseNote("b.md", `${card(1)}\n\n${card(2)}`).quotes).toEqual([]);
});

test("a bold name with its time in italics (`**Lewis Bollard** *00:00:10*`) alone over the words is a timed turn", () => {
	const note = "### 00:00:00 – Factory farming\n\n**Dwarkesh Patel** *00:00:00*\nToday I'm chatting with Lewis Bollard.\n\n**Lewis Bollard** *00:00:10*\nThanks for having me on.\n\n**Dwarkesh Patel** *00:00:11*\nFirst question.\n\n**Lewis Bollard** *00:00:36*\nThe end of factory farming is far from inevitable.";
	expect(parseNote("a.md", note).quotes.map((q) => [q.speaker, q.timestamp, q.text])).toEqual([
		["Dwarkesh Patel", "00:00:00", "Today I'm chatting with Lewis Bollard."],
		["Lewis Bollard", "00:00:10", "Thanks for having me on."],
		["Dwarkesh Patel", "00:00:11", "First question."],
		["Lewis Bollard", "00:00:36", "The end of factory farming is far from inevitable."],
	]);
});

test("under a heading that names a transcript, a bold name alone heads the paragraphs after a blank line", () => {
	const body = "**Dwarkesh Patel**\n\nToday, I'm interviewing Reiner Pope.\n\nWe're going to talk about model architecture.\n\n**Reiner Pope**\n\nVery happy to be here.\n\n**Dwarkesh Patel**\n\nLet's start with batch size.\n\n**Reiner Pope**\n\nSure.";
	const note = `## Transcript\n\n### 00:00:00 – How batch size affects token cost\n\n${body}`;
	expect(parseNote("a.md", note).quotes.map((q) => [q.speaker, q.text])).toEqual([
		["Dwarkesh Patel", "Today, I'm interviewing Reiner Pope.\n\nWe're going to talk about model architecture."],
		["Reiner Pope", "Very happy to be here."],
		["Dwarkesh Patel", "Let's start with batch size."],
		["Reiner Pope", "Sure."],
	]);
	// Elsewhere a bold name over a blank line is a caption.
	expect(parseNote("b.md", `## Guests\n\n${body}`).quotes).toEqual([]);
});
