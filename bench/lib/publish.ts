// The publishing pipeline over the generated vault: an in-memory VaultReader and the options every
// publish scenario uses, so scenarios 5 and 6 build exactly the same site.
import { parseNote } from "../../src/core/note";
import { buildPublish, emptyManifest, publishOptions } from "../../src/core/publish";
import type { BuildRequest, OutputFile, OutputSink, PublishBuild, PublishManifest, PublishOptions, QuotePageMode, VaultReader } from "../../src/core/publish";
import type { NoteInput } from "../../src/core/types";

export class MemoryVault implements VaultReader {
	private readonly texts = new Map<string, string>();
	private readonly original = new Map<string, string>();

	constructor(notes: readonly NoteInput[]) {
		for (const note of notes) {
			this.texts.set(note.path, note.text);
			this.original.set(note.path, note.text);
		}
	}

	listFiles(): Promise<string[]> {
		return Promise.resolve([...this.texts.keys()]);
	}

	readText(path: string): Promise<string> {
		const text = this.texts.get(path);
		return text === undefined ? Promise.reject(new Error(`No note ${path}`)) : Promise.resolve(text);
	}

	readBinary(path: string): Promise<Uint8Array> {
		return this.readText(path).then((text) => new TextEncoder().encode(text));
	}

	/** Replaces one note's text (an edit since the last publish). */
	set(note: NoteInput): void {
		this.texts.set(note.path, note.text);
	}

	/** Every note back to the generated text. */
	restore(): void {
		for (const [path, text] of this.original) this.texts.set(path, text);
	}
}

export const OPTIONS = publishOptions({ siteTitle: "Benchmark garden" });

/** The same options with another choice of quote share pages (the default is OPTIONS.quotePages). */
export function withQuotePages(mode: QuotePageMode): PublishOptions {
	return { ...OPTIONS, quotePages: mode };
}

/** Files and bytes of a set of writes, and how many of them are quote share pages (`q/…`). */
export function writeSizes(files: readonly OutputFile[]): { files: number; bytes: number; quoteFiles: number; quoteBytes: number } {
	let bytes = 0;
	let quoteFiles = 0;
	let quoteBytes = 0;
	for (const f of files) {
		const size = typeof f.content === "string" ? Buffer.byteLength(f.content) : f.content.length;
		bytes += size;
		if (f.path.startsWith("q/")) {
			quoteFiles++;
			quoteBytes += size;
		}
	}
	return { files: files.length, bytes, quoteFiles, quoteBytes };
}

/**
 * Counts what a build sends and keeps none of it, as a folder publish now takes each page as it is made
 * (the plugin's and the CLI's): a first build of the whole site then holds no page text.
 */
export class SizeSink implements OutputSink {
	files = 0;
	bytes = 0;
	quoteFiles = 0;
	quoteBytes = 0;
	put(file: OutputFile): Promise<void> {
		const size = typeof file.content === "string" ? Buffer.byteLength(file.content) : file.content.length;
		this.files++;
		this.bytes += size;
		if (file.path.startsWith("q/")) {
			this.quoteFiles++;
			this.quoteBytes += size;
		}
		return Promise.resolve();
	}
}

export interface TimedBuild {
	build: PublishBuild;
	/** From the call to the plan being known (the first "Rendering" progress), ms. */
	planMs: number;
	totalMs: number;
}

/** buildPublish with the time until its plan was known (it reports progress right after planning). */
export async function timedBuild(vault: MemoryVault, manifest: PublishManifest = emptyManifest(), extra: Partial<BuildRequest> = {}): Promise<TimedBuild> {
	const t0 = performance.now();
	let planned = NaN;
	const build = await buildPublish({
		vault,
		manifest,
		options: OPTIONS,
		parse: (path, text) => parseNote(path, text, { publishKeys: OPTIONS.flagKeys }),
		onProgress: () => {
			if (Number.isNaN(planned)) planned = performance.now();
		},
		...extra,
	});
	const end = performance.now();
	if (build.errors.length > 0) throw new Error(`The publish build failed: ${build.errors.slice(0, 3).map((e) => e.message).join("; ")}`);
	return { build, planMs: (Number.isNaN(planned) ? end : planned) - t0, totalMs: end - t0 };
}
