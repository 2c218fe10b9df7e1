// Entry of the CLI's worker threads, bundled as dist/cli-worker.js (esbuild.cli.mjs): reads and parses the
// chunks of notes the main thread sends (worker-pool.ts, decisions 35 and 52).
import { parentPort } from "worker_threads";
import { answerChunks } from "./chunk-worker";

if (!parentPort) throw new Error("dist/cli-worker.js runs as a worker thread of the CLI only");
answerChunks(parentPort);
