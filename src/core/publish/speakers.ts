// Speakers as the site shows them. The sidebar resolves names with everything the vault declares; a site
// may use only what it publishes: a quote's speaker comes from its own note, published person notes and
// the alias table the user typed. An unflagged person note (`aliases: [Sam]`) never turns `– Sam` into
// the name it holds on any page, speaker page, quotes index or search file.
import { contributionOf, speakerDirectoryOf } from "../index/vault-context";
import { noteOwnSpeaker, StoredQuote } from "../index/stored-quote";
import type { SpeakerFields } from "../speakers";
import type { NoteRecord, Quote } from "../types";
import type { PublishedNote } from "./selection";

/** Per record object: the site's record for the directory with that signature (plans reuse it). */
const resolved = new WeakMap<NoteRecord, { sig: string; record: NoteRecord }>();

/**
 * The published notes with speakers resolved from published notes and `aliasTable` only. Each record is
 * resolved from its quotes' note-own fields (records as the quote index or `parseNote` give them); a
 * record whose speakers come out the same is kept as the same object.
 */
export function siteSpeakers(published: readonly PublishedNote[], aliasTable: Record<string, string>): PublishedNote[] {
	const contributions = published.map((n) => contributionOf(n.record));
	const sig = JSON.stringify([contributions.filter((c) => c.person !== null).map((c) => c.person), Object.entries(aliasTable)]);
	const directory = speakerDirectoryOf(contributions, aliasTable);
	return published.map((note) => {
		const known = resolved.get(note.record);
		if (known && known.sig === sig) return known.record === note.record ? note : { ...note, record: known.record };
		let quotes: Quote[] | null = null;
		const list = note.record.quotes;
		for (let i = 0; i < list.length; i++) {
			const q = list[i];
			const own = noteOwnSpeaker(q);
			const want = directory.resolveSpeaker(own.speaker, own.speakerRaw, own.inferred, q.calloutTitle, note.record.mentions) ?? own;
			if (same(q, want)) continue;
			quotes ??= list.slice();
			quotes[i] = withSpeaker(q, want);
		}
		const record = quotes === null ? note.record : { ...note.record, quotes };
		resolved.set(note.record, { sig, record });
		return record === note.record ? note : { ...note, record };
	});
}

function same(q: Quote, f: SpeakerFields): boolean {
	return q.speaker === f.speaker && q.speakerRaw === f.speakerRaw && q.inferred === f.inferred;
}

/** A copy of `q` with other speaker fields (the index's quotes are copied as such: their text is a getter). */
function withSpeaker(q: Quote, f: SpeakerFields): Quote {
	if (q instanceof StoredQuote) {
		const copy = q.copy();
		copy.setResolved(null);
		if (!same(copy, f)) copy.setResolved(f);
		return copy;
	}
	return { ...q, speaker: f.speaker, speakerRaw: f.speakerRaw, inferred: f.inferred };
}
