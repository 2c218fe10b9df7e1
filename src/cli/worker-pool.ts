// A pool of worker threads for the CLI's per-note work. Each worker is sent a chunk of vault paths (cheap to
// copy) when it is free and answers with plain records; answers are kept by chunk number, so the result is in
// chunk order whichever worker finishes first.
import { existsSync } from "fs";
import { Worker } from "worker_threads";
import { firstLine, NoteIndexError } from "./index-notes";

/** What the main thread sends a worker, and what it answers (see index-worker.ts). */
export interface ChunkRequest {
	chunk: number;
	files: readonly string[];
}

export type ChunkReply<R> = { chunk: number; result: R } | { chunk: number; failed: { path: string | null; message: string } };

/** A worker could not start or stopped on its own: the command stops with this one line. */
export class WorkerPoolError extends Error {}

/**
 * Runs `chunks` on up to `threads` workers of `workerFile` (each given `workerData`); the results in chunk
 * order. The first failure stops every worker: a note whose parse threw rejects with `NoteIndexError`.
 */
export function runOnWorkers<R>(workerFile: string, workerData: unknown, chunks: readonly (readonly string[])[], threads: number): Promise<R[]> {
	if (!existsSync(workerFile)) {
		return Promise.reject(new WorkerPoolError(`cannot start worker threads: ${workerFile} is missing. Run "npm run build:cli", or give --threads 1.`));
	}
	return new Promise<R[]>((resolve, reject) => {
		const results = new Array<R>(chunks.length);
		const workers: Worker[] = [];
		let next = 0;
		let done = 0;
		let settled = false;
		const finish = (error: Error | null): void => {
			if (settled) return;
			settled = true;
			// Terminating a worker that already answered everything costs nothing; it lets the process exit.
			for (const worker of workers) void worker.terminate();
			if (error) reject(error);
			else resolve(results);
		};
		const describeChunk = (chunk: number | null): string => {
			if (chunk === null) return "before it was given a note";
			const files = chunks[chunk];
			return files.length === 1 ? `while indexing ${files[0]}` : `while indexing one of ${files.length} notes from ${files[0]} to ${files[files.length - 1]}`;
		};
		const start = (): void => {
			const worker = new Worker(workerFile, { workerData });
			workers.push(worker);
			// The chunks this worker holds, in the order it works on them, to name its notes if it dies.
			const holding: number[] = [];
			const give = (): void => {
				if (next >= chunks.length) return;
				holding.push(next);
				const request: ChunkRequest = { chunk: next, files: chunks[next] };
				next++;
				worker.postMessage(request);
			};
			worker.on("message", (reply: ChunkReply<R>) => {
				if (settled) return;
				if ("failed" in reply) {
					const { path, message } = reply.failed;
					finish(path === null ? new WorkerPoolError(`a worker thread failed ${describeChunk(reply.chunk)}: ${message}`) : new NoteIndexError(path, message));
					return;
				}
				results[reply.chunk] = reply.result;
				holding.shift();
				done++;
				if (done === chunks.length) finish(null);
				else give();
			});
			const current = (): number | null => holding[0] ?? null;
			worker.on("error", (error) => finish(new WorkerPoolError(`a worker thread stopped ${describeChunk(current())}: ${firstLine(error)}`)));
			worker.on("messageerror", (error) => finish(new WorkerPoolError(`a worker thread's answer could not be read ${describeChunk(current())}: ${firstLine(error)}`)));
			worker.on("exit", (code) => {
				if (holding.length > 0) finish(new WorkerPoolError(`a worker thread exited (code ${code}) ${describeChunk(current())}`));
			});
			// Two chunks ahead: the worker starts its next chunk while the main thread reads the last answer.
			give();
			give();
		};
		const count = Math.max(1, Math.min(threads, chunks.length));
		if (chunks.length === 0) finish(null);
		else for (let i = 0; i < count; i++) start();
	});
}
