// The worker's side of worker-pool.ts for the per-note work: answers each chunk of vault paths with its
// records, or with the note whose parse threw. index-worker.ts is the entry that runs it.
import type { MessagePort } from "worker_threads";
import { parseNote } from "../core/note";
import { firstLine, indexChunk, NoteIndexError, type ChunkResult, type IndexJob } from "./index-notes";
import type { ChunkReply, ChunkRequest } from "./worker-pool";

/** `port` is the worker's `parentPort`; `parse` is the core's parser (tests give one that throws on a note). */
export function answerChunks(port: MessagePort, job: IndexJob, parse: typeof parseNote = parseNote): void {
	port.on("message", (request: ChunkRequest) => {
		let reply: ChunkReply<ChunkResult>;
		try {
			reply = { chunk: request.chunk, result: indexChunk(request.files, job, parse) };
		} catch (error) {
			reply = { chunk: request.chunk, failed: error instanceof NoteIndexError ? { path: error.notePath, message: error.reason } : { path: null, message: firstLine(error) } };
		}
		port.postMessage(reply);
	});
}
