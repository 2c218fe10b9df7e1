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
