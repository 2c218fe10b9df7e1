// Browser entry for the quotes block picture: a note in reading view in the Obsidian harness, its
// `podcast-quotes` block drawn by the plugin's own processor (src/plugin/codeblock/) over the real QuoteIndex.
import { createHarness } from "../../tests/harness/harness";
import { codeBlockProcessors, MarkdownRenderer } from "../../tests/harness/obsidian/index";
import { QuoteIndex } from "../../src/core/index";
import { QuoteSearch } from "../../src/core/search/quote-search";
import { registerQuotesBlock } from "../../src/plugin/codeblock";

export interface BlockSetup {
	theme: "light" | "dark";
	files: Record<string, string>;
	note: string;
}

const api = {
	/** Shows `note` as Obsidian's reading view would: its Markdown, with each quotes block where it stands. */
	async setup(opts: BlockSetup): Promise<{ rows: number; plays: number; errors: number }> {
		const h = createHarness();
		document.body.addClass(opts.theme === "dark" ? "theme-dark" : "theme-light");
		h.workspace.containerEl.addClass("pg-e2e-hidden");
		await h.seed(opts.files);
		h.layoutReady();
		const index = new QuoteIndex();
		index.upsertMany(Object.entries(opts.files).map(([path, text]) => ({ path, text })));
		// What the block reads from the plugin: the app, the visible quotes, whether the first pass is done.
		const plugin = {
			app: h.app,
			index,
			visible: index,
			search: new QuoteSearch(),
			source: { ready: true, whenReady: () => Promise.resolve() },
			registerMarkdownCodeBlockProcessor: (language: string, handler: never) => void codeBlockProcessors.set(language, handler),
			addCommand: (command: unknown) => command,
			hideQuote: () => Promise.resolve(),
		};
		registerQuotesBlock(plugin as never);
		const page = document.body.createDiv({ cls: "pg-e2e-note markdown-preview-view markdown-rendered" });
		page.setCssStyles({ padding: "8px 32px", maxWidth: "656px", lineHeight: "1.6" });
		const rendered = await h.renderNote(opts.note);
		// The prose around the blocks, rendered by the harness's Markdown renderer; each block in its place.
		const text = opts.files[opts.note].replace(/^---\n[\s\S]*?\n---\n/, "");
		const parts = text.split(/^```podcast-quotes\n[\s\S]*?^```$/m);
		const blocks = rendered.blocks("podcast-quotes");
		for (let i = 0; i < parts.length; i++) {
			await MarkdownRenderer.render(h.app, parts[i], page, opts.note, rendered);
			if (blocks[i]) page.appendChild(blocks[i]);
		}
		for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
		return {
			rows: page.querySelectorAll(".pg-quote-row").length,
			plays: page.querySelectorAll(".pg-play-button").length,
			errors: page.querySelectorAll(".pg-quotes-block-error").length,
		};
	},
};

declare global {
	interface Window {
		pgQuotesBlock: typeof api;
	}
}
window.pgQuotesBlock = api;
