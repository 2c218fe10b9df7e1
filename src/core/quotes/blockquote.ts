// Blockquotes and `> [!quote]` callouts: a run of `>` lines (lazy continuation lines included) whose
// last line may carry the attribution, at its end or as the whole line.
import { bracketAtEnd, trailingAttribution } from "./attribution";
import { isPlausibleName, leadInName, sourceLinkName, unwrap } from "./context";
import { dialogueParts, isRemark, isStageDirection, mayHoldLabel, soloLabel } from "./dialogue";
import { EMPHASISED_SIGNATURE } from "./signed-paragraphs";
import { sourceAtEnd } from "./source-tail";
import { saysAtEnd } from "./reporter";
import { isPlaceholderQuote, isPlaceholderSignature } from "./wordless";
import { isNameShaped, isTimeSpanOnly, timestampOf } from "./names";
import { rawQuote, type RawQuote, type WrittenSpeaker } from "./raw";
import { bulletQuoteAt } from "../util/lines";
import { decodeEntities } from "../util/strings";
import { isOpener } from "../speakers/prose";

const NOBODY: WrittenSpeaker = { speakerRaw: null, name: null, target: null, qualifier: null, timestamp: null, cite: [] };

const CALLOUT = /^\[!([A-Za-z][\w-]*)\]([+-]?)[ \t]*(.*)$/;
const QUOTE_CALLOUTS = new Set(["quote", "cite"]);

/** `quote`, `cite`, and the colours a snippet or a template adds to them (`quote-yellow`, Zotero Integration's highlights). */
function isQuoteCallout(type: string): boolean {
	const dash = type.indexOf("-");
	return QUOTE_CALLOUTS.has(dash < 0 ? type : type.slice(0, dash));
}
const TITLE_TIME = /^(.*?)\s*[([]\s*(\d{1,2}:\d{2}(?::\d{2})?)\s*[)\]]$/;
/** What a callout's title writes after the name: `, [the work](url)`, `, "A History of …"`, ` (personal letter …)`. */
const TITLE_SOURCE = /(?:,\s+(?:\[|["“*_]).*|\s+\([^()]{3,80}\))$/;
/** `A quote from Zariel, archduke of Avernus` (ttrpg-convert-cli's epigraphs): a title that says whose words follow. */
const DECLARED_TITLE = /^(?:an?\s+)?quote\s+(?:from|by)\s+(\S.*)$/i;
/** `[Jesus Najera](https://…), a friend of the lecturer`: the name a link, then who they are. */
const TITLE_LINK = /^\[([^\][]{2,60})\]\([^()\s]*\)(,\s+\S.*)?$/;
/** `A quote from [Zariel](…) addressing emissaries from Dis`: after a declared title, a linked name is the name. */
const LEADING_LINK = /^\[([^\][]{2,60})\]\([^()\s]*\)()/;

/** `Still I Rise by Maya Angelou`: a work, then its author after the last "by"; the author, or null. */
function workBy(title: string): string | null {
	const by = title.lastIndexOf(" by ");
	const author = by > 0 ? title.slice(by + 4).trim() : "";
	return isNameShaped(author) && isPlausibleName(author) ? author : null;
}

/** A callout title ending in a colon, maybe before an inline footnote (`Conforme Dwight: ^[Pentecost - Manual]`). */
const TITLE_LEAD = /[:：](?:\s*\^\[[^\]]*(?:\[[^\]]*\][^\]]*)*\])?\s*$/;
const TITLE_FOOTNOTE = /\s*\^\[[^\]]*(?:\[[^\]]*\][^\]]*)*\]\s*$/;

/** A kramdown attribute list alone on its line (`{: .measure}`, `{:blockquote__citation}`). */
const ATTRIBUTE_LIST = /^\{:[^{}\n]*\}[ \t]*$/;

/** A fence line with no info string: right before a blockquote it can only close a code block. */
const CLOSING_FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*$/;

/** How a to-do for the note's writer opens: `TODO`, `Also look for …`, `Look up …`, `Remember to …`. */
const NOTE_TO_SELF = /^(?:(?:also|and|then|maybe)\s+)?(?:todo\b|to-?do:|look (?:for|up|into)\s|check (?:out )?(?:the|if|whether)\s|remember to\s)/i;

/** A one-word label, a colon and a URL: the source line a clipper writes at the top of a note. */
const SOURCE_LINE = /^[\p{L}*_]{1,20}[:：]\**\s*<?https?:\/\//u;

/** `from 杨文`, `via Maya Chen`: an attribution written with a word instead of a dash, alone on its line. */
const FROM_LINE = /^(?:from|via)\s+(\S.{0,60})$/i;

/** The name of a `from Name` line, or null. */
export function fromLineName(text: string): string | null {
	const m = FROM_LINE.exec(text.trim());
	if (!m) return null;
	const name = m[1].trim().replace(/[.。]$/, "");
	return isNameShaped(name) ? name : null;
}

/** `…就好。 from 杨文、张呈刚`: a sentence ends, then `from Name` ends the line. */
const FROM_AT_END = /[.。!！?？][ \t]+(?:from|via)[ \t]+(\S.{0,60})$/i;

/** The `from Name` after the last sentence of a quote line (its attribution), or null. */
/** `> "…," siger Ole Damgaard.`: a quotation opening the blockquote, the reporter's attribution ending it. */
function reporterAtEnd(line: string, from: number, opening: string): (WrittenSpeaker & { cut: number }) | null {
	const closers = opening.charAt(0) === '"' ? '"”' : opening.charAt(0) === "“" ? '”"' : opening.charAt(0) === "„" ? "“”" : opening.charAt(0) === "«" ? "»" : null;
	return closers === null ? null : saysAtEnd(line, from, closers);
}

