// The play button of a quote with a time: opens the episode at that moment (YouTube, Vimeo, the audio
// file in the browser; PodNotes links go back to Obsidian, which hands them to PodNotes).
import { setIcon } from "obsidian";
import type { IndexedQuote, QuoteSource } from "../../core/index/types";
import { playLink, type PlayLink } from "../../core/play";

/** The link that plays `q` at its time, from the quote's own link or its note's address; null without one. */
export function quotePlayLink(notes: Pick<QuoteSource, "note">, q: IndexedQuote): PlayLink | null {
	if (!q.timestamp) return null;
	return playLink(q, notes.note(q.path), { podnotes: true });
}

/** Opens the link: the system browser for web addresses, Obsidian's protocol handling for `obsidian://`. */
export function openPlayLink(link: PlayLink): void {
	window.open(link.url, "_blank", "noopener");
}

/**
 * A `▶ 12:05` button named "Play at 12:05". Its click plays and goes no further (the row under it would
 * open the note). Keyboard users reach the same through the quote's menu ("Play at 12:05").
 */
export function createPlayButton(parent: HTMLElement, timestamp: string, link: PlayLink): HTMLButtonElement {
	const button = parent.createEl("button", {
		cls: ["pg-play-button", "clickable-icon"],
		attr: { type: "button", "aria-label": link.label, title: link.label, "data-play-url": link.url, tabindex: "-1" },
	});
	setIcon(button.createSpan({ cls: "pg-play-icon" }), "play");
	button.createSpan({ cls: "pg-play-time", text: timestamp });
	button.addEventListener("click", (evt) => {
		evt.preventDefault();
		evt.stopPropagation();
		openPlayLink(link);
	});
	return button;
}
