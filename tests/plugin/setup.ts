// Shared start-up for plugin tests: a harness vault seeded with the fixture notes and the built plugin.
import { createHarness, waitFor, type Harness, type HarnessOptions } from "../harness/harness";
import { fixtureNotes, loadPlugin, type LoadedPlugin } from "../harness/load";
import type PodcastGardenPlugin from "../../src/plugin/main";

export const ID = "podcast-garden";
export const GARDEN = "Podcasts/garden/367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI.md";

export interface Started {
	h: Harness;
	loaded: LoadedPlugin<PodcastGardenPlugin>;
	plugin: PodcastGardenPlugin;
}

/** Seeds, loads main.js, finishes the layout and waits for the first pass. */
/** `fixtures: false` seeds only `extra`: a test whose oracle reads the whole index need not sort the corpus's 5,000 quotes. */
export async function start(options: HarnessOptions & { extra?: Record<string, string>; fixtures?: boolean } = {}): Promise<Started> {
	const h = createHarness(options);
	await h.seed({ ...(options.fixtures === false ? {} : fixtureNotes()), ...(options.extra ?? {}) });
	const loaded = await loadPlugin<PodcastGardenPlugin>(h);
	h.layoutReady();
	await idle(loaded.plugin);
	return { h, loaded, plugin: loaded.plugin };
}

/** Waits until every vault change has reached the index. */
export async function idle(plugin: PodcastGardenPlugin): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, 0));
	await plugin.source.whenReady();
}

export { waitFor };
