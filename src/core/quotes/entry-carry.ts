// A guest log's entry names the guest once (`* [Naval Ravikant](url) - angel investor`), then the writer
// alternates the guest's quotes with paragraphs of their own commentary. The entry's speaker carries over
// such a paragraph to the next blockquote, as a reader keeps it, unless the paragraph could introduce
// someone else: a full name (two capitalised words or more) other than the guest's, a link, or a colon at
// its end (a lead-in of its own). Headings and the next list item end the entry (scan.ts).
import { mentionedNames, type ContextName } from "./context";

/** Whether the commentary paragraph `lines` leaves the entry's speaker `entry` to the blockquote after it. */
export function carriesEntry(lines: readonly string[], entry: ContextName): boolean {
	const text = lines.join(" ").trim();
	if (text.length === 0 || /[:：]$/.test(text) || text.indexOf("](") >= 0 || text.indexOf("[[") >= 0) return false;
	const own = entry.name.toLowerCase();
	for (const name of mentionedNames(text)) {
		if (name.indexOf(" ") < 0) continue;
		const key = name.toLowerCase();
		if (!own.includes(key)) return false;
	}
	return true;
}
