// Temp folders for tests: made under os.tmpdir() and removed once the test file has run, passed or failed,
// so repeated `npm test` runs do not fill the disk. A folder a live process holds (a git test server's
// repositories, a Chromium profile) is made and removed by that process's close() instead.
import { afterAll } from "@jest/globals";
import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";

const made: string[] = [];

/** A new empty folder `<os.tmpdir()>/<prefix>XXXXXX`, removed after this test file's tests. */
export function tempDir(prefix: string): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
	made.push(dir);
	return dir;
}

// Registered when a test file imports this module, so it runs after every test of that file (Jest gives each
// file its own copy of the module and of `made`).
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
