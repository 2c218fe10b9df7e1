// Speakers as the index reports them (name, the spellings seen, counts, notes) and merge suggestions
// for spellings that are probably the same person.
import { nameKey } from "../quotes/names";
import type { MergeSuggestion, Speaker } from "../types";
import type { IndexedQuote } from "./types";

/** The spelling written on the quote, without link brackets: `[[Sam Altman|Sam]]` → `Sam`. */
export function writtenName(raw: string): string {
	const link = /^\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]$/.exec(raw.trim());
	if (link) return (link[2] ?? link[1]).trim();
	const md = /^\[([^\]]+)\]\([^)]*\)$/.exec(raw.trim());
	return (md ? md[1] : raw).replace(/^\*\*|\*\*$/g, "").trim();
}

export function aggregateSpeakers(quotes: readonly IndexedQuote[], aliasTable: Record<string, string>): Speaker[] {
	const byName = new Map<string, { aliases: Set<string>; count: number; notes: Set<string> }>();
	for (const q of quotes) {
		if (q.speaker === null) continue;
		let s = byName.get(q.speaker);
		if (!s) {
			s = { aliases: new Set(), count: 0, notes: new Set() };
			byName.set(q.speaker, s);
		}
		s.count++;
		s.notes.add(q.path);
		if (q.speakerRaw !== null) {
			const written = writtenName(q.speakerRaw);
			if (written !== "" && written !== q.speaker) s.aliases.add(written);
		}
	}
	for (const [alias, canonical] of Object.entries(aliasTable)) {
		const s = byName.get(canonical.trim());
		if (s && alias.trim() !== canonical.trim()) s.aliases.add(alias.trim());
	}
	return [...byName]
		.map(([name, s]) => ({ name, aliases: [...s.aliases].sort(), quoteCount: s.count, notes: [...s.notes].sort() }))
		.sort((a, b) => b.quoteCount - a.quoteCount || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Edit distance, stopping early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			best = Math.min(best, row[j]);
		}
		if (best > max) return max + 1;
		prev = row;
	}
	return prev[b.length];
}

/**
 * Pairs of speakers that are probably one person: the same name written differently (case, accents,
 * hyphens), or a one- or two-letter typo in a name of 8+ letters with the same first letter. The less
 * quoted spelling is suggested to merge into the more quoted one. Names already in the alias table are skipped.
 */
export function suggestMerges(speakers: readonly Speaker[], aliasTable: Record<string, string>): MergeSuggestion[] {
	const known = new Set(Object.keys(aliasTable).map(nameKey));
	const keyed = speakers.map((s) => ({ s, key: nameKey(s.name) }));
	const buckets = new Map<string, typeof keyed>();
	for (const x of keyed) {
		const b = buckets.get(x.key.charAt(0)) ?? [];
		b.push(x);
		buckets.set(x.key.charAt(0), b);
	}
	const out: MergeSuggestion[] = [];
	for (const bucket of buckets.values()) {
		for (let i = 0; i < bucket.length; i++) {
			for (let j = i + 1; j < bucket.length; j++) {
				const [a, b] = [bucket[i], bucket[j]];
				let reason: string | null = null;
				if (a.key === b.key) reason = "same name written differently";
				else {
					const len = Math.min(a.key.length, b.key.length);
					const max = len >= 14 ? 2 : len >= 8 ? 1 : 0;
					if (max > 0 && a.key.includes(" ") === b.key.includes(" ") && distance(a.key, b.key, max) <= max) reason = "spelled almost the same";
				}
				if (reason === null) continue;
				const [from, to] = a.s.quoteCount < b.s.quoteCount || (a.s.quoteCount === b.s.quoteCount && a.s.name > b.s.name) ? [a.s, b.s] : [b.s, a.s];
				if (known.has(nameKey(from.name))) continue;
				out.push({ from: from.name, to: to.name, reason: `${reason} (${from.quoteCount} vs ${to.quoteCount} quotes)` });
			}
		}
	}
	return out.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
}
