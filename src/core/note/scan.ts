// The one pass over a note's body. Each line is classified by its first non-space character and only
// candidate lines reach a regex: `>` (quotes), list markers (list quotes, fields), `#` (headings),
// `**` or a name followed by ` (` (turns), fences, `%%` comments and HTML blocks (skipped). Everything
// found is kept as plain records; speakers are resolved afterwards, once all the note's names are known.
import { attributedLinesAt, blockquoteAt, endsCredited, dialogueAt, fromLineName, htmlBlockquotesAt, quotedLinesAt } from "../quotes/blockquote";
import { htmlQuoteAt, mayOpenHtmlQuote } from "../quotes/html-quote";
import { maySiteQuote, siteQuoteAt } from "../quotes/site-quote";
import { isQuestion } from "../quotes/answers";
import { answersQuestion } from "../quotes/shared-answer";
import { headingName, isPlausibleName, leadInName, quotesOfName, type ContextName } from "../quotes/context";
import { possessiveHeadingName } from "../quotes/possessive-heading";
import { quoteTableAt } from "../quotes/quote-table";
import { htmlTableTurnsAt } from "../quotes/html-table";
import { isStageDirection, recurringQuoteLabels } from "../quotes/dialogue";
import { paragraphQuoteAt } from "../quotes/paragraph";
import { listQuoteAt } from "../quotes/list";
import { NO_HEADINGS, type RawQuote } from "../quotes/raw";
import { isNameShaped } from "../quotes/names";
import { creditedDialogueAt, creditedNames } from "../quotes/credited-dialogue";
import { carriesEntry } from "../quotes/entry-carry";
import { saysHeadingQuote } from "../quotes/says";
import { bracketedItemAt, taggedItemAt, type ItemTurnCandidate } from "../quotes/item-turns";
import { bareInitials, bareLabelAt, isChapterCue, boldAffiliatedAt, boldAloneAt, boldRoleAloneAt, headingLabelAt, withoutEdgeEmoji, questionHeadingAt, initialLabelAt, htmlTurnAt, isAddressField, nameDivAt, quoteLineAt, screenplayTurnAt, spokenElementAt, FULL_NAME_LINE, isPlaceholderLabel, lowerLabelAt, lowerInitialsAt, nameThenTimeAt, runOnVoices, speakerTagAt, tagLabelAt, templateSpeakerAt, timeThenNameAt, TRANSCRIPT_HEADING, turnLabelAt, type TurnCandidate } from "../quotes/turns";
import { chatHeaderAt, chatLineAt, isChatBlock, isClientLine } from "../quotes/chat-log";
import { bulletQuoteAt, closesFence, endsWithColon, fenceOpening, firstNonSpace, indentColumns, isTemplateTag } from "../util/lines";
import { shownLine } from "./comments";
import { collectTags, fieldAt } from "./inline";

export interface Heading {
	level: number;
	text: string;
	/** 1-based. */
	line: number;
}

export interface ScanResult {
	headings: Heading[];
	quotes: RawQuote[];
	turns: TurnCandidate[];
	/** `Name:` labels opening nested list items: turns only by acceptItemTurns (quotes/item-turns.ts). */
	itemTurns: ItemTurnCandidate[];
	/** Inline fields by normalised key (first value wins). */
	fields: Map<string, string>;
	tags: Set<string>;
	/** Paragraphs that are one bold question (`**Why do you like open source?**`), 1-based lines: an interview's questions. */
	questions: Array<{ line: number; text: string }>;
	/** 0-based lines opening with a dash that is no list marker (`– Name`, `\- Name`): maybe a pull quote's signature (quotes/signed-paragraphs.ts). */
	signatures: number[];
}

/** A line that may be wholly in quotation marks: it ends with a closing mark (maybe a full stop, then spaces or a hard break's `\`). */
const QUOTED_LINE_END = /["”“»」』][.]?(?:[ \t\u00a0]*|\\)$/;
/** A link reference definition: `[label]: https://…`, maybe with a title after it. */
const LINK_DEFINITION = /^ {0,3}\[[^\]]{1,200}\]:[ \t]*\S+/;
/** A time or a span alone on a line or a heading (`[00:08:38]`, `00:08:38`, `(11:05)`, `**00:23-00:42**`). */
const TIME_ALONE = /^[ \t]*(?:\*\*|__)?[([]?(\d{1,2}:\d{2}(?::\d{2})?)(?:[ \t]*[-–][ \t]*\d{1,2}:\d{2}(?::\d{2})?)?[)\]]?(?:\*\*|__)?[ \t]*$/;
/** `8:07`, `_8:19_`, `10:42 AM` alone on a line: a chat's time of day over a message. */
const CLOCK_ALONE = /^[ \t]*([*_]{0,2})(\d{1,2}:\d{2})(?:[ \t]?[AaPp][Mm])?\1[ \t]*$/;
const HR = /([-*_])(?:[ \t]*\1){2,}[ \t]*$/y;
/** A line that is one bold question: `**What is important for you in an open-source project?**`. */
const BOLD_QUESTION = /^[ \t]{0,3}(?:\*\*[^*\n]{3,300}\?\*\*|__[^_\n]{3,300}\?__)$/;
const ORDERED = /\d{1,9}[.)](?:[ \t]+|$)/y;
/** A heading that says its section holds quotes or sayings (not `Highlights`: a reader's marks in a book or article). */
export const SAYINGS_HEADING = /quote|zitat|citation|cita|sayings|epigram|aphoris|proverb|афоризм|цитат|引用|名言|金句|語録/i;
const HIGHLIGHTS_HEADING = /highlight/i;

