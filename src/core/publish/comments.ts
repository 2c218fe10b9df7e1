// Obsidian comments (`%%…%%`, inline or across lines) are private: they never reach the output.
import { isFence } from "./links";

export interface StrippedText {
	lines: string[];
	/** 0-based indexes of lines that were (partly) inside a comment spanning several lines. */
	hidden: Set<number>;
}

/** Removes comments outside fenced code; line count is kept so line numbers still match the source. */
export function stripComments(lines: readonly string[]): StrippedText {
	const out: string[] = [];
	const hidden = new Set<number>();
	let fence: string | null = null;
	let inComment = false;
	lines.forEach((line, index) => {
		if (!inComment) {
			const marker = isFence(line);
			if (fence !== null) {
				if (marker !== null && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
				out.push(line);
				return;
			}
			if (marker !== null && !line.includes("%%")) {
				fence = marker;
				out.push(line);
				return;
			}
		}
		let kept = "";
		let rest = line;
		for (;;) {
			const at = rest.indexOf("%%");
			if (inComment) {
				hidden.add(index);
				if (at === -1) break;
				inComment = false;
				rest = rest.slice(at + 2);
			} else {
				if (at === -1) {
					kept += rest;
					break;
				}
				kept += rest.slice(0, at);
				rest = rest.slice(at + 2);
				const close = rest.indexOf("%%");
				if (close === -1) {
					inComment = true;
					hidden.add(index);
					break;
				}
				rest = rest.slice(close + 2);
			}
		}
		out.push(kept);
	});
	return { lines: out, hidden };
}
