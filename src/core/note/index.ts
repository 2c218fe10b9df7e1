// parseNote: note text → NoteRecord (frontmatter, flags, permalink, episode, sections, quotes).
// One pass over the lines (see scan.ts), then speakers are resolved against the note's own names.
// Never throws on any input: problems are reported in `record.problems` with their line.
import { DEFAULT_DASHES } from "../quotes/attribution";
import { headingName, isPlausibleName, mentionedNames, type ContextName } from "../quotes/context";
import { basename, hasInitials, isNameShaped, nameKey, nicknamesIn, otherScriptNames, personName, VERSION_LABELS, withoutNicknames } from "../quotes/names";
import { proseSpeaker, questionsAnsweredBy, selfIntroducedAnswerer, selfIntroduction, selfNamedRole } from "../quotes/prose-speaker";
import { hasWord, interviewedIn, namesShowIn, noteSubject, readTitles, speaksOf, titlePeople, titlesConversation, wikilinksShown, type TitlesRead } from "../quotes/subject";
import { rawQuote, type RawQuote } from "../quotes/raw";
import { addressedAnswersAt, answersAt, isQuestion } from "../quotes/answers";
import { signedParagraphsAt } from "../quotes/signed-paragraphs";
import { exportSpeaker } from "../quotes/highlights";
import { captionsLink } from "../quotes/link-caption";
import { toldDialogue } from "../quotes/told-dialogue";
import { labelledPerson, matterExport } from "../quotes/matter";
import { savedPosts } from "../quotes/saved-posts";
import { isSpeakerFieldLabel, speakerFields } from "../quotes/speaker-field";
import { isTopicLeadIn, onlyLeadInSpeaker } from "../quotes/topic-lead-in";
import { namedAsThing, namedAsWork } from "../quotes/named-thing";
import { directionTurns, isAnswerKey, isRatingOnly, turnHasWords } from "../quotes/wordless";
import { signedSections } from "../quotes/from-line";
import { mayHoldSegments, speakersAtSameMoment, timeLabelAt, timeSegments } from "../quotes/segments";
import { acceptItemTurns } from "../quotes/item-turns";
import { acceptTurns, isAttributeList, recordFields, TRANSCRIPT_HEADING, isNobodysLabel, isNumberedVoice, isPlaceholderLabel, type TurnCandidate } from "../quotes/turns";
import { NoteNames } from "../speakers/local";
import { akaNames, bracketedFullNames, givenInitials, introducesSelf, legendNames, linkedAccounts, mayNameHandle, namesInText, noteText } from "../speakers/prose";
import type { Frontmatter, NoteRecord, ParseOptions, Quote } from "../types";
import { hashString, quoteIdHasher } from "../util/hash";
import { allMatches, indexOfByPart, ownString, wordsOf } from "../util/strings";
import { QUOTES_BLOCK_LANGUAGE, quotesBlocksIn } from "./quotes-blocks";
import { endsWithColon, splitLines, stripBom } from "../util/lines";
import { episodeOf, GUEST_KEYS, HOST_KEYS, peopleOf } from "./episode";
import { guestAbove, guestLines, type GuestLine } from "../quotes/guest-line";
import { selfNamedLabels } from "../quotes/self-named";
import { scribedNicks } from "../quotes/scribed-nicks";
import { DEFAULT_PUBLISH_KEYS, permalinkOf, publishFlag } from "./flags";
import { readFrontmatter, siteHeader, type SiteHeader } from "./frontmatter";
import { SAYINGS_HEADING, scanBody, type Heading, type ScanResult } from "./scan";
import { buildSections } from "./sections";
import { listOf } from "./values";

export { publishFlag, permalinkOf, isTrueValue, DEFAULT_PUBLISH_KEYS } from "./flags";
export { readFrontmatter } from "./frontmatter";

/** A turn label of initials (`AR`, `AWB`): the note's attendee list may say whose they are. */
const INITIALS_LABEL = /^\p{Lu}{2,4}$/u;

// `voiced: [The Archivist, Martin Blackwood]` (an audio drama's cast), a panel's moderator, an oral history's interviewer,
// a meeting template's `attendees`.
const PEOPLE_KEYS = [...GUEST_KEYS, ...HOST_KEYS, "speaker", "speakers", "people", "voiced", "cast", "panelists", "panellists", "moderator", "moderators", "interviewer", "interviewee", "interviewers", "interviewees", "attendees"];
const SPEAKER_KEYS = ["speaker", "speakers"];
const PODCAST_KEYS = ["podcast", "show", "episode", "guest", "guests", "host", "hosts", "speakers"];
const PODCAST_FIELDS = ["show", "podcast", "ownerhost", "host"];

/** A lead-in that says the blockquote below is a show's own blurb (`Show notes:`, `Episode description:`). */
const DESCRIPTION_LEAD_IN = /^(?:\*\*|__)?(?:show ?notes|(?:episode |show )?description|synopsis|blurb)(?:\*\*|__)?[ \t]*[:：]?(?:\*\*|__)?$/i;

/** `fm` with each key that has capitals also under its lower-case form, where that form is not written. */
function withLowerKeys(fm: Frontmatter): Frontmatter {
	let out: Frontmatter | null = null;
	for (const key of Object.keys(fm)) {
		const lower = key.toLowerCase();
		if (lower === key || Object.prototype.hasOwnProperty.call(fm, lower)) continue;
		out ??= { ...fm };
		if (!Object.prototype.hasOwnProperty.call(out, lower)) out[lower] = fm[key];
	}
	return out ?? fm;
}

