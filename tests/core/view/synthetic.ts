// Synthetic quotes for view tests: deterministic, realistic enough (names with diacritics, Markdown, shows).
import type { IndexedQuote } from "../../../src/core/index/types";
import type { Episode } from "../../../src/core/types";

const SPEAKERS = ["Sam Altman", "Lex Fridman", "Slavoj Žižek", "Anna Lembke", "Florence Gaub", "Jocko Willink", "Tyler Cowen", "Peter Steinberger"];
const SHOWS = ["Lex Fridman Podcast", "Jocko Podcast", "The Knowledge Project", "Lanz & Precht", "CoRecursive"];
const WORDS = ["power", "future", "**bold** idea", "discipline", "dopamine", "café culture", "open source", "risk", "curiosity", "GPT-4", "naïve", "freedom", "écoles", "training", "leadership", "sqlite"];

export function syntheticQuotes(count: number, perNote = 20): IndexedQuote[] {
	const out: IndexedQuote[] = [];
	const episodes = new Map<number, Episode>();
	for (let i = 0; i < count; i++) {
		const noteNo = Math.floor(i / perNote);
		let episode = episodes.get(noteNo);
		if (!episode) {
			episode = { show: SHOWS[noteNo % SHOWS.length] ?? null, number: noteNo, title: `Episode ${noteNo}`, guests: [], hosts: [], date: null, url: null };
			episodes.set(noteNo, episode);
		}
		const speaker = i % 11 === 10 ? null : (SPEAKERS[(i * 7 + noteNo) % SPEAKERS.length] ?? null);
		const line = (i % perNote) * 4 + 10;
		out.push({
			id: `q${i}`,
			kind: "blockquote",
			text: `Quote number ${i} about ${WORDS[i % WORDS.length]} and ${WORDS[(i * 3 + 1) % WORDS.length]}.`,
			speaker,
			speakerRaw: speaker,
			inferred: i % 5 === 0 ? "first-name" : null,
			qualifier: null,
			timestamp: null,
			cite: [],
			line,
			endLine: line + (i % 3),
			section: i % 2 === 0 ? ["Part 1"] : ["Part 2", "On power"],
			path: `Podcasts/Note ${noteNo}.md`,
			noteTitle: `Note ${noteNo}`,
			episode,
			flagged: noteNo % 4 === 0,
		});
	}
	return out;
}

export interface QuoteSpec {
	speaker?: string | null;
	show?: string | null;
	title?: string | null;
	noteTitle?: string;
	flagged?: boolean;
	line?: number;
	section?: string[];
	date?: string | null;
	inferred?: IndexedQuote["inferred"];
}

/** One hand-written quote (its note is `Podcasts/<noteTitle>.md`). */
export function quote(id: string, text: string, spec: QuoteSpec = {}): IndexedQuote {
	const noteTitle = spec.noteTitle ?? "Note";
	const line = spec.line ?? 1;
	const speaker = spec.speaker === undefined ? "Speaker" : spec.speaker;
	return {
		id,
		kind: "blockquote",
		text,
		speaker,
		speakerRaw: speaker,
		inferred: spec.inferred ?? null,
		qualifier: null,
		timestamp: null,
		cite: [],
		line,
		endLine: line,
		section: spec.section ?? [],
		path: `Podcasts/${noteTitle}.md`,
		noteTitle,
		episode: { show: spec.show ?? null, number: null, title: spec.title ?? null, guests: [], hosts: [], date: spec.date ?? null, url: null },
		flagged: spec.flagged ?? false,
	};
}
