// The word index behind quote search. A keystroke must not read every quote's text: each distinct folded
// word of the vault is listed once with the quotes (slots) that contain it, so a query word costs a pass
// over the vocabulary (words that contain it) and the postings of those words, or, when few candidates
// are left, a look at the candidates' own word lists. Kept up to date one quote object at a time: a new
// quote list is diffed against the last one by identity, and only the quotes that differ are folded.
// Identity is enough because quote sources never change a quote they handed out (`QuoteSource.all`): a
// changed quote is a new object. Nothing here reads a known quote's fields again.
import type { IndexedQuote } from "../index/types";
import { foldText } from "./fold";
import { spanSince, versionOf, type ListState } from "./span";
import { FNV_OFFSET, FNV_PRIME, grown, int32, isAsciiWordCode, letterBit, lowerAscii, SPACE, uint32, Vocabulary } from "./vocabulary";

/** Shortest token that may be matched name-style; shorter ones would match almost any name. */
export const FUZZY_MIN = 3;

/**
 * Name-style fuzzy match: the token is made of prefixes of consecutive words,
 * e.g. `samalt` → "**Sam** **Alt**man", `lexfrid` → "**Lex** **Frid**man".
 */
export function matchesWordPrefixes(words: readonly string[], token: string): boolean {
	const from = (wordIndex: number, pos: number): boolean => {
		if (pos === token.length) return true;
		if (wordIndex >= words.length) return false;
		const word = words[wordIndex] ?? "";
		let common = 0;
		while (common < word.length && pos + common < token.length && word.charCodeAt(common) === token.charCodeAt(pos + common)) common++;
		for (let take = common; take >= 1; take--) {
			if (from(wordIndex + 1, pos + take)) return true;
		}
		return false;
	};
	for (let i = 0; i < words.length; i++) {
		if (words[i]?.charCodeAt(0) === token.charCodeAt(0) && from(i, 0)) return true;
	}
	return false;
}

/** What a quote's words come from, read once when the quote is first seen. */
interface Snapshot {
	text: string;
	speaker: string | null;
	speakerRaw: string | null;
	episode: IndexedQuote["episode"];
	noteTitle: string;
}

/** A short field (speaker, show, episode title, note title), folded once per distinct value. */
interface Field {
	/** Vocabulary ids of its words. */
	ids: number[];
	/** Its folded words, for name-style matches. */
	words: string[];
}

/**
 * Candidates while a query is evaluated: positions in the list (ascending) while the list order is kept,
 * slots (any order) after a walk of postings.
 */
interface Candidates {
	ids: Int32Array;
	positions: boolean;
}

/** How one query word is looked up: by the quotes' letter sets (one letter), or by its words' postings. */
type Plan = { letter: number } | { ids: Int32Array; metas: number[]; cost: number };

// eslint-disable-next-line no-control-regex -- the ASCII range is exactly what we test for
const ASCII = /^[\u0000-\u007f]*$/;

/** Word-list entries counted per step of a rebuild (see `SearchIndex.prepare`). */
const POOL_STEP = 1 << 16;

/** A sync under way (see `SearchIndex.prepare`). */
interface SyncJob {
	quotes: readonly IndexedQuote[];
	/** The version of `quotes` it syncs to: a job not yet committed is given up when the list changes. */
	version: number;
	/** Whether it has switched the index to `quotes` (it must then be finished before anything else). */
	committed: boolean;
	steps: Generator<void, void, void>;
}

/** The candidates at the given indexes (order kept). */
function select(cands: Candidates, keep: readonly number[]): Candidates {
	const ids = new Int32Array(keep.length);
	for (let i = 0; i < keep.length; i++) ids[i] = cands.ids[keep[i]];
	return { ids, positions: cands.positions };
}

// The loops of `walk` and `checkLetter` over every candidate are functions of their own (decision 76): in
// Chromium, the code after such a loop inside them bailed out of its optimised code on every keystroke.

/** Marks the slots of `cands` with `mark`. */
function markSlots(slotMark: Uint32Array, cands: Candidates, order: Int32Array, mark: number): void {
	const { ids, positions } = cands;
	for (let i = 0; i < ids.length; i++) slotMark[positions ? order[ids[i]] : ids[i]] = mark;
}

