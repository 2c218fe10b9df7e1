// Speakers resolved inside one note, in the order the issue gives: as written; a link target; the
// note's people (frontmatter guest(s)/host(s)/speaker(s)/people, inline host fields, `#[[@slug]]`
// tags); a short name that is the first name of exactly one full name in the note. Names in quote
// text never count (the #367 note's `Sam Alman` typo is text, not a speaker).
import { nameKey } from "../quotes/names";
import type { SpeakerInference } from "../types";

export interface Resolved {
	speaker: string;
	inferred: SpeakerInference;
}

export class NoteNames {
	private readonly people = new Map<string, string>();
	private readonly full = new Map<string, string>();
	private firstNames: Map<string, string[]> | null = null;
	private readonly memo = new Map<string, Resolved>();
	private readonly added = new Set<string>();

	/** `people`: display names of the note's people; `aliases`: extra spellings → display name. */
	constructor(people: string[], aliases: Array<[string, string]> = []) {
		for (const p of people) {
			this.people.set(nameKey(p), p);
			this.addName(p);
		}
		for (const [alias, name] of aliases) if (!this.people.has(nameKey(alias))) this.people.set(nameKey(alias), name);
	}

	/** Registers a full name written on a quote or a turn label (single words are ignored). */
	addName(name: string): void {
		if (this.added.has(name)) return;
		this.added.add(name);
		if (!/\S\s+\S/.test(name)) return;
		const key = nameKey(name);
		if (!this.full.has(key)) {
			this.full.set(key, name);
			this.firstNames = null;
			this.memo.clear();
		}
	}

	/** True when `name` is one of the note's people or speakers. */
	knows(name: string): boolean {
		const key = nameKey(name);
		return this.people.has(key) || this.full.has(key) || this.byFirstName(key) !== null;
	}

	private byFirstName(key: string): string | null {
		if (key.indexOf(" ") >= 0) return null;
		if (this.firstNames === null) {
			this.firstNames = new Map();
			for (const [k, name] of this.full) {
				const first = k.split(" ")[0];
				const list = this.firstNames.get(first) ?? [];
				list.push(name);
				this.firstNames.set(first, list);
			}
		}
		const list = this.firstNames.get(key);
		return list !== undefined && list.length === 1 ? list[0] : null;
	}

	/** Canonical name for a speaker written as `name` (display text) linking to `target` (or null). */
	resolve(name: string, target: string | null): Resolved {
		const memo = target === null ? name : name + "\u0000" + target;
		let r = this.memo.get(memo);
		if (r === undefined) {
			r = this.compute(name, target);
			this.memo.set(memo, r);
		}
		return r;
	}

	private compute(name: string, target: string | null): Resolved {
		let speaker = target ?? name;
		let inferred: SpeakerInference = target !== null && nameKey(target) !== nameKey(name) ? "link" : null;
		const key = nameKey(speaker);
		const person = this.people.get(key);
		if (person !== undefined) {
			if (person !== speaker && inferred === null) inferred = "frontmatter";
			speaker = person;
		} else {
			const full = this.byFirstName(key);
			if (full !== null) {
				speaker = full;
				if (inferred === null) inferred = "first-name";
			}
		}
		return { speaker, inferred };
	}
}
