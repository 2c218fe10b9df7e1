// Each quote's speaker as a number: the sidebar groups a keystroke's matches by speaker, and one letter
// matches nearly all 80,000 quotes, so the search numbers its quote list once (decision 30) and grouping
// reads an array per match instead of a `Map` lookup.
import type { IndexedQuote } from "../index/types";

/** Speaker group key for quotes whose speaker is unknown. */
export const UNKNOWN_SPEAKER_KEY = "\u0000unknown";

export interface SpeakerNumbers {
	/** The speaker group keys, by number; a key may have no quote in `of` (a speaker with no match). */
	readonly keys: readonly string[];
	/** For each quote (of the list numbered, or of a search's matches), the number of its speaker's key. */
	readonly of: Int32Array;
}

/** Numbers the speakers of `quotes` in order of first appearance. */
export function numberSpeakers(quotes: readonly IndexedQuote[]): SpeakerNumbers {
	const numbers = new Map<string, number>();
	const keys: string[] = [];
	const of = new Int32Array(quotes.length);
	for (let i = 0; i < quotes.length; i++) {
		const key = quotes[i].speaker ?? UNKNOWN_SPEAKER_KEY;
		let n = numbers.get(key);
		if (n === undefined) {
			n = keys.length;
			numbers.set(key, n);
			keys.push(key);
		}
		of[i] = n;
	}
	return { keys, of };
}

/** The numbers of the quotes at `positions` of a numbered list. */
export function speakerNumbersAt(list: SpeakerNumbers, positions: ArrayLike<number>): SpeakerNumbers {
	const of = new Int32Array(positions.length);
	for (let i = 0; i < positions.length; i++) of[i] = list.of[positions[i]];
	return { keys: list.keys, of };
}
