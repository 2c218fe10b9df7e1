// Each quote's speaker as a number: the sidebar groups a keystroke's matches by speaker, and one letter
// matches nearly all 80,000 quotes, so the search numbers its quote list once (decision 30) and grouping
// reads an array per match instead of a `Map` lookup.
import type { IndexedQuote } from "../index/types";
import type { ListSpan } from "./span";

/** Speaker group key for quotes whose speaker is unknown. */
export const UNKNOWN_SPEAKER_KEY = "\u0000unknown";

export interface SpeakerNumbers {
	/** The speaker group keys, by number; a key may have no quote in `of` (a speaker with no match). */
	readonly keys: readonly string[];
	/** For each quote (of the list numbered, or of a search's matches), the number of its speaker's key. */
	readonly of: Int32Array;
	/**
	 * The numbering this one was made from by `renumberSpan`, and the span their lists differ in: readers
	 * derive what they keep per numbering (view/model.ts's speaker groups) from it instead of counting every
	 * quote. One step back only: renumbering drops the earlier numbering's own link, so no chain stays alive.
	 */
	previous?: {
		readonly numbers: SpeakerNumbers;
		readonly span: ListSpan;
		/** The earlier numbers of the span's quotes: `numbers.of` may hold the new ones since (see `renumberSpan`). */
		readonly spanOf: Int32Array;
	};
}

/** Numbers the speakers of `quotes` in order of first appearance. */
export function numberSpeakers(quotes: readonly IndexedQuote[]): SpeakerNumbers {
	const keys: string[] = [];
	const numberOf = numberer(keys);
	const of = new Int32Array(quotes.length);
	for (let i = 0; i < quotes.length; i++) of[i] = numberOf(quotes[i]);
	return { keys, of };
}

/** A quote's speaker number: a key in `keys` keeps its number, a new one is added with the next. */
function numberer(keys: string[]): (q: IndexedQuote) => number {
	const numbers = new Map(keys.map((key, n) => [key, n]));
	return (q) => {
		const key = q.speaker ?? UNKNOWN_SPEAKER_KEY;
		let n = numbers.get(key);
		if (n === undefined) {
			n = keys.length;
			numbers.set(key, n);
			keys.push(key);
		}
		return n;
	};
}

/** Each numbering's keys by number, looked up when an edit renumbers a span (thousands of speakers, a few quotes). */
const keyNumbers = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

function numbersOfKeys(keys: readonly string[]): ReadonlyMap<string, number> {
	let numbers = keyNumbers.get(keys);
	if (numbers === undefined) {
		numbers = new Map(keys.map((key, n) => [key, n]));
		keyNumbers.set(keys, numbers);
	}
	return numbers;
}

/**
 * The numbers of `list`, given those of an earlier list it differs from only in `span`: the quotes outside it
 * keep theirs, those in it are numbered (a new speaker gets the next number). Group order never depends on
 * the numbers, so this gives the same rows as numbering `list` afresh. The keys are shared with `before`
 * unless the span brings a new speaker.
 */
export function renumberSpan(before: SpeakerNumbers, list: readonly IndexedQuote[], span: ListSpan, inPlace = false): SpeakerNumbers {
	const known = numbersOfKeys(before.keys);
	let keys = before.keys;
	let added: string[] | null = null;
	let numberOf: ((q: IndexedQuote) => number) | null = null;
	const spanOf = before.of.slice(span.head, span.oldEnd);
	// `inPlace`: the list was changed in place, so whatever read `before` reads it no more (its version moved);
	// with the count unchanged (the usual edit) its array is taken over instead of a new 80,000-number one.
	const reuse = inPlace && span.newEnd === span.oldEnd;
	const of = reuse ? before.of : new Int32Array(list.length);
	if (!reuse) of.set(before.of.subarray(0, span.head), 0);
	for (let i = span.head; i < span.newEnd; i++) {
		const q = list[i];
		const n = numberOf === null ? known.get(q.speaker ?? UNKNOWN_SPEAKER_KEY) : undefined;
		if (n !== undefined) {
			of[i] = n;
			continue;
		}
		if (numberOf === null) {
			added = [...before.keys];
			keys = added;
			numberOf = numberer(added);
		}
		of[i] = numberOf(q);
	}
	if (!reuse) of.set(before.of.subarray(span.oldEnd), span.newEnd);
	before.previous = undefined;
	return { keys, of, previous: { numbers: before, span, spanOf } };
}
