// Keeps the index from holding whole note texts, and keeps what it holds small. A heading or a speaker
// name cut from a note is a view into the note's entire text (V8 sliced strings), and a cut from a note
// with any character above U+00FF is stored two bytes a character even when the cut itself is pure ASCII.
// So every string a kept record holds is copied, once per parse, into the narrowest flat form the engine
// offers, through `JSON.stringify` / `JSON.parse` round trips (V8's JSON parser narrows each string it
// makes): the note-level values (frontmatter, episode, tags …) in one, names and headings in another
// (equal short strings share one copy).
// Quote texts, the bulk, are copied per note by `detachedTexts`. Without these copies the index held 5.4×
// the quote text on the bench vault (docs/decisions, 12), past the heap budget of 3×.
import type { NoteRecord, PublishFlag, Section } from "../types";
import { ownString } from "../util/strings";

/** Empty lists are shared (read-only): a quote without cite links or a heading without children holds no array of its own. */
const NO_STRINGS: string[] = Object.freeze([] as string[]) as string[];
const NO_SECTIONS: Section[] = Object.freeze([] as Section[]) as Section[];

/** `list`, or the shared empty list when it is empty. */
export function shared<T>(list: T[]): T[] {
	return list.length === 0 ? (NO_STRINGS as unknown as T[]) : list;
}

/** A copy of `list` without the spare room an array grown by `push` keeps (or the shared empty list). */
function trimmed<T>(list: T[]): T[] {
	return list.length === 0 ? (NO_STRINGS as unknown as T[]) : list.slice();
}

/** Publish flags take a handful of values (which key, on or off): one frozen object each. */
const FLAGS = new Map<string, PublishFlag>();

function sharedFlag(flag: PublishFlag): PublishFlag {
	const id = `${flag.publish ? 1 : 0}${flag.key ?? ""}`;
	let shared = FLAGS.get(id);
	if (shared === undefined) {
		shared = Object.freeze({ publish: flag.publish, key: flag.key === null ? null : ownString(flag.key) });
		FLAGS.set(id, shared);
	}
	return shared;
}

function isPlain(value: object): boolean {
	const proto = Object.getPrototypeOf(value) as unknown;
	return proto === Object.prototype || proto === null;
}

class StringCopies {
	private readonly strings: string[] = [];
	private readonly shared = new Map<string, number>();
	private readonly targets: Array<Record<string, unknown> | unknown[]> = [];
	private readonly keys: Array<string | number> = [];
	private readonly refs: number[] = [];
	private readonly seen = new Set<object>();
	private lastShared: string | null = null;
	private lastRef = -1;

	/**
	 * Position of `s` in the table; `share`: equal strings get one copy (names, headings; not long texts).
	 * Short strings are copied too: V8 already copied them out of the note, but two bytes a character
	 * when the note had a wide character.
	 */
	add(s: string, share: boolean): number {
		if (!share) return this.strings.push(s) - 1;
		// Quote after quote repeats a heading: no map lookup for a repeat.
		if (s === this.lastShared) return this.lastRef;
		let i = this.shared.get(s);
		if (i === undefined) {
			i = this.strings.push(s) - 1;
			this.shared.set(s, i);
		}
		this.lastShared = s;
		this.lastRef = i;
		return i;
	}

	/** Every string in a plain value (frontmatter, episode, lists), replaced in place once `run` is done. */
	value(value: unknown): void {
		if (value === null || typeof value !== "object" || this.seen.has(value)) return;
		this.seen.add(value);
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) this.slot(value, i, value[i]);
		} else if (isPlain(value)) {
			const record = value as Record<string, unknown>;
			for (const key of Object.keys(record)) this.slot(record, key, record[key]);
		}
	}

	private slot(target: Record<string, unknown> | unknown[], key: string | number, v: unknown): void {
		if (typeof v === "string") {
			if (v.length === 0) return;
			this.targets.push(target);
			this.keys.push(key);
			this.refs.push(this.add(v, v.length <= 64));
		} else this.value(v);
	}

	/** The copies in table order; slots registered through `value` are written. */
	run(): string[] {
		const strings = this.strings.length === 0 ? this.strings : (JSON.parse(JSON.stringify(this.strings)) as string[]);
		const { targets, keys, refs } = this;
		for (let i = 0; i < refs.length; i++) (targets[i] as Record<string | number, unknown>)[keys[i]] = strings[refs[i]];
		return strings;
	}
}

function sectionStrings(sections: Section[], copies: StringCopies, refs: number[]): void {
	for (const s of sections) {
		refs.push(copies.add(s.heading, true));
		if (s.children.length > 0) sectionStrings(s.children, copies, refs);
	}
}

function setSectionStrings(sections: Section[], copies: string[], refs: number[], at: { i: number }): void {
	for (const s of sections) {
		s.heading = copies[refs[at.i++]];
		if (s.children.length > 0) {
			s.children = trimmed(s.children);
			setSectionStrings(s.children, copies, refs, at);
		} else s.children = NO_SECTIONS;
	}
}

const NONE = -1;
/** Name fields per quote: speaker, written speaker, qualifier, timestamp, callout title. */
const FIELDS = 5;