function fromAtEnd(line: string, from: number): (WrittenSpeaker & { cut: number }) | null {
	const m = FROM_AT_END.exec(line.slice(from).trimEnd());
	if (m === null) return null;
	const name = m[1].trim().replace(/[.。]$/, "");
	// Two people who shared it (`杨文、张呈刚`) are kept as written.
	if (!name.split("、").every(isNameShaped)) return null;
	return { ...NOBODY, cut: from + (m.index ?? 0) + 1, speakerRaw: name, name };
}

/**
 * `> "…" ([Tinawi :67](zotero://open-pdf/…))`, `([Clear, 2018, p. 27](zotero://select/…))`: Zotero's citation of
 * the passage, its one author's surname first (with several authors it names nobody in particular).
 */
function zoteroCitationAtEnd(line: string, from: number): (WrittenSpeaker & { cut: number }) | null {
	if (line.indexOf("](zotero://") < 0) return null;
	const m = ZOTERO_CITATION.exec(line.slice(from).trimEnd());
	if (m === null || !isNameShaped(m[1])) return null;
	return { ...NOBODY, cut: from + (m.index ?? 0), speakerRaw: m[1], name: m[1] };
}

/**
 * A Pandoc citation closing a quote (`…studies.[@freedmanStatisticalModels2009, S. 18]`, `“…” [@luhmann1981]`,
 * `@braun_using_2006 [p. 79]`): the key's first word is its one author's surname (several keys name nobody).
 */
function citekeyAtEnd(line: string, from: number): (WrittenSpeaker & { cut: number }) | null {
	if (line.indexOf("@", from) < 0) return null;
	const m = CITEKEY_AT_END.exec(line.slice(from).trimEnd());
	const surname = m === null ? null : surnameOfKey(m[2] ?? m[3]);
	if (m === null || surname === null) return null;
	return { ...NOBODY, cut: from + m.index + m[1].length, speakerRaw: surname, name: surname };
}

/** `[@key]`, `[@key, p. 4]`, or `@key [p. 4]`, alone or after the words' end. */
const CITEKEY_AT_END = /(^|[\s.,;:!?"”’)\]])(?:\[@([A-Za-z][\w:'’-]*(?:\.[\w:'’-]+)*)(?:,[^\]\n;@]{0,40})?\](?:\.?["”»]?\.?)|@([A-Za-z][\w:'’-]*(?:\.[\w:'’-]+)*)(?:[ \t]+\[[^\]\n;@]{0,40}\])?)$/;

