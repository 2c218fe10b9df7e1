// Runs a publish from Obsidian: the chosen target, a build from the vault, the commit with a progress
// notice that can cancel. Targets register by name ("folder" here; the git module adds "git").
import { Notice } from "obsidian";
import { buildPublish, commitMessage, FolderTarget, message, PublishCache, PublishCancelled, writtenPaths, type OutputFile, type OutputSink, type PublishBuild, type PublishPlan, type PublishProgress, type PublishTarget } from "../../core/publish";
import type { GitCommitPreview, GitPublishTarget } from "../../core/publish/git";
import { pluginFile } from "../folder";
import type { PluginContext } from "../context";
import { optionsFromSettings } from "../../core/publish/settings";
import { vaultFolderTarget, vaultReader } from "./vault-target";

export type TargetFactory = (plugin: PluginContext) => PublishTarget;

const TARGETS = new Map<string, TargetFactory>([["folder", (plugin) => vaultFolderTarget(plugin.app, plugin.settings.publish.outputFolder)]]);

/** Lets another module (the git target) offer itself under `settings.publish.target`. */
export function registerPublishTarget(name: string, factory: TargetFactory): void {
	TARGETS.set(name, factory);
}

export function publishTargetNames(): string[] {
	return [...TARGETS.keys()];
}

export function publishTarget(plugin: PluginContext): PublishTarget {
	const name = plugin.settings.publish.target;
	const factory = TARGETS.get(name);
	if (!factory) throw new Error(`The publish target "${name}" is not available. Choose another target in the publishing settings.`);
	return factory(plugin);
}

/**
 * One publish cache per plugin instance: what each note compiled to last time, so the next publish reads
 * and compiles only notes that changed. Kept in memory for the session and in the plugin's own folder for
 * the next one (it names unflagged notes, so it never goes near the published output).
 */
const caches = new WeakMap<PluginContext, Promise<PublishCache>>();

function cacheFile(plugin: PluginContext): string {
	return pluginFile(plugin, "publish-cache.json");
}

function publishCache(plugin: PluginContext): Promise<PublishCache> {
	let cache = caches.get(plugin);
	if (!cache) {
		cache = loadCache(plugin);
		caches.set(plugin, cache);
	}
	return cache;
}

async function loadCache(plugin: PluginContext): Promise<PublishCache> {
	const adapter = plugin.app.vault.adapter;
	try {
		const file = cacheFile(plugin);
		if (await adapter.exists(file)) return PublishCache.fromStored(JSON.parse(await adapter.read(file)), plugin.manifest.version);
	} catch (error) {
		// A cache that cannot be read is only slower: the first publish compiles every note again.
		console.warn(`Podcast Garden: the publish cache could not be read and is rebuilt: ${message(error)}`);
	}
	return new PublishCache();
}

async function saveCache(plugin: PluginContext, cache: PublishCache): Promise<void> {
	if (!cache.changed) return;
	try {
		await plugin.app.vault.adapter.write(cacheFile(plugin), JSON.stringify(cache.toStored(plugin.manifest.version)));
	} catch (error) {
		console.warn(`Podcast Garden: could not save the publish cache: ${message(error)}`);
	}
}

export interface Prepared {
	target: PublishTarget;
	build: PublishBuild;
	/**
	 * Each note's public Markdown by output path, when its pages went to a preview sink instead of
	 * `build.changes.write` (a folder target's preview: the diff needs only these).
	 */
	texts?: ReadonlyMap<string, string>;
}

/**
 * What a preview keeps of the pages a build makes: the Markdown (notes' public text, for the diff) and
 * only the paths of the rest, so previewing a large first publish holds no site in memory.
 */
class PreviewSink implements OutputSink {
	readonly texts = new Map<string, string>();

	put(file: OutputFile): Promise<void> {
		if (file.path.endsWith(".md") && typeof file.content === "string") this.texts.set(file.path, file.content);
		return Promise.resolve();
	}
}

/**
 * Builds for the preview or the dry run (nothing is written). A folder target's pages go to a preview
 * sink; a git target's are held, as its preview shows the exact commit made of them.
 */
export async function preparePreview(plugin: PluginContext, selection?: ReadonlySet<string>): Promise<Prepared> {
	const target = publishTarget(plugin);
	if (isGitTarget(target)) return preparePublish(plugin, selection);
	const sink = new PreviewSink();
	const prepared = await preparePublish(plugin, selection, undefined, undefined, { target, sink });
	return { ...prepared, texts: sink.texts };
}