/** Writes to `out` the positions of `from` whose slot has `mark`, in order; returns how many. */
function keepMarked(from: Int32Array, order: Int32Array, slotMark: Uint32Array, mark: number, out: Int32Array): number {
	let k = 0;
	for (let i = 0; i < from.length; i++) if (slotMark[order[from[i]]] === mark) out[k++] = from[i];
	return k;
}

/** Writes to `out` the list positions whose quote has a word with letter `bit`, in order; returns how many. */
function positionsWithLetter(letters: Int32Array, bit: number, order: Int32Array, out: Int32Array): number {
	let k = 0;
	for (let pos = 0; pos < order.length; pos++) if ((letters[order[pos]] & bit) !== 0) out[k++] = pos;
	return k;
}

/** The indexes of those of `cands` whose quote has a word with letter `bit`. */
function candidatesWithLetter(letters: Int32Array, bit: number, cands: Candidates, order: Int32Array): number[] {
	const keep: number[] = [];
	const { ids, positions } = cands;
	for (let i = 0; i < ids.length; i++) if ((letters[positions ? order[ids[i]] : ids[i]] & bit) !== 0) keep.push(i);
	return keep;
}

/**
 * Folded words → quotes, for one quote list at a time (`sync`). Matching a token means what it always
 * meant: the token occurs inside a word of the quote's text, speaker, episode title or show, or note
 * title (a word is a run of letters and digits after folding, so a token without spaces occurs in the
 * folded text exactly when it occurs in one of its words), or, from three letters on, it matches the
 * speaker or show name-style (`samalt`).
 */
export class SearchIndex {
	// Vocabulary: every distinct folded word.
	/** Word ids + 1 by hash (open addressing): a word is looked up without making a string of it. */
	private readonly vocab = new Vocabulary();
	/** Per word: the last slot + 1 that listed it (dedupes a quote's words while it is indexed). */
	private wordSeen: Int32Array = new Int32Array(1024);
	private wordMark: Uint32Array = new Uint32Array(1024);

	// Postings, word → slots: one block built by `rebuild` (`postSlots[postStart[w], postStart[w + 1])`),
	// plus, per word, the slots posted since.
	private postStart: Int32Array = new Int32Array(1);
	private postSlots: Int32Array = new Int32Array(0);
	private extra: (number[] | undefined)[] = [];
	private extraCount = 0;
	/** Slots indexed but not posted yet: posted once a sync puts them in the list. */
	private pending: number[] = [];

	// Names and titles repeat across thousands of quotes: each distinct value is folded once.
	private readonly fieldIds = new Map<string, number>();
	private readonly fields: Field[] = [];
	/** Each distinct combination of names (speaker, written speaker, show) and the slots that have it. */
	private readonly metaIds = new Map<string, number>();
	private readonly metaNames: number[][] = [];
	private metaSlots: number[][] = [];
	private metaMark: Uint32Array = new Uint32Array(64);
	/** Per token and name field: name-style match, 1 yes, 2 no (0 not asked yet). */
	private readonly nameMatches = new Map<string, Uint8Array>();

	// Slots: one per indexed quote object. A quote's words are `pool[wordStart, wordEnd)`, its text's
	// words first (up to `textEnd`).
	/** The quote object of each slot (undefined once dropped). */
	private records: Array<IndexedQuote | undefined> = [];
	private slotCount = 0;
	private wordStart: Int32Array = new Int32Array(1024);
	private textEnd: Int32Array = new Int32Array(1024);
	private wordEnd: Int32Array = new Int32Array(1024);
	private slotMeta: Int32Array = new Int32Array(1024);
	private slotLetters: Int32Array = new Int32Array(1024);
	/** Position of the slot in the synced list, -1 when it is not in it. */
	private posOf: Int32Array = new Int32Array(1024).fill(-1);
	private slotMark: Uint32Array = new Uint32Array(1024);
	private pool: Int32Array = new Int32Array(1 << 16);
	private poolEnd = 0;
	/** The slot of every quote object that has one (deleted when the slot is dropped). */
	private readonly slots = new Map<IndexedQuote, number>();
	/** The titles of the note last indexed, and its quotes' name combinations: the quotes of one note share them. */
	private lastNames: { note: object; speaker: string | null; speakerRaw: string | null; found: { meta: number; ids: number[] } } | null = null;
	private lastNote: { episode: IndexedQuote["episode"]; noteTitle: string; titles: number[]; byNames: Map<string, { meta: number; ids: number[] }> } | null = null;