/** `freedmanStatisticalModels2009`, `braun_using_2006`, `attride-stirling_2001` → `Freedman`, `Braun`, `Attride-Stirling`; a key without a year is a handle. */
function surnameOfKey(key: string): string | null {
	if (!/(?:1[5-9]|20)\d\d/.test(key)) return null;
	const word = /^[A-Za-z][a-z'’]+(?:-[a-z]{2,})*/.exec(key);
	return word === null ? null : word[0].replace(/(^|-)([a-z])/g, (_m, dash: string, letter: string) => dash + letter.toUpperCase());
}

/** `([Surname, 2018, p. 27](zotero://…))` or `([Surname :67](zotero://…))` closing the line. */
const ZOTERO_CITATION = /\s*\(\[(\p{Lu}[\p{L}\p{M}'’-]+)(?:,?\s*\(?\d{4}[a-z]?\)?)?(?:,?\s*(?:pp?\.\s*|:\s*)\d+(?:[-–]\d+)?)?\]\(zotero:\/\/[^()\s]+\)\)$/u;

/** A blockquote's line that is a dash and a credit: `> — the committee`, `> ~ Anon`, `> -- Manifesto`, `> - Sun Tzu`. */
const SIGNED_LINE = /^[ \t]{0,3}(?:>[ \t]?)+(?:[—–―~]|--|-[ \t]+(?=[\p{Lu}[*_]))[ \t]*\S/u;

/**
 * Whether a blockquote's last line credits its words, to a person or not: a dash line, or a bracket after the
 * words' last sentence (`(A French Saying)`, `(@lastmiles)`; `(laughs)` and `(Laughter)` are what is heard).
 */
export function endsCredited(line: string): boolean {
	if (SIGNED_LINE.test(line)) return true;
	const m = BRACKET_CREDIT.exec(line);
	return m !== null && !STAGE_WORDS.test(m[1]);
}

/** Brackets a transcript uses for what is heard, not who spoke. */
const STAGE_WORDS = /^\([ \t]*(?:laugh|applause|crosstalk|inaudible|music|pause|sigh|silence|chuckl)/i;

/** A sentence's end, a name in brackets, and a closing quotation mark the brackets may sit inside. */
const BRACKET_CREDIT = /[.!?…]["”'’]?[ \t]*(\([^()\n]{2,80}\))(["”'’]?)[ \t]*$/;

/**
 * `> Dogma is death. (Kevin Kelly)`, `> "Begin where you are. (Brian Cantrill)"`: a name in brackets after the
 * words' last sentence, as quote boards credit (list items read it in list.ts). A gloss (`(and get cold)`) is no name.
 */
function bracketCreditAtEnd(line: string, from: number): (WrittenSpeaker & { cut: number }) | null {
	const m = BRACKET_CREDIT.exec(line);
	if (m === null || STAGE_WORDS.test(m[1])) return null;
	const found = bracketAtEnd(line.slice(0, line.trimEnd().length - m[2].length), from);
	if (found === null || found.speakerRaw === null || found.name === null) return null;
	return { ...NOBODY, cut: found.cut, speakerRaw: found.speakerRaw, name: found.name, qualifier: found.qualifier };
}

/**
 * `> why doesn't 'static eat all the others`, a blank line, then `– [@mountain_ghosts on twitter](…)` alone
 * (This Week in Rust's quote of the week): the dash line below names the blockquote's speaker.
 */
function attributionBelow(lines: string[], last: number, cut: number, dashes: string): (WrittenSpeaker & { cut: number }) | null {
	const below = lines[last + 2];
	if (below === undefined || lines[last + 1].trim() !== "" || (lines[last + 3] !== undefined && lines[last + 3].trim() !== "")) return null;
	const from = contentStart(below);
	// `- Name` is a list item, not a dash: only a long dash (`–`, `—`), a double hyphen, or a hyphen set right
	// against the name outside the blockquote (`-Maya Angelou`, which no list item is) leads an attribution here.
	const dash = below.charAt(from);
	if (dashes.indexOf(dash) < 0) return citationBelow(below.slice(from), cut);
	if ((dash === "-" && below.charAt(from + 1) !== "-" && (!/\p{Lu}/u.test(below.charAt(from + 1)) || below.trimStart().charAt(0) === ">")) || (dash === "~" && below.charAt(from + 1) !== " ")) return null;
	const attribution = trailingAttribution(below, from, below.length, dashes);
	if (attribution === null || attribution.speakerRaw === null || below.slice(from, attribution.cut).trim() !== "") return null;
	return { ...attribution, cut };
}

/** `T. S. Eliot, _The Sacred Wood_ (1920)`: a name, then a work in italics or quotation marks, then its year in brackets. */
const CITATION = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}),[ \t]+(?:_[^_\n]+_|\*[^*\n]+\*|"[^"\n]+"|“[^”\n]+”)[^\n]{0,120}\(\d{3,4}\)[ \t]*$/u;

/** A citation alone below a blockquote, with no dash before it (an essay's epigraphs): its name is the speaker. */
function citationBelow(text: string, cut: number): (WrittenSpeaker & { cut: number }) | null {
	// `[@mcquillan2019a, 1]` alone: a Pandoc citation of the passage above.
	const key = text.charAt(0) === "[" && text.charAt(1) === "@" ? citekeyAtEnd(text, 0) : null;
	if (key !== null && key.cut === 0) return { ...key, cut };
	const m = CITATION.exec(text);
	if (m === null || !isNameShaped(m[1]) || !isPlausibleName(m[1])) return null;
	return { ...NOBODY, cut, speakerRaw: m[1], name: m[1] };
}

/** Where the content of a quote line starts: after `>` and one optional space (lazy lines: first non-space). */
function contentStart(line: string): number {
	let p = 0;
	while (line[p] === " " || line[p] === "\t") p++;
	const bullet = bulletQuoteAt(line, p);
	if (bullet >= 0) p = bullet;
	if (line[p] !== ">") return p;
	// `>>words`: a blockquote nested in one, its words after every mark.
	while (line[p] === ">") {
		p++;
		if (line[p] === " " || line[p] === "\t") p++;
	}
	return line[p] === "#" ? afterQuotedHeadingMark(line, p) : p;
}

/** `> ### "I knew exactly what to do."`: a quotation set as a heading, whose words start after the marks. */
function afterQuotedHeadingMark(line: string, p: number): number {
	let h = p;
	while (h < p + 6 && line[h] === "#") h++;
	if (line[h] !== " ") return p;
	while (line[h] === " ") h++;
	return QUOTE_MARKS.includes(line.charAt(h)) ? h : p;
}

const QUOTE_MARKS = '"“„«';

function isBlank(line: string, from: number): boolean {
	for (let i = from; i < line.length; i++) {
		const c = line[i];
		if (c !== " " && c !== "\t" && c !== ">") return false;
	}
	return true;
}

/** Whether two of lines `first..last` may hold a label (mayHoldLabel): a dialogue needs two. */
function twoMayBeLabels(lines: string[], first: number, last: number): boolean {
	let found = 0;
	for (let i = first; i <= last && found < 2; i++) if (mayHoldLabel(lines[i])) found++;
	return found === 2;
}

/** The quote in lines `first..last` (0-based, inclusive), or null for non-quote callouts and empty quotes. */
/**
 * A quote bank in one blockquote: each of its lines a quotation with its own attribution (`> "…" — Nadella` then
 * `> "…" — Altman`), one quote per line; null unless every line names its speaker.
 */
export function attributedLinesAt(lines: string[], first: number, last: number, section: string[], dashes: string): RawQuote[] | null {
	const at: number[] = [];
	for (let k = first; k <= last; k++) if (!isBlank(lines[k], 0)) at.push(k);
	if (at.length < 2 || lines[at[0]].startsWith("[!", contentStart(lines[at[0]]))) return null;
	// Each line a quotation closed before its dash: most blockquotes fail this on some line, cheaply.
	if (!at.every((k) => QUOTE_THEN_DASH.test(lines[k]))) return null;
	const out: RawQuote[] = [];
	for (const k of at) {
		const line = lines[k];
		if (trailingAttribution(line, contentStart(line), line.length, dashes) === null) return null;
		const q = blockquoteAt(lines, k, k, section, dashes);
		if (q === null || q.name === null) return null;
		out.push(q);
	}
	return out;
}

/**
 * `> “The stupid are cocksure…”` then `> “Most people would sooner die than think…”`: a blockquote whose every
 * line, one after another, is a quotation of its own, closed on that line, with no attribution: each line is a quote.
 */
export function quotedLinesAt(lines: string[], first: number, last: number, section: string[], dashes: string): RawQuote[] | null {
	const at: number[] = [];
	for (let k = first; k <= last; k++) {
		// A blank line between quoted paragraphs makes them one speech's paragraphs (each opens a mark anew).
		if (isBlank(lines[k], 0)) {
			if (at.length > 0 && k < last && !isBlank(lines[k + 1], 0)) return null;
			continue;
		}
		const content = lines[k].slice(contentStart(lines[k])).trimEnd();
		if (!WHOLLY_QUOTED.test(content)) return null;
		at.push(k);
	}
	if (at.length < 2) return null;
	const out: RawQuote[] = [];
	for (const k of at) {
		if (trailingAttribution(lines[k], contentStart(lines[k]), lines[k].length, dashes) !== null) return null;
		const q = blockquoteAt(lines, k, k, section, dashes);
		if (q === null) return null;
		out.push(q);
	}
	return out;
}

/** A line that opens with a quotation mark and closes with one (a full stop may follow), none in between. */
const WHOLLY_QUOTED = /^(?:“[^“”]{8,}”|"[^"“”]{8,}")[.,]?$/;

export function blockquoteAt(lines: string[], first: number, last: number, section: string[], dashes: string, recurring?: ReadonlySet<string>): RawQuote | null {
	let a = first;
	let b = last;
	while (a <= b && isBlank(lines[a], 0)) a++;
	while (b >= a && isBlank(lines[b], 0)) b--;
	if (a > b) return null;
	// `> Source: https://… · Date: …` (web clippers): one line naming where the note comes from is no quote.
	if (a === b && SOURCE_LINE.test(lines[a].slice(contentStart(lines[a])))) return null;
	let kind: RawQuote["kind"] = "blockquote";
	let calloutTitle: string | undefined;
	let sourced = false;
	let declared = false;
	let titleTime: string | null = null;
	const cs = contentStart(lines[a]);
	const head = lines[a].startsWith("[!", cs) ? CALLOUT.exec(lines[a].slice(cs, cs + 300)) : null;
	if (head) {
		const type = head[1];
		if (type !== "quote" && !isQuoteCallout(type.toLowerCase())) return null; // [!note], [!tip] … are never quotes
		kind = "callout";
		const title = head[3].trim();
		// `> [!cite]- Conforme diz Hans K. LaRondelle: ^[…]`: a title that leads in, as a line ending in a colon does.
		const leading = TITLE_LEAD.test(title) ? leadInName(title.replace(TITLE_FOOTNOTE, "")) : null;
		if (leading !== null && leading.evidence === "worded" && isPlausibleName(leading.name)) {
			calloutTitle = leading.name;
			declared = true;
		} else {
			const timed = TITLE_TIME.exec(title);
			// `Katja Grace, [_But exactly how complex…_](…)`, `Leray (personal letter dated …)`: the name, then its source.
			let named = timed ? timed[1].trim() : title;
			const said = DECLARED_TITLE.exec(named)?.[1] ?? workBy(named);
			if (said !== null) named = said;
			const link = TITLE_LINK.exec(named) ?? (said !== null ? LEADING_LINK.exec(named) : null);
			if (link !== null) named = link[1] + (link[2] ?? "");
			// After `A quote from` or a linked name, a comma closes the name: what follows says who they are.
			const comma = named.indexOf(", ");
			const name = (said !== null || (link !== null && link[2] !== undefined)) && comma > 0 ? named.slice(0, comma) : named.replace(TITLE_SOURCE, "");
			if (name.length > 0 && isNameShaped(name)) calloutTitle = name;
			sourced = name !== named;
			declared = said !== null;
			if (timed && calloutTitle) titleTime = timed[2];
		}
		a++;
		while (a <= b && isBlank(lines[a], 0)) a++;
	}
	if (a > b) return null;
	// `> ![Mr Pink](mrpink.webp "Mr Pink")`, then the words: a group interview's avatar names who speaks.
	let avatar: string | null = null;
	if (kind === "blockquote" && a < b) {
		const m = AVATAR.exec(lines[a].slice(contentStart(lines[a])).trim());
		if (m !== null && /\S\s+\S/.test(m[1]) && isPlausibleName(m[1])) {
			avatar = m[1];
			a++;
			while (a <= b && isBlank(lines[a], 0)) a++;
		}
	}
	// The first line's words, cut once for the tests below.
	const opening = lines[a].slice(contentStart(lines[a]));
	if (kind === "blockquote" && isRemark(opening)) return null;
	// `> https://lexfridman.com/…-transcript` alone: where the words below come from, not words.
	if (kind === "blockquote" && a === b && BARE_URL.test(opening.trim())) return null;
	// `>}}` alone: the end of a Hugo shortcode written over several lines (`{{< properties …` then `>}}`).
	if (kind === "blockquote" && a === b && opening.trim() === "}}") return null;
	// `> [95% editing quote]`: a slot the note-taker never filled (wordless.ts).
	if (kind === "blockquote" && (a === b || (b === a + 1 && isPlaceholderSignature(lines[b].slice(contentStart(lines[b]))))) && isPlaceholderQuote(opening)) return null;
	// `>shock therapy 休克疗法`, `>buy off 买通；收买拉拢`: a learner's glossary, each line a phrase and its meaning.
	if (kind === "blockquote" && isGlossary(lines, a, b)) return null;
	// `> [laughter]`, `> [music]` after the words: a transcript's stage direction, no part of them.
	// `> {: .measure}`, `{:blockquote}`: kramdown's attribute lists (Jekyll) style the lines above; they are no words.
	while (b > a && (isBlank(lines[b], 0) || isStageDirection(lines[b].slice(contentStart(lines[b])).trim()) || ATTRIBUTE_LIST.test(lines[b].slice(contentStart(lines[b]))))) b--;
	const end = b;
	// `> [참고]`, `> 두 번째 시리즈 글:` over link items: a reading list, no one's words (its last link no attribution).
	if (b > a && kind === "blockquote" && lines[b].indexOf("](") > 0 && isReadingList(lines.slice(a, b + 1).map((l) => l.slice(contentStart(l))))) return null;
	// `> … <cite>– [@dudehugs](…)</cite>`, `> — <cite>Leo Rosten</cite>`: HTML's element for a quotation's source,
	// its content read as an attribution written without it (the closing tag is sometimes forgotten); also HTML's
	// `<footer>` for a blockquote's credit (`> <footer>Olli Suihkonen, Senior Manager, Visma</footer>`).
	let lastLine = lines[b].indexOf("<cite>") >= 0 || lines[b].indexOf("<footer>") >= 0 ? lines[b].replace(CITE_AT_END, "$2") : lines[b];
	// `> <cite>**Marina Garcés**</cite>`: the element alone on its line, its content in bold, is the name all the same.
	if (lastLine !== lines[b] && lines[b].startsWith("<cite>", contentStart(lines[b]))) lastLine = lastLine.slice(0, contentStart(lastLine)) + unwrap(lastLine.slice(contentStart(lastLine)));
	// `> <span class="cn-font" lang="zh-CN">——</span>陶杰《当时只道是寻常》`: a span that only sets the dash's font.
	if (lastLine.indexOf("<span") >= 0) lastLine = lastLine.replace(SPAN_TAG, "");
	// `> __--- Douglas Adams__`, `> **— Carl Sagan**`: a signature line set in emphasis, read as the plain one.
	const wrappedDash = b > a ? EMPHASISED_SIGNATURE.exec(lastLine.slice(contentStart(lastLine))) : null;
	if (wrappedDash !== null) lastLine = lastLine.slice(0, contentStart(lastLine)) + "— " + wrappedDash[2];
	let from = contentStart(lastLine);
	let attribution = trailingAttribution(lastLine, from, lastLine.length, dashes);
	// `> …` then `from 杨文` as the quote's own last line.
	const fromName = attribution === null && b > a ? fromLineName(lastLine.slice(from)) : null;
	// `> [Bjarne Stroustrup from the Lex Fridman podcast](url)` as the quote's own last line.
	const source = attribution === null && fromName === null && b > a ? sourceLinkName(lastLine.slice(from)) : null;
	// `> "…"`, `>`, then `> **Friedrich Nietzsche**`: a quotation, then its speaker's name alone in emphasis.
	const signed = attribution === null && fromName === null && source === null && b > a && QUOTATION_OPEN.test(opening) ? emphasisedName(lastLine.slice(from)) : null;
	// `>`, then `> Omar Moshine, Open Source Coordinator (United Nations' Open Source Program Office)`: a signature
	// line, the name and the role, set off from the words by a blank line of the blockquote.
	// Or right below a one-line quotation closed on its line (`> "Don't worry, I still will not be learning python."`
	// then `> Hadley Wickham, Chief Scientist, Posit PBC`).
	// So is `> <cite>Ursula M. Franklin, *The Real World of Technology*, 121–22</cite>`: HTML's element for the source.
	const citeLine = b > a && lines[b].startsWith("<cite>", contentStart(lines[b]));
	const signature = attribution === null && fromName === null && source === null && signed === null && ((b > a + 1 && isBlank(lines[b - 1], contentStart(lines[b - 1]))) || (b === a + 1 && WHOLLY_QUOTED.test(opening.trimEnd())) || citeLine) ? signatureName(lastLine.slice(from)) : null;
	// `> „…“`, `>`, then `> Christian Drosten`: a quotation closed on the line above the blank, then a full name alone.
	const named = attribution === null && fromName === null && source === null && signed === null && signature === null && b > a + 1 && QUOTATION_OPEN.test(opening) && isBlank(lines[b - 1], contentStart(lines[b - 1])) && QUOTATION_CLOSE.test(lines[b - 2].trimEnd()) ? fullNameAlone(lastLine.slice(from)) : null;
	// `> If it's a core business function, do it yourself.`, `>`, then `> _Joel Spolsky 2001_`: the words, then the
	// name alone in emphasis (a year or a work after it) as the blockquote's last paragraph.
	const credit = attribution === null && fromName === null && source === null && signed === null && signature === null && named === null && b > a + 1 && isBlank(lines[b - 1], contentStart(lines[b - 1])) ? emphasisedCredit(lastLine.slice(from)) : null;
	// `>`, then `> JP` (or `> Sincerely,` then `> NF`): a letter signed with initials as its last line.
	const initials = attribution === null && fromName === null && source === null && signed === null && signature === null && named === null && credit === null && b > a + 1 && (isBlank(lines[b - 1], contentStart(lines[b - 1])) || SIGN_OFF.test(lines[b - 1].slice(contentStart(lines[b - 1])))) && SIGNED_INITIALS.test(lastLine.slice(from)) ? lastLine.slice(from).trim() : null;
	// `>>It takes a whole Bible…`, `>>`, then `>>JC Ryle.` or `>>Stott. Between Two Worlds.`: a name alone (a full stop, a
	// work or the minute of a lecture after it) as the blockquote's last paragraph.
	const bare = attribution === null && fromName === null && source === null && signed === null && signature === null && named === null && credit === null && initials === null && b > a + 1 && isBlank(lines[b - 1], contentStart(lines[b - 1])) ? bareNameLine(lastLine.slice(from)) : null;
	const ownLine = fromName ?? signed ?? signature ?? named ?? credit ?? initials ?? bare;
	const written = ownLine !== null ? { name: ownLine, target: null } : source;
	if (written !== null) {
		// The quote's text ends on the line before; the attribution takes none of it.
		b--;
		while (b > a && ATTRIBUTE_LIST.test(lines[b].slice(contentStart(lines[b])))) b--;
		lastLine = lines[b];
		from = contentStart(lastLine);
		attribution = { ...NOBODY, cut: lastLine.length, speakerRaw: written.name, name: written.name, target: written.target };
	} else if (attribution === null) attribution = fromAtEnd(lastLine, from) ?? zoteroCitationAtEnd(lastLine, from) ?? citekeyAtEnd(lastLine, from) ?? sourceAtEnd(lastLine, from) ?? reporterAtEnd(lastLine, from, opening) ?? attributionBelow(lines, last, lastLine.length, dashes) ?? bracketCreditAtEnd(lastLine, from);
	if (attribution === null && avatar !== null) attribution = { ...NOBODY, cut: lastLine.length, speakerRaw: avatar, name: avatar };
	// A blockquote right below a code block (a bare fence closes it) comments on that code (`> The compiler
	// inlined our class…`), as READMEs write: no quote unless it names a speaker.
	if (kind === "blockquote" && attribution === null && first > 0 && CLOSING_FENCE.test(lines[first - 1])) return null;
	// `> Also look for section in Ted Gioia's …`: a to-do the writer left in the note, nobody's words.
	if (kind === "blockquote" && attribution === null && NOTE_TO_SELF.test(opening)) return null;
	const lastText = attribution ? lastLine.slice(from, attribution.cut) : lastLine.slice(from);
	let text: string;
	if (a === b) text = lastText.trim();
	else {
		const parts: string[] = [];
		for (let i = a; i < b; i++) if (!ATTRIBUTE_LIST.test(lines[i].slice(contentStart(lines[i])))) parts.push(lines[i].slice(contentStart(lines[i])));
		if (lastText.trim().length > 0) parts.push(lastText);
		text = parts.join("\n").trim();
	}
	// `> [00:05:27] "…"` and `> "…" <a class="yt-timestamp" …>[00:03:07]</a>`: the moment in the episode,
	// written before or after the words (YouTube summary notes).
	const lead = LEADING_TIME.exec(text);
	if (lead !== null) text = text.slice(lead[0].length);
	const trail = kind === "blockquote" && (text.endsWith("</a>") || text.endsWith("</a>.")) ? TRAILING_TIME_ANCHOR.exec(text) : null;
	// The match starts with the closing mark, which stays.
	if (trail !== null) text = text.slice(0, trail.index + 1);
	// `> … ^71fec6`: an Obsidian block id is where links to the line land, not part of the words.
	const id = text.indexOf("^") >= 0 ? BLOCK_ID_AT_END.exec(text) : null;
	if (id !== null) text = text.slice(0, id.index).trimEnd();
	if (text.length === 0) return null;
	// `> **A:** [Answer](https://github.com/…/issues/13)`: a link to the words elsewhere, no words of its own.
	if (text.length < 400 && text.indexOf("](") > 0 && (LINK_ONLY.test(text) || EMBED_CAPTION.test(text))) return null;
	const quote = rawQuote(kind, first + 1, end + 1, text, section, attribution);
	const solo = kind === "blockquote" && attribution === null ? soloLabel(opening, recurring) : null;
	// A label alone (`> Menon:`) needs its words on the lines below; a time span is a field's value (`> **Segment**: 00:00-03:31`).
	if (solo !== null && a === b && isTimeSpanOnly(solo.text)) return null;
	quote.soloLabel = solo !== null && solo.text.length === 0 && a === b ? null : solo;
	quote.timestamp = attribution && attribution.timestamp ? attribution.timestamp : (titleTime ?? lead?.[1] ?? trail?.[1] ?? null);
	quote.calloutTitle = calloutTitle;
	if (sourced) quote.calloutSourced = true;
	if (declared) quote.calloutDeclared = true;
	return quote;
}

const BLOCK_ID_AT_END = /[ \t]\^[A-Za-z0-9-]{1,64}$/;
const SPAN_TAG = /<\/?span\b[^<>]*>/g;
const CITE_AT_END = /<(cite|footer)>([^<>]*)(?:<\/\1>)?[ \t]*$/;
/** One link and nothing else, after a bold label at most (the bold of an attribution cut off may dangle after it). */
/** An image alone, its alt text a name (`![Mr Pink](mrpink.webp "Mr Pink")`). */
const AVATAR = /^!\[([^\]\n]{3,40})\]\([^()\s]{1,300}(?:\s+"[^"]*")?\)$/;

/** `[A video posted by Sára J. Molčan (@sarajmolcan)](…) on Jun 1, 2016`: what an Instagram embed shows without its script. */
const EMBED_CAPTION = /^\[An? (?:video|photo|post|reel) (?:posted|shared) by [^\]]{1,120}\]\([^()\s]{1,500}\)(?:[ \t]+on[ \t].{1,60})?$/i;
const LINK_ONLY = /^(?:\*\*[^*\n]{1,20}[:：]\*\*\s*)?\[[^\]\n]{1,40}\]\([^)\s]+\)\s*\**$/;

const LINK_ITEM = /^[-*+][ \t]+\[[^\]\n]+\]\([^)\s]+\)[ \t]*$/;

/** A caption (short, bracketed or ending in a colon), then list items that are each a link and nothing else. */
function isReadingList(block: readonly string[]): boolean {
	const lines = block.map((l) => l.trim()).filter((l) => l.length > 0);
	const caption = lines[0];
	if (lines.length < 2 || !(caption.length <= 30 || caption.startsWith("[") || /[:：]$/.test(caption))) return false;
	return lines.slice(1).every((l) => LINK_ITEM.test(l));
}

const QUOTATION_OPEN = /^["“„«]/;
/** `**Friedrich Nietzsche**`, `*Ada Lovelace*` alone on a line. */
const EMPHASISED = /^(\*{1,2}|_{1,2})([^*_\n]{3,60}?)\1[ \t]*$/;

/** A phrase of up to five words in Latin letters (maybe its pronunciation in brackets), then its meaning in Chinese or Japanese. */
const GLOSS_LINE = /^[A-Za-z][A-Za-z'’ -]{0,40}(?:\[[^\]\n]{1,30}\])?[ \t]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][^.!?。！？]*$/u;

/** Whether every line of the blockquote from `a` to `b` is a glossary's entry, two entries or more. */
function isGlossary(lines: string[], a: number, b: number): boolean {
	if (a === b) return false;
	for (let k = a; k <= b; k++) {
		const text = lines[k].slice(contentStart(lines[k])).trim();
		if (text.length === 0) continue;
		if (!GLOSS_LINE.test(text) || text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w)).length > 5) return false;
	}
	return true;
}

/** Two or three capitals alone: a signature's initials (`JP`). */
const SIGNED_INITIALS = /^\p{Lu}{2,3}[ \t]*$/u;
/** A letter's closing words on their own line (`Sincerely,`, `Best wishes,`). */
const SIGN_OFF = /^(?:sincerely|best|best wishes|regards|kind regards|thanks|thank you|cheers|love|yours|yours truly)[ \t]*,[ \t]*$/i;

/** A name, a comma, then a role in a few words (no sentence): `Sujata Tibrewala, Open Source Community & Ecosystems Manager (LF Edge Board)`. */
const SIGNATURE = /^([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,3}),\s+([^.!?:;"“”]{3,120})$/u;

/** A closing quotation mark at a line's end, a full stop after it allowed. */
const QUOTATION_CLOSE = /["”“»][.,]?$/;
/** Two to four capitalised words and nothing else. */
const FULL_NAME_ALONE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;

function fullNameAlone(text: string): string | null {
	const name = text.trim();
	return FULL_NAME_ALONE.test(name) && isPlausibleName(name) ? name : null;
}

/** A name of one to three capitalised words alone, maybe with a full stop, a minute (`Lawson. 1:00`) or a work (`Stott. Between Two Worlds.`). */
const BARE_NAME_LINE = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?:\.?[ \t]*|\.[ \t]+(?:\d{1,2}:\d{2}(?::\d{2})?|\p{Lu}[^.!?]{0,80}\.?)[ \t]*)$/u;

function bareNameLine(text: string): string | null {
	const m = BARE_NAME_LINE.exec(text.trim());
	return m !== null && isPlausibleName(m[1]) && !isOpener(m[1].split(/[ \t]/)[0]) ? m[1] : null;
}

function signatureName(text: string): string | null {
	const m = SIGNATURE.exec(text.trim());
	if (m === null) return null;
	const name = m[1].trim();
	// `Kusunori-san`: a surname with the honorific Japanese writes, alone.
	return (/\S\s+\S/.test(name) && isPlausibleName(name)) || /^\p{Lu}\p{Ll}+-san$/u.test(name) ? name : null;
}

/** The full name a line holds alone in emphasis (bold or italics), or null. */
function emphasisedName(text: string): string | null {
	const m = EMPHASISED.exec(text.trim());
	const name = m === null ? "" : m[2].trim();
	return /\S\s+\S/.test(name) && isPlausibleName(name) ? name : null;
}

/**
 * `_Joel Spolsky 2001_`, `*Leen Goorrissen - Natural Intelligence 2021*`: a full name in italics, a work or a year
 * after it (a bold name below words that are no quotation stays none).
 */
// A particle may join the name (`Roman van Ree`), an aside in brackets follow it (`(ThePrimeagen)`, `(Game of Thrones)`).
const EMPHASISED_CREDIT = /^(\*|_)(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|le|la)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*){1,3})(?:\s+\([^()\n]{1,60}\))?(?:\s+[-–—]\s+[^*_\n]{1,80}?)?(?:,?\s+\(?\d{4}\)?)?\1[ \t]*$/u;

/**
 * `**Lance Armstrong**, _It's Not About the Bike_`, `**Rocky Balboa (Sylvester Stallone)**, _Rocky Balboa (2006)_`: a
 * name in bold, then its source in emphasis after a comma (the actor in brackets plays the one who speaks).
 */
const BOLD_CREDIT = /^\*\*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|le|la)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(?:\s+[-–—]\s+[^*\n]{1,80}?)?(?:\s+\([^()\n]{1,60}\))?\*\*,\s+[*_]\S/u;

