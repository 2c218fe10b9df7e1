// A fast, non-cryptographic string hash (cyrb53-style: two 32-bit lanes mixed into 53 bits).
// Pure TS so it runs on mobile and in workers; it only needs to spot changed text, never to resist attack.

/** 53-bit hash of `text` as 14 hex digits; equal text always gives the same value. */
export function hashString(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const high = (h2 >>> 0) & 0x1fffff;
	const low = h1 >>> 0;
	return high.toString(16).padStart(6, "0") + low.toString(16).padStart(8, "0");
}