	// The synced list and its slot at each position.
	private list: readonly IndexedQuote[] = [];
	private listVersion = 0;
	private order: Int32Array = new Int32Array(0);
	private generation = 0;
	private scratch: Int32Array = new Int32Array(1024);
	private versionNo = 0;
	/** The sync under way, when `prepare` ran out of time. */
	private job: SyncJob | null = null;

	/**
	 * @param minRebuild Fewest new, dropped or scattered slots that make a sync rebuild the postings in one
	 * block (tests pass a small number to exercise rebuilds on small lists).
	 */
	constructor(private readonly minRebuild = 1024) {}

	/** Changes whenever the synced list's content changes (positions kept from before are then stale). */
	get version(): number {
		return this.versionNo;
	}

	/**
	 * Makes the index describe `quotes` now (finishing any sync begun by `prepare`). The list may be the one
	 * synced last, changed in place since (QuoteIndex.all(), decision 73): outside the span its log gives (or the
	 * common start and end of two lists) quotes are kept as they are, quotes in between are looked up by
	 * identity and only new ones are folded. A quote object is never changed once handed out (QuoteSource.all), so one already indexed needs
	 * no second look. Returns whether the content changed during this call.
	 */
	sync(quotes: readonly IndexedQuote[]): boolean {
		const before = this.versionNo;
		this.prepare(quotes, () => true);
		return this.versionNo !== before;
	}

	/**
	 * Works towards `quotes` while `more()` says there is time, a bounded step at a time (folding ~128
	 * quotes, checking ~1,000, or counting ~64,000 words between two asks), and returns whether the index
	 * now describes `quotes`. Hosts call it from idle callbacks until it returns true, so no single task
	 * folds the vault or builds all its postings. A sync begun for an older list is given up while it has
	 * only indexed quotes (nothing the searches see has changed yet; the quotes it folded stay indexed), and
	 * carried on once it has switched the index to that list (building postings), then `quotes` follows.
	 * Searching between two calls is always right: `sync`, which every search runs first, finishes the rest.
	 */
	prepare(quotes: readonly IndexedQuote[], more: () => boolean): boolean {
		for (;;) {
			let job = this.job;
			const version = versionOf(quotes);
			if (job && !job.committed && (job.quotes !== quotes || job.version !== version)) job = this.job = null;
			if (!job) {
				if (quotes === this.list && version === this.listVersion) return true;
				job = this.job = { quotes, version, committed: false, steps: this.syncSteps(quotes, version) };
			}
			while (!job.steps.next().done) if (!more()) return false;
			this.job = null;
		}
	}

	/**
	 * The steps of one sync (each `yield` is a point where it may pause). Until `committed` only quotes are
	 * indexed (as any sync may do ahead of time); the switch to the new list is one bounded step; the
	 * postings that follow are built aside and put in place at the end.
	 */
	private *syncSteps(quotes: readonly IndexedQuote[], version: number): Generator<void, void, void> {
		const prevOrder = this.order;
		const n = quotes.length;
		// The previous list's length then: it may be this same list, changed in place since.
		const m = prevOrder.length;
		// A change not remembered: every quote looked up by identity.
		const { head, newEnd } = spanSince({ list: this.list, version: this.listVersion }, quotes) ?? { head: 0, newEnd: n };
		const tail = n - newEnd;
		const changed = head + tail !== n || n !== m;
		const order = new Int32Array(n);
		order.set(prevOrder.subarray(0, head), 0);
		order.set(prevOrder.subarray(m - tail, m), n - tail);
		// A fresh index about to take a whole vault: room for all of it at once, not by doubling in some step.
		yield* this.reservePool(n - tail - head);
		for (let i = head; i < n - tail; i++) {
			order[i] = this.slotFor(quotes[i]);
			if ((i & 127) === 127) yield;
		}
		// Every slot in `order` now holds its quote object: kept ones by identity (head, tail, `slotFor`), and a
		// quote is never changed in place, so nothing already indexed needs a second look.
		yield;
		// The switch: positions of the new list, and the old list's slots that are not in it are dropped.
		const job = this.job;
		if (job) job.committed = true;
		const posOf = this.posOf;
		for (let i = 0; i < m; i++) posOf[prevOrder[i]] = -1;
		for (let i = 0; i < n; i++) posOf[order[i]] = i;
		for (let i = 0; i < m; i++) if (posOf[prevOrder[i]] === -1) this.drop(prevOrder[i]);
		this.list = quotes;
		this.listVersion = version;
		this.order = order;
		if (changed) this.versionNo++;
		const bulk = this.pending.length > Math.max(this.minRebuild, n / 8);
		const garbage = this.slotCount > 2 * n + this.minRebuild;
		const scattered = this.extraCount > Math.max(64 * this.minRebuild, this.postSlots.length / 4);
		if (bulk || garbage || scattered) yield* this.rebuild();
		else yield* this.postPending();
	}

