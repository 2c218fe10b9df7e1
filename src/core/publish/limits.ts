// What one publish refuses to build: a note too large to publish, and a note whose embeds expand without
// bound (a few small notes embedding each other many times made a 98 MB site). Both errors name the note.

/** Largest published note, in UTF-8 bytes of its file. */
export const NOTE_SIZE_LIMIT = 8 * 1024 * 1024;

/** Most text a note's embeds may inline into its page, all levels together (an embed inside an embed counts each time). */
export const EMBED_EXPANSION_LIMIT = 8 * 1024 * 1024;

/** A publish limit was passed: the message names the note and is shown as it is. */
export class PublishLimitError extends Error {}

/** UTF-8 length of `text`, without encoding it. */
export function utf8Length(text: string): number {
	let bytes = text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// A surrogate pair (two units) is four bytes; other units above 0x7ff three, above 0x7f two.
		if (c >= 0xd800 && c <= 0xdfff) bytes += 1;
		else if (c >= 0x800) bytes += 2;
		else if (c >= 0x80) bytes += 1;
	}
	return bytes;
}

export function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Throws when the note at `path` is too large to publish. */
export function checkNoteSize(path: string, text: string): void {
	// Cheap first: every character is at least one byte and at most three.
	if (text.length * 3 <= NOTE_SIZE_LIMIT) return;
	const bytes = utf8Length(text);
	if (bytes > NOTE_SIZE_LIMIT) {
		throw new PublishLimitError(`"${path}" is ${megabytes(bytes)} (${bytes} bytes): a published note may be at most ${NOTE_SIZE_LIMIT / (1024 * 1024)} MB. Split it, or remove its publish flag.`);
	}
}
