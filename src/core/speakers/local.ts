// Speakers resolved inside one note, in the order the issue gives: as written; a link target; the
// note's people (frontmatter guest(s)/host(s)/speaker(s)/people, inline host fields, `#[[@slug]]`
// tags); a short name that is the first name of exactly one full name the note's people, attributions
// and turn labels use ("first-name"); failing any such name, the first name of exactly one full name
// written in the note's text, links and prose included ("note-name", see prose.ts). A short name that
// two of the note's names share stays as written: prose never settles what the speakers left open.
import { OFFICE_THEN_NAME, THE_OFFICE } from "./offices";
import { isPlausibleName } from "../quotes/context";
import { hasInitials, INITIALS, nameKey, WRITTEN_INITIALS } from "../quotes/names";
import { bump, mostFrequent } from "../util/counts";
import type { SpeakerInference } from "../types";
import { editDistance } from "./distance";
import { KATAKANA_NAME, NO_TEXT, type NoteText } from "./prose";

/** A label of one capital letter (`H:`). */
const LETTER = /^\p{Lu}$/u;
/** A label in Hangul (`히키`, a Western surname written in Korean). */
const HANGUL_LABEL = /^\p{Script=Hangul}{1,4}$/u;
/** A name written in Chinese or Japanese characters only (`岩田`, `岩田聪`), surname first. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,8}$/u;

/** An honorific before a name in a label (`Rev. Barber`, `Dr Ruth`). */
const HONORIFIC = /^(?:rev|reverend|pastor|bishop|dr|prof|professor|mr|mrs|ms|sir|pan|paní|pani|herr|frau|señor|señora|sra|monsieur|madame|mme|signor|signora|sri|shri|shree|master|proctor|director|captain|detective|inspector|sergeant|officer|lord|lady)\.?\s+/i;

/**
 * A surname, then a title of respect written after it (`Katagiri Roshi`, `Goswami Maharaj`, `Tanaka-sensei`);
 * Japanese `-san` and `-sama` only with the hyphen (`Li Ji`, `Ito San` may be names).
 */
/**
 * `Swamiji`, `Gandhiji`, `Guru-ji`: a name and the Hindi `-ji` of respect. The name before it has four letters or
 * more: `Kenji`, `Seiji` and `Ryuji` are Japanese names, no `-ji` of anyone.
 */