	/**
	 * Positions (ascending) in the synced list of the quotes that match every token. `within`: positions
	 * (ascending) already known to match every token of `satisfied`, from the last query on this version.
	 */
	match(tokens: readonly string[], within: Int32Array | null = null, satisfied: readonly string[] = []): Int32Array {
		this.settle();
		const order = this.order;
		let cands: Candidates | null = within ? { ids: within, positions: true } : null;
		const plans = [...new Set(tokens)].filter((t) => !(within && satisfied.includes(t))).map((t) => this.plan(t));
		// Fewest postings first; one-letter words last, as a cheap filter of what is left.
		const cost = (p: Plan): number => ("letter" in p ? Infinity : p.cost);
		plans.sort((a, b) => cost(a) - cost(b));
		const perSlot = this.slotCount > 0 ? this.poolEnd / this.slotCount : 0;
		for (const plan of plans) {
			if ("letter" in plan) cands = this.checkLetter(plan.letter, cands);
			else if (cands === null || plan.cost < cands.ids.length * perSlot) cands = this.walk(plan.ids, plan.metas, cands);
			else cands = this.check(plan.ids, plan.metas, cands);
			if (cands.ids.length === 0) break;
		}
		if (cands === null) return Int32Array.from(order.keys());
		if (cands.positions) return cands.ids;
		// Back to list order: stamp the slots, then read the list once.
		const mark = this.nextGeneration();
		const slotMark = this.slotMark;
		for (let i = 0; i < cands.ids.length; i++) slotMark[cands.ids[i]] = mark;
		const out = this.buffer(order.length);
		let k = 0;
		for (let pos = 0; pos < order.length; pos++) if (slotMark[order[pos]] === mark) out[k++] = pos;
		return out.slice(0, k);
	}

	/**
	 * `inText` asked later (the sidebar orders a group when it is drawn): null when the index has moved on
	 * from `list` since the positions were found, as a view may scroll before its refresh for a new list.
	 */
	inTextOf(at: ListState<IndexedQuote>, positions: Int32Array, tokens: readonly string[]): Uint8Array | null {
		this.settle();
		return at.list === this.list && at.version === this.listVersion ? this.inText(positions, tokens) : null;
	}

	/** Of the given positions (ascending), whether the quote's own text (not its names or titles) has every token. */
	inText(positions: ArrayLike<number>, tokens: readonly string[]): Uint8Array {
		this.settle();
		const out = new Uint8Array(positions.length).fill(1);
		for (const token of new Set(tokens)) {
			const mark = this.markWords(this.vocab.wordsContaining(token));
			for (let i = 0; i < positions.length; i++) {
				if (out[i] === 0) continue;
				const slot = this.order[positions[i]];
				let hit = 0;
				for (let w = this.wordStart[slot]; w < this.textEnd[slot]; w++) {
					if (this.wordMark[this.pool[w]] === mark) {
						hit = 1;
						break;
					}
				}
				out[i] = hit;
			}
		}
		return out;
	}

	/** Finishes a sync that has switched the index to its list already: its postings are needed now. */
	private settle(): void {
		const job = this.job;
		if (job?.committed) this.prepare(job.quotes, () => true);
	}

	private plan(token: string): Plan {
		const letter = token.length === 1 ? letterBit(token.charCodeAt(0)) : 0;
		if (letter !== 0) return { letter };
		const ids = this.vocab.wordsContaining(token);
		const metas = token.length >= FUZZY_MIN ? this.nameMetas(token) : [];
		let cost = 0;
		for (let i = 0; i < ids.length; i++) cost += this.postingCount(ids[i]);
		for (const meta of metas) cost += this.metaSlots[meta].length;
		return { ids, metas, cost };
	}

