// Keeps the index from holding whole note texts, and keeps what it holds small. A quote text, a heading
// or a speaker name cut from a note is a view into the note's entire text (V8 sliced strings), and a cut
// from a note with any character above U+00FF is stored two bytes a character even when the cut itself
// is pure ASCII. So every string a kept record holds is copied, once per parse, into the narrowest flat
// form the engine offers: names, headings, frontmatter values and ids through one `JSON.stringify` /
// `JSON.parse` round trip per note (V8's JSON parser narrows each string it makes; equal short strings
// share one copy), and the quote texts, the bulk, joined into one string per note that a UTF-8 round trip
// (`TextEncoder`/`TextDecoder`, native) narrows when every text in it is Latin-1, each text then a slice
// of it. Texts with wider characters are joined apart, so one “ does not widen the others.
import type { NoteRecord, Section } from "../types";

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

function isPlain(value: object): boolean {
	const proto = Object.getPrototypeOf(value) as unknown;
	return proto === Object.prototype || proto === null;
}

const WIDE = /[\u0100-\uffff]/;
const encoder = typeof TextEncoder === "function" ? new TextEncoder() : null;
const decoder = typeof TextDecoder === "function" ? new TextDecoder() : null;
let scratch = new Uint8Array(1 << 16);

/** A buffer for the UTF-8 of `text`. */
function bufferFor(text: string): Uint8Array {
	const need = text.length * 3 + 8;
	if (scratch.length >= need) return scratch;
	const buf = new Uint8Array(need);
	if (need <= 1 << 22) scratch = buf; // keep up to 4 MB for the next note, not one huge note's worth
	return buf;
}

/** `joined` (Latin-1 only) as a one-byte string: UTF-8 out and back in, both native. */
function narrowed(joined: string): string {
	if (encoder === null || decoder === null) return joined;
	const buf = bufferFor(joined);
	const written = encoder.encodeInto(joined, buf).written;
	return decoder.decode(buf.subarray(0, written));
}

/** A flat copy of `text` of its own (slicing a concatenation flattens it into a new string first). */
function ownCopy(text: string): string {
	return (" " + text).slice(1);
}

/**
 * Copies of Latin-1 `texts` (joined as `joined`), each a flat one-byte string of its own: one native
 * UTF-8 encoding of them all, then one decoding per text (no slices: a slice costs 32 bytes more).
 */
function narrowCopies(texts: string[], joined: string): string[] | null {
	if (encoder === null || decoder === null) return null;
	const buf = bufferFor(joined);
	// Only ASCII maps characters to bytes one to one; other Latin-1 texts are narrowed as one string.
	if (encoder.encodeInto(joined, buf).written !== joined.length) return null;
	const out: string[] = new Array<string>(texts.length);
	let at = 0;
	for (let i = 0; i < texts.length; i++) {
		const n = texts[i].length;
		out[i] = decoder.decode(buf.subarray(at, at + n));
		at += n;
	}
	return out;
}

/** Copies of `texts` (in order), in the narrowest flat form (see the top of this file). */
function textCopies(texts: string[]): string[] {
	const out: string[] = new Array<string>(texts.length);
	const narrow: number[] = [];
	const wide: number[] = [];
	for (let i = 0; i < texts.length; i++) (WIDE.test(texts[i]) ? wide : narrow).push(i);
	for (const group of [narrow, wide]) {
		if (group.length === 0) continue;
		const parts: string[] = new Array<string>(group.length);
		for (let i = 0; i < group.length; i++) parts[i] = texts[group[i]];
		// `join` copies, except a single part, which it returns as it is: a view into the note text.
		const joined = parts.length === 1 ? ownCopy(parts[0]) : parts.join("");
		const copies = group === narrow ? narrowCopies(parts, joined) : null;
		if (copies !== null) {
			for (let i = 0; i < group.length; i++) out[group[i]] = copies[i];
			continue;
		}
		// Slices of one copy per note: of a narrowed one when every text is Latin-1.
		const whole = group === narrow ? narrowed(joined) : joined;
		let at = 0;
		for (let i = 0; i < group.length; i++) {
			const n = parts[i].length;
			out[group[i]] = whole.slice(at, at + n);
			at += n;
		}
	}
	return out;
}

