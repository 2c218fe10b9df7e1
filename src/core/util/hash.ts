// Fast, non-cryptographic string hashes (cyrb53-style: two 32-bit lanes mixed into 53 bits). Pure TS so
// they run on mobile and in workers; they only need to spot changed text, never to resist attack.
// Two UTF-16 units are folded into each step: hashing is the largest per-character cost of parsing.

function finish(h1: number, h2: number): string {
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return ((h2 >>> 0) & 0x1fffff).toString(16).padStart(6, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}

const encoder = typeof TextEncoder === "function" ? new TextEncoder() : null;
let scratch = new Uint8Array(1 << 16);

/**
 * 53-bit hash of `text` in hex; equal text always gives the same value. The text is UTF-8 encoded
 * natively and hashed four bytes per step (little-endian words, as on every platform Obsidian runs
 * on): hashing is the largest per-character cost of indexing, and this is about twice as fast as
 * reading characters one by one.
 */
export function hashString(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	const n = text.length;
	if (encoder === null || n < 64) {
		for (let i = 0; i < n; i++) {
			const w = text.charCodeAt(i);
			h1 = Math.imul(h1 ^ w, 2654435761);
			h2 = Math.imul(h2 ^ w, 1597334677);
		}
		return finish(Math.imul(h1 ^ n, 2654435761), h2);
	}
	const need = n * 3 + 8;
	let buf = scratch;
	if (buf.length < need) {
		buf = new Uint8Array(need);
		if (need <= 1 << 22) scratch = buf; // keep up to 4 MB for the next note, not a 5 MB line's worth
	}
	const written = encoder.encodeInto(text, buf).written;
	const words = new Uint32Array(buf.buffer, 0, written >>> 2);
	const m = words.length;
	let i = 0;
	for (; i + 1 < m; i += 2) {
		h1 = Math.imul(h1 ^ words[i], 2654435761);
		h2 = Math.imul(h2 ^ words[i + 1], 1597334677);
	}
	if (i < m) h1 = Math.imul(h1 ^ words[i], 2654435761);
	for (let j = m << 2; j < written; j++) h2 = Math.imul(h2 ^ buf[j], 1597334677);
	return finish(Math.imul(h1 ^ written, 2654435761), h2);
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/** `n.toString(36)` for an unsigned 32-bit `n`, a few times faster (V8 converts radix strings through doubles). */
export function base36(n: number): string {
	if (n < 36) return DIGITS[n];
	let s = "";
	while (n > 0) {
		const q = Math.floor(n / 36);
		s = DIGITS[n - q * 36] + s;
		n = q;
	}
	return s;
}

const HEAD = 32;
const TAIL = 24;

/**
 * Quote ids of one note: a hash of the note `path` and a text with whitespace runs collapsed and the
 * ends trimmed, computed without building the normalised string. Long texts are represented by their
 * first 32 and last 24 characters, so a 5 MB quote costs no more than a short one. `lastKey` is the
 * last id as a small integer, for cheap duplicate counting.
 */
export class IdHasher {
	private readonly p1: number;
	private readonly p2: number;
	lastKey = 0;

	constructor(path: string) {
		let p1 = 0xdeadbeef;
		let p2 = 0x41c6ce57;
		for (let i = 0; i < path.length; i++) {
			const ch = path.charCodeAt(i);
			p1 = Math.imul(p1 ^ ch, 2654435761);
			p2 = Math.imul(p2 ^ ch, 1597334677);
		}
		this.p1 = Math.imul(p1, 2654435761);
		this.p2 = p2;
	}

	/** The last hash, for `quoteId`. */
	private h1 = 0;
	private h2 = 0;

	/** The id base of `text` (`3kx1-1x8f0qz`). */
	id(text: string): string {
		this.hash(text);
		return base36(this.h2) + "-" + base36(this.h1);
	}

	/**
	 * The quote id for the text last hashed: `q<base>`, or `q<base>~<n>` for the n-th quote of the same
	 * text in the note. A concatenation (V8 keeps it as a tree of strings): the index flattens the ids it
	 * keeps in its one JSON round trip per note (src/core/index/detach.ts), which costs far less than
	 * building a flat string here for every parse.
	 */
	quoteId(n: number): string {
		const base = "q" + base36(this.h2) + "-" + base36(this.h1);
		return n > 1 ? base + "~" + n : base;
	}

	/** Hashes `text` (normalised: whitespace runs collapsed, ends trimmed); returns `lastKey`. */
	hash(text: string): number {
		let h1 = this.p1;
		let h2 = this.p2;
		const n = text.length;
		const long = n > HEAD + TAIL + 16;
		let space = false;
		let started = false;
		for (let i = 0; i < n; i++) {
			if (long && i === HEAD) {
				i = n - TAIL;
				h2 = Math.imul(h2 ^ 0xffff, 1597334677);
			}
			const ch = text.charCodeAt(i);
			if (ch <= 32 || ch === 0xa0) {
				if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 12 || ch === 11 || ch === 0xa0) {
					space = started;
					continue;
				}
			}
			if (space) {
				h1 = Math.imul(h1 ^ 32, 2654435761);
				h2 = Math.imul(h2 ^ 32, 1597334677);
				space = false;
			}
			started = true;
			h1 = Math.imul(h1 ^ ch, 2654435761);
			h2 = Math.imul(h2 ^ ch, 1597334677);
		}
		h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
		h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
		h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
		h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
		this.lastKey = h1 | 0;
		this.h1 = h1 >>> 0;
		this.h2 = (h2 >>> 0) & 0x1fffff;
		return this.lastKey;
	}
}

/** Quote-id hash of `text` in the note at `prefix` (see `IdHasher`). */
export function hashNormalized(prefix: string, text: string): string {
	return new IdHasher(prefix).id(text);
}
