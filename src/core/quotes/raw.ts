// A quote as the scanner finds it, before speakers are resolved against the note's people.
import type { Quote, QuoteKind } from "../types";

export interface RawQuote {
	kind: QuoteKind;
	/** 1-based, inclusive. */
	line: number;
	endLine: number;
	text: string;
	/** Speaker as written (links keep their markup), or null. */
	speakerRaw: string | null;
	/** Display name of the written speaker, or null when none or when it is a placeholder (`Speaker 1`). */
	name: string | null;
	/** Note a link speaker points at. */
	target: string | null;
	qualifier: string | null;
	timestamp: string | null;
	cite: string[];
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
