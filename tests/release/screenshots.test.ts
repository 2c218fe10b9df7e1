// The README's pictures: every image it links under docs/images/ is committed as a real PNG of a sane size,
// and `npm run screenshots` (which regenerates them with Chromium) exists. Chromium itself is not run here:
// the sidebar and publishing browser tests cover what the pictures show.
import { describe, expect, test } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Image paths the README links (Markdown images and links, HTML src/href) under docs/images/. */
function linkedImages(markdown: string): string[] {
	const found = new Set<string>();
	for (const m of markdown.matchAll(/(?:\]\(|src="|href=")(?:\.\/)?(docs\/images\/[^)"\s#?]+)/g)) found.add(m[1]);
	return [...found].sort();
}

/** Width and height from a PNG's IHDR chunk, or an error naming what is wrong. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = fs.readFileSync(file);
	if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error(`${file} is not a PNG (bad signature).`);
	if (bytes.readUInt32BE(8) !== 13 || bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR chunk first.`);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("README pictures", () => {
	const images = linkedImages(README);

	test("the README links the five pictures", () => {
		expect(images).toEqual(expect.arrayContaining(["docs/images/publish-preview.png", "docs/images/sidebar-dark.png", "docs/images/sidebar-light.png", "docs/images/site-note.png", "docs/images/site-speaker.png"]));
	});

	test.each(images)("%s exists and is a PNG of a sane size", (image) => {
		const file = path.join(ROOT, image);
		expect(fs.existsSync(file)).toBe(true);
		const { width, height } = pngSize(file);
		// Viewport-sized pictures: a narrow sidebar up to a 1000 px page, never a huge full-page capture.
		expect(width).toBeGreaterThanOrEqual(300);
		expect(width).toBeLessThanOrEqual(2000);
		expect(height).toBeGreaterThanOrEqual(300);
		expect(height).toBeLessThanOrEqual(2000);
		expect(fs.statSync(file).size).toBeLessThan(1_000_000);
	});

	test("the PNG check rejects files that are not PNGs", () => {
		const bogus = path.join(ROOT, "README.md");
		expect(() => pngSize(bogus)).toThrow(/not a PNG/);
	});

	test("`npm run screenshots` runs the script that writes docs/images/", () => {
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
		expect(pkg.scripts.screenshots).toBe("node scripts/screenshots.mjs");
		expect(fs.existsSync(path.join(ROOT, "scripts/screenshots.mjs"))).toBe(true);
		const runner = fs.readFileSync(path.join(ROOT, "scripts/screenshots/run.ts"), "utf8");
		// The Chromium tests of the quote-a-day card and quote cards draw their pictures themselves
		// (tests/e2e/daily.test.ts, into tests/.output/screenshots, named `<picture>-${theme}.png`).
		const daily = fs.readFileSync(path.join(ROOT, "tests/e2e/daily.test.ts"), "utf8");
		const drawnByTest = (name: string): boolean => {
			const stem = name.replace(/-(light|dark)\.png$/, "");
			return stem !== name && (daily.includes(`\`${stem}-\${`) || (daily.includes(`"${stem}"`) && daily.includes("`${name}-${theme}.png`")));
		};
		// Every linked picture is one the script (or the daily Chromium test) writes.
		for (const image of images) expect([image, runner.includes(`"${path.basename(image)}"`) || drawnByTest(path.basename(image))]).toEqual([image, true]);
	});
});