/** Table positions of a quote's name fields, remembering per field the last string seen. */
class FieldRefs {
	private readonly last: Array<string | null> = [null, null, null, null, null];
	private readonly at = [NONE, NONE, NONE, NONE, NONE];

	constructor(private readonly copies: StringCopies) {}

	ref(field: number, s: string | null): number {
		if (s === null) return NONE;
		if (s === this.last[field]) return this.at[field];
		const k = this.copies.add(s, true);
		this.last[field] = s;
		this.at[field] = k;
		return k;
	}
}

/** Whether `JSON.parse(JSON.stringify(v))` gives `v` back exactly: plain data only, nothing JSON drops or changes. */
function jsonExact(v: unknown, depth: number): boolean {
	if (v === null) return true;
	switch (typeof v) {
		case "string":
		case "boolean":
			return true;
		case "number":
			return Number.isFinite(v) && !Object.is(v, -0);
		case "object": {
			if (depth > 16) return false;
			if (Array.isArray(v)) {
				for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonExact(v[i], depth + 1)) return false;
				return true;
			}
			if (Object.getPrototypeOf(v) !== Object.prototype) return false;
			const record = v as Record<string, unknown>;
			for (const key of Object.keys(record)) if (key === "__proto__" || !jsonExact(record[key], depth + 1)) return false;
			return true;
		}
		default:
			return false;
	}
}

/**
 * Replaces, in place, every string a freshly parsed record keeps (quotes, sections, frontmatter, episode,
 * tags …) by its own narrow copy. `path` and `title` stay: they are the host's string, not the note's text.
 */
export function detachRecord(record: NoteRecord): void {
	const copies = new StringCopies();
	// The note-level values in one native round trip when it gives them back exactly (it does for what
	// the frontmatter readers make); slot by slot otherwise.
	const head = { frontmatter: record.frontmatter, episode: record.episode, tags: record.tags, aliases: record.aliases, problems: record.problems, permalink: record.permalink, hash: record.hash };
	const exact = jsonExact(head, 0);
	if (exact) Object.assign(record, JSON.parse(JSON.stringify(head)) as typeof head);
	else {
		copies.value(record.frontmatter);
		copies.value(record.episode);
		copies.value(record.tags);
		copies.value(record.aliases);
		copies.value(record.problems);
		copies.value(head);
	}
	record.flags = sharedFlag(record.flags);
	const sectionRefs: number[] = [];
	sectionStrings(record.sections, copies, sectionRefs);
	// The five name fields of each quote, in a fixed order, read back in the same order below. Most are null
	// or the previous quote's value: each field remembers its last string and its place in the table. Ids
	// are not copied: the parser writes them with `String.fromCharCode` (a flat string of their own) or, rarely,
	// joins pieces of its digit tables, which hold nothing of the note.
	const quotes = record.quotes;
	const refs = new Int32Array(quotes.length * FIELDS);
	const fields = new FieldRefs(copies);
	let lastSection: string[] | null = null;
	for (let i = 0, r = 0; i < quotes.length; i++) {
		const q = quotes[i];
		refs[r++] = fields.ref(0, q.speaker);
		refs[r++] = fields.ref(1, q.speakerRaw);
		refs[r++] = fields.ref(2, q.qualifier);
		refs[r++] = fields.ref(3, q.timestamp);
		refs[r++] = q.calloutTitle === undefined ? NONE : fields.ref(4, q.calloutTitle);
		if (q.cite.length > 0) copies.value(q.cite);
		if (q.section !== lastSection) {
			lastSection = q.section;
			copies.value(q.section);
		}
	}
	const table = copies.run();
	record.problems = trimmed(record.problems);
	record.tags = trimmed(record.tags);
	record.aliases = trimmed(record.aliases);
	record.episode.guests = trimmed(record.episode.guests);
	record.episode.hosts = trimmed(record.episode.hosts);
	record.sections = trimmed(record.sections);
	if (!exact) {
		record.permalink = head.permalink;
		record.hash = head.hash;
	}
	setSectionStrings(record.sections, table, sectionRefs, { i: 0 });
	let r = 0;
	for (let i = 0; i < quotes.length; i++) {
		const q = quotes[i];
		let k = refs[r++];
		if (k !== NONE) q.speaker = table[k];
		k = refs[r++];
		if (k !== NONE) q.speakerRaw = table[k];
		k = refs[r++];
		if (k !== NONE) q.qualifier = table[k];
		k = refs[r++];
		if (k !== NONE) q.timestamp = table[k];
		k = refs[r++];
		if (k !== NONE) q.calloutTitle = table[k];
		q.cite = trimmed(q.cite);
	}
}

/**
 * The quote texts of one note as copies of their own, one byte a character where they fit (one JSON round
 * trip: V8's JSON parser makes flat, narrow strings). A cut of the note would keep the whole note text, and
 * a cut of a note with one wide character is two bytes a character.
 */
export function detachedTexts(texts: string[]): string[] {
	return texts.length === 0 ? texts : (JSON.parse(JSON.stringify(texts)) as string[]);
}
