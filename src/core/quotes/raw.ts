// A quote as the scanner finds it, before speakers are resolved against the note's people.
import type { Quote, QuoteKind } from "../types";
import type { Attribution } from "./attribution";

/** The speaker as an attribution writes it: the fields a quote takes over from `Attribution`. */
export type WrittenSpeaker = Omit<Attribution, "cut">;

/** `name` is null when no speaker is written or when it is a placeholder (`Speaker 1`). */
export interface RawQuote extends WrittenSpeaker {
	kind: QuoteKind;
	/** 1-based, inclusive. */
	line: number;
	endLine: number;
	text: string;
	section: string[];
	/** A callout's title, kept so vault knowledge can still make it the speaker. */
	calloutTitle?: string;
	/** Unattributed blockquote followed (blank lines only) by this attributed one. */
	next?: RawQuote;
	/** The finished quote, once speakers are resolved. */
	quote?: Quote;
}

/** Opening quotation marks and the marks that may close each. */
export const CLOSERS: Record<string, string> = {
	'"': '"”',
	"“": "”\"“",
	"„": "“”\"",
	"«": "»",
	"「": "」",
	"『": "』",
};

const CLOSERS_BY_CODE = new Map(Object.keys(CLOSERS).map((open) => [open.charCodeAt(0), CLOSERS[open]]));

/** `CLOSERS` by the opening mark's char code (a lookup by number, not by a one-character string). */
export function closersOf(code: number): string | undefined {
	return CLOSERS_BY_CODE.get(code);
}
