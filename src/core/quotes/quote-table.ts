// A table listing quotes with who said them (`| Quote | Speaker | Context |`), as LLM summaries write a
// "Notable quotes" section: each body row is a quote (kind `list`), its speaker the row's cell in the speaker column.
// A header naming a quote column makes a table a quote table; without a speaker column its rows are quotes
// only when wholly in quotation marks and the note says whose they are (its subject, its one guest).
import { speakerSpec } from "./attribution";
import { timestampOf } from "./names";
import { rawQuote, type RawQuote } from "./raw";
import { isPlaceholderLabel } from "./turns";

const QUOTE_COLUMN = /^(?:quotes?|key quotes?|zitate?|citations?|citas?|citações|citação|citazioni|citazione|cytaty?|цитаты?|引用|名言|金句|語録|语录)$/i;
const SPEAKER_COLUMN = /^(?:speaker|speakers|who|by|said by|credit|credited to|attribution|attributed to|author|autor|auteur|autore|автор|作者|저자|著者|person|sprecher|sprecherin|orateur|intervenant|orador|hablante|falante|发言人|說話人|说话人|話者|role|character|角色)$/i;
/** A column of words, named plainly: read as the quotes only beside a speaker column. */
// A learner's subtitle table (`| Role | Time | Sentence | 译文 |`, `| 角色 | 时间 | 英文原句 | 中文译文 |`): the line as said;
// a captioned recording's log (`| timecode | speaker | caption |`).
const TEXT_COLUMN = /^(?:text|transcript|words|dialogue|line|sentence|caption|texto|texte|transkript|transcrição|transcripción|原句|英文原句|台词|台詞)$/i;
/** A column of times in the recording (`| Time |`, `| 时间 |`). */
const TIME_COLUMN = /^(?:time|timestamp|timecode|start|时间|時間)$/i;
/** A cell wholly in quotation marks (`"…"`, `“…”`, `*"…"*`). */
const QUOTED = /^[*_]*["“«„「『][\s\S]{8,}["”»“」』][*_]*$/;
/** One capital letter alone in a speaker column (`| 00:05 | B | … |`): a voice told apart, not named. */
const VOICE_LETTER = /^\p{Lu}$/u;
/** A delimiter row: `|---|:---:|`, or as short as GitHub reads one (`|:-:|:-:|`). */
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** The cells of a table row, without the outer pipes; `\|` stays inside a cell. */
function cells(line: string): string[] {
	const out: string[] = [];
	let cell = "";
	const s = line.trim();
	for (let k = s.startsWith("|") ? 1 : 0; k < s.length; k++) {
		if (s[k] === "\\" && s[k + 1] === "|") {
			cell += "|";
			k++;
		} else if (s[k] === "|") {
			out.push(cell.trim());
			cell = "";
		} else cell += s[k];
	}
	if (cell.trim() !== "") out.push(cell.trim());
	return out;
}

/**
 * The text a cell shows, without its images and tags: `<div id="alan-kay"></div> [![Alan Kay](…)](…) <br> Alan Kay
 * (Computer Scientist)`, an author's anchor and portrait then the name, is `Alan Kay (Computer Scientist)`.
 */
function shownText(cell: string): string {
	if (cell.indexOf("<") < 0 && cell.indexOf("![") < 0) return cell;
	return cell.replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)|<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The quotes of a quote table whose header row is line `i` (0-based), with the index of its last row; or
 * null when the line opens no such table.
 */
export function quoteTableAt(lines: readonly string[], i: number, section: string[]): { quotes: RawQuote[]; last: number } | null {
	if (i + 1 >= lines.length || !DELIMITER.test(lines[i + 1])) return null;
	const header = cells(lines[i]).map((h) => h.replace(/[*_]/g, "").trim());
	const speakerAt = header.findIndex((h) => SPEAKER_COLUMN.test(h));
	// `| References | Person | Text |` (a Rev transcript as a table): a text column beside a speaker column holds the words.
	let quoteAt = header.findIndex((h) => QUOTE_COLUMN.test(h));
	if (quoteAt < 0 && speakerAt >= 0) quoteAt = header.findIndex((h) => TEXT_COLUMN.test(h));
	if (quoteAt < 0) return null;
	const timeAt = speakerAt >= 0 ? header.findIndex((h) => TIME_COLUMN.test(h)) : -1;
	const quotes: RawQuote[] = [];
	let last = i + 1;
	for (let k = i + 2; k < lines.length && lines[k].trimStart().startsWith("|"); k++) {
		last = k;
		const row = cells(lines[k]);
		const text = row[quoteAt] ?? "";
		// `| 引用 |` beside `| 作者 |` in a bibliography counts citations: a cell without a letter is no one's words.
		if (!/\p{L}/u.test(text)) continue;
		// Without a speaker column only a cell wholly in quotation marks is a quote (whose, the note says).
		if (speakerAt < 0 && !QUOTED.test(text)) continue;
		const cell = speakerAt < 0 ? "" : shownText(row[speakerAt] ?? "");
		const time = timeAt < 0 ? null : timestampOf(row[timeAt] ?? "");
		// `A`, `B`: a diarised voice's letter, in a column that says it holds speakers, is a voice that names nobody.
		const spec = speakerAt < 0 ? null : VOICE_LETTER.test(cell) ? { raw: cell, name: cell, target: null, qualifier: null } : speakerSpec(cell, false);
		// `SPK_5` (a diarised voice) names nobody, as after a dash.
		const written = spec === null ? null : { speakerRaw: spec.raw, name: isPlaceholderLabel(spec.name) || VOICE_LETTER.test(spec.name) ? null : spec.name, target: spec.target, qualifier: spec.qualifier, timestamp: time, cite: [] };
		const q = rawQuote("list", k + 1, k + 1, text, section, written);
		// A row with no speaker is a quote only when one is found for it, as a quoted list item.
		if (written === null) q.needsSpeaker = true;
		quotes.push(q);
	}
	return { quotes, last };
}
