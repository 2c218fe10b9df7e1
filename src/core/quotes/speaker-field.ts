// A quotation on a line of its own (a heading or a paragraph) with a field right below it naming who said it:
// `### 1位 「植物は人間様のためにGABAを作ってるわけじゃない」` then `**話者**: TTさん ／ **エピソード**: #31 …`, or
// `"Stay hungry."` then `Speaker:: Steve Jobs`. The field line is the quotation's attribution, never a turn.
import { rawQuote, type RawQuote } from "./raw";

/** The field: its label in bold or plain, `:`, `：` or Dataview's `::`, then the value. */
const SPEAKER_FIELD = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:speaker|said by|話者|発言者|发言人|说话人|發言人|sprecher(?:in)?|orador(?:a)?|locut(?:eur|rice))(?:\*\*|__)?[ \t]*(?:::|[:：])(?:\*\*|__)?[ \t]*(\S.{0,200})$/i;
const FIELD_LABEL = /^(?:speaker|said by|話者|発言者|发言人|说话人|發言人|sprecher(?:in)?|orador(?:a)?|locut(?:eur|rice))$/i;

/** Whether a label the scan read (a turn's, an inline field's key) is a speaker field's: then the note may hold one. */
export function isSpeakerFieldLabel(label: string): boolean {
	return label.length <= 12 && FIELD_LABEL.test(label);
}

/**
 * A heading's marks, then a rank or number (`1位`, `#3`, `12.`), before the quotation; or a list item's field
 * that says it holds one (`- **Quote:** "…"` over `- **Speaker:** Anthony (CEO)`, as analysis notes list claims).
 */
const LINE_OPENING = /^[ \t]*(?:#{1,6}[ \t]+)?(?:(?:#?\d{1,3}(?:位|\.|\))?|第\d{1,3}位)[ \t]+)?(?:[-*+][ \t]+(?:\*\*|__)?(?:quote|quotation|zitat|cita|citação|citation|引用|引言)(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*)?/i;
const QUOTATIONS: Array<[string, string]> = [
	["「", "」"],
	["『", "』"],
	["“", "”"],
	['"', '"'],
	["«", "»"],
	["„", "“"],
];
/** What ends the name in the field's value: another field after a slash or a bar, or a comma. */
const VALUE_END = /[ \t]*(?:[／/|｜,，、]|\*\*|__).*$/;
/** A Japanese or Chinese honorific after the name (`TTさん`). */
const HONORIFIC = /(?:さん|様|氏|先生)$/;

export interface SpeakerFields {
	quotes: RawQuote[];
	/** 1-based lines of the fields: no turn opens there. */
	fields: Set<number>;
}

/** A note in brackets after the value: `鈴木大輔さん（腸内細菌相談室）`, `Listener (Ryun)`. */
const BRACKETED = /^(.*?)[ \t]*[（(]([^（）()]{1,40})[）)]$/;
/** Who a value in brackets names when the words before them are only a role: `リスナー（リュウンさん）`. */
const ROLES = /^(?:リスナー|ゲスト|listener|guest|caller|audience member)$/i;

/** The name a field's value gives: without a note in brackets or an honorific, or the one in brackets after a role. */
function fieldName(value: string): string {
	const m = BRACKETED.exec(value);
	const name = m === null ? value : ROLES.test(m[1]) ? m[2] : m[1];
	return name.trim().replace(HONORIFIC, "");
}

/** Where the quotation stands in its source, after it: `"…" (Lines 705-707)`, `「…」[12:30]`. */
const TRAILING_REFERENCE = /[ \t]+[([][^()[\]]{1,40}[)\]]$/;

/** The quotation of a line that is wholly one (after a heading's marks and a rank), or null. */
function quotationOf(line: string): string | null {
	const text = line.replace(LINE_OPENING, "").trim().replace(TRAILING_REFERENCE, "");
	for (const [open, close] of QUOTATIONS) {
		if (text.length > 2 && text.startsWith(open) && text.endsWith(close) && text.indexOf(close, open.length) === text.length - close.length) return text;
	}
	return null;
}

/** The quotations a speaker field attributes, in the note's lines from `start` (0-based); null when there are none. */
export function speakerFields(lines: readonly string[], start: number, section: (line: number) => string[]): SpeakerFields | null {
	const quotes: RawQuote[] = [];
	const fields = new Set<number>();
	for (let i = Math.max(start, 1); i < lines.length; i++) {
		const m = lines[i].length < 260 ? SPEAKER_FIELD.exec(lines[i]) : null;
		if (m === null) continue;
		const said = quotationOf(lines[i - 1]);
		if (said === null) continue;
		const name = fieldName(m[1].replace(VALUE_END, "").replace(/[*_]+/g, "").trim());
		if (name.length === 0 || name.length > 60) continue;
		quotes.push(rawQuote("paragraph", i, i, said, section(i), { speakerRaw: name, name, target: null, qualifier: null, timestamp: null, cite: [] }));
		fields.add(i + 1);
	}
	return quotes.length === 0 ? null : { quotes, fields };
}
