// The one object the index keeps per quote. It is at once the quote of the vault-resolved `NoteRecord`
// and the `IndexedQuote` lists read: the note-level fields (path, title, episode, flag) come from one
// object per note, and only a quote whose speaker the vault changed carries its note-local speaker, so
// re-resolution never needs the parsed record again.
import type { SpeakerFields } from "../speakers";
import type { Episode, Quote, QuoteKind, SpeakerInference } from "../types";
import type { IndexedQuote } from "./types";

/** What every quote of a note shares. */
export interface NoteFacts {
	readonly path: string;
	readonly title: string;
	readonly episode: Episode;
	readonly flagged: boolean;
}

interface Extra {
	calloutTitle: string | undefined;
	local: SpeakerFields | null;
}

/**
 * A quote as the index keeps it: a `Quote` with its text and the note-level fields of `IndexedQuote` as
 * getters. Never changed once handed out (the index replaces it), so readers may key caches by the object.
 */
export class StoredQuote implements IndexedQuote {
	id: string;
	readonly text: string;
	kind: QuoteKind;
	speaker: string | null;
	speakerRaw: string | null;
	inferred: SpeakerInference;
	qualifier: string | null;
	timestamp: string | null;
	cite: string[];
	line: number;
	endLine: number;
	section: string[];
	/** The note's shared fields. */
	readonly note: NoteFacts;
	/** What few quotes have, in one field (replaced, never changed: copies share it). */
	private extra: Extra | null;

	/** @param text The quote's text as the index keeps it (detach.ts: a copy of its own, not a cut of the note). */
	constructor(q: Omit<Quote, "text">, note: NoteFacts, text: string) {
		this.id = q.id;
		this.text = text;
		this.kind = q.kind;
		this.speaker = q.speaker;
		this.speakerRaw = q.speakerRaw;
		this.inferred = q.inferred;
		this.qualifier = q.qualifier;
		this.timestamp = q.timestamp;
		this.cite = q.cite;
		this.line = q.line;
		this.endLine = q.endLine;
		this.section = q.section;
		this.note = note;
		this.extra = q.calloutTitle === undefined ? null : { calloutTitle: q.calloutTitle, local: null };
	}

	get calloutTitle(): string | undefined {
		return this.extra === null ? undefined : this.extra.calloutTitle;
	}

	/** The speaker fields as the note alone gives them, when the vault changed them; null when it did not. */
	private get local(): SpeakerFields | null {
		return this.extra === null ? null : this.extra.local;
	}

	private setLocal(local: SpeakerFields | null): void {
		const calloutTitle = this.calloutTitle;
		this.extra = local === null && calloutTitle === undefined ? null : { calloutTitle, local };
	}

	get path(): string {
		return this.note.path;
	}

	get noteTitle(): string {
		return this.note.title;
	}

	get episode(): Episode {
		return this.note.episode;
	}

	get flagged(): boolean {
		return this.note.flagged;
	}

	/** Sets the vault's answer (null: the note's own), keeping the note's own fields to resolve from later. */
	setResolved(r: SpeakerFields | null): void {
		const local = this.local;
		if (r === null) {
			if (local === null) return;
			this.speaker = local.speaker;
			this.speakerRaw = local.speakerRaw;
			this.inferred = local.inferred;
			this.setLocal(null);
			return;
		}
		if (local === null) this.setLocal({ speaker: this.speaker, speakerRaw: this.speakerRaw, inferred: this.inferred });
		this.speaker = r.speaker;
		this.speakerRaw = r.speakerRaw;
		this.inferred = r.inferred;
	}

	/** Whether the vault's answer `r` is what this quote already holds. */
	holds(r: SpeakerFields | null): boolean {
		if (r === null) return this.local === null;
		return this.local !== null && this.speaker === r.speaker && this.speakerRaw === r.speakerRaw && this.inferred === r.inferred;
	}

	/** A copy (for a record already handed out: readers may cache per quote object). */
	copy(): StoredQuote {
		const out = new StoredQuote(this, this.note, this.text);
		out.extra = this.extra;
		return out;
	}

	/** The note-local speaker fields (what resolution starts from). */
	get localSpeaker(): string | null {
		return this.local === null ? this.speaker : this.local.speaker;
	}

	get localSpeakerRaw(): string | null {
		return this.local === null ? this.speakerRaw : this.local.speakerRaw;
	}

	get localInferred(): SpeakerInference {
		return this.local === null ? this.inferred : this.local.inferred;
	}
}

/** A quote's speaker fields as its note alone gives them: the index keeps them on each quote it changed. */
export function noteOwnSpeaker(q: Quote): SpeakerFields {
	if (q instanceof StoredQuote) return { speaker: q.localSpeaker, speakerRaw: q.localSpeakerRaw, inferred: q.localInferred };
	return { speaker: q.speaker, speakerRaw: q.speakerRaw, inferred: q.inferred };
}