	private postingCount(id: number): number {
		const start = this.postStart;
		return (id + 1 < start.length ? start[id + 1] - start[id] : 0) + (this.extra[id]?.length ?? 0);
	}

	/** Walks the postings of the token's words (and names): the matching slots among `cands` (any slot when null). */
	private walk(ids: Int32Array, metas: readonly number[], cands: Candidates | null): Candidates {
		const slotMark = this.slotMark;
		const before = this.nextGeneration();
		if (cands) markSlots(slotMark, cands, this.order, before);
		const after = this.nextGeneration();
		const any = cands === null;
		// Candidates in list order stay in it: the walk marks which match, then they are read in order.
		const inOrder = cands !== null && cands.positions;
		const out = inOrder ? null : this.buffer(this.slotCount);
		let k = 0;
		const take = (list: ArrayLike<number>, from: number, to: number): void => {
			for (let j = from; j < to; j++) {
				const slot = list[j];
				const mark = slotMark[slot];
				if (mark === after || (!any && mark !== before)) continue;
				slotMark[slot] = after;
				if (out !== null) out[k++] = slot;
			}
		};
		const start = this.postStart;
		for (let i = 0; i < ids.length; i++) {
			const id = ids[i];
			if (id + 1 < start.length) take(this.postSlots, start[id], start[id + 1]);
			const more = this.extra[id];
			if (more) take(more, 0, more.length);
		}
		for (const meta of metas) take(this.metaSlots[meta], 0, this.metaSlots[meta].length);
		if (out === null) {
			const from = (cands as Candidates).ids;
			const kept = this.buffer(from.length);
			return { ids: kept.slice(0, keepMarked(from, this.order, slotMark, after, kept)), positions: true };
		}
		return { ids: out.slice(0, k), positions: false };
	}

	/** Looks at each candidate's own words: cheaper than the postings once few candidates are left. */
	private check(ids: Int32Array, metas: readonly number[], cands: Candidates): Candidates {
		const wordMark = this.wordMark;
		const pool = this.pool;
		const mark = this.markWords(ids);
		const metaMark = this.nextGeneration();
		for (const meta of metas) this.metaMark[meta] = metaMark;
		const keep: number[] = [];
		const { ids: from, positions } = cands;
		const order = this.order;
		for (let i = 0; i < from.length; i++) {
			const slot = positions ? order[from[i]] : from[i];
			let hit = this.metaMark[this.slotMeta[slot]] === metaMark;
			for (let w = this.wordStart[slot], end = this.wordEnd[slot]; !hit && w < end; w++) hit = wordMark[pool[w]] === mark;
			if (hit) keep.push(i);
		}
		return select(cands, keep);
	}

	/** A one-letter word: the quotes whose words have that letter (all of the list when `cands` is null). */
	private checkLetter(bit: number, cands: Candidates | null): Candidates {
		if (cands === null) {
			const out = this.buffer(this.order.length);
			return { ids: out.slice(0, positionsWithLetter(this.slotLetters, bit, this.order, out)), positions: true };
		}
		return select(cands, candidatesWithLetter(this.slotLetters, bit, cands, this.order));
	}

	/** A scratch array of at least `size` (results are copied out of it). */
	private buffer(size: number): Int32Array {
		if (this.scratch.length < size) this.scratch = new Int32Array(Math.max(size, this.scratch.length * 2));
		return this.scratch;
	}

	private markWords(ids: Int32Array): number {
		this.wordMark = grown(this.wordMark, this.vocab.size, uint32);
		const mark = this.nextGeneration();
		for (let i = 0; i < ids.length; i++) this.wordMark[ids[i]] = mark;
		return mark;
	}

	private nextGeneration(): number {
		if (this.generation >= 0xfffffff0) {
			this.generation = 0;
			this.slotMark.fill(0);
			this.wordMark.fill(0);
			this.metaMark.fill(0);
		}
		return ++this.generation;
	}

	/** Name combinations in which some name matches the token name-style. */
	private nameMetas(token: string): number[] {
		let cache = this.nameMatches.get(token);
		if (!cache || cache.length < this.fields.length) {
			const next = new Uint8Array(this.fields.length);
			if (cache) next.set(cache);
			cache = next;
			if (this.nameMatches.size >= 64) this.nameMatches.clear();
			this.nameMatches.set(token, cache);
		}
		const out: number[] = [];
		for (let meta = 0; meta < this.metaNames.length; meta++) {
			for (const field of this.metaNames[meta]) {
				if (cache[field] === 0) cache[field] = matchesWordPrefixes(this.fields[field].words, token) ? 1 : 2;
				if (cache[field] === 1) {
					out.push(meta);
					break;
				}
			}
		}
		return out;
	}

