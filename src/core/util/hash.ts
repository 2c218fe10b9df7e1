// Non-cryptographic string hashes (cyrb53: two 32-bit lanes mixed into 53 bits). They only spot changed
// text and give quotes stable ids; they never need to resist attack.

/** Mixes the two lanes at the end (cyrb53's finaliser). */
function finish(h1: number, h2: number): [number, number] {
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return [h1 >>> 0, (h2 >>> 0) & 0x1fffff];
}

/** 53-bit hash of `text` as 14 hex digits; equal text always gives the same value. */
export function hashString(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	const [a, b] = finish(Math.imul(h1 ^ text.length, 2654435761), h2);
	return b.toString(16).padStart(6, "0") + a.toString(16).padStart(8, "0");
}

/** Long quote texts are identified by their first and last characters, so a 5 MB quote costs no more than a short one. */
const HEAD = 32;
const TAIL = 24;

/** Whitespace that does not count in a quote id (runs collapse to one space, ends are trimmed). */
function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

/**
 * The id base (`93h5-1q7fglv`) of a quote `text` in the note at `path`: the hash of the path, then of the
 * text with whitespace runs collapsed and the ends trimmed. Quote ids are stored (hidden quotes, published
 * anchors): this must keep giving the same value for the same path and text.
 */
export function hashNormalized(path: string, text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < path.length; i++) {
		h1 = Math.imul(h1 ^ path.charCodeAt(i), 2654435761);
		h2 = Math.imul(h2 ^ path.charCodeAt(i), 1597334677);
	}
	h1 = Math.imul(h1, 2654435761);
	const long = text.length > HEAD + TAIL + 16;
	let space = false;
	let started = false;
	for (let i = 0; i < text.length; i++) {
		if (long && i === HEAD) {
			i = text.length - TAIL;
			h2 = Math.imul(h2 ^ 0xffff, 1597334677);
		}
		const c = text.charCodeAt(i);
		if (isSpace(c)) {
			space = started;
			continue;
		}
		if (space) {
			h1 = Math.imul(h1 ^ 32, 2654435761);
			h2 = Math.imul(h2 ^ 32, 1597334677);
			space = false;
		}
		started = true;
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	const [a, b] = finish(h1, h2);
	return `${b.toString(36)}-${a.toString(36)}`;
}
