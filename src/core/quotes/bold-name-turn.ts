// `> **Demis Hassabis** Well, …`: a bold full name with no colon opening a paragraph of a blockquote
// whose other parts are labelled `**Name**:` — the same dialogue, its colon dropped (issue 13, decision 43).
// Only as a second label: alone, a bold name opening a paragraph is emphasis as often as a speaker.
import { isPlausibleName } from "./context";

const BOLD_NAME = /^\*\*([^*:：]{3,60})\*\*[ \t]+(?=[^\s:：])/;

/** The name and the words after it when `content` (a blockquote line, marker removed) opens so. */
export function boldNameTurn(content: string): { label: string; text: string } | null {
	const m = BOLD_NAME.exec(content);
	if (m === null) return null;
	const label = m[1].trim();
	return /\S\s+\S/.test(label) && isPlausibleName(label) ? { label, text: content.slice(m[0].length) } : null;
}
