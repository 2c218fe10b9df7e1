// QuoteIndex: every note's record, its quotes and the vault's speakers, kept current one note at a time.
// A change re-parses only that note, then re-resolves only the notes whose speaker lookups touched a
// name whose vault-wide answer changed (see vault-context.ts). Pure TS: the host feeds `{path, text, mtime}`.
import { parseNote } from "../note";
import { mergeSuggestions, speakersOf, type SpeakerDirectory } from "../speakers";
import { nameKey } from "../quotes/names";
import type { MergeSuggestion, NoteInput, NoteRecord, ParseOptions, Speaker } from "../types";
import { onlyPath } from "../search/filter";
import { QuoteSearch } from "../search/quote-search";
import { ListLog, logList } from "../search/span";
import { detachedTexts, detachRecord } from "./detach";
import { AUTOMATIC, isPodcastNote, type PodcastRule } from "./detect";
import type { ChangeListener, IndexedQuote, QuoteFilter, QuoteSource } from "./types";
import { StoredQuote, type NoteFacts } from "./stored-quote";
import { contributionOf, lookupKey, VaultContext, type Contribution } from "./vault-context";

export interface QuoteIndexOptions {
	parse?: ParseOptions;
	rule?: PodcastRule;
	/** User alias table: alias → canonical name. */
	aliasTable?: Record<string, string>;
	/**
	 * How listeners are told about a change. Default: at once. The plugin passes a debounced scheduler so a
	 * burst of edits redraws views once.
	 */
	schedule?: (notify: () => void) => void;
	/** The search `quotes(filter)` runs (a host shares one word index among its searches). Default: its own. */
	search?: QuoteSearch;
	/**
	 * Copy what records keep out of the note texts (detach.ts), so a long-lived index holds no whole note.
	 * Default: on. A host that answers once and exits (the CLI) turns it off: copying then only costs time.
	 */
	detach?: boolean;
}

interface Entry {
	/** With vault-wide speakers; its quotes are the index's only copy of them (see stored-quote.ts). */
	record: NoteRecord;
	/** The record's quotes when the note counts as a podcast note, else none. */
	quotes: IndexedQuote[];
	contribution: Contribution;
	deps: string[];
	/** Not yet handed out: resolution may change its quotes in place. */
	fresh: boolean;
}

const NO_QUOTES: IndexedQuote[] = [];