	private isCurrent(slot: number, q: IndexedQuote): boolean {
		return this.records[slot] === q;
	}

	/** The quote's slot, indexing it (again) when it is new or changed. */
	private slotFor(q: IndexedQuote): number {
		const known = this.slots.get(q);
		if (known !== undefined && this.isCurrent(known, q)) return known;
		const e: Snapshot = { text: q.text, speaker: q.speaker, speakerRaw: q.speakerRaw, episode: q.episode, noteTitle: q.noteTitle };
		const slot = this.add(q, e);
		this.slots.set(q, slot);
		return slot;
	}

	/** Gives the quote a new slot and lists its words (posted later, see `sync`). */
	private add(q: IndexedQuote, e: Snapshot): number {
		const slot = this.slotCount++;
		if (slot >= this.wordStart.length) this.growSlots(slot + 1);
		this.records[slot] = q;
		this.posOf[slot] = -1;
		this.wordStart[slot] = this.poolEnd;
		const seen = slot + 1;
		let letters = 0;
		const text = e.text;
		if (ASCII.test(text)) {
			// The ASCII case of foldText without building the folded string (nor a lower-case copy): words
			// are runs of [a-z0-9] once lower-cased.
			let start = -1;
			let hash = FNV_OFFSET;
			for (let i = 0; i <= text.length; i++) {
				const c = i < text.length ? lowerAscii(text.charCodeAt(i)) : SPACE;
				if (isAsciiWordCode(c)) {
					if (start < 0) start = i;
					hash = Math.imul(hash ^ c, FNV_PRIME);
				} else if (start >= 0) {
					letters |= this.addWord(this.vocab.lookup(text, start, i, hash), slot, seen);
					start = -1;
					hash = FNV_OFFSET;
				}
			}
		} else {
			for (const word of foldText(e.text).split(" ")) if (word !== "") letters |= this.addWord(this.vocab.id(word), slot, seen);
		}
		this.textEnd[slot] = this.poolEnd;
		const names = this.namesOf(e);
		for (const id of names.ids) letters |= this.addWord(id, slot, seen);
		this.wordEnd[slot] = this.poolEnd;
		this.slotLetters[slot] = letters;
		this.slotMeta[slot] = names.meta;
		this.pending.push(slot);
		return slot;
	}

	/** The name combination and the words of the names and titles of a quote. */
	private namesOf(e: Snapshot): { meta: number; ids: number[] } {
		let note = this.lastNote;
		if (!note || note.episode !== e.episode || note.noteTitle !== e.noteTitle) {
			const titles = e.episode.title ? [this.fieldId(e.episode.title), this.fieldId(e.noteTitle)] : [this.fieldId(e.noteTitle)];
			note = this.lastNote = { episode: e.episode, noteTitle: e.noteTitle, titles, byNames: new Map() };
		}
		const last = this.lastNames;
		if (last && last.note === note && last.speaker === e.speaker && last.speakerRaw === e.speakerRaw) return last.found;
		const key = `${e.speaker ?? ""}\u0000${e.speakerRaw ?? ""}`;
		let found = note.byNames.get(key);
		if (!found) {
			// Names can also match name-style; titles only by their words.
			const names: number[] = [];
			if (e.speaker) names.push(this.fieldId(e.speaker));
			if (e.speakerRaw && e.speakerRaw !== e.speaker) names.push(this.fieldId(e.speakerRaw));
			if (e.episode.show) names.push(this.fieldId(e.episode.show));
			const ids = names.concat(note.titles).flatMap((field) => this.fields[field].ids);
			found = { meta: this.metaId(names), ids };
			note.byNames.set(key, found);
		}
		this.lastNames = { note, speaker: e.speaker, speakerRaw: e.speakerRaw, found };
		return found;
	}

