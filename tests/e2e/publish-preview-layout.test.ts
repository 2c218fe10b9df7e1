// The publish preview in headless Chromium with styles.css: a long note path keeps its checkbox on the
// path's first line (the path wraps inside its own box, nothing overflows the row).
import * as path from "path";
import { bundleBrowserPage, launchChromium, pageCss, REPO_ROOT, servePage, type Chromium, type PageServer } from "./sidebar/browser";

let browser: Chromium;
let server: PageServer;

beforeAll(async () => {
	const script = await bundleBrowserPage(path.join(__dirname, "publish-preview/page.ts"));
	server = await servePage(script, pageCss([path.join(REPO_ROOT, "scripts/screenshots/modal.css")]));
	browser = await launchChromium("pg-preview-layout-");
}, 60000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

test.each([900, 420])("long paths keep their checkbox on the same line (window %i px wide)", async (width) => {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width, height: 800 });
	await page.goto(`${server.origin}/`);
	await page.evaluate(() => window.pgPreviewLayout.open());
	await page.waitForSelector(".pg-publish-row");
	const rows = await page.$$eval(".pg-publish-line", (lines) =>
		lines.map((line) => {
			const box = (sel: string) => {
				const r = line.querySelector(sel)!.getBoundingClientRect();
				return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
			};
			const lineBox = line.getBoundingClientRect();
			const pathEl = line.querySelector(".pg-publish-path")!;
			return { check: box(".pg-publish-check"), path: box(".pg-publish-path"), line: { left: lineBox.left, right: lineBox.right }, lineHeight: parseFloat(getComputedStyle(pathEl).lineHeight) || 20 };
		}),
	);
	expect(rows).toHaveLength(2);
	for (const { check, path: p, line, lineHeight } of rows) {
		// The checkbox is left of the path and sits on its first line.
		expect(check.right).toBeLessThanOrEqual(p.left);
		expect(check.bottom).toBeGreaterThan(p.top);
		expect(check.top).toBeLessThan(p.top + lineHeight);
		// The path wrapped (it is taller than one line) and stays inside the row.
		expect(p.bottom - p.top).toBeGreaterThan(lineHeight * 1.5);
		expect(p.right).toBeLessThanOrEqual(line.right + 0.5);
	}
	await page.close();
}, 60000);
