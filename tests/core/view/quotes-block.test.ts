// The `podcast-quotes` block: what its lines mean, what it reports, and which quotes it picks.
import { QuoteIndex } from "../../../src/core/index";
import { DEFAULT_BLOCK_LIMIT, parseQuotesBlock, quotesBlockFor, selectBlockQuotes } from "../../../src/core/view/quotes-block";

describe("reading a block", () => {
	test("the issue's example", () => {
		const { spec, problems } = parseQuotesBlock("speaker: Sam Altman\nshow: Lex Fridman Podcast\nquery: alignment\ntag: ai\nsort: newest\nlimit: 10\n");
		expect(problems).toEqual([]);
		expect(spec).toEqual({ speakers: ["Sam Altman"], shows: ["Lex Fridman Podcast"], tags: ["ai"], query: "alignment", sort: "newest", limit: 10 });
	});

	test("defaults, comments, quotes around values, links and `#` on tags, keys in any case", () => {
		const { spec, problems } = parseQuotesBlock("# my favourites\n\nSpeaker: [[Sam Altman]]\nSHOW: \"Lex Fridman Podcast\"\ntag: #ai/safety\nspeaker: Lex Fridman\n");
		expect(problems).toEqual([]);
		expect(spec).toEqual({ speakers: ["Sam Altman", "Lex Fridman"], shows: ["Lex Fridman Podcast"], tags: ["ai/safety"], query: "", sort: "note", limit: DEFAULT_BLOCK_LIMIT });
	});

	test.each([
		["spaeker: Sam Altman", 1, 'Unknown key "spaeker". Keys: speaker, show, query, tag, sort, limit.'],
		["speaker: Sam\nsort: loudest", 2, '"sort: loudest" is not a sort order. Use one of: note, newest, oldest, speaker.'],
		["limit: ten", 1, '"limit: ten" must be a whole number from 1 to 500.'],
		["limit: 0", 1, '"limit: 0" must be a whole number from 1 to 500.'],
		["limit: 501", 1, '"limit: 501" must be a whole number from 1 to 500.'],
		["limit: -3", 1, '"limit: -3" must be a whole number from 1 to 500.'],
		["\n\nquery:", 3, '"query" needs a value.'],
		["query: a\nquery: b", 2, '"query" is given twice; keep one.'],
		["Sam Altman", 1, '"Sam Altman" is not a `key: value` line. Keys: speaker, show, query, tag, sort, limit.'],
	])("%j: line %i", (source, line, message) => {
		expect(parseQuotesBlock(source).problems).toEqual([{ line, message }]);
	});
});

describe("choosing the quotes", () => {
	const index = new QuoteIndex();
	index.upsertMany([
		{ path: "Podcasts/old.md", mtime: 1, text: "---\nshow: Lex Fridman Podcast\ndate: 2021-03-01\ntags: [ai/safety]\n---\n> Alignment is the hard part. – Sam Altman\n\n> Power corrupts slowly. – Lex Fridman\n" },
		{ path: "Podcasts/new.md", mtime: 2, text: "---\nshow: Lex Fridman Podcast\ndate: 2023-03-25\ntags: [ai]\n---\n> Alignment research must keep pace. – Sam Altman\n\n> We ship early to learn. – Sam Altman\n" },
		{ path: "Podcasts/other.md", mtime: 3, text: "---\nshow: Hard Fork\ndate: 2024-01-01\ntags: [ai]\n---\n> Alignment matters to everyone. – Sam Altman\n" },
	]);
	const pick = (source: string) => {
		const { spec, problems } = parseQuotesBlock(source);
		expect(problems).toEqual([]);
		return selectBlockQuotes(index.all(), spec, { noteOf: (p) => index.note(p) }).map((q) => q.text);
	};

	test("speaker, show, words, tag and newest first", () => {
		expect(pick("speaker: sam altman\nshow: Lex Fridman Podcast\nquery: alignment\ntag: ai\nsort: newest")).toEqual(["Alignment research must keep pace.", "Alignment is the hard part."]);
	});

	test("oldest first, a limit", () => {
		expect(pick("query: alignment\nsort: oldest\nlimit: 2")).toEqual(["Alignment is the hard part.", "Alignment research must keep pace."]);
	});

	test("a nested tag matches its parent, not the other way round", () => {
		expect(pick("tag: ai/safety")).toEqual(["Alignment is the hard part.", "Power corrupts slowly."]);
		expect(pick("tag: ai\nspeaker: Lex Fridman")).toEqual(["Power corrupts slowly."]);
	});

	test("a tag written only in a comment or in code is no tag of the note (decision 24)", () => {
		const hidden = new QuoteIndex();
		hidden.upsertMany([
			{ path: "Podcasts/commented.md", mtime: 1, text: "%% file under #ai later %%\n> Hidden tag in an inline comment. – Sam Altman\n" },
			{ path: "Podcasts/block.md", mtime: 2, text: "%%\n#ai\n%%\n> Hidden tag in a comment block. – Sam Altman\n" },
			{ path: "Podcasts/code.md", mtime: 3, text: "Search with `tag: #ai`.\n\n> Tag in inline code. – Sam Altman\n" },
			{ path: "Podcasts/shown.md", mtime: 4, text: "%%draft%% #ai\n> Tag after a closed comment. – Sam Altman\n" },
		]);
		const { spec } = parseQuotesBlock("tag: ai");
		expect(selectBlockQuotes(hidden.all(), spec, { noteOf: (p) => hidden.note(p) }).map((q) => q.text)).toEqual(["Tag after a closed comment."]);
	});

	test("by speaker, then in vault order", () => {
		expect(pick("sort: speaker\nlimit: 2")).toEqual(["Power corrupts slowly.", "Alignment research must keep pace."]);
	});

	test("nothing matches: an empty list", () => {
		expect(pick("speaker: Nobody")).toEqual([]);
	});

	test("a block for the sidebar's filter gives the sidebar's quotes", () => {
		const block = quotesBlockFor({ query: "alignment", speakers: ["Sam Altman"], shows: [] });
		expect(block).toBe("```podcast-quotes\nspeaker: Sam Altman\nquery: alignment\nsort: newest\nlimit: 20\n```");
		const body = block.split("\n").slice(1, -1).join("\n");
		expect(pick(body)).toEqual(["Alignment matters to everyone.", "Alignment research must keep pace.", "Alignment is the hard part."]);
	});
});
