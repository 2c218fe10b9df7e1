// Where the CLI writes: stdout for results, stderr for problems. Tests pass their own.
export interface CliIO {
	out(text: string): void;
	err(text: string): void;
	/**
	 * A long answer written part by part as it is made (then a newline), so no string of the whole answer is
	 * built: tens of MB for `quotes --json` on a large vault. Without it the parts are joined for `out`.
	 */
	outParts?(parts: Iterable<string>): void;
}

/** Writes `parts` through `io.outParts`, or joined through `io.out`. */
export function outParts(io: CliIO, parts: Iterable<string>): void {
	if (io.outParts) io.outParts(parts);
	else io.out(Array.from(parts).join(""));
}

export const processIO: CliIO = {
	// The newline written on its own: `text + "\n"` would copy a JSON answer of tens of MB once more.
	out: (text) => {
		process.stdout.write(text);
		if (!text.endsWith("\n")) process.stdout.write("\n");
	},
	err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
	// Each part written as it comes: joining parts into larger writes measured slower (the joined string is
	// flattened and encoded again), and a pipe or file takes small writes at once.
	outParts: (parts) => {
		let last = "";
		for (const part of parts) {
			process.stdout.write(part);
			last = part;
		}
		if (!last.endsWith("\n")) process.stdout.write("\n");
	},
};

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
