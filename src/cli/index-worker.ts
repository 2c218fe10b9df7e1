// Entry of the CLI's worker threads (bundled as dist/cli-worker.js): reads and parses the chunks of notes the
// main thread sends (worker-pool.ts) and answers with the records. A note whose parse throws is named.
import { parentPort, workerData } from "worker_threads";
import { firstLine, indexChunk, NoteIndexError, type ChunkResult, type IndexJob } from "./index-notes";
import type { ChunkReply, ChunkRequest } from "./worker-pool";

const port = parentPort;
if (!port) throw new Error("index-worker.ts runs as a worker thread of the CLI only");
const job = workerData as IndexJob;

port.on("message", (request: ChunkRequest) => {
	let reply: ChunkReply<ChunkResult>;
	try {
		reply = { chunk: request.chunk, result: indexChunk(request.files, job) };
	} catch (error) {
		reply = { chunk: request.chunk, failed: error instanceof NoteIndexError ? { path: error.notePath, message: error.reason } : { path: null, message: firstLine(error) } };
	}
	port.postMessage(reply);
});
