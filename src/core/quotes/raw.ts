// A quote as the scanner finds it, before speakers are resolved against the note's people.
import type { Quote, QuoteKind } from "../types";
import type { Attribution } from "./attribution";

/** The speaker as an attribution writes it: the fields a quote takes over from `Attribution`. */
export type WrittenSpeaker = Omit<Attribution, "cut">;

/**
 * `name` is null when no speaker is written or when it is a placeholder (`Speaker 1`). Every maker of a
 * RawQuote writes all fields, the optional ones as undefined, so that all raw quotes share one shape
 * and the loops over them stay monomorphic.
 */
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

/** Opening quotation marks and the marks that may close each (at most three: list.ts reads three). */
export const CLOSERS: Record<string, string> = {
	'"': '"”',
	"“": "”\"“",
	"„": "“”\"",
	"«": "»",
	"「": "」",
	"『": "』",
};

const CLOSERS_BY_CODE = new Map(Object.keys(CLOSERS).map((open) => [open.charCodeAt(0), CLOSERS[open]]));
/** ASCII codes that open a quotation (`"`): most list items start with a letter and skip the map. */
const ASCII_OPENERS = new Uint8Array(128);
for (const code of CLOSERS_BY_CODE.keys()) if (code < 128) ASCII_OPENERS[code] = 1;

/** `CLOSERS` by the opening mark's char code (a lookup by number, not by a one-character string). */
export function closersOf(code: number): string | undefined {
	return code < 128 && ASCII_OPENERS[code] === 0 ? undefined : CLOSERS_BY_CODE.get(code);
}
