/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The word index is prepared before anyone searches (issue 15, budget 4): once the vault is indexed, after a
// first pass or a warm start, the first keystroke in a sidebar opened later answers in that keystroke.
import type { IndexedQuote } from "../../src/core/index";
import { QuoteSearch } from "../../src/core/search/quote-search";
import type PodcastGardenPlugin from "../../src/plugin/main";
import { typeInto } from "../harness/harness";
import { loadPlugin, unloadPlugin } from "../harness/load";
import { ID, idle, start, waitFor, type Started } from "./setup";

const STORE = ".obsidian/plugins/podcast-garden/quote-index.jsonl";

/** Waits until the plugin's warm-up has nothing left to do (asking the search itself would prepare it). */
function warmedUp(plugin: PodcastGardenPlugin): Promise<void> {
	return waitFor(() => !plugin.searchWarmup.busy, "the word index prepared in idle slices");
}

/**
 * Opens the sidebar and types `query` with a clock that runs 5 ms per reading: any step of preparing the
 * search within the keystroke would run out of time at once, as on a vault of 80,000 quotes. Returns the
 * quote ids of the rows drawn by the keystroke itself (nothing awaited in between) and the empty state's text.
 */
async function firstKeystroke(s: Started, query: string): Promise<{ rows: string[]; empty: string }> {
	await s.h.runCommand(`${ID}:open-quotes-sidebar`);
	const root = s.h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
	await waitFor(() => root.querySelectorAll(".pg-quote-row").length > 0, "the unfiltered rows");
	// The flat list: rows in the search's order.
	root.querySelector<HTMLElement>('.pg-mode-button[data-mode="flat"]')!.click();
	let t = 0;
	const clock = jest.spyOn(performance, "now").mockImplementation(() => (t += 5));
	try {
		typeInto(root.querySelector<HTMLInputElement>(".pg-search-input")!, query);
		const rows = Array.from(root.querySelectorAll<HTMLElement>(".pg-quote-row")).map((r) => r.dataset.quoteId ?? "");
		const empty = root.querySelector<HTMLElement>(".pg-quotes-empty")!;
		return { rows, empty: empty.classList.contains("is-hidden") ? "" : (empty.textContent ?? "") };
	} finally {
		clock.mockRestore();
	}
}

/** The quotes a search of its own finds, prepared from scratch (tests/core/search holds it equal to a plain scan), as ids. */
function plainIds(quotes: readonly IndexedQuote[], query: string): string[] {
	return new QuoteSearch().run(quotes, { query }, { textFirst: true }).map((q) => q.id);
}

describe("the search is prepared before anyone searches", () => {
	it("after the first pass, without a view open: the sidebar's first keystroke shows the matches at once", async () => {
		const s = await start();
		await warmedUp(s.plugin);
		const { rows, empty } = await firstKeystroke(s, "steerability");
		expect(empty).toBe("");
		expect(rows).toEqual(plainIds(s.plugin.visible.all(), "steerability"));
		expect(rows).toHaveLength(1);
	});

	it("after a warm start (no note read): the sidebar's first keystroke shows the matches at once", async () => {
		const first = await start();
		for (let waited = 0; !(await first.h.app.vault.adapter.exists(STORE)); waited += 20) {
			if (waited > 20000) throw new Error("The quote index was not saved.");
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		const quotes = first.plugin.index.all().length;
		unloadPlugin(first.h, first.loaded);
		first.h.vault.readCount.clear();
		const loaded = await loadPlugin<PodcastGardenPlugin>(first.h);
		await idle(loaded.plugin);
		const warm: Started = { h: first.h, loaded, plugin: loaded.plugin };
		expect([...warm.h.vault.readCount.keys()].filter((p) => p.endsWith(".md"))).toEqual([]);
		expect(warm.plugin.index.all()).toHaveLength(quotes);
		await warmedUp(warm.plugin);
		const { rows, empty } = await firstKeystroke(warm, "alignment");
		expect(empty).toBe("");
		expect(rows.length).toBeGreaterThan(0);
		// The rows drawn are the first of a fresh search's result, in its order (only a window is drawn).
		expect(rows).toEqual(plainIds(warm.plugin.visible.all(), "alignment").slice(0, rows.length));
	});

	it("does not prepare the search while the vault is being read", async () => {
		const s = await start();
		await warmedUp(s.plugin);
		// Reads that answer one after the other, 20 ms apart: the pass below lasts long enough for the index
		// to notify its changes (every 60 ms) while it runs.
		const vault = s.h.app.vault;
		const read = vault.cachedRead.bind(vault);
		let queue = Promise.resolve();
		jest.spyOn(vault, "cachedRead").mockImplementation((file) => {
			const answer = queue.then(() => new Promise<void>((resolve) => setTimeout(resolve, 20))).then(() => read(file));
			queue = answer.then(() => undefined);
			return answer;
		});
		const search = s.plugin.search;
		const prepare = search.prepare.bind(search);
		const readyAtEachCall: boolean[] = [];
		jest.spyOn(search, "prepare").mockImplementation((quotes, more) => {
			readyAtEachCall.push(s.plugin.source.ready);
			return prepare(quotes, more);
		});
		// A rebuild, as after a settings change: every note read again, every quote a new object.
		const changes: number[] = [];
		s.plugin.visible.onChange((revision) => changes.push(revision));
		await s.plugin.source.rebuild();
		expect(changes.length).toBeGreaterThan(1);
		await idle(s.plugin);
		await warmedUp(s.plugin);
		expect(prepare(s.plugin.visible.all(), () => false)).toBe(true);
		expect(readyAtEachCall.length).toBeGreaterThan(0);
		expect(readyAtEachCall.every((ready) => ready)).toBe(true);
		jest.restoreAllMocks();
	});

	it("hiding and bringing back a quote keeps the one warm-up (no second one left listening)", async () => {
		const s = await start();
		await warmedUp(s.plugin);
		const warmup = s.plugin.searchWarmup;
		const quote = s.plugin.visible.all()[0];
		await s.plugin.hideQuote(quote);
		await s.plugin.unhideQuote(quote.id);
		expect(s.plugin.searchWarmup).toBe(warmup);
		await warmedUp(s.plugin);
		const { rows } = await firstKeystroke(s, "steerability");
		expect(rows).toEqual(plainIds(s.plugin.visible.all(), "steerability"));
	});
});
