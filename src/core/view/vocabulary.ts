// The distinct folded words of the quotes search knows, each with a number. Words are looked up by a hash
// of their characters, so indexing a quote makes no string per word it reads, only per word it adds.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

// The word loops hash character codes, so they compare codes; these name the ones they compare.
const UPPER_A = "A".charCodeAt(0);
const UPPER_Z = "Z".charCodeAt(0);
const LOWER_A = "a".charCodeAt(0);
const LOWER_Z = "z".charCodeAt(0);
const DIGIT_0 = "0".charCodeAt(0);
const DIGIT_9 = "9".charCodeAt(0);
export const SPACE = " ".charCodeAt(0);

export function lowerAscii(code: number): number {
	return code >= UPPER_A && code <= UPPER_Z ? code - UPPER_A + LOWER_A : code;
}

/** Whether a code (lower-cased) is part of an ASCII word: a letter or a digit. */
export function isAsciiWordCode(code: number): boolean {
	return (code >= LOWER_A && code <= LOWER_Z) || (code >= DIGIT_0 && code <= DIGIT_9);
}

/** The bit of a lower-case ASCII letter in a letter set, 0 for anything else. */
export function letterBit(code: number): number {
	return code >= LOWER_A && code <= LOWER_Z ? 1 << (code - LOWER_A) : 0;
}

/** The array itself when it holds `size`, else a copy at least twice as long. */
export function grown<T extends Int32Array | Uint32Array>(array: T, size: number, make: (n: number) => T): T {
	if (size <= array.length) return array;
	const next = make(Math.max(size, array.length * 2));
	next.set(array);
	return next;
}

export const int32 = (n: number): Int32Array => new Int32Array(n);
export const uint32 = (n: number): Uint32Array => new Uint32Array(n);

/** Whether `text[start, end)`, ASCII letters lower-cased, is `word`. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
	if (word.length !== end - start) return false;
	for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== lowerAscii(text.charCodeAt(start + i))) return false;
	return true;
}

/** The words (ids) that contain a token, as of a vocabulary size. */
interface Containing {
	ids: Int32Array;
	size: number;
}

export class Vocabulary {
	/** The words by id. */
	readonly words: string[] = [];
	/** Per word: its letters a–z as bits. */
	letters: Int32Array = new Int32Array(1024);
	private hashes: Int32Array = new Int32Array(1024);
	/** Word ids + 1 by hash (open addressing, at most half full). */
	private table: Int32Array = new Int32Array(4096);
	private readonly containing = new Map<string, Containing>();

	get size(): number {
		return this.words.length;
	}

	/** The id of a folded word, added if new. */
	id(word: string): number {
		let hash = FNV_OFFSET;
		for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
		return this.lookup(word, 0, word.length, hash);
	}

	/**
	 * The id of the word `text[start, end)` lower-cased (the text is folded already, or ASCII: then only
	 * A–Z change), added if new. `hash` is the FNV-1a hash of the lower-cased word's characters.
	 */
	lookup(text: string, start: number, end: number, hash: number): number {
		const table = this.table;
		const mask = table.length - 1;
		let at = hash & mask;
		for (let known = table[at]; known !== 0; known = table[at]) {
			const id = known - 1;
			if (this.hashes[id] === hash && sameWord(this.words[id], text, start, end)) return id;
			at = (at + 1) & mask;
		}
		const id = this.words.length;
		const word = text.slice(start, end).toLowerCase();
		this.words.push(word);
		this.letters = grown(this.letters, id + 1, int32);
		this.hashes = grown(this.hashes, id + 1, int32);
		let letters = 0;
		for (let i = 0; i < word.length; i++) letters |= letterBit(word.charCodeAt(i));
		this.letters[id] = letters;
		this.hashes[id] = hash;
		table[at] = id + 1;
		if (2 * this.words.length > table.length) {
			const next = new Int32Array(table.length * 2);
			const nextMask = next.length - 1;
			for (let w = 0; w < this.words.length; w++) {
				let i = this.hashes[w] & nextMask;
				while (next[i] !== 0) i = (i + 1) & nextMask;
				next[i] = w + 1;
			}
			this.table = next;
		}
		return id;
	}

	/**
	 * Ids of the words that contain the token. A longer token that contains an earlier one (the next
	 * keystroke) only looks among that one's words, and the words added since.
	 */
	wordsContaining(token: string): Int32Array {
		const known = this.containing.get(token);
		if (known && known.size === this.words.length) return known.ids;
		let base: Containing | undefined = known;
		if (!base) {
			for (const [other, c] of this.containing) if (token.includes(other) && (!base || c.ids.length < base.ids.length)) base = c;
		}
		const words = this.words;
		const out: number[] = [];
		let from = 0;
		if (base) {
			for (let i = 0; i < base.ids.length; i++) if (words[base.ids[i]].includes(token)) out.push(base.ids[i]);
			from = base.size;
		}
		for (let id = from; id < words.length; id++) if (words[id].includes(token)) out.push(id);
		if (this.containing.size >= 64) this.containing.clear();
		const ids = new Int32Array(out);
		this.containing.set(token, { ids, size: words.length });
		return ids;
	}
}
