// The quote index kept between sessions, as a file in the plugin's folder (decision 11): read at start so
// unchanged notes need no read, written after the first pass and after edits. It is a cache: a missing,
// older, corrupt or half-written file is discarded with a console.debug line and the notes are read again.
// Reading and writing run in slices that yield to the app, so neither blocks typing: the file is read as bytes,
// decoded 64 KiB at a time, and each note goes to the caller as soon as its line is read.
import type { DataAdapter } from "obsidian";
import { hashString } from "../../core/util/hash";
import type { ParseOptions } from "../../core/types";
import { readSnapshotEnd, readSnapshotHeader, readSnapshotLine, snapshotEnd, snapshotHeader, snapshotLine, SnapshotError, type SnapshotNote } from "../../core/index/snapshot";

/** Work per slice before yielding (as the first pass). */
const SLICE_MS = 12;
/** Text per write: one append of this many characters is one short task for the adapter. */
const WRITE_CHARS = 1 << 20;
/**
 * Bytes decoded at a time when reading. Each part's string stays under V8's large-object size (128 KiB), so it
 * is made in the young generation and dies there; 1 MiB parts each took fresh pages (decision 26).
 */
const READ_BYTES = 1 << 16;
const LINE_BREAK = 10;

/** The file of the saved index, in the plugin's folder (never in the notes, so never indexed or published). */
export const INDEX_FILE = "quote-index.jsonl";

/**
 * What saved records depend on besides their note: the parser (plugin version) and the parse settings
 * (dashes, publish keys). The podcast rule and alias table are not in it: they apply to the records on load.
 */
export function indexStoreKey(pluginVersion: string, parse: ParseOptions = {}): string {
	return `${pluginVersion} ${hashString(JSON.stringify([parse.dashes ?? null, parse.publishKeys ?? null]))}`;
}

/**
 * Lets the app run (input, rendering, finished reads) before the next slice. A message, not `setTimeout(0)`:
 * browsers hold back a timeout set from within five nested timeouts by 4 ms, and every slice after the first
 * is one, so in Obsidian (Chromium) each yield idled 4.4 ms against 0.3 ms for a message (decision 57).
 */
export function yieldToApp(): Promise<void> {
	if (typeof MessageChannel !== "function") return new Promise((resolve) => window.setTimeout(resolve, 0));
	return new Promise((resolve) => {
		const { port1, port2 } = new MessageChannel();
		port1.onmessage = () => {
			port1.close();
			resolve();
		};
		port2.postMessage(null);
	});
}

export class IndexStore {
	/** The file is written here first, then renamed over `file`: a crash mid-write leaves the old file whole. */
	private readonly temp: string;

	/** `key` names what the records depend on besides the note's text (plugin version, parse settings). */
	constructor(
		private readonly adapter: DataAdapter,
		readonly file: string,
		/** The key for the settings as they are now. */
		readonly key: () => string,
	) {
		this.temp = `${file}.tmp`;
	}

	/**
	 * Reads the saved notes, handing each to `take` as soon as its line is read, so the index takes them in
	 * while the file is read and no note is held twice (decision 26). Resolves with the number of notes the
	 * file holds, or null when there is no usable file; notes handed over before a fault was found came from a
	 * file that is not trusted, so the caller then reads every note. Never throws.
	 */
	async load(take: (note: SnapshotNote) => void, cancelled: () => boolean = () => false): Promise<number | null> {
		try {
			// The temp file is whole only when a write got past its last append but not its rename.
			for (const file of [this.file, this.temp]) {
				if (!(await this.adapter.exists(file))) continue;
				return await this.parse(await this.adapter.readBinary(file), take, cancelled);
			}
		} catch (error) {
			const why = error instanceof SnapshotError ? error.message : String(error);
			console.debug(`Podcast Garden: the saved quote index is not used (${why}); reading the notes instead.`);
		}
		return null;
	}

	private async parse(data: ArrayBuffer, take: (note: SnapshotNote) => void, cancelled: () => boolean): Promise<number | null> {
		const nextLine = lineReader(new Uint8Array(data));
		const count = readSnapshotHeader(nextLine() ?? "", this.key());
		let sliceStart = performance.now();
		for (let i = 1; i <= count; i++) {
			const line = nextLine();
			if (line === undefined) throw new SnapshotError("the file ends early (a write was cut short)");
			take(readSnapshotLine(line, i + 1));
			if (performance.now() - sliceStart > SLICE_MS) {
				await yieldToApp();
				if (cancelled()) return null;
				sliceStart = performance.now();
			}
		}
		readSnapshotEnd(nextLine(), count, count + 2);
		return count;
	}

	/**
	 * Writes `notes`, parsed under `key` (serialised in slices), then swaps the file in. Resolves false when
	 * `cancelled()` stopped it.
	 */
	async save(notes: readonly SnapshotNote[], key: string, cancelled: () => boolean = () => false): Promise<boolean> {
		await this.adapter.write(this.temp, `${snapshotHeader(key, notes.length)}\n`);
		let chunk: string[] = [];
		let chars = 0;
		let sliceStart = performance.now();
		for (const note of notes) {
			const line = snapshotLine(note);
			chunk.push(line, "\n");
			chars += line.length + 1;
			if (chars >= WRITE_CHARS) {
				await this.adapter.append(this.temp, chunk.join(""));
				chunk = [];
				chars = 0;
			}
			if (performance.now() - sliceStart > SLICE_MS) {
				await yieldToApp();
				if (cancelled()) return false;
				sliceStart = performance.now();
			}
		}
		chunk.push(snapshotEnd(notes.length), "\n");
		await this.adapter.append(this.temp, chunk.join(""));
		if (cancelled()) return false;
		// DataAdapter.rename does not replace an existing file: the old one goes first.
		if (await this.adapter.exists(this.file)) await this.adapter.remove(this.file);
		await this.adapter.rename(this.temp, this.file);
		return true;
	}
}

/**
 * The lines of a UTF-8 file, decoded a part at a time as they are asked for. Each part ends after a line
 * break (byte 10 is never inside a UTF-8 character), so it decodes alone. Invalid UTF-8 throws.
 */
export function lineReader(bytes: Uint8Array, partBytes = READ_BYTES): () => string | undefined {
	const decoder = new TextDecoder("utf-8", { fatal: true });
	let at = 0;
	let lines: string[] = [];
	let next = 0;
	return () => {
		while (next >= lines.length) {
			if (at >= bytes.length) return undefined;
			let end = Math.min(at + partBytes, bytes.length);
			if (end < bytes.length) {
				const before = bytes.lastIndexOf(LINE_BREAK, end - 1);
				const after = bytes.indexOf(LINE_BREAK, end);
				end = before >= at ? before + 1 : after === -1 ? bytes.length : after + 1;
			}
			lines = decoder.decode(bytes.subarray(at, end)).split("\n");
			// The part's last break ends its last line; nothing follows it.
			if (bytes[end - 1] === LINE_BREAK) lines.pop();
			next = 0;
			at = end;
		}
		return lines[next++];
	};
}
