// Where the CLI writes: stdout for results, stderr for problems. Tests pass their own.
export interface CliIO {
	out(text: string): void;
	err(text: string): void;
}

export const processIO: CliIO = {
	// The newline written on its own: `text + "\n"` would copy a JSON answer of tens of MB once more.
	out: (text) => {
		process.stdout.write(text);
		if (!text.endsWith("\n")) process.stdout.write("\n");
	},
	err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
};

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
