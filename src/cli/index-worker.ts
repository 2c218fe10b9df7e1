// Entry of the CLI's worker threads, bundled as dist/cli-worker.js (esbuild.cli.mjs): reads and parses the
// chunks of notes the main thread sends (worker-pool.ts, decision 35).
import { parentPort, workerData } from "worker_threads";
import { answerChunks } from "./chunk-worker";
import type { IndexJob } from "./index-notes";

if (!parentPort) throw new Error("dist/cli-worker.js runs as a worker thread of the CLI only");
answerChunks(parentPort, workerData as IndexJob);
