// Fast, non-cryptographic string hashes (cyrb53-style: two 32-bit lanes mixed into 53 bits). Pure TS so
// they run on mobile and in workers; they only need to spot changed text, never to resist attack.
// Two UTF-16 units are folded into each step: hashing is the largest per-character cost of parsing.

/** Char codes of the hex digits. */
const HEX = Array.from("0123456789abcdef", (d) => d.charCodeAt(0));

function finish(h1: number, h2: number): string {
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	// The low 21 bits of h2 as 6 hex digits, then h1 as 8 (zero-padded, as toString(16).padStart wrote
	// them): always 14 digits, so one fromCharCode call instead of two conversions and two paddings.
	const a = h2 & 0x1fffff;
	const x = HEX;
	return String.fromCharCode(
		x[a >>> 20], x[(a >>> 16) & 15], x[(a >>> 12) & 15], x[(a >>> 8) & 15], x[(a >>> 4) & 15], x[a & 15],
		x[h1 >>> 28], x[(h1 >>> 24) & 15], x[(h1 >>> 20) & 15], x[(h1 >>> 16) & 15],
		x[(h1 >>> 12) & 15], x[(h1 >>> 8) & 15], x[(h1 >>> 4) & 15], x[h1 & 15],
	);
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

/**
 * Base-36 strings of 0…1295 (two digits' worth), built on first use: `short[n]` as `toString(36)` writes
 * it, `pair[n]` padded to two digits, and `short` with the `q` and `-` of a quote id in front. A number
 * is then written from at most four pieces instead of one string per digit (ids are made for every
 * quote of every note read, and each piece is an allocation).
 */
interface Base36Tables {
	short: string[];
	pair: string[];
	q: string[];
	dash: string[];
}

let tables: Base36Tables | null = null;

function base36Tables(): Base36Tables {
	if (tables === null) {
		const t: Base36Tables = { short: [], pair: [], q: [], dash: [] };
		for (let n = 0; n < 1296; n++) {
			const hi = Math.floor(n / 36);
			const digits = hi > 0 ? DIGITS[hi] + DIGITS[n - hi * 36] : DIGITS[n];
			t.short.push(digits);
			t.pair.push(DIGITS[hi] + DIGITS[n - hi * 36]);
			t.q.push("q" + digits);
			t.dash.push("-" + digits);
		}
		tables = t;
	}
	return tables;
}

/** `n.toString(36)` (unsigned 32-bit `n`) with `lead[top]` for its leading digits, from the tables. */
function base36With(n: number, lead: string[], pair: string[]): string {
	if (n < 1296) return lead[n];
	// Math.floor and a product, not `%`: above 2^31 these are doubles, and a double `%` is a slow call.
	const hi = Math.floor(n / 1296);
	const lo = n - hi * 1296;
	if (hi < 1296) return lead[hi] + pair[lo];
	const top = Math.floor(hi / 1296);
	const mid = hi - top * 1296;
	// 2^32 / 1296^2 < 2 · 1296: at most four pieces, the first a single digit.
	if (top < 1296) return lead[top] + pair[mid] + pair[lo];
	return lead[1] + pair[top - 1296] + pair[mid] + pair[lo];
}

/** Char codes of base-36 digit pairs 0…1295: `PAIR_HI[n]` the first digit, `PAIR_LO[n]` the second. */
const PAIR_HI = new Uint8Array(1296);
const PAIR_LO = new Uint8Array(1296);
for (let n = 0; n < 1296; n++) {
	PAIR_HI[n] = DIGITS.charCodeAt(Math.floor(n / 36));
	PAIR_LO[n] = DIGITS.charCodeAt(n % 36);
}

const idCodes = new Uint8Array(12);

/** Writes `n` in base 36 as exactly `count` digit codes ending before `end` in `idCodes`. */
function digitCodes(n: number, end: number, count: number): void {
	let i = end;
	for (; count >= 2; count -= 2) {
		const hi = Math.floor(n / 1296);
		const pair = n - hi * 1296;
		idCodes[--i] = PAIR_LO[pair];
		idCodes[--i] = PAIR_HI[pair];
		n = hi;
	}
	if (count === 1) idCodes[--i] = DIGITS.charCodeAt(n);
}

/**
 * `q<h2>-<h1>` in base 36 as one flat string, for the digit counts nearly every id has (h2: 4–5 digits,
 * h1: 6–7): one `String.fromCharCode` call of fixed arity instead of a string per piece.
 */
function flatId(h2: number, h1: number): string {
	const l2 = h2 >= 36 ** 4 ? 5 : 4;
	const l1 = h1 >= 36 ** 6 ? 7 : 6;
	digitCodes(h2, l2, l2);
	digitCodes(h1, l2 + l1, l1);
	const d = idCodes;
	if (l2 === 4) {
		return l1 === 6
			? String.fromCharCode(113, d[0], d[1], d[2], d[3], 45, d[4], d[5], d[6], d[7], d[8], d[9])
			: String.fromCharCode(113, d[0], d[1], d[2], d[3], 45, d[4], d[5], d[6], d[7], d[8], d[9], d[10]);
	}
	return l1 === 6
		? String.fromCharCode(113, d[0], d[1], d[2], d[3], d[4], 45, d[5], d[6], d[7], d[8], d[9], d[10])
		: String.fromCharCode(113, d[0], d[1], d[2], d[3], d[4], 45, d[5], d[6], d[7], d[8], d[9], d[10], d[11]);
}

/** `n.toString(36)` for an unsigned 32-bit `n`, a few times faster (V8 converts radix strings through doubles). */
export function base36(n: number): string {
	const t = base36Tables();
	return base36With(n, t.short, t.pair);
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
	 * text in the note. Nearly always one flat string (`flatId`: one `String.fromCharCode` call with its
	 * arguments written out; `.apply` over an array was far slower); otherwise a concatenation of table
	 * pieces, which the index flattens in its JSON round trip per note (src/core/index/detach.ts).
	 */
	quoteId(n: number): string {
		let base: string;
		if (this.h2 >= 36 ** 3 && this.h1 >= 36 ** 5) base = flatId(this.h2, this.h1);
		else {
			const t = base36Tables();
			base = base36With(this.h2, t.q, t.pair) + base36With(this.h1, t.dash, t.pair);
		}
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
