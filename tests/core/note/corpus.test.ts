// The real-note corpus stays measurable: every note has a hand label that passes the label checks, and
// the fixtures README lists it with its source (tests/fixtures/labels/README.md, docs/accuracy.md).
import { describe, expect, test } from "@jest/globals";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { checkLabels, type NoteLabels } from "../../../scripts/accuracy/score";

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const notes = ["garden", "real"].flatMap((dir) =>
	readdirSync(join(FIXTURES, dir))
		.filter((f) => f.endsWith(".md"))
		.map((f) => ({ dir, file: f })),
);
// Read once: the README is 1.6 MB, and reading it per note made this suite one of CI's slowest.
const README = readFileSync(join(FIXTURES, "README.md"), "utf8");

describe("the labelled corpus", () => {
	test("has at least 60 notes, 10 traps and 25 repositories", () => {
		const labels = notes.map(({ file }) => JSON.parse(readFileSync(join(FIXTURES, "labels", file.replace(/\.md$/, ".labels.json")), "utf8")) as NoteLabels);
		expect(notes.length).toBeGreaterThanOrEqual(60);
		expect(labels.filter((l) => l.trap).length).toBeGreaterThanOrEqual(10);
		expect(new Set(labels.map((l) => l.source.repo).filter((r) => r !== null)).size).toBeGreaterThanOrEqual(25);
	});

	test.each(notes.map((n) => [`${n.dir}/${n.file}`, n] as const))("%s is labelled, its labels check out, and its source is listed", (_name, { dir, file }) => {
		const text = readFileSync(join(FIXTURES, dir, file), "utf8");
		const labels = JSON.parse(readFileSync(join(FIXTURES, "labels", file.replace(/\.md$/, ".labels.json")), "utf8")) as NoteLabels;
		expect(checkLabels(file, labels, text.split(/\r\n|\r|\n/).length)).toEqual([]);
		expect(Array.isArray(labels.calls)).toBe(true);
		expect(README.includes(file)).toBe(true);
	});

	test("every label file belongs to a note", () => {
		const expected = notes.map((n) => n.file.replace(/\.md$/, ".labels.json")).sort();
		const present = readdirSync(join(FIXTURES, "labels")).filter((f) => f.endsWith(".labels.json")).sort();
		expect(present).toEqual(expected);
	});
});
