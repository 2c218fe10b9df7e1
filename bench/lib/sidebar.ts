// What the sidebar scenarios share: an index of the whole vault and the sidebar's geometry (the row
// heights QuotesView starts from, a sidebar about 900 px high).
import { QuoteIndex } from "../../src/core/index";
import type { NoteInput } from "../../src/core/types";

export const VIEWPORT = 900;
export const QUOTE_ROW = 108;
export const GROUP_ROW = 34;
export const OVERSCAN = 5;

export function indexOf(vault: readonly NoteInput[]): QuoteIndex {
	const index = new QuoteIndex();
	index.upsertMany(vault);
	return index;
}