/** Reads one note. `path` is vault-relative with `/` and `.md`; `text` is the file as read. */
export function parseNote(path: string, text: string, options: ParseOptions = {}): NoteRecord {
	const dashes = options.dashes ?? DEFAULT_DASHES;
	const body = stripBom(typeof text === "string" ? text : "");
	const lines = splitLines(body);
	const front = readFrontmatter(lines, options.parseYaml);
	// `Title:`, `Author:`, `Guests:` read as their lower-case keys, as Obsidian reads `Tags:`; publish flags and
	// permalinks stay exact (front.data), so no capital letter publishes or moves a page.
	const fm = withLowerKeys(front.data);
	// A Hugo page's `+++` header: read past, its title one of the note's titles (no properties, as in Obsidian).
	const header = front.bodyStart === 0 ? siteHeader(lines) : null;
	const bodyStart = header?.bodyStart ?? front.bodyStart;
	const title = basename(path);
	// `title: Feynman Quotes`, a note named `Zitate.md`, `Zitate` alone as its first line, or `tags: [quotes]`: a page of quotes.
	const quotesPage = [fm.title, title, plainFirstLine(lines, bodyStart)].some((t) => typeof t === "string" && QUOTES_PAGE_TITLE.test(t)) || tagsOf(fm, NO_TAGS).some((t) => QUOTES_TAG.test(t));
	const scan = scanBody(lines, bodyStart, dashes, body.indexOf("%%") >= 0, quotesPage);
	const permalink = permalinkOf(front.data);
	// `Alice 'Daisy' Tonner`: the person is Alice Tonner, and `DAISY` stands for her.
	const nicknames: Array<[string, string]> = [];
	const people = peopleOf(fm, PEOPLE_KEYS).map((p) => {
		const nick = nicknamesIn(p);
		if (nick.length === 0) return p;
		const person = withoutNicknames(p);
		nicknames.push([nick[0][0], person]);
		return person;
	});
	if (scan.fields.size > 0) {
		const fields: Record<string, unknown> = Object.fromEntries(scan.fields);
		for (const p of peopleOf(fields, ["host", "hosts", "ownerhost", "guest", "guests", "speaker", "speakers"])) {
			if (!people.includes(p)) people.push(p);
		}
	}
	if (header !== null) for (const p of peopleOf(header.fields, PEOPLE_KEYS)) if (!people.includes(p)) people.push(p);
	// `authors: [Bhakti Sudhir Goswami]` on a class transcript whose labels say `Goswami Maharaj`: a full name
	// only (`authors: [boone, will]` are a blog's ids for its writers).
	for (const p of peopleOf(fm, ["authors"])) if (/\S\s+\S/.test(p) && isPlausibleName(p) && !people.includes(p)) people.push(p);
	for (const tag of scan.tags) {
		const name = tag.charAt(0) === "@" ? personName(tag) : null;
		if (name !== null && !people.includes(name)) people.push(name);
	}
	if (scan.quotes.length > 0 && body.indexOf("from ") >= 0) signedSections(lines, bodyStart, scan.headings.map((h) => h.line), scan.quotes);
	// Highlights of a Matter export, some labelled with the interview's initials (quotes/matter.ts).
	const matter = matterExport(lines, scan.headings);
	if (matter !== null) {
		scan.turns = scan.turns.filter((t) => !matter.holds(t.line));
		scan.quotes = mergeByLine(scan.quotes.filter((q) => !matter.holds(q.line)), matter.quotes);
	}
	// Posts saved from X by Tweet to Markdown or the Web Clipper, each under its own byline (quotes/saved-posts.ts).
	if (body.indexOf("](https://twitter.com/") >= 0 || body.indexOf("](https://x.com/") >= 0) {
		const posts = savedPosts(lines, bodyStart, (line) => openHeadings(scan.headings, line));
		if (posts !== null) {
			scan.turns = scan.turns.filter((t) => !posts.holds(t.line));
			scan.quotes = mergeByLine(scan.quotes.filter((q) => !posts.touches(q.line, q.endLine)), posts.quotes);
		}
	}
	// A quotation on its own line with `**話者**: TTさん` or `Speaker:: Name` below it (quotes/speaker-field.ts).
	// The scan reads such a field as a turn's label, a list item's or an inline field: only then are the lines read again.
	if (scan.turns.some((t) => isSpeakerFieldLabel(t.label)) || scan.itemTurns.some((t) => isSpeakerFieldLabel(t.label)) || [...scan.fields.keys()].some(isSpeakerFieldLabel)) {
		const found = speakerFields(lines, bodyStart, (line) => openHeadings(scan.headings, line));
		if (found !== null) {
			scan.turns = scan.turns.filter((t) => !found.fields.has(t.line));
			scan.itemTurns = scan.itemTurns.filter((t) => !found.fields.has(t.line));
			const at = new Set(found.quotes.map((q) => q.line));
			scan.quotes = mergeByLine(scan.quotes.filter((q) => !at.has(q.line) && !found.fields.has(q.line)), found.quotes);
		}
	}
	// `> **Quelle:** …`, `> **Kontext:** …` under each quotation of a page: a record's fields in the blockquote, no dialogue.
	const quotedFields = scan.quotes.some((q) => q.kind === "turn") ? recordFields(scan.quotes.filter((q) => q.kind === "turn" && q.speakerRaw !== null).map((q) => ({ label: q.speakerRaw ?? "", line: q.line, endLine: q.endLine, section: q.section, continued: false }))) : null;
	if (quotedFields !== null) scan.quotes = scan.quotes.filter((q) => q.kind !== "turn" || q.speakerRaw === null || !quotedFields.has(q.speakerRaw));
	// A bold label with no words after it (`**Application:**` over bullets) is no turn (wordless.ts); a bare
	// name still counts towards its label recurring, and spokenTurns drops its empty quote.
	const roles = new Map<string, string>();
	const measured = measureFields(scan.turns, lines);
	const directions = directionTurns(scan.turns, lines);
	const candidates = scan.turns.filter((t) => {
		const holder = roleHolder(t, lines);
		if (holder !== null) roles.set(ROLE_NAMES.get(t.label.toLowerCase()) ?? t.label.toLowerCase(), holder);
		return holder === null && !datesOnly(t, lines) && (t.plain || turnHasWords(t, lines)) && !directions.has(t) && !isAnswerKey(t, lines) && !isRatingOnly(t, lines);
	});
	// `interviewer: Daniella Monteiro Cavalheiro` in the properties over `Entrevistadora:` turns: where no line names
	// a role's holder, the one person the properties give it holds it.
	if (candidates.length > 0) {
		for (const [role, keys] of PROPERTY_ROLES) {
			const held = roles.has(role) ? [] : peopleOf(fm, keys);
			// `interviewer: "Research Team"`: a group asks, nobody by name.
			if (held.length === 1 && isPlausibleName(held[0]) && !COLLECTIVE.test(held[0]) && !isNobodysLabel(held[0])) roles.set(role, held[0]);
		}
	}
	// The titles and the people they name, read once for a Q&A's answers, the names, the subject and the conversation.
	let titlesRead: TitlesRead | undefined;
	const readNoteTitles = () => (titlesRead ??= readTitles(noteTitles(fm, scan, title, header)));
	// `author = "Matt"` under a Zola page's `[extra]` table names its writer too.
	const author = authorName(fm.author ?? header?.fields.author ?? header?.fields["extra.author"]);
	answersOfTitledPerson(candidates, readNoteTitles, author);
	// `# Ryan McDonald` over `### Zoom chat` and its `Q1:`/`A1:` turns: a speakers' Q&A page, a section per speaker.
	for (const t of candidates) if (t.label === "A") t.label = sectionPerson(t.section) ?? t.label;
	// `## Linus Torvalds` over `*LT*:` turns: initials stand for the person the section is headed by.
	for (const t of candidates) if (INITIALS_LABEL.test(t.label)) t.label = sectionPerson(t.section, t.label) ?? t.label;
	// `**Entrevistadora:** Maria de Fátima Centeio` over `**Pergunta:**` turns: the questions are hers before
	// the turns are weighed, so they count as a named voice.
	if (roles.size > 0) for (const t of candidates) t.label = roles.get(roleOfLabel(t.label) ?? "") ?? t.label;
	// A record's fields are weighed with the turns (they count towards the note's labels) but never kept as one.
	const accepted = acceptTurns(candidates, people, typeof fm.title === "string" && TRANSCRIPT_HEADING.test(fm.title)).filter((t) => !measured.has(t.label));
	// `INTERVIEWER: Peter Asaro` above `Q:` turns: the questions are his.
	if (roles.size > 0) for (const t of accepted) t.label = roles.get(roleOfLabel(t.label) ?? "") ?? t.label;
	// `## Entrevista com Vinícius Martinelli` over `**Entrevistado:**` turns: the section's heading names who answers.
	for (const t of accepted) {
		const role = roleOfLabel(t.label);
		if (role !== "interviewee" || t.section.length === 0) continue;
		const m = INTERVIEW_WITH.exec(t.section[t.section.length - 1]);
		if (m !== null && isPlausibleName(m[1])) t.label = m[1];
	}
	// `**Interviewer** : Je suis Norbert Lipsyc, …`: an interviewer's turn that says who asks names the role's
	// turns from there on, to the next interview's heading (`## Entrevista com Luísa Maria`).
	if (roles.size === 0) {
		const holders = new Map<string, string>();
		let interview: string | undefined;
		for (const t of accepted) {
			const role = roleOfLabel(t.label);
			if (role !== "interviewer") continue;
			const heading = t.section.find((h) => INTERVIEW_WITH.test(h));
			if (heading !== interview) holders.clear();
			interview = heading;
			const key = t.label.toLowerCase();
			const named = selfNamedRole(lines[t.line - 1].slice(t.textStart));
			if (named !== null) holders.set(key, named);
			const holder = holders.get(key);
			if (holder !== undefined) t.label = holder;
		}
	}
	// `- Marty: …` items of an outline's conversation, where no quote already holds the line.
	const items = scan.itemTurns.length > 0 ? itemTurnsOver(acceptItemTurns(scan.itemTurns, lines, turnVoices(accepted)), scan) : [];
	const turns = items.length === 0 ? accepted : [...accepted, ...items].sort((a, b) => a.line - b.line);
	if (turns.length > 0) foldReadOuts(scan, turns);
	// An interview written as question headings and answers (a transcript's turns say who speaks instead).
	if (turns.length === 0 && (scan.headings.length >= 3 || scan.questions.length >= 3)) addAnswers(lines, scan);
	else if (turns.length > 0 && scan.headings.length > 0) addAddressedAnswers(lines, scan, turns);
	if (scan.signatures.length > 0) addSignedParagraphs(lines, scan, turns, quotesPage);
	const segments = mayHoldSegments(lines, bodyStart, scan.headings) ? addSegments(lines, bodyStart, scan, turns) : [];
	let quotes: Quote[] = [];
	let mentions: string[] = [];
	if (scan.quotes.length > 0 || turns.length > 0) {
		// Read when a name is first looked up. Most notes name no handle: one look through the text spares the
		// walk through its lines.
		// `# Entrevista 4: Verónica "Vero" Saldaña` in a title or heading: `**VERO:**` stands for her.
		const handles = () => {
			const titled = [...noteTitles(fm, scan, title, header), ...scan.headings.map((h) => h.text)];
			return [...nicknames, ...titled.flatMap(nicknamesIn), ...titled.flatMap(otherScriptNames), ...(mayNameHandle(body) ? akaNames(lines, bodyStart) : []), ...bracketedFullNames(lines, bodyStart), ...(turns.some((t) => t.handle === true) ? linkedAccounts(lines, bodyStart) : []), ...selfNamedLabels(turns, lines), ...(turns.some((t) => t.scribed === true || t.chat === true) ? scribedNicks(turns, lines, bodyStart) : []), ...(turns.some((t) => INITIALS_LABEL.test(t.label)) ? givenInitials(lines, bodyStart) : []), ...(turns.some((t) => t.label.length <= 4) && (body.indexOf("=") >= 0 || body.indexOf("＝") >= 0) ? legendNames(lines, bodyStart) : [])];
		};
		// `**Diana:**` in a note headed `# Diana Grajeda Iglesias`: a title's full name joins those the text writes; so does
		// the writer's (an interviewer's first name as their label).
		const names = new NoteNames(people, handles, noteText(lines, bodyStart, () => withWriter(fm.author ?? header?.fields.author, [...readNoteTitles().named.flatMap((n) => n.filter((p) => !p.short).map((p) => p.name)), ...subtitlePeople(scan), ...rolePeople(scan), ...standfirstPeople(fm), ...tagPeople(fm)]), () => noteTitles(fm, scan, title, header)));
		for (const q of scan.quotes) names.addName(q.target ?? q.name ?? "");
		for (const t of turns) if (!isNobodysLabel(t.label)) names.addName(t.label);
		const guests = peopleOf(fm, GUEST_KEYS);
		if (guests.length === 0) for (const g of peopleOf(Object.fromEntries(scan.fields), GUEST_KEYS)) guests.push(g);
		if (guests.length === 0 && header !== null) for (const g of peopleOf(header.fields, GUEST_KEYS)) guests.push(g);
		// A talk's note names its one speaker (`speakers: ["Maor Bril"]`) where an episode's names its guest.
		if (guests.length === 0) for (const g of peopleOf(fm, SPEAKER_KEYS)) guests.push(g);
		const hosts = header === null ? peopleOf(fm, HOST_KEYS) : [...peopleOf(fm, HOST_KEYS), ...peopleOf(header.fields, HOST_KEYS)];
		// A Matter export's labels are initials of its author or of the person its title names.
		const labelled = matter !== null ? labelledPerson(matter, noteTitles(fm, scan, title, header)) : null;
		if (matter !== null) for (const n of [matter.author, labelled]) if (n !== null) names.addName(n);
		// The subject is read only for a quote nothing else attributes (49 of the 89 real notes with quotes never
		// ask). Reading it changes nothing else: the names it looks up are full names and the note's hosts,
		// which are among its people, so no lookup adds to the note's mentions.
		let subjectRead: Subject | null | undefined;
		const subject = (): Subject | null => {
			if (subjectRead !== undefined) return subjectRead;
			const fromTitles = subjectOf(readNoteTitles(), scan, lines, bodyStart, names, hosts);
			// `Claude Fable, Claude Tag, and Anthropic's Culture` over `speakers: [Cat Wu, …]`: a talk that lists its
			// speakers is about none but them.
			const listed = peopleOf(fm, SPEAKER_KEYS);
			const titled = (fromTitles !== null && listed.length > 0 && !listed.some((p) => nameKey(p) === nameKey(fromTitles)) ? null : fromTitles) ?? labelled ?? (scan.questions.length >= 3 ? oneNameInterviewee(noteTitles(fm, scan, title, header)) : null);
			// Failing a person in the title, the one person the prose says speaks (decision 22); hosts never count.
			// The one the prose says answered the questions (an AMA's write-up) answers them, a stray label or not.
			const answerer = titled === null && (scan.questions.length > 0 || scan.headings.some((h) => isQuestion(h.text))) ? (questionsAnsweredBy(lines, bodyStart) ?? introducedAnswerer(scan, lines) ?? greetedAnswerer(scan)) : null;
			const prose = titled === null ? (answerer ?? (turns.length === 0 ? proseSpeaker(lines, bodyStart) : null)) : null;
			const spoken = prose !== null && !hosts.some((h) => nameKey(h) === nameKey(prose)) ? names.resolve(prose, null).speaker : null;
			subjectRead = titled !== null ? { name: titled, fromTitle: true } : spoken !== null ? { name: spoken, fromTitle: false, answers: answerer !== null } : null;
			return subjectRead;
		};
		// A title with two people in conversation leaves an unattributed highlight to neither (no next-quote guess).
		let conversation: boolean | undefined;
		const inConversation = () => (conversation ??= titlesConversation(readNoteTitles()));
		// The note's one guest; failing any in its properties, the guest line above the quote (`Guest(s): …`).
		let guestLinesRead: GuestLine[] | undefined;
		const guestAt = guests.length > 0 ? () => (guests.length === 1 ? guests[0] : null) : (line: number) => guestAbove((guestLinesRead ??= guestLines(lines, bodyStart)), line - 1);
		// `**Host:**` then "Hi, I'm Dr Paulin Kantue.": a role whose holder introduces themselves is that person's.
		if (turns.some((t) => isNobodysLabel(t.label))) for (const [role, name] of selfNamedLabels(turns, lines)) if (isNobodysLabel(role)) for (const t of turns) if (t.label === role) t.label = name;
		quotes = finishQuotes(path, lines, mergeByLine(scan.quotes, spokenTurns(turns, lines)), names, guestAt, subject, new Set(turns), inConversation, scan.headings, author);
		exportSpeaker(quotes, () => (inConversation() ? null : noteTitles(fm, scan, title, header)));
		if (turns.length > 0) keepThirdParties(quotes, turns, lines);
		if (turns.length > 0) unnameDiarisedLetters(quotes, turns);
		if (matter !== null) for (const r of matter.interviewer) if (r.quote !== undefined && r.quote.speaker !== null) r.quote.inferred = "context";
		if (segments.length > 0) speakersAtSameMoment(segments.flatMap((s) => (s.quote ? [s.quote] : [])), quotes);
		mentions = names.mentioned;
	}
	const isPodcast =
		// A quote with a speaker, or with a time in the episode (`> "…" — [05:18]`): words from a recording.
		// So is a diarised voice or a role (`Speaker 2`, `– Participant`) where a name would be: a recording's.
		quotes.some((q) => q.speaker !== null || q.timestamp !== null || (q.speakerRaw !== null && isPlaceholderLabel(q.speakerRaw))) ||
		turns.length > 0 ||
		// Quotes kept under a heading that says so (`# QUOTES` of a video's summary), whoever said them.
		quotes.some((q) => q.section.some((h) => SAYINGS_HEADING.test(h))) ||
		(typeof fm.type === "string" && fm.type.toLowerCase() === "podcast") ||
		PODCAST_KEYS.some((k) => fm[k] !== undefined && fm[k] !== null) ||
		PODCAST_FIELDS.some((k) => scan.fields.has(k));

	return {
		path,
		title,
		frontmatter: front.data,
		problems: front.problems,
		flags: publishFlag(front.data, options.publishKeys ?? DEFAULT_PUBLISH_KEYS),
		permalink,
		episode: episodeOf(fm, scan.fields, title, permalink),
		tags: tagsOf(fm, scan.tags),
		aliases: listOf(fm.aliases ?? fm.alias).filter((a): a is string => typeof a === "string"),
		sections: buildSections(scan.headings, lines.length),
		quotes,
		isPodcast,
		hash: options.hashText === false ? "" : hashString(body),
		mtime: 0,
		...(mentions.length > 0 ? { mentions } : {}),
		...podnotesOf(body),
		...quotesBlocksOf(body),
	};
}

