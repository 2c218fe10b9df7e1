// `> "I don't remember previous sessions…" - From the agent's soul.`: a dash at the end of the quote, then
// "From" and a thing the words come from (a document, a book, a post), not a person. The quote is attributed,
// to nobody: it must not take the speaker of the quotes around it (next-quote, a single guest, the note's
// subject). The thing is kept as the written attribution (`speakerRaw`), as a role label is (`Interviewer`).
import { DEFAULT_DASHES, peelTail } from "./attribution";
import type { WrittenSpeaker } from "./raw";

/** A spaced dash, `From`, a determiner, the source: `- From the agent's soul.`, `— from his 2019 blog post`. */
const SOURCE_AT_END = /[ \t][-–—―~][ \t]+([Ff]rom[ \t]+(?:the|a|an|his|her|their|its|my|our|your)[ \t][^"“”„«»\-–—―~]{1,80}?)[.。]?[ \t]*$/;

/** The source attribution ending `line` after `from`, with where it starts, or null. */
export function sourceAtEnd(line: string, from: number): (WrittenSpeaker & { cut: number }) | null {
	// A time or cite link after the source (`[▶ 90:27](url)`) belongs to the quote, as after a name.
	const peeled = peelTail(line, from, line.length, DEFAULT_DASHES);
	const tail = peeled.end - from > 120 ? peeled.end - 120 : from;
	const m = SOURCE_AT_END.exec(line.slice(tail, peeled.end));
	if (m === null) return null;
	return { speakerRaw: m[1].trim(), name: null, target: null, qualifier: null, timestamp: peeled.timestamp, cite: peeled.cite, cut: tail + m.index };
}
