// What the whole vault tells about speakers (person notes and the alias table: what the user declared),
// kept with reference counts so one note can come or go without re-reading the others. Resolution itself
// is the core's SpeakerDirectory; this file only keeps its input current and says which names changed,
// so the index re-resolves just the notes that looked those names up. Other notes' speakers and prose
// are not part of it: they never rename a speaker elsewhere (decision 7).
import { basename, isNameShaped, nameKey } from "../quotes/names";
import { SpeakerDirectory } from "../speakers";
import type { NoteRecord, Quote } from "../types";

/** What one note adds to the vault's knowledge. */
export interface Contribution {
	/** When the note is a person note: its title and aliases. */
	person: { title: string; aliases: string[] } | null;
}

const PERSON_WORDS = new Set(["person", "people", "guest", "host", "speaker"]);

/** A person note: named like a person, and saying so (type/category/tag) or listing aliases. */
export function isPersonNote(record: NoteRecord): boolean {
	if (!isNameShaped(record.title)) return false;
	const types = [record.frontmatter.type, record.frontmatter.category, record.frontmatter.kind].flat();
	if (types.some((t) => typeof t === "string" && PERSON_WORDS.has(t.trim().toLowerCase()))) return true;
	if (record.tags.some((t) => PERSON_WORDS.has(t.toLowerCase()))) return true;
	return record.aliases.length > 0 && !record.isPodcast;
}

/**
 * Whether the note at `path` can add anything, known before it is read: a person note's title (the path's
 * base name, as parseNote gives it) is shaped like a name. A reader that goes through the vault once reads
 * these notes first, so every speaker is resolved against the whole vault.
 */
export function mayContribute(path: string): boolean {
	return isNameShaped(basename(path));
}

/** What most notes add: nothing (shared, so 10,000 ordinary notes do not hold one each). */
const NOTHING: Contribution = Object.freeze({ person: null });

export function contributionOf(record: NoteRecord): Contribution {
	return isPersonNote(record) ? { person: { title: record.title, aliases: record.aliases.filter((a) => a.trim() !== "") } } : NOTHING;
}

/** The name a quote's speaker is looked up by (the speaker, or a callout title that may name one). */
export function lookupKey(q: Quote): string | null {
	const name = q.speaker ?? q.calloutTitle ?? null;
	return name === null ? null : nameKey(name);
}

/** key → value → count. */
class Counted {
	private map = new Map<string, Map<string, number>>();

	/** Returns true when the set of values under `key` changed. */
	add(key: string, value: string, delta: 1 | -1): boolean {
		let values = this.map.get(key);
		if (!values) {
			if (delta < 0) return false;
			values = new Map();
			this.map.set(key, values);
		}
		const had = values.has(value);
		const n = (values.get(value) ?? 0) + delta;
		if (n <= 0) values.delete(value);
		else values.set(value, n);
		if (values.size === 0) this.map.delete(key);
		return had !== n > 0;
	}

	/** Every value, sorted, so the directory is built the same whatever order notes arrived in. */
	sortedValues(): string[] {
		const out: string[] = [];
		for (const values of this.map.values()) out.push(...values.keys());
		return out.sort();
	}

	clear(): void {
		this.map.clear();
	}
}

export class VaultContext {
	/** person note title → "aliases joined" → count. */
	private people = new Counted();
	private aliasTable: Record<string, string> = {};
	private directory: SpeakerDirectory | null = null;

	setAliasTable(table: Record<string, string>): void {
		this.aliasTable = { ...table };
		this.directory = null;
	}

	/** Adds (+1) or drops (-1) a note's contribution; `changed` gets the lookup keys whose answer may change. */
	apply(c: Contribution, delta: 1 | -1, changed: Set<string>): void {
		if (c.person) {
			const value = JSON.stringify([c.person.title, ...c.person.aliases]);
			if (this.people.add(c.person.title, value, delta)) {
				this.directory = null;
				const key = nameKey(c.person.title);
				changed.add(key);
				// Its first name: a note that names the person and has a one-word speaker of it (`mentions`).
				if (key.indexOf(" ") > 0) changed.add(key.slice(0, key.indexOf(" ")));
				for (const alias of c.person.aliases) changed.add(nameKey(alias));
			}
		}
	}

	/** The core's resolver over the current context (rebuilt only after the context changed). */
	get resolver(): SpeakerDirectory {
		if (!this.directory) {
			const people = new Map<string, string[]>();
			for (const value of this.people.sortedValues()) {
				const [title, ...aliases] = JSON.parse(value) as string[];
				people.set(title, [...(people.get(title) ?? []), ...aliases]);
			}
			this.directory = new SpeakerDirectory({ people, aliasTable: this.aliasTable });
		}
		return this.directory;
	}

	clear(): void {
		this.people.clear();
		this.directory = null;
	}
}

/**
 * The resolver for a vault read in one go (publishing): the same context the index keeps note by note,
 * built from every note's contribution (`contributionOf`) at once, with the user's alias table.
 */
export function speakerDirectoryOf(contributions: Iterable<Contribution>, aliasTable: Record<string, string> = {}): SpeakerDirectory {
	const context = new VaultContext();
	context.setAliasTable(aliasTable);
	const changed = new Set<string>();
	for (const c of contributions) context.apply(c, 1, changed);
	return context.resolver;
}
