// Raw HTML in a note's public Markdown, for the Digital Garden layout (whose site renders Markdown with HTML
// on): made inert unless the user keeps it. `<` outside code becomes `&lt;`, so a tag shows as the text the
// user typed; HTML comments, which Obsidian hides, are left out. The static site renders with HTML off.
import MarkdownIt from "markdown-it";
import { outsideCode } from "./links";

// The Digital Garden template renders with markdown-it and `html: true`: the same parser judges here.
const md = new MarkdownIt({ html: true });

/** A `<` that starts an autolink (`<https://…>`, `<me@example.com>`) stays: it is a link, not HTML. */
const TAG_START = /<(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>)/g;
const INLINE_COMMENT = /<!--[\s\S]*?-->/g;

function hasHtml(text: string): boolean {
	return md.parse(text, {}).some((t) => t.type === "html_block" || (t.children ?? []).some((c) => c.type === "html_inline"));
}

/** Lines (0-based) inside fenced or indented code blocks, and lines of HTML comment blocks. */
function blockLines(text: string): { code: Set<number>; comments: Set<number> } {
	const code = new Set<number>();
	const comments = new Set<number>();
	for (const token of md.parse(text, {})) {
		if (!token.map) continue;
		const into = token.type === "fence" || token.type === "code_block" ? code : token.type === "html_block" && token.content.trimStart().startsWith("<!--") ? comments : null;
		if (into) for (let line = token.map[0]; line < token.map[1]; line++) into.add(line);
	}
	return { code, comments };
}

/** The body with raw HTML made inert (code untouched); `everywhere` escapes inside code spans too. */
function escapeLines(text: string, everywhere: boolean, keep: (line: string) => boolean): string {
	const { code, comments } = blockLines(text);
	const escape = (part: string): string => part.replace(INLINE_COMMENT, "").replace(TAG_START, "&lt;");
	const out: string[] = [];
	text.split("\n").forEach((line, i) => {
		if (comments.has(i) && !keep(line)) return;
		out.push(code.has(i) || keep(line) ? line : everywhere ? escape(line) : outsideCode(line, escape));
	});
	return out.join("\n");
}

/**
 * The body with its raw HTML made inert. `keep` names whole lines of markup the layout itself wrote (the
 * Digital Garden embed frame), which stay as they are.
 */
export function inertHtml(text: string, keep: (line: string) => boolean = () => false): string {
	if (!text.includes("<")) return text;
	const escaped = escapeLines(text, false, keep);
	// A code span the line-based check saw differently from markdown-it (an escaped backtick): escape all.
	const unkept = escaped.split("\n").map((line) => (keep(line) ? "" : line)).join("\n");
	return hasHtml(unkept) ? escapeLines(text, true, keep) : escaped;
}
