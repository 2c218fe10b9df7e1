// Opening the quotes sidebar (ribbon icon and commands): reuse its leaf, or make one in the right sidebar.
import type { ViewMode } from "../../core/view/model";
import type { PluginContext } from "../context";
import { VIEW_TYPE_QUOTES } from "../view";

/** Shows the sidebar, switching it to `mode` when given (else a new sidebar opens in the default mode). */
export async function openQuotesView(plugin: PluginContext, mode?: ViewMode): Promise<void> {
	const { workspace } = plugin.app;
	const existing = workspace.getLeavesOfType(VIEW_TYPE_QUOTES)[0];
	const leaf = existing ?? workspace.getRightLeaf(false) ?? workspace.getLeaf("tab");
	if (!existing || mode) {
		await leaf.setViewState({ type: VIEW_TYPE_QUOTES, active: true, state: { mode: mode ?? plugin.settings.sidebar.defaultMode } });
	}
	await workspace.revealLeaf(leaf);
}
