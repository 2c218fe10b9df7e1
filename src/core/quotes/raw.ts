// A quote as the scanner finds it, before speakers are resolved against the note's people.
import type { Quote, QuoteKind } from "../types";
import type { Attribution } from "./attribution";
import type { ContextName } from "./context";
import type { TurnCandidate } from "./turns";

/** The speaker as an attribution writes it: the fields a quote takes over from `Attribution`. */
export type WrittenSpeaker = Omit<Attribution, "cut">;

/**
 * `name` is null when no speaker is written or when it is a placeholder (`Speaker 1`). Every maker of a
 * RawQuote writes all fields, the optional ones as undefined.
 */
/** The headings of a quote outside any section (or one no heading names) name nobody. */
export const NO_HEADINGS = (): readonly ContextName[] => [];

export interface RawQuote extends WrittenSpeaker {
	kind: QuoteKind;
	/** 1-based, inclusive. */
	line: number;
	endLine: number;
	text: string;
	section: string[];
	/** A callout's title, kept so vault knowledge can still make it the speaker. */
	calloutTitle?: string;
	/** The callout's title names its source after the name (`Katja Grace, [_…_](…)`): a credit, not a topic. */
	calloutSourced?: boolean;
	/** The callout's title says whose words these are (`A quote from Dispater`): a name alone credits them. */
	calloutDeclared?: boolean;
	/** Unattributed blockquote followed (blank lines only) by this attributed one. */
	next?: RawQuote;
	/** The finished quote, once speakers are resolved. */
	quote?: Quote;
	/** What the lead-in line right before the quote names (set by the scan). */
	leadIn?: ContextName | null;
	/** The paragraph right before the quote (its last lines), for a lead-in that mentions a known name. */
	leadText?: string | null;
	/**
	 * What the headings of its section name, deepest first (levels 2 and below): read when first asked, as
	 * most quotes name their speaker and never ask.
	 */
	headings?: () => readonly ContextName[];
	/** Under a heading that says it holds quotes ("Key quotes", "Highlights"). */
	quotesSection?: boolean;
	/** A turn whose label carries only a time: it continues the previous speaker. */
	continued?: boolean;
	/**
	 * The turn label whose words this blockquote follows (something the speaker reads out or cites); it
	 * counts only when acceptTurns keeps that label (`Lastly: …` is no turn).
	 */
	inTurn?: TurnCandidate;
	/** A quoted list item with no attribution: a quote only when a speaker is found for it. */
	needsSpeaker?: boolean;
	/** The answer under a question heading of an interview (answers.ts): a quote only when the note's subject speaks it. */
	answer?: boolean;
	/** A bold question line (`**Where are you from?**`) asked of whoever speaks `asks`, its answer: kept with it. */
	asks?: RawQuote;
	/** `"…," he says.`: a reporter's quotation whose pronoun stands for the note's subject (paragraph.ts). */
	pronoun?: boolean;
	/** `Quote: "…"`: a quotation a field label presents, whose speaker is the note's guest or subject (paragraph.ts). */
	field?: boolean;
	/** A blockquote whose first line starts with a label (`> Rich: …`), with the text after it. */
	soloLabel?: { label: string; text: string; recurs: boolean; styled: boolean; marked: boolean } | null;
}

/** A raw quote of `kind` on 1-based lines `line..endLine`, with what its attribution wrote (or nobody). */
/** An attribution that names nobody on purpose (`Male`, `Female`: a transcription service's unknown voices). */
const ANONYMOUS = /^(?:anonymous|anon\.?|unknown|unknown speaker|male|female|author unknown|unknown author|anonym|anonyme|anónimo|anónima|anonimo|anonima|anoniem|unbekannt|不明|佚名)$/i;

export function rawQuote(kind: QuoteKind, line: number, endLine: number, text: string, section: string[], written: WrittenSpeaker | null): RawQuote {
	return {
		kind,
		line,
		endLine,
		text,
		speakerRaw: written?.speakerRaw ?? null,
		// `— Anonymous`, `| Unknown |`: the attribution is written, and says nobody is known.
		name: written?.name != null && ANONYMOUS.test(written.name) ? null : (written?.name ?? null),
		target: written?.target ?? null,
		qualifier: written?.qualifier ?? null,
		timestamp: written?.timestamp ?? null,
		cite: written?.cite ?? [],
		section,
		// Every field of RawQuote from the start: the scan fills the rest in later.
		calloutTitle: undefined,
		calloutSourced: undefined,
		calloutDeclared: undefined,
		next: undefined,
		quote: undefined,
		leadIn: undefined,
		leadText: undefined,
		headings: undefined,
		quotesSection: undefined,
		continued: undefined,
		inTurn: undefined,
		needsSpeaker: undefined,
		answer: undefined,
		asks: undefined,
		field: undefined,
		soloLabel: undefined,
	};
}

const QUOTATION_MARK = /["“„«]/g;

/** Whether an opening quotation mark (`"`, `“`, `„`, `«`) stands in `line` at or after `from`. */
export function hasQuotationMark(line: string, from: number): boolean {
	QUOTATION_MARK.lastIndex = from;
	return QUOTATION_MARK.test(line);
}

/**
 * The quotation that opens at `at` (after up to three `*` or `_` of emphasis, `**“…”**`): where its mark
 * is, how much emphasis wraps it and the marks that may close it; null when no quotation opens there.
 */
export function openingQuotation(line: string, at: number): { wrap: number; emphasis: string; open: number; closers: string } | null {
	let wrap = 0;
	const emphasis = line.charAt(at);
	if (emphasis === "*" || emphasis === "_") while (wrap < 3 && line.charAt(at + wrap) === emphasis) wrap++;
	const closers = CLOSERS_OF.get(line.charAt(at + wrap));
	return closers === undefined ? null : { wrap, emphasis, open: at + wrap, closers };
}

/** Opening quotation marks and the marks that may close each (at most three: list.ts reads three). */
export const CLOSERS: Record<string, string> = {
	'"': '"”',
	"“": "”\"“",
	"„": "“”\"",
	"«": "»",
	"「": "」",
	"『": "』",
};

const CLOSERS_OF = new Map(Object.entries(CLOSERS));
