// Worker threads for the CLI's per-note work, with the main thread as one more hand. The workers are started
// first, so they load their bundle while the main thread lists the vault. A run cuts the work into chunks of
// vault paths; every thread, this one included, takes the next chunk nobody took from a shared counter, so no
// worker waits for the main thread to hand it work. Answers are kept by chunk number: the result is in chunk
// order whoever finished first.
import { existsSync } from "fs";
import { Worker } from "worker_threads";
import { firstLine, NoteIndexError } from "./index-notes";

/**
 * The one message a worker gets. `claims` holds Int32s: [0] the next chunk to take, [1 + slot] the chunk the
 * worker `slot` is working on (-1: none), so a worker that dies can be told by the notes it held.
 */
export interface PoolJob<J> {
	job: J;
	chunks: readonly (readonly string[])[];
	claims: SharedArrayBuffer;
	slot: number;
}

export type ChunkReply<R> = { chunk: number; result: R } | { chunk: number; failed: { path: string | null; message: string } };

/** A worker could not start or stopped on its own: the command stops with this one line. */
export class WorkerPoolError extends Error {}

/** The next chunk for this thread to work on, or null when every chunk is taken. */
export function claimChunk(claims: Int32Array, chunks: number): number | null {
	const chunk = Atomics.add(claims, 0, 1);
	return chunk < chunks ? chunk : null;
}

/** A worker's side of a run: takes chunks until none is left, posting each answer; stops at the first failure. */
export function workOnChunks<J, R>({ job, chunks, claims, slot }: PoolJob<J>, work: (files: readonly string[], job: J) => R, post: (reply: ChunkReply<R>) => void, describeFailure: (error: unknown) => { path: string | null; message: string }): void {
	const shared = new Int32Array(claims);
	for (let chunk = claimChunk(shared, chunks.length); chunk !== null; chunk = claimChunk(shared, chunks.length)) {
		Atomics.store(shared, 1 + slot, chunk);
		let reply: ChunkReply<R>;
		try {
			reply = { chunk, result: work(chunks[chunk], job) };
		} catch (error) {
			post({ chunk, failed: describeFailure(error) });
			return;
		}
		Atomics.store(shared, 1 + slot, -1);
		post(reply);
	}
}

export class WorkerPool<J, R> {
	private readonly workers: Worker[] = [];
	private chunks: readonly (readonly string[])[] = [];
	private claims: Int32Array | null = null;
	/** The first failure of a worker; one before `run` is what `run` answers. */
	private failure: Error | null = null;
	private stopped = false;
	private onReply: (reply: ChunkReply<R>) => void = () => {};
	private onFailure: (error: Error) => void = () => {};

	/**
	 * Starts `workers` threads of `workerFile` now. Until `run`, they do not keep the process alive; a failure
	 * meanwhile (the bundle missing, say) is what `run` answers.
	 */
	constructor(workerFile: string, workers: number) {
		if (!existsSync(workerFile)) {
			this.failure = new WorkerPoolError(`cannot start worker threads: ${workerFile} is missing. Run "npm run build:cli", or give --threads 1.`);
			return;
		}
		for (let slot = 0; slot < workers; slot++) this.start(workerFile, slot);
	}

	private start(workerFile: string, slot: number): void {
		const worker = new Worker(workerFile);
		worker.unref();
		this.workers.push(worker);
		const held = (): string => this.describeChunk(this.claims ? Atomics.load(this.claims, 1 + slot) : -1);
		worker.on("message", (reply: ChunkReply<R>) => this.onReply(reply));
		worker.on("error", (error) => this.fail(new WorkerPoolError(`a worker thread stopped ${held()}: ${firstLine(error)}`)));
		worker.on("messageerror", (error) => this.fail(new WorkerPoolError(`a worker thread's answer could not be read ${held()}: ${firstLine(error)}`)));
		worker.on("exit", (code) => this.fail(new WorkerPoolError(`a worker thread exited (code ${code}) ${held()}`)));
	}

	private describeChunk(chunk: number): string {
		if (chunk < 0) return this.claims ? "between two chunks of notes" : "before it was given a note";
		const files = this.chunks[chunk];
		return files.length === 1 ? `while indexing ${files[0]}` : `while indexing one of ${files.length} notes from ${files[0]} to ${files[files.length - 1]}`;
	}

	private fail(error: Error): void {
		if (this.stopped || this.failure) return;
		this.failure = error;
		this.onFailure(error);
	}

	/** Ends every worker (whatever it is doing); the pool cannot run again. */
	stop(): void {
		if (this.stopped) return;
		this.stopped = true;
		for (const worker of this.workers) void worker.terminate();
	}

	/**
	 * Runs every chunk once, on the workers (each sent `job`) and on this thread through `here` (null: the
	 * workers alone), which takes a chunk whenever it has answered one and read the workers' answers that
	 * came meanwhile. The results in chunk order. The first failure stops every worker: a note whose parse
	 * threw rejects with `NoteIndexError`. The pool is stopped when the promise settles.
	 */
	run(job: J, chunks: readonly (readonly string[])[], here: ((files: readonly string[]) => R) | null): Promise<R[]> {
		return new Promise<R[]>((resolve, reject) => {
			const results = new Array<R>(chunks.length);
			let done = 0;
			let settled = false;
			const finish = (error: Error | null): void => {
				if (settled) return;
				settled = true;
				this.stop();
				if (error) reject(error);
				else resolve(results);
			};
			const answered = (chunk: number, result: R): void => {
				results[chunk] = result;
				done++;
				if (done === chunks.length) finish(null);
			};
			if (this.failure) return finish(this.failure);
			if (chunks.length === 0) return finish(null);
			const claims = new Int32Array(new SharedArrayBuffer(4 * (1 + this.workers.length))).fill(-1, 1);
			this.chunks = chunks;
			this.claims = claims;
			this.onFailure = finish;
			this.onReply = (reply) => {
				if (settled) return;
				if ("failed" in reply) {
					const { path, message } = reply.failed;
					finish(path === null ? new WorkerPoolError(`a worker thread failed ${this.describeChunk(reply.chunk)}: ${message}`) : new NoteIndexError(path, message));
					return;
				}
				answered(reply.chunk, reply.result);
			};
			this.workers.forEach((worker, slot) => {
				worker.ref();
				const message: PoolJob<J> = { job, chunks, claims: claims.buffer, slot };
				worker.postMessage(message);
			});
			const work = async (here: (files: readonly string[]) => R): Promise<void> => {
				for (let chunk = claimChunk(claims, chunks.length); chunk !== null && !settled; chunk = claimChunk(claims, chunks.length)) {
					let result: R;
					try {
						result = here(chunks[chunk]);
					} catch (error) {
						finish(error instanceof Error ? error : new Error(String(error)));
						return;
					}
					answered(chunk, result);
					// The workers' answers that came while this thread worked are read here.
					await new Promise<void>((resume) => setImmediate(resume));
				}
			};
			if (here) void work(here);
		});
	}
}