	/**
	 * Room in the pool for the words of that many more quotes (one allocation instead of doubling), the
	 * words so far copied a chunk per step: the first write to fresh memory costs a page fault per 4 KiB
	 * (about 5 ms per MiB on the bench machine), too much for one step once the pool holds a vault.
	 */
	private *reservePool(quotes: number): Generator<void, void, void> {
		const perQuote = this.slotCount > 0 ? this.poolEnd / this.slotCount : 64;
		const need = this.poolEnd + Math.ceil(quotes * perQuote * 1.1);
		if (need <= this.pool.length) return;
		const next = new Int32Array(Math.max(need, this.pool.length + (this.pool.length >> 1)));
		for (let from = 0; from < this.poolEnd; from += POOL_STEP) {
			next.set(this.pool.subarray(from, Math.min(this.poolEnd, from + POOL_STEP)), from);
			yield;
		}
		this.pool = next;
	}

	/** Lists the word for the slot being indexed (once); returns the word's letters. */
	private addWord(id: number, slot: number, seen: number): number {
		if (id >= this.wordSeen.length) {
			this.wordSeen = grown(this.wordSeen, id + 1, int32);
			this.wordMark = grown(this.wordMark, id + 1, uint32);
		}
		if (this.wordSeen[id] === seen) return 0;
		this.wordSeen[id] = seen;
		if (this.poolEnd === this.pool.length) this.pool = grown(this.pool, this.poolEnd + 1, int32);
		this.pool[this.poolEnd++] = id;
		return this.vocab.letters[id];
	}

	private fieldId(value: string): number {
		let id = this.fieldIds.get(value);
		if (id === undefined) {
			const words = foldText(value).split(" ").filter((w) => w !== "");
			id = this.fields.length;
			this.fields.push({ ids: [...new Set(words)].map((w) => this.vocab.id(w)), words });
			this.fieldIds.set(value, id);
		}
		return id;
	}

	private metaId(names: readonly number[]): number {
		const key = names.join(",");
		let id = this.metaIds.get(key);
		if (id === undefined) {
			id = this.metaNames.length;
			this.metaNames.push([...names]);
			this.metaSlots.push([]);
			this.metaIds.set(key, id);
			if (id >= this.metaMark.length) this.metaMark = grown(this.metaMark, id + 1, uint32);
		}
		return id;
	}

	private growSlots(size: number): void {
		const oldLength = this.posOf.length;
		this.wordStart = grown(this.wordStart, size, int32);
		this.textEnd = grown(this.textEnd, size, int32);
		this.wordEnd = grown(this.wordEnd, size, int32);
		this.slotMeta = grown(this.slotMeta, size, int32);
		this.slotLetters = grown(this.slotLetters, size, int32);
		this.slotMark = grown(this.slotMark, size, uint32);
		this.posOf = grown(this.posOf, size, int32);
		this.posOf.fill(-1, oldLength);
	}

	/** The quote is no longer in the list: its slot stays in the postings (ignored) until `rebuild`. */
	private drop(slot: number): void {
		const q = this.records[slot];
		if (q && this.slots.get(q) === slot) this.slots.delete(q);
		this.records[slot] = undefined;
	}

	/** Posts the pending slots that are in the list (a few notes' quotes after an edit; up to an eighth of the list, 256 per step). */
	private *postPending(): Generator<void, void, void> {
		const waiting: number[] = [];
		const pending = this.pending;
		for (let i = 0; i < pending.length; i++) {
			const slot = pending[i];
			if ((i & 255) === 255) yield;
			if (this.posOf[slot] < 0) {
				if (this.records[slot]) waiting.push(slot);
				continue;
			}
			for (let w = this.wordStart[slot]; w < this.wordEnd[slot]; w++) {
				const id = this.pool[w];
				let list = this.extra[id];
				if (!list) this.extra[id] = list = [];
				list.push(slot);
			}
			this.extraCount += this.wordEnd[slot] - this.wordStart[slot];
			this.metaSlots[this.slotMeta[slot]].push(slot);
		}
		this.pending = waiting;
	}

