// `quotes` and `speakers`: the vault's quotes as the plugin's index gives them; `quotes` without a search
// reads the vault once and writes as it reads (vault-quotes.ts), with the same answer.
import { QuoteIndex } from "../core/index";
import type { IndexedQuote, QuoteFilter } from "../core/index/types";
import { chipTest } from "../core/search/filter";
import { queryTokens } from "../core/search/fold";
import { ownString } from "../core/util/strings";
import { parseArgs, stringFlag } from "./args";
import { NoteIndexError } from "./index-notes";
import { CliIO, EXIT_FAILED, EXIT_OK, outParts } from "./io";
import { checkVaultArgument, INDEX_VALUE_KEYS, type IndexHooks, loadIndex, openVault, SHARED_BOOLEAN_KEYS, SHARED_VALUE_KEYS, wantsThreads } from "./load";
import { vaultQuotes } from "./vault-quotes";

/** The fields every JSON quote carries (a stable contract for scripts). */
export function quoteJson(quote: IndexedQuote): Record<string, unknown> {
	return {
		path: quote.path,
		line: quote.line,
		endLine: quote.endLine,
		kind: quote.kind,
		speaker: quote.speaker,
		speakerRaw: quote.speakerRaw,
		inferred: quote.inferred,
		qualifier: quote.qualifier,
		timestamp: quote.timestamp,
		text: quote.text,
		section: quote.section,
		id: quote.id,
	};
}

/** A string this long or longer is a part of its own when nothing in it needs escaping. */
const OWN_PART_MIN = 64;
/** Text between two parts of their own is written once it is this long. */
const GATHERED_MAX = 4096;
/** What JSON.stringify escapes in a string (any surrogate here: a lone one is escaped, a pair is not). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * `JSON.stringify(quotes.map(quoteJson), null, 2)`, character for character, in parts: the answer is
 * written as it is made instead of as one string of tens of MB. The layout is written here: a
 * `JSON.stringify(..., null, 2)` per quote was a tenth of `quotes --json`. Values are written by
 * `JSON.stringify` (escapes, numbers, null), undefined ones left out as it does; a long text with nothing
 * to escape (most quote texts) is a part of its own, encoded as it is rather than copied first. The fields
 * are read one by one in `quoteJson`'s order, with no object per quote, and a note's path is written once
 * for all its quotes (decision 63).
 */
export function* quotesJson(quotes: Iterable<IndexedQuote>): Generator<string> {
	let text = "[";
	// Before a quote's first member "\n", before the others ",\n".
	let sep = "\n";
	const put = (key: string, json: string | undefined): void => {
		if (json === undefined) return;
		// The keys are quoteJson's own names: nothing in them to escape.
		text += `${sep}    "${key}": ${json}`;
		sep = ",\n";
	};
	let path: string | undefined;
	let pathJson: string | undefined;
	// A section's quotes share its heading list (note/scan.ts): written once for them all.
	let section: unknown;
	let sectionJson: string | undefined;
	let first = true;
	for (const q of quotes) {
		text += first ? "\n  {" : ",\n  {";
		sep = "\n";
		if (first || q.path !== path) {
			path = q.path;
			pathJson = jsonValue(path);
		}
		put("path", pathJson);
		put("line", jsonValue(q.line));
		put("endLine", jsonValue(q.endLine));
		put("kind", recurringJson(q.kind));
		put("speaker", recurringJson(q.speaker));
		put("speakerRaw", recurringJson(q.speakerRaw));
		put("inferred", recurringJson(q.inferred));
		put("qualifier", jsonValue(q.qualifier));
		put("timestamp", jsonValue(q.timestamp));
		const value = q.text;
		if (typeof value === "string" && value.length >= OWN_PART_MIN && !NEEDS_ESCAPE.test(value)) {
			yield `${text}${sep}    "text": "`;
			yield value;
			text = '"';
			sep = ",\n";
		} else put("text", jsonValue(value));
		if (first || q.section !== section) {
			section = q.section;
			sectionJson = jsonValue(section);
		}
		put("section", sectionJson);
		first = false;
		put("id", jsonValue(q.id));
		text += sep === "\n" ? "}" : "\n  }";
		// Quotes with no part of their own (short or escaped texts) are not gathered into one long string.
		if (text.length >= GATHERED_MAX) {
			yield text;
			text = "";
		}
	}
	yield first ? `${text}]` : `${text}\n]`;
}

/** A member's value as `JSON.stringify(..., null, 2)` writes it at a quote's depth; undefined: left out. */
function jsonValue(value: unknown): string | undefined {
	// Line numbers and absent fields, most of a quote's members, as JSON writes them without a call to it.
	if (value === null) return "null";
	if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
	return Array.isArray(value) ? jsonList(value) : JSON.stringify(value);
}

/** JSON of the values that recur from quote to quote (kinds, speakers, how they were found), made once each. */
const recurring = new Map<string, string>();
const RECURRING_MAX = 4096;

/** `jsonValue` for a member whose values recur: a vault has a few hundred speakers and a dozen kinds. */
function recurringJson(value: string | null): string | undefined {
	if (typeof value !== "string") return jsonValue(value);
	let json = recurring.get(value);
	if (json === undefined) {
		// A vault with more names than this starts again rather than growing without bound.
		if (recurring.size >= RECURRING_MAX) recurring.clear();
		json = JSON.stringify(value);
		// A copy as the key: a speaker cut from a note would keep the whole note's text alive.
		recurring.set(ownString(value), json);
	}
	return json;
}