/** A list item that is only a name: bold, linked or plain, maybe after a dash (`- **Galileo Galilei**`, `- — [[Plato]]`). */
const CHILD_NAME = /^([ \t]*)[-*+][ \t]+(?:[—–~-][ \t]*)?(?:\*\*|__)?(?:\[\[([^\]|#]{2,60})(?:\|([^\]]{2,60}))?\]\]|([^*_[\]\n]{2,60}?))(?:\*\*|__)?[ \t]*$/;

/** Gives a quoted list item the speaker its next line names, when that line is a child item holding only a name. */
function signedByChild(q: RawQuote, line: string, next: string): void {
	const m = CHILD_NAME.exec(next);
	if (m === null || m[1].replace(/\t/g, "    ").length <= firstNonSpace(line)) return;
	const name = (m[3] ?? m[2] ?? m[4]).trim();
	if (m[4] !== undefined && (!/\S\s+\S/.test(name) || !isPlausibleName(name))) return;
	q.speakerRaw = name;
	q.name = name;
	q.target = m[2] !== undefined ? m[2].trim() : null;
	q.needsSpeaker = false;
}

/** An empty link target alone on its line: `<a name="ujsag"></a>`, `<a id="top"></a>`. */
const EMPTY_ANCHOR = /^[ \t]{0,3}<a\s+(?:name|id)\s*=\s*(?:"[^"]*"|'[^']*')\s*>\s*<\/a>\s*$/i;

/** A space or a tab: what separates a marker (`-`, `#`) from its text. */
function isBlank(ch: string | undefined): boolean {
	return ch === " " || ch === "\t";
}

function isDigit(ch: string): boolean {
	return ch >= "0" && ch <= "9";
}

/** A line that is only a time or a range of times (`00:00:24:00 - 00:00:34:09`, SRT-like editors' timecodes). */
const TIME_LINE = /^[ \t]*\d{1,2}:\d{2}(?::\d{2}){0,2}(?:[.,]\d{1,3})?(?:[ \t]*(?:\\?-|–|—|-->)[ \t]*\d{1,2}:\d{2}(?::\d{2}){0,2}(?:[.,]\d{1,3})?)?[ \t]*$/;

/** A line of at most a few words: where a name alone would be. */
function isShortText(line: string | undefined): boolean {
	if (line === undefined) return false;
	const t = line.trim();
	return t.length > 0 && t.length <= 40;
}

/** The longest line a caption tool writes (`(0:05) estamos desarrollando el proyecto EmprendOID,`). */
const CAPTION_LINE = 100;

/** `mayComment`: whether the note holds `%%` at all (most do not: then no line is searched for it). */
/** Whether the line after `i` holds words: not blank, not a blockquote, not a heading or a list item. */
/** Whether the next line holds words of a paragraph (no blank between, no markup that starts a block). */
function textFollowsDirectly(lines: readonly string[], i: number): boolean {
	const next = lines[i + 1];
	if (next === undefined) return false;
	const t = next.trimStart();
	return t.length > 0 && /^[\p{L}\p{N}@"“'‘(]/u.test(t);
}

function wordsNext(lines: readonly string[], i: number): boolean {
	const next = lines[i + 1];
	if (next === undefined) return false;
	const t = next.trimStart();
	// `**Joel Goodman` and a hard break, then `**I was so…`: the closing marks an export moved onto the words' line.
	if (t.startsWith("**") && t.length > 2 && t[2] !== " " && t[2] !== "*") return true;
	return t.length > 0 && t[0] !== ">" && t[0] !== "#" && t[0] !== "-" && t[0] !== "*" && t[0] !== "<" && t[0] !== "|";
}

/** A script's sound cue alone in capitals (`MUSIC`, `SOUND OF WIND`, `MÚSICA`): a direction between turns, no one's words. */
const SOUND_CUE = /^[ \t]*(?:MUSIC|SOUND|SFX|MÚSICA|SONIDO)(?:[ \t]+[A-ZÀ-Þ]+)*[ \t.:]*$/;
/** ```` ```ad-quote ```` or ```` ```ad-cite ```` alone on its line: an Admonition plugin quote block opening. */
const ADMONITION_QUOTE = /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*ad-(?:quote|cite)[ \t]*$/i;
/** An Admonition block's option line at its top (`title: George Box`, `collapse: open`). */
const ADMONITION_OPTION = /^[ \t]*(title|collapse|icon|color)[ \t]*:[ \t]*(.*)$/i;

/**
 * A copy of `lines` with the Admonition quote block opened at `open` written as the callout Obsidian shows:
 * `> [!quote] title`, its words as `> ` lines, the closing fence blank. Null when the fence never closes.
 */
function admonitionAsCallout(lines: string[], open: number, fence: string, copy: boolean): string[] | null {
	let close = open + 1;
	while (close < lines.length && !closesFence(lines[close], fence)) close++;
	if (close >= lines.length) return null;
	// The first such block copies the note's lines; later ones write into that copy.
	const shown = copy ? lines.slice() : lines;
	let title = "";
	let k = open + 1;
	for (let option = ADMONITION_OPTION.exec(lines[k] ?? ""); k < close && option !== null; option = ADMONITION_OPTION.exec(lines[++k] ?? "")) {
		if (option[1].toLowerCase() === "title") title = option[2].trim();
		shown[k] = ">";
	}
	shown[open] = title === "" ? "> [!quote]" : `> [!quote] ${title}`;
	for (; k < close; k++) shown[k] = lines[k].trim() === "" ? ">" : `> ${lines[k]}`;
	shown[close] = "";
	return shown;
}

/** A name alone in emphasis on its line (`*Jim Elliot*`, `_Andrew Murray_`). */
const SIGNATURE_NAME_LINE = /^[ \t]*([*_])\p{Lu}[^*_\n]{1,60}\1[ \t]*$/u;

export function scanBody(lines: string[], start: number, dashes: string, mayComment = true, quotesPage = false): ScanResult {
	let initials: Set<string> | undefined;
	let runOn: Set<string> | undefined;
	const out: ScanResult = { headings: [], quotes: [], turns: [], itemTurns: [], fields: new Map(), tags: new Set(), questions: [], signatures: [] };
	const stack: Heading[] = [];
	let section: string[] = [];
	// `title: Feynman Quotes`: the whole page is a quotes section, as a `# Quotes` heading makes one.
	let quoteSection = quotesPage;
	// A page or a section of sayings (`# Zitate`, `## Quotes`), not of highlights: unquoted sayings signed after a dash count there.
	let sayingsSection = quotesPage;
	// In a quotes section, the innermost heading is only a person's name (`### Marcus Aurelius` under `# Quotes`).
	let sayerHeading = false;
	// `**Here are some of the quotes by Jeff Bezos himself.**` right above a list: its items are his sayings, up to
	// the list's end (the line of the last item read).
	let declaredSayer: ContextName | null = null;
	let declaredLast = -1;
	let sayers: Map<number, Sayer> | undefined;
	let fence: string | null = null;
	// Whether `lines` is already this scan's own copy (an Admonition block was rewritten as its callout).
	let linesCopied = false;
	let indentedCode = false;
	// Inside a code block that holds an IRC log (quotes/chat-log.ts): its fence, or "" for an indented one.
	let chatCode: string | null = null;
	let htmlComment = false;
	// Inside a `%% … %%` comment opened on an earlier line.
	let comment = false;
	let html = false;
	let bqStart = -1;
	let bqEnd = -1;
	let bqLazy = false;
	// The open blockquote follows a transcript turn's words (`**Tim:** … Fred Brooks wrote:` then `> …`).
	let bqInTurn: TurnCandidate | undefined;
	let turn: TurnCandidate | null = null;
	let prevBlank = true;
	let pending: RawQuote | null = null;
	// Quoted list items with no attribution since the last attributed one in this section (Readwise
	// highlights: only some carry `– *Jocko Willink*`); the next attributed item names their speaker.
	let pendingItems: RawQuote[] = [];
	/** Who signed the last signed item, and the last signed blockquote, since the heading above. */
	let itemSigner: string | null = null;
	let quoteSigner: string | null = null;
	// Context around quotes: the last paragraph line (a lead-in candidate), blank lines since, the lead-in
	// that the current run of blockquotes takes, the names the section's headings give.
	let paraLine: string | null = null;
	// The lead-in candidate's lines are lines `paraFrom..paraLast` of a paragraph, or `paraLine` alone when
	// `paraFrom` is -1 (an item's text, a turn's label): read from `lines` when a quote asks, not kept as a copy.
	let paraFrom = -1;
	let leadText: string | null = null;
	let blanks = 0;
	let lead: ContextName | null = null;
	// What the open headings name, shared by the section's quotes and read when one asks (sectionNames).
	let headingNames: (() => readonly ContextName[]) | null = NO_HEADINGS;
	// A bold name alone as a paragraph since the last heading: it heads what follows as a heading would.
	let boldHead: ContextName | null = null;
	// How many: like sibling headings of full names (note/index.ts personHeadings), two or more head people's words.
	const bylines = { count: 0 };
	let paraFirst = -1;
	let paraLast = -1;
	// The line before the open paragraph that may lead into it; the name in it is read only when the paragraph
	// turns out to be a quote (most paragraphs are prose, and each had its lead-in read).
	let paraLeadLine: string | null = null;
	let paraLead: ContextName | null | undefined;
	const paraLeadName = (): ContextName | null => (paraLead !== undefined ? paraLead : (paraLead = paraLeadLine === null ? null : leadInName(paraLeadLine)));
	let paraLeadText: string | null = null;
	// A quoted paragraph right after another (a story's dialogue, note/index.ts) is read like one under a lead-in.
	let paraAfterQuote = false;
	let quotedParaEnd = -1;
	let lastTurnLabel: string | null = null;
	// Labels that head two or more sections (`#### Jamie`), read on the first heading that may be one.
	let headingVoices: Set<string> | undefined;
	// Labels that recur across the note's blockquotes, read once when the first blockquote closes.
	let recurring: Set<string> | undefined;
	// Names the note's `from A、B` lines credit, read when a blockquote holds two `Name：` labels.
	let credited: Set<string> | undefined;
	// The last list item's text and the speaker it gave the blockquotes after it (a guest log's entry).
	let entryItem: string | null = null;
	let entryLead: ContextName | null = null;

	/** The lead-in candidate's lines, its last `count` at most (all by default). */
	const leadLines = (count = Infinity): string[] => {
		if (paraFrom < 0) return paraLine === null ? [] : [paraLine];
		return lines.slice(Math.max(paraFrom, paraLast + 1 - count), paraLast + 1);
	};
	const closeTurn = () => {
		if (turn !== null) out.turns.push(turn);
		turn = null;
	};
	/** Ends what is open and starts the turn `label`. */
	const openTurn = (label: TurnCandidate) => {
		closeTurn();
		closeParagraph();
		paraLine = null;
		lastTurnLabel = label.label;
		turn = label;
	};
	// `<p><strong>Nic</strong>` opens a turn; the `<p>` paragraphs after it are its words, any other tag ends it.
	const htmlTurnLine = (line: string, p: number, i: number): boolean => {
		// `<q class="matt">…</q>`: a quote board's line, its own turn, ending on that line.
		const board = line.startsWith("<q ", p) ? quoteLineAt(line, p, i, section) : null;
		if (board !== null) {
			openTurn(board);
			closeTurn();
			return true;
		}
		// `<Dialogue role="比利">…</Dialogue>`: a component naming its speaker, its own turn.
		const spoken = board === null ? spokenElementAt(line, p, i, section) : null;
		if (spoken !== null) {
			openTurn(spoken);
			closeTurn();
			return true;
		}
		// `<div class="dialog"><p class="character">PHIL</p><p>…</p></div>`: a screenplay's speech, its own turn.
		const speech = line.startsWith("<div", p) ? screenplayTurnAt(line, p, i, section) : null;
		if (speech !== null) {
			openTurn(speech);
			closeTurn();
			return true;
		}
		const div = line.startsWith("<div", p) ? nameDivAt(line, p, i, section) : null;
		if (div !== null) {
			openTurn(div);
			return true;
		}
		if (!line.startsWith("<p", p)) {
			if (turn !== null && turn.html === true) closeTurn();
			return false;
		}
		const label = htmlTurnAt(line, p, i, section);
		if (label !== null) {
			openTurn(label);
			return true;
		}
		if (turn !== null && turn.html === true && (line.length === p + 2 || line[p + 2] === ">" || line[p + 2] === " ")) {
			// `<p>(laughter from Naomi)</p>`: a stage direction alone ends the turn, as it does in plain text.
			if (HTML_DIRECTION.test(line.slice(p))) {
				closeTurn();
				return true;
			}
			turn.endLine = i + 1;
			return true;
		}
		return false;
	};
	const withContext = (q: RawQuote) => {
		// A list item may carry its own lead-in (`Nassim Taleb has said – "…"`).
		q.leadIn = q.leadIn ?? lead;
		q.leadText = q.leadText ?? leadText;
		q.headings = headingNames ??= sectionNames(stack, boldHead, bylines);
		q.quotesSection = quoteSection;
		return q;
	};
	// A paragraph wholly in quotation marks is a quote under a lead-in or with an attribution after it.
	const closeParagraph = () => {
		if (paraFirst < 0) return;
		// Under `## Quotes` a paragraph wholly in quotation marks is declared a quote: its speaker may come from the note.
		const q = paragraphQuoteAt(lines, paraFirst, paraLast, section, dashes, () => quoteSection || paraLeadText !== null || paraAfterQuote || paraLeadName() !== null, sayingsSection);
		if (q !== null) {
			quotedParaEnd = paraLast;
			const saved = [lead, leadText] as const;
			lead = paraLeadName();
			leadText = paraLeadText;
			out.quotes.push(withContext(q));
			[lead, leadText] = saved;
		}
		paraFirst = -1;
	};
	const closeQuote = () => {
		if (bqStart < 0) return;
		recurring ??= recurringQuoteLabels(lines, start);
		const parts = dialogueAt(lines, bqStart, bqEnd, section, recurring) ?? creditedDialogueAt(lines, bqStart, bqEnd, section, () => (credited ??= creditedNames(lines, start)));
		if (parts !== null) {
			bqStart = -1;
			pending = null;
			for (const part of parts) out.quotes.push(withContext(part));
			return;
		}
		const each = attributedLinesAt(lines, bqStart, bqEnd, section, dashes) ?? quotedLinesAt(lines, bqStart, bqEnd, section, dashes);
		if (each !== null) {
			bqStart = -1;
			pending = null;
			for (const part of each) {
				part.inTurn = bqInTurn;
				out.quotes.push(withContext(part));
			}
			return;
		}
		const q = blockquoteAt(lines, bqStart, bqEnd, section, dashes, recurring);
		bqStart = -1;
		if (q === null) {
			pending = null;
			return;
		}
		q.inTurn = bqInTurn;
		out.quotes.push(withContext(q));
		if (q.kind !== "blockquote") pending = null;
		// A blockquote credited on its last line (`> — Principles behind the Agile Manifesto`, `(A French Saying)`)
		// has its credit, even one that names no person: the next blockquote's is not its own.
		else if (q.speakerRaw === null) pending = endsCredited(lines[q.endLine - 1]) ? null : q;
		else {
			// As list items: a page of many authors leaves an unsigned blockquote between two of them unsigned.
			if (pending !== null && q.name !== null && (quoteSigner === null || quoteSigner === q.name)) pending.next = q;
			if (q.name !== null) quoteSigner = q.name;
			pending = null;
		}
	};
	// A block of its own starts (an HTML quote, a table): whatever was open ends, and no lead-in carries over it.
	const closeBlocks = () => {
		closeQuote();
		closeTurn();
		closeParagraph();
		paraLine = null;
		pending = null;
	};
	// Tags as Obsidian indexes them: none in inline code or a comment (`shown`: the line without its comments).
	const tags = (line: string, p: number, shown: string | null) => {
		if (shown !== null) collectTags(shown, 0, out.tags);
		else collectTags(line.indexOf("`", p) >= 0 ? shownLine(line, false, true).text : line, p, out.tags);
	};
	const field = (line: string, p: number) => {
		const f = fieldAt(line, p);
		if (f !== null && !out.fields.has(f[0])) out.fields.set(f[0], f[1]);
	};

	// A line of an IRC log: a message opens its nick's turn, the client's own lines end it, other words go on in it.
	const chatLine = (line: string, p: number, i: number, message = p < line.length ? chatLineAt(line, p, i, section) : null) => {
		if (message !== null && !message.silent) openTurn(message);
		else if (message !== null || p === line.length || isClientLine(line)) closeTurn();
		else if (turn?.chat === true) turn.endLine = i + 1;
	};

	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		const p = firstNonSpace(line);
		if (chatCode !== null) {
			if (chatCode === "" ? p < line.length && indentColumns(line, p) < 4 : closesFence(line, chatCode)) {
				closeTurn();
				const fenced = chatCode !== "";
				chatCode = null;
				if (fenced) continue;
			} else {
				chatLine(line, p, i);
				continue;
			}
		}
		if (fence !== null) {
			if (closesFence(line, fence)) fence = null;
			continue;
		}
		if (indentedCode) {
			if (p === line.length || indentColumns(line, p) >= 4) continue;
			indentedCode = false;
		}
		// An HTML comment over several lines (`<!-- full transcript` … `-->`) is hidden in Obsidian and in a published
		// page: nothing in it is a quote, as nothing in a `%%` comment is.
		if (htmlComment) {
			if (line.indexOf("-->") >= 0) htmlComment = false;
			continue;
		}
		if (line.startsWith("<!--", p) && line.indexOf("-->", p + 4) < 0) {
			closeQuote();
			closeTurn();
			closeParagraph();
			paraLine = null;
			htmlComment = true;
			continue;
		}
		// Obsidian shows nothing of a `%% … %%` comment (decision 24). A line inside one, or showing nothing but
		// one, ends what is open, as a fence does, and is skipped but for tags after the comment closes. A fence's
		// info string opens no comment.
		let shown: string | null = null;
		// A line that opens an HTML block (`<blockquote class="twitter-tweet">… r%%10 …`) is passed through whole: its `%%` opens nothing.
		if (comment || (mayComment && line.indexOf("%%", p) >= 0 && fenceOpening(line) === null && line[p] !== "<")) {
			const s = shownLine(line, comment, true);
			if (comment || showsNothing(s.text)) {
				comment = s.open;
				closeBlocks();
				lead = null;
				leadText = null;
				prevBlank = false;
				blanks = 0;
				if (s.text.indexOf("#") >= 0) collectTags(s.text, 0, out.tags);
				continue;
			}
			comment = s.open;
			shown = s.text;
		}
		if (p === line.length) {
			closeQuote();
			closeParagraph();
			html = false;
			prevBlank = true;
			blanks++;
			continue;
		}
		// The line's first non-space character decides what it can be.
		const c = line[p];
		// `[blaze-post]: https://…` between a lead-in and its blockquote: a link's definition shows nothing, so the
		// lead-in still leads in (the blank lines around the definitions count as one).
		if (c === "[" && paraLine !== null && prevBlank && LINK_DEFINITION.test(line) && endsWithColon(paraLine)) {
			blanks = 0;
			continue;
		}
		// `<table>` whose rows are a transcript's turns, the speaker in the first cell (quotes/html-table.ts).
		if (c === "<" && p < 4 && (line.charAt(p + 1) === "t" || line.charAt(p + 1) === "T") && prevBlank) {
			const table = htmlTableTurnsAt(lines, i, section);
			if (table !== null) {
				closeBlocks();
				for (const q of table.quotes) out.quotes.push(withContext(q));
				i = table.last;
				continue;
			}
		}
		// `<div class="quote">…</div>` with its attribution below (quotes/html-quote.ts), inside an HTML block
		// or indented under a list item; the lines it takes are an HTML block's.
		if (c === "<" && mayOpenHtmlQuote(line)) {
			const found = htmlQuoteAt(lines, i, section);
			if (found !== null) {
				closeBlocks();
				out.quotes.push(withContext(found.quote));
				html = true;
				i = found.last;
				continue;
			}
		}
		if (html) {
			pending = null;
			if (c !== "<") {
				if (turn !== null && turn.wordsBelow === true) turn.endLine = i + 1;
				continue;
			}
			if (htmlTurnLine(line, p, i)) continue;
			// `<br>` then `<strong>Jay Barry:</strong> So let's…`: a label in an element opens a turn, as after a blank line.
			if (tagLabelAt(line, p, i, section) === null) {
				for (const q of htmlBlockquotesAt(line, p, i, section)) out.quotes.push(q);
				continue;
			}
			html = false;
			prevBlank = true;
		}
		if (bqStart >= 0) {
			if (c === ">" || (bqLazy && isLazy(line, p, c))) {
				bqEnd = i;
				if (c === ">") bqLazy = firstNonSpace(line, p + 1) < line.length;
				if (line.indexOf("#", p) >= 0) tags(line, p, shown);
				continue;
			}
			closeQuote();
		}
		// Four columns in after a blank line or a heading, outside a list: an indented code block, shown as code.
		if (p >= 1 && indentColumns(line, p) >= 4 && opensIndentedCode(lines, i, start)) {
			closeTurn();
			closeParagraph();
			paraLine = null;
			pending = null;
			if (isChatBlock(lines, i, null)) {
				chatCode = "";
				chatLine(line, p, i);
			} else indentedCode = true;
			continue;
		}
		if (c !== ">") pending = null;
		// `00:00:24:00 - 00:00:34:09` (or `\-`, escaped by a converter), then `Stefan` alone, then the words: the time line sets
		// the turn off as a blank line would.
		if (prevBlank && c >= "0" && c <= "9" && line.length - p <= 40 && TIME_LINE.test(line) && i + 2 < lines.length && isShortText(lines[i + 1]) && firstNonSpace(lines[i + 2]) < lines[i + 2].length) {
			closeTurn();
			closeParagraph();
			paraLine = null;
			continue;
		}
		const paraStart = prevBlank;
		prevBlank = false;
		const blanksBefore = blanks;
		blanks = 0;
		if (mayHoldTag(line, p)) tags(line, p, shown);
		// `!!! quote "Name"`, `{{< quote … >}}`, `{% include quote.html … %}`: a site tool's quote block (quotes/site-quote.ts).
		if (maySiteQuote(line, p)) {
			const found = siteQuoteAt(lines, i, section, dashes);
			if (found !== null) {
				closeQuote();
				closeTurn();
				closeParagraph();
				const near = paraLine !== null && blanksBefore <= 1;
				lead = near && paraLine !== null ? leadInName(paraLine) : null;
				leadText = near ? leadLines(3).join(" ") : null;
				paraLine = null;
				paraFrom = -1;
				pending = null;
				out.quotes.push(withContext(found.quote));
				lead = null;
				leadText = null;
				i = found.last;
				continue;
			}
		}
		// `- > “…”`: a list item that holds only a blockquote (Logseq) opens one as `>` does.
		const q = c === ">" ? p : bulletQuoteAt(line, p);
		if (q >= 0) {
			// A lone turn label right before the quote (`**Maya:**`) introduces it, like a lead-in.
			if (turn !== null && turn.endLine === turn.line && turn.textStart >= lines[turn.line - 1].trimEnd().length && /[:：]/.test(lines[turn.line - 1])) {
				paraLine = lines[turn.line - 1].slice(0, turn.textStart).trim();
				if (!/[:：]\**$/.test(paraLine)) paraLine += ":";
				// The label is the whole lead-in: words of a paragraph before it are no part of it.
				paraFrom = -1;
				turn = null;
			}
			// A turn runs up to the next label: a blockquote inside it is something its speaker reads out, and
			// the words after it are still theirs (note/index.ts folds the blockquote into an accepted turn).
			const inTurn = turn ?? undefined;
			closeParagraph();
			// The lead-in line right before (one blank line at most) names the speaker of this run of quotes;
			// quotes that follow with only blank lines between keep it.
			if (paraLine !== null) {
				const near = blanksBefore <= 1;
				lead = near ? leadInName(paraLine) : null;
				leadText = near ? leadLines(3).join(" ") : null;
				// A guest log's entry, then commentary paragraphs between its quotes (quotes/entry-carry.ts).
				if (paraLine === entryItem) entryLead = lead;
				else if (lead === null && near && entryLead !== null && carriesEntry(leadLines(), entryLead)) lead = entryLead;
			}
			paraLine = null;
			paraFrom = -1;
			bqStart = i;
			bqEnd = i;
			bqInTurn = inTurn;
			bqLazy = firstNonSpace(line, q + 1) < line.length;
			continue;
		}
		lead = null;
		leadText = null;
		if (c === "#" && p < 4) {
			const level = atxLevel(line, p);
			if (level > 0) {
				// `### Peter Beck (00:40)`, then `### (11:05)`: a heading holding only a time goes on with that voice.
				const headed = turn !== null && lines[turn.line - 1].trimStart().charAt(0) === "#" ? turn : null;
				closeTurn();
				closeParagraph();
				paraLine = null;
				const text = headingText(line, p + level);
				const time = headed !== null ? TIME_ALONE.exec(text) : null;
				if (time !== null && headed !== null && proseFollows(lines, i)) {
					openTurn({ label: headed.label, timestamp: time[1], line: i + 1, endLine: i + 1, textStart: line.length, section: headed.section, continued: true, plain: false, initials: null });
					continue;
				}
				const heading = { level, text, line: i + 1 };
				out.headings.push(heading);
				pendingItems = [];
				itemSigner = null;
				quoteSigner = null;
				while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
				stack.push(heading);
				section = stack.map((h) => h.text);
				// `## Core Message Quotes`, then `### 1. The Central Paradox`: a subsection of a quotes section holds quotes too.
				quoteSection = quotesPage || stack.some((h) => SAYINGS_HEADING.test(h.text) || HIGHLIGHTS_HEADING.test(h.text));
				sayingsSection = quotesPage || stack.some((h) => SAYINGS_HEADING.test(h.text));
				// `## Quotes by Jeff Bezos` over plain items: the heading says they are his sayings.
				sayerHeading = (quoteSection && (sayers ??= anthologySayers(lines, start)).has(i)) || quotesOfName(text) !== null;
				headingNames = null;
				boldHead = null;
				entryLead = null;
				// `#### *‘…,’ says Maura McDonnell, …*`: a heading that opens with someone's words (quotes/says.ts).
				const said = line.indexOf(" said ", p) >= 0 || line.indexOf(" says ", p) >= 0 ? saysHeadingQuote(line, p + level, i, section.slice(0, -1)) : null;
				if (said !== null) out.quotes.push(withContext(said));
				// `### Bryan Robinson  0:03` (Otter's labels made headings), `#### Jamie`: a heading that is only a
				// label, its words in the paragraph below, opens a turn.
				const label = level >= 2 && said === null && proseFollows(lines, i) ? headingTurnAt(lines, i, withoutEdgeEmoji(text), section.slice(0, -1)) : null;
				// Only a voice whose label heads two sections, beside another such voice: an open turn takes the
				// paragraphs below it, so a one-off `### Core Concept` would hide a lead-in written there.
				if (label !== null && (headingVoices ??= voicesOfHeadings(lines, start)).has(label.label)) openTurn(label);
				continue;
			}
		}
		if ((c === "`" || c === "~") && p < 4) {
			fence = fenceOpening(line);
			if (fence !== null) {
				closeTurn();
				closeParagraph();
				paraLine = null;
				// ```` ```ad-quote ````: the Admonition plugin shows a quote callout; it is read as the callout it shows.
				const shown = ADMONITION_QUOTE.test(line) ? admonitionAsCallout(lines, i, fence, !linesCopied) : null;
				if (shown !== null) {
					lines = shown;
					linesCopied = true;
					fence = null;
					i--;
					continue;
				}
				if (isChatBlock(lines, i + 1, fence)) {
					chatCode = fence;
					fence = null;
				}
				continue;
			}
		}
		// `13:02 <@jnewbery> words`: an IRC log written as paragraphs (in a site's `{% irc %}` block).
		if ((c === "<" || c === "[" || (c >= "0" && c <= "9")) && p < 4) {
			const message = chatLineAt(line, p, i, section);
			if (message !== null) {
				chatLine(line, p, i, message);
				continue;
			}
			if (turn?.chat === true && isClientLine(line)) {
				closeTurn();
				continue;
			}
		}
		// `<code>sioneus</code> - text`: an inline element then words is a paragraph (a label's), no HTML block.
		// `<a name="ujsag"></a>` before a heading is an anchor to link to, not an HTML block that would hide the
		// lines below it up to the next blank (CommonMark reads it as inline HTML, a paragraph of its own).
		// `<!-- -->` alone: a comment closed on its own line ends there, as CommonMark's HTML block of comments does; the
		// blockquote below it is no part of an HTML block.
		if (c === "<" && line.startsWith("<!--", p) && line.trimEnd().endsWith("-->")) {
			closeTurn();
			closeParagraph();
			paraLine = null;
			prevBlank = true;
			continue;
		}
		if (c === "<" && p < 4 && /[A-Za-z/!?]/.test(line.charAt(p + 1)) && tagLabelAt(line, p, i, section) === null && !(line.charAt(p + 1) === "a" && EMPTY_ANCHOR.test(line))) {
			// `<turn speaker="Matt Gardner" timestamp="00:00">`: the Markdown paragraphs below, up to a tag, are its words.
			const tagged = line.indexOf("speaker", p) > 0 ? speakerTagAt(line, p, i, section) : null;
			if (tagged !== null) {
				openTurn(tagged);
				html = true;
				continue;
			}
			if (htmlTurnLine(line, p, i)) {
				html = true;
				continue;
			}
			closeTurn();
			closeParagraph();
			paraLine = null;
			html = true;
			for (const q of htmlBlockquotesAt(line, p, i, section)) out.quotes.push(q);
			continue;
		}
		// `{% include transcript-person.html id="holik" %}`: a site template naming who speaks the paragraphs below.
		if (c === "{" && p < 4 && (line[p + 1] === "%" || line[p + 1] === "{")) {
			const templated = templateSpeakerAt(line, p, i, section);
			if (templated !== null) {
				openTurn(templated);
				continue;
			}
		}
		// A thematic break (`---`, `* * *`) is tested only when the same mark follows, right away or after a blank.
		const c1 = line[p + 1];
		if ((c === "-" || c === "*" || c === "_") && (c1 === c || (isBlank(c1) && line[firstNonSpace(line, p + 1)] === c))) {
			HR.lastIndex = p;
			if (HR.test(line)) {
				closeTurn();
				closeParagraph();
				paraLine = null;
				continue;
			}
		}
		// `| Quote | Speaker | Context |`: a table of quotes and who said them (quotes/quote-table.ts).
		if (c === "|" && p < 4 && paraStart) {
			const table = quoteTableAt(lines, i, section);
			if (table !== null) {
				closeTurn();
				closeParagraph();
				paraLine = null;
				for (const q of table.quotes) out.quotes.push(withContext(q));
				i = table.last;
				continue;
			}
		}
		let item = -1;
		if ((c === "-" || c === "*" || c === "+") && (p + 1 === line.length || isBlank(line[p + 1]))) {
			item = firstNonSpace(line, p + 1);
		} else if (isDigit(c)) {
			ORDERED.lastIndex = p;
			if (ORDERED.test(line)) item = ORDERED.lastIndex;
		}
		if (item >= 0) {
			// `"…"` then `- Harry Truman` right below it: a list item may sign the quoted line above (quotes/signed-paragraphs.ts).
			if (c === "-" && p === 0 && !paraStart && QUOTED_LINE_END.test(lines[i - 1])) out.signatures.push(i);
			closeTurn();
			closeParagraph();
			// An item ending in `:` introduces a quoted item right below it (`- Nassim Taleb has said:` then
			// `  - "…"`), as a lead-in line introduces a blockquote.
			const before = paraLine;
			// An item can introduce a quote too (`- As Omar put it:` then an indented `> …`).
			paraLine = item < line.length ? line.slice(item) : null;
			paraFrom = -1;
			entryItem = paraLine;
			entryLead = null;
			// `* Speaker 1: …` (Airr highlights via Readwise): an item that opens with a placeholder label is a turn.
			const placeholder = item < line.length && line[item] === "S" ? turnLabelAt(line, item, i, section) : null;
			if (placeholder !== null && isPlaceholderLabel(placeholder.label)) {
				lastTurnLabel = placeholder.label;
				turn = placeholder;
				paraLine = null;
				continue;
			}
			// `* John:` alone, the words in the items nested below it (a meeting's minutes typed in Google Docs): the
			// name heads a turn over them (acceptItemTurns asks that such voices converse).
			const headed = item < line.length && line.length - item <= ITEM_NAME_LINE ? itemNameOver(lines, i, p, item, section) : null;
			if (headed !== null) {
				out.itemTurns.push({ ...headed, indent: p });
				continue;
			}
			// A top-level item is read for a label only when a colon comes soon (most are plain bullets).
			if (item < line.length && !(line[item] >= "a" && line[item] <= "z") && (p > 0 || colonSoon(line, item))) {
				const t = turnLabelAt(line, item, i, section);
				// A top-level item's label is a term as often as a voice (`- Philosophy: "…"`): a person's name only, or
				// a handle set off as one (`- _antiochp:_ …`, `- @isaacs: …`; acceptItemTurns asks that they converse).
				if (t !== null && (p > 0 || t.handle === true || isPlausibleName(t.label))) out.itemTurns.push({ ...t, indent: p });
			} else if (p > 0 && item < line.length && line[item + 2] === ":") {
				// `    - dc: didn't leave apartment.`: a co-op's minutes write its members as lower-case initials (item-turns.ts).
				const t = lowerInitialsAt(line, item, i, section);
				if (t !== null) out.itemTurns.push({ ...t, indent: p });
			}
			if (item < line.length && line[item] === "(") {
				// `- (Tuomas) In Finland…`: who said it, in brackets before the words (item-turns.ts).
				const t = bracketedItemAt(line, item, i, section);
				if (t !== null) out.itemTurns.push({ ...t, indent: p });
			} else if (line.startsWith("[name=", item)) {
				// `- [name=Guillaume] …`: HackMD's author tag before the words (item-turns.ts).
				const t = taggedItemAt(line, item, i, section);
				if (t !== null) out.itemTurns.push({ ...t, indent: p });
			}
			// `- <blockquote class="twitter-tweet">…`: a post embedded as a list item.
			if (line.startsWith("<blockquote", item)) {
				const embedded = htmlBlockquotesAt(line, item, i, section);
				for (const q of embedded) out.quotes.push(q);
				if (embedded.length > 0) continue;
			}
			if (item < line.length) {
				field(line, item);
				// Read once per list, at its first item (the line above is no item of it).
				const above = i - 1 - blanksBefore;
				if (above !== declaredLast) {
					const said = blanksBefore <= 1 && above >= start && !isListItemAt(lines[above], firstNonSpace(lines[above])) && lines[above].charAt(firstNonSpace(lines[above])) !== "#" ? quotesOfName(lines[above]) : null;
					declaredSayer = said === null ? null : { name: said, target: null, evidence: "worded" };
				}
				declaredLast = i;
				const q = listQuoteAt(line, item, i, section, quoteSection, dashes, sayerHeading || declaredSayer !== null);
				if (q !== null && declaredSayer !== null && q.speakerRaw === null && q.leadIn == null) q.leadIn = declaredSayer;
				// `- "Where there is matter, there is geometry."` then `\t- **Johannes Kepler**`: the child item names who said it.
				if (q !== null && q.speakerRaw === null && i + 1 < lines.length) signedByChild(q, line, lines[i + 1]);
				// `# Albert Camus`, `## El mito de Sísifo`, then `- "…"`: a highlights export's author over the book's quotes.
				let sayer: Sayer | undefined;
				if (q !== null && q.speakerRaw === null && q.leadIn == null && stack.length > 0) {
					sayers ??= anthologySayers(lines, start);
					for (let k = sayers.size === 0 ? -1 : stack.length - 1; k >= 0 && sayer === undefined; k--) {
						const found = sayers.get(stack[k].line - 1);
						if (found !== undefined && (found.strong || quoteSection)) sayer = found;
					}
				}
				if (q) {
					const introduced = before !== null && blanksBefore <= 1 && endsWithColon(before);
					lead = introduced ? leadInName(before) : null;
					leadText = introduced ? before : null;
					out.quotes.push(withContext(q));
					// The author's heading speaks for the item, as the innermost heading would (the book's title is none).
					if (sayer !== undefined) {
						const named: readonly ContextName[] = [{ name: sayer.name, target: null, evidence: "worded" }];
						q.headings = () => named;
					}
					lead = null;
					leadText = null;
					if (q.speakerRaw === null && q.leadIn == null) pendingItems.push(q);
					else {
						// Items before a signed one are its speaker's (`- "…"`, `- "…" – Jocko Willink`), unless an item of
						// another speaker came first: a page of many authors leaves an unsigned saying unsigned.
						if (q.name !== null && (itemSigner === null || itemSigner === q.name)) for (const item of pendingItems) item.next = q;
						if (q.name !== null) itemSigner = q.name;
						pendingItems = [];
					}
				}
			}
			continue;
		}
		// A paragraph line: maybe a turn label, maybe a continuation of the open turn, maybe a field.
		// Labels start with `**` or a name (capitalised or from a script without case), never a lower-case letter.
		// `-- Aldous Huxley` under the quoted lines: two hyphens typed for the dash (three are a rule).
		if (c === "–" || c === "—" || c === "―" || c === "~" || (c === "\\" && line[p + 1] === "-") || (c === "-" && line[p + 1] === "-" && line[p + 2] !== "-") || ((c === "*" || c === "_") && (EMPHASISED_DASH.test(line.slice(p, p + 6)) || (quoteSection && !paraStart)))) out.signatures.push(i);
		// `**[Amr Bashir](https://github.com/amrbashir)**` alone: the name over the answers in blockquotes below it.
		if ((c === "*" || c === "_") && paraStart && isBlankLine(lines[i + 1])) {
			const named = boldNameAlone(line);
			// Any other bold line alone (`**Fabian-Lars**`, `**Stage 0**`) heads a part that is no named person's.
			if (named !== null || (boldHead !== null && BOLD_NAME_LINE.test(line))) {
				boldHead = named;
				if (named !== null) bylines.count++;
				headingNames = null;
			}
		}
		// A bold question right under a heading (`### Mark Klink` then `__Where are you from?__`) starts a paragraph too.
		if ((c === "*" || c === "_") && (line.endsWith("?**") || line.endsWith("?__")) && (paraStart || (i > 0 && (lines[i - 1].trimStart().charAt(0) === "#" || isTemplateTag(lines[i - 1])))) && BOLD_QUESTION.test(line)) out.questions.push({ line: i + 1, text: line.trim().slice(2, -2) });
		const lowerCase = line[p] >= "a" && line[p] <= "z";
		// A lower-case start is a label only as a one-word handle (`bitstein: …`) or a name before quoted words, checked in acceptTurns.
		let label = lowerCase ? lowerLabelAt(line, p, i, section) : turnLabelAt(line, p, i, section);
		// `"…"  ` then `*Jim Elliot*` on the paragraph's next line: the name signs the quotation above; it heads no turn.
		if (label !== null && !paraStart && (c === "*" || c === "_") && SIGNATURE_NAME_LINE.test(line) && QUOTED_LINE_END.test(lines[i - 1])) {
			label = null;
			if (out.signatures[out.signatures.length - 1] !== i) out.signatures.push(i);
		}
		// `Daniel Hardman — Yesterday at 12:29 PM` over a Discord message (quotes/chat-log.ts).
		if (label === null && line.indexOf(" — ", p) > 0) label = chatHeaderAt(line, p, i, section);
		// Inside a paragraph only a name whose words open with a quotation mark (`nyx: "we are going…"`, typed line by line),
		// or a chat message's header, which says what it is.
		if (lowerCase && !paraStart && label !== null && label.quoted !== true && label.chat !== true) label = null;
		// `**Pooja Ranjan**` alone is a label only with words on the very next line (not a blank, not a blockquote's `>`).
		// A time before it (`**00:04** - _Saron Yitbarek_`) or a heading that names a transcript above it marks a
		// transcript's label: its words may follow a blank line.
		if (label !== null && label.nameAlone === true && !wordsNext(lines, i) && ((label.timestamp === null && !section.some((h) => TRANSCRIPT_HEADING.test(h))) || !textFollows(lines, i))) label = null;
		// `[00:03:26] Stefan` alone on its line, the words right below: a time, then the name as a bare label.
		if (label !== null && label.continued && !label.plain && paraStart && label.textStart < line.length && textFollows(lines, i)) {
			const timed = bareLabelAt(line, label.textStart, i, section);
			if (timed !== null) {
				timed.timestamp = label.timestamp;
				timed.plain = false;
				label = timed;
			}
		}
		// `S Hello and welcome…`: a hand transcript's bare initials (read once per note, on the first paragraph that could be one).
		if (label === null && paraStart && p === 0 && line.charAt(1) === " ") label = initialLabelAt(line, i, section, (initials ??= bareInitials(lines, start)));
		// A label alone on its line, its words right below: `00:03:26 Speaker 2`, `Kelly  0:36`, or a name alone
		// (a turn only when two voices recur: acceptTurns).
		const alone = label === null && paraStart && textFollows(lines, i);
		if (alone) label = c >= "0" && c <= "9" ? timeThenNameAt(line, p, i, section) : nameThenTimeAt(line, p, i, section);
		if (label === null && alone && !lowerCase && !wrapsOn(lines, i)) {
			label = bareLabelAt(line, p, i, section);
			// `David T. Wilentz`, then `[00:08:38]` alone on the next line, then the words: a timed label.
			const time = label === null ? null : TIME_ALONE.exec(lines[i + 1] ?? "");
			if (label !== null && time !== null) label.timestamp = time[1];
		}
		// `**Paolo Antinori**` alone, a blank line, then the words as a blockquote (a bold caption over prose or a list is none).
		if (label === null && paraStart && c === "*" && quoteFollows(lines, i)) label = boldAloneAt(line, p, i, section);
		// `**Chris | Spheron**` alone, then the words as a paragraph: the organisation marks a voice, where bold alone may be a caption.
		if (label === null && alone && c === "*" && line.indexOf("|", p) > 0) label = boldAffiliatedAt(line, p, i, section);
		if (label === null && alone && c === "*") label = boldRoleAloneAt(line, p, i, section);
		// `Zevi Arnovitz` alone inside a paragraph, his words on the next line: a recurring voice of a transcript whose
		// turns run together (runOnVoices).
		if (label === null && !paraStart && line.length - p <= 40 && FULL_NAME_LINE.test(line.trim()) && (runOn ??= runOnVoices(lines, start)).has(line.trim())) label = bareLabelAt(line, p, i, section);
		// `Speaker 3` alone on a line inside a list item (Snipd transcripts via Readwise): a placeholder says
		// a turn starts even where a paragraph goes on.
		if (label === null && !paraStart && line.length - p <= PLACEHOLDER_LINE && isPlaceholderLabel(line.trim()) && textFollows(lines, i)) label = bareLabelAt(line, p, i, section);
		// `Transcript:` then `Sara Imari Walker` alone, the words below (a Snipd snip via Readwise): a named voice too.
		if (label === null && !paraStart && i > 0 && lines[i - 1].trim() === "Transcript:" && textFollows(lines, i)) {
			label = bareLabelAt(line, p, i, section);
			if (label !== null) label.plain = false;
		}
		// A linked time alone (`[26:40](url) …`) continues only a turn still open.
		if (label !== null && label.continued && label.plain && turn === null) label = null;
		// `(0:03) estamos desarrollando…` on the line right after a turn's: a caption's next line, the same words
		// going on. Caption lines are short; a time before each long paragraph (`[00:02:12] Hey Ashley, …`) is a new quote.
		if (label !== null && label.continued && !label.plain && label.ditto !== true && !paraStart && turn !== null && turn.endLine === i && line.length <= CAPTION_LINE && lines[i - 1].length <= CAPTION_LINE) {
			turn.endLine = i + 1;
			turn.captions = true;
			continue;
		}
		// ` [01:32] [music]`: a time then a stage direction is no one's words; it ends the turn before.
		if (label !== null && label.continued && paraStart && isStageDirection(line.slice(label.textStart).trim())) {
			closeTurn();
			continue;
		}
		if (label !== null && label.continued) {
			// `**(08:25):**` continues the speaker of the turn before; without one it is no label.
			if (lastTurnLabel !== null) label.label = lastTurnLabel;
		}
		if (label !== null && label.label !== "") {
			openTurn(label);
			continue;
		}
		// `8:07` alone over words, after `_Simon Stewart  8:06 PM_` and its message: Slack's next message by the same author.
		if (paraStart && lastTurnLabel !== null && ((c >= "0" && c <= "9") || c === "_" || c === "*") && (turn === null || turn.line < i) && textFollowsDirectly(lines, i)) {
			const time = CLOCK_ALONE.exec(line);
			if (time !== null) {
				openTurn({ label: lastTurnLabel, timestamp: time[2], line: i + 1, endLine: i + 1, textStart: line.length, section, continued: true, plain: false, initials: null });
				continue;
			}
		}
		// `Conor Hoekstra`, then `**00:23-00:42**` alone, then the words: the time of a label still waiting for its words.
		if (turn !== null && paraStart && turn.endLine === turn.line && turn.textStart >= lines[turn.line - 1].trimEnd().length) {
			const time = TIME_ALONE.exec(line);
			if (time !== null) {
				turn.timestamp ??= time[1];
				continue;
			}
		}
		if (turn !== null) {
			// A line of emphasis or brackets alone (a stage note) or a field holding an address (`Goto: https://…`) ends it.
			if (paraStart && (isEmphasisOnly(line, p) || isAddressField(line, p) || isSiteMarkup(line, p) || isChapterCue(line, p) || SOUND_CUE.test(line))) closeTurn();
			else {
				turn.endLine = i + 1;
				// `emilio: This is about…` then `... we should build…`: a scribe's minutes go on with an ellipsis.
				if (!paraStart && (line.startsWith("...", p) || line.startsWith("…", p))) turn.scribed = true;
			}
		}
		// `from 杨文` as its own paragraph right after an unattributed blockquote is that quote's attribution.
		const lastQuote = out.quotes.length > 0 ? out.quotes[out.quotes.length - 1] : null;
		if (turn === null && paraStart && blanksBefore <= 1 && lastQuote !== null && lastQuote.endLine >= i - blanksBefore && lastQuote.speakerRaw === null && lastQuote.kind === "blockquote") {
			const name = fromLineName(line);
			if (name !== null && !answersQuestion(lines, lastQuote.line)) {
				lastQuote.speakerRaw = name;
				lastQuote.name = name;
				lastQuote.endLine = i + 1;
				continue;
			}
		}
		if (turn === null) {
			if (paraStart || paraFirst < 0) {
				closeParagraph();
				const near = paraStart && blanksBefore <= 1 && paraLine !== null;
				paraLeadLine = near ? paraLine : null;
				paraLead = undefined;
				// A lead-in paragraph ending in `:` may name its speaker anywhere in it (see takeMention).
				paraLeadText = near && paraLine !== null && endsWithColon(paraLine) ? leadLines(3).join(" ") : null;
				paraAfterQuote = paraStart && blanksBefore <= 1 && quotedParaEnd >= 0 && quotedParaEnd === i - blanksBefore - 1;
				paraFirst = i;
				paraFrom = i;
			}
			paraLast = i;
			paraLine = line;
		} else paraLine = null;
		field(line, p);
	}
	closeQuote();
	closeParagraph();
	closeTurn();
	return out;
}

/** What `stack`, the headings open now, names: read once, on the first call (see namesOfHeadings). */
function sectionNames(stack: readonly Heading[], boldHead: ContextName | null, bylines: { count: number }): () => readonly ContextName[] {
	const open = stack.slice();
	let names: ContextName[] | undefined;
	// Read after the scan, when the count of bold names alone is known.
	return () => (names ??= boldHead === null || bylines.count < 2 ? namesOfHeadings(open) : [{ ...boldHead, evidence: "worded" }, ...namesOfHeadings(open)]);
}

/** `**― Dave Jackson**`, `**- Niel J. Guilarte**`: emphasis, then a dash opening a signature (signed-paragraphs.ts). */
const EMPHASISED_DASH = /^(?:\*\*|__|\*|_)[ \t]*[-–—―~][ \t\u00a0]*[^\s*_-]/;

/** A paragraph line that is only a bold name, maybe linked: `**Jane Doe**`, `**[Amr Bashir](https://…)**`. */
const BOLD_NAME_LINE = /^[ \t]{0,3}(?:\*\*|__)(?:\[([^\]\n]{2,60})\]\([^)\s]*\)|([^*_[\]\n]{2,60}))(?:\*\*|__)[ \t]*$/;

/** The full name a bold paragraph line holds alone, as a heading's context name, or null. */
function boldNameAlone(line: string): ContextName | null {
	const m = BOLD_NAME_LINE.exec(line);
	if (m === null) return null;
	const name = (m[1] ?? m[2]).trim();
	// `**Mr. Feist's Tale**` captions a handout: a possessive makes a title, not a name.
	return /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(name) && !/['’]s\b/.test(name) && isNameShaped(name) && isPlausibleName(name) ? headingName(name) : null;
}

function isBlankLine(line: string | undefined): boolean {
	return line === undefined || line.trim().length === 0;
}

/** The names the open headings give, innermost first (see headingName). */
function namesOfHeadings(stack: readonly Heading[]): ContextName[] {
	const out: ContextName[] = [];
	// Level 1 is the note's title; a title names the episode, not who speaks in a section. A question
	// (`## Elvis Presley was one of your role models, who else?`) is asked of someone, not said by them.
	for (let k = stack.length - 1; k >= 0; k--) {
		const named = stack[k].level >= 2 && !isQuestion(stack[k].text) ? (possessiveHeading(stack[k].text) ?? headingName(stack[k].text)) : null;
		if (named !== null) out.push(named);
	}
	return out;
}

/** `## Jerry Seinfeld's Writing System` as the name its section quotes (possessive-heading.ts). */
function possessiveHeading(text: string): ContextName | null {
	const name = possessiveHeadingName(text);
	return name === null ? null : { name, target: null, evidence: "worded", possessive: true };
}

/** Longest item that can be a name alone over its nested words (`* Angelina:`, `* **Charlie Harrison:**`). */
const ITEM_NAME_LINE = 40;

/**
 * The turn an item holding only a name and its colon heads over the items nested right below it (`* John:` then
 * `    * Right now, the merging only works…`), or null. The turn runs to its last nested line.
 */
function itemNameOver(lines: string[], i: number, indent: number, item: number, section: string[]): TurnCandidate | null {
	const next = lines[i + 1];
	if (next === undefined || firstNonSpace(next, 0) <= indent || !isListItemAt(next, firstNonSpace(next, 0))) return null;
	// The colon makes the name a label: a name alone over sub-items (`* Helen`) is as often a panel's paraphrase.
	const written = lines[i].slice(item).trim();
	const last = written.charAt(written.length - 1);
	if (last !== ":" && last !== "：") return null;
	const text = written.slice(0, -1).replace(/^\*\*(.+)\*\*$/, "$1").trim();
	if (text.length === 0) return null;
	const t = bareLabelAt(text, 0, i, section);
	if (t === null || !isPlausibleName(t.label)) return null;
	let end = i + 1;
	while (end + 1 < lines.length && (firstNonSpace(lines[end + 1], 0) > indent || (isBlankLine(lines[end + 1]) && end + 2 < lines.length && firstNonSpace(lines[end + 2], 0) > indent && !isBlankLine(lines[end + 2])))) end++;
	t.textStart = lines[i].length;
	t.endLine = end + 1;
	t.nameAlone = true;
	return t;
}

/** Whether a list item's marker (`-`, `*`, `+`, `1.`) starts at `p`. */
function isListItemAt(line: string, p: number): boolean {
	const c = line[p];
	if ((c === "-" || c === "*" || c === "+") && (line[p + 1] === " " || line[p + 1] === "\t")) return true;
	ORDERED.lastIndex = p;
	return isDigit(c) && ORDERED.test(line);
}

/** Whether a colon (ASCII or full-width) comes within a label's reach after `from`. */
function colonSoon(line: string, from: number): boolean {
	const end = Math.min(line.length, from + 72);
	for (let k = from; k < end; k++) if (line[k] === ":" || line[k] === "：") return true;
	return false;
}

/** Longest line that can hold a placeholder alone (`Speaker 12`, `Business Application Manager`). */
const PLACEHOLDER_LINE = 64;

/** An HTML paragraph holding only a stage direction in brackets. */
const HTML_DIRECTION = /^<p>[ \t]*[([][^<>()[\]\n]{1,80}[)\]][ \t]*<\/p>[ \t]*$/;

/** Whether a blockquote follows line `i` right away or after one blank line. */
function quoteFollows(lines: string[], i: number): boolean {
	for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
		const p = firstNonSpace(lines[k]);
		if (p < lines[k].length) return lines[k].charAt(p) === ">";
	}
	return false;
}

/** Whether a paragraph follows line `i` right away or after one blank line. */
function textFollows(lines: string[], i: number): boolean {
	for (let k = i + 1; k <= i + 2 && k < lines.length; k++) if (firstNonSpace(lines[k]) < lines[k].length) return k === i + 1 || lines[k].charAt(0) !== "#";
	return false;
}

/** A heading that is a turn's label (headingLabelAt) or, with kramdown's `{: .question }` below it, the interviewer's question. */
function headingTurnAt(lines: string[], i: number, text: string, section: string[]): TurnCandidate | null {
	return questionHeadingAt(lines[i + 1], i, lines[i].length, section) ?? headingLabelAt(text, i, lines[i].length, section);
}

/** The labels that head two or more sections over prose (`### Gift Egwuenu  0:27`), when two labels do; else none. */
function voicesOfHeadings(lines: string[], start: number): Set<string> {
	const counts = new Map<string, number>();
	// Headings over prose, a voice's or not: a transcript's are mostly its voices.
	let headings = 0;
	// All headings of each level, and the levels voices are at: a template repeated day after day (`## Core Issues`
	// over prose, `## Legal Arguments` over a list) holds its recurring captions among many more of their level.
	const atLevel = new Map<number, number>();
	const voiceLevels = new Map<string, Set<number>>();
	// Labels seen without an emoji: `##### 🌴 Brian` is a voice beside a plain `##### Matthew Oatts`, but where every
	// voice's heading wears one (`### 🎯 Task`, `### 📌 Key Phrase`) they are a template's sections.
	const plain = new Set<string>();
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		const p = firstNonSpace(line);
		if (p >= 4 || line[p] !== "#") continue;
		const level = atxLevel(line, p);
		if (level < 2) continue;
		atLevel.set(level, (atLevel.get(level) ?? 0) + 1);
		if (!proseFollows(lines, i)) continue;
		headings++;
		const text = headingText(line, p + level);
		const bare = withoutEdgeEmoji(text);
		const label = headingTurnAt(lines, i, bare, []);
		if (label === null) continue;
		counts.set(label.label, (counts.get(label.label) ?? 0) + 1);
		let levels = voiceLevels.get(label.label);
		if (levels === undefined) voiceLevels.set(label.label, (levels = new Set()));
		levels.add(level);
		// A colon after the name says it is a label, emoji or not (`### 🎤 **LISA**:`).
		if (bare === text || /[:：]\s*$/.test(text)) plain.add(label.label);
	}
	const voices = new Set<string>();
	let plainVoices = 0;
	for (const [label, n] of counts) {
		if (n < 2) continue;
		voices.add(label);
		if (plain.has(label)) plainVoices++;
	}
	if (plainVoices === 0) voices.clear();
	// `### সহজ উদাহরণ:` between a tutorial's topic headings: in a script without capitals any phrase is shaped like a
	// name, so its recurring captions pass for voices unless they are most of the note's headings, as a transcript's are.
	// `#### Cultists`, `### Special Traits` recurring in a rulebook's ninety headings: a reference's recurring captions,
	// whatever the script, unless they are a quarter of its headings.
	let voiced = 0;
	const levels = new Set<number>();
	for (const [label, n] of counts) {
		if (!voices.has(label)) continue;
		voiced += n;
		for (const level of voiceLevels.get(label) ?? []) levels.add(level);
	}
	let beside = 0;
	for (const level of levels) beside += atLevel.get(level) ?? 0;
	const caseless = [...voices].some((label) => !/\p{Lu}/u.test(label));
	return voices.size >= 2 && voiced * (caseless ? 2 : 4) >= headings && voiced * 4 >= beside ? voices : new Set();
}

/** Whether a paragraph of prose starts on the next line or the one after a blank (not a heading, list, quote, table, HTML or code). */
function proseFollows(lines: string[], i: number): boolean {
	for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
		const p = firstNonSpace(lines[k]);
		if (p === lines[k].length) continue;
		return p < 4 && !PROSE_NOT.test(lines[k].slice(p, p + 3)) && !/^\d{1,9}[.)](?:\s|$)/.test(lines[k].slice(p));
	}
	return false;
}

