// Publishing in Obsidian: the commands. `registerPublishing(plugin)` is called once from main.ts onload.
import { Notice, TFile, type App } from "obsidian";
import { message } from "../../core/publish";
import type { PluginContext } from "../context";
import { copyPublicUrl, setPublishFlag, type FlagAction } from "./flag";
import { PublishPreviewModal } from "./modal";
import { preparePreview, previewTarget, publishNow, showErrors } from "./publisher";
import { registerGitTarget } from "./git";

export { registerPublishTarget } from "./publisher";
export type { TargetFactory } from "./publisher";

export const PUBLISH_COMMAND_IDS = {
	publish: "publish-flagged-notes",
	publishCurrent: "publish-current-note",
	addFlag: "add-publish-flag",
	removeFlag: "remove-publish-flag",
	toggleFlag: "toggle-publish-flag",
	copyUrl: "copy-public-url",
	dryRun: "publish-dry-run",
	openOutput: "open-output-folder",
} as const;

function activeNote(app: App): TFile | null {
	const file = app.workspace.getActiveFile();
	return file && file.extension === "md" ? file : null;
}

/** Runs `work`, turning a failure into a notice that says what failed. */
async function guarded(what: string, work: () => Promise<void>): Promise<void> {
	try {
		await work();
	} catch (error) {
		new Notice(`${what} failed: ${message(error)}`, 0);
	}
}

async function openPreview(plugin: PluginContext, mode: "preview" | "dry-run"): Promise<void> {
	const prepared = await preparePreview(plugin);
	if (prepared.build.errors.length > 0) return showErrors(prepared.build);
	new PublishPreviewModal(plugin.app, prepared, mode, (selection) => void publishNow(plugin, selection), (selection) => previewTarget(plugin, prepared, selection)).open();
}

export function registerPublishing(plugin: PluginContext): void {
	const { app } = plugin;
	registerGitTarget();
	const noteCommand = (id: string, name: string, run: (file: TFile) => Promise<unknown>): void => {
		plugin.addCommand({
			id,
			name,
			checkCallback: (checking) => {
				const file = activeNote(app);
				if (!file) return false;
				if (!checking) void guarded(name, async () => void (await run(file)));
				return true;
			},
		});
	};

	plugin.addCommand({ id: PUBLISH_COMMAND_IDS.publish, name: "Publish flagged notes", callback: () => void guarded("Publishing", () => openPreview(plugin, "preview")) });
	noteCommand(PUBLISH_COMMAND_IDS.publishCurrent, "Publish current note", async (file) => {
		const prepared = await preparePreview(plugin);
		const plan = prepared.build.plan;
		const inPlan = [...plan.new, ...plan.changed].some((n) => n.path === file.path) || plan.renamed.some((r) => r.to === file.path);
		if (prepared.build.errors.length > 0) return showErrors(prepared.build);
		if (plan.unchanged.includes(file.path)) return void new Notice(`"${file.basename}" is already published and up to date.`);
		if (!inPlan) return void new Notice(`"${file.basename}" is not flagged for publishing. Run "Add publish flag" first.`);
		await publishNow(plugin, new Set([file.path]));
	});
	const flag = (id: string, name: string, action: FlagAction): void => noteCommand(id, name, (file) => setPublishFlag(app, file, plugin.settings.publish, action));
	flag(PUBLISH_COMMAND_IDS.addFlag, "Add publish flag", "add");
	flag(PUBLISH_COMMAND_IDS.removeFlag, "Remove publish flag", "remove");
	flag(PUBLISH_COMMAND_IDS.toggleFlag, "Toggle publish flag", "toggle");
	noteCommand(PUBLISH_COMMAND_IDS.copyUrl, "Copy public URL", (file) => copyPublicUrl(app, file, plugin.settings.publish));
	plugin.addCommand({ id: PUBLISH_COMMAND_IDS.dryRun, name: "Dry run: show what publishing would change", callback: () => void guarded("The dry run", () => openPreview(plugin, "dry-run")) });
	plugin.addCommand({ id: PUBLISH_COMMAND_IDS.openOutput, name: "Open output folder", callback: () => void guarded("Opening the output folder", () => openOutput(plugin)) });
}

/** Desktop: the folder in the system file manager; elsewhere (or if that is unavailable) the home page. */
async function openOutput(plugin: PluginContext): Promise<void> {
	const folder = plugin.settings.publish.outputFolder.trim();
	if (plugin.settings.publish.target !== "folder") return void new Notice("The output folder is only used by the folder target; your site is published to the Git remote.");
	if (!folder || !(await plugin.app.vault.adapter.exists(folder))) return void new Notice(`The output folder "${folder}" does not exist yet. Run "Publish flagged notes" first.`);
	const app = plugin.app as App & { openWithDefaultApp?: (path: string) => unknown };
	if (typeof app.openWithDefaultApp === "function") {
		app.openWithDefaultApp(folder);
		return;
	}
	window.open(plugin.app.vault.adapter.getResourcePath(`${folder}/index.html`));
}
