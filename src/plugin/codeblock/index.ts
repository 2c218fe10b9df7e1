// Quotes in any note: the `podcast-quotes` code block (reading view and live preview) and the command that
// writes one for the sidebar's current filter.
import type { MarkdownPostProcessorContext, Plugin } from "obsidian";
import { QUOTES_BLOCK_LANGUAGE, quotesBlockFor } from "../../core/view/quotes-block";
import { insertBlock } from "../commands/insert";
import type { PluginContext } from "../context";
import { QuotesBlock } from "./render";

export const INSERT_QUOTES_BLOCK = "insert-quotes-block";
/** The sidebar's view type (view/index.ts); read through the workspace so this module does not import the view. */
const SIDEBAR = "podcast-garden-quotes";

/** The note line where the block's body starts (after its fence), when Obsidian knows the section. */
function firstLineOf(el: HTMLElement, ctx: MarkdownPostProcessorContext): number | null {
	const info = ctx.getSectionInfo(el);
	return info ? info.lineStart + 2 : null;
}

/** The sidebar's filter (query, speakers, shows) from its saved view state, or none when it is closed. */
function sidebarFilter(plugin: PluginContext): { query?: string; speakers?: string[]; shows?: string[] } {
	const leaf = plugin.app.workspace.getLeavesOfType(SIDEBAR)[0];
	const state = leaf?.getViewState().state ?? {};
	const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);
	return { query: typeof state.query === "string" ? state.query : "", speakers: strings(state.speakers), shows: strings(state.shows) };
}

export function registerQuotesBlock(plugin: PluginContext & Pick<Plugin, "registerMarkdownCodeBlockProcessor">): void {
	plugin.registerMarkdownCodeBlockProcessor(QUOTES_BLOCK_LANGUAGE, (source, el, ctx) => {
		ctx.addChild(new QuotesBlock(el, plugin, source, firstLineOf(el, ctx)));
	});

	plugin.addCommand({
		id: INSERT_QUOTES_BLOCK,
		name: "Insert quotes block for current filter",
		editorCallback: (editor) => insertBlock(editor, quotesBlockFor(sidebarFilter(plugin))),
	});
}
