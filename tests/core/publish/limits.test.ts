// Limits of one publish: a note too large to publish, and embeds that expand without bound (an embed bomb),
// are refused with a message naming the note; nothing is written.
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import { EMBED_EXPANSION_LIMIT, NOTE_SIZE_LIMIT } from "../../../src/core/publish/limits";
import { memoryVault } from "./vault";

describe("publish limits", () => {
	test("a flagged note larger than the limit is refused with its name and size", async () => {
		const head = "---\ndg-publish: true\n---\n";
		// Multi-byte characters: the limit counts UTF-8 bytes, not characters.
		const text = head + "é".repeat(Math.ceil((NOTE_SIZE_LIMIT - head.length) / 2) + 1);
		const build = await buildPublish({ vault: memoryVault({ "Huge.md": text, "Small.md": `${head}small` }), manifest: emptyManifest(), options: publishOptions() });
		expect(build.errors.map((e) => e.path)).toEqual(["Huge.md"]);
		expect(build.errors[0].message).toMatch(/"Huge\.md" is 8\.0 MB .*at most 8 MB/);
		expect(build.changes.write).toEqual([]);
	});

	test("an embed bomb stops at the expansion limit and names the note", async () => {
		// Five small notes (5 KB each), each embedding the next 12 times: 12³ copies in the first one's page.
		const files: Record<string, string> = {};
		const names = ["A", "B", "C", "D", "E"];
		names.forEach((name, i) => {
			const next = names[i + 1];
			const body = `${"filler words ".repeat(400)}\n${next ? `![[${next}]]\n`.repeat(12) : ""}`;
			files[`${name}.md`] = `---\ndg-publish: true\n---\n${body}`;
		});
		const build = await buildPublish({ vault: memoryVault(files), manifest: emptyManifest(), options: publishOptions() });
		expect(build.errors.map((e) => e.path)).toEqual(["A.md", "B.md"]);
		expect(build.errors[0].message).toMatch(/"A\.md": its embedded notes add up to more than 8 MB/);
		expect(build.changes.write).toEqual([]);
		expect(EMBED_EXPANSION_LIMIT).toBe(NOTE_SIZE_LIMIT);
	});
});
