// Content hashes for manifests: text through the core's string hash, bytes (attachments) through a
// matching byte loop. Not cryptographic: they only have to notice changes.
import { hashString } from "../util/hash";

export function hashText(text: string): string {
	return hashString(text);
}

/** 53-bit hash of raw bytes (cyrb53-style lanes), with the length appended. */
export function hashBytes(bytes: Uint8Array): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < bytes.length; i++) {
		h1 = Math.imul(h1 ^ bytes[i], 2654435761);
		h2 = Math.imul(h2 ^ bytes[i], 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return ((h2 >>> 0) & 0x1fffff).toString(16).padStart(6, "0") + (h1 >>> 0).toString(16).padStart(8, "0") + bytes.length.toString(16);
}

export function hashContent(content: string | Uint8Array): string {
	return typeof content === "string" ? `t${hashText(content)}` : `b${hashBytes(content)}`;
}
