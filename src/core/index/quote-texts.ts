// The quote texts of one note, packed as UTF-8 in one byte array, read back as strings only when asked.
//
// Why: the index keeps ~80,000 quotes (36 MB of text) for a large vault. Kept as one string each, every
// text survives the young generation and V8's scavenger copies it twice, after a narrowing copy of its
// own (encode and decode). One native `encodeInto` per quote into a shared buffer, and one array per note,
// cost less (the index build ~1.25× faster, docs/benchmarks.md, scenario 1): a byte array's contents are
// never moved by the collector. Readers pay a native decode of one quote (~1 µs)
// when they read `text`; the sidebar reads the rows it shows and the search reads each text once.
//
// A text that UTF-8 cannot carry unchanged (a lone surrogate) is kept as a string, as is every text where
// the platform has no TextEncoder/TextDecoder.
import { ownString } from "../util/strings";

const encoder = typeof TextEncoder === "function" ? new TextEncoder() : null;
const decoder = typeof TextDecoder === "function" ? new TextDecoder() : null;
const EMPTY = new Uint8Array(0);
let scratch = new Uint8Array(1 << 16);

/** Where each quote's text is: `[start, end)` in `bytes`, or its own string when it could not be packed. */
export interface PackedTexts {
	bytes: Uint8Array;
	starts: number[];
	ends: number[];
	/** Per quote: the text kept as a string (not packed), else null. */
	strings: Array<string | null> | null;
}

interface WellFormed {
	isWellFormed?: () => boolean;
}

/** A lone surrogate would come back from UTF-8 as U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function wellFormed(text: string): boolean {
	const own = (text as WellFormed).isWellFormed;
	return typeof own === "function" ? own.call(text) : !LONE_SURROGATE.test(text);
}

/** Packs `texts` (one note's quote texts, in order) into one byte array of their own. */
export function packTexts(texts: readonly string[]): PackedTexts {
	const n = texts.length;
	const starts = new Array<number>(n);
	const ends = new Array<number>(n);
	let strings: Array<string | null> | null = null;
	if (encoder === null || decoder === null) {
		strings = texts.map((t) => ownString(t));
		starts.fill(0);
		ends.fill(0);
		return { bytes: EMPTY, starts, ends, strings };
	}
	let need = 0;
	for (let i = 0; i < n; i++) need += texts[i].length * 3;
	if (scratch.length < need) {
		const grown = new Uint8Array(Math.max(need, scratch.length * 2));
		if (grown.length > 1 << 22) {
			// A note with megabytes of quotes: use the big buffer once, keep the usual one.
			return fill(texts, grown, starts, ends);
		}
		scratch = grown;
	}
	return fill(texts, scratch, starts, ends);

	function fill(list: readonly string[], buf: Uint8Array, s: number[], e: number[]): PackedTexts {
		let at = 0;
		for (let i = 0; i < list.length; i++) {
			s[i] = at;
			if (list[i].length > 0) at += encoder!.encodeInto(list[i], buf.subarray(at)).written;
			e[i] = at;
		}
		// A lone surrogate is written as EF BF BD (U+FFFD). Most notes have no 0xEF byte at all (one native
		// search); where one is, the texts are checked one by one and the broken ones kept as strings.
		if (at > 0 && buf.subarray(0, at).indexOf(0xef) >= 0) {
			for (let i = 0; i < list.length; i++) {
				if (wellFormed(list[i])) continue;
				strings ??= new Array<string | null>(list.length).fill(null);
				strings[i] = ownString(list[i]);
			}
		}
		return { bytes: at === 0 ? EMPTY : buf.slice(0, at), starts: s, ends: e, strings };
	}
}

/** The text of `bytes[start, end)`. */
export function unpackText(bytes: Uint8Array, start: number, end: number): string {
	if (start === end) return "";
	return decoder!.decode(bytes.subarray(start, end));
}