/** Builds everything (nothing is written): the plan, the changes and the new manifest. */
export async function preparePublish(plugin: PluginContext, selection?: ReadonlySet<string>, signal?: AbortSignal, onProgress?: (p: PublishProgress) => void, sent?: { target: PublishTarget; sink: OutputSink }): Promise<Prepared> {
	const settings = plugin.settings.publish;
	const target = sent?.target ?? publishTarget(plugin);
	const manifest = await target.readManifest();
	// The quote index holds every note parsed: once it has caught up with the vault, the publish takes its
	// records instead of parsing again (the site resolves speakers from published notes and the alias table).
	if (!plugin.source.ready) onProgress?.({ done: 0, total: 1, step: "Waiting for the quote index" });
	await plugin.source.whenReady();
	const cache = await publishCache(plugin);
	const build = await buildPublish({
		vault: vaultReader(plugin.app, settings.target === "folder" ? settings.outputFolder : ""),
		manifest,
		options: optionsFromSettings(settings),
		records: plugin.index,
		aliasTable: plugin.settings.aliases,
		cache,
		// The search index keeps what it can of the published one (read back through the target).
		readPublished: target.readFile?.bind(target),
		parseSignature: plugin.settings.dashes,
		selection,
		signal,
		onProgress,
		sink: sent?.sink,
	});
	await saveCache(plugin, cache);
	return { target, build };
}

/** What publishing a selection would do to the target: the file counts and, for git, the exact commit. */
export interface TargetPreview {
	write: number;
	delete: number;
	/** Git target only: the commit `commit()` would make now (null: no git target). */
	commit: GitCommitPreview | null;
}

function isGitTarget(target: PublishTarget): target is GitPublishTarget {
	return typeof (target as Partial<GitPublishTarget>).preview === "function";
}

/** True when `selection` holds every item of the plan (the full build already is that publish). */
function covers(plan: PublishPlan, selection: ReadonlySet<string>): boolean {
	return [...plan.new, ...plan.changed, ...plan.removed].every((n) => selection.has(n.path)) && plan.renamed.every((r) => selection.has(r.to));
}

/**
 * The target side of the preview for `selection` (everything when absent): built again for a partial
 * selection, so the counts and the commit are the ones "Publish selected" makes.
 */
export async function previewTarget(plugin: PluginContext, prepared: Prepared, selection?: ReadonlySet<string>): Promise<TargetPreview> {
	const build = selection && !covers(prepared.build.plan, selection) ? (await preparePreview(plugin, selection)).build : prepared.build;
	if (build.errors.length > 0) throw new Error(build.errors.map((e) => e.message).join("\n"));
	const commit = isGitTarget(prepared.target) ? await prepared.target.preview(build.changes, build.manifest, commitMessage(build.plan)) : null;
	return { write: writtenPaths(build.changes).length, delete: build.changes.delete.length, commit };
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
export async function publishNow(plugin: PluginContext, selection?: ReadonlySet<string>): Promise<boolean> {
	const controller = new AbortController();
	const notice = new Notice("Publishing…", 0);
	const text = notice.messageEl.createDiv({ text: "Building pages" });
	const cancel = notice.messageEl.createEl("button", { text: "Cancel", cls: "pg-publish-cancel" });
	cancel.addEventListener("click", () => controller.abort());
	try {
		const show = (p: PublishProgress): void => void text.setText(`${p.step} (${p.done + 1} of ${p.total})`);
		// A folder target takes each page as it is made (a first publish of a large vault would otherwise hold
		// every page's text); a git commit is made from the pages held.
		const folder = publishTarget(plugin);
		const sent = folder instanceof FolderTarget ? { target: folder, sink: await folder.openSink() } : undefined;
		let built: Prepared;
		try {
			built = await preparePublish(plugin, selection, controller.signal, show, sent);
		} catch (error) {
			await sent?.target.discardSink();
			throw error;
		}
		const { target, build } = built;
		if (build.errors.length > 0) {
			await sent?.target.discardSink();
			notice.hide();
			showErrors(build);
			return false;
		}
		const result = await target.commit(build.changes, build.manifest, commitMessage(build.plan), {
			signal: controller.signal,
			onProgress: show,
		});
		notice.hide();
		const count = writtenPaths(build.changes).length + build.changes.delete.length;
		new Notice(result.changed ? `Published to ${target.describe()}: ${count} files changed.` : `Nothing to publish: ${target.describe()} is up to date.`);
		return true;
	} catch (error) {
		notice.hide();
		const cancelled = error instanceof PublishCancelled || controller.signal.aborted;
		new Notice(cancelled ? "Publishing was cancelled. The published site was not changed." : `Publishing failed: ${message(error)}`, cancelled ? 5000 : 0);
		return false;
	}
}