/**
 * `_查尔斯·古德哈特 (Charles Goodhart)_`, `[帕特里克·哈特伯](url) (Patrick Hutber)`, `([大卫·邓宁 (David Dunning)](url))`: a name in
 * Chinese or Japanese script (the original in brackets after it), in emphasis or as a link.
 */
const CJK_CREDIT = /^\(?(?:([*_])([\p{Script=Han}\p{Script=Katakana}·・ー]{2,16})(?:[ \t]*[(（][^()（）\n]{1,60}[)）])?\1|\[([\p{Script=Han}\p{Script=Katakana}·・ー]{2,16})(?:[ \t]*\([^()\n]{1,60}\))?\]\(<?[^\s<>]{1,300}?>?\))(?:[ \t]*\([^()\n]{1,60}\))?\)?[ \t]*$/u;

function emphasisedCredit(text: string): string | null {
	const m = EMPHASISED_CREDIT.exec(text.trim());
	if (m !== null) return isPlausibleName(m[2]) ? m[2] : null;
	const bold = BOLD_CREDIT.exec(text.trim());
	if (bold !== null) return isPlausibleName(bold[1]) ? bold[1] : null;
	const cjk = CJK_CREDIT.exec(text.trim());
	return cjk === null ? null : (cjk[2] ?? cjk[3]);
}