class StringCopies {
	private readonly strings: string[] = [];
	/** Quote texts: long, unique, most of what the index holds. */
	readonly texts: string[] = [];
	private readonly shared = new Map<string, number>();
	private readonly targets: Array<Record<string, unknown> | unknown[]> = [];
	private readonly keys: Array<string | number> = [];
	private readonly refs: number[] = [];
	private readonly seen = new Set<object>();

	/** Position of `s` in the table; `share`: equal strings get one copy (names, headings; not long texts). */
	add(s: string, share: boolean): number {
		if (!share) return this.strings.push(s) - 1;
		let i = this.shared.get(s);
		if (i === undefined) {
			i = this.strings.push(s) - 1;
			this.shared.set(s, i);
		}
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

	/** Position of a quote text in `texts`. */
	addText(s: string): number {
		return this.texts.push(s) - 1;
	}

	/** The copies: `strings` in table order, `texts` in theirs; slots registered through `value` are written. */
	run(): { strings: string[]; texts: string[] } {
		const strings = this.strings.length === 0 ? this.strings : (JSON.parse(JSON.stringify(this.strings)) as string[]);
		const { targets, keys, refs } = this;
		for (let i = 0; i < refs.length; i++) (targets[i] as Record<string | number, unknown>)[keys[i]] = strings[refs[i]];
		return { strings, texts: textCopies(this.texts) };
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

/**
 * Replaces, in place, every string a freshly parsed record keeps (quotes, sections, frontmatter, episode,
 * tags …) by its own narrow copy. `path` and `title` stay: they are the host's string, not the note's text.
 */
export function detachRecord(record: NoteRecord): void {
	const copies = new StringCopies();
	copies.value(record.frontmatter);
	copies.value(record.episode);
	copies.value(record.tags);
	copies.value(record.aliases);
	copies.value(record.problems);
	copies.value(record.flags);
	const head = { permalink: record.permalink, hash: record.hash };
	copies.value(head);
	const sectionRefs: number[] = [];
	sectionStrings(record.sections, copies, sectionRefs);
	// Quote strings, in a fixed order per quote, read back in the same order below.
	const quotes = record.quotes;
	const refs: number[] = [];
	let lastSection: string[] | null = null;
	for (let i = 0; i < quotes.length; i++) {
		const q = quotes[i];
		refs.push(copies.add(q.id, false), copies.addText(q.text));
		refs.push(q.speaker === null ? NONE : copies.add(q.speaker, true));
		refs.push(q.speakerRaw === null ? NONE : copies.add(q.speakerRaw, true));
		refs.push(q.qualifier === null ? NONE : copies.add(q.qualifier, true));
		refs.push(q.timestamp === null ? NONE : copies.add(q.timestamp, true));
		refs.push(q.calloutTitle === undefined ? NONE : copies.add(q.calloutTitle, true));
		if (q.cite.length > 0) copies.value(q.cite);
		if (q.section !== lastSection) {
			lastSection = q.section;
			copies.value(q.section);
		}
	}
	const { strings: table, texts } = copies.run();
	record.problems = trimmed(record.problems);
	record.tags = trimmed(record.tags);
	record.aliases = trimmed(record.aliases);
	record.episode.guests = trimmed(record.episode.guests);
	record.episode.hosts = trimmed(record.episode.hosts);
	record.sections = trimmed(record.sections);
	record.permalink = head.permalink;
	record.hash = head.hash;
	setSectionStrings(record.sections, table, sectionRefs, { i: 0 });
	let r = 0;
	for (let i = 0; i < quotes.length; i++) {
		const q = quotes[i];
		q.id = table[refs[r++]];
		q.text = texts[refs[r++]];
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