function byPath(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export class QuoteIndex implements QuoteSource {
	private entries = new Map<string, Entry>();
	private dependents = new Map<string, Set<string>>();
	private context = new VaultContext();
	private listeners = new Set<ChangeListener>();
	/** Notes changed since listeners last heard; null: any note (a rule, a clear). */
	private unheard: Set<string> | null = new Set();
	private parseOptions: ParseOptions;
	private rule: PodcastRule;
	private aliasTable: Record<string, string>;
	private schedule: (notify: () => void) => void;
	private readonly search: QuoteSearch;
	private readonly detach: boolean;
	private rev = 0;
	private cache: { speakers?: Speaker[]; merges?: MergeSuggestion[]; notes?: NoteRecord[] } = {};
	/** The last `all()` list, with where each note's quotes start in it (see `all`). */
	private list: AllList | null = null;
	/** Notes whose quotes changed since `list` was made; null: rebuild it whole. */
	private stale: Set<string> | null = null;
	/** Paths in vault order; kept across edits, dropped only when notes come or go. */
	private sortedPaths: string[] | null = null;

	constructor(options: QuoteIndexOptions = {}) {
		this.parseOptions = options.parse ?? {};
		this.rule = options.rule ?? AUTOMATIC;
		this.aliasTable = { ...(options.aliasTable ?? {}) };
		this.context.setAliasTable(this.aliasTable);
		this.schedule = options.schedule ?? ((notify) => notify());
		this.search = options.search ?? new QuoteSearch();
		this.detach = options.detach ?? true;
	}

	get revision(): number {
		return this.rev;
	}

	get size(): number {
		return this.entries.size;
	}

	/** Adds or replaces one note. */
	upsert(note: NoteInput): void {
		this.apply([note], []);
	}

	/** Adds or replaces many notes with one round of speaker re-resolution (the initial pass, in chunks). */
	upsertMany(notes: readonly NoteInput[]): void {
		this.apply(notes, []);
	}

	/**
	 * Adds or replaces notes parsed earlier (a persisted index, see snapshot.ts): records as `parseNote`
	 * returned them, with note-local speakers. The current rule and alias table apply to them as to any note.
	 */
	upsertParsed(records: readonly NoteRecord[]): void {
		this.apply([], [], records);
	}

	/** Several changes at once: notes read again and notes gone, with one round of re-resolution. */
	update(upserts: readonly NoteInput[], removals: readonly string[]): void {
		this.apply(upserts, removals);
	}

	remove(path: string): void {
		if (this.entries.has(path)) this.apply([], [path]);
	}

	/**
	 * A note moved. Its quote ids and title derive from the path, so it is read again: pass its text
	 * (the host has it at hand after a rename); without text the note is dropped until the host upserts it.
	 */
	rename(oldPath: string, newPath: string, text?: string, mtime?: number): void {
		const old = this.entries.get(oldPath);
		if (text === undefined) {
			if (old) this.apply([], [oldPath]);
			return;
		}
		this.apply([{ path: newPath, text, mtime: mtime ?? old?.record.mtime }], oldPath === newPath ? [] : [oldPath]);
	}

	/** Drops everything (before a rebuild). */
	clear(): void {
		this.entries.clear();
		this.sortedPaths = null;
		this.dependents.clear();
		this.context.clear();
		this.changed(null);
	}

	/**
	 * New settings. The podcast rule and alias table apply at once; new parse options (dashes, publish
	 * keys) only apply to notes read afterwards, so the host rebuilds when they change. Only the notes whose
	 * speaker lookups use a name the alias table now maps differently are resolved again; a new rule only
	 * re-sorts notes into podcast notes or not.
	 */
	configure(options: Pick<QuoteIndexOptions, "parse" | "rule" | "aliasTable">): void {
		if (options.parse) this.parseOptions = options.parse;
		if (options.rule) this.rule = options.rule;
		let touchedByAliases = new Set<string>();
		if (options.aliasTable) {
			const touched = (touchedByAliases = new Set<string>());
			for (const key of tableChanges(this.aliasTable, options.aliasTable)) {
				for (const path of this.dependents.get(key) ?? []) touched.add(path);
			}
			this.aliasTable = { ...options.aliasTable };
			this.context.setAliasTable(this.aliasTable);
			for (const path of touched) this.resolve(path);
		}
		if (options.rule) {
			for (const entry of this.entries.values()) entry.quotes = this.podcastQuotes(entry.record);
		}
		this.changed(options.rule ? null : touchedByAliases);
	}

	has(path: string): boolean {
		return this.entries.has(path);
	}

	/** The hash of the text last indexed for `path` (a host can skip re-reading unchanged notes). */
	hashOf(path: string): string | undefined {
		return this.entries.get(path)?.record.hash;
	}

	/**
	 * One array, changed in place by an edit: the changed notes' stretches overwritten, spliced where a note's
	 * count changed, with its version bumped and the span recorded (span.ts, decision 73), so an edit makes no
	 * copy of the 80,000-quote list. A new array only when notes come or go, many change, or a rule changes.
	 */
	all(): readonly IndexedQuote[] {
		const paths = this.paths();
		const quotesOf = (p: string) => this.entries.get(p)!.quotes;
		const { list, stale } = this;
		if (list === null || list.paths !== paths || stale === null || stale.size > SPLICE_LIMIT) this.list = wholeList(paths, quotesOf);
		else if (stale.size > 0) spliceInPlace(list, stale, quotesOf);
		this.stale = new Set();
		return this.list!.quotes;
	}

	quotes(filter: QuoteFilter = {}): IndexedQuote[] {
		if (onlyPath(filter)) {
			return [...(this.entries.get(filter.path)?.quotes ?? [])];
		}
		return this.search.run(this.all(), filter);
	}

	speakers(): Speaker[] {
		this.cache.speakers ??= speakersOf(this.notes().filter((r) => this.entries.get(r.path)!.quotes.length > 0));
		return this.cache.speakers;
	}

	mergeSuggestions(): MergeSuggestion[] {
		const tabled = new Set(Object.keys(this.aliasTable).map(nameKey));
		this.cache.merges ??= mergeSuggestions(this.speakers()).filter((m) => !tabled.has(nameKey(m.from)));
		return this.cache.merges;
	}

	note(path: string): NoteRecord | undefined {
		return this.entries.get(path)?.record;
	}

	notes(): NoteRecord[] {
		this.cache.notes ??= this.paths().map((p) => this.entries.get(p)!.record);
		return this.cache.notes;
	}

	/** Whether the note counts as a podcast note under the current rule. */
	isPodcast(path: string): boolean {
		const entry = this.entries.get(path);
		return entry !== undefined && isPodcastNote(entry.record, this.rule);
	}

	private paths(): string[] {
		this.sortedPaths ??= [...this.entries.keys()].sort(byPath);
		return this.sortedPaths;
	}

	onChange(listener: ChangeListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private apply(upserts: readonly NoteInput[], removals: readonly string[], parsed: readonly NoteRecord[] = []): void {
		const changedKeys = new Set<string>();
		const touched = new Set<string>();
		const removed: string[] = [];
		for (const path of removals) {
			const entry = this.entries.get(path);
			if (!entry) continue;
			removed.push(path);
			this.context.apply(entry.contribution, -1, changedKeys);
			this.setDeps(path, []);
			this.entries.delete(path);
			this.sortedPaths = null;
			touched.delete(path);
		}
		const records = upserts.map((note) => this.parse(note)).concat(parsed);
		for (let i = 0; i < records.length; i++) {
			const record = records[i];
			// Fresh parses hold slices of their note's text; a saved index's records were parsed into own strings.
			const quotes = storedQuotes(record, this.detach && i < upserts.length);
			record.quotes = quotes;
			const contribution = contributionOf(record);
			const old = this.entries.get(record.path);
			if (!old) this.sortedPaths = null;
			if (old) this.context.apply(old.contribution, -1, changedKeys);
			this.context.apply(contribution, 1, changedKeys);
			this.entries.set(record.path, { record, quotes: NO_QUOTES, contribution, deps: old?.deps ?? [], fresh: true });
			this.setDeps(record.path, depsOf(quotes));
			touched.add(record.path);
		}
		for (const key of changedKeys) for (const path of this.dependents.get(key) ?? []) touched.add(path);
		for (const path of touched) this.resolve(path);
		if (records.length || removals.length) this.changed([...removed, ...touched]);
	}

	private parse(note: NoteInput): NoteRecord {
		const record = parseNote(note.path, note.text, this.parseOptions);
		record.mtime = note.mtime ?? 0;
		if (this.detach) detachRecord(record);
		return record;
	}

	/** Vault-wide speakers for one note; a record already handed out is replaced, never changed, when they differ. */
	private resolve(path: string): void {
		const entry = this.entries.get(path);
		if (!entry) return;
		const directory = this.context.resolver;
		const quotes = entry.record.quotes as StoredQuote[];
		let out: StoredQuote[] | null = entry.fresh ? quotes : null;
		for (let i = 0; i < quotes.length; i++) {
			const q = quotes[i];
			const r = directory.resolveSpeaker(q.localSpeaker, q.localSpeakerRaw, q.localInferred, q.calloutTitle, entry.record.mentions);
			if (q.holds(r)) continue;
			if (out === null) out = quotes.slice();
			const changed = entry.fresh ? q : (out[i] = q.copy());
			changed.setResolved(r);
		}
		if (out !== null && out !== quotes) entry.record = { ...entry.record, quotes: out };
		entry.fresh = false;
		entry.quotes = this.podcastQuotes(entry.record);
	}

	/** The record's quotes when the note counts as a podcast note under the current rule, else none. */
	private podcastQuotes(record: NoteRecord): IndexedQuote[] {
		return isPodcastNote(record, this.rule) ? (record.quotes as StoredQuote[]) : NO_QUOTES;
	}

	private setDeps(path: string, deps: string[]): void {
		const entry = this.entries.get(path);
		if (!entry) return;
		for (const key of entry.deps) {
			const set = this.dependents.get(key);
			set?.delete(path);
			if (set && set.size === 0) this.dependents.delete(key);
		}
		entry.deps = deps;
		for (const key of deps) {
			let set = this.dependents.get(key);
			if (!set) this.dependents.set(key, (set = new Set()));
			set.add(path);
		}
	}

	/** `paths`: the notes whose record or quotes changed; null: any may have. */
	private changed(paths: Iterable<string> | null): void {
		this.rev++;
		this.cache = {};
		if (paths === null) {
			this.unheard = null;
			this.stale = null;
		} else {
			for (const p of paths) {
				this.unheard?.add(p);
				this.stale?.add(p);
			}
		}
		this.schedule(() => {
			const rev = this.rev;
			const changed = this.unheard === null ? undefined : [...this.unheard];
			this.unheard = new Set();
			for (const listener of [...this.listeners]) listener(rev, changed);
		});
	}
}

/** Lookup keys (`nameKey` of an alias) that the alias table maps differently in `next` than in `old`. */
function tableChanges(old: Record<string, string>, next: Record<string, string>): string[] {
	// As SpeakerDirectory reads a table: by key, the last entry of equal keys winning.
	const mapOf = (table: Record<string, string>) => new Map(Object.entries(table).map(([alias, name]) => [nameKey(alias), name]));
	const a = mapOf(old);
	const b = mapOf(next);
	const out: string[] = [];
	for (const [key, name] of a) if (b.get(key) !== name) out.push(key);
	for (const key of b.keys()) if (!a.has(key)) out.push(key);
	return out;
}

/** The record's quotes as the index keeps them, the note's fields shared (stored-quote.ts); `detach`: texts cut from a note's text. */
function storedQuotes(record: NoteRecord, detach: boolean): StoredQuote[] {
	const facts: NoteFacts = { path: record.path, title: record.title, episode: record.episode, flagged: record.flags.publish };
	const texts = detach ? detachedTexts(record.quotes.map((q) => q.text)) : null;
	return record.quotes.map((q, i) => new StoredQuote(q, facts, texts === null ? q.text : texts[i]));
}

/**
 * A note's quotes as an index over the same vault lists them, resolved against the vault's `directory`
 * (`speakerDirectoryOf`), for a reader that goes through the vault once and keeps no index (the CLI's
 * `quotes`); none when the note is no podcast note under `rule`.
 */
export function quotesOfNote(record: NoteRecord, directory: SpeakerDirectory, rule: PodcastRule): IndexedQuote[] {
	if (!isPodcastNote(record, rule)) return [];
	const quotes = storedQuotes(record, false);
	for (const q of quotes) {
		const r = directory.resolveSpeaker(q.localSpeaker, q.localSpeakerRaw, q.localInferred, q.calloutTitle, record.mentions);
		if (!q.holds(r)) q.setResolved(r);
	}
	return quotes;
}

/** The lookup keys a note's quotes resolve their speakers by (as the note alone names them). */
function depsOf(quotes: readonly StoredQuote[]): string[] {
	const deps = new Set<string>();
	for (const q of quotes) {
		const key = lookupKey(q);
		if (key !== null) deps.add(key);
	}
	return [...deps];
}

/** `all()`'s list: the quotes of `paths` in order, the quotes of `paths[i]` from `starts[i]` to `starts[i + 1]`. */
interface AllList {
	paths: readonly string[];
	quotes: IndexedQuote[];
	starts: number[];
	/** A path's place in `paths`. */
	at: Map<string, number>;
	/** The changes made to `quotes` in place. */
	log: ListLog;
}

/** Past this many changed notes `all()` concatenates every note again. */
const SPLICE_LIMIT = 1000;

function wholeList(paths: readonly string[], quotesOf: (path: string) => readonly IndexedQuote[]): AllList {
	const lists = paths.map(quotesOf);
	const starts = [0];
	for (const l of lists) starts.push(starts[starts.length - 1] + l.length);
	// Native concat of whole per-note arrays (in batches: argument lists have a size limit).
	let quotes: IndexedQuote[] = [];
	for (let i = 0; i < lists.length; i += 8192) quotes = quotes.concat(...lists.slice(i, i + 8192));
	const log = new ListLog();
	logList(quotes, log);
	return { paths, quotes, starts, at: new Map(paths.map((p, i) => [p, i])), log };
}

/**
 * `list` with the quotes of the `changed` notes (all among its paths) as `quotesOf` gives them now, in place:
 * each changed note's stretch overwritten, or spliced when its count changed. The change is recorded as the
 * stretch from the first changed note to the last.
 */
function spliceInPlace(list: AllList, changed: ReadonlySet<string>, quotesOf: (path: string) => readonly IndexedQuote[]): void {
	const places = [...changed].map((p) => list.at.get(p)!).sort((a, b) => a - b);
	const { quotes, starts } = list;
	const before = quotes.length;
	const first = places[0];
	const last = places[places.length - 1];
	const head = starts[first];
	const oldEnd = starts[last + 1];
	for (let k = places.length - 1; k >= 0; k--) {
		const i = places[k];
		const now = quotesOf(list.paths[i]);
		const from = starts[i];
		const count = starts[i + 1] - from;
		if (now.length === count) for (let j = 0; j < count; j++) quotes[from + j] = now[j];
		else quotes.splice(from, count, ...now);
	}
	let shift = 0;
	let next = 0;
	let oldStart = starts[first];
	for (let i = first; i < list.paths.length; i++) {
		const oldNext = starts[i + 1];
		if (i === places[next]) {
			shift += quotesOf(list.paths[i]).length - (oldNext - oldStart);
			next++;
		}
		starts[i + 1] = oldNext + shift;
		oldStart = oldNext;
	}
	list.log.changed({ head, oldEnd, newEnd: starts[last + 1] }, before);
}