const PROSE_NOT = /^(?:[#>|<]|[-*+](?:\s|$)|```|~~~)/;

/** A heading that is a person's name and nothing else (`Marcus Aurelius`, `Станислав Ежи Лец`): whose sayings follow it. */
function isSayerHeading(text: string): boolean {
	if (SAYINGS_HEADING.test(text)) return false;
	const named = headingName(text);
	return named !== null && named.evidence === "bare" && isPlausibleName(named.name) && text.replace(/[*_]/g, "").trim() === named.name;
}

/** A heading of an anthology by person: the name, and whether the anthology is large enough to stand without a quotes heading. */
interface Sayer {
	name: string;
	strong: boolean;
}

/**
 * The headings of an anthology by person, with the names they are: two or more headings side by side, each over list
 * items (or over a book's heading, then its items), that are only a name, half such headings there or more, one of
 * them a full name, and no word of theirs written in lower case elsewhere in the note. `### Love` or `### Sources`
 * over items are topics, and their words turn up in the note's sentences; `### Seneca` does not.
 */
function anthologySayers(lines: readonly string[], start: number): Map<number, Sayer> {
	// Keyed by the parent heading's line and the level: the headings over items beside one another.
	const byParent = new Map<number, Array<[number, string]>>();
	const headings = new Map<number, number>();
	const stack: Array<{ level: number; line: number }> = [];
	let words: Set<string> | null = null;
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		const p = firstNonSpace(line);
		if (p >= 4 || line[p] !== "#") continue;
		const level = atxLevel(line, p);
		if (level === 0) continue;
		while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
		const parent = stack.length > 0 ? stack[stack.length - 1].line : -1;
		stack.push({ level, line: i });
		if (!itemsFollow(lines, i, level)) continue;
		const key = parent * 8 + level;
		headings.set(key, (headings.get(key) ?? 0) + 1);
		const text = headingText(line, p + level);
		if (!isSayerHeading(text)) continue;
		words ??= lowerWords(lines, start);
		const name = text.replace(/[*_]/g, "").trim();
		if (name.split(/\s+/).some((w) => words!.has(w.toLowerCase()))) continue;
		const siblings = byParent.get(key);
		if (siblings === undefined) byParent.set(key, [[i, name]]);
		else siblings.push([i, name]);
	}
	const out = new Map<number, Sayer>();
	// Half the headings over items beside them or more, and one a full name at least: `## Panel Prompts` among a
	// persona's sections, or single words under one parent (`## Novecento`, `## Seda`, a writer's books), are no
	// anthology's people.
	for (const [key, siblings] of byParent) {
		const beside = headings.get(key) ?? 0;
		if (siblings.length < 2 || siblings.length * 2 < beside || !siblings.some(([, name]) => /\s/.test(name))) continue;
		// Three or more and most of them: enough to name the quotations of a note no quotes heading marks.
		const strong = siblings.length >= 3 && siblings.length * 2 > beside;
		for (const [i, name] of siblings) out.set(i, { name, strong });
	}
	return out;
}

/** Whether a list item, or a deeper heading, is the first thing under heading `i` of `level` (blank lines and a lone `&nbsp;` aside). */
function itemsFollow(lines: readonly string[], i: number, level: number): boolean {
	for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
		const t = lines[k].trim();
		if (t === "" || t === "&nbsp;") continue;
		if (t.charAt(0) === "#") return atxLevel(t, 0) > level;
		return LIST_MARKER.test(lines[k]);
	}
	return false;
}

