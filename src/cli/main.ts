// podcast-garden: the headless host of the same core the plugin uses. Exit codes: 0 ok, 1 failed, 2 usage.
import { UsageError } from "./args";
import { CliIO, EXIT_FAILED, EXIT_USAGE, processIO } from "./io";
import { runQuotes, runSpeakers } from "./quotes";
import { runPublish } from "./publish";

const USAGE = `Usage: podcast-garden <command> [options]

Commands:
  quotes <vault> [--json] [--speaker NAME] [--query TEXT] [--aliases FILE]
      Every speaker-attributed quote in the vault, grouped by speaker (or a JSON array).
  speakers <vault> [--json] [--aliases FILE]
      Speakers with quote counts, and likely duplicates to merge.
  publish <vault> --out DIR [--dry-run] [--json] [--aliases FILE]
      Publish the notes flagged in frontmatter (dg-publish, publish, share) as a static site.
  publish <vault> --target git --remote URL --branch B [--path P] [--create-branch] [--dry-run]
      Publish as one commit on a git branch (token from PODCAST_GARDEN_GIT_TOKEN).

Options:
  --aliases FILE   JSON object {"alias": "Canonical name"}, the same table as the plugin's setting.
  --help           This text.`;

const COMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<number>> = {
	quotes: runQuotes,
	speakers: runSpeakers,
	publish: runPublish,
};

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
	const [command, ...rest] = argv;
	if (!command || command === "--help" || command === "-h" || command === "help") {
		io.out(USAGE);
		return command ? 0 : EXIT_USAGE;
	}
	const run = COMMANDS[command];
	if (!run) {
		io.err(`podcast-garden: unknown command "${command}".\n\n${USAGE}`);
		return EXIT_USAGE;
	}
	try {
		return await run(rest, io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`podcast-garden ${command}: ${error.message}\n\n${USAGE}`);
			return EXIT_USAGE;
		}
		io.err(`podcast-garden ${command}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
		return EXIT_FAILED;
	}
}
