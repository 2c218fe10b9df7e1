// A vault of real variety for tests that compare two ways of reading the same notes (threads against one
// thread, streamed JSON against one stringify): every garden note and every fourth real note. What such
// tests check does not depend on the corpus's size, which grows with every probe; the per-note checks
// (fixtures.test.ts, the accuracy run) still read every note.
import { copyFileSync, mkdirSync, readdirSync } from "fs";
import * as path from "path";
import { tempDir } from "./temp";

const FIXTURES = path.join(__dirname, "..", "fixtures");

/** The sample's notes as `garden/…` and `real/…` paths, in name order. */
export function corpusSample(step = 4): string[] {
	const out: string[] = [];
	for (const folder of ["garden", "real"]) {
		const names = readdirSync(path.join(FIXTURES, folder)).filter((n) => n.endsWith(".md")).sort();
		names.forEach((name, i) => {
			if (folder === "garden" || i % step === 0) out.push(`${folder}/${name}`);
		});
	}
	return out;
}

/** The sample copied into a new temp folder (removed after the test file), laid out as the fixtures are. */
export function corpusSampleVault(prefix: string, step = 4): string {
	const dir = tempDir(prefix);
	for (const note of corpusSample(step)) {
		mkdirSync(path.dirname(path.join(dir, note)), { recursive: true });
		copyFileSync(path.join(FIXTURES, note), path.join(dir, note));
	}
	return dir;
}