/** The words the note writes in lower case (outside headings, link targets and slugs such as `[albert-camus](#albert-camus)`). */
function lowerWords(lines: readonly string[], start: number): Set<string> {
	const out = new Set<string>();
	for (let i = start; i < lines.length; i++) {
		if (lines[i].trimStart().charAt(0) === "#") continue;
		for (const token of lines[i].replace(/\]\([^()]*\)/g, "]").split(/\s+/)) {
			if (SLUG.test(token)) continue;
			for (const m of token.matchAll(/[\p{L}\p{M}]+/gu)) if (/^\p{Ll}/u.test(m[0])) out.add(m[0]);
		}
	}
	return out;
}

const SLUG = /^\W*[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+)+\W*$/u;

/** Whether a line without its comments is only blanks and blockquote markers (`> %% aside %%`). */
function showsNothing(text: string): boolean {
	for (let k = 0; k < text.length; k++) if (text[k] !== ">" && !isBlank(text[k])) return false;
	return true;
}

/**
 * One word alone whose sentence goes on in lower case on the next line (`Luisterend` / `naar […]`): no label. Under a
 * time alone on its line (`05:31.64`, `Jon`, `so`) the word is a transcript's name, whatever case its words take.
 */
function wrapsOn(lines: string[], i: number): boolean {
	const next = lines[i + 1] ?? "";
	return /^\s*\p{Ll}/u.test(next) && !/\S\s+\S/.test(lines[i]) && !(i > 0 && TIME_LINE.test(lines[i - 1]));
}

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Whether line `i`, indented four columns or more, opens an indented code block: the line above is blank or a
 * heading, and the nearest line above that starts at the margin is not a list item (whose content it would be).
 */