	/**
	 * Renumbers the list's slots in list order, drops every other slot and builds the postings in one
	 * block (a counting sort of the word lists). Runs on the first sync of a large list, and once dropped
	 * slots or postings added since the last rebuild pile up, so its cost is spread over many edits. A
	 * generator: it pauses between bounded steps (see `prepare`); the postings are built aside and put in
	 * place in its last step, and nothing else changes the index while it runs.
	 */
	private *rebuild(): Generator<void, void, void> {
		const order = this.order;
		const renumber = new Int32Array(this.slotCount).fill(-1);
		let live = 0;
		let same = true;
		for (let pos = 0; pos < order.length; pos++) {
			const old = order[pos];
			if (renumber[old] !== -1) continue;
			if (old !== live) same = false;
			renumber[old] = live++;
		}
		// A first build indexes the list in order: the word lists stay where they are.
		if (!same || live !== this.slotCount) yield* this.renumber(renumber, live);
		const { pool, wordStart, wordEnd, slotMeta, poolEnd } = this;
		// Counting sort, a chunk of the word lists per step: how many slots list each word, then each slot
		// written at its word's cursor.
		const counts = new Int32Array(this.vocab.size + 1);
		// Written all over by the fill below: its pages are touched here first, a chunk per step (see reservePool).
		const postSlots = new Int32Array(poolEnd);
		for (let from = 0; from < poolEnd; from += POOL_STEP) {
			const end = Math.min(poolEnd, from + POOL_STEP);
			for (let w = from; w < end; w++) counts[pool[w] + 1]++;
			postSlots.fill(0, from, end);
			yield;
		}
		for (let w = 1; w < counts.length; w++) counts[w] += counts[w - 1];
		const cursor = counts.slice(0, counts.length - 1);
		const metaSlots: number[][] = this.metaNames.map(() => []);
		for (let slot = 0; slot < live; slot++) {
			for (let w = wordStart[slot]; w < wordEnd[slot]; w++) postSlots[cursor[pool[w]]++] = slot;
			metaSlots[slotMeta[slot]].push(slot);
			if ((slot & 1023) === 1023) yield;
		}
		this.postStart = counts;
		this.postSlots = postSlots;
		this.metaSlots = metaSlots;
		this.extra = [];
		this.extraCount = 0;
		this.pending = [];
	}

	/** Gives the live slots the numbers `renumber` says (-1: dropped), copying their word lists in that order. */
	private *renumber(renumber: Int32Array, live: number): Generator<void, void, void> {
		const capacity = Math.max(1024, live);
		const wordStart = new Int32Array(capacity);
		const textEnd = new Int32Array(capacity);
		const wordEnd = new Int32Array(capacity);
		const slotMeta = new Int32Array(capacity);
		const slotLetters = new Int32Array(capacity);
		const posOf = new Int32Array(capacity).fill(-1);
		const records = new Array<IndexedQuote | undefined>(live);
		let size = 0;
		for (let old = 0; old < this.slotCount; old++) if (renumber[old] >= 0) size += this.wordEnd[old] - this.wordStart[old];
		const pool = new Int32Array(Math.max(1 << 16, size + (size >> 3)));
		// In new slot order, so that each word's postings come out in list order.
		const oldOf = new Int32Array(live);
		for (let old = 0; old < this.slotCount; old++) {
			const slot = renumber[old];
			if (slot >= 0) oldOf[slot] = old;
			else this.drop(old);
			if ((old & 1023) === 1023) yield;
		}
		let end = 0;
		for (let slot = 0; slot < live; slot++) {
			const old = oldOf[slot];
			const q = this.records[old] as IndexedQuote;
			this.slots.set(q, slot);
			records[slot] = q;
			wordStart[slot] = end;
			textEnd[slot] = end + (this.textEnd[old] - this.wordStart[old]);
			pool.set(this.pool.subarray(this.wordStart[old], this.wordEnd[old]), end);
			end += this.wordEnd[old] - this.wordStart[old];
			wordEnd[slot] = end;
			slotMeta[slot] = this.slotMeta[old];
			slotLetters[slot] = this.slotLetters[old];
			posOf[slot] = this.posOf[old];
			if ((slot & 511) === 511) yield;
		}
		const order = new Int32Array(this.order.length);
		for (let pos = 0; pos < order.length; pos++) order[pos] = renumber[this.order[pos]];
		this.pool = pool;
		this.poolEnd = end;
		this.wordStart = wordStart;
		this.textEnd = textEnd;
		this.wordEnd = wordEnd;
		this.slotMeta = slotMeta;
		this.slotLetters = slotLetters;
		this.posOf = posOf;
		this.records = records;
		this.slotMark = new Uint32Array(capacity);
		this.slotCount = live;
		this.order = order;
		// Slot numbers start again from `live`: forget which slot last listed each word.
		this.wordSeen.fill(0);
	}
}
