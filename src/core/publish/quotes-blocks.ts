// `podcast-quotes` blocks on the static site. A block in a published note is rendered once, from published
// notes only: their quotes with site-resolved speakers, their public episode fields and public Markdown,
// so a block shows nothing that no published page shows.
import type { IndexedQuote } from "../index/types";
import type { NoteRecord } from "../types";
import { QuoteSearch } from "../search/quote-search";
import { parseQuotesBlock, selectBlockQuotes, type BlockProblem } from "../view/quotes-block";
import type { CompiledNote } from "./compile";
import { hashText } from "./hash";
import { escapeHtml, escapeId } from "./html";
import { renderMarkdown } from "./markdown";
import type { PublishOptions } from "./options";
import { noteTitle, pageQuotes, publicEpisode } from "./output";
import { timeHtml, type SitePlay } from "./play";
import type { PublishedNote } from "./selection";
import { relativeUrl } from "./url";

/** One quote as a block shows it: its public Markdown and where it comes from. */
interface ShownQuote {
	id: string;
	speaker: string | null;
	markdown: string;
	timestamp: string | null;
	play: SitePlay | null;
	noteUrl: string;
	noteTitle: string;
}

interface Selection {
	problems: BlockProblem[];
	picked: IndexedQuote[];
}

/** Renders a publish's `podcast-quotes` blocks (static site layout) and says when they must be rendered again. */
export class SiteQuoteBlocks {
	private quotes: IndexedQuote[] | null = null;
	private readonly byPath: Map<string, PublishedNote>;
	private readonly selections = new Map<string, Selection>();
	/** Per note, its quotes' public Markdown and play links (after `prepare`). */
	private readonly shown = new Map<string, Map<string, ShownQuote>>();
	/** Its own words index: the sidebar's shared one stays on the vault's quotes. */
	private readonly search = new QuoteSearch();

	constructor(
		notes: readonly PublishedNote[],
		private readonly options: PublishOptions,
	) {
		this.byPath = new Map(notes.map((n) => [n.path, n]));
	}

	private titleOf(note: PublishedNote): string {
		return noteTitle(note.record, this.options.frontmatterKeys);
	}

	private get active(): boolean {
		return this.options.layout === "site";
	}

	/** Every published quote, in vault order, as the block's search reads it. */
	private all(): IndexedQuote[] {
		if (this.quotes === null) {
			const notes = [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
			this.quotes = notes.flatMap((n) => {
				const episode = publicEpisode(n.record, this.options.frontmatterKeys);
				const noteTitle = this.titleOf(n);
				// Field by field: a quote the index keeps reads its text through a getter, which a spread would drop.
				return n.record.quotes.map(
					(q): IndexedQuote => ({
						id: q.id,
						kind: q.kind,
						text: q.text,
						speaker: q.speaker,
						speakerRaw: q.speakerRaw,
						inferred: q.inferred,
						qualifier: q.qualifier,
						timestamp: q.timestamp,
						cite: q.cite,
						line: q.line,
						endLine: q.endLine,
						section: q.section,
						path: n.path,
						noteTitle,
						episode,
						flagged: true,
					}),
				);
			});
		}
		return this.quotes;
	}

	private select(source: string): Selection {
		let selection = this.selections.get(source);
		if (selection === undefined) {
			const { spec, problems } = parseQuotesBlock(source);
			const publicTags = this.options.frontmatterKeys.includes("tags");
			const picked =
				problems.length > 0
					? []
					: selectBlockQuotes(this.all(), spec, {
							noteOf: (path) => {
								const record = this.byPath.get(path)?.record;
								return record ? { tags: publicTags ? record.tags : [], mtime: record.mtime } : undefined;
							},
							search: (quotes, query) => this.search.run(quotes, { query }),
						});
			selection = { problems, picked };
			this.selections.set(source, selection);
		}
		return selection;
	}

	/**
	 * "" for a note without blocks; else a hash of what its blocks show (quote ids and the source hashes and
	 * URLs of their notes): when it changes, the note's page is rendered again though its own text did not.
	 */
	keyOf(record: NoteRecord, sourceHash: (path: string, record: NoteRecord) => string): string {
		if (!this.active || !record.quotesBlocks) return "";
		const parts: string[] = [];
		for (const source of record.quotesBlocks) {
			const { problems, picked } = this.select(source);
			parts.push(JSON.stringify(problems));
			for (const q of picked) {
				const note = this.byPath.get(q.path);
				parts.push(`${q.id}\u0000${note?.url ?? ""}\u0000${note ? sourceHash(q.path, note.record) : ""}`);
			}
		}
		return hashText(parts.join("\n"));
	}

	/** Compiles (through `compiledOf`) the notes whose quotes the note's blocks show, before its page is rendered. */
	async prepare(record: NoteRecord, compiledOf: (path: string) => Promise<CompiledNote>): Promise<void> {
		if (!this.active || !record.quotesBlocks) return;
		for (const source of record.quotesBlocks) {
			for (const q of this.select(source).picked) {
				if (this.shown.has(q.path)) continue;
				const note = this.byPath.get(q.path);
				if (note) this.shown.set(q.path, this.shownQuotes(note, await compiledOf(q.path)));
			}
		}
	}

	private shownQuotes(note: PublishedNote, compiled: CompiledNote): Map<string, ShownQuote> {
		const out = new Map<string, ShownQuote>();
		const record = note.record;
		for (const page of pageQuotes(record, compiled, this.options.frontmatterKeys)) {
			if (page.markdown === "") continue;
			out.set(page.id, {
				id: page.id,
				speaker: page.speaker,
				markdown: page.markdown,
				timestamp: page.timestamp,
				play: page.play ?? null,
				noteUrl: note.url,
				noteTitle: this.titleOf(note),
			});
		}
		return out;
	}

	/** The block's HTML on the page at `pageUrl` (after `prepare` for the page's note). */
	html(source: string, pageUrl: string): string {
		const { problems, picked } = this.select(source);
		if (problems.length > 0) {
			const items = problems.map((p) => `<li>Line ${p.line} of the block: ${escapeHtml(p.message)}</li>`).join("\n");
			return `<div class="pg-quotes-block pg-quotes-block-error" role="alert">\n<p>This quotes block has a problem:</p>\n<ul>\n${items}\n</ul>\n</div>\n`;
		}
		// A quote in a comment (or otherwise not on its page) has no public Markdown: it is left out.
		const shown = picked.map((q) => this.shown.get(q.path)?.get(q.id)).filter((s): s is ShownQuote => s !== undefined);
		if (shown.length === 0) return `<div class="pg-quotes-block">\n<p class="pg-quotes-block-empty">No quotes match this block.</p>\n</div>\n`;
		const figures = shown.map((s) => {
			const html = renderMarkdown(s.markdown, { pageUrl }, [], { ids: false });
			const href = `${relativeUrl(pageUrl, s.noteUrl)}#${escapeId(s.id)}`;
			const parts = [s.speaker === null ? "Unknown speaker" : escapeHtml(s.speaker), `<a href="${escapeHtml(href)}">${escapeHtml(s.noteTitle)}</a>`];
			if (s.timestamp) parts.push(timeHtml(s.timestamp, s.play));
			return `<figure class="pg-quote-copy">\n<blockquote>\n${html}</blockquote>\n<figcaption>${parts.join(" · ")}</figcaption>\n</figure>`;
		});
		return `<div class="pg-quotes-block">\n${figures.join("\n")}\n</div>\n`;
	}
}
