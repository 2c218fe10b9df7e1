// `podcast-garden publish <vault> --out DIR [--dry-run] [--json]`: the same publish as the plugin's, for CI.
import * as path from "path";
import { buildPublish, commitMessage, describePlan, OutputFolderError, publishOptions, PublishTarget } from "../core/publish";
import type { PublishOptions } from "../core/publish";
import { ParsedArgs, parseArgs, stringFlag, UsageError } from "./args";
import { createFolderTarget } from "./folder-target";
import { gitTargetFromArgs } from "./git-target";
import { CliIO, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./io";
import { readAliasTable } from "./load";
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

export const PUBLISH_VALUE_KEYS = ["aliases", "out", "target", "layout", "base-url", "site-title", "remote", "branch", "path", "git-cache"];
const BOOLEAN_KEYS = ["dry-run", "json", "create-branch"];

function optionsFrom(args: ParsedArgs): PublishOptions {
	const layout = stringFlag(args, "layout") ?? "site";
	if (layout !== "site" && layout !== "digital-garden") throw new UsageError(`--layout must be "site" or "digital-garden", not "${layout}".`);
	return publishOptions({ layout, baseUrl: stringFlag(args, "base-url"), siteTitle: stringFlag(args, "site-title") });
}

export async function runPublish(argv: string[], io: CliIO): Promise<number> {
	const args = parseArgs(argv, PUBLISH_VALUE_KEYS, BOOLEAN_KEYS);
	const json = args.flags.has("json");
	const dryRun = args.flags.has("dry-run");
	const [vaultDir, ...extra] = args.positionals;
	if (!vaultDir) throw new UsageError("publish needs the vault folder: publish <vault> --out DIR");
	if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
	const targetName = stringFlag(args, "target") ?? "folder";
	const makeTarget = CLI_TARGETS[targetName];
	if (!makeTarget) throw new UsageError(`Unknown target "${targetName}" (known: ${Object.keys(CLI_TARGETS).join(", ")}).`);
	const options = optionsFrom(args);
	let target;
	try {
		target = makeTarget(args, vaultDir);
	} catch (error) {
		if (!(error instanceof OutputFolderError)) throw error;
		io.err(`podcast-garden publish: ${error.message}`);
		return EXIT_USAGE;
	}
	let vault;
	try {
		const out = stringFlag(args, "out");
		// Its temporary siblings (`.pg-new` / `.pg-old`) are skipped by the vault listing's own rule.
		vault = await diskVaultReader(vaultDir, out ? [out] : []);
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
		manifest = await target.readManifest();
	} catch (error) {
		io.err(`podcast-garden publish: ${target.describe()} failed: ${error instanceof Error ? error.message : String(error)}`);
		return EXIT_FAILED;
	}
	// `--aliases FILE`: the same alias table as the quotes command, so the site names speakers the same way.
	const aliasTable = await readAliasTable(stringFlag(args, "aliases"), io);
	if (typeof aliasTable === "number") return aliasTable;
	const build = await buildPublish({ vault, manifest, options, aliasTable });
	const report = {
		ok: build.errors.length === 0,
		dryRun,
		target: target.describe(),
		plan: build.plan,
		errors: build.errors,
		write: build.changes.write.map((f) => f.path),
		delete: build.changes.delete,
		stats: build.stats,
		changed: false,
		/** Vault entries never read (links out of the vault, FIFOs) and notes that could not be read. */
		skipped: [...vault.skipped, ...(build.warnings ?? []).map((w) => ({ path: w.path ?? "", message: w.message }))],
	};
	for (const s of vault.skipped) io.err(`podcast-garden publish: skipped ${s.path}: ${s.message}`);
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