/** A closing quotation mark or a sentence's end, then a dash: `"…" — Nadella`, `… légal ? - Rémy Menétrieux`. */
const QUOTE_THEN_DASH = /["”»」.?!…][ \t]*(?:[-–—―~]|--)/;

/** An address alone (`https://…`, `<https://…>`). */
const BARE_URL = /^<?https?:\/\/\S+?>?$/i;

/** A time in brackets before a quotation's opening mark: `[00:05:27] "…"`. */
const LEADING_TIME = /^\[(\d{1,2}:\d{2}(?::\d{2})?)\][ \t]+(?=["“„«])/;

/** A time as an HTML link after a quotation's closing mark: `"…" <a class="yt-timestamp" data-t="…">[00:03:07]</a>`. */
const TRAILING_TIME_ANCHOR = /["”»][ \t]*<a\s[^<>]{0,200}>\s*\[?(\d{1,2}:\d{2}(?::\d{2})?)\]?\s*<\/a>\.?$/i;

const SNIPD = /^<blockquote>\s*(?:<b>([^<]{1,60})<\/b>)?(?:\s*<br\s*\/?>)*\s*/i;

/**
 * Snipd exports a snip's transcript as one HTML line: `<blockquote><b>Speaker 1</b><br/><br/>text…`.
 * Its labels are diarisation placeholders, so they stay in `speakerRaw` and never become a speaker.
 */
function htmlBlockquoteAt(line: string, p: number, index: number, section: string[]): RawQuote | null {
	const m = SNIPD.exec(line.slice(p, p + 200));
	if (!m) return null;
	let end = line.length;
	const close = line.toLowerCase().lastIndexOf("</blockquote>");
	if (close >= p + m[0].length) end = close;
	const text = line.slice(p + m[0].length, end).trim();
	if (text.length === 0) return null;
	const label = m[1] ? m[1].trim() : null;
	const name = label !== null && isNameShaped(label) && timestampOf(label) === null ? label : null;
	return rawQuote("blockquote", index + 1, index + 1, text, section, { ...NOBODY, speakerRaw: label, name });
}

/**
 * Every `<blockquote>` of one HTML line: Snipd writes a snip's turns side by side (`<blockquote><b>Tim
 * Ferriss</b>…</blockquote><blockquote><b>Rick Rubin</b>…`), each a quote of its own, in line order.
 */
export function htmlBlockquotesAt(line: string, p: number, index: number, section: string[]): RawQuote[] {
	// `<center><blockquote class="twitter-tweet">…`: a post embedded inside a centring element.
	const wrapper = line.charAt(p + 1) === "c" || line.charAt(p + 1) === "d" ? CENTRING.exec(line.slice(p)) : null;
	const post = embeddedPostAt(line, wrapper === null ? p : p + wrapper[0].length, index, section);
	if (post !== null) return [post];
	const out: RawQuote[] = [];
	const lower = line.toLowerCase();
	for (let at = p; at >= 0; ) {
		const next = lower.indexOf("<blockquote>", at + 1);
		const q = htmlBlockquoteAt(next < 0 ? line : line.slice(0, next), at, index, section);
		if (q) out.push(q);
		// Only a line that opens with a blockquote is read on; the next one starts where this one closed.
		if (q === null && at === p) break;
		at = next;
	}
	return out;
}

/** `<center>`, `<div align="center">` right before an embedded post. */
const CENTRING = /^<(?:center|div)(?:\s[^<>]*)?>\s*(?=<blockquote)/i;

/**
 * The embed code of a post (`<blockquote class="twitter-tweet"><p …>text</p>&mdash; Name (@handle) <a …>date</a>`), other
 * attributes before the class too (`markdown="0"`, as kramdown sites write it).
 */
const EMBEDDED_POST = /^<blockquote(?:\s+[\w-]+="[^"<>]*")*?\s+class="(?:twitter-tweet|twitter-tweet [^"]*|bluesky-embed|threads-embed)"[^>]*>\s*<p[^>]*>([\s\S]{1,5000}?)<\/p>\s*(?:&mdash;|—|&#8212;)\s*([^<(@]{1,80}?)\s*\(@[\w.]{1,50}\)/i;
const DECORATION = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u200d/gu;

/**
 * An embedded post: its text is the quote, the author the embed code names after the dash is the speaker,
 * as the end of a blockquote would write it (`&mdash; Edward Kennedy (@edwardhkennedy)`).
 */
function embeddedPostAt(line: string, p: number, index: number, section: string[]): RawQuote | null {
	const m = EMBEDDED_POST.exec(line.slice(p, p + 6000));
	if (m === null) return null;
	const text = decodeEntities(m[1].replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]*>/g, "")).trim();
	// The embed code writes the author's display name there, whatever its shape (`trkw`, `ミリ画像投稿bot ver3.0`),
	// less the flags and emoji people decorate it with (`sabrina 🇵🇷`).
	const name = decodeEntities(m[2]).replace(DECORATION, "").trim();
	if (text.length === 0 || !/\p{L}/u.test(name)) return null;
	return rawQuote("blockquote", index + 1, index + 1, text, section, { ...NOBODY, speakerRaw: name, name });
}

/** The labelled parts of a blockquote that holds a dialogue (see dialogue.ts), or null. Callouts are never split. */
export function dialogueAt(lines: string[], first: number, last: number, section: string[], recurring?: ReadonlySet<string>): RawQuote[] | null {
	const head = lines[first];
	const cs = contentStart(head);
	if (head.startsWith("[!", cs)) return null;
	// A dialogue has two labelled lines: most blockquotes have no two that may be, and then neither their
	// lines are copied nor the label patterns run.
	if (!twoMayBeLabels(lines, first, last)) return null;
	const contents: string[] = [];
	for (let i = first; i <= last; i++) contents.push(lines[i].slice(contentStart(lines[i])));
	const parts = dialogueParts(contents, first, recurring);
	if (parts === null) return null;
	// A part's label is written on it: a person's name is its speaker, a role (`Interviewer`) names nobody. A part
	// whose words are a time span (`> **Segment**: 00:00-03:31`) is a field.
	return parts.filter((part) => part.label === null || !isTimeSpanOnly(part.text)).map((part) => {
		const label = part.isName ? part.label : null;
		return rawQuote(part.label === null ? "blockquote" : "turn", part.first + 1, part.last + 1, part.text, section, {
			...NOBODY,
			speakerRaw: part.label,
			name: label,
		});
	});
}
