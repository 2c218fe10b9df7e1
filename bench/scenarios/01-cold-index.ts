// Scenario 1: cold index of the whole vault from in-memory texts, against the floor and markdown-it.
import { QuoteIndex } from "../../src/core/index";
import { parseNote } from "../../src/core/note";
import { hashString } from "../../src/core/util/hash";
import { MarkdownItQuotes, floorPass, leastReader, minimalQuotes, type MinimalQuote } from "../lib/baselines";
import { MB, rateRow, row, summarize, timeRuns, utf8Bytes } from "../lib/stats";
import type { Scenario } from "../lib/types";

export const scenario: Scenario = {
	id: "1",
	title: "cold index",
	async run(ctx) {
		const notes = ctx.vault;
		const mb = notes.reduce((sum, note) => sum + utf8Bytes(note.text), 0) / MB;
		// One untimed warm-up each, then the timed runs.
		const mdRuns = ctx.quick ? ctx.runs : Math.max(3, Math.ceil(ctx.runs / 2));
		const floor = await timeRuns(ctx.runs + 1, () => {
			for (const note of notes) floorPass(note.text);
		});
		/** Runs of a baseline reader over every note, keeping what it returns; and how many quotes it found. */
		const readerRuns = async (read: (text: string, kept: MinimalQuote[]) => unknown): Promise<{ samples: number[]; count: number }> => {
			let count = 0;
			const samples = await timeRuns(ctx.runs + 1, () => {
				const kept: MinimalQuote[] = [];
				const out: unknown[] = [];
				for (const note of notes) out.push(read(note.text, kept));
				count = kept.length;
			});
			return { samples, count };
		};
		const { samples: minimal, count: minimalCount } = await readerRuns(minimalQuotes);
		// The note hashes the index keeps (publish plans and re-reads compare them), alone.
		const hashes = await timeRuns(ctx.runs + 1, () => {
			for (const note of notes) hashString(note.text);
		});
		const { samples: leastRuns, count: leastCount } = await readerRuns(leastReader);
		const md = new MarkdownItQuotes();
		let mdQuotes = 0;
		const markdownIt = await timeRuns(mdRuns + 1, () => {
			mdQuotes = 0;
			for (const note of notes) mdQuotes += md.extract(note.text).length;
		});
		const parse = await timeRuns(ctx.runs + 1, () => {
			for (const note of notes) parseNote(note.path, note.text);
		});
		let quotes = 0;
		const index = await timeRuns(ctx.runs + 1, () => {
			const built = new QuoteIndex();
			built.upsertMany(notes);
			quotes = built.all().length;
		});
		[floor, minimal, hashes, leastRuns, markdownIt, parse, index].forEach((samples) => samples.shift());
		const t = {
			floor: summarize(floor).median,
			md: summarize(markdownIt).median,
			index: summarize(index).median,
		};
		const vsMd = t.md / t.index;
		// What no index that meets the other budgets can skip: hashing every note and finding and packing its
		// quotes. Done in one pass over one encoding of the note (leastReader), or as two passes (the minimal
		// reader, then the note hashes): whichever was faster in this run is the least the index could take.
		const onePass = summarize(leastRuns).median;
		const twoPasses = summarize(minimal).median + summarize(hashes).median;
		const least = Math.min(onePass, twoPasses);
		const leastHow = onePass <= twoPasses ? "one pass" : "minimal reader + note hashes";
		const vsFloor = t.index / t.floor;
		return {
			rows: [
				rateRow("cold index", "QuoteIndex.upsertMany", "MB/s", mb, index, `${quotes} quotes; ${vsMd.toFixed(1)}× markdown-it`, {
					text: "≥ 10× markdown-it",
					pass: vsMd >= 10,
				}),
				rateRow("cold index", "QuoteIndex.upsertMany", "notes/s", notes.length, index, `${vsFloor.toFixed(1)}× the floor's time`, {
					text: "≤ 3× floor time",
					pass: vsFloor <= 3,
				}),
				row("cold index", "whole vault", "ms", index),
				rateRow("cold index", "parseNote only", "MB/s", mb, parse, "parse without indexing"),
				rateRow("baseline", "floor (split lines, first char)", "MB/s", mb, floor),
				rateRow("baseline", "markdown-it blockquotes + attribution", "MB/s", mb, markdownIt, `${mdQuotes} blockquotes`),
				rateRow("baseline", "note hashes alone (hashString of every note)", "MB/s", mb, hashes, `${(summarize(hashes).median / t.floor).toFixed(1)}× the floor's time`),
				row("baseline", "least reader (note hash + blockquotes packed, one pass)", "ms", leastRuns, `${leastCount} blockquotes; ${(onePass / t.floor).toFixed(1)}× the floor's time`),
				row("baseline", "least any index could take (hash notes, find and pack quotes)", "ms", [least], `${leastHow}: ${(least / t.floor).toFixed(1)}× the floor's time, leaving ${Math.max(0, 3 * t.floor - least).toFixed(0)} ms of the ≤ 3× budget for frontmatter, headings, the other quote formats, ids, speakers and records; 10× markdown-it is ${(t.md / 10).toFixed(0)} ms, ${Math.max(0, t.md / 10 - least).toFixed(0)} ms more than this`),
				rateRow("baseline", "minimal reader (blockquotes only, packed)", "MB/s", mb, minimal, `${minimalCount} blockquotes; ${(summarize(minimal).median / t.floor).toFixed(1)}× the floor's time: finding blockquotes, packing their texts, one object each; nothing else`),
			],
			facts: { quotes, mdQuotes, megabytes: mb },
		};
	},
};
