// The pictures of timestamps that play and of quotes in any note (issue 16): the sidebar with play buttons
// and a note with a `podcast-quotes` block, both from example-vault/ in headless Chromium.
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { bundleBrowserPage, pageCss, REPO_ROOT, servePage } from "../../tests/e2e/sidebar/browser";

const SIDEBAR = { width: 360, height: 610 };
/** Cal Newport's quotes in example-vault: two carry a time, and the episode has an audio address. */
const SEARCH = "cal newport";
const BLOCK_NOTE = "Quotes I keep.md";

type Save = (page: Page, errors: string[], name: string, clip?: { width: number; height: number }) => Promise<void>;
type NewPage = (context: BrowserContext, url: string, size: { width: number; height: number }) => Promise<{ page: Page; errors: string[] }>;

function need(condition: unknown, message: string): asserts condition {
	if (!condition) throw new Error(message);
}

export async function playPictures(context: BrowserContext, notes: Record<string, string>, newPage: NewPage, save: Save, names: { sidebar: string; block: string }): Promise<void> {
	const sidebar = await servePage(await bundleBrowserPage(path.join(REPO_ROOT, "tests/e2e/sidebar/page.ts")), pageCss());
	try {
		const { page, errors } = await newPage(context, sidebar.origin + "/", SIDEBAR);
		await page.evaluate((o) => window.pgSidebar.setup(o), { theme: "light" as const, mobile: false, files: notes });
		await page.click("input.pg-search-input");
		await page.keyboard.type(SEARCH);
		await page.evaluate(() => window.pgSidebar.settle());
		const plays = await page.$$eval(".pg-play-button", (els) => els.map((el) => el.getAttribute("aria-label")));
		need(plays.length >= 2, `${names.sidebar}: expected play buttons on Cal Newport's timed quotes, got ${JSON.stringify(plays)} (does Deep Work Hour 12 still have an audio address?).`);
		await page.hover(".pg-play-button");
		await save(page, errors, names.sidebar);
	} finally {
		await sidebar.close();
	}

	const server = await servePage(await bundleBrowserPage(path.join(REPO_ROOT, "scripts/screenshots/quotes-block-page.ts")), pageCss());
	try {
		const { page, errors } = await newPage(context, server.origin + "/", { width: 720, height: 700 });
		need(notes[BLOCK_NOTE] !== undefined, `${names.block}: example-vault/${BLOCK_NOTE} is missing.`);
		const shown = await page.evaluate((o) => window.pgQuotesBlock.setup(o), { theme: "light" as const, files: notes, note: BLOCK_NOTE });
		need(shown.rows >= 3 && shown.plays >= 1 && shown.errors === 0, `${names.block}: expected quotes with a play button in the block, got ${JSON.stringify(shown)}.`);
		const height = await page.evaluate(() => Math.ceil(document.querySelector(".pg-e2e-note")?.getBoundingClientRect().bottom ?? 700) + 16);
		await save(page, errors, names.block, { width: 720, height: Math.max(300, Math.min(height, 1400)) });
	} finally {
		await server.close();
	}
}
