// Content hashes for manifests (text pages and attachment bytes). Not cryptographic: they only have to
// notice changes. The core's hashString reads long text as UTF-8 and allocates a buffer for it; site pages
// can be megabytes, so pages are hashed by their UTF-16 units with the same lanes, the length appended.
import { finish, hex53, unitLanes } from "../util/hash";

/** 53-bit hash of a string's UTF-16 units, with the length appended. */
export function hashText(text: string): string {
	return hex53(finish(...unitLanes(text))) + text.length.toString(16);
}

/** The same for raw bytes (attachments). */
export function hashBytes(bytes: Uint8Array): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < bytes.length; i++) {
		h1 = Math.imul(h1 ^ bytes[i], 2654435761);
		h2 = Math.imul(h2 ^ bytes[i], 1597334677);
	}
	return hex53(finish(h1, h2)) + bytes.length.toString(16);
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
