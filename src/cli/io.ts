// Where the CLI writes: stdout for results, stderr for problems. Tests pass their own.
export interface CliIO {
	out(text: string): void;
	err(text: string): void;
	/**
	 * A long answer written part by part as it is made (then a newline), so no string of the whole answer is
	 * built: tens of MB for `quotes --json` on a large vault. Without it the parts are joined for `out`.
	 */
	outParts?(parts: Iterable<string>): void | Promise<void>;
}

/** Writes `parts` through `io.outParts`, or joined through `io.out`. */
export async function outParts(io: CliIO, parts: Iterable<string>): Promise<void> {
	if (io.outParts) await io.outParts(parts);
	else io.out(Array.from(parts).join(""));
}

/** An error of a system call, with its code (`EPIPE`). */
type ErrnoException = Error & { code?: string };

/**
 * Whether stdout is still worth writing to. A reader that stops early (`| head`) closes the pipe: the rest of
 * the answer is dropped and the command finishes as it would have (a publish is never cut short), as other
 * command-line tools end quietly there. Any other failure to write is one line on stderr and exit code 1.
 */
let stdoutOpen = true;
let stdoutWatched = false;

/** What to do when stdout fails. */
function onStdoutError(error: ErrnoException, err: (text: string) => void, setExitCode: (code: number) => void): void {
	if (!stdoutOpen) return;
	stdoutOpen = false;
	if (error.code === "EPIPE") return;
	err(`podcast-garden: cannot write the answer to stdout (${error.code ?? error.message}).`);
	setExitCode(EXIT_FAILED);
}

/** Writes to stdout; returns whether the bytes are all written already (a file, a pipe with room), none held. */
function writeOut(text: string | Buffer): boolean {
	if (!stdoutWatched) {
		stdoutWatched = true;
		process.stdout.on("error", (error: ErrnoException) => onStdoutError(error, (text) => processIO.err(text), (code) => (process.exitCode = code)));
	}
	if (stdoutOpen) process.stdout.write(text);
	return process.stdout.writableLength === 0;
}

export const processIO: CliIO = {
	// The newline written on its own: `text + "\n"` would copy a JSON answer of tens of MB once more.
	out: (text) => {
		writeOut(text);
		if (!text.endsWith("\n")) writeOut("\n");
	},
	err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
	outParts: async (parts) => {
		const out = new OutputBuffer(writeOut);
		let last = "";
		for (const part of parts) {
			out.add(part);
			last = part;
			// A pipe that is full: wait for the reader, so the answer is not queued whole in memory; a reader
			// that has gone (`| head`) is heard here, and the rest is not made.
			if (process.stdout.writableLength > 0) await roomOrClosed();
			if (!stdoutOpen) return;
		}
		if (!last.endsWith("\n")) out.add("\n");
		out.flush();
	},
};

/** Resolves when stdout has taken what it held, or failed, or closed. */
function roomOrClosed(): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			for (const event of ["drain", "error", "close"]) process.stdout.off(event, done);
			resolve();
		};
		for (const event of ["drain", "error", "close"]) process.stdout.on(event, done);
	});
}

/**
 * Parts encoded one after the other into a buffer of 1 MiB, written when it is full: a write per part (80,000
 * for the bench vault's `quotes --json`) cost ~0.45 s of CPU, joining parts into long strings more. The
 * buffer is used again when `write` says its bytes are gone (returns true); one a stream still holds (a full
 * pipe) is left to it and a new one taken. A new buffer per write was 70 MB of fresh memory for the bench
 * vault's answer.
 */
export class OutputBuffer {
	private static readonly SIZE = 2 ** 20;
	private bytes = Buffer.allocUnsafe(OutputBuffer.SIZE);
	private used = 0;

	constructor(private readonly write: (bytes: Buffer) => boolean | void) {}

	add(text: string): void {
		// A UTF-16 unit is at most 3 bytes of UTF-8.
		if (this.used + text.length * 3 > this.bytes.length) this.flush();
		if (text.length * 3 > this.bytes.length) this.write(Buffer.from(text, "utf8"));
		else this.used += this.bytes.write(text, this.used, "utf8");
	}

	flush(): void {
		if (this.used === 0) return;
		if (this.write(this.bytes.subarray(0, this.used)) !== true) this.bytes = Buffer.allocUnsafe(OutputBuffer.SIZE);
		this.used = 0;
	}
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
