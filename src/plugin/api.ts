// The API other plugins use: `getAPI(app)?.quotes({ speakers: ["Sam Altman"] })`.
import type { App } from "obsidian";
import type { IndexedQuote, QuoteFilter, QuoteSource } from "../core/index";
import type { NoteRecord, Speaker } from "../core/types";

export const PLUGIN_ID = "podcast-garden";

export interface PodcastGardenAPI {
	/** Bumped when this API changes in a way callers must notice. */
	readonly apiVersion: 1;
	/** Grows on every index change. */
	revision(): number;
	/**
	 * Quotes of podcast notes, in vault order (path, then line), narrowed by `filter`, without those the user
	 * marked "Not a quote" in the sidebar. `{ needsSpeaker: true }` gives the quotes with no speaker.
	 */
	quotes(filter?: QuoteFilter): IndexedQuote[];
	/** Speakers, most quoted first. */
	speakers(): Speaker[];
	/** The indexed record of one note (any Markdown note, podcast or not). */
	note(path: string): NoteRecord | undefined;
	/**
	 * Called shortly after the index changed; returns a function that stops the calls. The second argument
	 * lists the paths of the notes changed since the previous call (undefined when any note may have).
	 */
	onChange(listener: (revision: number, changed?: readonly string[]) => void): () => void;
	/** Resolves once the first indexing pass is done and no change waits to be read. */
	whenReady(): Promise<void>;
}

export function createAPI(index: QuoteSource, whenReady: () => Promise<void>): PodcastGardenAPI {
	return {
		apiVersion: 1,
		revision: () => index.revision,
		quotes: (filter) => index.quotes(filter),
		speakers: () => index.speakers(),
		note: (path) => index.note(path),
		onChange: (listener) => index.onChange(listener),
		whenReady,
	};
}

interface PluginRegistry {
	getPlugin?(id: string): unknown;
	plugins?: Record<string, unknown>;
}

/** The API of the enabled Podcast Garden plugin, or undefined when it is not enabled (yet). */
export function getAPI(app: App): PodcastGardenAPI | undefined {
	const registry = (app as App & { plugins?: PluginRegistry }).plugins;
	const plugin = registry?.getPlugin?.(PLUGIN_ID) ?? registry?.plugins?.[PLUGIN_ID];
	return (plugin as { api?: PodcastGardenAPI } | null | undefined)?.api;
}
