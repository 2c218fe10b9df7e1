// "Attribute to…": the user names the speaker of a quote (the note's people first, then the vault's
// speakers, or a new name) and the attribution is written into the note in the note's own style.
import { Notice, SuggestModal, type App } from "obsidian";
import type { IndexedQuote, QuoteSource } from "../../core/index/types";
import { attributeQuote } from "../../core/edit/attribute";
import { personName } from "../../core/quotes/names";
import { foldText, queryTokens } from "../../core/search/fold";
import { fail, noteFile } from "./actions";

/** What the picker needs of the plugin. */
export interface AttributeHost {
	/** The index: the note's record (its people, its other quotes) and the vault's speakers. */
	index: QuoteSource;
	settings: { dashes: string };
}

export interface SpeakerChoice {
	name: string;
	/** `note`: a person of the quote's note; `vault`: a speaker quoted elsewhere; `new`: the typed name. */
	from: "note" | "vault" | "new";
	detail: string;
}

/** Frontmatter keys naming the people of an episode, besides the parsed guests and hosts. */
const PEOPLE_KEYS = ["speakers", "speaker", "people"];

function namesIn(value: unknown): string[] {
	const values = Array.isArray(value) ? (value as unknown[]) : [value];
	return values.map(personName).filter((n): n is string => n !== null);
}

/**
 * The names to offer, in order: the note's people (frontmatter guests, hosts and speakers, then the names
 * its quotes are attributed to, most quoted first), then the vault's speakers, most quoted first.
 */
export function speakerChoices(index: QuoteSource, path: string): SpeakerChoice[] {
	const out: SpeakerChoice[] = [];
	const seen = new Set<string>();
	const add = (name: string, from: SpeakerChoice["from"], detail: string) => {
		const key = foldText(name).trim();
		if (key === "" || seen.has(key)) return;
		seen.add(key);
		out.push({ name, from, detail });
	};
	const record = index.note(path);
	if (record) {
		for (const name of record.episode.guests) add(name, "note", "Guest in this note");
		for (const name of record.episode.hosts) add(name, "note", "Host in this note");
		for (const key of PEOPLE_KEYS) for (const name of namesIn(record.frontmatter[key])) add(name, "note", "Named in this note's properties");
		const counts = new Map<string, number>();
		for (const q of record.quotes) if (q.speaker !== null) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
		for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1])) add(name, "note", `${n} ${n === 1 ? "quote" : "quotes"} in this note`);
	}
	for (const s of index.speakers()) add(s.name, "vault", `${s.quoteCount.toLocaleString()} ${s.quoteCount === 1 ? "quote" : "quotes"} in the vault`);
	return out;
}

/** Writes `name` as the speaker of `q` into its note (Vault.process); a Notice says what went wrong. */
export async function attributeInNote(app: App, host: AttributeHost, q: IndexedQuote, name: string): Promise<boolean> {
	try {
		const file = noteFile(app, q);
		const samples = host.index.note(q.path)?.quotes ?? [];
		await app.vault.process(file, (text) => attributeQuote(text, q, name, samples, host.settings.dashes));
		new Notice(`Attributed to ${name.trim()}`);
		return true;
	} catch (e) {
		fail("attribute the quote", e);
		return false;
	}
}

export class AttributeModal extends SuggestModal<SpeakerChoice> {
	private readonly choices: SpeakerChoice[];

	constructor(
		app: App,
		private readonly host: AttributeHost,
		private readonly quote: IndexedQuote,
	) {
		super(app);
		this.choices = speakerChoices(host.index, quote.path);
		this.limit = 60;
		this.setPlaceholder("Who said it? Pick a name or type a new one");
		this.emptyStateText = "Type the speaker's name.";
		this.setInstructions([
			{ command: "↑↓", purpose: "to move" },
			{ command: "↵", purpose: "to attribute" },
			{ command: "esc", purpose: "to close" },
		]);
	}

	getSuggestions(query: string): SpeakerChoice[] {
		const tokens = queryTokens(query);
		const found = tokens.length === 0 ? this.choices : this.choices.filter((c) => tokens.every((t) => foldText(c.name).includes(t)));
		const typed = query.trim();
		const exact = foldText(typed).trim();
		if (typed !== "" && !found.some((c) => foldText(c.name).trim() === exact)) {
			// A turn label read once is not taken for a speaker (a bold "**Note:**" is no person): say so.
			const detail = this.quote.kind === "turn" ? "New name: also add it to the note's guests, or this line is no longer read as a turn" : "New name";
			found.push({ name: typed, from: "new", detail });
		}
		return found.slice(0, this.limit);
	}

	renderSuggestion(choice: SpeakerChoice, el: HTMLElement): void {
		el.addClass("pg-suggest-speaker");
		el.createDiv({ cls: "pg-suggest-text", text: choice.from === "new" ? `Attribute to “${choice.name}”` : choice.name });
		el.createDiv({ cls: "pg-suggest-source", text: choice.detail });
	}

	onChooseSuggestion(choice: SpeakerChoice): void {
		void attributeInNote(this.app, this.host, this.quote, choice.name);
	}
}
