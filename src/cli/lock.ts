// One publish at a time per output folder: a lock file next to it (`.<name>.pg-lock`) holds the pid, host
// and start time of the publish that owns it. A lock whose process is gone, or older than STALE_MS, is taken
// over with a message; a live one stops the second publish before it reads or writes anything.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

/** Longer than any publish takes; a lock older than this is left by a process that hung or died elsewhere. */
export const STALE_MS = 60 * 60 * 1000;

interface LockInfo {
	pid: number;
	host: string;
	started: string;
}

export class LockHeldError extends Error {}

export interface HeldLock {
	file: string;
	release(): Promise<void>;
}

export function lockFileFor(outDir: string): string {
	const full = path.resolve(outDir);
	return path.join(path.dirname(full), `.${path.basename(full)}.pg-lock`);
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to another user.
		return (error as { code?: string }).code === "EPERM";
	}
}

function readInfo(text: string): LockInfo | null {
	try {
		const data = JSON.parse(text) as Partial<LockInfo>;
		if (typeof data.pid === "number" && typeof data.host === "string" && typeof data.started === "string") return data as LockInfo;
	} catch {
		// Not a lock we wrote whole: judged by its age alone below.
	}
	return null;
}

/** Why a lock (its file modified at `mtimeMs`) no longer holds, or null while its publish may be running. */
function staleReason(info: LockInfo | null, mtimeMs: number, now: number): string | null {
	const started = info ? Date.parse(info.started) : mtimeMs;
	if (now - (Number.isNaN(started) ? mtimeMs : started) > STALE_MS) return "it is more than an hour old";
	if (info && info.host === os.hostname() && !alive(info.pid)) return `process ${info.pid} is no longer running`;
	if (!info && now - mtimeMs > 10_000) return "it cannot be read";
	return null;
}

/**
 * Takes the lock for `outDir`, or throws LockHeldError naming the publish that holds it. `say` gets one
 * line when a stale lock is taken over.
 */
export async function acquireLock(outDir: string, say: (line: string) => void, now: () => number = Date.now): Promise<HeldLock> {
	const file = lockFileFor(outDir);
	const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), started: new Date(now()).toISOString() } satisfies LockInfo);
	await fs.mkdir(path.dirname(file), { recursive: true });
	for (let attempt = 0; ; attempt++) {
		if (attempt > 3) throw new LockHeldError(`Another publish keeps taking the lock ${file}; try again.`);
		try {
			await fs.writeFile(file, mine, { flag: "wx" });
			break;
		} catch (error) {
			if ((error as { code?: string }).code !== "EEXIST") throw lockError(error, file);
		}
		const text = await fs.readFile(file, "utf8").catch(() => "");
		const stat = await fs.stat(file).catch(() => null);
		const info = readInfo(text);
		const why = stat ? staleReason(info, stat.mtimeMs, now()) : "it was just released";
		if (why === null) {
			const who = info ? `pid ${info.pid} on ${info.host}, since ${info.started}` : "unknown process";
			throw new LockHeldError(`Another publish to ${path.resolve(outDir)} is running (${who}). Wait for it to finish; if it is not running, delete ${file}.`);
		}
		if (stat && !(await moveAside(file, text))) continue;
		if (stat) say(`Took over a stale publish lock ${file} (${info ? `pid ${info.pid} on ${info.host}, started ${info.started}` : "unreadable"}): ${why}.`);
	}
	return {
		file,
		release: async () => {
			// Only our own lock: a publish that outlived STALE_MS may have lost it to another one.
			if ((await fs.readFile(file, "utf8").catch(() => "")) === mine) await fs.rm(file, { force: true });
		},
	};
}

/**
 * Removes the stale lock whose text is `stale`. It is renamed aside first (only one process can rename
 * it): if what was moved is not that lock (another publish took it over meanwhile) it is put back.
 * False when the lock was not removed (the caller looks again).
 */
async function moveAside(file: string, stale: string): Promise<boolean> {
	const aside = `${file}.${process.pid}.stale`;
	try {
		await fs.rename(file, aside);
	} catch {
		return false;
	}
	const moved = await fs.readFile(aside, "utf8").catch(() => "");
	if (moved !== stale) await fs.link(aside, file).catch(() => undefined);
	await fs.rm(aside, { force: true });
	return moved === stale;
}

function lockError(error: unknown, file: string): Error {
	if (error instanceof LockHeldError) return error;
	const code = (error as { code?: string }).code;
	return new LockHeldError(`Cannot create the publish lock ${file}: ${code ? `${code}: ` : ""}${error instanceof Error ? error.message : String(error)}`);
}