const JI_SUFFIX = /^(\p{Lu}\p{Ll}{3,})-?ji$/u;
/** A name in Devanagari between titles of respect: `संत` (saint), `श्री`, `गुरु`, `स्वामी` before it, `साहेब`, `साहब`, `जी` after. */
const DEVANAGARI_TITLES = /^((?:(?:संत|सन्त|श्री|गुरु|स्वामी|महात्मा)\s+)+)?(\p{Script=Devanagari}[\p{Script=Devanagari}\p{M}]*(?:\s+\p{Script=Devanagari}[\p{Script=Devanagari}\p{M}]*)*?)(\s+(?:साहेब|साहब|जी))?$/u;
const TRAILING_TITLE = /^(\p{Lu}[\p{L}\p{M}'’-]+?)(?:[\s-](?:roshi|maharaj|maharaja|swami|rinpoche|sayadaw|sensei|sahib)|-(?:san|sama))$/iu;

/** `Marie-Sophie`, `Jean-Luc`: a first name of capitalised parts joined by hyphens (never `US-RSE`, an organisation). */
const COMPOUND_FIRST_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
/** `Hsu Ken`: two capitalised words, a given name that the one longer name the note writes may begin with. */
const TWO_GIVEN_NAMES = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;

/** A first name and the initial of a surname: `Florina M.`. */
const SURNAME_INITIAL = /^(\p{Lu}[\p{L}\p{M}'’-]+)\s+(\p{Lu})\.?$/u;

/** A label written in capitals (`DAHLIA`, `REV. BARBER`), not initials (`JB`: two to four letters alone). */
function isShouted(name: string): boolean {
	return name.length > 4 && name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) && !INITIALS.test(name);
}

/** `REV. BARBER` → `Rev. Barber`. */
function titleCase(name: string): string {
	return name.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

export interface Resolved {
	speaker: string;
	inferred: SpeakerInference;
}

/** `Rusty's Mom`, `Tyler's Uncle`: someone named through another person. */
const POSSESSIVE_FIRST = /^\S+['’]s\s/;

/** A paper's first author and `et al.` for the rest. */
const ET_AL = /^(\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+et[ \t]+al\.?$/u;

export class NoteNames {
	private readonly people = new Map<string, string>();
	/** Keys of `people` that are handles the note's text gives (`… aka bitstein`), not its frontmatter. */
	private readonly aliasKeys = new Set<string>();
	private readonly full = new Map<string, string>();
	private firstNames: Map<string, string[]> | null = null;
	private readonly memo = new Map<string, Resolved>();
	private readonly added = new Set<string>();
	/** nameKey(first name) → the one full name written in the note's text with it, or null; read when needed. */
	private readonly textNames = new Map<string, string | null>();
	/** Name keys the note's text gives for the one-word speakers nothing in it names (see `mentioned`). */
	private readonly mentions = new Set<string>();

	/** Not yet read: the aliases join `people` on first use (most notes never look a name up). */
	private aliases: Array<[string, string]> | (() => Array<[string, string]>) | null;

	/**
	 * `people`: display names of the note's people; `aliases`: extra spellings → display name, or what gives
	 * them when first needed; `text`: what the note's text says about a word (asked once per short name the
	 * note's own names leave open).
	 */
	constructor(people: string[], aliases: Array<[string, string]> | (() => Array<[string, string]>) = [], private readonly text: NoteText = NO_TEXT) {
		for (const p of people) {
			this.people.set(nameKey(p), p);
			this.addName(p);
		}
		this.aliases = aliases;
	}

	/** The note's people by name key, its aliases included. */
	private peopleMap(): Map<string, string> {
		if (this.aliases !== null) {
			const aliases = typeof this.aliases === "function" ? this.aliases() : this.aliases;
			this.aliases = null;
			for (const [alias, name] of aliases) {
				if (this.people.has(nameKey(alias))) continue;
				this.people.set(nameKey(alias), name);
				this.aliasKeys.add(nameKey(alias));
			}
		}
		return this.people;
	}

	/** Registers a full name written on a quote or a turn label (single words are ignored). */
	addName(name: string): void {
		this.countSpelling(name);
		if (this.added.has(name)) return;
		this.added.add(name);
		// `Turner et al.` is one author and the rest, no first name for `Turner`; `Rusty's Mom` is Rusty's mother, not Rusty.
		if (!/\S\s+\S/.test(name) || ET_AL.test(name) || POSSESSIVE_FIRST.test(name)) return;
		const key = nameKey(name);
		if (!this.full.has(key)) {
			this.full.set(key, name);
			this.firstNames = null;
			this.memo.clear();
		}
	}

	/** nameKey → how often each spelling of it labels or attributes a quote (`Void.Sec` 25 times, `Void.sec` once). */
	private readonly spellings = new Map<string, Map<string, number>>();

	private countSpelling(name: string): void {
		if (name.length === 0) return;
		const key = nameKey(name);
		let counts = this.spellings.get(key);
		if (counts === undefined) this.spellings.set(key, (counts = new Map<string, number>()));
		bump(counts, name);
	}

	/** The spelling the note writes most often for `key` (the first written on a tie), if it writes more than one. */
	private usualSpelling(key: string): string | null {
		const counts = this.spellings.get(key);
		return counts === undefined || counts.size < 2 ? null : mostFrequent(counts);
	}

	/**
	 * Name keys of every capitalised run the note's text has after a one-word speaker that nothing in the
	 * note names (`## Paul Ortega on rivers` for `Paul`): evidence a person note may match (SpeakerDirectory).
	 */
	get mentioned(): string[] {
		return [...this.mentions];
	}

	/** True when `name` is a full name written in the note's text (prose, links), not only its speakers. */
	writes(name: string): boolean {
		const key = nameKey(name);
		if (key.indexOf(" ") < 0) return this.byTextName(key, name) !== null;
		this.textAll ??= this.text.all();
		this.written ??= new Set(this.textAll.map((n) => nameKey(n)));
		return this.written.has(key);
	}

	private written: Set<string> | undefined;

	/** True when `name` is one of the note's people or speakers. */
	knows(name: string): boolean {
		const key = nameKey(name);
		return this.peopleMap().has(key) || this.full.has(key) || this.byFirstName(key) !== null || this.byCompoundFirstName(name, key) !== null;
	}

	/** nameKey(first name) → the note's own full names with it (people, attributions, turn labels). */
	private firstNameMap(): Map<string, string[]> {
		if (this.firstNames === null) {
			this.firstNames = new Map();
			for (const [k, name] of this.full) {
				const first = k.split(" ")[0];
				const list = this.firstNames.get(first) ?? [];
				list.push(name);
				this.firstNames.set(first, list);
			}
		}
		return this.firstNames;
	}

	private byFirstName(key: string): string | null {
		if (key.indexOf(" ") >= 0) return null;
		const list = this.firstNameMap().get(key);
		return list !== undefined && list.length === 1 ? list[0] : null;
	}

	/** `Pierre-Yves` (one written word, two in its key): the one full name of the note's own that begins with it. */
	private byCompoundFirstName(written: string, key: string): string | null {
		if (key.indexOf(" ") < 0 || /\s/.test(written.trim())) return null;
		let found: string | null = null;
		for (const [k, name] of this.full) {
			if (!k.startsWith(key + " ")) continue;
			if (found !== null) return null;
			found = name;
		}
		return found;
	}

	/**
	 * `__Oli__:` after `__Oliver Scherer__:`: a short form (three letters or more) that begins the first name of
	 * exactly one of the note's own full names (people, attributions, turn labels), when no first name is it.
	 */
	private byShortFirstName(key: string): string | null {
		if (key.length < 3 || key.indexOf(" ") >= 0 || this.firstNameMap().has(key)) return null;
		let found: string | null = null;
		for (const [first, names] of this.firstNameMap()) {
			if (!first.startsWith(key)) continue;
			if (found !== null || names.length !== 1) return null;
			found = names[0];
		}
		return found;
	}

	/**
	 * The one full name of the note's text whose first name begins with `key` (`ben` → Benjamin Elder), or is
	 * it with other accents (`Viet:` where the text writes Việt Anh Đàm), or null.
	 */
	private byTextShortForm(key: string): string | null {
		this.textAll ??= this.text.all();
		let found: string | null = null;
		for (const name of this.textAll) {
			const k = nameKey(name);
			const space = k.indexOf(" ");
			// `Susannes Opa` is Susanne's grandfather: a first name with a genitive `s` is no short form of it.
			if (space < key.length || !k.startsWith(key) || k.slice(0, space) === key + "s") continue;
			if (found !== null && nameKey(found) !== k) return null;
			found = name;
		}
		return found;
	}

	/**
	 * The last two words of the one three-word run in the note's prose whose middle word is `key`, or null:
	 * German capitalises nouns, so a noun may open the run that holds the name (`mit Fotos Käthe Klausch`).
	 */
	private byRunTail(key: string): string | null {
		if (key.length < 3 || key.indexOf(" ") >= 0) return null;
		this.textAll ??= this.text.all();
		// Prose only: a title capitalises every word (`# Short Clip Segments`).
		const titled = this.text.titled();
		let found: string | null = null;
		for (const name of this.textAll) {
			const words = name.split(/\s+/);
			if (words.length !== 3 || nameKey(words[1]) !== key || titled.includes(name)) continue;
			const tail = words.slice(1).join(" ");
			if (found !== null && found !== tail) return null;
			found = tail;
		}
		return found;
	}

	/** The one full name labelling or attributing the note's quotes whose last word is `key`, or null. */
	private bySpeakerSurname(key: string): string | null {
		let found: string | null = null;
		for (const [k, label] of this.full) {
			if (!k.endsWith(" " + key)) continue;
			// The name as prose writes it: `SENATOR LEILA DE LIMA` is Leila De Lima; `Stephen J. DUBNER` is none.
			const holder = OFFICE_THEN_NAME.exec(label);
			let name = holder !== null ? holder[1] : label;
			if (isShouted(name)) name = titleCase(name);
			name = name.replace(HONORIFIC, "");
			if (/\p{Lu}{2}/u.test(name) || !nameKey(name).endsWith(" " + key)) continue;
			if (found !== null && nameKey(found) !== nameKey(name)) return null;
			found = name;
		}
		return found;
	}

	/** The one full name written in the note's text whose first name is `written` (`Paul`, `Marie-Sophie`), or null (none, or several). */
	private byTextName(key: string, written: string): string | null {
		// `Marie-Sophie` (one written word, two in its key) as a first name: the full names that begin with it; so
		// does `Hsu Ken`, a given name of two words (`author: Hsu Ken Ooi`).
		const compound = key.indexOf(" ") >= 0;
		if (compound && !COMPOUND_FIRST_NAME.test(written.trim())) {
			if (!TWO_GIVEN_NAMES.test(written.trim())) return null;
			// Only the titles' and the writer's names, one word longer: prose runs on past a name (`Mark Zuckerberg Hearing`).
			const longer = this.text.titledOnly().filter((n) => nameKey(n).startsWith(key + " ") && n.trim().split(/\s+/).length === 3);
			return longer.length === 1 && isPlausibleName(longer[0]) && !this.text.runsOn(longer[0]) ? longer[0] : null;
		}
		let found = this.textNames.get(key);
		if (found === undefined) {
			// Names are capitalised in prose: look for `Paul` even when the label says `paul` (or `MARK`).
			const word = written.length > 1 && written === written.toUpperCase() ? titleCase(written) : written.charAt(0).toUpperCase() + written.slice(1);
			const full = new Map<string, string>();
			found = null;
			for (const name of this.text.names(word)) {
				const k = nameKey(name);
				if ((compound ? !k.startsWith(key + " ") : k.slice(0, k.indexOf(" ")) !== key) || full.has(k)) continue;
				full.set(k, name);
				found = full.size === 1 ? name : null;
			}
			// A compound first name is read from the text's full names only.
			if (compound) {
				this.textNames.set(key, found);
				return found;
			}
			// `**Scott**:` in a post titled "Thoughts on Scott Alexander…" that also mentions Scott Aaronson: the
			// one the note's titles name; `Luke Shroeder` and `Luke Schroeder`: one person, as he introduces himself.
			if (full.size > 1) found = this.byTitledFullName(key) ?? this.byIntroducedSpelling([...full.values()]);
			// `**Gammy**:` where the text introduces `Carol "Gammy" Claypool`.
			if (full.size === 0) found = this.text.nicknamed(word);
			// `MEL:` and `JACKIE:` turns under a statement that names `MEL CHUA` in capitals.
			if (full.size === 0 && found === null && written.length > 1) found = this.text.shouted(word.toUpperCase());
			// `**Ben**: Hi, I'm [Benjamin Elder](…)`: no full name starts with the word, one starts with it as a short form.
			if (full.size === 0 && found === null && key.length >= 3) found = this.byTextShortForm(key);
			// `The Hinton Awards for Surviving AI`: a prize named for the label is no full name of it.
			if (found !== null && !isPlausibleName(found)) found = null;
			this.textNames.set(key, found);
			// Nothing in the note names this Paul: what it mentions may still match a person note.
			if (full.size === 0) for (const k of this.text.mentions(word)) if (k.startsWith(key + " ")) this.mentions.add(k);
		}
		return found;
	}

	/** Of a name's spellings (`Luke Shroeder`, `Luke Schroeder`: two letters apart at most), the one the text introduces (`My name is Luke Schroeder`). */
	private byIntroducedSpelling(names: string[]): string | null {
		const keys = names.map(nameKey);
		if (keys.some((k) => editDistance(k, keys[0], 2) > 2)) return null;
		const introduced = [...this.text.introduced().keys()].map(nameKey);
		const found = names.filter((_name, i) => introduced.includes(keys[i]));
		return found.length === 1 ? found[0] : null;
	}

	/** `##### 岩田` in an interview whose `interviewees` list 岩田聪: the one CJK name of the note's people that begins (or ends) with the label. */
	private byCjkSurname(label: string): string | null {
		// `히키:` in a translated interview titled `리치 히키와의 인터뷰`: the Hangul name the titles end with it.
		if (HANGUL_LABEL.test(label)) return this.text.endingIn(label);
		if (!CJK_NAME.test(label)) return null;
		let found: string | null = null;
		for (const name of [...this.peopleMap().values(), ...this.full.values()]) {
			// The surname first (`岩田` of 岩田聪) or the given name last (`秀五` of 高桥秀五).
			if (name === label || !(name.startsWith(label) || name.endsWith(label)) || name.length - label.length > 3 || !CJK_NAME.test(name)) continue;
			if (found !== null && found !== name) return null;
			found = name;
		}
		// `比戸:` in a panel whose text writes `比戸将平氏` or `比戸将平と申します`: the name before an honorific or a self-introduction.
		// `キスティス:` where the text writes `キスティス・トゥリープ先生`: a foreign name in katakana and its surname.
		return found ?? ((label.length === 2 && /^\p{Script=Han}+$/u.test(label)) || KATAKANA_NAME.test(label) ? this.text.cjkFullName(label) : null);
	}

	/** The one full name the note's titles write whose first name is `key`, or null. */
	private byTitledFullName(key: string): string | null {
		let found: string | null = null;
		for (const name of this.text.titled()) {
			const k = nameKey(name);
			const space = k.indexOf(" ");
			if (space < 0 || k.slice(0, space) !== key) continue;
			if (found !== null && nameKey(found) !== k) return null;
			found = name;
		}
		return found;
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
		// `Turner et al.` citing a paper: its first author, named in full where the note writes it (`Ryan Turner et al.`).
		const cited = target === null ? ET_AL.exec(name) : null;
		if (cited !== null) {
			const first = this.compute(cited[1], null);
			return first.speaker === cited[1] ? { speaker: name, inferred: null } : { speaker: `${first.speaker} et al.`, inferred: first.inferred };
		}
		// `THE PRESIDENT:` in a transcript titled `Remarks by President Biden Before…`: the name after the office.
		const office = target === null ? THE_OFFICE.exec(name) : null;
		const titled = office === null ? null : this.text.afterRole(titleCase(office[1]));
		if (titled !== null) return { ...this.compute(titled, null), inferred: "note-name" };
		// `PRIME MINISTER BLAIR:`, `Senator Smith:`: the holder's name after the office.
		const holder = target === null ? OFFICE_THEN_NAME.exec(name) : null;
		if (holder !== null) {
			const found = this.compute(isShouted(holder[1]) ? titleCase(holder[1]) : holder[1], null);
			return { speaker: found.speaker, inferred: found.inferred ?? "note-name" };
		}
		// `Goswami Maharaj:`, `Katagiri Roshi:`: a surname and a title of respect after it, the full name the note writes.
		const respected = target === null ? TRAILING_TITLE.exec(name) : null;
		if (respected !== null) {
			// The note's own people first: a teacher's class names other Goswamis (`Rupa Goswami`).
			const key = nameKey(respected[1]);
			const own = [...this.peopleMap().values()].filter((p) => nameKey(p.split(/\s+/).pop() ?? "") === key);
			const full = own.length === 1 ? own[0] : this.byLastName(respected[1]);
			if (full !== null) return { speaker: full, inferred: "note-name" };
		}
		// `Swamiji:`, `Gandhiji`: the Hindi `-ji` of respect after a name the note writes in full (`Swami Vivekananda`).
		const honoured = target === null ? JI_SUFFIX.exec(name) : null;
		if (honoured !== null && !this.peopleMap().has(nameKey(name))) {
			const full = this.byFirstName(nameKey(honoured[1])) ?? this.byLastName(honoured[1]) ?? this.byTextName(nameKey(honoured[1]), honoured[1]);
			if (full !== null) return { speaker: full, inferred: "note-name" };
		}
		// `Mr. Cameron:` where the note writes `Mr. David Cameron`: the surname the note's full names explain.
		if (target === null && !isShouted(name) && HONORIFIC.test(name) && !/\s/.test(name.replace(HONORIFIC, "").trim())) {
			const surname = name.replace(HONORIFIC, "").trim();
			const full = surname.length > 1 ? this.byLastName(surname) : null;
			if (full !== null) return { speaker: full, inferred: "note-name" };
		}
		// `**DAHLIA:**`, `**REV. BARBER:**`: a label in capitals is the name as prose writes it, honorific dropped.
		if (target === null && isShouted(name)) {
			const plain = titleCase(name).replace(HONORIFIC, "");
			const found = plain.length > 0 && plain !== name ? this.compute(plain, null) : null;
			if (found !== null && found.speaker !== plain) return found;
			// `MS. JEAN-PIERRE:` under the title `Press Gaggle by Press Secretary Karine Jean-Pierre…`.
			const full = plain !== titleCase(name) && !/\s/.test(plain) ? this.text.endingIn(plain) : null;
			if (full !== null) return { speaker: full, inferred: "note-name" };
		}
		// `संत कबीर दास साहेब` (Saint Kabir Das Sahib): Hindi titles of respect around a name are no part of it.
		const revered = target === null ? DEVANAGARI_TITLES.exec(name) : null;
		if (revered !== null && (revered[1] !== undefined || revered[3] !== undefined)) return this.compute(revered[2], null);
		// `Dr. Keesha Ewers`: an honorific before a full name is no part of it (`Dr. Ruth` alone keeps it).
		if (target === null && HONORIFIC.test(name) && /\S\s+\S/.test(name.replace(HONORIFIC, ""))) return this.compute(name.replace(HONORIFIC, ""), null);
		let speaker = target ?? name;
		let inferred: SpeakerInference = target !== null && nameKey(target) !== nameKey(name) ? "link" : null;
		const key = nameKey(speaker);
		const person = this.peopleMap().get(key);
		if (person !== undefined) {
			if (person !== speaker && inferred === null) inferred = this.aliasKeys.has(key) ? "note-name" : "frontmatter";
			speaker = person;
			// `guests: [ horejs ]` in a note titled `Nikola Hořejš (STEM): …`: a one-word id stands for the full name.
			// `hosts = ["alexandra"]` under "Written by Alexandra Moxin": a first name's id, the one full name the text gives it.
			const full = person.indexOf(" ") < 0 && person === person.toLowerCase() ? (this.byLastName(person) ?? this.byTextName(nameKey(person), person)) : this.fullerPerson(person);
			if (full !== null) speaker = full;
		} else {
			const full = this.bySurnameInitial(speaker) ?? this.byFirstName(key) ?? this.byShortFirstName(key) ?? this.byCompoundFirstName(speaker, key);
			if (full !== null) {
				speaker = full;
				if (inferred === null) inferred = "first-name";
			} else if (!this.firstNameMap().has(key)) {
				// `**Kashkari:**` after `**Neel Kashkari:**`: a voice's surname, before any name the text or title writes.
				const written = this.bySpeakerSurname(key) ?? this.byTextName(key, speaker);
				if (written !== null) {
					speaker = written;
					if (inferred === null) inferred = "note-name";
				} else {
					// `[0:01:29.4] JB:` in a transcript whose intro names Joe Beda; `Ive's response:` in a note on Jony Ive.
					const named = INITIALS.test(speaker) || WRITTEN_INITIALS.test(speaker) ? this.byInitials(speaker) : LETTER.test(speaker) ? this.byTitledInitial(speaker) : (this.byCjkSurname(speaker) ?? this.byLastName(speaker) ?? this.byRunTail(key));
					if (named !== null) {
						speaker = named;
						if (inferred === null) inferred = "note-name";
					}
				}
			}
		}
		// `**Void.sec:**` once among 25 `**Void.Sec:**`: one speaker, spelt as the note usually spells it.
		if (speaker === name) speaker = this.usualSpelling(key) ?? speaker;
		// `Uslar Pietri` in a note titled `Arturo Uslar Pietri: …`: the name is the end of the one longer name
		// the note's people, speakers or titles write.
		// A name the note's people or speakers write in full is taken as complete.
		const complete = this.full.has(nameKey(speaker)) || this.peopleMap().has(nameKey(speaker));
		const longer = speaker.indexOf(" ") > 0 && !complete ? this.endingWith(speaker) : null;
		if (longer !== null) {
			speaker = longer;
			if (inferred === null) inferred = "note-name";
		}
		return { speaker, inferred };
	}

	/**
	 * `Miguel Francisco Almeida` (a name the text cuts short) where the note's people hold `Miguel Francisco Almeida
	 * Pereira Rocha`: the one person whose name it begins, or null.
	 */
	private fullerPerson(name: string): string | null {
		const key = nameKey(name) + " ";
		const fuller = [...this.people.values()].filter((p) => nameKey(p).startsWith(key));
		return fuller.length === 1 ? fuller[0] : null;
	}

	/** `Florina M.` in a transcript whose guest is Florina Muntenescu: the one full name with that first name and initial. */
	private bySurnameInitial(name: string): string | null {
		const m = SURNAME_INITIAL.exec(name);
		if (m === null) return null;
		const first = nameKey(m[1]);
		const initial = m[2].toLowerCase();
		let found: string | null = null;
		for (const n of this.allNames()) {
			const words = n.trim().split(/\s+/);
			if (words.length < 2 || nameKey(words[0]) !== first || words[words.length - 1].charAt(0).toLowerCase() !== initial) continue;
			// `Florina M.` itself, or `Florina M` as the text writes it, is no fuller name.
			if (words[words.length - 1].replace(/\.$/, "").length < 2) continue;
			if (found !== null && nameKey(found) !== nameKey(n)) return null;
			found = n;
		}
		return found;
	}

	/** The one name of the note's people, speakers or titles that is `name` with one more word before it, or null. */
	private endingWith(name: string): string | null {
		const tail = " " + nameKey(name);
		let found: string | null = null;
		for (const n of [...this.peopleMap().values(), ...this.full.values(), ...this.text.titled()]) {
			const k = nameKey(n);
			// `Prof. Matt Walker` is Matt Walker with a title, not a longer name.
			if (!k.endsWith(tail) || k.indexOf(" ") !== k.length - tail.length || HONORIFIC.test(n) || OFFICE_THEN_NAME.test(n) || !isPlausibleName(n)) continue;
			if (found !== null && nameKey(found) !== k) return null;
			found = n;
		}
		return found;
	}

	/** The note's people, speakers and the full names of its text (the text read once, on first need). */
	private allNames(): string[] {
		this.textAll ??= this.text.all();
		return [...this.peopleMap().values(), ...this.full.values(), ...this.textAll];
	}

	private textAll: string[] | undefined;

	/**
	 * The one full name of the note (its people, speakers, or text) whose last word is `key`, or null. A name
	 * and the same name with a middle initial (`Stephen Dubner`, `Stephen J. DUBNER`) are one person: the
	 * shorter is kept.
	 */
	private byLastName(key: string): string | null {
		if (key.length < 3 || /\s/.test(key)) return null;
		const found = new Map<string, string>();
		for (const written of this.allNames()) {
			// `Mr. David Cameron` (Hansard's first label for him) is David Cameron.
			const name = !isShouted(written) && HONORIFIC.test(written) && /\S\s+\S/.test(written.replace(HONORIFIC, "")) ? written.replace(HONORIFIC, "") : written;
			// A label in capitals with an honorific (`REV. BARBER`) is the name being looked for, not another
			// person; so is `Pan Hořejš` (Mr Hořejš). A full name with words in capitals (`LIZ KANTER-GROSCAN`, a
			// radio transcript's first label; `Angela DUCKWORTH`) is written as prose would write it.
			const shouted = isShouted(name);
			// So is a label naming an office before the surname (`PRIME MINISTER BLAIR`).
			if (HONORIFIC.test(name) || (shouted && HONORIFIC.test(titleCase(name))) || OFFICE_THEN_NAME.test(name)) continue;
			const words = name.trim().split(/\s+/);
			if (words.length < 2 || nameKey(words[words.length - 1]) !== nameKey(key)) continue;
			// `Quotes → Always Claude` in a comparison's list: words that head a line, no one's full name.
			if (!isPlausibleName(name)) continue;
			const spelt = /\p{Lu}{2}/u.test(name) ? titleCase(name) : name;
			const person = nameKey(words[0]) + " " + nameKey(key);
			const had = found.get(person);
			if (had === undefined || had.split(/\s+/).length > words.length) found.set(person, spelt);
		}
		// `Seniors Elijah Nyahkoon` (a sentence's first word read into the run) beside `Elijah Nyahkoon`: the name it ends with.
		const names = [...found.values()];
		const kept = names.length > 1 ? names.filter((n) => !names.some((o) => o !== n && nameKey(n).endsWith(" " + nameKey(o)))) : names;
		return kept.length === 1 ? kept[0] : null;
	}

	/** The one full name of the note (its people, speakers, or text) whose initials are `initials`, or null. */
	private byInitials(initials: string): string | null {
		// The note's own people and labels first: its prose may decline the same name (`Marię Lewalską`).
		for (const names of [[...this.peopleMap().values(), ...this.full.values()], this.allNames()]) {
			const found = new Map<string, string>();
			for (const name of names) if (hasInitials(name, initials)) found.set(nameKey(name), name);
			// `Kanye Wests’ CD player` beside `Kanye West`: a possessive written without its apostrophe is the same name.
			for (const k of [...found.keys()]) if (k.endsWith("s") && found.has(k.slice(0, -1))) found.delete(k);
			if (found.size === 1) return [...found.values()][0];
			// `RA:` in an oral history titled "Rae Armantrout" that also mentions Ray Armantrout: the titled one.
			if (found.size > 1) {
				const titled = this.text.titled().filter((name) => found.has(nameKey(name)));
				if (titled.length === 1) return titled[0];
				// `JB:` where the host says "My name is Joachim Breitner" and a guest mentions `JavaScript BigInt`: the one introduced.
				const introduced = [...this.text.introduced().keys()].map(nameKey);
				const own = [...found].filter(([key]) => introduced.some((i) => key === i || key.startsWith(i + " ")));
				return own.length === 1 ? own[0][1] : null;
			}
		}
		return this.byFirstInitial(initials);
	}

	/**
	 * `H:` in a note titled `# Holden Marcsisin`: the one full name of the note's people or titles with that
	 * initial; failing any, the name the text introduces with it (`S:` and "there's me, Saf"), and of two
	 * such names the one the text writes more than twice as often as any other.
	 */
	private byTitledInitial(letter: string): string | null {
		const found = new Map<string, string>();
		for (const name of [...this.peopleMap().values(), ...this.text.titled()]) {
			if (/\S\s+\S/.test(name) && name.charAt(0) === letter) found.set(nameKey(name), name);
		}
		if (found.size > 0) return found.size === 1 ? [...found.values()][0] : null;
		const counts = new Map([...this.text.introduced()].filter(([name]) => name.charAt(0) === letter));
		const best = mostFrequent(counts);
		return best !== null && [...counts].every(([name, n]) => name === best || n * 2 < (counts.get(best) ?? 0)) ? best : null;
	}

	/**
	 * Initials that match no full name (`CC` for a host whose surname changed): the one person of the note's
	 * own people (frontmatter) whose first name starts with the first initial, and whose own initials no
	 * other person shares. Only the note's declared people, never names from its prose.
	 */
	private byFirstInitial(initials: string): string | null {
		const found = new Map<string, string>();
		for (const name of this.peopleMap().values()) {
			if (/\S\s+\S/.test(name) && name.charAt(0) === initials.charAt(0)) found.set(nameKey(name), name);
		}
		return found.size === 1 ? [...found.values()][0] : null;
	}
}

