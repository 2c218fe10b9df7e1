/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The first pass's reads (decision 70): how many notes it asks for ahead, by number and by size, and that
// reads finishing out of order, late, or after a rebuild began still leave the index equal to a fresh parse,
// the notes handed over in path order.
import { createHarness, type Harness } from "../harness/harness";
import { loadPlugin } from "../harness/load";
import { QuoteIndex } from "../../src/core/index";
import type { NoteInput } from "../../src/core/types";
import type PodcastGardenPlugin from "../../src/plugin/main";
import { idle } from "./setup";

/** A note of about `bytes` bytes with one quote. */
function note(i: number, bytes: number): string {
	const head = `> Idea number ${i}. – Ada Lovelace\n\n`;
	return head + "Some words of prose around the quote.\n".repeat(Math.max(0, Math.ceil((bytes - head.length) / 38)));
}

/** `count` notes of about `bytes` each, Notes/000.md on. */
function notesOf(count: number, bytes: number): Record<string, string> {
	return Object.fromEntries(Array.from({ length: count }, (_, i) => [`Notes/${String(i).padStart(3, "0")}.md`, note(i, bytes)]));
}

interface Reads {
	/** Most reads asked and not yet answered at one time. */
	maxInFlight: number;
	/** Paths in the order the reads were asked. */
	asked: string[];
	/** Reads answered so far. */
	answered: number;
}

/**
 * Answers the vault's `cachedRead` (the pass's reads) a timer turn later, as a desktop read finishes in a task
 * of its own, counting how many are in flight; `hold(path)` answers a read only once the promise it gives settles.
 */
function watchReads(h: Harness, hold: (path: string) => Promise<void> | null = () => null): Reads {
	const vault = h.app.vault;
	const inner = vault.cachedRead.bind(vault);
	const reads: Reads = { maxInFlight: 0, asked: [], answered: 0 };
	let inFlight = 0;
	vault.cachedRead = async (file) => {
		reads.asked.push(file.path);
		reads.maxInFlight = Math.max(reads.maxInFlight, ++inFlight);
		try {
			await new Promise((resolve) => setTimeout(resolve, 0));
			await hold(file.path);
			const text = await inner(file);
			reads.answered++;
			return text;
		} finally {
			inFlight--;
		}
	};
	return reads;
}

async function loaded(notes: Record<string, string>): Promise<{ h: Harness; plugin: PodcastGardenPlugin; upserted: string[] }> {
	const h = createHarness();
	await h.seed(notes);
	// The metadata cache reads each new note once; the reads counted here are the pass's.
	await h.settle();
	const { plugin } = await loadPlugin<PodcastGardenPlugin>(h);
	// The order the pass hands notes to the index.
	const upserted: string[] = [];
	const upsert = plugin.index.upsert.bind(plugin.index);
	plugin.index.upsert = (input: NoteInput) => {
		upserted.push(input.path);
		upsert(input);
	};
	return { h, plugin, upserted };
}

async function expectFreshParse(h: Harness, plugin: PodcastGardenPlugin): Promise<void> {
	const fresh = new QuoteIndex();
	const files = h.vault.getMarkdownFiles();
	fresh.upsertMany(await Promise.all(files.map(async (f) => ({ path: f.path, text: await h.app.vault.adapter.read(f.path), mtime: f.stat.mtime }))));
	expect(plugin.index.all()).toEqual(fresh.all());
	expect(plugin.index.speakers()).toEqual(fresh.speakers());
}

describe("the first pass's reads", () => {
	it("asks up to 64 small notes ahead, but large notes only up to 768 KiB of them", async () => {
		/** The most reads in flight during a first pass over `count` notes of `bytes` each, which ends as a fresh parse. */
		const mostInFlight = async (count: number, bytes: number): Promise<number> => {
			const { h, plugin } = await loaded(notesOf(count, bytes));
			const reads = watchReads(h);
			h.layoutReady();
			await idle(plugin);
			await expectFreshParse(h, plugin);
			return reads.maxInFlight;
		};
		// 200 kB each: the fourth is asked while 600 kB are out, none after it.
		expect(await mostInFlight(12, 200_000)).toBe(4);
		expect(await mostInFlight(200, 2_000)).toBe(64);
	});

	it("hands notes to the index in path order when an early read finishes last", async () => {
		const notes = notesOf(30, 500);
		const { h, plugin, upserted } = await loaded(notes);
		let release = (): void => undefined;
		const late = new Promise<void>((resolve) => (release = resolve));
		const reads = watchReads(h, (path) => (path === "Notes/002.md" ? late : null));
		h.layoutReady();
		// Every other read is asked and answered while the third note's is held.
		const turn = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 0));
		for (let turns = 0; turns < 50 && reads.answered < 29; turns++) await turn();
		expect(reads.answered).toBe(29);
		for (let turns = 0; turns < 5; turns++) await turn();
		expect(upserted).toEqual(["Notes/000.md", "Notes/001.md"]);
		release();
		await idle(plugin);
		expect(upserted).toEqual(Object.keys(notes).sort());
		await expectFreshParse(h, plugin);
	});

	it("stops a pass when a rebuild begins: its held reads are never handed over, and the rebuild reads every note", async () => {
		const notes = notesOf(30, 500);
		const { h, plugin, upserted } = await loaded(notes);
		let release = (): void => undefined;
		const late = new Promise<void>((resolve) => (release = resolve));
		let first = true;
		// The first pass's read of the fifth note is held until the rebuild has begun.
		const reads = watchReads(h, (path) => (path === "Notes/004.md" && first ? ((first = false), late) : null));
		h.layoutReady();
		for (let turn = 0; turn < 50 && upserted.length < 4; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
		expect(upserted).toEqual(Object.keys(notes).sort().slice(0, 4));
		const rebuilt = plugin.source.rebuild();
		release();
		await rebuilt;
		await idle(plugin);
		// The first pass handed over its first four notes and nothing after; the rebuild every note once, in order.
		expect(upserted).toEqual([...Object.keys(notes).sort().slice(0, 4), ...Object.keys(notes).sort()]);
		expect(reads.asked.filter((p) => p === "Notes/029.md")).toHaveLength(2);
		await expectFreshParse(h, plugin);
	});
});
