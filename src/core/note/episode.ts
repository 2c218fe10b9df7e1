// Episode metadata: frontmatter first, then inline fields (`Show::`, `Owner / Host::`), then what the
// title or permalink says (`367 Sam Altman - …`, `… | Lex Fridman Podcast #489`, `/367-sam-altman-…/`).
import { isNameShaped, personName } from "../quotes/names";
import type { Episode, Frontmatter } from "../types";
import { firstOf, listOf, numberOf, textOf, urlOf } from "./values";

// An interview's note names its two sides so too (`interviewee: Miguel Francisco Almeida Pereira Rocha`).
export const GUEST_KEYS = ["guest", "guests", "interviewee", "interviewees", "entrevistado", "entrevistada"];
export const HOST_KEYS = ["host", "hosts", "interviewer", "interviewers", "entrevistador", "entrevistadora"];
const SHOW_KEYS = ["show", "podcast", "series", "podcast_name", "channel"];
const NUMBER_KEYS = ["episode", "episode_number", "episodeNumber", "episode-number", "number", "ep"];
const TITLE_KEYS = ["title", "episode_title", "episodeTitle"];
const DATE_KEYS = ["date", "published", "pubDate", "pub_date", "release_date", "episode_date", "aired"];
const NO_FIELDS: Record<string, unknown> = Object.freeze({});
const URL_KEYS = ["url", "episode_url", "episode_link", "source_url", "link", "source"];

/** People named by `keys`, as display names (slugs and wikilinks resolved). */
export function peopleOf(record: Record<string, unknown>, keys: string[]): string[] {
	const out: string[] = [];
	for (const key of keys) {
		const value = record[key];
		if (value === undefined || value === null) continue; // most keys are absent: no empty list for them
		for (const v of listOf(value)) {
			// `hosts: [{name: Carlisia Thompson, url: …}]`: a person written as a record names them by `name`.
			const named = typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>).name : undefined;
			for (const one of typeof v === "string" ? bothNames(v) : [v]) {
				const name = personName(typeof one === "string" ? one : typeof named === "string" ? named : textOf(one));
				if (name !== null && !out.includes(name)) out.push(name);
			}
		}
	}
	return out;
}

/** `and`, `et`, `y`, `e`, `und`, `en`, `og`, `och`, `i`, `&` between two names. */
const JOINED = /\s+(?:and|et|y|e|und|en|og|och|i|&)\s+/;

const SLASHED = /\s+\/\s+/;

/** `Mathilde Longuet et Pierre-Yves Gibello`: two full names joined in one value are two people. */
function bothNames(value: string): string[] {
	// `speaker: "Andrew Meyn / Nate Gross / Karan Singhal"`: full names set off by slashes are as many people.
	const slashed = value.split(SLASHED);
	if (slashed.length >= 2 && slashed.every((p) => /\S\s+\S/.test(p.trim()) && isNameShaped(p))) return slashed.map((p) => p.trim());
	const parts = value.split(JOINED);
	return parts.length === 2 && parts.every((p) => /\S\s+\S/.test(p.trim()) && isNameShaped(p)) ? parts.map((p) => p.trim()) : [value];
}

/** Episode number written in a title (`367 Sam…`, `#489`, `Episode 14:`) or permalink (`/367-sam-altman/`). */
export function numberIn(text: string | null): number | null {
	if (!text) return null;
	const m =
		/^(\d{1,5})(?=[\s._-])/.exec(text) ??
		/#(\d{1,5})\b/.exec(text) ??
		/\b(?:episode|ep\.?)\s*(\d{1,5})\b/i.exec(text);
	return m ? parseInt(m[1], 10) : null;
}

function permalinkNumber(permalink: string | null): number | null {
	if (!permalink) return null;
	const segments = permalink.split("/").filter((s) => s.length > 0);
	const last = segments.length > 0 ? segments[segments.length - 1] : "";
	const m = /^(\d{1,5})-/.exec(last);
	return m ? parseInt(m[1], 10) : null;
}

/** `Guest Name: Topic | Show` or `367 Guest Name - Topic`: the guest, when it reads as a name. */
function titleGuest(title: string): string | null {
	const m = /^([^:|]{3,60}):\s/.exec(title) ?? /^\d{1,5}\s+([^-–—|]{3,60}?)\s+[-–—]\s/.exec(title);
	return m && /\S\s+\S/.test(m[1].trim()) && isNameShaped(m[1]) ? m[1].trim() : null;
}

function titleShow(title: string): string | null {
	const bar = title.lastIndexOf("|");
	if (bar < 0) return null;
	const show = title.slice(bar + 1).split(/#|\s\(|\s[-–—]\s/)[0].trim();
	return show.length > 0 ? show : null;
}

export function episodeOf(fm: Frontmatter, fields: Map<string, string>, noteTitle: string, permalink: string | null): Episode {
	const f: Record<string, unknown> = fields.size > 0 ? Object.fromEntries(fields) : NO_FIELDS;
	const title = textOf(firstOf(fm, TITLE_KEYS)) ?? textOf(firstOf(f, ["episodetitle", "title", "fulltitle"])) ?? noteTitle;
	const guests = peopleOf(fm, GUEST_KEYS);
	if (guests.length === 0) guests.push(...peopleOf(f, ["guest", "guests"]));
	if (guests.length === 0) {
		const g = titleGuest(title) ?? titleGuest(noteTitle);
		if (g !== null) guests.push(g);
	}
	const hosts = peopleOf(fm, HOST_KEYS);
	if (hosts.length === 0) hosts.push(...peopleOf(f, ["host", "hosts", "ownerhost"]));
	return {
		show: textOf(firstOf(fm, SHOW_KEYS)) ?? textOf(firstOf(f, ["show", "podcast", "channel"])) ?? titleShow(title),
		number:
			numberOf(firstOf(fm, NUMBER_KEYS)) ??
			numberOf(firstOf(f, ["episodenumber", "episode"])) ??
			numberIn(noteTitle) ??
			numberIn(title) ??
			permalinkNumber(permalink),
		title,
		guests,
		hosts,
		date: textOf(firstOf(fm, DATE_KEYS)) ?? textOf(firstOf(f, ["episodepublishdate", "date", "published"])),
		url: urlOf(firstOf(fm, URL_KEYS)) ?? urlOf(firstOf(f, ["url", "episodelink", "link"])),
	};
}
