// Quotes a reader sees with nobody named for them (form `none` in docs/accuracy.md): one row per case,
// { name, note, expected }, then the traps that must stay no quote at all.
import { describe, expect, test } from "@jest/globals";
import { parseNote } from "../../../src/core/note";
import { isSpeech, timeLabelAt } from "../../../src/core/quotes/segments";
import { quotesLike, readmeBlock, type Row } from "./helpers";

const yt = (t: number) => `https://www.youtube.com/watch?v=abc&t=${t}s`;
const pn = (t: number) => `obsidian://podnotes?episodeName=Ep&url=https%3A%2F%2Fexample.com%2Ffeed&time=${t}`;

const segments: Row[] = [
	{
		name: "linked times before each paragraph of a transcript: each segment is a quote with no speaker",
		note: `# Ep 12\n\n## Transcript\n\n[0:00](${yt(0)}) I'm Kevin, and this is the show. Today we talk about ads.\n\n[0:26](${yt(26)}) So today we're talking about ads, because last week they arrived.\n`,
		expected: [
			{ kind: "turn", line: 5, endLine: 5, speaker: null, speakerRaw: null, timestamp: "0:00", text: "I'm Kevin, and this is the show. Today we talk about ads." },
			{ kind: "turn", line: 7, endLine: 7, speaker: null, timestamp: "0:26" },
		],
	},
	{
		name: "a PodNotes range label on its own line: the segment runs over its paragraphs to the next label",
		note: `## Transcript\n\n**[00:00:00](${pn(0)}) - [00:00:20](${pn(20)})**\nWelcome to the show, where each day we bring you a meditation.\n\nFor more, visit the website.\n\n**[00:00:13](${pn(13)}) - [00:01:11](${pn(71)})**\nThey have to be this way. It was rude, and it was exhausting.\n\n- [00:02:34](${pn(154)})\nWould you tell us about yourself by filling out a short survey?`,
		expected: [
			{ line: 3, endLine: 6, speaker: null, timestamp: "00:00:00", text: "Welcome to the show, where each day we bring you a meditation.\n\nFor more, visit the website." },
			{ line: 8, endLine: 9, speaker: null, timestamp: "00:00:13" },
			{ line: 11, endLine: 12, speaker: null, timestamp: "00:02:34", text: "Would you tell us about yourself by filling out a short survey?" },
		],
	},
	{
		name: "a segment at the moment the note's highlights attribute takes that speaker",
		note: `## Highlights\n\n> "No one thinks of the moment that ads arrived as the moment it got good."\n> -- Kevin Roose, [1:19](${yt(79)})\n\n## Transcript\n\n[0:51](${yt(51)}) At least on my feed, people were reacting to this pretty negatively.\n\n[01:19](${yt(79)}) People remember products that once had no ads. No one thinks of that moment as good.\n`,
		expected: [
			{ speaker: "Kevin Roose" },
			{ line: 8, speaker: null, inferred: null },
			{ line: 10, speaker: "Kevin Roose", inferred: "context", kind: "turn" },
		],
	},
	{
		name: "two speakers at that moment: the segment keeps no speaker",
		note: `> "Ads are a last resort, he said, and here we are."\n> -- Kevin Roose, [1:19](${yt(79)})\n\n> "That is the fear here, and it is a real one."\n> -- Casey Newton, [1:19](${yt(79)})\n\n## Transcript\n\n[1:19](${yt(79)}) Ads are a last resort, he said, and here we are. That is the fear here.\n`,
		expected: [{ speaker: "Kevin Roose" }, { speaker: "Casey Newton" }, { line: 9, speaker: null }],
	},
	{
		name: "a segment whose words open with a name label once (as Attribute to… writes it) is that speaker's; a remark label is no name",
		note: `## Transcript\n\n[0:00](${yt(0)}) Kevin Roose: I'm Kevin, and this is the show about ads.\n\n[0:26](${yt(26)}) Note: the next minutes were cut from the recording, sadly.\n`,
		expected: [
			{ line: 3, speaker: "Kevin Roose", text: "I'm Kevin, and this is the show about ads.", timestamp: "0:00" },
			{ line: 5, speaker: null, text: "Note: the next minutes were cut from the recording, sadly." },
		],
	},
	{
		name: "segments after a named turn continue it, as before",
		note: `## Transcript\n\n[0:10](${yt(10)}) Amanda: I wrote most of the document over a year of drafts.\n\n[0:40](${yt(40)}) And it reads like a letter from a parent to a child leaving home.\n\n[1:10](${yt(70)}) Casey: That is how it reads to me as well, a letter.\n\n[1:30](${yt(90)}) Amanda: Yes.\n`,
		expected: [
			{ line: 3, speaker: "Amanda", inferred: null },
			{ line: 5, speaker: "Amanda", inferred: "turn-continuation" },
			{ line: 7, speaker: "Casey", inferred: null },
			{ line: 9, speaker: "Amanda", inferred: null },
		],
	},
	{
		name: "timed excerpts under a heading naming a person and what they speak on are that person's",
		note: "# Quotes\n\n## Dario Amodei on Talent Density\n\n> https://example.com/transcript\n\n(01:38:37) This is one of these statements that is more true every month, I see it more each time.\n\n(01:39:42) If you have ten thousand people and things regressed, you are not able to do selection.\nAnd the next line goes on.\n\n## Guillermo Rauch on Hiring\n\n(00:12:01) We hire people who ship, because shipping is the only thing that compounds over time.",
		expected: [
			{ line: 7, endLine: 7, speaker: "Dario Amodei", inferred: "heading", timestamp: "01:38:37" },
			{ line: 9, endLine: 10, speaker: "Dario Amodei" },
			{ line: 14, speaker: "Guillermo Rauch" },
		],
	},
];

