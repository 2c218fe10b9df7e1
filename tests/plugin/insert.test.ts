// Where an inserted quote lands: always its own block, whatever the cursor sits on.
import { Editor } from "../harness/obsidian/component";
import { insertBlock } from "../../src/plugin/commands/insert";

const BLOCK = "> Q\n> — S";

const cases: { name: string; before: string; cursor: [number, number]; after: string }[] = [
	{ name: "empty note", before: "", cursor: [0, 0], after: "> Q\n> — S" },
	{ name: "start of a text line", before: "a\n\nb\n", cursor: [2, 0], after: "a\n\n> Q\n> — S\n\nb\n" },
	{ name: "end of a paragraph line", before: "a\nb\n", cursor: [0, 1], after: "a\n\n> Q\n> — S\n\nb\n" },
	{ name: "middle of a line", before: "ab\n", cursor: [0, 1], after: "a\n\n> Q\n> — S\n\nb\n" },
	{ name: "blank line between paragraphs", before: "a\n\n\nb", cursor: [1, 0], after: "a\n\n> Q\n> — S\n\nb" },
	{ name: "blank line after a paragraph, before a blank", before: "a\n\n", cursor: [2, 0], after: "a\n\n> Q\n> — S" },
];

describe("insertBlock", () => {
	it.each(cases)("$name", ({ before, cursor, after }) => {
		const editor = new Editor();
		editor.setValue(before);
		editor.setCursor(cursor[0], cursor[1]);
		insertBlock(editor as never, BLOCK);
		expect(editor.getValue()).toBe(after);
		// The cursor ends right after the block.
		const end = editor.posToOffset(editor.getCursor());
		expect(editor.getValue().slice(0, end).endsWith(BLOCK)).toBe(true);
	});
});