/**
 * `**A**:`, `**B**:`, `**C**:` and no other letters: a diarising tool's voices, lettered in order, are nobody's
 * names. A letter the note resolved to a person (`A:` for Amal El-Mohtar) keeps that person.
 */
function unnameDiarisedLetters(quotes: Quote[], turns: readonly TurnCandidate[]): void {
	const letters = new Set<string>();
	for (const t of turns) if (t.label.length === 1 && t.label >= "A" && t.label <= "Z") letters.add(t.label);
	if (letters.size < 2) return;
	for (let i = 0; i < letters.size; i++) if (!letters.has(String.fromCharCode(65 + i))) return;
	for (const q of quotes) if (q.kind === "turn" && q.speaker !== null && q.speaker === q.speakerRaw && letters.has(q.speaker)) q.speaker = null;
}

/**
 * `**John:**` in a transcript where only the guest says, an hour in, "John Rivard did a lot of it": a full name
 * written only inside other voices' later turns is someone they speak of, not the label's; the label stays as
 * written. The opening turns introduce the voices ("Shannon Lee Simmons joins us"): a name there counts.
 */
function keepThirdParties(quotes: Quote[], turns: readonly TurnCandidate[], lines: readonly string[]): void {
	const verdict = new Map<string, boolean>();
	let labelled: Set<string> | undefined;
	const spokenOfOnly = (label: string, name: string): boolean => {
		// `AMY DICKINSON:` once, then `DICKINSON:`: a name the transcript's own labels write is a voice of it.
		labelled ??= new Set(turns.map((t) => nameKey(t.label)));
		if (labelled.has(nameKey(name))) return false;
		let any = false;
		// Before the label's own first turn, a host introducing the guests (`En Ludo Waltman, adjunct-directeur…`) names them.
		const introduced = Math.max(INTRODUCING_TURNS, turns.findIndex((t) => t.label === label));
		for (let i = 0; i < lines.length; i++) {
			if (lines[i].indexOf(name) < 0) continue;
			const at = turns.findIndex((t) => t.line <= i + 1 && i + 1 <= t.endLine);
			// Outside every turn or in the opening ones, the note introduces the name; in the label's own turn it is
			// a self-introduction; in an unnamed voice's, nobody can tell.
			if (at < 0 || at < introduced || turns[at].label === label || isNobodysLabel(turns[at].label)) return false;
			// "My name is Olen Long", a letter read out in another voice's turn: the person introduces themself.
			if (introducesSelf(lines[i], name)) return false;
			any = true;
		}
		return any;
	};
	for (const q of quotes) {
		if (q.kind !== "turn" || q.inferred !== "note-name" || q.speaker === null || q.speakerRaw === null || q.speakerRaw.indexOf(" ") >= 0) continue;
		const key = `${q.speakerRaw}\u0000${q.speaker}`;
		let other = verdict.get(key);
		if (other === undefined) verdict.set(key, (other = spokenOfOnly(q.speakerRaw, q.speaker)));
		if (other) {
			q.speaker = q.speakerRaw;
			q.inferred = null;
		}
	}
}

/** `**Captured:** 2025-12-23`, `**Watched:** 2025-12-23 (via transcript)`: a field holding a date, no one's words. */
function datesOnly(t: TurnCandidate, lines: readonly string[]): boolean {
	const words = lines[t.line - 1].slice(t.textStart).trim();
	// `**Claude:** $2.30/month` over `**Savings with Gemini:** …`, `**Teksto:** Isaias 29:13` over the verse: a price
	// or a scripture reference is a field, never a turn's first words.
	return (t.endLine === t.line && DATE_FIELD.test(words)) || PRICE_FIELD.test(words) || VERSE_FIELD.test(words);
}

/**
 * Labels whose every line holds a measure, a code span or a path and no sentence (`**Total Time:** 32 weeks (8 months!)`,
 * `**Path:** \`/home/runner\``, `**Repository:** danielshue/obsidian-vault-copilot`): a record's fields. A voice that
 * once answers `100 percent` says a sentence elsewhere.
 */
function measureFields(turns: readonly TurnCandidate[], lines: readonly string[]): Set<string> {
	const spoken = new Set<string>();
	const measured = new Set<string>();
	for (const t of turns) {
		const words = lines[t.line - 1].slice(t.textStart).trim();
		if (t.endLine === t.line && MEASURE_FIELD.test(words) && !CLOSED.test(words)) measured.add(t.label);
		else spoken.add(t.label);
	}
	for (const label of spoken) measured.delete(label);
	return measured;
}

/** A number, a code span or a path without spaces opens the value (`~800 (including comments)`, `17. října 2025`). */
const MEASURE_FIELD = /^(?:~?\d|`|[\w.-]+\/[\w./-]+\s*$)/;
const CLOSED = /[.!?…"”»]\s*$/;

const PRICE_FIELD = /^[$€£¥]\d[\d,]*(?:\.\d+)?(?:\/[a-z]+)?(?:\s*\([^()]{0,40}\))?$/;
const VERSE_FIELD = /^(?:[1-3] ?)?\p{Lu}\p{Ll}+\.? \d{1,3}:\d{1,3}(?:[-–]\d{1,3})?$/u;

const DATE_FIELD = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\([^()]{0,40}\))?$/;

/** How many turns open a transcript by introducing its voices. */
const INTRODUCING_TURNS = 4;

/**
 * `INTERVIEWER: Peter Asaro` over an oral history: a role's label and the full name of who holds it is a field,
 * no turn; the name, or null.
 */
function roleHolder(t: TurnCandidate, lines: readonly string[]): string | null {
	if (!isPlaceholderLabel(t.label)) return null;
	// `**Interviewer:** Hiroo Nishizawa  **Translator:** t-shinji`: a credits line holds the next role after two spaces.
	const words = lines[t.line - 1].slice(t.textStart).split(/ {2,}|\t|\*\*/)[0].trim();
	return ROLE_HOLDER.test(words) && isPlausibleName(words) ? words : null;
}

/**
 * `author: "Frederico Muñoz (SAS Institute)"` over `**Frederico (FSM)**:` turns: the writer's full name (affiliation
 * dropped) joins `named`, unless one of them has its first name (`Adam Bell` beside a title's `Adam Gordon Bell`).
 */
function withWriter(author: unknown, named: string[]): string[] {
	if (typeof author !== "string") return named;
	// `author: Judith Heumann and Jonathan Young`: two writers, each a name of their own.
	for (const part of author.split(/\s+(?:and|&)\s+|\s*[,;]\s*/)) {
		const name = part.replace(/\s*\([^()]*\)\s*$/, "").trim();
		if (!/\S\s+\S/.test(name) || !isPlausibleName(name)) continue;
		const first = nameKey(name.split(/\s+/)[0]);
		if (!named.some((n) => nameKey(n.split(/\s+/)[0]) === first)) named = [...named, name];
	}
	return named;
}

/** The frontmatter's author as a person's name (`author: Marc Gemis`, `author: { display_name: Olivia Gehrke }`), or null. */
function authorName(value: unknown): string | null {
	const name = typeof value === "string" ? value : value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>).display_name ?? (value as Record<string, unknown>).name : null;
	return typeof name === "string" && isPlausibleName(name.trim()) ? name.trim() : null;
}

/** A title that presents a question-and-answer session or an interview (`A Q&A With Alex Cohen`). */
const QA_TITLE = /\bQ\s?&\s?A\b|\bQ and A\b|\bAMA\b|\binterview|\bentrevista|\bentretien|专访|專訪|访谈|訪談|采访|採訪|インタビュー/i;

/**
 * `**Q:**` and `**A:**` only, under a title "Deep Fakes and Social Media: A Q&A With Alex Cohen": the answers are
 * the one person the titles name (an FAQ's `Q:`/`A:`, under a title naming nobody, stays prose).
 */
function answersOfTitledPerson(candidates: TurnCandidate[], titles: () => TitlesRead, author: string | null): void {
	let questions = 0;
	let answers = 0;
	for (const c of candidates) {
		if (c.label === "Q") questions++;
		else if (c.label === "A") answers++;
		else if (!isPlaceholderLabel(c.label)) return;
	}
	if (questions < 2 || answers < 2) return;
	const read = titles();
	if (!read.titles.some((t) => QA_TITLE.test(t))) return;
	const people = new Set(read.named.flatMap((n) => n.map((p) => p.name)));
	// `title: "SOFAArk Committer 专访｜…"`, `author: "吕冰洁"`: a title naming nobody, the interview the author's.
	if (people.size === 0 && author !== null) people.add(author);
	if (people.size !== 1) return;
	const [person] = people;
	for (const c of candidates) if (c.label === "A") c.label = person;
}

/** A body of people by its last word: `Research Team`, `Editorial Staff`, `History Society`. */
const COLLECTIVE = /\s(?:team|staff|group|committee|society|department|office|club|crew|collective|editors|editorial|board|project)$/i;

/** The properties that name who holds a role. */
const PROPERTY_ROLES: ReadonlyArray<[string, string[]]> = [
	["interviewer", ["interviewer", "entrevistador", "entrevistadora"]],
	["interviewee", ["interviewee", "entrevistado", "entrevistada"]],
];

/** The role a turn label stands for: `Q:` is the interviewer's, `A:` the interviewee's. */
const ROLE_OF_LABEL = new Map([
	["q", "interviewer"],
	["question", "interviewer"],
	["interviewer", "interviewer"],
	["a", "interviewee"],
	["answer", "interviewee"],
	["interviewee", "interviewee"],
]);

/** Two to four capitalised words (`Peter Asaro`, `Tatsuo Arai`, `Mary L. Smith`, `Maria de Fátima Centeio`), nothing else. */
const ROLE_HOLDER = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:(?:de|da|do|dos|das|del|van|von|der|di|du|la|le)\s+)?(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+)){1,3}$/u;

/**
 * The deepest heading of a section path that is a person's full name and nothing else (`# Ryan McDonald`,
 * `## <a name=linus>Linus Torvalds</a>`), with `initials` when given; or null.
 */