const segmentTraps: Row[] = [
	{
		name: "a chapter list under a heading naming a person and a topic holds no sentences",
		note: "## Amanda Askell on the constitution\n\n(00:00) Intro\n\n(02:04) The new constitution\n\n(20:45) What comes next",
		expected: [],
	},
	{
		name: "a heading naming a topic, not a person, over timed sentences",
		note: "## Notes on Talent Density\n\n(01:38:37) This is one of these statements that is more true every month, I see it more each time.",
		expected: [],
	},
	{
		name: "a chapter list of linked times",
		note: `## Chapters\n\n- [00:00](${yt(0)}) Intro\n- [02:04](${yt(124)}) Everything is an ad network\n- [13:09](${yt(789)}) Gemini and Claude without ads\n`,
		expected: [],
	},
	{
		name: "show notes with a time before each sentence, under no transcript heading",
		note: `# Ep 3\n\n## Show notes\n\n[05:18](${yt(318)}) We hear from a man who is plagued by dark thoughts he cannot escape.\n\n[35:02](${yt(2102)}) Martin talks about the years he spent locked in his own body.\n\n[48:10](${yt(2890)}) The hosts look back at what thoughts reveal about who we are.\n`,
		expected: [],
	},
	{
		name: "chapter titles under a transcript heading are no spoken words",
		note: `## Transcript\n\n[00:00](${yt(0)}) Intro\n\n[02:04](${yt(124)}) Ads in ChatGPT\n\n[20:45](${yt(1245)}) Amanda Askell on the constitution\n`,
		expected: [],
	},
	{
		name: "times in a code block",
		note: "## Transcript\n\n```\n[0:00] So today we're talking about ads, specifically ads in the chat.\n[0:26] And we'll discuss it right after these ads, as promised.\n```\n",
		expected: [],
	},
	{
		name: "a timed bullet list under a transcript heading that holds no sentences",
		note: "## Transcript\n\n- (00:10) Intro and sponsors\n- (01:20) The new constitution\n",
		expected: [],
	},
];

const told: Row[] = [
	{
		name: "a story's dialogue: quoted paragraphs under lead-ins that name nobody, and inline replies",
		note: "Uma fábula ilustra bem essa dualidade.\n\nO velho índio disse:\n\n“Eu também, meu neto, às vezes sinto grande ódio.”\n\nO jovem continuou olhando, e o avô continuou:\n\n“Várias vezes lutei contra esses sentimentos.”\n\n“Mas o outro lobo é cheio de raiva.”\n\nEntão o garoto, curioso, perguntou: “E qual deles vence?”\n\nAo que o avô sorriu e respondeu baixinho: “Aquele que eu alimento.”\n\nSimples, mas profunda essa fábula.",
		expected: [
			{ kind: "paragraph", line: 5, speaker: null, text: "“Eu também, meu neto, às vezes sinto grande ódio.”" },
			{ line: 9, speaker: null },
			{ line: 11, speaker: null },
			{ line: 13, speaker: null, text: "“E qual deles vence?”" },
			{ line: 15, speaker: null, text: "“Aquele que eu alimento.”" },
		],
	},
	{
		name: "a named speaker in the story keeps that name, the others none",
		note: "The old man said:\n\n\"I feel anger at those who do wrong.\"\n\nAnd Maya Chen answered:\n\n\"Anger poisons the one who holds it.\"\n\n\"So which wolf wins?\"\n\nHe smiled: \"The one you feed.\"",
		expected: [
			{ line: 3, speaker: null },
			{ line: 7, speaker: "Maya Chen" },
			{ line: 9, speaker: null },
			{ line: 11, speaker: null },
		],
	},
];

