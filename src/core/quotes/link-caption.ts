// A blockquote right under a list item that is nothing but a link (`- [House Judiciary | Online
// Platforms …](https://youtu.be/…)` then `>来自于美国众议院司法委员会…官方发布视频。`) describes that link: a
// caption, not anyone's words. It is no quote unless something names a speaker for it (decision 40).

const LINK_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[^\]]+\]\([^()\s]+\)[ \t]*$/;

/** Whether the line right before 1-based line `first` (no blank line between) is a list item holding only a link. */
export function captionsLink(lines: readonly string[], first: number): boolean {
	const before = first >= 2 ? lines[first - 2] : undefined;
	return before !== undefined && LINK_ITEM.test(before);
}
