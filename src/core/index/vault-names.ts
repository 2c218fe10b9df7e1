// Vault-wide speaker knowledge, kept with reference counts so one note can be added or dropped without
// re-reading the others: person notes (name + aliases), full names written anywhere, the alias table.
// `resolve` finishes a speaker the note itself could not settle, and reports the lookup keys it used so
// the index can re-resolve exactly the notes whose answer may change.
import { isNameShaped, nameKey } from "../quotes/names";
import type { NoteRecord, Quote, SpeakerInference } from "../types";

/** What one note adds to the vault's knowledge. */
export interface Contribution {
	/** Full names (2+ words) the note's quotes are attributed to. */
	names: string[];
	/** When the note is a person note: its title and aliases. */
	person: { title: string; aliases: string[] } | null;
}

const PERSON_TYPES = new Set(["person", "people", "guest", "host", "speaker"]);

/** A person note: a note named like a person that says it is one (type/tag) or lists aliases. */
export function isPersonNote(record: NoteRecord): boolean {
	if (!isNameShaped(record.title)) return false;
	const type = [record.frontmatter.type, record.frontmatter.category, record.frontmatter.kind].flat();
	if (type.some((t) => typeof t === "string" && PERSON_TYPES.has(t.trim().toLowerCase()))) return true;
	if (record.tags.some((t) => PERSON_TYPES.has(t.toLowerCase()) || t.toLowerCase() === "people")) return true;
	return record.aliases.length > 0 && !record.isPodcast;
}

export function contributionOf(record: NoteRecord): Contribution {
	const names = new Set<string>();
	for (const q of record.quotes) if (q.speaker !== null && nameKey(q.speaker).includes(" ")) names.add(q.speaker);
	const person = isPersonNote(record) ? { title: record.title, aliases: record.aliases.filter((a) => a.trim() !== "") } : null;
	if (person) names.add(person.title);
	return { names: [...names].sort(), person };
}

/** Counted multimap key → display value → count; `only(key)` is the display when exactly one exists. */
class Counted {
	private map = new Map<string, Map<string, number>>();

	add(key: string, value: string, delta: 1 | -1): boolean {
		let values = this.map.get(key);
		if (!values) {
			if (delta < 0) return false;
			values = new Map();
			this.map.set(key, values);
		}
		const before = values.size;
		const n = (values.get(value) ?? 0) + delta;
		if (n <= 0) values.delete(value);
		else values.set(value, n);
		if (values.size === 0) this.map.delete(key);
		return values.size !== before;
	}

	only(key: string): string | null {
		const values = this.map.get(key);
		if (!values || values.size !== 1) return null;
		return values.keys().next().value ?? null;
	}

	values(key: string): string[] {
		return [...(this.map.get(key)?.keys() ?? [])];
	}

	clear(): void {
		this.map.clear();
	}
}

export interface VaultResolution {
	speaker: string | null;
	inferred: SpeakerInference;
}

export class VaultNames {
	/** first-name key → full-name key → count (a first name resolves when one full name owns it). */
	private firstNames = new Counted();
	/** full-name key → display spelling → count. */
	private fullNames = new Counted();
	/** nameKey(title or alias) → person note title → count. */
	private people = new Counted();
	private aliasTable = new Map<string, string>();

	setAliasTable(table: Record<string, string>): void {
		this.aliasTable.clear();
		for (const [alias, canonical] of Object.entries(table)) {
			if (alias.trim() !== "" && canonical.trim() !== "") this.aliasTable.set(nameKey(alias), canonical.trim());
		}
	}

	/** Adds (+1) or drops (-1) a note's contribution; returns the lookup keys whose answer may have changed. */
	apply(c: Contribution, delta: 1 | -1, changed: Set<string>): void {
		for (const name of c.names) {
			const key = nameKey(name);
			const first = key.split(" ")[0];
			if (this.fullNames.add(key, name, delta)) changed.add(`first:${first}`);
			if (this.firstNames.add(first, key, delta)) changed.add(`first:${first}`);
		}
		if (c.person) {
			for (const n of [c.person.title, ...c.person.aliases]) {
				const key = nameKey(n);
				if (this.people.add(key, c.person.title, delta)) changed.add(`name:${key}`);
			}
		}
	}

	/**
	 * Finishes one quote's speaker: a single first name owned by exactly one full name in the vault,
	 * then the user's alias table, then person notes. `deps` receives the keys looked up.
	 */
	resolve(q: Quote, deps: Set<string>): VaultResolution {
		if (q.speaker === null) return { speaker: null, inferred: q.inferred };
		let speaker = q.speaker;
		let inferred = q.inferred;
		let key = nameKey(speaker);
		if (key !== "" && !key.includes(" ")) {
			deps.add(`first:${key}`);
			const fullKey = this.firstNames.only(key);
			const full = fullKey === null ? null : this.fullNames.values(fullKey).sort()[0];
			if (full !== undefined && full !== null) {
				speaker = full;
				inferred = "vault-first-name";
				key = nameKey(full);
			}
		}
		const aliased = this.aliasTable.get(key);
		if (aliased !== undefined && aliased !== speaker) {
			speaker = aliased;
			inferred = "alias-table";
			key = nameKey(aliased);
		}
		deps.add(`name:${key}`);
		const person = this.people.only(key);
		if (person !== null && person !== speaker) {
			speaker = person;
			inferred = "vault-person";
		}
		return { speaker, inferred };
	}

	clear(): void {
		this.firstNames.clear();
		this.fullNames.clear();
		this.people.clear();
	}
}
