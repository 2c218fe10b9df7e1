// The filter chips of the quote search (speakers, shows, flagged, needs a speaker, one note) and the
// tests on queries that quote-search.ts builds on.
import type { IndexedQuote, QuoteFilter } from "../index/types";

/** The chips as one test, or null when there are none. */
export function chipTest(filter: QuoteFilter): ((q: IndexedQuote) => boolean) | null {
	const speakers = filter.speakers && filter.speakers.length > 0 ? new Set(filter.speakers) : null;
	const shows = filter.shows && filter.shows.length > 0 ? new Set(filter.shows) : null;
	const flaggedOnly = filter.flaggedOnly === true;
	const needsSpeaker = filter.needsSpeaker === true;
	const path = filter.path;
	if (!speakers && !shows && !flaggedOnly && !needsSpeaker && path === undefined) return null;
	return (q) =>
		(path === undefined || q.path === path) &&
		(!flaggedOnly || q.flagged) &&
		(!needsSpeaker || q.speaker === null) &&
		(speakers === null || (q.speaker !== null && speakers.has(q.speaker))) &&
		(shows === null || (q.episode.show !== null && shows.has(q.episode.show)));
}

/** The chips as a key: equal keys, equal chips (in any order). */
export function chipKey(filter: QuoteFilter): string {
	return JSON.stringify([
		[...(filter.speakers ?? [])].sort(),
		[...(filter.shows ?? [])].sort(),
		filter.flaggedOnly === true,
		filter.needsSpeaker === true,
		filter.path ?? null,
	]);
}

/** The filter asks only for one note's quotes (no words, no chips): hosts answer it from the note's own list. */
export function onlyPath(filter: QuoteFilter): filter is QuoteFilter & { path: string } {
	return filter.path !== undefined && !filter.query && !filter.speakers?.length && !filter.shows?.length && !filter.flaggedOnly && !filter.needsSpeaker;
}

/** Every old word is the start of some new word: the new matches are a subset of the old ones. */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
	return previous.every((p) => next.some((n) => n.startsWith(p)));
}
