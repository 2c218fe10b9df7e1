// The records every host shares. Names are kept stable (see docs/architecture.md):
// plugin, CLI, benchmarks and tests all speak in these types.

/** A note as the host hands it to the core: plain values, no host objects. */
export interface NoteInput {
	/** Vault-relative path, `/`-separated, with extension (`Podcasts/367 Sam Altman.md`). */
	path: string;
	text: string;
	mtime?: number;
}

export type FrontmatterValue = unknown;
export type Frontmatter = Record<string, FrontmatterValue>;

export interface PublishFlag {
	publish: boolean;
	/** Which frontmatter key decided it (`dg-publish`, `publish`, `share`), or null when none is set. */
	key: string | null;
}

export interface Episode {
	show: string | null;
	number: number | null;
	title: string | null;
	guests: string[];
	hosts: string[];
	date: string | null;
	url: string | null;
}

export interface Section {
	/** Heading text as written, without `#` markers. */
	heading: string;
	level: number;
	/** 1-based line of the heading; the section runs to `endLine` inclusive. */
	line: number;
	endLine: number;
	children: Section[];
}

/** `paragraph`: a paragraph wholly in quotation marks, under a lead-in or followed by an attribution. */
export type QuoteKind = "blockquote" | "callout" | "list" | "turn" | "paragraph";

/** How a speaker was reached when it is not written in full on the quote itself. */
export type SpeakerInference =
	| null // written on the quote as the canonical name
	| "link" // a wikilink or Markdown link target
	| "frontmatter" // matched a person in the note's frontmatter
	| "first-name" // a short name that is the first name of exactly one full name the note's people, attributions or turn labels use
	| "note-name" // a short name that is the first name of exactly one full name written in the note's text (prose, links)
	| "vault-person" // a person note in the vault: by name or aliases, or by first name when the note names that person
	| "alias-table" // the user's alias table
	| "next-quote" // unattributed quote that takes the speaker of the next attributed quote
	| "callout-title" // the title of a `> [!quote]` callout
	| "lead-in" // a line right before the quote (`Maya on remote teams:`, `As Omar put it:`)
	| "heading" // the heading of the quote's section (`## [[Rosa Quint]] — on pricing`)
	| "turn-continuation" // a transcript label with only a time (`**(08:25):**`): the previous speaker goes on
	| "single-guest" // unattributed, in a quotes section of a note whose frontmatter names one guest
	| "context"; // unattributed, in a note whose title names one person its text speaks of (decision 10)

export interface Quote {
	/** Stable: derived from note path + normalised text, never from the line. */
	id: string;
	kind: QuoteKind;
	/** Markdown as written, without `>` markers and without the attribution. */
	text: string;
	/** Canonical speaker name, or null when unknown. */
	speaker: string | null;
	/** The speaker as written on the quote (`Sam`, `[[Sam Altman|Sam]]`), or null. */
	speakerRaw: string | null;
	inferred: SpeakerInference;
	/** Text after the name: `on career advice`, `MIT`, `Ph.D.` */
	qualifier: string | null;
	/** `00:12:05`, `9:21` … as written, without brackets. */
	timestamp: string | null;
	/** Links after the attribution (`[▶ 9:21](url)`, `([View Highlight](url))`). */
	cite: string[];
	/** 1-based, inclusive. */
	line: number;
	endLine: number;
	/** Heading path from the top, e.g. `["Part 1", "On power"]`. */
	section: string[];
	/** Callouts only: the title when it reads as a name, so vault knowledge can still make it the speaker. */
	calloutTitle?: string;
}

export interface NoteRecord {
	path: string;
	/** Note name: file name without folder and `.md`. */
	title: string;
	frontmatter: Frontmatter;
	/** Problems met while reading the note (bad frontmatter …), with line numbers: never thrown. */
	problems: NoteProblem[];
	flags: PublishFlag;
	permalink: string | null;
	episode: Episode;
	tags: string[];
	aliases: string[];
	sections: Section[];
	quotes: Quote[];
	isPodcast: boolean;
	/** Hash of the text (for publish plans and caches). */
	hash: string;
	mtime: number;
	/**
	 * Only when the note has one-word speakers nothing in it names: the name keys of what its text writes
	 * after them (`paul ortega` for `Paul`), so a person note of that name can claim them.
	 */
	mentions?: string[];
	/** The note's first PodNotes link (`obsidian://podnotes?episodeName=…&url=…`): quotes can play in PodNotes. */
	podnotes?: string;
	/** The bodies of its `podcast-quotes` code blocks (the site renders them from published notes). */
	quotesBlocks?: string[];
}

export interface NoteProblem {
	line: number;
	message: string;
}

export interface Speaker {
	name: string;
	aliases: string[];
	quoteCount: number;
	/** Paths of the notes quoting this speaker. */
	notes: string[];
}

export interface MergeSuggestion {
	/** The less used spelling, e.g. `Sam Alman`. */
	from: string;
	/** The spelling it probably means, e.g. `Sam Altman`. */
	to: string;
	reason: string;
}

/** Knowledge from outside the note used to resolve speakers (the vault, the user's settings). */
export interface SpeakerContext {
	/** Person notes: note name → aliases from its frontmatter. */
	people?: Map<string, string[]>;
	/** User alias table: alias (any case) → canonical name. */
	aliasTable?: Record<string, string>;
}

export interface ParseOptions {
	/** Attribution dash characters; default `-–—―~` plus `--`. */
	dashes?: string;
	/** Frontmatter keys that flag a note for publishing; default `dg-publish`, `publish`, `share`. */
	publishKeys?: string[];
	/** Host YAML parser (Obsidian's `parseYaml`); the core has its own otherwise. */
	parseYaml?: (text: string) => unknown;
	/**
	 * Hash the note's text into `hash` (default on). A reader that keeps no record and compares no text (the
	 * CLI's `quotes`, which reads each note once) turns it off: `hash` is then "".
	 */
	hashText?: boolean;
}
