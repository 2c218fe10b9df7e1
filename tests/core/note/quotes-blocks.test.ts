import { quotesBlocksIn } from "../../../src/core/note/quotes-blocks";
import { parseNote } from "../../../src/core/note";

const block = (body: string, fence = "```"): string => `${fence}podcast-quotes\n${body}\n${fence}`;

describe("podcast-quotes blocks a note shows", () => {
	it("finds each block's body, in order", () => {
		const md = ["# Note", block("speaker: Ada"), "text", block("tag: ai", "~~~")].join("\n");
		expect(quotesBlocksIn(md)).toEqual(["speaker: Ada\n", "tag: ai\n"]);
	});

	it("leaves out a block inside a %% comment across lines, which Obsidian hides", () => {
		const md = ["%%", block("speaker: Hidden"), "%%", block("speaker: Shown")].join("\n");
		expect(quotesBlocksIn(md)).toEqual(["speaker: Shown\n"]);
	});

	it("keeps a block after an inline comment and a block whose body holds %%", () => {
		const md = ["Text %%aside%% more.", block("query: 100%% sure")].join("\n");
		expect(quotesBlocksIn(md)).toEqual(["query: 100%% sure\n"]);
	});

	it("an unclosed %% hides the blocks after it", () => {
		expect(quotesBlocksIn([block("speaker: Ada"), "%% draft", block("speaker: Later")].join("\n"))).toEqual(["speaker: Ada\n"]);
	});

	it("the parsed record carries only the shown blocks", () => {
		const record = parseNote("n.md", ["%%", block("speaker: Hidden"), "%%"].join("\n"));
		expect(record.quotesBlocks).toBeUndefined();
	});
});
