// List-item quotes: the item's text is in quotation marks and an attribution follows
// (`- “…” – Jocko Willink ([View Highlight](…))`, `- **“…”** ***Jane McGonigal***`).
// Without quotation marks an item is never a quote, however many dashes it has. Without an attribution
// it is a quote under a heading that says so ("Notable Quotes"), or when a speaker is found for it
// elsewhere (a lead-in, the note's subject): `- **On Trust**: "…"` then counts too.
import { bracketAtEnd, sentenceNameAtEnd, listAttribution, trailingAttribution } from "./attribution";
import { leadInName, unwrap, type ContextName } from "./context";
import { isHighlightCite, isPageCite } from "./highlights";
import { isNameShaped } from "./names";
import { reporterQuote } from "./paragraph";
import { hasQuotationMark, openingQuotation, rawQuote, type RawQuote } from "./raw";
import { isNumberedPerson } from "./turns";
import { unnamedVoice } from "./unnamed-voice";
import { cjkCount } from "../util/strings";
import { isPlaceholderQuote } from "./wordless";

const LABEL = /\*\*[^*]{1,80}\*\*[ \t]*[:：][ \t]*|\*\*[^*]{1,80}[:：]\*\*[ \t]*/y;
const TASK = /\[[ xX]\][ \t]+/y;
/** Words before a dash or colon that opens a quotation on the same item: `Nassim Taleb has said – **"…"**`. */
const INLINE_LEAD = /([^"“”„«\n]{1,80}?)(?:[ \t]+([–—-])|[ \t]*[:：])[ \t]+(?=(?:\*{1,3}|_{1,3})?["“„«])/y;

