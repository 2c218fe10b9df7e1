// The real notes tests read when what they check does not depend on the corpus's size (threads against one thread,
// streamed JSON against one stringify, the saved index under other settings, the git target): the harness vault's
// fixed list (tests/harness/vault-notes.txt), so their time stays flat as probes add notes. The per-note checks
// (fixtures.test.ts, the corpus test, the accuracy run) read every note.
import { copyFileSync, mkdirSync, readFileSync } from "fs";
import * as path from "path";
import { tempDir } from "./temp";

const FIXTURES = path.join(__dirname, "..", "fixtures");

/** The listed notes as `garden/…` and `real/…` paths, in the list's order. */
export function corpusSample(): string[] {
	return readFileSync(path.join(__dirname, "..", "harness", "vault-notes.txt"), "utf8")
		.split("\n")
		.filter((note) => note !== "");
}

/** The listed notes copied into a new temp folder (removed after the test file), laid out as the fixtures are. */
export function corpusSampleVault(prefix: string): string {
	const dir = tempDir(prefix);
	for (const note of corpusSample()) {
		mkdirSync(path.dirname(path.join(dir, note)), { recursive: true });
		copyFileSync(path.join(FIXTURES, note), path.join(dir, note));
	}
	return dir;
}
