// Which address a quote plays from, and the link that plays it at the quote's time. The most local
// address wins: a link on the quote itself (`[▶ 9:21](url)`), then, in Obsidian, the note's PodNotes
// link, then the episode's address in the frontmatter.
import { urlOf } from "../note/values";
import type { Frontmatter, Quote } from "../types";
import { clockOf, secondsOf } from "./time";
import { playUrlAt, type PlayKind } from "./url";

export interface PlayLink {
	url: string;
	kind: PlayKind;
	seconds: number;
	/** `Play at 12:05`: the button's accessible name. */
	label: string;
}

/** What of a note the address can come from (a `NoteRecord` is one). */
export interface PlaySource {
	frontmatter: Frontmatter;
	/** The note's first `obsidian://podnotes?…` link: it is a PodNotes note. */
	podnotes?: string;
}

/** Frontmatter keys holding the episode's address, in the order they are tried; `media`: a file to play. */
export const ADDRESS_KEYS: readonly { key: string; media: boolean }[] = [
	{ key: "youtube", media: false },
	{ key: "video", media: true },
	{ key: "audio", media: true },
	{ key: "stream", media: true },
	{ key: "enclosure", media: true },
	{ key: "episode_url", media: false },
	{ key: "url", media: false },
	{ key: "link", media: false },
	{ key: "episode_link", media: false },
	{ key: "source_url", media: false },
	{ key: "source", media: false },
	{ key: "podcast_url", media: false },
];

export interface PlayOptions {
	/** Offer PodNotes' `obsidian://` links (in Obsidian; never on the published site). */
	podnotes: boolean;
	/** Only these frontmatter keys may give the address (the site's public keys); all when absent. */
	keys?: readonly string[];
}

const CITE_URL = /^\[[^\]]*\]\(([^()\s]+)\)$/;

/** The addresses a frontmatter value holds: a URL, a Markdown link, a list of them; a bare YouTube id under `youtube`. */
function addressesOf(key: string, value: unknown): string[] {
	const values = Array.isArray(value) ? value : [value];
	const out: string[] = [];
	for (const v of values) {
		if (key === "youtube" && typeof v === "string" && /^[A-Za-z0-9_-]{11}$/.test(v.trim())) out.push(`https://www.youtube.com/watch?v=${v.trim()}`);
		else {
			const url = urlOf(v);
			if (url !== null) out.push(url);
		}
	}
	return out;
}

/**
 * The link that plays `quote` at its time, or null when it has no time or nothing it can play from.
 * `note` is the quote's note (its frontmatter and PodNotes link).
 */
export function playLink(quote: Pick<Quote, "timestamp" | "cite">, note: PlaySource | undefined, options: PlayOptions): PlayLink | null {
	const seconds = secondsOf(quote.timestamp);
	if (seconds === null) return null;
	const found = (url: string, media = false): PlayLink | null => {
		const timed = playUrlAt(url, seconds, { media });
		if (timed === null || (timed.kind === "podnotes" && !options.podnotes)) return null;
		return { ...timed, seconds, label: `Play at ${clockOf(seconds)}` };
	};
	for (const cite of quote.cite) {
		const m = CITE_URL.exec(cite);
		const link = m ? found(m[1]) : null;
		if (link) return link;
	}
	if (!note) return null;
	if (options.podnotes && note.podnotes) {
		const link = found(note.podnotes);
		if (link) return link;
	}
	for (const { key, media } of ADDRESS_KEYS) {
		if (options.keys && !options.keys.includes(key)) continue;
		const value = note.frontmatter[key];
		if (value === undefined || value === null) continue;
		for (const url of addressesOf(key, value)) {
			const link = found(url, media);
			if (link) return link;
		}
	}
	return null;
}

/** `[▶ 12:05](url)`: the link as Markdown (our parser reads it back as the quote's time and cite). */
export function playLinkMarkdown(timestamp: string, link: PlayLink): string {
	return `[▶ ${timestamp}](${link.url})`;
}