/** A list of plain values (a quote's `section`), one a line, at the depth of a quote's member. */
function jsonList(values: readonly unknown[]): string {
	if (values.length === 0) return "[]";
	let text = "[";
	for (let i = 0; i < values.length; i++) text += `${i === 0 ? "\n" : ",\n"}      ${JSON.stringify(values[i]) ?? "null"}`;
	return `${text}\n    ]`;
}

/** `hooks.parse`: tests give a parser that fails on a note. */
export async function runQuotes(argv: string[], io: CliIO, hooks: IndexHooks = {}): Promise<number> {
	const args = parseArgs(argv, ["speaker", "query", ...SHARED_VALUE_KEYS, ...INDEX_VALUE_KEYS], ["json", ...SHARED_BOOLEAN_KEYS]);
	const speaker = stringFlag(args, "speaker");
	const query = stringFlag(args, "query");
	const filter: QuoteFilter = { query, speakers: speaker ? [speaker] : undefined };
	let quotes: Iterable<IndexedQuote>;
	if (queryTokens(query ?? "").length > 0 || wantsThreads(args)) {
		// A search ranks against the whole vault's word index; worker threads hand back whole chunks of notes.
		const loaded = await loadIndex(args, io, hooks);
		if (typeof loaded === "number") return loaded;
		quotes = loaded.index.quotes(filter);
	} else {
		checkVaultArgument(args);
		const opened = await openVault(args, io);
		if (typeof opened === "number") return opened;
		quotes = vaultQuotes(opened, io, chipTest(filter), hooks.parse);
	}
	try {
		// The text answer groups by speaker, so it has every quote first; the JSON is written as the notes are read.
		await outParts(io, args.flags.has("json") ? quotesJson(quotes) : quotesBySpeaker([...quotes]));
	} catch (error) {
		if (!(error instanceof NoteIndexError)) throw error;
		io.err(`podcast-garden: ${error.message}`);
		return EXIT_FAILED;
	}
	return EXIT_OK;
}

/** `1 quote`, `2 quotes`. */
function count(n: number, word: string): string {
	return `${n} ${n === 1 ? word : `${word}s`}`;
}

/** Characters of a text read first for its shown head: most texts give more than 100 shown characters in them. */
const SHOWN_HEAD = 400;

/**
 * A quote's text as `quotes` shows it: whitespace runs as one space, trimmed, cut to 100 characters. Only the
 * head of a long text is tidied when it already shows more than 100 (tidying whole texts copied every quote
 * of the vault to keep 100 characters of each).
 */
export function shownText(text: string): string {
	if (text.length > SHOWN_HEAD) {
		const head = text.slice(0, SHOWN_HEAD).replace(/\s+/g, " ").trimStart();
		// A character past the 100th that is not the whitespace a trim would drop: the whole text is longer too.
		if (/\S/.test(head.slice(100))) return head.slice(0, 99) + "…";
	}
	const tidy = text.replace(/\s+/g, " ").trim();
	return tidy.length > 100 ? tidy.slice(0, 99) + "…" : tidy;
}

/** The text answer: quotes grouped by speaker (most quoted first), in parts of a few KB as it is made. */
export function* quotesBySpeaker(quotes: readonly IndexedQuote[]): Generator<string> {
	const groups = new Map<string, IndexedQuote[]>();
	for (const quote of quotes) {
		const key = quote.speaker ?? "(no speaker)";
		let list = groups.get(key);
		if (!list) groups.set(key, (list = []));
		list.push(quote);
	}
	const names = [...groups.keys()].sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b));
	let text = "";
	for (const name of names) {
		const list = groups.get(name)!;
		text += `${name} (${count(list.length, "quote")})\n`;
		for (const quote of list) {
			const how = quote.inferred ? ` [speaker: ${quote.inferred}]` : "";
			text += `  ${quote.path}:${quote.line}  ${shownText(quote.text)}${how}\n`;
			if (text.length >= GATHERED_MAX) {
				yield text;
				text = "";
			}
		}
		text += "\n";
	}
	yield `${text}${count(quotes.length, "quote")}, ${count(names.length, "speaker")}`;
}

export async function runSpeakers(argv: string[], io: CliIO): Promise<number> {
	const args = parseArgs(argv, [...SHARED_VALUE_KEYS, ...INDEX_VALUE_KEYS], ["json", ...SHARED_BOOLEAN_KEYS]);
	const loaded = await loadIndex(args, io);
	if (typeof loaded === "number") return loaded;
	const index: QuoteIndex = loaded.index;
	const speakers = index.speakers();
	const suggestions = index.mergeSuggestions();
	if (args.flags.has("json")) {
		io.out(JSON.stringify({ speakers, mergeSuggestions: suggestions }, null, 2));
		return EXIT_OK;
	}
	const lines = speakers.map((s) => `${String(s.quoteCount).padStart(5)}  ${s.name}${s.aliases.length ? `  (also: ${s.aliases.join(", ")})` : ""}`);
	if (suggestions.length) {
		lines.push("", "Possible duplicates (not merged; add an alias to merge):");
		for (const s of suggestions) lines.push(`  "${s.from}" → "${s.to}": ${s.reason}`);
	}
	lines.push("", count(speakers.length, "speaker"));
	io.out(lines.join("\n"));
	return EXIT_OK;
}
