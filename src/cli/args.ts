// A small argument parser: positionals, `--flag`, `--key value` and `--key=value`.

export interface ParsedArgs {
	positionals: string[];
	flags: Map<string, string | true>;
}

export class UsageError extends Error {}

/** `valueKeys` are the options that take a value; any other `--name` is a boolean flag. */
export function parseArgs(argv: string[], valueKeys: readonly string[], booleanKeys: readonly string[]): ParsedArgs {
	const positionals: string[] = [];
	const flags = new Map<string, string | true>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === "--") {
			positionals.push(...argv.slice(i + 1));
			break;
		}
		if (!arg.startsWith("--")) {
			positionals.push(arg);
			continue;
		}
		const eq = arg.indexOf("=");
		const key = arg.slice(2, eq === -1 ? undefined : eq);
		if (valueKeys.includes(key)) {
			const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
			if (value === undefined || (eq === -1 && value.startsWith("--"))) throw new UsageError(`Option --${key} needs a value.`);
			flags.set(key, value);
		} else if (booleanKeys.includes(key)) {
			if (eq !== -1) throw new UsageError(`Option --${key} takes no value.`);
			flags.set(key, true);
		} else {
			throw new UsageError(`Unknown option --${key}.`);
		}
	}
	return { positionals, flags };
}

export function stringFlag(args: ParsedArgs, key: string): string | undefined {
	const value = args.flags.get(key);
	return typeof value === "string" ? value : undefined;
}
