// podcast-garden: the headless host of the same core the plugin uses. Exit codes: 0 ok, 1 failed, 2 usage.
import { DEFAULT_FRONTMATTER_KEYS } from "../core/publish/options";
import { isUsageError } from "./args";
import { CliIO, EXIT_FAILED, EXIT_USAGE, processIO } from "./io";
import { runQuotes, runSpeakers } from "./quotes";

const USAGE = `Usage: podcast-garden <command> <vault> [options]

Commands:
  quotes <vault>     Every speaker-attributed quote in the vault, grouped by speaker (or a JSON array).
  speakers <vault>   Speakers with quote counts, and likely duplicates to merge.
  publish <vault>    Publish the notes flagged in frontmatter as a static site (--out DIR) or as one
                     commit on a git branch (--target git).

The vault's own Podcast Garden settings (<vault>/.obsidian/plugins/podcast-garden/data.json) are used
when present; stderr names the file. The options below override them one by one.

Options of every command:
  --config-dir NAME       The vault's config folder. Default: .obsidian, else the one folder that
                          holds Podcast Garden's settings.
  --no-vault-settings     Ignore the vault's settings: built-in defaults and these options only.
                          Default: off.
  --aliases FILE          Alias table, JSON {"alias": "Canonical name"}. Default: the settings' table, else none.
  --dashes CHARS          Characters that start an attribution. Default: the settings', else -–—―~
  --json                  quotes, speakers, publish: JSON instead of text. Default: text.
  --help                  This text.

quotes, speakers:
  --threads N             Threads that read and parse the notes: the main thread and N-1 worker
                          threads (the answer is the same). Default: 1, everything on the main thread.

quotes:
  --speaker NAME          Only this speaker's quotes. Default: every speaker.
  --query TEXT            Only quotes containing these words. Default: all quotes.

publish:
  --out DIR               Folder the site is written to (needed with --target folder). A symbolic link
                          is followed: the site goes into the folder it points to.
  --target folder|git     Where the site goes. Default: folder.
  --dry-run               Show the plan and the files; write, delete and lock nothing. Default: off.
  --layout site|digital-garden
                          A static site, or Markdown for the Digital Garden template. Default: the
                          settings', else site.
  --base-url URL          The site's address, for full URLs and canonical links. Default: the settings',
                          else none.
  --site-title TEXT       Default: the settings', else "Podcast garden".
  --flag-keys LIST        Frontmatter keys that flag a note, comma-separated. Default: the settings',
                          else dg-publish,publish,share.
  --include-folders LIST  Only notes in these folders, comma-separated. Default: the settings', else
                          the whole vault.
  --exclude-folders LIST  Never notes in these folders (the settings' output folder is always left out).
                          Default: the settings', else none.
  --public-properties LIST
                          Frontmatter keys copied to the pages. Default: the settings', else
                          ${DEFAULT_FRONTMATTER_KEYS.join(",")}.
  --note-html escape|keep Raw HTML in notes, Digital Garden layout: shown as text, or kept as written
                          (the site then runs it). Default: the settings', else escape.
  --quote-pages all|highlights|off
                          Static site: which quotes get a share page (/q/<id>/) and a Share link;
                          highlights leaves out transcript turns. Default: the settings', else highlights.

publish --target git (token from PODCAST_GARDEN_GIT_TOKEN; user name from
  PODCAST_GARDEN_GIT_USER, default x-access-token):
  --remote URL            The repository's HTTPS clone URL (required).
  --branch NAME           The branch your host builds, e.g. main or gh-pages (required).
  --path DIR              Folder inside the repository. Default: the repository's root.
  --create-branch         Create the branch when the remote lacks it. Default: off.
  --git-cache DIR         Where fetched branches are kept. Default: $XDG_CACHE_HOME/podcast-garden/git,
                          else ~/.cache/podcast-garden/git.

Exit codes: 0 done, 1 failed (the message names the note or setting), 2 bad arguments, a missing vault
folder or an unusable settings file.`;

export { USAGE };

/** After a usage error: the one-line synopsis, not the whole option list. */
const SHORT_USAGE = `Usage: podcast-garden quotes|speakers|publish <vault> [options]. Run "podcast-garden --help" for every option.`;

const COMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<number>> = {
	quotes: runQuotes,
	speakers: runSpeakers,
	publish: async (argv, io) => {
		// Loaded when used: publishing brings the git client and markdown-it, which `quotes` never needs. The
		// CLI bundle has it as a file of its own, dist/cli-publish.js (esbuild.cli.mjs).
		let publish: typeof import("./publish");
		try {
			publish = await import("./publish");
		} catch (error) {
			io.err(`podcast-garden publish: cannot load the publish code (${(error instanceof Error ? error.message : String(error)).split("\n")[0]}). Run "npm run build:cli".`);
			return EXIT_FAILED;
		}
		return publish.runPublish(argv, io);
	},
};

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
	const [command, ...rest] = argv;
	if (!command || command === "--help" || command === "-h" || command === "help") {
		io.out(USAGE);
		return command ? 0 : EXIT_USAGE;
	}
	if (rest.includes("--help") || rest.includes("-h")) {
		io.out(USAGE);
		return 0;
	}
	const run = COMMANDS[command];
	if (!run) {
		io.err(`podcast-garden: unknown command "${command}".\n${SHORT_USAGE}`);
		return EXIT_USAGE;
	}
	try {
		return await run(rest, io);
	} catch (error) {
		if (isUsageError(error)) {
			io.err(`podcast-garden ${command}: ${error.message}\n${SHORT_USAGE}`);
			return EXIT_USAGE;
		}
		io.err(`podcast-garden ${command}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
		return EXIT_FAILED;
	}
}