/** A time before a quotation (`15:10 — `, `[18:50] `, `(1:02:00) `), with an optional dash after it. */
const LEAD_TIME = /[[(]?(\d{1,2}:\d{2}(?::\d{2})?)[\])]?[ \t]+(?:[-–—][ \t]+)?(?=(?:\*{1,3}|_{1,3})?["“„«])/y;

/** The quote in a list item whose text starts at `p`, or null. */
export function listQuoteAt(
	line: string,
	p: number,
	index: number,
	section: string[],
	quoteSection: boolean,
	dashes: string,
	sayerHeading = false,
): RawQuote | null {
	// `- 15:10 — "Committees can criticize…"`, `- [18:50] "…"`: the time in the episode, then the item as if it began after it.
	let time: string | null = null;
	const d = line.charAt(p);
	if ((d >= "0" && d <= "9") || d === "[" || d === "(") {
		LEAD_TIME.lastIndex = p;
		const m = LEAD_TIME.exec(line);
		if (m !== null) {
			time = m[1];
			p = LEAD_TIME.lastIndex;
		}
	}
	let q = p;
	// Most items are plain text: the regexes run only where their first character is.
	if (line[q] === "[") {
		TASK.lastIndex = q;
		if (TASK.test(line)) q = TASK.lastIndex;
	}
	let labelLead: ContextName | null = null;
	if (line[q] === "*") {
		LABEL.lastIndex = q;
		if (LABEL.test(line)) {
			// `- **Andrey on resisting the AI-podcast drift:** "…"`: a bold label that says who speaks on what.
			const said = leadInName(line.slice(q, LABEL.lastIndex).replace(/[*：:\s]+$/, "").replace(/^\*+/, "") + ":");
			if (said?.evidence === "worded") labelLead = said;
			q = LABEL.lastIndex;
		}
	}
	let opening = openingQuotation(line, q);
	// `Nassim Taleb has said – **"…"**` names its speaker before the quotation; `A Navalism – "…"` or
	// `Art – "…"` only a topic (then the quote needs a speaker from elsewhere: the note's subject).
	let inlineLead: ContextName | null = opening === null ? null : labelLead;
	let topic = false;
	let unnamed: string | null = null;
	if (opening === null && q === p) {
		// `- Don't be the best, be the only. (Kevin Kelly)` under `## Quotes`: the heading makes an item a saying.
		// `- Education is bitter, but its fruit is sweet. - Aristotle #quotes`: a tag says so of one item.
		const tagged = line.indexOf("#", p) < 0 ? null : QUOTE_TAG_END.exec(line);
		const saying = quoteSection || tagged !== null || (hasDoubledDash(line) && CJK_SIGNED.test(line)) ? unquotedSaying(line, p, tagged === null ? line.length : tagged.index, index, section, dashes) : null;
		if (saying !== null) return saying;
		// `### Marcus Aurelius` under `# Quotes`, then `- Let no act be done without purpose.`: the heading says whose.
		if (sayerHeading) {
			const headed = headedSaying(line, p, index, section);
			if (headed !== null) return headed;
		}
		// Most items hold none of the marks INLINE_LEAD ends on, and the pattern backtracks.
		if (!hasQuotationMark(line, q)) return null;
		INLINE_LEAD.lastIndex = q;
		const m = INLINE_LEAD.exec(line);
		if (m === null) return null;
		inlineLead = leadInName(m[1] + ":");
		if (inlineLead?.evidence !== "worded") inlineLead = null;
		// `Vlad Prelovac on AI: "…"` needs its wording; a topic is only ever set off by a dash (`Art – "…"`),
		// as `Key idea: "…"` is a glossary entry.
		topic = inlineLead === null && m[2] !== undefined && m[1].trim().split(/\s+/).length <= 3 && !m[1].includes(":");
		// `- P3: *"I have 3 addresses saved…"*` (a research synthesis's representative quotes): a numbered participant.
		if (inlineLead === null && !topic) unnamed = unnamedVoice(m[1]) ?? (isNumberedPerson(m[1].trim()) ? m[1].trim() : null);
		if (inlineLead === null && !topic && unnamed === null) return null;
		opening = openingQuotation(line, INLINE_LEAD.lastIndex);
	}
	if (opening === null) return null;
	const { wrap, emphasis: w, open, closers } = opening;
	// The last closing mark on the line, read backwards from the end (the attribution after it is short).
	let close = line.length - 1;
	while (close > open && !closers.includes(line[close])) close--;
	if (close <= open) return null;
	let after = close + 1;
	// The emphasis that opened before the mark closes after it, sometimes with one mark short (`**"…"*`).
	while (wrap > 0 && after < close + 1 + wrap && line[after] === w) after++;
	const inside = wrap > 0 && after === close + 1 ? nameAfterDashInEmphasis(line, after, w, wrap, dashes) : -1;
	// `***"…" - answered by [@name](url)***`: the emphasis wraps the attribution too, and closes at the line's end.
	const end = inside < 0 && wrap > 0 && after === close + 1 ? wrappedEnd(line, w, wrap) : line.length;
	let attribution = listAttribution(line, inside >= 0 ? inside : after, end, dashes);
	// `**"You're not going to get rich renting out your time" – You have to own equity**`: no speaker written.
	if (attribution === null && glossAfterQuotation(line, open, close, after, dashes)) attribution = listAttribution(line, line.length, line.length, dashes);
	// `- **Andrey on …:** "…" A clear editorial line…`: after a label that names the speaker, the writer's comment.
	if (attribution === null && labelLead !== null && inlineLead === labelLead) attribution = listAttribution(line, line.length, line.length, dashes);
	// `- “We’re at a moment…,” Vallor tells me. “…”`: an article clipped into an outliner, a bullet a paragraph.
	if ((attribution === null || attribution.speakerRaw === null) && inlineLead === null && !topic && unnamed === null) {
		const said = reporterQuote("list", line, index, section, opening);
		if (said !== null) return said;
	}
	if (attribution === null) return null;
	// Without an attribution, outside a quotes section, only an item wholly in quotation marks is kept, and
	// only when a speaker is found for it (a lead-in or the note's subject: note/index.ts).
	const bare = attribution.speakerRaw === null && !quoteSection;
	// Only a cite link, a time or a block id may follow the closing mark (`“…” ([View Highlight](…))`):
	// listAttribution gives no speaker only when nothing else does.
	// `- **Honesty Principle**: "You just cannot obfuscate …"`: a bold topic before a whole quoted sentence is a
	// topic as a dash sets one off (`**Deep work**: "focus"`, a term and its gloss, stays out).
	if (bare && inlineLead === null && !topic && q !== p && !(q > p && line[p] === "*" && isQuotedSentence(line, open, close))) return null;
	if ((inlineLead !== null || topic) && attribution.speakerRaw !== null) return null;
	const text = line.slice(open, close + 1);
	// `- P1: "[Quote]"`: a template's slot, not words.
	if (text.length < 3 || isPlaceholderQuote(text.slice(1, -1))) return null;
	const quote = rawQuote("list", index + 1, index + 1, text, section, attribution);
	if (time !== null && quote.timestamp === null) quote.timestamp = time;
	if (inlineLead !== null) quote.leadIn = inlineLead;
	// Somebody's words the note does not name: written as such, so no guess gives them a speaker (a name
	// after the quotation, as Attribute to… writes it, names them).
	else if (unnamed !== null && attribution.speakerRaw === null) quote.speakerRaw = unnamed;
	// An export's highlight is a quote whoever said it (highlights.ts).
	// So is a sentence copied with its book's page (`"…" pg 131`); `"complexity debt" pg 108` is a term looked up.
	else if (bare && !isHighlightCite(attribution.cite) && !(isPageCite(attribution.cite) && text.split(/\s+/).length >= 4)) quote.needsSpeaker = true;
	return quote;
}

/** A tag that says its item is a quotation (`#quotes`, `#[[quote]]`), closing the line. */
const QUOTE_TAG_END = /[ \t]+#(?:\[\[)?(?:quotes?|zitate?|citations?|citas?)(?:\]\])?[ \t]*$/i;

/**
 * `- 活得丰富，死得精彩。——局长`: a Chinese sentence closed by its stop, then the doubled dash and a short name (or a
 * linked one, `[陆九渊](…)`), perhaps its work after it (`《游褒禅山记》`, `（语录）`), as Chinese signs a quotation; a
 * saying wherever it is listed (a dash inside a sentence is followed by more sentence, not a name).
 */
const CJK_SIGNED = /[\u3400-\u9fff][^\n]*[。！？…][ \t]*(?:——|――)[ \t]*(?:\[[^[\]\n]{1,12}\]\([^()\n]*\)|[^\s，。！？、；：,.!?《》()（）[\]「」“”"'\d]{1,12})(?:[ \t]*(?:《[^\n]*》|（[^\n]*）))?[ \t]*$/u;

/** Whether the line holds Chinese's doubled dash, which CJK_SIGNED needs: most lines have none. */
function hasDoubledDash(line: string): boolean {
	return line.indexOf("——") >= 0 || line.indexOf("――") >= 0;
}


/** A sentence, then its speaker after a dash or in brackets: a saying listed under a quotes heading (or so tagged). */
function unquotedSaying(line: string, p: number, end: number, index: number, section: string[], dashes: string): RawQuote | null {
	const attribution = trailingAttribution(line, p, end, dashes) ?? bracketAtEnd(line.slice(0, end), p) ?? sentenceNameAtEnd(line.slice(0, end), p);
	if (attribution === null || attribution.speakerRaw === null) return null;
	const text = line.slice(p, attribution.cut).trim();
	// A sentence: closed by its stop, or long (`Fase 1 → especulación (NFTs)` is a note's shorthand).
	// Two CJK characters count as a word (`死得精彩` is two).
	const words = text.split(/\s+/).length + Math.floor(cjkCount(text) / 2);
	if (words < 3 || (words < 6 && !/[.!?…"”»。！？]$/.test(text))) return null;
	return rawQuote("list", index + 1, index + 1, text, section, attribution);
}

/** A plain or emphasised sentence of three words or more (not a lead-in ending in a colon, not a link alone). */
function headedSaying(line: string, p: number, index: number, section: string[]): RawQuote | null {
	const item = line.slice(p).trim();
	const text = unwrap(item);
	// `- **The bottleneck has moved.** Spec-to-implementation…`: a bold topic, then the writer's gloss.
	if (text === item && (text.startsWith("**") || text.startsWith("__"))) return null;
	// `- Context: 19th Century Europe…` is a note's field; `- **lemoine: …**` a turn (item-turns.ts).
	if (text.split(/\s+/).length < 3 || /[:：]$/.test(text) || /^\[[^\]]*\]\([^)]*\)$/.test(text) || /^[^\s:：]+(?:\s[^\s:：]+){0,3}[:：]\s/.test(text)) return null;
	return rawQuote("list", index + 1, index + 1, text, section, null);
}

/** Where the emphasis opened before the quotation closes, when it closes the line (`… - Name***`); else the line's length. */
function wrappedEnd(line: string, w: string, wrap: number): number {
	let end = line.length;
	while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
	for (let k = 0; k < wrap; k++) if (line[end - 1 - k] !== w) return line.length;
	return end - wrap;
}

/** The quotation between `open` and `close` is a sentence: five words or more. */
function isQuotedSentence(line: string, open: number, close: number): boolean {
	return line.slice(open + 1, close).trim().split(/\s+/).length >= 5;
}

/**
 * `**“…” –** *Name*` (Readwise bold highlights): the dash sits inside the emphasis that wraps the quotation,
 * and the emphasised name follows it. Where the name starts, or -1 when the emphasis does not close after a dash.
 */
function nameAfterDashInEmphasis(line: string, after: number, w: string, wrap: number, dashes: string): number {
	let i = after;
	while (line[i] === " " || line[i] === "\t") i++;
	if (i === line.length || dashes.indexOf(line[i]) < 0) return -1;
	i++;
	while (line[i] === " " || line[i] === "\t") i++;
	for (let k = 0; k < wrap; k++, i++) if (line[i] !== w) return -1;
	// The name must be emphasised on its own (`*Name*`): a plain word after `–**` may be the sentence going on.
	return line[i] === " " && (line[i + 1] === "*" || line[i + 1] === "_") ? i : -1;
}

/**
 * A quoted sentence of five words or more, then a spaced dash and the writer's gloss in a sentence of its
 * own (`"…your time" – You have to own equity…`): the quotation is someone's words with no speaker written
 * (one is found from context, or none). A quoted term and its definition (`"Deep work" – focus without
 * distraction`) are too short to count.
 */
function glossAfterQuotation(line: string, open: number, close: number, after: number, dashes: string): boolean {
	let i = after;
	while (line[i] === " " || line[i] === "\t") i++;
	if (i === after || dashes.indexOf(line[i]) < 0 || line[i + 1] !== " ") return false;
	const gloss = line.slice(i + 2).trim();
	const quoted = line.slice(open + 1, close).trim();
	// A summary in Chinese or Korean glosses in a phrase of its own (`"Future is wild" - 讨论Lennybot时的感慨`).
	if (cjkCount(gloss) >= 4 && !isNameShaped(gloss)) return quoted.split(/\s+/).length >= 3 || cjkCount(quoted) >= 6;
	const c = gloss.charAt(0);
	if (c.toUpperCase() === c.toLowerCase() || c !== c.toUpperCase() || gloss.split(/\s+/).length < 4) return false;
	return isQuotedSentence(line, open, close);
}

