// Scenario 23: what the quote search could be instead of the word index, at the bench vault's ~80,000
// quotes: a plain scan of folded texts, MiniSearch and FlexSearch (time to build, per keystroke, heap held),
// next to QuoteSearch as shipped. The record of the choice: docs/decisions/ (quote search).
import { foldText, queryTokens } from "../../src/core/search/fold";
import { QuoteSearch, matchesWordPrefixes } from "../../src/core/search/quote-search";
import type { IndexedQuote } from "../../src/core/index/types";
import { indexOf } from "../lib/sidebar";
import { MB, gc, heapUsed, now, row } from "../lib/stats";
import type { Row, Scenario } from "../lib/types";

/** Words the generator uses, so every prefix matches something and the result shrinks as one types. */
export const QUERY = "discipline freedom";

/** Every prefix of the query, as typed letter by letter. */
export function keystrokes(query: string): string[] {
	return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
}

interface Candidate {
	name: string;
	/** Builds the structure over the quotes; returns the search for one query. */
	build(quotes: readonly IndexedQuote[]): (query: string) => number;
	note: string;
}

/**
 * The plain search: each quote's text and names folded once (the test oracle of tests/core/search), every
 * keystroke a scan with `includes`; names also match name-style (`samalt`).
 */
const plainScan: Candidate = {
	name: "plain scan of folded texts",
	note: "substring and name-style matches as now",
	build(quotes) {
		const hay = quotes.map((q) => foldText(`${q.text} ${q.speaker ?? ""} ${q.speakerRaw ?? ""} ${q.episode.title ?? ""} ${q.episode.show ?? ""} ${q.noteTitle}`));
		const nameWords = new Map<string, string[]>();
		const words = (name: string | null): string[] => {
			if (!name) return [];
			let w = nameWords.get(name);
			if (!w) nameWords.set(name, (w = foldText(name).trim().split(" ")));
			return w;
		};
		return (query) => {
			const tokens = queryTokens(query);
			let count = 0;
			for (let i = 0; i < quotes.length; i++) {
				const q = quotes[i];
				if (tokens.every((t) => hay[i].includes(t) || (t.length >= 3 && (matchesWordPrefixes(words(q.speaker), t) || matchesWordPrefixes(words(q.episode.show), t))))) count++;
			}
			return count;
		};
	},
};

const miniSearch: Candidate = {
	name: "MiniSearch (prefix, AND)",
	note: "word prefixes only: no match inside a word, no name-style",
	build(quotes) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated, not a dependency
		const MiniSearch = require("minisearch") as typeof import("minisearch").default;
		const search = new MiniSearch<{ id: number; text: string; names: string }>({
			fields: ["text", "names"],
			processTerm: (term) => foldText(term).trim() || null,
			searchOptions: { prefix: true, combineWith: "AND" },
		});
		search.addAll(quotes.map((q, id) => ({ id, text: q.text, names: `${q.speaker ?? ""} ${q.episode.show ?? ""} ${q.episode.title ?? ""} ${q.noteTitle}` })));
		return (query) => search.search(query).length;
	},
};

const flexSearch: Candidate = {
	name: "FlexSearch (forward tokenizer)",
	note: "word prefixes only: no match inside a word, no name-style",
	build(quotes) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated, not a dependency
		const { Index } = require("flexsearch") as { Index: new (options: object) => { add(id: number, text: string): void; search(query: string, options: object): unknown[] } };
		const index = new Index({ tokenize: "forward", encode: (text: string) => foldText(text).trim().split(" ") });
		quotes.forEach((q, id) => index.add(id, `${q.text} ${q.speaker ?? ""} ${q.episode.show ?? ""} ${q.episode.title ?? ""} ${q.noteTitle}`));
		return (query) => index.search(query, { limit: quotes.length }).length;
	},
};

const ours: Candidate = {
	name: "QuoteSearch (word index, src/core/view)",
	note: "as shipped",
	build(quotes) {
		const search = new QuoteSearch();
		search.prepare(quotes);
		return (query) => search.run(quotes, { query }).length;
	},
};

/** Build time, per-keystroke times and the heap the structure holds, for one candidate. */
function measure(candidate: Candidate, quotes: readonly IndexedQuote[], runs: number): Row[] {
	gc();
	const before = heapUsed();
	const t0 = now();
	let search: ((query: string) => number) | null = candidate.build(quotes);
	const build = now() - t0;
	const held = (heapUsed() - before) / MB;
	const keys: number[] = [];
	let matches = 0;
	for (let run = 0; run <= runs; run++) {
		for (const query of keystrokes(QUERY)) {
			const t1 = now();
			matches = search(query);
			if (run > 0) keys.push(now() - t1);
		}
	}
	search = null;
	const worst = Math.max(...keys);
	return [
		row("search", `${candidate.name}: keystroke`, "ms", keys, `${candidate.note}; worst ${worst.toFixed(1)} ms; ${matches} match "${QUERY}"`),
		row("search", `${candidate.name}: build + heap`, "ms", [build], `${held.toFixed(1)} MiB held`),
	];
}

export const scenario: Scenario = {
	id: "23",
	title: "search candidates",
	async run(ctx) {
		const quotes = indexOf(ctx.vault).all();
		const rows: Row[] = [];
		for (const candidate of [ours, plainScan, miniSearch, flexSearch]) {
			try {
				rows.push(...measure(candidate, quotes, ctx.quick ? 1 : 3));
			} catch (error) {
				ctx.log(`23 ${candidate.name}: ${String(error)}`);
			}
		}
		return { rows, facts: { quotes: quotes.length } };
	},
};
