// Vault-wide speaker resolution, the speaker list and merge suggestions.
//
// API (pure functions plus one small class; build the directory once per vault change, reuse it per note):
//   new SpeakerDirectory(ctx: SpeakerContext)      person notes (name → aliases) and the user's alias
//                                                  table; lookups are O(1) maps.
//   directory.resolveName(name) → Resolved | null  vault rule that applies to one name, if any.
//   directory.resolveQuotes(quotes, mentions?) → Quote[]  same array when nothing changes, else copies.
//   directory.resolveRecord(record) → NoteRecord   record with resolved quotes (same object when unchanged).
//   speakersOf(records) → Speaker[]                speakers with quote counts, aliases as written, notes.
//   mergeSuggestions(speakers) → MergeSuggestion[] small typos (`Sam Alman` → `Sam Altman`); never applied.
//
// After the note's own rules (see local.ts), only what the user declared applies: a person note by name or
// alias ("vault-person"), then the alias table ("alias-table"), then a person note the note itself names
// for a one-word speaker nothing else in it names (`Paul` and a heading "Paul Ortega on rivers" with a
// person note Paul Ortega: "vault-person"). Full names other notes happen to use never rename a speaker
// (decision 7: speakers never leak between notes). Callouts whose title names a known
// vault person get it as speaker ("callout-title"); next-quote inferences keep their mark.
import { nameKey } from "../quotes/names";
import type { MergeSuggestion, NoteRecord, Quote, Speaker, SpeakerContext, SpeakerInference } from "../types";
import { editDistance } from "./distance";
import type { Resolved } from "./local";

/** A quote's speaker fields as resolution sets them. */
export interface SpeakerFields {
	speaker: string | null;
	speakerRaw: string | null;
	inferred: SpeakerInference;
}

export { NoteNames, type Resolved } from "./local";
export { editDistance } from "./distance";

export class SpeakerDirectory {
	private readonly people = new Map<string, string>();
	private readonly aliases = new Map<string, string>();
	private readonly table = new Map<string, string>();

	constructor(ctx: SpeakerContext = {}) {
		for (const [name, aliases] of ctx.people ?? new Map<string, string[]>()) {
			this.people.set(nameKey(name), name);
			for (const a of aliases) if (!this.aliases.has(nameKey(a))) this.aliases.set(nameKey(a), name);
		}
		for (const [alias, name] of Object.entries(ctx.aliasTable ?? {})) this.table.set(nameKey(alias), name);
	}

	/** The vault rule that renames `name`, or null when the name stays as it is. */
	resolveName(name: string): Resolved | null {
		const key = nameKey(name);
		const person = this.people.get(key);
		if (person !== undefined) return person === name ? null : { speaker: person, inferred: "vault-person" };
		const alias = this.aliases.get(key);
		if (alias !== undefined) return { speaker: alias, inferred: "vault-person" };
		const tabled = this.table.get(key);
		if (tabled !== undefined) return tabled === name ? null : { speaker: tabled, inferred: "alias-table" };
		return null;
	}

	/**
	 * The one person note among `mentions` (name keys the note writes after a one-word speaker, see
	 * NoteRecord.mentions) whose first name is `key`, or null (none, or several).
	 */
	private mentionedPerson(key: string, mentions: readonly string[]): string | null {
		let found: string | null = null;
		for (const m of mentions) {
			const person = this.people.get(m);
			if (person === undefined || !m.startsWith(key + " ") || person === found) continue;
			if (found !== null) return null;
			found = person;
		}
		return found;
	}

	/**
	 * What vault knowledge changes about a quote's speaker fields (given as the note alone resolves them),
	 * or null when they stay as they are; `mentions` is the note's `NoteRecord.mentions`. The index keeps
	 * one object per quote and re-resolves from these.
	 */
	resolveSpeaker(speaker: string | null, speakerRaw: string | null, inferred: SpeakerInference, calloutTitle: string | undefined, mentions?: readonly string[]): SpeakerFields | null {
		if (speaker === null) {
			if (calloutTitle === undefined) return null;
			const r = this.resolveName(calloutTitle);
			const known = r !== null || this.people.has(nameKey(calloutTitle));
			if (!known) return null;
			return { speaker: r ? r.speaker : calloutTitle, speakerRaw: calloutTitle, inferred: "callout-title" };
		}
		let r = this.resolveName(speaker);
		if (r === null && mentions !== undefined) {
			const key = nameKey(speaker);
			const person = key.indexOf(" ") < 0 ? this.mentionedPerson(key, mentions) : null;
			if (person !== null) r = { speaker: person, inferred: "vault-person" };
		}
		if (r === null || r.speaker === speaker) return null;
		// How the quote found its speaker stays the reason shown, when the vault only completes the name.
		const keep = inferred !== null && CONTEXT_INFERENCES.has(inferred);
		return { speaker: r.speaker, speakerRaw, inferred: keep ? inferred : r.inferred };
	}

