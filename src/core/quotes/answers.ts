// Interviews written as questions and answers: `## What is your background?` then the guest's answer in
// plain paragraphs, with no label, quotation marks or blockquote. Such an answer is the guest's words when
// the note is an interview: at least three of its headings ask a question, or three paragraphs that are one
// bold question each (`**Why do you like open source?**`). The answer is handed over as
// a paragraph quote with no speaker; it is kept only when the note's subject (decision 10) speaks it
// (note/index.ts), so a blog post that asks questions and answers them itself gives nothing.
import { headingName, type ContextName } from "./context";
import { firstNonSpace, isTemplateTag } from "../util/lines";
import { rawQuote, type RawQuote } from "./raw";

/** How many question headings make a note an interview. */
const MIN_QUESTIONS = 3;

interface HeadingLine {
	level: number;
	text: string;
	/** 1-based. */
	line: number;
}

/** Whether a heading asks something (`What is your background?`, `你的背景是什么？`). */
export function isQuestion(text: string): boolean {
	const t = text.replace(/[*_\s]+$/, "");
	const last = t.charAt(t.length - 1);
	return last === "?" || last === "？";
}

/**
 * Whether a line can be part of an answer's prose: not a block of its own (a blockquote, a list, a
 * table, HTML, an image, a fence, template markup such as `{% include … %}`).
 */
function isProse(line: string): boolean {
	const p = firstNonSpace(line);
	if (p === line.length) return false;
	const c = line[p];
	if (c === ">" || c === "<" || c === "|" || c === "{" || c === "`" || c === "~" || c === "#" || c === "!") return false;
	if ((c === "-" || c === "*" || c === "+") && (line[p + 1] === " " || line[p + 1] === "\t")) return false;
	return !/^\d{1,9}[.)][ \t]/.test(line.slice(p));
}

/**
 * The answer under each question heading of level 2 or more: the prose paragraphs right below it, up to
 * the first other block or the next heading. `taken` says whether a 1-based line already belongs to a
 * quote (then the answer stops before it). Empty unless the note asks at least three questions.
 */
export function answersAt(lines: string[], headings: readonly HeadingLine[], taken: (line: number) => boolean, boldQuestions: ReadonlyArray<{ line: number; text: string }> = []): RawQuote[] {
	let questions = headings.filter((h) => h.level >= 2 && isQuestion(h.text));
	// `**Why do you like open source?**` then the answer: a bold question line asks as a heading would.
	const bold = boldQuestions.length >= MIN_QUESTIONS ? boldQuestions.map((b) => ({ level: 7, text: b.text, line: b.line })) : [];
	if (questions.length < MIN_QUESTIONS && bold.length === 0) return [];
	if (questions.length < MIN_QUESTIONS) questions = [];
	const marks = bold.length === 0 ? headings : [...headings, ...bold].sort((a, b) => a.line - b.line);
	questions = [...questions, ...bold].sort((a, b) => a.line - b.line);
	const out: RawQuote[] = [];
	for (const q of questions) {
		// A bold question is no heading: its answer stands in the section of the headings above it.
		const quote = answerBelow(lines, q, marks, headings, taken);
		if (quote === null || explains(q.text, quote.text)) continue;
		quote.answer = true;
		// The bold question is the interviewer's, nobody named: a quote while its answer is one (finishQuotes).
		if (q.level === 7) {
			const asked = rawQuote("turn", q.line, q.line, q.text, quote.section, null);
			asked.asks = quote;
			out.push(asked);
		}
		out.push(quote);
	}
	if (bold.length > 0) nameAnswerers(out.filter((a) => a.asks === undefined));
	return out;
}

/**
 * `### Mark Klink`, `### Peter McHugh`, each over the same bold questions: a questionnaire answered by the
 * person each heading names. Two or more such headings, each a full name, say so (one may be a topic).
 */
function nameAnswerers(answers: RawQuote[]): void {
	const named = new Map<string, ContextName>();
	for (const a of answers) {
		const section = a.section[a.section.length - 1];
		if (section === undefined || named.has(section)) continue;
		const name = headingName(section);
		if (name === null || name.evidence !== "bare" || !/^\S+(?:\s+\S+){1,3}$/.test(name.name)) return;
		named.set(section, { ...name, evidence: "worded" });
	}
	if (named.size < 2) return;
	for (const a of answers) {
		const name = named.get(a.section[a.section.length - 1]);
		if (name !== undefined) a.headings = () => [name];
	}
}

/** Words after which an answer is long enough to tell whether someone speaks in it. */
const EXPLAINER_WORDS = 12;