function opensIndentedCode(lines: readonly string[], i: number, start: number): boolean {
	if (i > start) {
		const above = lines[i - 1];
		const q = firstNonSpace(above);
		if (q < above.length && !(q < 4 && above[q] === "#" && atxLevel(above, q) > 0)) return false;
	}
	for (let k = i - 1; k >= start; k--) {
		const l = lines[k];
		const q = firstNonSpace(l);
		if (q === l.length || q > 0) continue;
		return !LIST_MARKER.test(l);
	}
	return true;
}

/** Level of the ATX heading marker at `p` (`#{1,6}` then a space, a tab or the end), or 0. */
function atxLevel(line: string, p: number): number {
	let h = p;
	while (h < line.length && line[h] === "#") h++;
	const level = h - p;
	if (level > 6) return 0;
	return h === line.length || isBlank(line[h]) ? level : 0;
}

/**
 * Whether `line` has a `#` at or after `p` that could start a tag. A heading's own `#` run never does (a
 * tag's `#` follows a space and precedes a tag character), so headings skip the tag regex unless they hold
 * another `#`.
 */
function mayHoldTag(line: string, p: number): boolean {
	let from = p;
	if (line[p] === "#") {
		let h = p + 1;
		while (line[h] === "#") h++;
		const next = line[h];
		if (h - p >= 2 || isBlank(next) || h === line.length) from = h;
	}
	return line.indexOf("#", from) >= 0;
}

