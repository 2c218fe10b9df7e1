// Where a note has `podcast-quotes` code blocks (what they mean is view/quotes-block.ts): the parser keeps
// their bodies so the site can render them without reading the note again.
import { stripComments } from "./comments";
import { allMatches } from "../util/strings";

export const QUOTES_BLOCK_LANGUAGE = "podcast-quotes";

const FENCE = /^([ \t]{0,3})(`{3,}|~{3,})[ \t]*podcast-quotes[ \t]*\r?\n([\s\S]*?)^[ \t]{0,3}\2[`~]*[ \t]*$/gm;

/** Every `podcast-quotes` fence's body in a note's Markdown, in order; none inside a `%% comment %%`, which Obsidian hides. */
export function quotesBlocksIn(markdown: string): string[] {
	const out: string[] = [];
	if (markdown.includes("%%")) markdown = stripComments(markdown.split("\n")).lines.join("\n");
	for (const m of allMatches(FENCE, markdown)) out.push(m[3]);
	return out;
}
