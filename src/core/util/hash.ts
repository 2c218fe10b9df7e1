// Non-cryptographic string hashes (cyrb53: two 32-bit lanes mixed into 53 bits). They only spot changed
// text and give quotes stable ids; they never need to resist attack.

const SEED1 = 0xdeadbeef;
const SEED2 = 0x41c6ce57;

/** The two lanes after reading `text`'s UTF-16 units (cyrb53's loop). */
export function unitLanes(text: string, h1 = SEED1, h2 = SEED2): [number, number] {
	for (let i = 0; i < text.length; i++) {
		h1 = Math.imul(h1 ^ text.charCodeAt(i), 2654435761);
		h2 = Math.imul(h2 ^ text.charCodeAt(i), 1597334677);
	}
	return [h1, h2];
}

/** Mixes the two lanes at the end (cyrb53's finaliser): 32 and 21 bits. */
export function finish(h1: number, h2: number): [number, number] {
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return [h1 >>> 0, (h2 >>> 0) & 0x1fffff];
}

/** The 53 bits `finish` gives as 14 hex digits, high lane first. */
export function hex53([low, high]: [number, number]): string {
	return high.toString(16).padStart(6, "0") + low.toString(16).padStart(8, "0");
}

let encoder: TextEncoder | null = null;
/** Reused for every note: a new array per note was as many bytes of garbage as the vault has. */
let scratch = new Uint8Array(0);
const SCRATCH_MAX = 1 << 20;

/**
 * UTF-8 bytes of `text`, valid until the next call (by hand where the platform has no TextEncoder, e.g.
 * jsdom under Jest).
 */
function utf8(text: string): Uint8Array {
	if (typeof TextEncoder === "function") {
		encoder ??= new TextEncoder();
		// At most 3 bytes per UTF-16 unit; a rare very long note gets an array of its own, not a kept one.
		const most = text.length * 3;
		if (most > SCRATCH_MAX) return encoder.encode(text);
		if (scratch.length < most) scratch = new Uint8Array(Math.max(most, 1 << 16));
		return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
	}
	const out: number[] = [];
	for (const ch of text) {
		let c = ch.codePointAt(0)!;
		// A lone surrogate is written as U+FFFD, as TextEncoder does.
		if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
		if (c < 0x80) out.push(c);
		else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
		else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
		else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
	}
	return Uint8Array.from(out);
}

/** The little-endian 32-bit word at `bytes[4 * i]`. */
function word(bytes: Uint8Array, i: number): number {
	const at = i * 4;
	return bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
}

/**
 * 53-bit hash of `text` as 14 hex digits; equal text always gives the same value. Published manifests hold
 * these values (a changed value republishes the note), so they stay as first defined: a short text by its
 * UTF-16 units, a longer one by its UTF-8 bytes four at a time, the two lanes taking turns.
 */
export function hashString(text: string, seed = 0): string {
	let h1 = SEED1 ^ seed;
	let h2 = SEED2 ^ seed;
	let length = text.length;
	if (text.length < 64) {
		[h1, h2] = unitLanes(text, h1, h2);
	} else {
		const bytes = utf8(text);
		const words = bytes.length >>> 2;
		let i = 0;
		for (; i + 1 < words; i += 2) {
			h1 = Math.imul(h1 ^ word(bytes, i), 2654435761);
			h2 = Math.imul(h2 ^ word(bytes, i + 1), 1597334677);
		}
		if (i < words) h1 = Math.imul(h1 ^ word(bytes, i), 2654435761);
		for (let j = words * 4; j < bytes.length; j++) h2 = Math.imul(h2 ^ bytes[j], 1597334677);
		length = bytes.length;
	}
	return hex53(finish(Math.imul(h1 ^ length, 2654435761), h2));
}

/** Long quote texts are identified by their first and last characters, so a 5 MB quote costs no more than a short one. */
const HEAD = 32;
const TAIL = 24;

/**
 * Whitespace that does not count in a quote id (runs collapse to one space, ends are trimmed): space, tab,
 * line feed, carriage return, form feed, vertical tab and no-break space.
 */
function isIdSpace(c: number): boolean {
	return c === SPACE || (c >= TAB && c <= CARRIAGE_RETURN) || c === NO_BREAK_SPACE;
}
const SPACE = " ".charCodeAt(0);
const TAB = "\t".charCodeAt(0);
/** Tab, line feed, vertical tab, form feed, carriage return are the codes 9 to 13. */
const CARRIAGE_RETURN = "\r".charCodeAt(0);
const NO_BREAK_SPACE = "\u00a0".charCodeAt(0);

/**
 * The id base (`93h5-1q7fglv`) of a quote `text` in the note at `path`: the hash of the path, then of the
 * text with whitespace runs collapsed and the ends trimmed. Quote ids are stored (hidden quotes, published
 * anchors): this must keep giving the same value for the same path and text.
 */
export function hashNormalized(path: string, text: string): string {
	return quoteIdHasher(path)(text);
}

/** `hashNormalized` for the quotes of one note: the path is read once, not once per quote. */
export function quoteIdHasher(path: string): (text: string) => string {
	const [p1, p2] = unitLanes(path);
	const start1 = Math.imul(p1, 2654435761);
	return (text) => quoteId(start1, p2, text);
}

/** The lanes of a quote id while its text is read, and whether a space waits to be mixed in before the next character. */
interface IdLanes {
	h1: number;
	h2: number;
	space: boolean;
	started: boolean;
}

/**
 * The id base of `text` from the path's lanes: its characters, whitespace runs as one space and none at the
 * ends; a long text by its head, a marker and its tail. Plain functions: the lanes kept in a closure made
 * per note cost five times as much per quote in an edit's re-index (decision 74).
 */
function quoteId(start1: number, start2: number, text: string): string {
	const lanes: IdLanes = { h1: start1, h2: start2, space: false, started: false };
	if (text.length > HEAD + TAIL + 16) {
		mixIdRange(lanes, text, 0, HEAD);
		lanes.h2 = Math.imul(lanes.h2 ^ 0xffff, 1597334677);
		mixIdRange(lanes, text, text.length - TAIL, text.length);
	} else {
		mixIdRange(lanes, text, 0, text.length);
	}
	const [a, b] = finish(lanes.h1, lanes.h2);
	return `${base36(b)}-${base36(a)}`;
}

const DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * `n.toString(36)` for a whole number 0 ≤ n < 2^53. V8 writes a number in a radix other than 10 through its
 * floating-point path, ~4× slower: two per quote were 1–2% of `quotes --json` (decision 79).
 */
export function base36(n: number): string {
	let out = "";
	do {
		out = DIGITS36[n % 36] + out;
		n = Math.floor(n / 36);
	} while (n > 0);
	return out;
}

/** Mixes the characters `from`..`to` of `text` into `lanes`, whitespace runs as one space, none at the start. */
function mixIdRange(lanes: IdLanes, text: string, from: number, to: number): void {
	let { h1, h2, space, started } = lanes;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (isIdSpace(c)) {
			space = started;
			continue;
		}
		if (space) {
			h1 = Math.imul(h1 ^ SPACE, 2654435761);
			h2 = Math.imul(h2 ^ SPACE, 1597334677);
			space = false;
		}
		started = true;
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	lanes.h1 = h1;
	lanes.h2 = h2;
	lanes.space = space;
	lanes.started = started;
}
