// The published digital-garden note of Lex Fridman Podcast #367: the numbers the issue asks for.
import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import { join } from "path";
import { QuoteIndex } from "../../../src/core/index";
import { parseNote } from "../../../src/core/note";
import { SpeakerDirectory, speakersOf } from "../../../src/core/speakers";
import type { Quote } from "../../../src/core/types";

const FILE = "367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI.md";
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "garden", FILE), "utf8");
const record = parseNote(`Podcasts/${FILE}`, text);

function count(quotes: Quote[], pred: (q: Quote) => boolean): number {
	return quotes.filter(pred).length;
}

describe("#367 Sam Altman garden note", () => {
	test("reads the JSON flow frontmatter, publish flag, permalink and episode", () => {
		expect(record.problems).toEqual([]);
		expect(record.frontmatter["dg-publish"]).toBe(true);
		expect(record.flags).toEqual({ publish: true, key: "dg-publish" });
		expect(record.permalink).toBe("/010-inbox/367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt-and-the-future-of-ai/");
		expect(record.episode.number).toBe(367);
		expect(record.episode.guests).toEqual(["Sam Altman"]);
		expect(record.title).toBe("367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI");
		expect(record.isPodcast).toBe(true);
	});

	test("41 quotes: Sam Altman 35 (29 in full, 5 `Sam`, 1 inferred), Lex 6", () => {
		const q = record.quotes;
		expect(q).toHaveLength(41);
		expect(q.every((x) => x.kind === "blockquote")).toBe(true);
		expect(count(q, (x) => x.speaker === "Sam Altman")).toBe(35);
		expect(count(q, (x) => x.speaker === "Sam Altman" && x.speakerRaw === "Sam Altman" && x.inferred === null)).toBe(29);
		expect(count(q, (x) => x.speaker === "Sam Altman" && x.speakerRaw === "Sam" && x.inferred === "first-name")).toBe(5);
		expect(count(q, (x) => x.speaker === "Sam Altman" && x.inferred === "next-quote")).toBe(1);
		expect(count(q, (x) => x.speaker === "Lex" && x.inferred === null)).toBe(6);
		expect(count(q, (x) => x.speaker === null)).toBe(0);
	});

	test("the unattributed quote takes the speaker of the attributed one after it", () => {
		const inferred = record.quotes.find((x) => x.inferred === "next-quote");
		expect(inferred).toMatchObject({ line: 19, endLine: 19, speakerRaw: null, speaker: "Sam Altman" });
		expect(inferred?.text.startsWith("Second, we are building in public")).toBe(true);
		expect(inferred?.section).toEqual(["Building Public Models with AI"]);
	});

	test("the `Sam Alman` typo in quote text is not a speaker; attributions are cut from the text", () => {
		expect(record.quotes.some((x) => x.speaker === "Sam Alman" || x.speakerRaw === "Sam Alman")).toBe(false);
		const typo = record.quotes.find((x) => x.text.includes("Sam Alman"));
		expect(typo).toMatchObject({ line: 258, speaker: "Lex" });
		expect(typo?.text.endsWith("like in the movie Her or GPT?")).toBe(true);
		expect(record.quotes.every((x) => !/[–—] (Sam|Lex)/.test(x.text))).toBe(true);
	});

	test("the `#####` heading after blank lines nests under its `##` section", () => {
		const q = record.quotes.find((x) => x.line === 218);
		expect(q?.section).toEqual(["How Open AI Decides What Isn't Misinformation", "The Stickiness of Hitler's Drug Use"]);
		const parent = record.sections.find((s) => s.heading === "How Open AI Decides What Isn't Misinformation");
		expect(parent?.children.map((c) => [c.heading, c.level, c.line])).toEqual([["The Stickiness of Hitler's Drug Use", 5, 211]]);
	});

	test("a person note `Lex Fridman` with `aliases: [Lex]` makes `Lex` him (the example vault)", () => {
		const byPerson = new SpeakerDirectory({ people: new Map([["Lex Fridman", ["Lex"]]]) }).resolveRecord(record);
		expect(count(byPerson.quotes, (x) => x.speaker === "Lex Fridman" && x.inferred === "vault-person")).toBe(6);
		expect(speakersOf([byPerson]).map((s) => [s.name, s.quoteCount, s.aliases])).toEqual([
			["Sam Altman", 35, ["Sam"]],
			["Lex Fridman", 6, ["Lex"]],
		]);
	});

	test("a Lex named only in other notes never makes `Lex` his", () => {
		const index = new QuoteIndex();
		index.upsertMany([
			{ path: `Podcasts/${FILE}`, text },
			{ path: "Podcasts/other.md", text: "> Kal-El. – Lex Luthor\n\nWith Lex Fridman.\n" },
			{ path: "People/Lex Fridman.md", text: "---\ntype: person\n---\n" },
		]);
		expect(count(index.note(`Podcasts/${FILE}`)!.quotes, (x) => x.speaker === "Lex" && x.inferred === null)).toBe(6);
		index.upsert({ path: "People/Lex Fridman.md", text: "---\ntype: person\naliases: [Lex]\n---\n" });
		expect(count(index.note(`Podcasts/${FILE}`)!.quotes, (x) => x.speaker === "Lex Fridman")).toBe(6);
		expect(count(index.note(`Podcasts/${FILE}`)!.quotes, (x) => x.speaker === "Sam Altman")).toBe(35);
	});

	test("quote ids are stable across line moves and unique in the note", () => {
		const ids = record.quotes.map((x) => x.id);
		expect(new Set(ids).size).toBe(ids.length);
		const moved = parseNote(`Podcasts/${FILE}`, "\n\n" + text.replace("---\n", "---\n"));
		expect(moved.quotes.map((x) => x.id)).toEqual(ids);
		const shifted = parseNote(`Podcasts/${FILE}`, text.replace("## The Importance of Evaluating Models", "## The Importance of Evaluating Models\n\nA new paragraph."));
		expect(shifted.quotes.map((x) => x.id)).toEqual(ids);
		expect(shifted.quotes[0].line).toBe(record.quotes[0].line + 2);
		const other = parseNote(`Other/${FILE}`, text);
		expect(other.quotes[0].id).not.toBe(ids[0]);
	});
});
