// A paragraph that is wholly a quotation: `"Every craft is a conversation…"` under a lead-in naming the
// guest, or `“…” — Maya Chen` with an attribution after the closing mark. A paragraph that merely starts
// with a quoted term (`"Quiet quitting" is a term…`) is prose: the text after its closing mark is no
// attribution.
import { listAttribution, trailingAttribution, type Attribution } from "./attribution";
import { leadInName } from "./context";
import { dashLeadQuote } from "./dash-lead";
import { firstNonSpace, hasColon } from "../util/lines";
import { cjkCount } from "../util/strings";
import { openingQuotation, rawQuote, type RawQuote } from "./raw";
import { isNameShaped } from "./names";
import { SAYS } from "./reporter";

/** The quote in paragraph lines `first..last` (0-based, inclusive), or null. */
export function paragraphQuoteAt(lines: string[], first: number, last: number, section: string[], dashes: string, underLeadIn: () => boolean, sayings = false): RawQuote | null {
	const firstLine = lines[first];
	const start = firstNonSpace(firstLine);
	const opening = openingQuotation(firstLine, start);
	if (opening === null && DIALOGUE_DASH.test(firstLine)) return dashDialogueQuote(lines, first, last, section);
	if (opening === null) return first === last ? (inlineLeadQuote(firstLine, first, first, section, dashes) ?? dashLeadQuote(firstLine, first, section) ?? (sayings ? signedSaying(firstLine, first, section, dashes) : null)) : (leadLineQuote(lines, first, last, section, dashes) ?? wrappedLeadQuote(lines, first, last, section, dashes) ?? fieldLineQuote(lines, first, last, section, dashes) ?? nameBelowQuote(lines, first, last, section));
	const { wrap, emphasis: w, open, closers } = opening;
	// The last closing mark, within the attribution's reach of the end.
	const lastLine = lines[last];
	// `“…” - Steve Jobs<br />`: a line break in HTML after the attribution (pages converted from a site) ends nothing.
	let end = lastLine.indexOf("<br", Math.max(0, lastLine.length - 40)) >= 0 ? lastLine.replace(TRAILING_BREAKS, "").length : lastLine.length;
	// `*“…” - Gábor Békés*`: the emphasis opened before the quotation closes after its attribution.
	const written = lastLine.slice(0, end).trimEnd();
	if (wrap > 0 && written.endsWith(w.repeat(wrap)) && closers.indexOf(written.charAt(written.length - wrap - 1)) < 0) end = written.length - wrap;
	const min = Math.max(first === last ? open + 1 : 0, end - 300);
	let close = -1;
	for (let k = end - 1; k >= min; k--) {
		if (closers.indexOf(lastLine.charAt(k)) >= 0) {
			close = k;
			break;
		}
	}
	if (close < 0) return saysQuote(lines, first, last, section, opening);
	let after = close + 1;
	if (wrap > 0 && lastLine.slice(after, after + wrap) === w.repeat(wrap)) after += wrap;
	// `"O homem é do tamanho do seu sonho".`: the sentence's full stop after the closing mark is no attribution.
	if (after === lastLine.slice(0, end).trimEnd().length - 1 && ".,;!。".includes(lastLine.charAt(after))) after++;
	const attribution = listAttribution(lastLine, after, end, dashes);
	if (attribution === null) return saysQuote(lines, first, last, section, opening);
	if (attribution.speakerRaw === null) {
		// `"…," Bobbi Lane said. "…"`: a quotation split around its attribution closes the paragraph with no credit after it.
		const said = first === last ? saysQuote(lines, first, last, section, opening) : null;
		// `"…," she said. "…"`: a pronoun, which the note's subject or the paragraph above may name (note/index.ts).
		if (said !== null && (said.speakerRaw !== null || said.pronoun === true)) return said;
		if (!underLeadIn()) return null;
	}
	const text = (first === last ? firstLine.slice(open, close + 1) : [firstLine.slice(open), ...lines.slice(first + 1, last), lastLine.slice(0, close + 1)].join("\n")).trim();
	// `“Abstract” (Zhao, 2022, p. 1)`: one quoted word is a title or a term (a CJK sentence has no spaces to count).
	if (text.length < 3 || (!/\S\s+\S/.test(text) && cjkCount(text) === 0)) return null;
	return rawQuote("paragraph", first + 1, last + 1, text, section, attribution);
}

