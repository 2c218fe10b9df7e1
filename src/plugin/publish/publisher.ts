// Runs a publish from Obsidian: the chosen target, a build from the vault, the commit with a progress
// notice that can cancel. Targets register by name ("folder" here; the git module adds "git").
import { Notice } from "obsidian";
import { parseNote } from "../../core/note";
import { buildPublish, commitMessage, message, PublishCancelled, type PublishBuild, type PublishProgress, type PublishTarget } from "../../core/publish";
import type PodcastGardenPlugin from "../main";
import { optionsFromSettings } from "./settings";
import { vaultFolderTarget, vaultReader } from "./vault-target";

export type TargetFactory = (plugin: PodcastGardenPlugin) => PublishTarget;

const TARGETS = new Map<string, TargetFactory>([["folder", (plugin) => vaultFolderTarget(plugin.app, plugin.settings.publish.outputFolder)]]);

/** Lets another module (the git target) offer itself under `settings.publish.target`. */
export function registerPublishTarget(name: string, factory: TargetFactory): void {
	TARGETS.set(name, factory);
}

export function publishTargetNames(): string[] {
	return [...TARGETS.keys()];
}

export function publishTarget(plugin: PodcastGardenPlugin): PublishTarget {
	const name = plugin.settings.publish.target;
	const factory = TARGETS.get(name);
	if (!factory) throw new Error(`The publish target "${name}" is not available. Choose another target in the publishing settings.`);
	return factory(plugin);
}

export interface Prepared {
	target: PublishTarget;
	build: PublishBuild;
}

/** Builds everything (nothing is written): the plan, the changes and the new manifest. */
export async function preparePublish(plugin: PodcastGardenPlugin, selection?: ReadonlySet<string>, signal?: AbortSignal, onProgress?: (p: PublishProgress) => void): Promise<Prepared> {
	const settings = plugin.settings.publish;
	const target = publishTarget(plugin);
	const manifest = await target.readManifest();
	const build = await buildPublish({
		vault: vaultReader(plugin.app, settings.target === "folder" ? settings.outputFolder : ""),
		manifest,
		options: optionsFromSettings(settings),
		parse: (path, text) => parseNote(path, text, { dashes: plugin.settings.dashes, publishKeys: settings.flagKeys }),
		parseSignature: plugin.settings.dashes,
		aliasTable: plugin.settings.aliases,
		selection,
		signal,
		onProgress,
	});
	return { target, build };
}

/** One notice per problem list: what failed, and what to do. */
export function showErrors(build: PublishBuild): void {
	const lines = build.errors.slice(0, 5).map((e) => e.message);
	if (build.errors.length > 5) lines.push(`…and ${build.errors.length - 5} more.`);
	new Notice(`Nothing was published.\n${lines.join("\n")}`, 0);
}

/**
 * Builds with `selection`, then commits, showing progress with a cancel button. Returns true when the
 * target now holds the new site.
 */
export async function publishNow(plugin: PodcastGardenPlugin, selection?: ReadonlySet<string>): Promise<boolean> {
	const controller = new AbortController();
	const notice = new Notice("Publishing…", 0);
	const text = notice.messageEl.createDiv({ text: "Building pages" });
	const cancel = notice.messageEl.createEl("button", { text: "Cancel", cls: "pg-publish-cancel" });
	cancel.addEventListener("click", () => controller.abort());
	try {
		const show = (p: PublishProgress): void => void text.setText(`${p.step} (${p.done + 1} of ${p.total})`);
		const { target, build } = await preparePublish(plugin, selection, controller.signal, show);
		if (build.errors.length > 0) {
			notice.hide();
			showErrors(build);
			return false;
		}
		const result = await target.commit(build.changes, build.manifest, commitMessage(build.plan), {
			signal: controller.signal,
			onProgress: show,
		});
		notice.hide();
		const count = build.changes.write.length + build.changes.delete.length;
		new Notice(result.changed ? `Published to ${target.describe()}: ${count} files changed.` : `Nothing to publish: ${target.describe()} is up to date.`);
		return true;
	} catch (error) {
		notice.hide();
		const cancelled = error instanceof PublishCancelled || controller.signal.aborted;
		new Notice(cancelled ? "Publishing was cancelled. The published site was not changed." : `Publishing failed: ${message(error)}`, cancelled ? 5000 : 0);
		return false;
	}
}