/**
 * `## What is Exa and how is it different…?` then `Exa is a semantic search engine built specifically for…`:
 * a question that addresses nobody, answered at length with no one speaking of themself, is the writer
 * explaining (a write-up's FAQ), not an interviewee answering.
 */
function explains(question: string, answer: string): boolean {
	return !ADDRESSES.test(question) && !FIRST_PERSON.test(answer) && answer.split(/\s+/).length >= EXPLAINER_WORDS;
}

/** Words that address the one asked (`you`, `du`, `vous`, `你`, `あなた`, Vietnamese `anh`, Indonesian `kamu`, …; not `em`, Portuguese "in"). */
const ADDRESSES = /(?:^|[^\p{L}])(?:you|your|yours|yourself|du|dich|dir|dein|deine|euch|euer|ihnen|vous|votre|vos|tu|toi|ton|usted|ustedes|tú|você|vocês|jij|jouw|uw|ty|ciebie|ты|вы|ваш|твой|bạn|anh|chị|kamu|anda)(?![\p{L}])|[你您]|あなた|당신/iu;
/** Words of someone speaking of themself (`I`, `we`, `ich`, `nous`, `我`, `私`, `저는`, …). */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I'm|I’m|I've|I’ve|me|my|we|our|us|ich|mir|mich|mein|meine|wir|uns|unser|je|j'|j’|moi|mon|ma|mes|nous|notre|yo|mí|mis|nosotros|eu|meu|minha|nós|ik|mij|wij|ons|ja|mnie|я|мы|мой|наш|tôi|mình|saya|aku|kami)(?![\p{L}'’])|[我私僕]|わたし|(?:^|\s)(?:저는|제가|저희|나는|내가|우리)/u;

/**
 * The prose paragraphs right below question `q`, up to the first other block, a `taken` line or the next of
 * `marks` (headings, bold questions), as a paragraph quote with no speaker; or null when none follows.
 */
function answerBelow(lines: string[], q: HeadingLine, marks: readonly HeadingLine[], headings: readonly HeadingLine[], taken: (line: number) => boolean): RawQuote | null {
	const next = marks.find((h) => h.line > q.line);
	const stop = next === undefined ? lines.length : next.line - 1;
	let first = -1;
	let last = -1;
	for (let i = q.line; i < stop; i++) {
		if (firstNonSpace(lines[i]) === lines[i].length) continue;
		// `{{< /iquestion >}}` closing the question's box: markup between the question and its answer.
		if (first < 0 && isTemplateTag(lines[i])) continue;
		if (!isProse(lines[i]) || taken(i + 1)) break;
		if (first < 0) first = i;
		last = i;
	}
	return first < 0 ? null : rawQuote("paragraph", first + 1, last + 1, lines.slice(first, last + 1).join("\n").trim(), sectionOf(headings, q), null);
}

/**
 * In a transcript whose voices are labelled, a question heading that addresses one of them by name (`### Et
 * Pierre-Yves, même question. Quels sont les objectifs d'OW2 ?`) heads that voice's unlabelled answer: the prose
 * right below it, up to another block, a taken line or the next heading. `voices` are the turns' labels.
 */
export function addressedAnswersAt(lines: string[], headings: readonly HeadingLine[], taken: (line: number) => boolean, voices: readonly string[]): RawQuote[] {
	const out: RawQuote[] = [];
	for (const q of headings) {
		if (q.level < 2 || !isQuestion(q.text)) continue;
		const addressed = voices.filter((v) => addresses(q.text, v));
		if (addressed.length !== 1) continue;
		const quote = answerBelow(lines, q, headings, headings, taken);
		if (quote === null) continue;
		const voice: ContextName = { name: addressed[0], target: null, evidence: "worded" };
		quote.headings = () => [voice];
		out.push(quote);
	}
	return out;
}

/** Whether a heading names a voice: its first word as a word of the heading (`Pierre-Yves`, `Mathilde`). */
function addresses(heading: string, voice: string): boolean {
	const first = voice.split(/\s+/)[0];
	if (first.length < 3) return false;
	const at = heading.indexOf(first);
	if (at < 0) return false;
	const before = heading.charAt(at - 1);
	const after = heading.charAt(at + first.length);
	return !/[\p{L}\p{M}-]/u.test(before) && !/[\p{L}\p{M}-]/u.test(after);
}

/** The texts of the headings `q` stands under, outermost first, `q` last (as the scan gives a section). */
function sectionOf(headings: readonly HeadingLine[], q: HeadingLine): string[] {
	const stack: HeadingLine[] = [];
	for (const h of headings) {
		if (h.line > q.line) break;
		while (stack.length > 0 && stack[stack.length - 1].level >= h.level) stack.pop();
		stack.push(h);
	}
	return stack.map((h) => h.text);
}