const toldTraps: Row[] = [
	{
		name: "one quoted paragraph under a lead-in that names nobody is hypothetical speech",
		note: "These people always defend their pessimism by saying:\n\n\"I am not a pessimist, I am a realist.\"\n\nLittle do they know.",
		expected: [],
	},
	{
		name: "two quoted paragraphs under such lead-ins are not yet a dialogue",
		note: "They always say:\n\n\"Only today.\"\n\nAnd then they say:\n\n\"Next week, for sure.\"\n\nThat is how it starts.",
		expected: [],
	},
	{
		name: "quoted paragraphs with prose between them that leads in to nothing",
		note: "\"Yes, it was my fault, but only because nobody told me.\"\n\nThe blame is always someone else's. They find a way out.\n\n\"I would have, but I had no time.\"\n\nThey live in the exception.\n\n\"Just this once.\"",
		expected: [],
	},
	{
		name: "inline quotations far apart in an essay",
		note: "I told my wife: \"I will work until I bleed.\"\n\nI worked for eight years, every day, fifteen hours a day.\n\nToday I could say: \"I need to rest, just this week.\"\n\nBut that is how it starts.\n\nThe saying goes: \"Think small or think big, it is the same work.\"",
		expected: [],
	},
];

describe.each([
	["time-only transcript segments", segments],
	["time-only segment traps", segmentTraps],
	["a story told with its dialogue", told],
	["told dialogue traps", toldTraps],
])("%s", (_group, rows) => {
	test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
		expect(quotesLike(row.note, row.expected)).toEqual(row.expected);
	});
});

describe("what a segment label and spoken words are", () => {
	test.each([
		["[0:26](https://youtu.be/x?t=26) So today", "0:26"],
		["**[00:00:00](obsidian://podnotes?x) - [00:00:20](obsidian://podnotes?y)**", "00:00:00"],
		["- [00:02:34](obsidian://podnotes?x)", "00:02:34"],
		["(00:01:27): and on", "00:01:27"],
		["[00:00:28] text", "00:00:28"],
	])("%s is a time label", (line, time) => {
		expect(timeLabelAt(line)?.time).toBe(time);
	});
	test.each(["So at 0:26 we start", "[Intro](https://x) 0:26", "    [0:26](x) code-indented", "[26](x) no colon"])("%s is none", (line) => {
		expect(timeLabelAt(line)).toBeNull();
	});
	test("sentences are speech; titles are not", () => {
		expect(isSpeech("So today we're talking about ads, because last week they arrived.")).toBe(true);
		expect(isSpeech("我们今天聊聊广告，以及它们为什么终于来到了聊天机器人里面。")).toBe(true);
		expect(isSpeech("Everything is an ad network")).toBe(false);
		expect(isSpeech("Intro.")).toBe(false);
	});
});

describe("notes with only such quotes", () => {
	test("a transcript of segments is a podcast note, and its quotes are listed with no speaker", () => {
		const record = parseNote("Shows/ep.md", `## Transcript\n\n[0:00](${yt(0)}) Welcome back to the show, today it's just me and a long story.\n`);
		expect(record.isPodcast).toBe(true);
		expect(record.quotes.map((q) => q.speaker)).toEqual([null]);
	});
	test("quotes under a heading that says quotes make a podcast note, whoever said them; a book's highlights do not", () => {
		// A Fabric extract_wisdom output of a video (osok/arXiv_papers): its QUOTES name nobody.
		const record = parseNote("Videos/agile.md", '# SUMMARY\n\nA video on agents.\n\n# QUOTES:\n- "Our framework called Agile consists of four modules."\n- "We also introduce a new skill called seeking advice."\n');
		expect(record.isPodcast).toBe(true);
		expect(record.quotes.map((q) => [q.line, q.speaker])).toEqual([[6, null], [7, null]]);
		expect(parseNote("Books/deep-work.md", '## Highlights\n\n- "Clarity about what matters provides clarity about what does not."\n').isPodcast).toBe(false);
	});
	test("a told dialogue alone does not make an essay a podcast note", () => {
		const record = parseNote("Essays/fable.md", told[0].note);
		expect(record.quotes).toHaveLength(5);
		expect(record.isPodcast).toBe(false);
	});
});

describe("the README's examples of these rules", () => {
	const quotes = (marker: string) => parseNote("Test/note.md", readmeBlock(marker)).quotes.map((q) => [q.line, q.speaker, q.timestamp]);
	test("a transcript whose segments name nobody", () => {
		expect(quotes("So today we're talking about ads")).toEqual([
			[3, null, "0:00"],
			[5, "Kevin Roose", "1:19"],
			[9, "Kevin Roose", "1:19"],
		]);
	});
	test("a story told with its dialogue", () => {
		expect(quotes("The old man said:")).toEqual([
			[3, null, null],
			[7, null, null],
			[9, null, null],
			[11, null, null],
		]);
	});
});
