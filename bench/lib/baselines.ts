// Baselines measured on the same texts in the same process as the real pipeline.
import MarkdownIt from "markdown-it";

/**
 * The floor: one pass that splits the text into lines and looks at each line's first character, which is
 * the least any line-based reader must do. Returns the number of `>` lines so the work cannot be skipped.
 */
export function floorPass(text: string): number {
	const lines = text.split("\n");
	let quoteLines = 0;
	for (let i = 0; i < lines.length; i++) if (lines[i].charCodeAt(0) === 62) quoteLines++;
	return quoteLines;
}

export interface BaselineQuote {
	text: string;
	speaker: string | null;
	line: number;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
/** `— Name` alone on the last line of a quote. */
const OWN_LINE = /^\s*(?:--|[-–—―~])\s*(.+?)\s*$/;
/** `… text – Name` at the end of the last line. */
const TRAILING = /\s(?:--|[-–—―~])\s*([^-–—―~]{1,80}?)\s*$/;

/**
 * The generic parser: what a developer reaches for first. markdown-it tokenises the note; every blockquote's
 * paragraphs are joined and the attribution is taken from its last line (`— Name`) or from the end of its
 * last line (`… – Name`). Front matter is cut with a regex first, since markdown-it does not know it.
 */
export class MarkdownItQuotes {
	private readonly md = new MarkdownIt({ html: true, linkify: false });

	extract(text: string): BaselineQuote[] {
		const frontmatter = FRONTMATTER.exec(text);
		const body = frontmatter ? text.slice(frontmatter[0].length) : text;
		const offset = frontmatter ? frontmatter[0].split("\n").length - 1 : 0;
		const tokens = this.md.parse(body, {});
		const quotes: BaselineQuote[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			if (token.type !== "blockquote_open" || token.level !== 0) continue;
			const parts: string[] = [];
			let depth = 0;
			let j = i;
			for (; j < tokens.length; j++) {
				const inner = tokens[j];
				if (inner.type === "blockquote_open") depth++;
				else if (inner.type === "blockquote_close" && --depth === 0) break;
				else if (inner.type === "inline") parts.push(inner.content);
			}
			quotes.push(this.attribute(parts.join("\n\n"), (token.map?.[0] ?? 0) + 1 + offset));
			i = j;
		}
		return quotes;
	}

	private attribute(text: string, line: number): BaselineQuote {
		const lines = text.split("\n");
		const last = lines[lines.length - 1];
		const own = OWN_LINE.exec(last);
		if (own && lines.length > 1) return { text: lines.slice(0, -1).join("\n").trim(), speaker: own[1], line };
		const trailing = TRAILING.exec(last);
		if (trailing) return { text: text.slice(0, text.length - trailing[0].length), speaker: trailing[1], line };
		return { text, speaker: null, line };
	}
}