/** Words a saying needs before its signature (`Wissen ist Macht`): fewer are a title or a term. */
const SAYING_WORDS = 3;

/**
 * `Wissen ist Macht \- Homer Simpson`, `Der Apfel fällt nicht weit vom Stamm — Isaac Newton`: on a page or under a
 * heading of quotes, a one-line saying with no quotation marks signed after a dash.
 */
function signedSaying(line: string, index: number, section: string[], dashes: string): RawQuote | null {
	const start = firstNonSpace(line);
	const attribution = trailingAttribution(line, start, line.length, dashes);
	if (attribution === null || attribution.speakerRaw === null) return null;
	const text = line.slice(start, attribution.cut).trim().replace(/\\$/, "").trim();
	// `Related: [[Deep Work Hour 12 - Cal Newport on slow productivity|…]]`: a dash inside a link's text signs nothing.
	if (text.lastIndexOf("[") > text.lastIndexOf("]")) return null;
	return text.split(/\s+/).length >= SAYING_WORDS ? rawQuote("paragraph", index + 1, index + 1, text, section, attribution) : null;
}

const TRAILING_BREAKS = /(?:[ \t]*<br[ \t]*\/?>)+[ \t]*$/i;

/** A colon, then a quotation mark (after optional emphasis): where a sentence hands over to someone's words. */
const COLON_QUOTE = /[:：](?:\*{1,3}|_{1,3})?[ \t]*(?=(?:\*{1,3}|_{1,3})?["“„«「])/g;

/**
 * A field label that says what the line holds and names nobody (`Quote: "…"`, `**Key quote:** "…"`, as
 * summarisers write them): the quotation's speaker comes from the note (note/index.ts).
 */
const QUOTE_FIELD = /^(?:[-*+]\s+)?[*_]*(?:(?:key|notable|best|favou?rite|top)\s+)?(?:quote|quotation|quotable|zitat|citation|cita|citação|citazione|citaat|цитата|引用|金句|名言)[*_]*$/i;

/** `(7:00)`, `[1:06:00]`: the time in the episode after a closing mark. */
const TRAILING_TIME = /^[ \t]*[([](\d{1,2}(?::\d{2}){1,2})[)\]][ \t]*$/;

/**
 * A one-line paragraph whose sentence leads in to a quotation that runs to its end: `Um poeta chamado Mario
 * Quintana uma vez escreveu: “…”`. The words before the colon are the quote's lead-in (they name the
 * speaker, or mention the one person the note knows: note/index.ts); without a speaker it is dropped.
 */
function inlineLeadQuote(line: string, index: number, last: number, section: string[], dashes: string): RawQuote | null {
	const found = colonLead(line) ?? saidLead(line);
	if (found === null) return null;
	const lead = found.lead;
	const opening = openingQuotation(line, found.at);
	if (opening === null || lead.length === 0) return null;
	const field = QUOTE_FIELD.test(lead);
	// `Quote: "…" (7:00)`: a field's quotation may close before the episode's time.
	const time = field ? timeAfterClose(line, opening.closers) : null;
	const end = time === null ? line.trimEnd() : line.slice(0, time.at).trimEnd();
	if (found.inside) return insideQuote(line, opening, index, last, section, lead);
	let close = end.length - 1;
	// The closing mark ends the line, after it only the sentence's full stop and the emphasis that opened.
	while (close > opening.open && (".,;!。".includes(end.charAt(close)) || (opening.wrap > 0 && end.charAt(close) === opening.emphasis))) close--;
	let written: Attribution | null = null;
	if (close <= opening.open + 2 || !opening.closers.includes(end.charAt(close))) {
		// `The boy asked: “Which one wins?” – Ada Brook`: a name after the closing mark (*Attribute to…* writes it so).
		close = end.length - 1;
		while (close > opening.open && !opening.closers.includes(end.charAt(close))) close--;
		if (close <= opening.open + 2) return null;
		written = listAttribution(line, close + 1, line.length, dashes);
		if (written === null || written.speakerRaw === null) return null;
	}
	const text = line.slice(opening.open, close + 1);
	// A closing mark inside the text means the quotation ended earlier and the sentence went on.
	const open = text.charAt(0);
	for (const ch of text.slice(1, -1)) if (opening.closers.includes(ch) && (ch !== open || open === '"')) return null;
	const quote = rawQuote("paragraph", index + 1, last + 1, text, section, written);
	if (field) {
		quote.field = true;
		quote.leadIn = null;
		quote.leadText = null;
		if (time !== null) quote.timestamp = time.time;
		return quote;
	}
	quote.leadIn = leadInName(`${lead}:`);
	quote.leadText = `${lead}:`;
	return quote;
}

/**
 * `Howard Marks said "Most of the time the world does not end". This is what Templeton knew.`: the quotation
 * a speech verb leads to, closed before the paragraph goes on. A few words at least (a quoted term is no quote).
 */
function insideQuote(line: string, opening: { open: number; closers: string }, index: number, last: number, section: string[], lead: string): RawQuote | null {
	const { open, closers } = opening;
	let close = -1;
	for (let k = open + 1; k < line.length; k++) {
		if (closers.indexOf(line.charAt(k)) < 0) continue;
		close = k;
		break;
	}
	if (close < 0) return null;
	const text = line.slice(open, close + 1);
	if (text.trim().split(/\s+/).length < 4) return null;
	const quote = rawQuote("paragraph", index + 1, last + 1, text, section, null);
	quote.leadIn = leadInName(`${lead}:`);
	quote.leadText = `${lead}:`;
	return quote;
}

/** `Ada was there. I told her: "…"`: the sentence that leads in with a colon (not the ones before it), and where the quotation may open. */
function colonLead(line: string): { lead: string; at: number; inside?: boolean } | null {
	// Most paragraphs hold no colon: the pattern is spared.
	if (!hasColon(line)) return null;
	COLON_QUOTE.lastIndex = 0;
	const m = COLON_QUOTE.exec(line);
	if (m === null) return null;
	const before = line.slice(0, m.index);
	return { lead: before.slice(lastSentenceEnd(before)).trim(), at: m.index + m[0].length };
}

/** `says`, `said`, `puts it` and a comma at most, right before the quotation that ends the paragraph. */
const SAID_QUOTE = /\b(?:says|said|asks|asked|replies|replied|explains|explained|adds|added|notes|noted|puts it|put it)(,?)[ \t]+(?=(?:\*{1,3}|_{1,3})?["“„«])/g;
/** A quotation closing the paragraph: its mark, maybe emphasis and a full stop after it. */
const ENDS_IN_QUOTATION = /["”»][*_]{0,3}[.!?]?[ \t]*$|[.!?]["”»][*_]{0,3}[ \t]*$/;

/** `Howard Marks said *"Most of the time the world does not end"*.`: a speech verb with no colon before the quotation that ends the paragraph. */
function saidLead(line: string): { lead: string; at: number; inside: boolean } | null {
	// Most paragraphs hold no quotation mark at all: the pattern is spared.
	if (!hasQuotationMark(line)) return null;
	SAID_QUOTE.lastIndex = 0;
	const m = SAID_QUOTE.exec(line);
	if (m === null) return null;
	const before = line.slice(0, m.index + m[0].length - m[1].length).trimEnd();
	let lead = before.slice(lastSentenceEnd(before)).replace(/,$/, "").trim();
	// `Howard Marks … has a reputation where Warren says "…"`: in a long sentence, the name right before the verb.
	if (lead.split(/\s+/).length > 5) {
		const named = NAME_BEFORE_VERB.exec(lead);
		if (named === null) return null;
		lead = named[0];
	}
	return { lead, at: m.index + m[0].length, inside: !ENDS_IN_QUOTATION.test(line.slice(-12)) };
}

/** Whether `line` holds a straight or closing quotation mark, one of which ends every quotation `ENDS_IN_QUOTATION` reads. */
function hasQuotationMark(line: string): boolean {
	return line.indexOf('"') >= 0 || line.indexOf("”") >= 0 || line.indexOf("»") >= 0;
}

/** Up to four capitalised words, an adverb maybe, then the verb (and `it`): the speaker right before `says`. */
const NAME_BEFORE_VERB = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+(?:always|once|also|famously|often|then|later))?\s+\S+(?:\s+it)?$/u;

/** The time in brackets that ends `line` after a closing mark, and where it starts. */
function timeAfterClose(line: string, closers: string): { at: number; time: string } | null {
	const open = line.lastIndexOf("(") >= 0 ? line.lastIndexOf("(") : line.lastIndexOf("[");
	if (open < 1) return null;
	const m = TRAILING_TIME.exec(line.slice(open));
	if (m === null) return null;
	// The closing mark right before the time, after the emphasis that may close with it.
	const before = line.slice(0, open).trimEnd().replace(/[*_]+$/, "");
	return closers.includes(before.charAt(before.length - 1)) ? { at: open, time: m[1] } : null;
}

/** Where the last sentence of `text` starts: after its last `. `, `! ` or `? ` (0 when there is none). */
function lastSentenceEnd(text: string): number {
	for (let i = text.length - 2; i > 0; i--) {
		if (text[i + 1] === " " && (text[i] === "." || text[i] === "!" || text[i] === "?") && text[i - 1] !== text[i - 1].toUpperCase()) return i + 2;
	}
	return 0;
}

/**
 * A paragraph whose first line is a lead-in ending in `:` and whose other lines are wholly in quotation
 * marks (`Tim on figuring out what to do:` then `"Given the rate…"`, no blank line between): the lead-in
 * line introduces the quoted lines as it would across a blank line.
 */
function leadLineQuote(lines: string[], first: number, last: number, section: string[], dashes: string): RawQuote | null {
	const lead = lines[first].trim();
	if (!/[:：]$/.test(lead) || openingQuotation(lines[first + 1], firstNonSpace(lines[first + 1])) === null) return null;
	const quote = paragraphQuoteAt(lines, first + 1, last, section, dashes, () => true);
	if (quote === null) return null;
	quote.leadIn = leadInName(lead);
	quote.leadText = lead;
	return quote;
}

/**
 * `Idea: …` then `Quote: "…"` joined by hard line breaks (a Readwise export's fields): the field line that
 * presents a quotation is a quote of its own inside the paragraph.
 */
function fieldLineQuote(lines: string[], first: number, last: number, section: string[], dashes: string): RawQuote | null {
	for (let k = first + 1; k <= last; k++) {
		if (!hasColon(lines[k])) continue;
		const quote = inlineLeadQuote(lines[k], k, k, section, dashes);
		if (quote !== null && quote.field === true) return quote;
	}
	return null;
}

/** A line wholly in one emphasis (`_Mit dem Wissen wächst der Zweifel._`), its words in group 2. */
const WHOLLY_EMPHASISED = /^([*_])(?![*_\s])(.{7,}?[^*_\s])\1$/;
/** A name alone, maybe with the work after a dash (`J.W. Goethe - Faust`). */
const NAME_LINE = /^(\p{Lu}[\p{L}\p{M}.'’ -]{2,50}?)(?:[ \t]+[-–—][ \t]+\S.{0,80})?$/u;

/**
 * `_Mit dem Wissen wächst der Zweifel._` then `J.W. Goethe` on the next line (a hard break between): a quote
 * page's saying in emphasis with its author's name alone below it.
 */
function nameBelowQuote(lines: string[], first: number, last: number, section: string[]): RawQuote | null {
	if (last !== first + 1) return null;
	const said = WHOLLY_EMPHASISED.exec(lines[first].trim());
	const named = said === null ? null : NAME_LINE.exec(lines[last].trim());
	if (said === null || named === null) return null;
	const name = named[1].trim();
	if (!isNameShaped(name) || !/\S\s+\S/.test(name)) return null;
	return rawQuote("paragraph", first + 1, first + 1, said[2].trim(), section, { speakerRaw: name, name, target: null, qualifier: null, timestamp: null, cite: [] });
}

/**
 * The same sentence wrapped over several lines (`Hassabis legt uit: "You got to make…` then the rest of
 * the quotation below): the colon and the opening mark on the first line, the closing mark ending the last.
 */
function wrappedLeadQuote(lines: string[], first: number, last: number, section: string[], dashes: string): RawQuote | null {
	COLON_QUOTE.lastIndex = 0;
	if (COLON_QUOTE.test(lines[first])) return inlineLeadQuote(lines.slice(first, last + 1).join("\n"), first, last, section, dashes);
	// `Gregory Maxwell said, "All supported versions…` wrapped at 72 columns, the quotation ending the paragraph:
	// the quote runs from the verb's line, when the words before the verb name someone (`and I said "…"` names nobody).
	if (!ENDS_IN_QUOTATION.test(lines[last].slice(-12))) return null;
	for (let k = first; k <= last; k++) {
		if (!hasQuotationMark(lines[k]) && lines[k].indexOf("“") < 0 && lines[k].indexOf("«") < 0) continue;
		SAID_QUOTE.lastIndex = 0;
		if (!SAID_QUOTE.test(lines[k])) continue;
		const quote = inlineLeadQuote(lines.slice(first, last + 1).join("\n"), k, last, section, dashes);
		return quote !== null && quote.leadIn !== null ? quote : null;
	}
	return null;
}

/** A spoken line written as press dialogue: a dash, a space, then the words, with no quotation marks. */
const DIALOGUE_DASH = /^[ \t]*[–—―][ \t]+/;

/**
 * Press dialogue (Norwegian, Swedish, French, Polish newspapers): `– Jeg er 21 år gammel, sier Bendik, som …`.
 * The words run from the dash to the comma before the speech verb and its speaker, on any line of the
 * paragraph; a paragraph with no such attribution (an interviewer's question) is no quote of its own.
 */
function dashDialogueQuote(lines: string[], first: number, last: number, section: string[]): RawQuote | null {
	const dash = DIALOGUE_DASH.exec(lines[first]);
	if (dash === null) return null;
	// The paragraph as one line, so a verb at a line's end and the name on the next are read together.
	const joined = lines.slice(first, last + 1).join(" ");
	for (let comma = joined.indexOf(","); comma >= 0; comma = joined.indexOf(",", comma + 1)) {
		const said = SAYS.exec(joined.slice(comma));
		if (said === null) continue;
		const name = said[2] ?? said[4] ?? null;
		const text = joined.slice(dash[0].length, comma).trim();
		if (text.length < 3) return null;
		let end = first;
		for (let taken = lines[first].length; taken < comma; taken += lines[end].length + 1) end++;
		const quote = rawQuote("paragraph", first + 1, end + 1, text, section, name === null ? null : { speakerRaw: name, name, target: null, qualifier: null, timestamp: null, cite: [] });
		if (name === null) {
			quote.needsSpeaker = true;
			quote.pronoun = true;
		}
		return quote;
	}
	return null;
}

/**
 * A reporter's quotation: the paragraph opens with quoted words and the speaker follows the closing mark
 * with a speech verb (`"Det er, når man ser lyset," siger Richter.`, `"It's me," he says. And more prose.`).
 * A pronoun names nobody itself: the quote then needs the note's one subject (note/index.ts).
 */
function saysQuote(lines: string[], first: number, _last: number, section: string[], opening: { open: number; closers: string }): RawQuote | null {
	return reporterQuote("paragraph", lines[first], first, section, opening);
}

/** After a reporter's attribution, the rest of the quotation: `. "You have to see it first."` or `, "you have to…"`, to the line's end. */
const SPLIT_REST = /^[.,][ \t]+(["“„«][^"“”„«»]{1,1000}(["”“»]))[ \t]*$/;

/** The reporter's quotation opening `line` (see saysQuote), as a quote of `kind` on 0-based line `index`; or null. */
export function reporterQuote(kind: "paragraph" | "list", line: string, index: number, section: string[], opening: { open: number; closers: string }): RawQuote | null {
	for (let close = opening.open + 3; close < line.length; close++) {
		if (opening.closers.indexOf(line.charAt(close)) < 0) continue;
		// `,”` (the comma inside the marks, as English and Danish write it) or `”,`.
		const m = SAYS.exec(line.slice(close + 1));
		if (m === null) continue;
		const name = m[2] ?? m[4] ?? null;
		// `"…," Bobbi Lane said. "You have to see it first."`: the quotation goes on after its attribution to the line's end.
		const rest = line.slice(close + 1 + m[0].length);
		const goesOn = SPLIT_REST.exec(rest);
		const words = line.slice(opening.open, close + 1) + (goesOn !== null && opening.closers.indexOf(goesOn[2]) >= 0 ? " " + goesOn[1] : "");
		const quote = rawQuote(kind, index + 1, index + 1, words, section, name === null ? null : { speakerRaw: name, name, target: null, qualifier: null, timestamp: null, cite: [] });
		if (name === null) {
			quote.needsSpeaker = true;
			quote.pronoun = true;
		}
		return quote;
	}
	return null;
}