function sectionPerson(section: readonly string[], initials?: string): string | null {
	for (let i = section.length - 1; i >= 0; i--) {
		const heading = section[i].replace(/<[^<>]*>/g, "").trim();
		if (ROLE_HOLDER.test(heading) && isPlausibleName(heading) && (initials === undefined || hasInitials(heading, initials))) return heading;
	}
	return null;
}

/** `Interview with Ada Brook`, `Entrevista com Vinícius Martinelli`, `Gespräch mit …`: a heading naming who is interviewed. */
const INTERVIEW_WITH = /\b(?:[Ii]nterview|[Ee]ntrevista|[Ee]ntretien|[Ii]ntervista|[Gg]espräch|[Cc]onversation|Q\s?&\s?A)\s+(?:with|com|con|avec|mit|met)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:(?:de|da|do|dos|das|van|von)\s+)?\p{Lu}[\p{L}\p{M}'’.-]+){1,3})\s*$/u;

/** The role a label names (`Entrevistadora`, `Q`, `Interviewer` → interviewer), or undefined. */
function roleOfLabel(label: string): string | undefined {
	const key = label.toLowerCase();
	return ROLE_NAMES.get(key) ?? ROLE_OF_LABEL.get(key);
}

/** A role's name in other languages, as the role ROLE_OF_LABEL gives a label (`Entrevistadora` asks, as `Interviewer` does). */
const ROLE_NAMES = new Map([
	["entrevistador", "interviewer"],
	["entrevistadora", "interviewer"],
	["intervieweur", "interviewer"],
	["intervieweuse", "interviewer"],
	["entrevistado", "interviewee"],
	["entrevistada", "interviewee"],
]);

/**
 * A blockquote inside an accepted turn (`**Tim:** I keep coming back to Fred Brooks:` then `> …`) is part of
 * that turn, as the speaker reads it out: the turn covers it, and it is no quote of its own.
 */
function foldReadOuts(scan: ScanResult, turns: TurnCandidate[]): void {
	const accepted = new Set(turns);
	const folded = scan.quotes.filter((q) => q.inTurn !== undefined && accepted.has(q.inTurn) && q.kind === "blockquote" && q.speakerRaw === null);
	if (folded.length === 0) return;
	for (const q of folded) if (q.inTurn !== undefined && q.inTurn.endLine < q.endLine) q.inTurn.endLine = q.endLine;
	const gone = new Set(folded);
	scan.quotes = scan.quotes.filter((q) => !gone.has(q));
}

/** Adds the answers under question headings or bold question lines (answers.ts) to the scan's quotes, in line order. */
function addAnswers(lines: string[], scan: ScanResult): void {
	const taken = (line: number) => scan.quotes.some((q) => q.line <= line && line <= q.endLine);
	const answers = answersAt(lines, scan.headings, taken, scan.questions);
	if (answers.length > 0) scan.quotes = mergeByLine(scan.quotes, answers);
}

/** Adds pull quotes signed on a line of their own (quotes/signed-paragraphs.ts), replacing unsigned paragraph quotes on their lines. */
function addSignedParagraphs(lines: string[], scan: ScanResult, turns: readonly TurnCandidate[], quotesPage: boolean): void {
	// An unnamed paragraph, or an item still to find its speaker, gives way to a signature below it.
	const unsigned = (q: RawQuote) => (q.kind === "paragraph" && q.name === null) || bareItem(q);
	const held = (line: number) => turns.some((t) => t.line <= line && line <= t.endLine) || scan.quotes.some((q) => q.line <= line && line <= q.endLine && !unsigned(q));
	const signed = signedParagraphsAt(lines, scan.signatures, scan.headings, held, (section) => quotesPage || (section.length > 0 && SAYINGS_HEADING.test(section[section.length - 1])));
	if (signed.length === 0) return;
	const replaced = (q: RawQuote) => unsigned(q) && signed.some((s) => s.line <= q.endLine && q.line <= s.endLine);
	scan.quotes = mergeByLine(scan.quotes.filter((q) => !replaced(q)), signed);
}

/**
 * The accepted item turns where no quote already holds the line. `- **Charlie:** "Fold says…"`, `- **Fold:** "…"` (a
 * script's lines as items): two voices or more, each on two items, take them from item quotes still to find a speaker
 * (one label alone over quoted items is a field: `- **Solution Reaction**: "…"`).
 */
function itemTurnsOver(items: TurnCandidate[], scan: ScanResult): TurnCandidate[] {
	const over = (t: TurnCandidate) => scan.quotes.find((q) => q.line <= t.line && t.line <= q.endLine);
	const counts = new Map<string, number>();
	for (const t of items) {
		const q = over(t);
		if (q !== undefined && bareItem(q)) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
	}
	const voices = [...counts.values()].filter((n) => n >= 2).length >= 2;
	const kept = items.filter((t) => {
		const q = over(t);
		return q === undefined || (voices && bareItem(q) && (counts.get(t.label) ?? 0) >= 2);
	});
	if (voices) scan.quotes = scan.quotes.filter((q) => !bareItem(q) || !kept.some((t) => t.line === q.line));
	return kept;
}

/** A list item quoted with no speaker written and none led in: one is still to find for it (quotes/list.ts). */
function bareItem(q: RawQuote): boolean {
	return q.kind === "list" && q.speakerRaw === null && q.leadIn == null;
}

/** 1 for each 1-based line a quote or a turn already holds. */
function heldLines(lines: readonly string[], scan: ScanResult, turns: readonly TurnCandidate[]): Uint8Array {
	const held = new Uint8Array(lines.length + 2);
	for (const r of [...scan.quotes, ...turns]) for (let k = r.line; k <= r.endLine; k++) held[k] = 1;
	return held;
}

/** Adds the unlabelled answers under question headings that address one of the transcript's voices (answers.ts). */
function addAddressedAnswers(lines: string[], scan: ScanResult, turns: readonly TurnCandidate[]): void {
	const voices = [...new Set(turns.filter((t) => !isNobodysLabel(t.label)).map((t) => t.label))];
	// Made when a heading addresses a voice, which few transcripts have.
	let held: Uint8Array | undefined;
	const answers = addressedAnswersAt(lines, scan.headings, (line) => (held ??= heldLines(lines, scan, turns))[line] === 1, voices);
	if (answers.length > 0) scan.quotes = mergeByLine(scan.quotes, answers);
}

/** Adds the transcript segments labelled with a time alone (quotes/segments.ts) that no quote or turn holds. */
function addSegments(lines: string[], bodyStart: number, scan: ScanResult, turns: TurnCandidate[]): RawQuote[] {
	const held = heldLines(lines, scan, turns);
	const segments = timeSegments(lines, bodyStart, (line) => held[line] === 1);
	if (segments.length > 0) scan.quotes = mergeByLine(scan.quotes, segments);
	return segments;
}

/** The note's `podcast-quotes` blocks, each as its own string; nothing for the many notes without one. */
function quotesBlocksOf(body: string): { quotesBlocks?: string[] } {
	if (indexOfByPart(body, QUOTES_BLOCK_LANGUAGE, QUOTES_BLOCK_LANGUAGE.indexOf("quotes")) < 0) return {};
	const blocks = quotesBlocksIn(body).map(ownString);
	return blocks.length > 0 ? { quotesBlocks: blocks } : {};
}

const PODNOTES_LINK = /obsidian:\/\/podnotes\?[^\s()<>"'`\]]+/i;

/** The first PodNotes link in the note, as its own string (the index keeps it; see detach.ts). */
function podnotesOf(body: string): { podnotes?: string } {
	const at = indexOfByPart(body, "obsidian://podnotes?", "obsidian".length);
	if (at < 0) return {};
	const m = PODNOTES_LINK.exec(body.slice(at, at + 2000));
	return m ? { podnotes: ownString(m[0]) } : {};
}

const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;

function turnQuote(t: TurnCandidate, lines: string[]): RawQuote {
	let parts = [lines[t.line - 1].slice(t.textStart)];
	// A blockquote the speaker reads out (foldReadOuts) keeps its words, not its `>` marks.
	for (let i = t.line; i < t.endLine; i++) {
		// `{: .border-purple }` under a heading label: kramdown's markup, no one's words.
		if (isAttributeList(lines[i])) continue;
		parts.push(lines[i].trimStart().charAt(0) === ">" ? lines[i].replace(/^\s*>[ \t]?/, "") : lines[i]);
	}
	// `**Joel Goodman` and a hard break, `**I was so…` below: the words without the closing marks an export moved there.
	if (t.nameAlone === true && parts.length > 1 && !lines[t.line - 1].trimEnd().endsWith("**") && /^\*\*[^\s*]/.test(parts[1])) parts[1] = parts[1].slice(2);
	// A caption's lines without the time each opens with.
	if (t.captions === true) parts = parts.map((part, k) => (k === 0 ? part : part.slice(timeLabelAt(part)?.end ?? 0)));
	// An HTML transcript's words without their paragraph tags.
	if (t.html === true) parts = parts.map((part) => part.replace(HTML_TAG, "").trim()).filter((part) => part.length > 0);
	const name = isNobodysLabel(t.label) ? null : t.label;
	let text = parts.join("\n").trim();
	// `**Sandipan: …?**`, `<strong>Q: …</strong>`: the words without the bold's closing mark.
	if (t.wrapped === true) text = text.replace(WRAPPED_CLOSE, "").trimEnd();
	else if (t.italic === true) text = text.replace(/[*_]$/, "").trimEnd();
	const quote = rawQuote("turn", t.line, t.endLine, text, t.section, { speakerRaw: t.label, name, target: null, qualifier: null, timestamp: t.timestamp, cite: [] });
	quote.continued = t.continued;
	return quote;
}

/** The turns' quotes, but for a label followed by no words (`Olaf` alone, then the transcriber's note): nothing said. */
function spokenTurns(turns: TurnCandidate[], lines: string[]): RawQuote[] {
	const out: RawQuote[] = [];
	// A bold span of a name and words is a turn when it closes on a question (`**Sandipan: … Steering?**`), or
	// when its label's spans do so twice or more (`**MK: I'm interested in … this topic.**` among MK's questions).
	// The bold closes at the end of the turn's first paragraph: what follows before the next label (a separator
	// like `\==`) is no part of the question.
	const closing = (t: TurnCandidate) => {
		let k = t.line - 1;
		while (k + 1 < t.endLine && lines[k + 1].trim().length > 0) k++;
		return k;
	};
	// A bare `**Q: …?**` keeps the older test, its turn's last line: an FAQ's answer below it makes it prose.
	const asks = (t: TurnCandidate) => WRAPPED_QUESTION.test(lines[t.label === "Q" ? t.endLine - 1 : closing(t)]);
	let asking: Map<string, number> | undefined;
	for (const t of turns) {
		if (t.wrapped === true && !asks(t)) {
			asking ??= countAsking(turns, asks);
			if ((asking.get(t.label) ?? 0) < 2) continue;
		} else if (t.wrapped === true) t.endLine = closing(t) + 1;
		const q = turnQuote(t, lines);
		if (q.text.length > 0 && !blanksOnly(q.text)) out.push(q);
	}
	return out;
}

/** `{{ guest }}`, `<% tp.frontmatter.host %>`: a template's blanks. */
const PLACEHOLDERS_ONLY = /^(?:\{\{[^{}\n]*\}\}|<%[^%\n]*%>|[\s,;&])+$/;
/** A field's bold label before a blank (`**Duration:** {{ duration }}` under `**Guest:** {{ guest }}`). */
const FIELD_LABEL = /^\s*\*\*[^*\n]{1,40}:\*\*/;

/** `**Guest:** {{ guest }}` and the template's next fields: every line a blank, no one's words yet. */
function blanksOnly(text: string): boolean {
	return text.split("\n").every((line) => {
		const rest = line.replace(FIELD_LABEL, "");
		return rest.trim().length === 0 || PLACEHOLDERS_ONLY.test(rest);
	});
}

/** A bold span's end on a question (`?**`, `?)**`, `?"**`, in italics `?**_` or `?_**`). */
const WRAPPED_QUESTION = /[?？][)"”’]?[ \t]*_?(?:\*\*_?|<\/(?:strong|b)>)[ \t]*$/;
const WRAPPED_CLOSE = /_?(?:\*\*_?|<\/(?:strong|b)>)$/;

/** How many of each label's bold-wrapped spans close on a question. */
function countAsking(turns: TurnCandidate[], asks: (t: TurnCandidate) => boolean): Map<string, number> {
	const counts = new Map<string, number>();
	for (const t of turns) if (t.wrapped === true && asks(t)) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
	return counts;
}

/** The interviewee who names herself in the first answer, below the first two questions' lines (prose-speaker.ts). */
function introducedAnswerer(scan: ScanResult, lines: string[]): string | null {
	const asked = [...scan.questions.map((q) => q.line), ...scan.headings.filter((h) => isQuestion(h.text)).map((h) => h.line)].sort((a, b) => a - b);
	return asked.length === 0 ? null : selfIntroducedAnswerer(lines, asked[0], asked.length > 1 ? asked[1] : lines.length + 1);
}

/** `Hi Eva, thanks for doing this!`: a greeting by name, then a comma or a mark (a capitalised word only, no `i` flag). */
const GREETING = /^(?:[Hh]i|[Hh]ey|[Hh]ello|[Tt]hanks|[Tt]hank you|[Ww]elcome|[Dd]ear)[,!]?\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s*[,!.]/u;

/** `**Hi Eva, thanks for doing this! Are you…?**`: the first bold question greets by name the one who answers. */
function greetedAnswerer(scan: ScanResult): string | null {
	const first = scan.questions[0];
	const m = first === undefined ? null : GREETING.exec(first.text);
	return m !== null && isPlausibleName(m[1]) ? m[1] : null;
}

/**
 * `I:` beside `B:` or `R:`: a research interview's Interviewer and Befragte (or Respondent), roles that name nobody,
 * as `Q:` does. A letter the note resolves to a name (a title's interviewee) keeps it.
 */
function unnameResearchRoles(out: Quote[]): void {
	const letters = new Set<string>();
	for (const q of out) if (q.kind === "turn" && q.speakerRaw !== null && q.speakerRaw.length === 1) letters.add(q.speakerRaw);
	if (!letters.has("I") || !(letters.has("B") || letters.has("R"))) return;
	for (const q of out) {
		if (q.kind !== "turn" || q.speaker === null || q.speaker !== q.speakerRaw || (q.speaker !== "I" && q.speaker !== "B" && q.speaker !== "R")) continue;
		q.speaker = null;
		q.inferred = null;
	}
}

/** How many of a diarised voice's first turns are read for it giving its name. */
const VOICE_INTRO_TURNS = 5;

/**
 * `**SPEAKER_00:**` … `So, yes, I'm Bob Summerwill, recording here…`: a transcript tool's numbered voice that gives
 * its full name in one of its first turns speaks as that name. A name two voices give is one introducing the other.
 */
function nameDiarisedVoices(out: Quote[], names: NoteNames): void {
	const byVoice = new Map<string, Quote[]>();
	for (const q of out) {
		if (q.kind !== "turn" || q.speaker !== null || q.speakerRaw === null || !isNumberedVoice(q.speakerRaw)) continue;
		const turns = byVoice.get(q.speakerRaw);
		if (turns === undefined) byVoice.set(q.speakerRaw, [q]);
		else turns.push(q);
	}
	const given = new Map<string, string>();
	const givers = new Map<string, number>();
	for (const [voice, turns] of byVoice) {
		const found = new Set<string>();
		for (const q of turns.slice(0, VOICE_INTRO_TURNS)) {
			const name = selfIntroduction(q.text);
			if (name !== null) found.add(name);
		}
		if (found.size !== 1) continue;
		const [name] = found;
		given.set(voice, name);
		givers.set(name, (givers.get(name) ?? 0) + 1);
	}
	for (const [voice, name] of given) {
		if (givers.get(name) !== 1) continue;
		const speaker = names.resolve(name, null).speaker;
		for (const q of byVoice.get(voice) ?? []) {
			q.speaker = speaker;
			q.inferred = "context";
		}
	}
}

/** A title that calls the page a collection of sayings: `Feynman Quotes`, `Favourite quotations`, `Zitate`. */
/** The body's first line when it is a few plain words alone (`Zitate  `), as a title written without a heading. */
function plainFirstLine(lines: readonly string[], start: number): string | null {
	let i = start;
	while (i < lines.length && lines[i].trim().length === 0) i++;
	const text = i < lines.length ? lines[i].trim().replace(/\\$/, "") : "";
	return text.length > 0 && text.length <= 40 && /^[\p{L}][\p{L}\p{M} '’-]*$/u.test(text) ? text : null;
}

/** A tag saying the note keeps quotes (`quotes`, `cytaty`, `quotes/books`). */
const QUOTES_TAG = /^(?:quotes|quotations|sayings|zitate|citations|citas|citações|citazioni|cytaty|citaten)(?:\/|$)/i;
const NO_TAGS: ReadonlySet<string> = new Set();

const QUOTES_PAGE_TITLE = /(?:^|\s)(?:quotes|quotations|sayings|zitate|citations|citas|citações|citazioni)$/i;

/** `a` and `b` in line order (`a` first on a tie), as a stable sort of `a.concat(b)` would give. */
function mergeByLine(a: RawQuote[], b: RawQuote[]): RawQuote[] {
	if (b.length === 0) return a;
	if (a.length === 0 || !inLineOrder(a) || !inLineOrder(b)) return a.concat(b).sort((x, y) => x.line - y.line);
	// Both lists come out of the scan in line order: a merge, not a sort with a comparator call per pair.
	const out: RawQuote[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) out.push(b[j].line < a[i].line ? b[j++] : a[i++]);
	while (i < a.length) out.push(a[i++]);
	while (j < b.length) out.push(b[j++]);
	return out;
}

function inLineOrder(list: RawQuote[]): boolean {
	for (let i = 1; i < list.length; i++) if (list[i].line < list[i - 1].line) return false;
	return true;
}

/**
 * `> **Dwarkesh**: …`, a blank line, then `> But then he says…`: in a dialogue of labelled blockquotes, an
 * unlabelled blockquote right after a turn goes on with that turn (a question's answer excepted).
 */
function withTurnsContinued(lines: readonly string[], raw: RawQuote[], soloTurn: (r: RawQuote) => boolean): RawQuote[] {
	let turns = 0;
	for (const r of raw) if (r.kind === "blockquote" && soloTurn(r)) turns++;
	if (turns < 2) return raw;
	const out: RawQuote[] = [];
	let open: RawQuote | null = null;
	for (const r of raw) {
		const goesOn = open !== null && r.kind === "blockquote" && r.soloLabel == null && r.name === null && r.target === null && r.line === open.endLine + 2 && lines[open.endLine].trim() === "";
		if (open !== null && goesOn) {
			open.text = `${open.text}\n\n${r.text}`;
			open.endLine = r.endLine;
			continue;
		}
		open = r.kind === "blockquote" && soloTurn(r) && !isNobodysLabel(r.soloLabel?.label ?? "") ? { ...r } : null;
		out.push(open ?? r);
	}
	return out;
}

/** `Daniel` where the note writes `Daniel Kotojoko`: a one-word label the note's text names in full. */
function startsFullName(names: NoteNames, label: string): boolean {
	if (/\s/.test(label.trim())) return false;
	const { speaker } = names.resolve(label, null);
	return speaker !== null && speaker.indexOf(" ") > 0 && nameKey(speaker).startsWith(nameKey(label) + " ");
}

/**
 * Resolves speakers and gives each quote its stable id. A quote with no speaker of its own takes, in this
 * order: a lead-in line before it, the next attributed quote (blank lines only between), a heading of its
 * section, the note's guest (its one guest property, or the guest line above) when it stands in a quotes section,
 * a field label presents it or it answers an interview's question. Each marks `inferred`.
 */
function finishQuotes(path: string, lines: string[], raw: RawQuote[], names: NoteNames, guestAt: (line: number) => string | null, subject: () => Subject | null, turns: ReadonlySet<TurnCandidate>, inConversation: () => boolean, headings: readonly Heading[], author: string | null): Quote[] {
	let persons: Set<string> | undefined;
	const personHeads = () => (persons ??= personHeadings(headings, lines));
	/** How often each id base has been given in this note. */
	const seen = new Map<string, number>();
	const idBase = quoteIdHasher(path);
	const out: Quote[] = [];
	// Labels the note's dialogues and transcripts use: a blockquote of one labelled line is a turn too.
	const labels = new Set<string>();
	const voices = loneLeadIns(raw);
	for (const r of raw) if (r.kind === "turn" && r.speakerRaw !== null) labels.add(nameKey(r.speakerRaw));
	const trustedSolo = (r: RawQuote) => {
		const solo = r.soloLabel;
		return solo != null && (solo.recurs || labels.has(nameKey(solo.label)) || names.knows(solo.label) || (solo.styled && startsFullName(names, solo.label)));
	};
	// `> **KRAMER:** …`, `> **JERRY:** …`, `> **KRAMER:** …` as three blockquotes: a label once, between trusted ones
	// with only blank lines around it, is a voice of the same exchange.
	const soloTurn = (r: RawQuote) => {
		if (trustedSolo(r)) return true;
		if (r.soloLabel == null || !r.soloLabel.marked || isPlaceholderLabel(r.soloLabel.label)) return false;
		const i = raw.indexOf(r);
		const before = raw[i - 1];
		const after = raw[i + 1];
		return before !== undefined && after !== undefined && before.endLine >= r.line - 2 && after.line <= r.endLine + 2 && trustedSolo(before) && trustedSolo(after);
	};
	raw = withTurnsContinued(lines, raw, soloTurn);
	for (const r of raw) {
		let speaker: string | null = null;
		let inferred: Quote["inferred"] = null;
		let kind = r.kind;
		let text = r.text;
		const solo = r.soloLabel;
		if (solo && soloTurn(r)) {
			const rest = text.indexOf("\n");
			text = (solo.text.trim() + (rest >= 0 ? text.slice(rest) : "")).trim();
			kind = "turn";
			({ speaker, inferred } = names.resolve(solo.label, null));
		} else if (r.name !== null) ({ speaker, inferred } = names.resolve(r.name, r.target));
		else if (r.target !== null) ({ speaker, inferred } = names.resolve(r.target, r.target));
		if (r.continued === true && speaker !== null) inferred = "turn-continuation";
		// Same text twice in a note: the second gets `~2`, so ids stay unique and still ignore lines.
		const base = idBase(text);
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		const q: Quote = {
			id: n > 1 ? `q${base}~${n}` : `q${base}`,
			kind,
			text,
			speaker,
			speakerRaw: r.speakerRaw,
			inferred,
			qualifier: r.qualifier,
			timestamp: r.timestamp,
			cite: r.cite,
			line: r.line,
			endLine: r.endLine,
			section: r.section,
		};
		if (r.calloutTitle !== undefined) {
			q.calloutTitle = r.calloutTitle;
			// `> [!quote] Katja Grace, [_But exactly how complex…_](…)`: a full name with its source after it credits the
			// quote; a name alone only when the note knows it (a title may be a topic or the note's own label).
			if (speaker === null && (r.timestamp !== null || names.knows(r.calloutTitle) || (r.calloutSourced === true && /\S\s+\S/.test(r.calloutTitle) && isPlausibleName(r.calloutTitle)) || (r.calloutDeclared === true && isPlausibleName(r.calloutTitle)))) {
				q.speaker = names.resolve(r.calloutTitle, null).speaker;
				q.speakerRaw = r.calloutTitle;
				q.inferred = "callout-title";
			}
		}
		if (kind === "turn" && r.kind !== "turn") q.speakerRaw = solo?.label ?? null;
		if (q.speaker === null && q.speakerRaw === null && !takeContext(q, r.leadIn ?? null, "lead-in", names, voices)) takeMention(q, r.leadText ?? null, names, subject);
		r.quote = q;
		out.push(q);
	}
	nameDiarisedVoices(out, names);
	unnameResearchRoles(out);
	for (let i = 0; i < raw.length; i++) {
		const r = raw[i];
		const q = r.quote;
		// A quote whose own label says nobody (`> **Interviewer:** …`) keeps no speaker.
		if (q === undefined || q.speaker !== null || q.speakerRaw !== null) continue;
		// `Y dice Uslar: "…"` then more paragraphs wholly in quotation marks: the same person goes on.
		const before = i > 0 ? raw[i - 1].quote : undefined;
		if (before !== undefined && continuesQuotation(before, q, lines)) {
			q.speaker = before.speaker;
			q.inferred = before.inferred;
			continue;
		}
		const next = r.next?.quote;
		if (next && next.speaker !== null && !inConversation()) {
			q.speaker = next.speaker;
			q.inferred = "next-quote";
			continue;
		}
		for (const h of r.headings?.() ?? []) {
			// A possessive heading over quoted bullets (`### Tim's Speaking Patterns:`) lists examples, not quotes.
			if (h.possessive === true && r.needsSpeaker === true) continue;
			if (takeContext(q, h, "heading", names, NO_VOICES, personHeads)) break;
		}
		// `Quote: "…"` presents a quotation wherever it stands, as a quotes section does.
		// An interview's answers under its questions are its guest's too.
		const guest = q.speaker === null && (r.quotesSection === true || r.field === true || r.answer === true) ? guestAt(q.line) : null;
		if (guest !== null) {
			q.speaker = names.resolve(guest, null).speaker;
			q.inferred = "single-guest";
		}
		if (q.speaker === null && !summarisesSection(q, lines, turns)) {
			const s = subject();
			if (s !== null) takeSubject(q, r, s, turns);
		}
		// `Dana Greyson has lived most of her life…`, then `“He asked me to go sailing,” she said.`: a reporter's
		// pronoun with no subject for the note stands for the person the paragraph above opens with.
		if (q.speaker === null && r.pronoun === true) {
			const named = paragraphSubjectAbove(lines, q.line - 1, names);
			if (named !== null) {
				q.speaker = named;
				q.inferred = "context";
			}
		}
		// `On what it takes to innovate:` in a post whose lead-ins name one person (topic-lead-in.ts).
		if (q.speaker === null && q.kind === "blockquote" && isTopicLeadIn(r.leadText)) {
			q.speaker = onlyLeadInSpeaker(out);
			if (q.speaker !== null) q.inferred = "context";
		}
	}
	// A quoted list item with no attribution outside a quotes section is a quote only when a speaker was
	// found; so is an unattributed blockquote that speaks of the note's subject by name (a show note).
	const dropped = new Set<Quote>();
	for (const r of raw) {
		const q = r.quote;
		if (q === undefined || q.speaker !== null) continue;
		if (r.asks !== undefined) {
			const answerer = r.asks.quote?.speaker ?? null;
			if (answerer === null) dropped.add(q);
			// An interview write-up's questions are its author's (`author: Marc Gemis`), unless the author answers.
			else if (author !== null && nameKey(author) !== nameKey(answerer)) {
				q.speaker = names.resolve(author, null).speaker;
				q.inferred = "frontmatter";
			}
		} else if (r.needsSpeaker === true || (q.speakerRaw === null && q.kind === "blockquote" && speaksOfSubject(q.text, subject()))) dropped.add(q);
		else if (q.kind === "blockquote" && q.speakerRaw === null && captionsLink(lines, q.line)) dropped.add(q);
		else if (summarisesSection(q, lines, turns)) dropped.add(q);
		// `- Show notes:` over the episode's blurb in a blockquote: the show describing itself, no one's words.
		else if (q.kind === "blockquote" && q.speakerRaw === null && DESCRIPTION_LEAD_IN.test((r.leadText ?? "").trim())) dropped.add(q);
	}
	const kept = dropped.size > 0 ? out.filter((q) => !dropped.has(q)) : out;
	withInitialsWritten(kept, lines);
	return finishParagraphs(kept, lines);
}

/** Capitalised words opening a paragraph, then a word in lower case: `Dana Greyson has lived…`, `Allen is from…`. */
const OPENING_NAME = /^[ \t]*(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})(?=[ \t]+\p{Ll})/u;

/**
 * The person the paragraph above 0-based line `at` opens with (one blank line between at most), when the note knows
 * the full name (`Allen` for Winston Allen); null otherwise. A story's paragraph opens with whom it is about.
 */
function paragraphSubjectAbove(lines: readonly string[], at: number, names: NoteNames): string | null {
	let k = at - 1;
	if (k >= 0 && lines[k].trim().length === 0) k--;
	if (k < 0 || lines[k].trim().length === 0) return null;
	while (k > 0 && lines[k - 1].trim().length > 0) k--;
	const m = OPENING_NAME.exec(lines[k]);
	if (m === null || !isPlausibleName(m[1])) return null;
	const full = names.resolve(m[1], null).speaker;
	return full !== null && full.indexOf(" ") > 0 ? full : null;
}

/**
 * `Juanita Webster` where the note also writes `Juanita H. Webster` (or `W. Lee Johnson Jr.` for `Lee Johnson`):
 * the speaker takes the one fuller form the note writes, initials and suffix included.
 */
function withInitialsWritten(quotes: Quote[], lines: readonly string[]): void {
	let forms: Map<string, Set<string>> | undefined;
	for (const q of quotes) {
		if (q.speaker === null || q.speaker.indexOf(" ") < 0) continue;
		forms ??= fullerForms(lines);
		if (forms.size === 0) return;
		const written = forms.get(q.speaker);
		if (written !== undefined && written.size === 1) q.speaker = written.values().next().value ?? q.speaker;
	}
}

/**
 * Whether `line` may hold an initial (`H. `) or a suffix (`Jr.`): a full stop after a capital that starts its
 * word, or after `Jr`/`Sr`. Most lines hold neither, and the name patterns are spared.
 */
function mayHoldInitial(line: string): boolean {
	for (let k = line.indexOf(".", 1); k > 0; k = line.indexOf(".", k + 1)) {
		const c = line.charAt(k - 1);
		const before = k > 1 ? line.charAt(k - 2) : " ";
		if (c === "r" && (before === "J" || before === "S")) return true;
		if (c >= "A" && c <= "Z" ? !isLetter(before) : c > "\u00bf" && c !== c.toLowerCase() && !isLetter(before)) return true;
	}
	return false;
}

function isLetter(c: string): boolean {
	return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c > "\u00bf" && c.toLowerCase() !== c.toUpperCase());
}
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
/** A first name, one or two initials, a surname (with its particle: `Ursula K. Le Guin`): `Juanita H. Webster`. */
const MIDDLE_INITIALS = new RegExp(String.raw`(${NAME_WORD})[ \t]+((?:\p{Lu}\.[ \t]+){1,2})((?:(?:[Ll][ae]|[Dd][aeiu]|[Dd]el|[Vv][ao]n|[Dd]er)[ \t]+)?${NAME_WORD})`, "gu");
/** A first name, a surname and a suffix: `Lee Johnson Jr.`. */
const NAME_SUFFIX = new RegExp(String.raw`(${NAME_WORD})[ \t]+()(${NAME_WORD}),?[ \t]+[JS]r\.`, "gu");
/** An initial right before a first name (`W. Lee Johnson`), a suffix right after a surname (`, Jr.`). */
const INITIAL_BEFORE = /\p{Lu}\.[ \t]+$/u;
const SUFFIX_AFTER = /^,?[ \t]+[JS]r\./;

/** `First Last` → every fuller form the note writes of it (initials before or between, a suffix after). */
function fullerForms(lines: readonly string[]): Map<string, Set<string>> {
	const forms = new Map<string, Set<string>>();
	for (const line of lines) {
		if (!mayHoldInitial(line)) continue;
		for (const re of [MIDDLE_INITIALS, NAME_SUFFIX]) {
			for (const m of line.matchAll(re)) {
				const before = line.slice(Math.max(0, m.index - 4), m.index);
				// A word right before is part of another name (`Ann-Juanita H. Webster`).
				if (/[\p{L}\p{M}-]$/u.test(before)) continue;
				const prefix = INITIAL_BEFORE.exec(before)?.[0] ?? "";
				const end = m.index + m[1].length + m[0].slice(m[1].length).indexOf(m[3]) + m[3].length;
				const suffix = SUFFIX_AFTER.exec(line.slice(end))?.[0] ?? "";
				const written = `${prefix}${m[1]} ${m[2]}${m[3]}${suffix}`.replace(/[ \t]+/g, " ");
				const key = `${m[1]} ${m[3]}`;
				if (written === key) continue;
				let set = forms.get(key);
				if (set === undefined) forms.set(key, (set = new Set()));
				set.add(written);
			}
		}
	}
	return forms;
}

/** Quoted paragraphs this long are a speaker's answer going on, not the short lines of a told dialogue. */
const LONG_QUOTATION = 80;

/** Whether `q`, a quoted paragraph, comes right after `before`, a long quoted paragraph whose speaker is known. */
function continuesQuotation(before: Quote, q: Quote, lines: readonly string[]): boolean {
	if (before.kind !== "paragraph" || q.kind !== "paragraph" || before.speaker === null) return false;
	if (before.text.length < LONG_QUOTATION || q.text.length < LONG_QUOTATION) return false;
	for (let k = before.endLine; k < q.line - 1; k++) if (lines[k].trim() !== "") return false;
	return true;
}

/**
 * The one person the note's title names (decision 10) for a quote nothing else attributes, unless its
 * words speak of them by name, or it stands inside a transcript turn (a speaker reading something out).
 * Paragraphs are left out: a quoted paragraph without a named speaker is hypothetical speech. An answer
 * under a question heading (answers.ts) is the interviewee's.
 */
/** Turns that make a note a transcript, whose other words are the note-taker's. */
const SUMMARISED_TRANSCRIPT = 4;
const HEADING_LINE = /^#{1,6}\s/;

/**
 * `## Go To Market` then `> Started with the most consumerized habit: Gyms` over an Otter transcript's turns: an
 * unattributed blockquote right under a heading of a transcript is the section's summary, the note-taker's words.
 */
function summarisesSection(q: Quote, lines: readonly string[], turns: ReadonlySet<TurnCandidate>): boolean {
	return q.kind === "blockquote" && q.speakerRaw === null && turns.size >= SUMMARISED_TRANSCRIPT && q.line >= 2 && HEADING_LINE.test(lines[q.line - 2]);
}

function takeSubject(q: Quote, r: RawQuote, subject: Subject, turns: ReadonlySet<TurnCandidate>): void {
	// Answers under question headings are the interviewee's: the person the title names, not whoever the
	// prose quotes (a blog post answering its own questions writes "…, Scott Galloway predicts." there).
	// `## Quotes` then `"We are on the brink of a new era…"`: a heading that declares its paragraphs quotes.
	const declared = q.kind === "paragraph" && subject.fromTitle && r.quotesSection === true;
	const answer = (r.answer === true && (subject.fromTitle || subject.answers === true)) || r.field === true || declared;
	// A reporter's `"…," he says.` stands for the person the note is about, as an answer does.
	if (q.kind === "turn" || (q.kind === "paragraph" && !answer && r.pronoun !== true) || (r.inTurn !== undefined && turns.has(r.inTurn)) || (speaksOf(q.text, subject.name) && !introducesSelf(withoutNicknames(q.text), subject.name))) return;
	q.speaker = subject.name;
	q.inferred = "context";
}

/** A note's titles: the file name, frontmatter `title`, a `title::` field, the level-1 heading. */
/**
 * `# Cultural Accessibility at the MCA` then at once `## Anna Chiaretta Lavatelli, Susan Chun and Sina Bahram - …`:
 * the people a subtitle names, for the speakers' full names (not the note's subject: a subtitle names topics too).
 */
/** `subtitle: Tim Arbabzadah goes on pun overload as he asks…`, `summary: …hosts Jon Kohlmeier and Stan Lemon…`, `source: Jacob Dietle`: the people a post's standfirst, an episode's summary or a note's source names. */
function standfirstPeople(fm: Frontmatter): string[] {
	const out: string[] = [];
	for (const key of ["subtitle", "description", "summary", "source"]) {
		const value = fm[key];
		// Two words only: a sentence's first word runs into a name (`Meeting Ashish Dubey was like…`). An episode's
		// description runs to a paragraph (`Jason Miller and Henry Zhu do a follow up episode on…`, 420 characters).
		if (typeof value === "string" && value.length <= 800) out.push(...namesInText([value], 0).filter((n) => n.split(" ").length === 2));
	}
	return out;
}

/**
 * `tags: [Jimmy Kimmel, Psy]`: a blog's tags written as full names (Hexo, Jekyll; Obsidian's own tags hold no
 * spaces), for the full names of the first names its transcript labels (`**Jimmy** :`).
 */
function tagPeople(fm: Frontmatter): string[] {
	const tags = fm.tags;
	if (!Array.isArray(tags)) return [];
	return tags.filter((t): t is string => typeof t === "string" && t.length <= 40 && /\S\s+\S/.test(t) && isPlausibleName(t));
}

function subtitlePeople(scan: ScanResult): string[] {
	const h1 = scan.headings.findIndex((h) => h.level === 1);
	const sub = h1 < 0 ? undefined : scan.headings[h1 + 1];
	return sub !== undefined && sub.level === 2 && sub.line === scan.headings[h1].line + 1 ? titlePeople(sub.text) : [];
}

/** `### Moderator:  Danny Ryan<!-- omit in toc -->`: a heading giving a role in the call or the show to a person. */
const ROLE_HEADING = /^(?:moderator|moderated by|facilitator|chair|host|hosts|guest|guests|speaker|speakers|presenter|presenters|panelist|panelists|interviewer|interviewee)\s*[:：]\s*(\S.*)$/i;

/** The full names that headings give roles (`### Moderator: Danny Ryan`), so that `**Danny**:` is him. */
function rolePeople(scan: ScanResult): string[] {
	const out: string[] = [];
	for (const h of scan.headings) {
		const m = ROLE_HEADING.exec(h.text.replace(/<!--[^]*?-->/g, "").trim());
		if (m === null) continue;
		for (const part of m[1].split(/,|&|\s+and\s+/)) {
			const name = part.trim();
			if (/\S\s+\S/.test(name) && isPlausibleName(name)) out.push(name);
		}
	}
	return out;
}

/** `title` in Spanish, Portuguese, Italian, French, German and Dutch. */
const LOCAL_TITLE_KEYS = ["titulo", "título", "titolo", "titre", "titel"];

function noteTitles(fm: Frontmatter, scan: ScanResult, title: string, header: SiteHeader | null): string[] {
	const titles: string[] = [title];
	if (typeof fm.title === "string") titles.push(fm.title);
	// `name: "Stephen Colbert"`: a site's page about a person, titled by the person's name (a people collection).
	else if (typeof fm.name === "string" && isNameShaped(fm.name)) titles.push(fm.name);
	// `titulo: "Entrevista de Pedro Barbáchano"`: the same key in the note's own language.
	for (const key of LOCAL_TITLE_KEYS) if (typeof fm[key] === "string") titles.push(fm[key]);
	if (header !== null && header.title !== null) titles.push(header.title);
	// A site's title for search engines and link previews (`seo_title: An Interview With cURL's Daniel Stenberg`).
	for (const key of ["seo_title", "og_title"]) if (typeof fm[key] === "string") titles.push(fm[key]);
	const field = scan.fields.get("title");
	if (field !== undefined) titles.push(field);
	const h1 = scan.headings.find((h) => h.level === 1);
	if (h1 !== undefined) titles.push(h1.text);
	return titles;
}

/** `An Interview With Cendyne`: a title naming the one interviewed by a single name (an online name, a stage name). */
const ONE_NAME_INTERVIEW = /^(?:an?\s+)?(?:interview|conversation|q\s?&\s?a)\s+with\s+(\p{Lu}[\p{Ll}\p{M}'’-]{2,})$/iu;

/** `An Interview With Myself`: a pronoun where the name would be. */
const PRONOUNS = new Set(["me", "myself", "you", "yourself", "him", "himself", "her", "herself", "us", "ourselves", "them", "themselves", "everyone", "nobody"]);

/** The single name an interview's title gives its guest, for an interview asking three bold questions or more; or null. */
function oneNameInterviewee(titles: readonly string[]): string | null {
	for (const t of titles) {
		const m = ONE_NAME_INTERVIEW.exec(t.trim());
		if (m !== null && isPlausibleName(m[1]) && !PRONOUNS.has(m[1].toLowerCase())) return m[1];
	}
	return null;
}

/** The person a note is about: from its titles (decision 10) or, failing that, its prose (decision 22). */
interface Subject {
	name: string;
	fromTitle: boolean;
	/** The prose says this person answered the questions: the answers under question headings are theirs, as a title's person's are. */
	answers?: boolean;
}

/** Whether `text` speaks of the note's subject by name. */
function speaksOfSubject(text: string, subject: Subject | null): boolean {
	return subject !== null && speaksOf(text, subject.name);
}

/**
 * The person the note's titles name (frontmatter `title`, a `title::` field, the level-1 heading, the file
 * name) and its body speaks of: see quotes/subject.ts.
 */
function subjectOf(read: TitlesRead, scan: ScanResult, lines: string[], bodyStart: number, names: NoteNames, hosts: string[]): string | null {
	const titles = read.titles;
	const h1 = scan.headings.find((h) => h.level === 1);
	// The body without the lines that repeat a title (the heading itself, `full-title:: …`): a title
	// written twice is no evidence that the note speaks of a person.
	// Compared as words only, so a copy with other marks (`full-title:: "… \\#260"`) or a shorter copy of
	// the title (without its "(highlights)") is a repeat too. Only lines holding a title's first word are read so.
	const words = titles.map(wordsOf).filter((t) => t.length >= 8);
	const heads = words.map((t) => t.split(" ")[0]);
	const repeats = (line: string) => {
		if (titles.some((t) => t.length >= 8 && line.includes(t))) return true;
		if (!heads.some((h) => line.includes(h))) return false;
		const w = wordsOf(line.replace(/^\s*[\w-]{1,40}::/, ""));
		return w.length > 0 && words.some((t) => w.includes(t) || (w.length >= 20 && t.includes(w)));
	};
	// Whether the body names a person the titles name: a line is checked for being a repeat only when it
	// holds the name (a name never spans lines, so this is the joined body's answer).
	const inBody = (name: string) => {
		const first = name.slice(0, Math.max(0, name.indexOf(" ")));
		for (let i = bodyStart; i < lines.length; i++) {
			// `Marco ‘daemon’ Michna`: the name with a nickname in quotation marks inside it, as a profile introduces a person.
			const said = hasWord(lines[i], name) || (first !== "" && lines[i].includes(first) && hasWord(withoutNicknames(lines[i]), name));
			if (said && (h1 === undefined || i !== h1.line - 1) && !repeats(lines[i])) return true;
		}
		return false;
	};
	// Whether a body line says so of the name: presents it as the one interviewed, or as the show's name.
	const inBodyLine = (says: (line: string, name: string) => boolean) => (name: string) => {
		for (let i = bodyStart; i < lines.length; i++) if (says(lines[i], name)) return true;
		return false;
	};
	const interviewed = inBodyLine(interviewedIn);
	// `Ancelotti: …`: the one full name of the body that the headline's label begins or ends.
	const fullName = (word: string) => {
		const found = namesInText(lines, bodyStart).filter((n) => {
			const parts = n.split(" ");
			return parts[0] === word || parts[parts.length - 1] === word;
		});
		return found.length === 1 ? found[0] : null;
	};
	return noteSubject(read, inBody, (name) => names.resolve(name, null).speaker, hosts, interviewed, fullName, inBodyLine(namesShowIn));
}

function finishParagraphs(out: Quote[], lines: string[]): Quote[] {
	// A paragraph in quotation marks is a quote only when someone is named for it (`"…" — Name`, or a lead-in
	// that names a person): under "These people always say:" it is hypothetical speech, not a quote. A
	// story's dialogue keeps its quoted paragraphs, with no speaker (quotes/told-dialogue.ts).
	if (!out.some((q) => q.kind === "paragraph" && q.speaker === null)) return out;
	const told = toldDialogue(out, lines);
	// `— Anonymous`, `-- **Anonyme**`: signed, by nobody known; still a quote.
	return out.filter((q) => q.kind !== "paragraph" || q.speaker !== null || q.speakerRaw !== null || told.has(q));
}

const NO_VOICES: ReadonlySet<string> = new Set();

/**
 * Names that stand alone on a line before a blockquote (`Rev:` then `> …`, later `PJ:` then `> …`), when
 * the note has two or more of them: the voices of a dialogue written as lead-ins. One such line alone
 * (`Background:`) is no voice.
 */
function loneLeadIns(raw: RawQuote[]): ReadonlySet<string> {
	const found = new Set<string>();
	for (const r of raw) {
		const lead = r.leadIn;
		if (lead == null || lead.evidence !== "bare" || !isPlausibleName(lead.name)) continue;
		// The scan hands a lone label line (`Rev:`) over with no paragraph text.
		const text = (r.leadText ?? "").replace(/[*_:：\s]/g, "");
		if (text === "" || text === lead.name.replace(/\s/g, "")) found.add(nameKey(lead.name));
	}
	return found.size >= 2 ? found : NO_VOICES;
}

/**
 * A lead-in paragraph ending in `:` that mentions exactly one person the note knows (`…coming from a guy
 * named Emanuel Derman, … :`, `The analogy Dwarkesh made is apt:`) introduces that person's words.
 */
function takeMention(q: Quote, text: string | null, names: NoteNames, subject: () => Subject | null): void {
	if (text === null || !endsWithColon(text)) return;
	// `Zu Deutsch:` over a translation: the label of the version below, no one mentioned.
	if (VERSION_LABELS.includes(text.replace(/[*_:：\s]+$/, "").trim().toLowerCase())) return;
	const found: Array<{ name: string; speaker: string }> = [];
	// Names read already: the words of `Elizabeth Gilbert` after `with` are not read again one by one.
	const read: string[] = [];
	// A link is read as it shows: `[[Beginner's Mind|beginner's mind]]` names no one.
	const shown = wikilinksShown(text);
	for (const name of mentionedNames(shown)) {
		// `Alda expounds on this:` in a note that names Alan Alda: a surname the note's full names explain.
		const resolved = names.resolve(name, null).speaker;
		const bySurname = resolved !== name && /\S\s+\S/.test(resolved) && name.indexOf(" ") < 0;
		if (!names.knows(name) && !names.writes(name) && !bySurname) continue;
		if (read.some((r) => r.split(" ").includes(name))) continue;
		read.push(name);
		// `Columbia University`, `Wall Street`: written like names, but nobody's.
		// `In the book [Unreasonable Hospitality](…) the author, Will Guidara, … He says:`: a title, not the voice.
		if (!isPlausibleName(resolved) || addressed(shown, name) || topicOn(shown, name) || namedAsWork(shown, name)) continue;
		if (!found.some((f) => f.speaker === resolved)) found.push({ name, speaker: resolved });
	}
	if (found.length === 0) return;
	// `Se destaca la importancia de **Game Arena** para…:`, `…expandir el Game Arena…:` in a note whose title
	// names Demis Hassabis: a name in bold or after an article, neither a speaker of the note nor its subject,
	// is a thing the caption is about, not who speaks (quotes/named-thing.ts).
	const about = subject();
	if (about !== null && about.fromTitle && found.every((f) => !names.knows(f.name) && f.speaker !== about.name && namedAsThing(shown, f.name))) return;
	// Two people: nobody can tell, unless the sentence that leads in speaks of one by a pronoun (`Here's
	// what he said:`), who is then the person the paragraph introduced first.
	// `…and I loved this response from Afeyan:`: the name the lead-in ends on after "from" or "by" is the speaker.
	const from = found.length > 1 ? found.find((f) => endsFrom(shown, f.name)) : undefined;
	if (from === undefined && found.length > 1 && !pronounLead(shown, found)) return;
	const chosen = from ?? found[0];
	q.speaker = chosen.speaker;
	q.speakerRaw = chosen.name;
	q.inferred = "lead-in";
}

/** `On Claude Code specifically, he explains…:`: a name right after a sentence's opening "On" is its topic. */
function topicOn(text: string, name: string): boolean {
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
		if (/(?:^|[.!?:]\s+|\n)On\s+$/.test(text.slice(Math.max(0, at - 40), at))) return true;
	}
	return false;
}

/** Whether a lead-in ends with `from Name:` / `by Name:` (`this response from Afeyan:`, `words by Ada Brook:`). */
function endsFrom(text: string, name: string): boolean {
	const end = text.replace(/[\s*_]*[:：]\s*$/, "");
	if (!end.endsWith(name)) return false;
	const before = end.slice(0, end.length - name.length).trimEnd();
	return /(?:^|\s)(?:from|by|de|von|di|da)$/i.test(before);
}

/** Third-person pronouns that stand for a person named earlier. */
const PRONOUN = /(?:^|[^\p{L}])(?:he|she|him|her|his|ele|ela|er|sie|il|elle|él)(?=[^\p{L}]|$)/iu;

/** A sentence's end before a capital letter. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/gu;

/** Whether the last sentence of a lead-in refers to its speaker by a pronoun and names none of `found`. */
function pronounLead(text: string, found: ReadonlyArray<{ name: string }>): boolean {
	const ends = allMatches(SENTENCE_END, text);
	const last = ends.length > 0 ? text.slice((ends[ends.length - 1].index ?? 0) + 1) : text;
	return PRONOUN.test(last) && !found.some((f) => last.includes(f.name));
}

/** Words before a name that make it the one spoken to or about: `I told Ada Brook:`, `eu disse para Indi:`. */
const TO_NAME = new Set(["to", "for", "with", "about", "para", "pra", "com", "sobre", "à", "zu", "an", "mit", "über", "avec", "con"]);

/** Whether every place `text` writes `name` follows a word such as "to" (the listener, not the speaker). */
function addressed(text: string, name: string): boolean {
	let any = false;
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
		const before = text.slice(Math.max(0, at - 12), at).trim().split(/\s+/).pop() ?? "";
		if (!TO_NAME.has(before.toLowerCase())) return false;
		any = true;
	}
	return any;
}

/**
 * Gives `q` the speaker a lead-in or heading names, when it is trusted: a name the note already knows, or
 * a plausible name the wording presents as a speaker (a lead-in's bare full name counts too).
 */
function takeContext(q: Quote, found: ContextName | null, how: "lead-in" | "heading", names: NoteNames, voices: ReadonlySet<string> = NO_VOICES, persons: () => ReadonlySet<string> = () => NO_VOICES): boolean {
	if (found === null) return false;
	const known = names.knows(found.target ?? found.name) || names.knows(found.name) || voices.has(nameKey(found.name));
	const fullName = /\S\s+\S/.test(found.name);
	// A heading is a topic more often than a speaker: one capitalised word (`## Courage on the job`) needs the
	// note to know the name or to link it; a lead-in's wording (`Maya on remote teams:`) is enough.
	const worded = found.evidence === "worded" && (how === "lead-in" || fullName || found.target !== null);
	const bare = (fullName && how === "lead-in") || persons().has(nameKey(found.name));
	const trusted = known || found.user === true || (isPlausibleName(found.name) && (worded || bare)) || possessiveTrusted(found, names);
	if (!trusted) return false;
	// `- [Collège de France](…)` over `> Le Collège de France met à votre disposition…`: the words speak of what
	// the line above names, as a blurb does; nobody speaks of themselves by their full name. So does a talk's
	// blurb under the heading that names its speaker (`## [Alex Laskey - How …](…)`, `> … Alex Laskey shows how…`).
	if (fullName && q.text.indexOf(found.name) >= 0) return false;
	q.speaker = names.resolve(found.name, found.target).speaker;
	q.speakerRaw = found.name;
	q.inferred = how;
	return true;
}

/**
 * `### H. Mason`, `### K. Dere` under `## Notes from Interview with CHIANTI Team`: sibling headings that are mostly
 * full names, two or more, head each person's words. One such heading alone is as often a section about someone.
 */
function personHeadings(headings: readonly Heading[], lines: readonly string[]): Set<string> {
	const groups = new Map<number, { people: string[]; marked: boolean; size: number }>();
	const open: Heading[] = [];
	for (const h of headings) {
		while (open.length > 0 && open[open.length - 1].level >= h.level) open.pop();
		// Siblings: the same level under the same parent heading (its line; 0 for the top).
		const key = (open.length > 0 ? open[open.length - 1].line : 0) * 8 + h.level;
		const named = h.level >= 2 ? headingName(h.text) : null;
		// Under a heading that says quotes (`# Quotes` over `## Socrates`, `## Martin Luther King Jr.`), one name is enough.
		const underQuotes = open.length > 0 && SAYINGS_HEADING.test(open[open.length - 1].text);
		const person = named !== null && named.evidence === "bare" && (underQuotes || /\S\s+\S/.test(named.name)) && named.name.split(/\s+/).length <= 4 && isPlausibleName(named.name);
		const group = groups.get(key) ?? { people: [], marked: false, size: 0 };
		groups.set(key, group);
		// `# Verified Quotes: RAP` over `## Category 1: Pioneers` over `### DJ Kool Herc`: quotes said further up mark full names too.
		group.marked ||= underQuotes || open.some((o) => SAYINGS_HEADING.test(o.text));
		group.size++;
		if (person && named !== null) {
			group.people.push(nameKey(named.name));
			group.marked ||= PERSON_MARK.test(h.text) || bylineBelow(lines, h.line, named.name);
		}
		open.push(h);
	}
	const out = new Set<string>();
	for (const group of groups.values()) {
		const people = new Set(group.people);
		if (group.marked && people.size >= 2 && people.size * 2 >= group.size) for (const n of people) out.add(n);
	}
	return out;
}

/**
 * What only a person's heading writes: an initial (`H. Mason`), an honorific (`Dr. Satchin Panda`), a link to
 * the person (`[Arsh Sharma](https://github.com/…)`). Headings of topics (`Flat Hierarchy`) read as names too.
 */
const PERSON_MARK = /^\s*(?:\p{Lu}\.\s|(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s|\[)/u;

/** `## Hilary Gridley` then `*Hilary Gridley*` on the next line: the name again as a byline, as only a person's heading has. */
function bylineBelow(lines: readonly string[], line: number, name: string): boolean {
	const below = (lines[line] ?? "").trim();
	const mark = below.charAt(0);
	return (mark === "*" || mark === "_") && below.length === name.length + 2 && below.endsWith(mark) && below.slice(1, -1) === name;
}

/** `### Tim's Philosophy:` trusted when the note resolves `Tim` to a full name (`## Tim Ferriss's Approach`). */
function possessiveTrusted(found: ContextName, names: NoteNames): boolean {
	return found.possessive === true && /\S\s+\S/.test(names.resolve(found.name, null).speaker);
}

const SEPARATOR = /[\s,]/;

function tagsOf(fm: Frontmatter, inline: ReadonlySet<string>): string[] {
	const out = new Set<string>();
	for (const v of listOf(fm.tags ?? fm.tag)) {
		if (typeof v !== "string") continue;
		// A tag is usually one word: split and strip `#` only when there is something to split or strip.
		for (const t of SEPARATOR.test(v) ? v.split(/[\s,]+/) : [v]) {
			const tag = (t[0] === "#" ? t.slice(1) : t).trim();
			if (tag.length > 0) out.add(tag);
		}
	}
	for (const t of inline) out.add(t);
	return [...out];
}

/** The labels (lower case) of a transcript's turns that name someone: voices a list item may be labelled with too. */
function turnVoices(turns: readonly TurnCandidate[]): Set<string> {
	const voices = new Set<string>();
	for (const t of turns) if (!t.continued && !isNobodysLabel(t.label)) voices.add(t.label.toLowerCase());
	return voices;
}

/** The texts of the headings open at 1-based `line`, outermost first. */
function openHeadings(headings: readonly { level: number; text: string; line: number }[], line: number): string[] {
	const open: { level: number; text: string }[] = [];
	for (const h of headings) {
		if (h.line >= line) break;
		while (open.length > 0 && open[open.length - 1].level >= h.level) open.pop();
		open.push(h);
	}
	return open.map((h) => h.text);
}
