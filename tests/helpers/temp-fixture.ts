// Run by temp.test.ts in a child Jest: a test that makes a temp folder, says where, and fails.
import { writeFileSync } from "fs";
import * as path from "path";
import { tempDir } from "./temp";

test("makes a folder and fails", () => {
	const dir = tempDir("pg-fails-");
	writeFileSync(path.join(dir, "note.md"), "> Left behind? – Nobody\n");
	writeFileSync(process.env.PG_TEMP_RECORD ?? "", dir);
	expect("this test").toBe("failing");
});
