// Content hashes for manifests (text pages and attachment bytes). Not cryptographic: they only have to
// notice changes. The core's hashString is tuned for note-sized text and allocates a buffer for very long
// strings; site pages can be megabytes, so pages are hashed here with a plain loop.

/** 53-bit hash of a string's UTF-16 units, with the length appended. */
export function hashText(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	return finish(h1, h2, text.length);
}

/** The same for raw bytes (attachments). */
export function hashBytes(bytes: Uint8Array): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < bytes.length; i++) {
		h1 = Math.imul(h1 ^ bytes[i], 2654435761);
		h2 = Math.imul(h2 ^ bytes[i], 1597334677);
	}
	return finish(h1, h2, bytes.length);
}

function finish(h1: number, h2: number, length: number): string {
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return ((h2 >>> 0) & 0x1fffff).toString(16).padStart(6, "0") + (h1 >>> 0).toString(16).padStart(8, "0") + length.toString(16);
}

export function hashContent(content: string | Uint8Array): string {
	return typeof content === "string" ? `t${hashText(content)}` : `b${hashBytes(content)}`;
}

/**
 * A short (32-bit, 8 hex digits) hash of a text: the middle of `hashText`'s result, so a hash `hashContent`
 * gave a text converts to this one exactly (`shortOfContentHash`). It only has to tell one file's new bytes
 * from its old ones (a quote page per quote in the manifest, decision 23).
 */
export function shortTextHash(text: string): string {
	return hashText(text).slice(6, 14);
}

/** `shortTextHash` of the text `hashContent` hashed to `hash`; null for the hash of raw bytes or anything else. */
export function shortOfContentHash(hash: string): string | null {
	return /^t[0-9a-f]{14}/.test(hash) ? hash.slice(7, 15) : null;
}
