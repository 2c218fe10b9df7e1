// `npm run screenshots` (bundled and started by scripts/screenshots.mjs): regenerates the README's pictures
// in docs/images/ from example-vault/ with headless Chromium. Sidebar and publish preview: the real plugin
// classes in the Obsidian harness (tests/e2e/sidebar/). Site pages: the vault published by the built CLI,
// served from a temp folder on 127.0.0.1.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { serveFolder } from "../../tests/e2e/serve-folder";
import { bundleBrowserPage, launchChromium, pageCss, REPO_ROOT, servePage } from "../../tests/e2e/sidebar/browser";
import { playPictures } from "./play";

const VAULT = path.join(REPO_ROOT, "example-vault");
const IMAGES = path.join(REPO_ROOT, "docs/images");
const HERE = path.join(REPO_ROOT, "scripts/screenshots");
const SIDEBAR = { width: 360, height: 800 };
/** A word in quotes of several speakers of the example vault (the sidebar and the site's search pictures). */
const SEARCH = "public";
const NOTE_367 = "Podcasts/367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI.md";
const SPEAKER = "Sam Altman";
/** A published note with tags that another published note links to (its page shows both), and one of its tags. */
const EPISODE = "Podcasts/Deep Work Hour 12 - Cal Newport on slow productivity.md";
const TAG = "productivity";