/** A heading's text from `from`: trimmed, without a closing `#` run (`## Title ##`). */
function headingText(line: string, from: number): string {
	let end = line.length;
	while (end > from && isBlank(line[end - 1])) end--;
	// The closing-run regex can only match when the heading ends in `#`; most do not.
	const text = line.slice(from);
	return (end > from && line[end - 1] === "#" ? text.replace(/[ \t]+#+[ \t]*$/, "") : text).trim();
}

/** A line that continues the paragraph of an open blockquote (not a block of its own). */
function isLazy(line: string, p: number, c: string): boolean {
	// A heading, a fence, HTML or a table row starts a block of its own.
	if (c === "#" || c === "`" || c === "~" || c === "<" || c === "|") return false;
	if ((c === "-" || c === "*" || c === "+") && (p + 1 === line.length || line[p + 1] === " ")) return false;
	if (isDigit(c)) {
		ORDERED.lastIndex = p;
		return !ORDERED.test(line);
	}
	return true;
}

/** Otter's footer (`Transcribed by https://otter.ai`), a Hugo shortcode (`{{< notice … >}}`) or a Liquid tag (`{% include … %}`): no one's words, the turn ends. */
function isSiteMarkup(line: string, p: number): boolean {
	return line.startsWith("{{<", p) || line.startsWith("{{%", p) || line.startsWith("{%", p) || TRANSCRIBED_BY.test(line.slice(p));
}

const TRANSCRIBED_BY = /^transcribed by\s+(?:https?:\/\/|\[|<)/i;

/** `**(二) heading-like bold**` or `*(editor's aside)*`: a paragraph that is all emphasis ends a turn. */
function isEmphasisOnly(line: string, p: number): boolean {
	const c = line.charAt(p);
	if (c !== "*" && c !== "_" && c !== "[") return false;
	const t = line.trimEnd();
	// `[laughter]`, `[intro song]`: a stage direction in brackets alone (a link's `[text](url)` ends otherwise).
	if (c === "[") return t.charAt(t.length - 1) === "]" && t.indexOf("]") === t.length - 1;
	return t.charAt(t.length - 1) === c;
}
