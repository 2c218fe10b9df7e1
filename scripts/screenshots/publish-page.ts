// Browser entry for the publish preview picture: an Obsidian harness app holding an earlier state of the
// example vault, published into a vault folder with the real folder target; then the vault becomes the
// example vault as it is, and the real PublishPreviewModal shows the real plan (new, changed, removed).
import { createHarness } from "../../tests/harness/harness";
import { commitMessage } from "../../src/core/publish";
import type PodcastGardenPlugin from "../../src/plugin/main";
import { PublishPreviewModal } from "../../src/plugin/publish/modal";
import { preparePublish, previewTarget } from "../../src/plugin/publish/publisher";
import { DEFAULT_SETTINGS, type PodcastGardenSettings } from "../../src/plugin/settings/settings";
import { QuoteIndex } from "../../src/core/index";
import { VaultSource } from "../../src/plugin/index/vault-source";
import type { App, PluginManifest } from "obsidian";

export interface PublishSetup {
	theme: "light" | "dark";
	/** The vault at the last publish (path → text). */
	before: Record<string, string>;
	/** The vault now. */
	after: Record<string, string>;
}

const api = {
	/** Publishes `before`, edits the vault into `after`, opens the preview; returns the plan's counts. */
	async setup(opts: PublishSetup): Promise<{ new: number; changed: number; removed: number; unchanged: number }> {
		const harness = createHarness({ mobile: false });
		document.body.addClass(opts.theme === "dark" ? "theme-dark" : "theme-light");
		harness.workspace.containerEl.addClass("pg-e2e-hidden");
		await harness.seed(opts.before);
		harness.layoutReady();
		// What publishing uses of the plugin: its settings, manifest, and the quote index fed from the vault
		// (publishing plans from the index's records), started like main.ts does once the layout is ready.
		const settings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as PodcastGardenSettings;
		const app = harness.app as unknown as App;
		const index = new QuoteIndex({ parse: { dashes: settings.dashes, publishKeys: settings.publish.flagKeys }, rule: settings.detection, aliasTable: settings.aliases });
		const source = new VaultSource(app, index, settings.publish.outputFolder);
		source.load();
		source.start();
		const manifest = { id: "podcast-garden", version: "0.0.0", dir: `${app.vault.configDir}/plugins/podcast-garden` } as PluginManifest;
		const plugin = { app: harness.app, settings, manifest, index, source } as unknown as PodcastGardenPlugin;

		const first = await preparePublish(plugin);
		if (first.build.errors.length > 0) throw new Error(`The earlier publish failed: ${first.build.errors.map((e) => e.message).join("; ")}`);
		await first.target.commit(first.build.changes, first.build.manifest, commitMessage(first.build.plan));

		// The vault as it is now: edited, new and deleted notes, through the vault API like a user's edits.
		const vault = harness.vault;
		for (const [path, text] of Object.entries(opts.after)) {
			const file = vault.getFileByPath(path);
			if (!file) await vault.create(path, text);
			else if ((await vault.read(file)) !== text) await vault.modify(file, text);
		}
		for (const path of Object.keys(opts.before)) {
			const file = vault.getFileByPath(path);
			if (file && !(path in opts.after)) await harness.app.fileManager.trashFile(file);
		}
		await harness.app.metadataCache.indexAll();

		const prepared = await preparePublish(plugin);
		if (prepared.build.errors.length > 0) throw new Error(`The preview's build failed: ${prepared.build.errors.map((e) => e.message).join("; ")}`);
		new PublishPreviewModal(harness.app as unknown as App, prepared, "preview", undefined, (selection) => previewTarget(plugin, prepared, selection)).open();
		const plan = prepared.build.plan;
		return { new: plan.new.length, changed: plan.changed.length, removed: plan.removed.length, unchanged: plan.unchanged.length };
	},
};

declare global {
	interface Window {
		pgPublish: typeof api;
	}
}
window.pgPublish = api;
