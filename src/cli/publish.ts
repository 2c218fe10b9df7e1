// `podcast-garden publish <vault> --out DIR [--dry-run] [--json]`: the same publish as the plugin's, for CI.
import * as path from "path";
import { parseNote } from "../core/note";
import { buildPublish, commitMessage, describePlan, FolderTarget, OutputFolderError, PublishTarget, writtenPaths } from "../core/publish";
import type { BuildRequest, OutputSink } from "../core/publish";
import { QUOTE_PAGE_MODES } from "../core/publish";
import type { PublishOptions, QuotePageMode } from "../core/publish";
import { optionsFromSettings } from "../core/publish/settings";
import { listFlag, ParsedArgs, parseArgs, stringFlag, UsageError } from "./args";
import { createFolderTarget } from "./folder-target";
import { gitTargetFromArgs } from "./git-target";
import { CliIO, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./io";
import { SettingsFromArgs, settingsFromArgs, SHARED_BOOLEAN_KEYS, SHARED_VALUE_KEYS } from "./load";
import { acquireLock, HeldLock, LockHeldError } from "./lock";
import { diskVaultReader } from "./publish-vault";
import { VaultFolderError, VaultListError } from "./vault";

/** Targets the CLI can publish to; the git target registers itself here (`--target git`). */
export const CLI_TARGETS: Record<string, (args: ParsedArgs, vault: string) => PublishTarget> = {
	folder: (args) => {
		const out = stringFlag(args, "out");
		if (!out) throw new UsageError("publish needs --out DIR (the folder the site is written to).");
		const dir = path.resolve(out);
		if (path.parse(dir).root === dir) throw new OutputFolderError(`--out ${out} is the top folder of the disk: give a folder for the site.`);
		return createFolderTarget(out);
	},
	git: (args) => gitTargetFromArgs(args),
};

export const PUBLISH_VALUE_KEYS = [
	...SHARED_VALUE_KEYS, "out", "target", "layout", "base-url", "site-title", "flag-keys", "include-folders", "exclude-folders", "public-properties", "note-html", "quote-pages",
	"remote", "branch", "path", "git-cache",
];
export const PUBLISH_BOOLEAN_KEYS = [...SHARED_BOOLEAN_KEYS, "dry-run", "json", "create-branch"];

/** The vault's publishing settings with the options that override them. */
function optionsFrom(args: ParsedArgs, settings: SettingsFromArgs): PublishOptions {
	const layout = stringFlag(args, "layout") ?? settings.publish.layout;
	if (layout !== "site" && layout !== "digital-garden") throw new UsageError(`--layout must be "site" or "digital-garden", not "${layout}".`);
	const html = stringFlag(args, "note-html");
	if (html !== undefined && html !== "keep" && html !== "escape") throw new UsageError(`--note-html must be "escape" or "keep", not "${html}".`);
	const quotePages = stringFlag(args, "quote-pages");
	if (quotePages !== undefined && !QUOTE_PAGE_MODES.includes(quotePages as QuotePageMode)) throw new UsageError(`--quote-pages must be "all", "highlights" or "off", not "${quotePages}".`);
	const publish = settings.publish;
	return optionsFromSettings({
		...publish,
		layout,
		flagKeys: listFlag(args, "flag-keys") ?? publish.flagKeys,
		includeFolders: listFlag(args, "include-folders") ?? publish.includeFolders,
		excludeFolders: listFlag(args, "exclude-folders") ?? publish.excludeFolders,
		frontmatterKeys: listFlag(args, "public-properties") ?? publish.frontmatterKeys,
		baseUrl: stringFlag(args, "base-url") ?? publish.baseUrl,
		siteTitle: stringFlag(args, "site-title") ?? publish.siteTitle,
		keepNoteHtml: html === undefined ? publish.keepNoteHtml : html === "keep",
		quotePages: (quotePages as QuotePageMode | undefined) ?? publish.quotePages,
	});
}

export async function runPublish(argv: string[], io: CliIO): Promise<number> {
	const args = parseArgs(argv, PUBLISH_VALUE_KEYS, PUBLISH_BOOLEAN_KEYS);
	const dryRun = args.flags.has("dry-run");
	const [vaultDir, ...extra] = args.positionals;
	if (!vaultDir) throw new UsageError("publish needs the vault folder: publish <vault> --out DIR");
	if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
	const targetName = stringFlag(args, "target") ?? "folder";
	const makeTarget = CLI_TARGETS[targetName];
	if (!makeTarget) throw new UsageError(`Unknown target "${targetName}" (known: ${Object.keys(CLI_TARGETS).join(", ")}).`);
	const settings = await settingsFromArgs(args, vaultDir, io);
	if (typeof settings === "number") return settings;
	const options = optionsFrom(args, settings);
	let target: PublishTarget;
	try {
		target = makeTarget(args, vaultDir);
	} catch (error) {
		if (!(error instanceof OutputFolderError)) throw error;
		io.err(`podcast-garden publish: ${error.message}`);
		return EXIT_USAGE;
	}
	const folder = target instanceof FolderTarget ? target : null;
	// A dry run writes nothing, so it takes no lock and leaves any leftover of an interrupted publish alone.
	let lock: HeldLock | null = null;
	if (folder && !dryRun) {
		try {
			lock = await acquireLock(folder.root, (line) => io.err(`podcast-garden publish: ${line}`));
		} catch (error) {
			if (!(error instanceof LockHeldError)) throw error;
			io.err(`podcast-garden publish: ${error.message}`);
			return EXIT_FAILED;
		}
	}
	try {
		return await publishWith(args, io, target, vaultDir, options, settings);
	} finally {
		await lock?.release();
	}
}

async function publishWith(args: ParsedArgs, io: CliIO, target: PublishTarget, vaultDir: string, options: PublishOptions, settings: SettingsFromArgs): Promise<number> {
	const json = args.flags.has("json");
	const dryRun = args.flags.has("dry-run");
	const folder = target instanceof FolderTarget ? target : null;
	let vault;
	try {
		const out = stringFlag(args, "out");
		// Its temporary siblings (`.pg-new` / `.pg-old`) are skipped by the vault listing's own rule.
		vault = await diskVaultReader(vaultDir, out ? [out, ...(folder ? [folder.root] : [])] : []);
	} catch (error) {
		if (error instanceof VaultFolderError) {
			io.err(`podcast-garden publish: ${error.message}`);
			return EXIT_USAGE;
		}
		if (error instanceof VaultListError) {
			for (const problem of error.problems) io.err(`podcast-garden publish: ${problem.path}: ${problem.message}. Nothing was published.`);
			return EXIT_FAILED;
		}
		throw error;
	}
	let manifest;
	try {
		manifest = folder && dryRun ? await folder.peekManifest() : await target.readManifest();
	} catch (error) {
		io.err(`podcast-garden publish: ${target.describe()} failed: ${error instanceof Error ? error.message : String(error)}`);
		return EXIT_FAILED;
	}
	if (folder && folder.missing.length > 0) {
		const shown = folder.missing.slice(0, 3).join(", ") + (folder.missing.length > 3 ? ", …" : "");
		io.err(`podcast-garden publish: ${folder.missing.length} files listed in the manifest were missing from ${folder.root} (${shown}); they are ${dryRun ? "to be written" : "written"} again.`);
	}
	// The same parse as the plugin's index (its dashes, the flag keys), so quotes and speakers match.
	// Problems of notes that name a flag key are warnings here: such a note may not be published as meant
	// (frontmatter after a blank line is ignored, like Obsidian does, so its flag is not read).
	const parse = (path: string, text: string) => {
		const record = parseNote(path, text, { publishKeys: options.flagKeys, dashes: settings.dashes });
		if (record.problems.length > 0 && options.flagKeys.some((key) => text.includes(key))) {
			for (const problem of record.problems) io.err(`podcast-garden publish: warning: ${path}:${problem.line}: ${problem.message}`);
		}
		return record;
	};
	// Pages go out as they are made (a first publish of a large vault would otherwise hold every page's text
	// until the end): into the folder's staging folder, or nowhere in a dry run, which needs their paths only.
	let sink: OutputSink | undefined;
	try {
		sink = dryRun ? { put: () => Promise.resolve() } : folder ? await folder.openSink() : undefined;
	} catch (error) {
		const text = `${target.describe()} failed: ${error instanceof Error ? error.message : String(error)}`;
		if (json) io.out(JSON.stringify({ ok: false, dryRun, target: target.describe(), errors: [{ kind: "target", path: null, message: text }] }, null, 2));
		io.err(`podcast-garden publish: ${text}`);
		return EXIT_FAILED;
	}
	try {
		const request: BuildRequest = { vault, manifest, options, aliasTable: settings.aliasTable, parse, parseSignature: settings.dashes, readPublished: target.readFile?.bind(target), sink };
		return await buildAndCommit(io, target, request, vault.skipped, json, dryRun);
	} finally {
		await folder?.discardSink();
	}
}

type Skipped = Awaited<ReturnType<typeof diskVaultReader>>["skipped"];

async function buildAndCommit(io: CliIO, target: PublishTarget, request: BuildRequest, skipped: Skipped, json: boolean, dryRun: boolean): Promise<number> {
	const build = await buildPublish(request);
	const report = {
		ok: build.errors.length === 0,
		dryRun,
		target: target.describe(),
		plan: build.plan,
		errors: build.errors,
		write: writtenPaths(build.changes),
		delete: build.changes.delete,
		stats: build.stats,
		changed: false,
		/** Vault entries never read (links out of the vault, FIFOs) and notes that could not be read. */
		skipped: [...skipped, ...(build.warnings ?? []).map((w) => ({ path: w.path ?? "", message: w.message }))],
	};
	for (const s of skipped) io.err(`podcast-garden publish: skipped ${s.path}: ${s.message}`);
	for (const w of build.warnings ?? []) io.err(`podcast-garden publish: ${w.message}`);
	if (build.errors.length > 0) {
		if (json) io.out(JSON.stringify(report, null, 2));
		for (const e of build.errors) io.err(`podcast-garden publish: ${e.message}`);
		io.err("Nothing was published.");
		return EXIT_FAILED;
	}
	if (!dryRun) {
		try {
			const result = await target.commit(build.changes, build.manifest, commitMessage(build.plan));
			report.changed = result.changed;
		} catch (error) {
			report.ok = false;
			if (json) io.out(JSON.stringify({ ...report, errors: [{ kind: "target", path: null, message: String(error) }] }, null, 2));
			io.err(`podcast-garden publish: ${target.describe()} failed: ${error instanceof Error ? error.message : String(error)}`);
			return EXIT_FAILED;
		}
	}
	if (json) {
		io.out(JSON.stringify(report, null, 2));
		return EXIT_OK;
	}
	const lines = describePlan(build.plan);
	io.out(lines.length > 0 ? lines.join("\n") : "No changes: every published note is up to date.");
	const verb = dryRun ? "Would write" : "Wrote";
	io.out(`${verb} ${report.write.length} files and ${dryRun ? "delete" : "deleted"} ${report.delete.length} (${build.stats.notes} notes, ${build.stats.quotes} quotes) · ${target.describe()}${dryRun ? " · dry run, nothing written" : ""}`);
	return EXIT_OK;
}