/** Every Markdown note of the example vault (path → text), as Obsidian lists it (no dot folders). */
export function vaultNotes(): Record<string, string> {
	const notes: Record<string, string> = {};
	const walk = (rel: string): void => {
		for (const entry of fs.readdirSync(path.join(VAULT, rel), { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const child = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(child);
			else if (entry.name.endsWith(".md")) notes[child] = fs.readFileSync(path.join(VAULT, child), "utf8");
		}
	};
	walk("");
	return notes;
}

/** Stops with a message naming what to fix. */
function need(condition: unknown, message: string): asserts condition {
	if (!condition) throw new Error(message);
}

export async function newPage(context: BrowserContext, url: string, size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on("pageerror", (e) => errors.push(String(e)));
	await page.setViewportSize(size);
	await page.emulateMedia({ colorScheme: "light" });
	await page.goto(url);
	return { page, errors };
}

export async function save(page: Page, errors: string[], name: string, clip?: { width: number; height: number }): Promise<void> {
	need(errors.length === 0, `${name}: the page had errors: ${errors.join("; ")}`);
	const file = path.join(IMAGES, name);
	await page.screenshot(clip ? { path: file, clip: { x: 0, y: 0, ...clip } } : { path: file });
	console.log(`wrote ${path.relative(REPO_ROOT, file)} (${fs.statSync(file).size.toLocaleString()} bytes)`);
	await page.close();
}

async function sidebarPictures(context: BrowserContext, notes: Record<string, string>): Promise<void> {
	const server = await servePage(await bundleBrowserPage(path.join(REPO_ROOT, "tests/e2e/sidebar/page.ts")), pageCss());
	try {
		for (const [theme, name] of [["light", "sidebar-light.png"], ["dark", "sidebar-dark.png"]] as const) {
			const { page, errors } = await newPage(context, server.origin + "/", SIDEBAR);
			await page.evaluate((o) => window.pgSidebar.setup(o), { theme, mobile: false, files: notes });
			if (theme === "light") {
				await page.click("input.pg-search-input");
				await page.keyboard.type(SEARCH);
			} else {
				// Without a search #367's 35 quotes fill the view: fold that group, as a user would, to show the others.
				await page.click(`.pg-group-header:has-text("${SPEAKER}")`);
			}
			await page.evaluate(() => window.pgSidebar.settle());
			const groups = await page.$$eval(".pg-group-header", (els) => els.length);
			const rows = await page.$$eval(".pg-quote-row", (els) => els.length);
			need(groups >= 2 && rows >= 3, `${name}: expected several speaker groups, got ${groups} groups and ${rows} quotes (is "${SEARCH}" still in quotes of example-vault/?).`);
			await save(page, errors, name);
		}
		// "Needs a speaker" on: the chip with its count, and Garden Talk 4's quotes that say no speaker.
		const { page, errors } = await newPage(context, server.origin + "/", SIDEBAR);
		await page.evaluate((o) => window.pgSidebar.setup(o), { theme: "light" as const, mobile: false, files: notes });
		await page.click('.pg-chip[data-chip="needs-speaker"]');
		await page.evaluate(() => window.pgSidebar.settle());
		const count = await page.textContent('.pg-chip[data-chip="needs-speaker"] .pg-chip-count');
		const rows = await page.$$eval(".pg-quote-row", (els) => els.length);
		need(rows >= 2 && count === String(rows), `sidebar-needs-speaker.png: expected a few quotes without a speaker, the chip says ${count ?? "nothing"} and ${rows} rows are shown (see example-vault/Podcasts/Garden Talk 4).`);
		await save(page, errors, "sidebar-needs-speaker.png", { width: SIDEBAR.width, height: 520 });
	} finally {
		await server.close();
	}
}

/** The example vault at an earlier publish: #367 and Garden Talk 3 not written yet, Deep Work Hour 12 older, one episode since deleted. */
function earlierVault(notes: Record<string, string>): Record<string, string> {
	const before = { ...notes };
	delete before[NOTE_367];
	delete before["Podcasts/Garden Talk 3 - transcript with Ana Ruiz.md"];
	const deepWork = "Podcasts/Deep Work Hour 12 - Cal Newport on slow productivity.md";
	const now = notes[deepWork];
	need(now?.includes("Recorded after the book tour."), `${deepWork}: the publish preview picture edits the line "Recorded after the book tour."; update scripts/screenshots/run.ts to match the note.`);
	before[deepWork] = now.replace("Recorded after the book tour.", "Recorded on the book tour.");
	before["Podcasts/Garden Talk 2 - seed swaps.md"] = "---\nshow: Garden Talk\nepisode: 2\ndg-publish: true\n---\n\n# Garden Talk 2: seed swaps\n\n> Every seed swap starts with a story. – Tom Berg\n";
	return before;
}

async function publishPreviewPicture(context: BrowserContext, notes: Record<string, string>): Promise<void> {
	const server = await servePage(await bundleBrowserPage(path.join(HERE, "publish-page.ts")), pageCss([path.join(HERE, "modal.css")]));
	try {
		const { page, errors } = await newPage(context, server.origin + "/", { width: 900, height: 860 });
		const plan = await page.evaluate((o) => window.pgPublish.setup(o), { theme: "light" as const, before: earlierVault(notes), after: notes });
		need(plan.new >= 2 && plan.changed >= 1 && plan.removed >= 1, `publish preview: expected new, changed and removed notes, got ${JSON.stringify(plan)}.`);
		// Show the changed note's diff, as a user checking an edit would.
		await page.locator(".pg-publish-row", { hasText: "Deep Work Hour 12" }).locator(".pg-publish-diff-toggle").click();
		await page.waitForSelector(".pg-publish-diff .pg-diff-added");
		await page.waitForSelector(".pg-publish-commit .pg-publish-summary");
		await save(page, errors, "publish-preview.png");
	} finally {
		await server.close();
	}
}

async function sitePictures(context: BrowserContext): Promise<void> {
	const cli = path.join(REPO_ROOT, "bin/podcast-garden.js");
	need(fs.existsSync(path.join(REPO_ROOT, "dist/cli.js")), "The CLI is not built: run `npm run build:cli` first.");
	const out = fs.mkdtempSync(path.join(os.tmpdir(), "pg-screenshots-site-"));
	try {
		const report = JSON.parse(execFileSync(process.execPath, [cli, "publish", VAULT, "--out", out, "--json"], { encoding: "utf8" })) as { plan: { new: { path: string; url: string }[] } };
		const note = report.plan.new.find((n) => n.path === NOTE_367);
		need(note, `The CLI did not publish ${NOTE_367} (is it still flagged with dg-publish: true?).`);
		const slug = SPEAKER.toLowerCase().replace(/\s+/g, "-");
		need(fs.existsSync(path.join(out, "speakers", slug, "index.html")), `The published site has no speakers/${slug}/ page.`);
		const server = await serveFolder(out);
		try {
			const width = 1000;
			for (const [name, url] of [["site-note.png", note.url], ["site-speaker.png", `/speakers/${slug}/`]]) {
				const { page, errors } = await newPage(context, server.origin + url, { width, height: 800 });
				const height = await page.evaluate(() => document.documentElement.scrollHeight);
				await page.setViewportSize({ width, height: Math.min(height, 1400) });
				await save(page, errors, name, { width, height: Math.min(height, 1400) });
			}
			const episode = report.plan.new.find((n) => n.path === EPISODE);
			need(episode, `The CLI did not publish ${EPISODE} (is it still flagged with dg-publish: true?).`);
			need(fs.existsSync(path.join(out, "tags", TAG, "index.html")), `The published site has no tags/${TAG}/ page (is "${TAG}" still in the tags of ${EPISODE}?).`);
			await readerPictures(context, server.origin, { "site-episode": episode.url, "site-speaker": `/speakers/${slug}/`, "site-tag": `/tags/${TAG}/` });
			await searchPictures(context, server.origin);
		} finally {
			await server.close();
		}
	} finally {
		fs.rmSync(out, { recursive: true, force: true });
	}
}

/**
 * A note page with its tags and backlinks, a speaker page and a tag page: light and dark at desktop width,
 * and at a phone's width (`<name>-light.png`, `<name>-dark.png`, `<name>-phone.png`).
 */
async function readerPictures(context: BrowserContext, origin: string, pages: Record<string, string>): Promise<void> {
	const shots = [
		{ suffix: "light", theme: "light", size: { width: 1000, height: 900 } },
		{ suffix: "dark", theme: "dark", size: { width: 1000, height: 900 } },
		{ suffix: "phone", theme: "light", size: { width: 390, height: 844 } },
	] as const;
	for (const [stem, url] of Object.entries(pages)) {
		for (const shot of shots) {
			const { page, errors } = await newPage(context, origin + url, shot.size);
			await page.emulateMedia({ colorScheme: shot.theme });
			// At desktop width the whole page, so a note's tags at the top and its backlinks at the end both show.
			if (shot.suffix !== "phone") {
				const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 1900);
				await page.setViewportSize({ width: shot.size.width, height });
			} else {
				// At a phone's width, the end of the page: a note's backlinks (a long page's desktop shot ends above them).
				await page.evaluate(() => document.querySelector("section.backlinks")?.scrollIntoView({ block: "center" }));
			}
			await save(page, errors, `${stem}-${shot.suffix}.png`);
		}
	}
}

/** The search page with results for SEARCH: light and dark at desktop width, and at a phone's width. */
async function searchPictures(context: BrowserContext, origin: string): Promise<void> {
	const shots = [
		{ name: "site-search-light.png", theme: "light", size: { width: 1000, height: 760 } },
		{ name: "site-search-dark.png", theme: "dark", size: { width: 1000, height: 760 } },
		{ name: "site-search-phone.png", theme: "light", size: { width: 390, height: 844 } },
	] as const;
	for (const shot of shots) {
		const { page, errors } = await newPage(context, `${origin}/search/`, shot.size);
		await page.emulateMedia({ colorScheme: shot.theme });
		await page.fill("#pg-search-input", SEARCH);
		await page.waitForFunction(() => /result/.test(document.getElementById("pg-search-status")?.textContent ?? ""));
		const found = await page.$$eval("#pg-search-results li a", (links) => links.length);
		need(found >= 2, `${shot.name}: searching "${SEARCH}" found ${found} results; the example vault should have a few quotes with that word.`);
		await save(page, errors, shot.name);
	}
}

export async function main(): Promise<void> {
	fs.mkdirSync(IMAGES, { recursive: true });
	const notes = vaultNotes();
	const browser = await launchChromium("pg-screenshots-chromium-");
	try {
		await sidebarPictures(browser.context, notes);
		await publishPreviewPicture(browser.context, notes);
		await sitePictures(browser.context);
		await playPictures(browser.context, notes, newPage, save, { sidebar: "sidebar-play.png", block: "quotes-block.png" });
	} finally {
		await browser.close();
	}
}
