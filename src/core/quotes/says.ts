// A heading that opens with someone's words and names them with a speech verb, as profiles and interview
// write-ups open: `#### *‘The one little element can do a lot,’ says Maura McDonnell, an Irish artist.*`.
// The quotation must open the heading and close right before `says`/`said`, and a full name (two to four
// words, cut at the first comma or full stop) must follow the verb: a heading that merely quotes a term
// (`## "Deep work" says it all`) names nobody.
import { isNameShaped } from "./names";
import { rawQuote, type RawQuote } from "./raw";

/** Opening marks and the marks that close each, single curly quotes included (profiles use them). */
const OPENERS: Record<string, string> = { '"': '"”', "“": "”\"", "„": "“”", "«": "»", "‘": "’'", "'": "'’" };
const SAYS = /^[ \t]*,?[ \t]+(?:says|said)[ \t]+([^,.;:!?*_()[\]]{3,60})/;

/** The quote a heading's text (from `from` to the end of `line`) opens with, or null. `index` is 0-based. */
export function saysHeadingQuote(line: string, from: number, index: number, section: string[]): RawQuote | null {
	let p = from;
	while (line[p] === " " || line[p] === "\t") p++;
	let wrap = 0;
	while (wrap < 3 && (line[p] === "*" || line[p] === "_")) {
		p++;
		wrap++;
	}
	const closers = OPENERS[line[p]];
	if (closers === undefined) return null;
	const open = p;
	// The first closing mark that `says Name` follows; the words between are the quotation.
	for (let k = line.indexOf(" ", open); k >= 0 && k < line.length; k = line.indexOf(" ", k + 1)) {
		const close = k - 1;
		if (close <= open + 2 || !(closers.includes(line[close]) || (line[close] === "," && closers.includes(line[close - 1])))) continue;
		const end = line[close] === "," ? close - 1 : close;
		const m = SAYS.exec(line.slice(end + 1));
		if (m === null) continue;
		const name = m[1].trim();
		const words = name.split(/\s+/).length;
		if (words < 2 || words > 4 || !isNameShaped(name)) return null;
		const text = line.slice(open, end + 1);
		return rawQuote("paragraph", index + 1, index + 1, text, section, { speakerRaw: name, name, target: null, qualifier: null, timestamp: null, cite: [] });
	}
	return null;
}
