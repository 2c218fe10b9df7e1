// A lead-in and its quotation on one line, the person first and a dash before their words, as show notes
// write them: `[Brené Brown](https://brenebrown.com/), leading researcher on shame — "Shame is …"`. The
// person is a link or a full name followed by a description after a comma (`, the author of …`), and the
// quotation runs to the end of the line. The name is handed on as a bare lead-in (note/index.ts trusts a
// plausible full name or one the note knows), so `Deep Work, a book — "…"` is weighed like `Deep Work:`.
import type { ContextName } from "./context";
import { hasQuotationMark, rawQuote, type RawQuote } from "./raw";

const MD_LINK = /^\[([^[\]]{1,100})\]\([^()\s]{0,500}\)/;
const WIKILINK = /^\[\[([^\]|#]{1,100})(?:#[^\]|]*)?(?:\|([^\]]{1,100}))?\]\]/;
/** A spaced dash, then invisible spaces some editors leave, then the opening mark (after optional emphasis). */
const DASH_THEN_QUOTE = /[ \t]+[–—―-][ \t\u200b\u200c\u2060\ufeff]*(?:\*{1,3}|_{1,3})?(["“„«])/;
const CLOSES: Record<string, string> = { '"': '"”', "“": "”\"", "„": "“”", "«": "»" };

/** The quote of a one-line paragraph `Person, description — "…"` on 0-based line `index`, or null. */
export function dashLeadQuote(line: string, index: number, section: string[]): RawQuote | null {
	// The person comes first: only the line's start is searched, so a long paragraph costs no more. Most
	// paragraphs hold no quotation mark there, and the pattern tries every blank.
	const head = line.slice(0, 240);
	if (!hasQuotationMark(head, 0)) return null;
	const m = DASH_THEN_QUOTE.exec(head);
	if (m === null || m.index > 200) return null;
	const person = personFirst(line.slice(0, m.index).trim());
	if (person === null) return null;
	const open = m.index + m[0].length - 1;
	const closers = CLOSES[m[1]];
	let close = line.trimEnd().length - 1;
	while (close > open && ".,;!*_".includes(line[close])) close--;
	if (close <= open + 2 || !closers.includes(line[close])) return null;
	// A closing mark inside means the quotation ended earlier and the sentence went on.
	for (let k = open + 1; k < close; k++) if (closers.includes(line[k]) && line[k] !== '"') return null;
	const quote = rawQuote("paragraph", index + 1, index + 1, line.slice(open, close + 1), section, null);
	quote.leadIn = person;
	quote.leadText = `${line.slice(0, m.index).trim()}:`;
	return quote;
}

/** The person a lead opens with: a link (its text a name), or a name then `, description`; null otherwise. */
function personFirst(lead: string): ContextName | null {
	let name: string;
	let target: string | null = null;
	let rest: string;
	const wiki = WIKILINK.exec(lead);
	const md = wiki === null ? MD_LINK.exec(lead) : null;
	if (wiki !== null) {
		target = wiki[1].trim();
		name = (wiki[2] ?? wiki[1]).trim();
		rest = lead.slice(wiki[0].length);
	} else if (md !== null) {
		name = md[1].trim();
		rest = lead.slice(md[0].length);
	} else {
		const comma = lead.indexOf(",");
		if (comma < 0) return null;
		name = lead.slice(0, comma).trim();
		rest = lead.slice(comma);
	}
	// Nothing, or a description after a comma: `, leading researcher on shame`, with no quotation of its own.
	const r = rest.trim();
	if (r.length > 0 && (r[0] !== "," || /["“”„«»]/.test(r))) return null;
	if (wiki === null && md === null && r.length <= 1) return null;
	if (!/\S\s+\S/.test(name)) return null;
	return { name, target, evidence: "bare" };
}
