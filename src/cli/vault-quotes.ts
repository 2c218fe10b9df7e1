// `quotes` without a search: the vault read once, note by note in path order, each note's quotes handed on
// as soon as they are resolved and nothing kept, so the answer is written while the notes are read. The
// notes that may be person notes are read first (by their titles): every speaker then resolves against the
// whole vault, as in the index. Same quotes, same order, as `QuoteIndex.quotes()` over the same vault.
import { mayContribute, quotesOfNote, speakerDirectoryOf, contributionOf } from "../core/index";
import type { IndexedQuote } from "../core/index";
import { parseNote } from "../core/note";
import type { NoteRecord } from "../core/types";
import { isReadProblem, parseOptionsOf, readAndParse, type ReadProblem } from "./index-notes";
import type { CliIO } from "./io";
import { tellProblems, tellSkipped, type OpenedVault } from "./load";

/**
 * The vault's quotes in the index's order, made as they are asked for. Notes that cannot be read and each
 * note's problems are told on `io.err` as the reading reaches them. A parse that throws (a parser bug) is a
 * NoteIndexError out of the iteration, after the quotes already handed on.
 */
export function* vaultQuotes({ vault, settings, job }: OpenedVault, io: CliIO, keep: ((q: IndexedQuote) => boolean) | null = null, parse: typeof parseNote = parseNote): Generator<IndexedQuote> {
	// Nothing here compares note texts: no hash of each (4% of the run on the bench vault).
	const options = { ...parseOptionsOf(job), hashText: false };
	const realFolders = new Map<string, string>();
	const read = (file: string) => readAndParse(file, job, options, realFolders, parse);
	const early = new Map<string, NoteRecord | ReadProblem>();
	for (const file of vault.files) if (mayContribute(file)) early.set(file, read(file));
	const people: NoteRecord[] = [];
	for (const note of early.values()) if (!isReadProblem(note)) people.push(note);
	const directory = speakerDirectoryOf(people.map(contributionOf), settings.aliasTable);
	for (const file of vault.files) {
		const note = early.get(file) ?? read(file);
		early.delete(file);
		if (isReadProblem(note)) {
			tellSkipped(io, note);
			continue;
		}
		tellProblems(io, note);
		for (const quote of quotesOfNote(note, directory, settings.detection)) if (keep === null || keep(quote)) yield quote;
	}
}
