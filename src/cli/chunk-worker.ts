// The worker's side of worker-pool.ts for the per-note work: takes chunks of vault paths until none is left and
// answers each with its records, or with the note whose parse threw. index-worker.ts is the entry that runs it.
import type { MessagePort } from "worker_threads";
import { parseNote } from "../core/note";
import { firstLine, indexChunk, NoteIndexError, type ChunkResult, type IndexJob } from "./index-notes";
import { workOnChunks, type ChunkReply, type PoolJob } from "./worker-pool";

/** `port` is the worker's `parentPort`; `parse` is the core's parser (tests give one that throws on a note). */
export function answerChunks(port: MessagePort, parse: typeof parseNote = parseNote): void {
	// `on`, not `once`: the worker waits to be ended (any exit of its own is a failure to the pool).
	port.on("message", (message: PoolJob<IndexJob>) => {
		workOnChunks(
			message,
			(files, job) => indexChunk(files, job, parse),
			(reply: ChunkReply<ChunkResult>) => port.postMessage(reply),
			(error) => (error instanceof NoteIndexError ? { path: error.notePath, message: error.reason } : { path: null, message: firstLine(error) }),
		);
	});
}
