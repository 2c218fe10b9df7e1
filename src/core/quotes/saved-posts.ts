// Posts saved from X (Twitter) by the two Obsidian tools that write them with a byline of their own:
// - Tweet to Markdown: `Simon Plenderleith ([@simonplend](https://twitter.com/simonplend)) - November 10, 2022 5:35 AM`,
//   a blank line, the post's words, then `[Tweet link](…)`; a quoted post is the same inside a blockquote.
// - Obsidian Web Clipper's thread template: `**Andrej Karpathy** @karpathy [2026-04-02](https://x.com/karpathy/status/…)`,
//   then the thread's words to the next such byline or the note's end.
// Each post is the named account's words. The bylines link the account, so prose never takes this shape.
import { rawQuote, type RawQuote } from "./raw";

const TWEET_BYLINE = /^((?:>[ \t]?)*)(\S[^()\n]{0,80}?) \(\[@\w{1,15}\]\(https?:\/\/(?:mobile\.)?(?:twitter|x)\.com\/\w{1,15}\/?\)\) - \S/;
const TWEET_LINK = /^\[Tweet link\]\(https?:\/\/(?:mobile\.)?(?:twitter|x)\.com\/\S+\)[ \t]*$/;
const CLIPPER_BYLINE = /^\*\*([^*\n]{1,80})\*\* @[\w\\]{1,30} \[[^\]\n]{1,40}\]\(https?:\/\/(?:twitter|x)\.com\/[\w\\]{1,30}\/status\/\d+\)[ \t]*$/;

export interface SavedPosts {
	quotes: RawQuote[];
	/** Whether 1-based `line` belongs to a saved post (its avatar, byline, words or link). */
	holds(line: number): boolean;
	/** Whether any of 1-based lines `from..to` belongs to one. */
	touches(from: number, to: number): boolean;
}

/** How deep in blockquotes a line stands, and its text without the markers. */
function unquoted(line: string): { depth: number; text: string } {
	let depth = 0;
	let p = 0;
	while (line.charAt(p) === ">") {
		depth++;
		p++;
		if (line.charAt(p) === " " || line.charAt(p) === "\t") p++;
	}
	return { depth, text: line.slice(p) };
}

/** The saved posts of a note from `start` (0-based), or null when it has none. */
export function savedPosts(lines: readonly string[], start: number, section: (line: number) => string[]): SavedPosts | null {
	const quotes: RawQuote[] = [];
	const held = new Set<number>();
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		const tweet = line.indexOf("([@") > 0 ? TWEET_BYLINE.exec(line) : null;
		if (tweet !== null) {
			const depth = unquoted(line).depth;
			// The words run from the byline to the post's link, stopping at a post quoted inside it.
			let end = i + 1;
			const words: number[] = [];
			let inner = false;
			for (; end < lines.length; end++) {
				const u = unquoted(lines[end]);
				if (u.depth < depth) break;
				if (u.depth === depth && TWEET_LINK.test(u.text)) break;
				if (u.depth > depth) inner = true;
				else if (!inner && u.text.trim() !== "") words.push(end);
			}
			if (end >= lines.length || words.length === 0) continue;
			// The avatar image Tweet to Markdown writes above the byline belongs to the post too.
			const top = i > start && unquoted(lines[i - 1]).text.startsWith("![") ? i - 1 : i;
			for (let k = top; k <= end; k++) if (unquoted(lines[k]).depth === depth) held.add(k + 1);
			push(quotes, lines, words, tweet[2], section, depth > 0 ? "blockquote" : "paragraph");
			continue;
		}
		const clip = line.startsWith("**") && line.indexOf("/status/") > 0 ? CLIPPER_BYLINE.exec(line) : null;
		if (clip === null) continue;
		let end = i + 1;
		while (end < lines.length && !CLIPPER_BYLINE.test(lines[end])) end++;
		const words: number[] = [];
		for (let k = i + 1; k < end; k++) if (lines[k].trim() !== "") words.push(k);
		if (words.length === 0) continue;
		for (let k = i; k < end; k++) held.add(k + 1);
		push(quotes, lines, words, clip[1].trim(), section, "paragraph");
		i = end - 1;
	}
	if (quotes.length === 0) return null;
	const touches = (from: number, to: number): boolean => {
		for (let k = from; k <= to; k++) if (held.has(k)) return true;
		return false;
	};
	return { quotes, holds: (line) => held.has(line), touches };
}

function push(quotes: RawQuote[], lines: readonly string[], words: number[], name: string, section: (line: number) => string[], kind: "blockquote" | "paragraph"): void {
	const first = words[0];
	const last = words[words.length - 1];
	const text = words.map((k) => unquoted(lines[k]).text.trim()).join("\n");
	quotes.push(rawQuote(kind, first + 1, last + 1, text, section(first + 1), { speakerRaw: name, name, target: null, qualifier: null, timestamp: null, cite: [] }));
}
