// When an episode was published, as the site orders episodes: newest first. The date comes from the
// note's public `date` or `published` frontmatter (the parser's `episode.date`), written in any common
// form; a note without a readable date sorts after every dated one.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function iso(year: number, month: number, day: number): string {
	if (month < 1 || month > 12 || day < 1 || day > 31) return "";
	return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function monthOf(word: string): number {
	return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/**
 * `2023-03-25`, `2023-03-25T10:00`, `2023/3/25`, `25 March 2023`, `March 25, 2023`, `2023-03` and `2023`
 * become `YYYY-MM-DD` (missing parts as `00`, so a month sorts before its days); anything else is "".
 */
export function episodeDateKey(date: string | null): string {
	if (date === null) return "";
	const text = date.trim();
	let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(text);
	if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(text);
	if (m && monthOf(m[2]) > 0) return iso(Number(m[3]), monthOf(m[2]), Number(m[1]));
	m = /^([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
	if (m && monthOf(m[1]) > 0) return iso(Number(m[3]), monthOf(m[1]), Number(m[2]));
	m = /^(\d{4})[-/](\d{1,2})$/.exec(text);
	if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2].padStart(2, "0")}-00`;
	m = /^(\d{4})$/.exec(text);
	return m ? `${m[1]}-00-00` : "";
}

/** What an episode is ordered by: its date, its number, its title, its URL (the last makes it total). */
export interface EpisodeOrder {
	title: string;
	url: string;
	episode: { date: string | null; number: number | null };
}

/** Sorting compares each date many times: its key is read once (a garden has a few thousand dates). */
const keys = new Map<string, string>();

function dateKey(date: string | null): string {
	if (date === null) return "";
	let key = keys.get(date);
	if (key === undefined) {
		if (keys.size > 10000) keys.clear();
		keys.set(date, (key = episodeDateKey(date)));
	}
	return key;
}

/** Newest first: by date (undated last), then by episode number (highest first), then title and URL. */
export function newestFirst(a: EpisodeOrder, b: EpisodeOrder): number {
	const da = dateKey(a.episode.date);
	const db = dateKey(b.episode.date);
	if (da !== db) return da === "" ? 1 : db === "" ? -1 : da < db ? 1 : -1;
	const na = a.episode.number ?? -1;
	const nb = b.episode.number ?? -1;
	if (na !== nb) return nb - na;
	return a.title.localeCompare(b.title) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}
