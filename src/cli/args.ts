// Arguments through Node's util.parseArgs: positionals, `--flag`, `--key value` and `--key=value`, with
// its errors turned into one line that names the option.
import { parseArgs as nodeParseArgs } from "util";

export interface ParsedArgs {
	positionals: string[];
	flags: Map<string, string | true>;
}

/** A wrong argument: the command prints the message and the one-line synopsis, exit code 2. */
export class UsageError extends Error {
	override readonly name = "UsageError";
}

/**
 * Told by name, not `instanceof`: `publish` runs from a bundle of its own (dist/cli-publish.js) that has its
 * own copy of the class.
 */
export function isUsageError(error: unknown): error is UsageError {
	return error instanceof Error && error.name === "UsageError";
}

/** `valueKeys` are the options that take a value; `booleanKeys` take none. Anything else is refused. */
export function parseArgs(argv: string[], valueKeys: readonly string[], booleanKeys: readonly string[]): ParsedArgs {
	const options: Record<string, { type: "string" | "boolean" }> = {};
	for (const key of valueKeys) options[key] = { type: "string" };
	for (const key of booleanKeys) options[key] = { type: "boolean" };
	let parsed;
	try {
		parsed = nodeParseArgs({ args: argv, options, allowPositionals: true, strict: true });
	} catch (error) {
		throw new UsageError(usageMessage(error));
	}
	const flags = new Map<string, string | true>();
	for (const [key, value] of Object.entries(parsed.values)) {
		if (typeof value === "string") flags.set(key, value);
		else if (value === true) flags.set(key, true);
	}
	return { positionals: parsed.positionals, flags };
}

/** Node's messages are long and suggest `--opt=-XYZ`; ours name the option and what it needs. */
function usageMessage(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	const option = /'(-{1,2}[^' <]+)/.exec(text)?.[1] ?? "";
	const code = (error as { code?: string }).code;
	if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Unknown option ${option}.`;
	if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return /does not take an argument/.test(text) ? `Option ${option} takes no value.` : `Option ${option} needs a value.`;
	return text.split("\n")[0];
}

export function stringFlag(args: ParsedArgs, key: string): string | undefined {
	const value = args.flags.get(key);
	return typeof value === "string" ? value : undefined;
}

/** A comma-separated list option (`--flag-keys dg-publish,share`): trimmed, empty items dropped. */
export function listFlag(args: ParsedArgs, key: string): string[] | undefined {
	const value = stringFlag(args, key);
	return value === undefined ? undefined : value.split(",").map((v) => v.trim()).filter((v) => v !== "");
}