	private resolveQuote(q: Quote, mentions: readonly string[] | undefined): Quote {
		const r = this.resolveSpeaker(q.speaker, q.speakerRaw, q.inferred, q.calloutTitle, mentions);
		return r === null ? q : { ...q, speaker: r.speaker, speakerRaw: r.speakerRaw, inferred: r.inferred };
	}

	/** `mentions`: the note's `NoteRecord.mentions`. */
	resolveQuotes(quotes: Quote[], mentions?: readonly string[]): Quote[] {
		let out: Quote[] | null = null;
		for (let i = 0; i < quotes.length; i++) {
			const q = this.resolveQuote(quotes[i], mentions);
			if (q !== quotes[i]) {
				if (out === null) out = quotes.slice();
				out[i] = q;
			}
		}
		return out ?? quotes;
	}

	resolveRecord(record: NoteRecord): NoteRecord {
		const quotes = this.resolveQuotes(record.quotes, record.mentions);
		return quotes === record.quotes ? record : { ...record, quotes };
	}
}

const CONTEXT_INFERENCES = new Set<SpeakerInference>(["next-quote", "callout-title", "lead-in", "heading", "turn-continuation", "single-guest", "context"]);

/** Written form of a raw speaker without link markup: `[[Sam Altman|Sam]]` → `Sam`. */
function shownName(raw: string): string {
	const wiki = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]$/.exec(raw);
	if (wiki) return (wiki[2] ?? wiki[1]).trim();
	const md = /^\[([^\]]*)\]\(/.exec(raw);
	return md ? md[1].trim() : raw;
}

/** Speakers of `records` by quote count (most quoted first), with the other spellings used for them. */
export function speakersOf(records: Iterable<NoteRecord>): Speaker[] {
	const byName = new Map<string, { speaker: Speaker; notes: Set<string>; aliases: Set<string> }>();
	for (const r of records) {
		for (const q of r.quotes) {
			if (q.speaker === null) continue;
			let e = byName.get(q.speaker);
			if (e === undefined) {
				e = { speaker: { name: q.speaker, aliases: [], quoteCount: 0, notes: [] }, notes: new Set(), aliases: new Set() };
				byName.set(q.speaker, e);
			}
			e.speaker.quoteCount++;
			e.notes.add(r.path);
			if (q.speakerRaw !== null) {
				const shown = shownName(q.speakerRaw);
				if (shown !== q.speaker) e.aliases.add(shown);
			}
		}
	}
	const out: Speaker[] = [];
	for (const e of byName.values()) {
		e.speaker.notes = [...e.notes].sort();
		e.speaker.aliases = [...e.aliases].sort();
		out.push(e.speaker);
	}
	return out.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
}

/**
 * Pairs of speakers whose names differ by a small typo: one edit, two for names of 14 letters or more.
 * Single short words (`Lex`/`Lee`) are never paired. The less quoted spelling is `from`.
 */
export function mergeSuggestions(speakers: Speaker[]): MergeSuggestion[] {
	const list = speakers
		.filter((s) => s.name.length >= 5 || /\s/.test(s.name))
		.map((s) => ({ s, key: nameKey(s.name) }))
		.sort((a, b) => a.key.length - b.key.length);
	const out: MergeSuggestion[] = [];
	for (let i = 0; i < list.length; i++) {
		for (let j = i + 1; j < list.length && list[j].key.length - list[i].key.length <= 2; j++) {
			const a = list[i];
			const b = list[j];
			if (a.key === b.key) continue;
			const max = Math.min(a.key.length, b.key.length) >= 14 ? 2 : 1;
			const d = editDistance(a.key, b.key, max);
			if (d > max) continue;
			const [from, to] = a.s.quoteCount < b.s.quoteCount || (a.s.quoteCount === b.s.quoteCount && a.s.name > b.s.name) ? [a.s, b.s] : [b.s, a.s];
			out.push({
				from: from.name,
				to: to.name,
				reason: `"${from.name}" (${from.quoteCount} ${plural(from.quoteCount)}) is ${d} ${d === 1 ? "letter" : "letters"} away from "${to.name}" (${to.quoteCount} ${plural(to.quoteCount)}); merge them with the alias table if they are the same person.`,
			});
		}
	}
	return out;
}

function plural(n: number): string {
	return n === 1 ? "quote" : "quotes";
}
