// Every fixture note against its approved output (tests/core/approved/<fixture>.approved.json).
// The approved files are meant to be read in review: one line per quote with line, kind, speaker,
// how it was inferred and the first 60 characters of text. To accept a deliberate change, run
// `UPDATE_APPROVED=1 npx jest tests/core/note/fixtures.test.ts` and review the diff.
import { describe, expect, test } from "@jest/globals";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { parseNote } from "../../../src/core/note";
import type { NoteRecord } from "../../../src/core/types";

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const APPROVED = join(__dirname, "..", "approved");

function fixtureFiles(): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	for (const dir of ["garden", "real"]) {
		for (const f of readdirSync(join(FIXTURES, dir)).sort()) if (f.endsWith(".md")) out.push([dir, f]);
	}
	return out;
}

/** The reviewable summary of a record: one JSON line per quote. */
function approvedText(record: NoteRecord): string {
	const head = {
		path: record.path,
		isPodcast: record.isPodcast,
		flags: record.flags,
		permalink: record.permalink,
		episode: record.episode,
		problems: record.problems.map((p) => `line ${p.line}`),
		sections: record.sections.length,
		quoteCount: record.quotes.length,
	};
	const rows = record.quotes.map((q) =>
		JSON.stringify({
			line: q.line,
			endLine: q.endLine,
			kind: q.kind,
			speaker: q.speaker,
			speakerRaw: q.speakerRaw,
			inferred: q.inferred,
			qualifier: q.qualifier,
			timestamp: q.timestamp,
			cite: q.cite.length,
			section: q.section.length > 0 ? q.section[q.section.length - 1] : null,
			text: Array.from(q.text).slice(0, 60).join(""),
		}),
	);
	return `{\n"note": ${JSON.stringify(head)},\n"quotes": [\n${rows.join(",\n")}\n]\n}\n`;
}

describe("fixture notes match their approved output", () => {
	test.each(fixtureFiles())("%s/%s", (dir, file) => {
		const text = readFileSync(join(FIXTURES, dir, file), "utf8");
		const record = parseNote(`${dir}/${file}`, text);
		const actual = approvedText(record);
		const approvedPath = join(APPROVED, file.replace(/\.md$/, ".approved.json"));
		if (process.env.UPDATE_APPROVED === "1" || !existsSync(approvedPath)) writeFileSync(approvedPath, actual);
		expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(approvedPath, "utf8")));
		expect(actual).toBe(readFileSync(approvedPath, "utf8"));
	});

	test("every fixture has an approved file and no approved file is orphaned", () => {
		const expected = fixtureFiles().map(([, f]) => f.replace(/\.md$/, ".approved.json")).sort();
		const present = readdirSync(APPROVED).filter((f) => f.endsWith(".approved.json")).sort();
		expect(present).toEqual(expected);
	});
});
