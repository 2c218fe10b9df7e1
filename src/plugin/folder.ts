// The plugin's own folder in the vault (caches live there, never in notes or the published output).
import { normalizePath } from "obsidian";
import type { PluginContext } from "./context";

/** `manifest.dir` as Obsidian sets it (the folder may not be named after the id), else the usual place. */
export function pluginFile(plugin: PluginContext, name: string): string {
	const dir = plugin.manifest.dir ?? `${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`;
	return normalizePath(`${dir}/${name}`);
}
