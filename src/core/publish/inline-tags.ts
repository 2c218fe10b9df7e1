// Inline `#tags` of a published note, read the way Obsidian reads them: `#` at the start of a line or after
// a space, then letters, digits, `_`, `-` and `/`, with at least one character that is not a digit (`#123`
// is not a tag). Code, links and URLs hold no tags. The reader and the page's tag links (`tagLinks`) share
// `tagAt`, so a `#word` on a page is a link exactly when it is one of the note's tags.
import type { MarkdownIt as Md, StateInline } from "markdown-it";
import { closesFence, fenceOpening } from "../util/lines";

const TAG_RUN = /[\p{L}\p{M}\p{N}_/-]+/uy;
const NOT_A_DIGIT = /[^\p{N}]/u;

function isSpace(ch: string | undefined): boolean {
	return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u00a0" || ch === "\u3000";
}

/**
 * The tag (without `#`) whose `#` is at `at` in `text`, or null: the `#` must start the text or follow a
 * space (`a#b`, `page#part` and `\#x` are not tags), and a trailing `/` is not part of the tag.
 */
export function tagAt(text: string, at: number): string | null {
	if (text[at] !== "#" || (at > 0 && !isSpace(text[at - 1]))) return null;
	TAG_RUN.lastIndex = at + 1;
	const run = TAG_RUN.exec(text)?.[0];
	if (run === undefined) return null;
	const tag = run.replace(/\/+$/, "");
	if (tag === "" || tag[0] === "/" || !NOT_A_DIGIT.test(tag)) return null;
	return tag;
}

/** Inline code, wikilinks and embeds, Markdown links and images, autolinks and bare URLs: no tag inside. */
const NO_TAGS = /(`+)[\s\S]*?\1|!?\[\[[^\]\n]*\]\]|!?\[[^\]\n]*\]\([^)\n]*\)|<[a-z][a-z0-9+.-]*:[^>\s]*>|\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;

/** The line with every place that cannot hold a tag overwritten (not by a space: `[[a]]#b` is no tag). */
function masked(line: string): string {
	return line.replace(NO_TAGS, (m) => "x".repeat(m.length));
}

/**
 * The distinct inline tags of a note's published lines (frontmatter and comments already removed), the
 * first spelling of each kept (Obsidian's tags ignore case). Fenced code blocks are skipped.
 */
export function inlineTags(lines: readonly string[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	let fence: string | null = null;
	for (const line of lines) {
		if (fence !== null) {
			if (closesFence(line, fence)) fence = null;
			continue;
		}
		fence = fenceOpening(line);
		if (fence !== null) continue;
		if (!line.includes("#")) continue;
		const text = masked(line);
		for (let at = text.indexOf("#"); at >= 0; at = text.indexOf("#", at + 1)) {
			const tag = tagAt(text, at);
			if (tag === null || seen.has(tag.toLowerCase())) continue;
			seen.add(tag.toLowerCase());
			out.push(tag);
		}
	}
	return out;
}

/** What a page render knows of tags: the site path of a tag's page, or null for a `#word` that is not one of the note's tags. */
export type TagLink = (tag: string) => string | null;

/**
 * A markdown-it rule writing the note's inline tags as links to their tag pages (`env.tagLink`). Code and
 * link text never reach an inline rule here (markdown-it keeps code as code; `linkLevel` marks link text).
 */
export function tagLinks(md: Md): void {
	md.inline.ruler.push("pg_tag", (state: StateInline, silent: boolean) => {
		const link = (state.env as { tagLink?: TagLink } | undefined)?.tagLink;
		// markdown-it counts link nesting in `linkLevel` (not in its type definitions).
		const inLink = ((state as StateInline & { linkLevel?: number }).linkLevel ?? 0) > 0;
		if (!link || inLink || state.src[state.pos] !== "#") return false;
		const tag = tagAt(state.src, state.pos);
		const url = tag === null ? null : link(tag);
		if (tag === null || url === null) return false;
		if (!silent) {
			const open = state.push("link_open", "a", 1);
			open.attrs = [["href", url], ["class", "tag"], ["rel", "tag"]];
			state.push("text", "", 0).content = `#${tag}`;
			state.push("link_close", "a", -1);
		}
		state.pos += tag.length + 1;
		return true;
	});
}
