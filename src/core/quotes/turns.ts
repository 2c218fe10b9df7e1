// Transcript turns: `**Name:** text`, `**Name**：text`, `**Name (00:01:02)** text`, `Name (00:01:02): text`,
// `[00:00:28] Lenny: text`, `[0:01:29.4] JB: text`, `[Speaker 5] [01:51] text`, `Aaron van Wirdum: 00:00:08`
// (text on the next line), plain `Pierre: text`, and labels with only a time (`(00:01:27):`,
// `**(08:25):**`) that continue the speaker before. A label is a speaker only when it recurs in the note
// (after first names join full names: one `**Lex Fridman**：` and many `**Lex**：` are one speaker) or
// names a frontmatter person, so one-off bold labels (`**Aromatases:**`, `**核心提示**：`) never become
// speakers; a plain `Name:` label also needs a second recurring label (a transcript has two voices).
import { THE_OFFICE } from "../speakers/offices";
import { isPlausibleName } from "./context";
import { fieldValue } from "./guest-line";
import { hasInitials, INITIALS, isAbstractNoun, isNameShaped, nameKey, personName, VERSION_LABELS, WRITTEN_INITIALS } from "./names";
import { hasColon, TEMPLATE_TAG } from "../util/lines";
import { unquoted } from "../util/strings";
import { clockOf } from "../play/time";

export interface TurnCandidate {
	label: string;
	timestamp: string | null;
	/** 1-based lines of the turn, continuation paragraphs included. */
	line: number;
	endLine: number;
	/** Where the turn's text starts on its first line. */
	textStart: number;
	section: string[];
	/** The label held only a time (`**(08:25):**`): `label` is the previous turn's, set by the scan. */
	continued: boolean;
	/** A bare `Name:` with no bold, bracket or time: trusted only in a note with two recurring labels. */
	plain: boolean;
	/** Initials written after the name (`Adam Levine (AL):`), which later labels may use alone. */
	initials: string | null;
	/** The label was the word itself (`Answer:`, `Frage:`), given here as `A` or `Q` like an initial. */
	spelt?: boolean;
	/** An HTML paragraph's label (`<p><strong>Nic</strong>`): its words are HTML paragraphs, read without their tags. */
	html?: boolean;
	/** The markup says it is the speaker (`<span class="speaker">Crito</span>`): a voice though it speaks once. */
	declared?: boolean;
	/** A label alone in an HTML element whose words are the text lines below it (`<div class="name">SK:</div>`). */
	wordsBelow?: boolean;
	/** Its lines after the first open with a caption's time (`(0:03) …`), read without it. */
	captions?: boolean;
	/** Name and words in one bold span (`**Sandipan: Why?**`): a turn only when a question closes it. */
	wrapped?: boolean;
	/** Name and words in one italic span (`*Kashkari: “…”*`): its words are read without the closing mark. */
	italic?: boolean;
	/** A handle in lower case set off by markup (`**cso67:**`, `<code>sioneus</code> -`): see acceptTurns. */
	handle?: boolean;
	/** A bold name alone with no colon (`**Pooja Ranjan**`): a label only with its words on the very next line. */
	nameAlone?: boolean;
	/** `…: text`: an ellipsis for the name, the speaker before speaking again; it counts as that voice's turn. */
	ditto?: boolean;
	/** A lower-case label whose words open with a quotation mark (`ellara: "who's they"`): see acceptTurns. */
	quoted?: boolean;
	/** Its words go on in lines that open with an ellipsis (`... we should`), as a scribe's minutes write them. */
	scribed?: boolean;
	/** A message of an IRC log (`13:02 <@jnewbery> words`, quotes/chat-log.ts): see acceptTurns. */
	chat?: boolean;
	/** A bold label in square brackets (`**[Sina]:**`): beside voices written without them, the note-taker's aside (acceptTurns). */
	squared?: boolean;
	/** A list item opening with a name in brackets (`- (Tuomas) In Finland…`, shared meeting notes): see acceptItemTurns. */
	bracketed?: boolean;
	/** HackMD's author tag opens the item (`- [name=Guillaume] …`): who wrote it, said outright. */
	tagged?: boolean;
}

const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d{1,3})?`;
// `**Name:** text`, `**Name**: text`, and `**Name: **text`: transcripts converted from web pages close the
// bold after the colon and its space.
// `__Megan: [00:00:52]__ text` (Trint) is the same label in the other Markdown bold.
const boldLabel = (mark: string, not: string) => new RegExp(String.raw`${mark}([^${not}\n]{1,80}?)(?:${mark}[ \t]*[:：]|[:：][ \t]*${mark})[ \t]*`, "y");
const boldTimed = (mark: string, not: string) => new RegExp(String.raw`${mark}([^${not}\n(\[]{1,80}?)[ \t]*[:：]?[ \t]*[(\[]${TIME}[)\]][ \t]*[:：]?${mark}[ \t]*[:：]?[ \t]*`, "y");
const BOLD = boldLabel(String.raw`\*\*`, "*");
const BOLD_TIMED = boldTimed(String.raw`\*\*`, "*");
const UNDERSCORE_BOLD = [boldTimed("__", "_"), boldLabel("__", "_")];
/** `*Joe Patti (00:00)*` (Riverside's label, set in italics by the site), also as typed: `*Adam Roth 00:47)*`, unclosed. */
const ITALIC_TIMED = new RegExp(String.raw`[*_]([^*_\n(\[]{1,60}?)[ \t]*[(\[]?${TIME}[)\]]?[ \t]*[*_]?[ \t]*[:：]?[ \t]*`, "y");
/** `*Maurice:* Welkom…`, `_Ludo_: Ja…`: a name in italics with its colon, a voice where two recur (as a plain label). */
const ITALIC_LABEL = /[*_]([^*_\n:：]{1,60}?)(?:[*_][ \t]*[:：]|[:：][ \t]*[*_])[ \t]+(?=\S)/y;
/** `*Kashkari: “We are much more worried…”*`: a name and its words in one italic span to the line's end. */
const ITALIC_WRAPPED = /([*_])([^*_\n:：]{1,40}?)[:：][ \t]+(?=[^*_\n]+\1[ \t]*$)/y;
/** `**(08:25):**`, `**[08:25]**`, `**08:25:**`: a time alone where the name would be. */
const BOLD_TIME_ONLY = new RegExp(String.raw`\*\*[ \t]*[(\[]?${TIME}[)\]]?[ \t]*[:：]?\*\*[ \t]*[:：]?[ \t]*`, "y");
const PLAIN_TIMED = new RegExp(String.raw`([^\s*#>|(\[][^()*\[\]\n]{0,60}?)[ \t]\(${TIME}\)[ \t]*[:：][ \t]*`, "y");
const DITTO = /(?:…|\.\.\.)[ \t]*[:：][ \t]+(?=\S)/y;
/** A time in brackets at the start of a line (not a link: no `(` after `]`); pasted transcripts may space it with a no-break space. */
const TIME_FIRST = new RegExp(String.raw`[(\[]${TIME}[)\]](?!\()[ \t\u00a0]*[:：]?[ \t\u00a0]*`, "y");
/** `\[00:01:16\]`: the same time as a converter to Markdown writes it, its brackets escaped (pandoc, Turndown). */
const ESCAPED_TIME_FIRST = new RegExp(String.raw`\\\[${TIME}\\?\][ \t\u00a0]*[:：]?[ \t\u00a0]*`, "y");
/** `0:12 ` or `0:12<tab>`: a bare time before a label. */
/** A bare time, then a space; a video editor's timecode keeps its frames and a dash (`00:00:27:13 - Erma Wood: …`). */
const TIME_THEN_SPACE = new RegExp(String.raw`${TIME}(?::\d{2})?(?:[ \t\u00a0]+[-–—])?[ \t\u00a0]+`, "y");
/** A link's target, maybe with its title (`(#t=0h0m23s "Jump to 00:00:23 in this episode")`, Transistor's transcripts). */
const LINK_TARGET = String.raw`\([^()\s]*(?:[ \t]+"[^"\n]{0,120}")?\)`;
/** `[24:40](https://youtube.com/…&t=1480s) `: a time linked to the video, as YouTube transcript feeds write it. */
const TIME_LINK = new RegExp(String.raw`(?:\[\[${TIME}\]${LINK_TARGET}\]|\[${TIME}\]${LINK_TARGET}|\[\[${TIME}\]\]${LINK_TARGET})[ \t]*`, "y");
/** The name and its colon closing a bold that opened with a linked time, the bold closed before or after the colon. */
const BOLD_NAME_CLOSE = /([^*\n:：[\]]{1,60}?)[ \t]*(?:[:：]\*\*|\*\*[ \t]*[:：])[ \t]*/y;
/**
 * A chapter's title after a linked time (`New releases`, `[Immer 10.2](https://…)`): a link, or two to six words that
 * no sentence's mark ends. Words said end with one (`Terrifyingly so.`).
 */
const CHAPTER_LINK = /^\[[^\]\n]{1,80}\]\([^()\s]*\)(?:[ \t]+\([^()\n]{0,60}\))?$/;
const CHAPTER_WORDS = /^\S+(?:[ \t]+\S+){1,5}$/;

/** Whether `text` (trimmed) is a chapter's title (see CHAPTER_LINK, CHAPTER_WORDS); no lookbehind, for older iOS. */
function isChapterTitle(text: string): boolean {
	return CHAPTER_LINK.test(text) || (CHAPTER_WORDS.test(text) && !/[.!?…"”)]$/.test(text));
}

/** Whether the line at `p` is a linked time, then a chapter's title (see isChapterTitle): it ends the turn above. */
export function isChapterCue(line: string, p: number): boolean {
	if (line.charAt(p) !== "[") return false;
	TIME_LINK.lastIndex = p;
	const linked = TIME_LINK.exec(line);
	return linked !== null && isChapterTitle(line.slice(p + linked[0].length).trim());
}

/** `[#P001] `: a paragraph's anchor id before its time and label, as a retrieval pipeline numbers a transcript. */
const ANCHOR_ID = /\[#[\w.-]{1,20}\][ \t]+(?=\S)/y;
/** `[Speaker 5] [01:51] text`, `[Bryan]: text`: a bracketed label before a time or a colon. */
const BRACKET = new RegExp(String.raw`\[([^\[\]\n]{1,60})\](?!\()[ \t]*(?:[(\[]${TIME}[)\]]|[:：])[ \t]*[:：]?[ \t]*`, "y");
/** `Name: text`, `Adam Levine (AL): text`, `Aaron van Wirdum: 00:00:08` (alone on its line). */
// A no-break space may follow the colon (`THE PRESIDENT:\u00a0 It was…`, pages converted from a site).
// Chinese and Japanese write no space after the full-width colon (`受訪者：請問…`).
// …nor, mostly, after an ASCII colon before Chinese (`Q:如何看待…`).
// `Valerie G (Secaucus, NJ):`: where a reader comes from, in brackets after the name, is no part of it.
const PLAIN = new RegExp(String.raw`([^\s:：*#>|(\[\]][^:：*\[\]()\n]{0,59}?)(?:[ \t]*\(([A-Z]{1,4})\)|[ \t]+\([^()\n:：]{2,40}\))?[ \t]*(?:[:：](?:[ \t]+${TIME}[ \t]*$|[ \t\u00a0]+|$)|：(?=\S)|:(?=[\u4e00-\u9fff“「])|:(?=[A-Z(]))`, "y");

/** A heading over the questions a talk or a meeting took: `Q&A`, `Q & A`, `Questions`, `Fragen`. */
const QA_HEADING = /^(?:q\s*&\s*a|q\/a|questions?(?:\s+(?:and|&)\s+answers?)?|fragen|preguntas|questions-réponses)\b/i;
/** A first name as an asker's label: one capitalised word (not an abstract noun: `Consciousness:` is a topic). */
const QA_ASKER = /^\p{Lu}\p{Ll}+$/u;
/** Headings that say the section holds what was said. */
export const TRANSCRIPT_HEADING = /transcri|transkript|trascrizione|文字稿|逐字稿|文字起こし|全文|стенограмма|расшифровка/i;

/** Labels that head definitions and notes, never people. */
const NOT_SPEAKERS = new Set([
	"note", "notes", "meaning", "root", "connection", "key message", "editor note", "editor notes", "editor's note", "editor’s note", "editors note", "remark", "remarks", "tags", "tag", "summary", "source", "sources", "takeaway", "takeaways", "key takeaways",
	"key points", "key takeaway", "context", "contexte", "contexto", "contesto", "kontext", "definition", "concept", "concepts", "mode", "example", "examples", "beispiel", "beispiele", "important", "warning", "tip", "todo",
	// A quiz's and a workshop's fields (`**Correct Answer:**`, `**Discussion Prompt:**`), a script's sound cue (`SFX:`),
	// a Japanese export's `タイムスタンプ:` (timestamp).
	"correct answer", "discussion prompt", "sfx", "タイムスタンプ",
	"update", "edit", "related", "see also", "links", "link", "date", "time", "url", "title", "author",
	"show", "episode", "topic", "topics", "idea", "ideas", "quote", "quotes", "highlight",
	// `Zitate` alone as a page's first line, the title written without a heading.
	"quotations", "sayings", "zitat", "zitate", "citations", "citas", "citazioni", "citações", "frases",
	"highlights", "action", "actions", "lesson", "lessons", "why", "what", "how", "bottom line",
	"problem", "solution", "challenge", "challenges", "pros", "cons", "goal", "goals", "result", "results", "resultat", "ergebnis", "answer", "question", "q", "a",
	"status", "next", "step", "steps", "location", "category", "categories", "type", "website", "twitter", "email", "book",
	"books", "recommendation", "recommendations", "listen", "watch", "read", "transcript", "description",
	"background", "the lesson", "key lesson", "insight", "insights", "key insight", "analysis", "overview", "introduction", "intro", "outro",
	"explanation", "conclusion", "outcome", "the story", "story", "comment", "comments", "thoughts", "my thoughts",
	"my take", "quick take", "the takeaway", "the point", "principle", "the principle", "application", "reflection", "response",
	"focus", "scripture", "scriptures", "participants", "panelists", "panelist", "panel", "attendees", "biography", "bio", "participantes", "participanti", "invitado", "invitados", "invitada", "invitée", "invité", "gast", "gäste",
	"anfitrión", "presentador", "presentadora", "resumen", "fecha", "tema", "fuente", "fonte", "fonti", "significato",
	// An interview register's and a test plan's fields (`<strong>Nombre:</strong>`, `Enlace:`, `Session: Pilot 1`, `*Caution:*`).
	"nombre", "distrito", "enlace", "inicio", "session", "variant", "metrics", "mechanism", "caution", "резюме",
	// A usability test's steps (`**Scenario**: "…"`, `**Observe**:`, `**Evaluate**:`).
	"scenario", "observe", "evaluate",
	// A writing guide's prompts before its examples (`**Leia:**` read, `Compare:`, `Exemplo:`).
	"leia", "compare", "exemplo", "ejemplo", "esempio",
	// Persian fields of a product guide (`**تمرکز:**` focus, `**هدف:**` goal, `**تعریف:**` definition, `**مثال:**` example).
	"تمرکز", "هدف", "تعریف", "مثال",
	// A script's sound cues (`**MÚSICA:** Tema principal suave`, `SOUND: …`).
	"music", "música", "musica", "musik", "sound", "sonido", "som", "risk", "risks", "verdict",
	// A clip's or video's card (`**Timestamps:** [00:03:21 - 00:03:42]`, `**Platform:** LinkedIn`).
	"timestamps", "timestamp", "duration", "platform", "platforms", "hashtags", "hashtag", "caption", "captions",
	"channel", "format", "length", "runtime", "views", "published", "genre", "genres", "references", "reference",
	// A video model's scene by scene output (`**映像**: モノクロの画像。`, `**音声**: Okay, so…`, `**Visual:**`, `**Audio:**`).
	"audio", "visual", "visuals", "映像", "音声", "画面",
	// A clipped article's captions (`*Image Credit: Nvidia*`), a Korean and a Chinese video card's `**길이:**` (length),
	// `**조회수:**` (views) and `**视频ID**:` (video ID).
	"image credit", "photo credit", "credit", "credits", "길이", "조회수", "视频id",
	...VERSION_LABELS,
	// A news desk's card for each story (`**Slug (lower-third):** …`, `**When:** 2025-10-01 16:00`).
	"slug", "when", "where",
	// An analysis's fields under each passage (`**Annotation:**`, `**Match Quality:** HIGH`, `**Position:**`), a manual's
	// `**Usage**:` and `**Aliases**:`, a lesson's `New Words:` and `题目：` (topic), `专有名词：` (proper nouns).
	"annotation", "annotations", "match quality", "position", "claims made", "method", "methods", "usage", "alias", "aliases",
	"new words", "vocabulary", "题目", "专有名词", "生词",
	// A Chinese model summary's fields under each part (`**实践启示**:` practical lessons, `**核心观点**:` key points).
	"启示", "实践启示", "要点", "核心观点", "关键要点", "总结",
	// A meeting's minutes (`Poll: Should wasm-c-api pursue safety?`, `RESOLUTION: …`, `Action item: …`, `**Discussion ([log]):**`).
	"discussion", "discussions", "poll", "polls", "vote", "votes", "resolution", "resolved", "decision", "decisions", "action item", "action items", "agenda", "consensus",
	// A saved article's metadata (`* Publisher: Stratechery`, `* Published Date: 2022-10-20`).
	"publisher", "published date", "date published", "published at", "site", "site name",
	// A newsletter digest's sources under each item (`**Coverage:** [Book Gossip](…)`).
	"coverage",
	// A conference log's fields (`Announce: [QuickSight](…)`, `Desc: …`, `Slides: …`).
	"announce", "announced", "announcement", "announcements", "desc", "abstract", "slides", "video", "videos", "recording",
	// A design document's fields (`**Responsibility:** Score 400 companies`, `**Purpose:** …`).
	"responsibility", "responsibilities", "purpose", "role", "roles", "input", "inputs", "output", "outputs",
	// A user-research interview's fields (`**Observations**:`, `**Themes**: …`, `**Consent**: ✅`).
	"theme", "themes", "observation", "observations", "finding", "findings", "consent", "feedback", "pain points", "key quote", "key quotes",
	// A recap's pick of a talk's line (`**Quotable:** “Innovation can come from…”` under the speaker's heading).
	"quotable", "best quote", "favorite quote", "favourite quote", "notable quote", "quote of the day",
	// An interview snapshot's card and its before and after (`**Name:** A.K.`, `**Company:** …`, `**Before:** I assumed…`).
	"name", "company", "before", "after",
	// A language lesson's corrections (`**Original**: I go to the industrial…`, `**Authentic**: …`).
	"original", "authentic", "corrected", "correction", "improved", "revised", "natural", "more natural",
	// Tags and keywords in Chinese (`**话题标签**：#商业 #科技`).
	"话题标签", "标签", "標籤", "关键词", "關鍵詞",
	// Section labels in Chinese (`**上下文**：`, `**背景**：`), as the English ones above.
	"上下文", "语境", "背景", "摘要", "总结", "小结", "来源", "出处", "备注", "笔记", "要点", "收获", "分析", "解读", "我的解读", "结论", "原文", "完整段落", "目的", "方法",
	// …and a lecture note's (`类比：电脑的软件和硬件`, `反例：…`, `问题：…`): analogy, counterexample, question, explanation, example; status.
	"类比", "反例", "问题", "解释", "例子", "状态", "狀態",
	// …and in Hebrew (`**לסיכום:**`, in summary; summary, note, source, example).
	"לסיכום", "סיכום", "הערה", "מקור", "דוגמה",
	// …and in Korean and Japanese study notes (`- 문맥: "…"`, `- 뜻: …`).
	"문맥", "뜻", "의미", "예문", "해석", "표현", "요약", "출처", "메모", "意味", "例文", "要約", "出典", "メモ",
	// A diary's times of day (`**Morning** - Tho was with his nephew…`) and a picture's caption (`Photo: Sang, …`).
	"morning", "afternoon", "evening", "night", "midnight", "noon", "photo", "photos", "picture", "image",
	// A review's card (`Highlight: The loud parts`, `Lowlight: Most songs feel incomplete`, `Rating: 5/10`); an awards
	// ballot's picks (`Most Deserving: *CODA*`, `Most Likely: …`, `Should Win:`).
	"lowlight", "lowlights", "rating", "ratings", "score", "grade", "most deserving", "most likely", "should win", "will win", "my pick",
	// A sketch's `**Punchline:**`; a Russian podcast list's `Доклад:` (talk) and `Выпуск:` (episode).
	"punchline", "доклад", "выпуск",
	// A guest card's fields in Chinese (`**职位**: 联合创始人`, `**播客**: 晚点聊`, `**亮点**:`): position, podcast, highlights, bio.
	"职位", "職位", "职务", "職務", "播客", "亮点", "亮點", "简介", "簡介", "头衔", "頭銜",
	// A chat's day before a message's time (`_Hoy 8:30 AM_`, `Today 9:14`): when it was sent, never who sent it.
	"today", "yesterday", "hoy", "ayer", "heute", "gestern", "aujourd'hui", "hier", "oggi", "ieri", "hoje", "ontem",
	// A SWOT analysis's quadrants; a writing guide's examples (`- NOT: "…"`, `- YES: "…"`).
	"strengths", "weaknesses", "opportunities", "threats", "yes", "no", "not",
	// An earnings summary's figures (`- Revenue: $10.13 billion`, `- EPS: $4.23`); a research synthesis's `**Prevalence:** 5 of 5`.
	"revenue", "revenues", "eps", "guidance", "outlook", "margin", "operating margin", "prevalence", "implication", "implications", "evidence",
	// A training script's stage (`**Visual:** Emergency department…`, `**Prompt:** Select actions:`), a persona's `Profile:`,
	// a coach's `Teaching Moment:`, a repost's `发布时间：` (published at).
	"visual", "visuals", "prompt", "prompts", "profile", "teaching moment", "发布时间", "發佈時間",
	// A mathematics course's proof steps and glossary (`RTP:` required to prove, `Therefore:`, `**Theorem** - …`).
	"rtp", "therefore", "hence", "assumption", "assumptions", "theorem", "example theorem", "lemma", "corollary", "proposition", "proof", "axiom", "conjecture",
	// A research summary's pain-point card (`**Severity:** Critical | **Frequency:** Every Use`, `**Impact:** …`).
	"severity", "frequency", "impact", "priority", "effort",
	// A call log's card in German (`**Datum**: Tag 1`, `**Dauer**: 45 Min`, `**Ort**:`, `**Teilnehmer**:`).
	"datum", "dauer", "ort", "teilnehmer", "teilnehmende",
	// …and a board's minutes (`Thema: Mietvertrag`, `Gesprächsdauer: 10 min`, `**Nächste Schritte:** …`, `Beschluss:`).
	"thema", "themen", "genaues thema", "gesprächsdauer", "nächste schritte", "beschluss", "beschlüsse", "zusammenfassung", "aufgaben",
	// A study summary's and a manual's labels (`> **Conclusión**: …`, `> Hint: …`, `* Hinweis: …`, `Nota:`), in the
	// languages of the corpus.
	"conclusión", "conclusao", "conclusão", "conclusione", "fazit", "hint", "hints", "hinweis", "hinweise", "nota", "definición", "definição", "definizione",
]);

/** Diarisation placeholders (`Speaker 1`, `SPEAKER_01`), played clips (`Extrait 2`) and roles (`ANNOUNCER`, `Interviewer`, `Frau`): turns, but nobody's name. */
// Also in the languages of the corpus's transcripts: `Hablante 1`, `Intervenant 2`, `話者1`, `嘉宾 A`, `主持人`, `Ведущий`;
// a numbered or lettered role (`Hôte 1`, `Host 2`, `Guest 1`, `Host A`, `Interviewer1`) where a tool's script names no one;
// an Italian user study's `Intervistatore`, `Farmacista`, `Infermiera`; noScribe's diarised `S00:`, `S01:`; a
// learner's log of the day's talk (`Him:`, `Staff:`, `Customer:`, `Visitor:`), pronouns and roles in place of names.
const PLACEHOLDER = /^(?:speaker[\s_-]*speaker[\s_-]*\d{1,3}|S\d{2}|person[\s_-]*\d{1,3}|(?:speaker|spk|sprecher|unknown speaker|unknown|hablante|intervenant|locuteur|spreker|orador|falante|parlante|oratore|clip|excerpt|extrait|ausschnitt|fragmento|estratto|спикер|говорящий|話者|说话人|說話人|发言人|發言人|화자)(?:[\s_-]*\d{1,3}|[\s_-]+[A-Z])?|announcer|narrator|operator|(?:newscaster|newsreader|reporter|journalist|participant|respondent|respondentka)(?:\s*#?\d{1,3})?|(?:participant|respondent)[\s_-]+[A-Z]|hon\.? members|members|same person|another person|questioner|devotee|(?:male |female )?student|tutor|he|she|him|her|staff|customer|visitor|client|cashier|waiter|waitress|nurse|doctor|prof\.?|professor|teacher|lecturer|interlocutora?|问|問|答|提问|提問|提问者|提問者|回答|(?:h[ôo]te|host|guest|invit[ée]e?|gast|invitad[oa])(?:[\s_-]*\d{1,2}|[\s_-]+[A-Z])?|unnamed|me|us|we|ik|ich|moi|zoom|(?:zoom |rocket |live )?chat|audience member|(?:interviewer|interviewee)(?:[\s_-]*\d{1,3})?|respondent|candidate|tazatel|tazatelka|面试官|面試官|候选人|候選人|应聘者|應聘者|moderator|(?:the )?court|(?:the )?witness|prosecution|defen[cs]e|(?:[a-z]\s+)?(?:attorney|lawyer|counsel|prosecutor)|user|utilisateur|assistant|chatbot|bot|patient|physician|pharmacist|pharmacien|customer|voiceover|voice-over|audience|caller|crowd|man|woman|child|frau|mann|kind|entrevistador|entrevistadora|entrevistado|entrevistada|intervieweur|intervistatore|intervistatrice|intervistato|intervistata|farmacista|infermiere|infermiera|paziente|ведущий|ведущая|гость|主持人|主持|嘉宾(?:[\s_-]*[A-Z0-9])?|嘉賓(?:[\s_-]*[A-Z0-9])?|观众|觀眾|受访者|受訪者|采访者|採訪者|街访者|街訪者|記者|记者|司会|聞き手|진행자|사회자)$/i;

export function isPlaceholderLabel(label: string): boolean {
	return PLACEHOLDER.test(label);
}

/**
 * `Systems Developer`, `Business Application Manager`: a research interview's anonymised participant named by
 * a job, a role and nobody's name. The last letter and word are looked at before the pattern runs.
 */
const JOB_WORDS = new Set(["developer", "manager", "engineer", "designer", "analyst", "consultant", "architect", "administrator", "specialist", "researcher", "officer", "coordinator", "tester", "owner",
	// `**Economist:**` and `**Physicist:**` in a recreated dinner conversation.
	"economist", "physicist", "scientist", "chemist", "biologist", "psychologist", "therapist"]);
const JOB_ROLE = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{L}+$/u;

function isJobRole(label: string): boolean {
	// Every job word ends in `r` or `t`: most lines are ruled out before any copy is made.
	const end = label[label.length - 1];
	if (label.length > 60 || (end !== "r" && end !== "t" && end !== "R" && end !== "T")) return false;
	const last = label.slice(label.lastIndexOf(" ") + 1).toLowerCase();
	return JOB_WORDS.has(last) && (last !== "owner" || /product owner$/i.test(label)) && JOB_ROLE.test(label);
}

/** Voices of more than one (`All:`, `DUCKWORTH + DUBNER:`): turns, but no one person's words. */
const GROUP = /^(?:all|both|everyone|everybody|together|alle|tous|todos)$/i;
const JOINT = /^([^+&/]{1,40}?)\s+(?:\+|&|\/|and|und|y|et)\s+([^+&/]{1,40})$/;

function isGroupLabel(label: string): boolean {
	if (GROUP.test(label)) return true;
	const m = JOINT.exec(label);
	return m !== null && isNameShaped(m[1]) && isNameShaped(m[2]);
}

/** The voices a meeting recorder writes where it knows no name (`You`, `Me`, `Them`, `Guest`), before a time. */
const MEETING_VOICE = /^(?:You|Me|Them|Guest)$/;

/** `P1:`, `P12:`: a research interview's anonymised participant, a voice only beside another that recurs (acceptTurns). */
const PARTICIPANT_ID = /^P\d{1,2}$/;

/** `P3`, `Respondent 2`, `Participant 14`: a study's numbered person, a voice that names nobody. */
export function isNumberedPerson(label: string): boolean {
	return PARTICIPANT_ID.test(label) || PLACEHOLDER.test(label);
}

/** A label that names no one person: a diarisation placeholder, a meeting recorder's voice, a role or a job, or a group of voices. */
export function isNobodysLabel(label: string): boolean {
	return PLACEHOLDER.test(label) || label === AI || PARTICIPANT_ID.test(label) || MEETING_VOICE.test(label) || isJobRole(label) || isGroupLabel(label) || label === QUESTION || label === INITIAL_I;
}

/** `**AI 🤖:**` beside `**User:**`: an assistant's turns, nobody's name (in capitals only: `Ai` is a given name). */
const AI = "AI";

/** `Q:` before a named voice's answers: the interviewer's turn, nobody's name. */
const QUESTION = "Q";

/** `A:` beside `S:` and `C:` is a speaker's initial; alone (or beside `Q:`) it is an interview's answer. */
const INITIAL_A = "A";

/** `I:` beside `B:` or `R:` (a research interview's Interviewer, Befragter, Respondent): a voice, not the pronoun. */
const INITIAL_I = "I";

/** Last words of a memo's field labels (`**GPU-ASIC Agnosticism Score:**`, `**Downside Risk:**`), never a surname. */
const FIELD_ENDS = new Set(["score", "rating", "risk", "risks", "verdict", "thesis", "status", "summary", "takeaways", "title", "caption", "quote", "quotes", "segment", "works", "type", "references", "reference", "perspective", "name", "explanation", "level", "covered", "example", "examples"]);

/**
 * Words that open a chapter's, a section's or a form's title, never a name: `Meet Beka`, `Introducing Ada`, `Name of
 * Student`, `Why Uncategorized`.
 */
const CHAPTER_OPENERS = new Set(["meet", "meeting", "introducing", "welcome", "welcoming", "chapter", "episode", "name", "why"]);

/** `**Question:**` (in the languages of the corpus) is an interview's `Q:`. */
export const QUESTION_WORDS = "question|frage|pregunta|pergunta|domanda|vraag|pytanie";
/** `**Resposta:**`, `Respuesta:`: an interview's answer, as `A:` writes it. */
export const ANSWER_WORDS = "answer|antwort|respuesta|resposta|risposta|réponse|antwoord|odpowiedź";
const QUESTION_WORD = new RegExp(`^(?:${QUESTION_WORDS})$`, "i");
const ANSWER_WORD = new RegExp(`^(?:${ANSWER_WORDS})$`, "i");

/** `《财经》`: a publication named in book-title marks, as a Chinese interview labels the magazine's questions. */
const PUBLICATION = /^《[^《》\n]{1,20}》$/u;

function isLabelName(label: string): boolean {
	if (PUBLICATION.test(label)) return true;
	if (label === INITIAL_A || label === INITIAL_I || label === QUESTION || QUESTION_WORD.test(label) || ANSWER_WORD.test(label) || NUMBERED_QA.test(label) || THE_OFFICE.test(label) || PARTICIPANT_ID.test(label)) return true;
	const space = label.lastIndexOf(" ");
	if (space > 0 && FIELD_ENDS.has(label.slice(space + 1).toLowerCase())) return false;
	// `[00:00:35] Meet Beka: The Creator of Better-Auth`: a chapter's title, not a voice.
	if (space > 0 && CHAPTER_OPENERS.has(label.slice(0, label.indexOf(" ")).toLowerCase())) return false;
	return (isNameShaped(label) || PLACEHOLDER.test(label) || isGroupLabel(label)) && !NOT_SPEAKERS.has(label.toLowerCase());
}

/** `**Q1：**`, `**A2：**`: an interview's numbered questions and answers. */
const NUMBERED_QA = /^([QA])\d{1,2}$/;

/** A script's voice-over or off-screen mark around a cue (`V.O. NARRADOR`, `NARRATOR (V.O.)`, `MOM (O.S.)`, `BOB (CONT'D)`). */
const SCREEN_EXTENSION = /^V\.O\.[ \t]+|[ \t]*\((?:V\.O\.|O\.S\.|O\.C\.|CONT['’]D)\)$/gi;

function candidate(label: string, timestamp: string | null, index: number, end: number, section: string[], plain = false, initials: string | null = null): TurnCandidate {
	const numbered = NUMBERED_QA.exec(label);
	if (numbered !== null) label = numbered[1];
	if (label.indexOf(".") >= 0 || label.indexOf("(") >= 0) label = label.replace(SCREEN_EXTENSION, "");
	const word = QUESTION_WORD.test(label) ? QUESTION : ANSWER_WORD.test(label) ? INITIAL_A : null;
	const turn: TurnCandidate = { label: word ?? label, timestamp, line: index + 1, endLine: index + 1, textStart: end, section, continued: label === "", plain, initials };
	if (word !== null) turn.spelt = true;
	return turn;
}

/**
 * The turn label starting at `p`, or null. A label with only a time comes back with `label` "" and
 * `continued`; the scan gives it the previous turn's label.
 */
/** `[label]: <url>` or `[label]: url "title"`: a link reference definition. */
const LINK_DEFINITION = /^\[[^\]]{1,999}\]:[ \t]*<?(?:[a-z][a-z0-9+.-]*:|\/|#)\S*>?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/i;

export function turnLabelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	const turn = labelAt(line, p, index, section);
	// `Presenter: Neil Chue Hong (Director, …)`, `**Guest:** Adrian Cockroft`: a field naming who holds a role.
	if (turn !== null && turn.timestamp === null && ROLE_FIELD.test(turn.label) && namesOnly(line.slice(turn.textStart))) return null;
	// `**Typ:** Vortrag | **Dauer:** 15 Min. | [Slides](…)`: fields in a row, each its own bold label after a bar.
	if (turn !== null && line.indexOf("|", turn.textStart) >= 0 && FIELD_AFTER_BAR.test(line.slice(turn.textStart))) return null;
	// `Stefan: *"Lösch es."*`: the words wholly in quotation marks, maybe in emphasis.
	if (turn !== null && turn.plain && QUOTED_WORDS.test(line.slice(turn.textStart))) turn.quoted = true;
	return turn;
}

/** A bar, then another bold label: `| **Dauer:** 15 Min.`. */
const FIELD_AFTER_BAR = /\|[ \t]*(?:\*\*|__)[^*_|\n]{1,40}:(?:\*\*|__)/;

/** A label holding a word for a quotation (`Ausgewähltes Zitat`, `Key quote`, `Cita`). */
const QUOTE_FIELD = /(?:^|\s)(?:zitat|quotes?|quotation|citation|cita)(?:$|[\s:])/i;

/** Words wholly in quotation marks, maybe in emphasis: `"Lösch es."`, `*"Lösch es."*`. */
const QUOTED_WORDS = /^([*_]{0,2})["“„«][^"“”„«»]{2,}["”»“]\1[ \t]*$/;

function labelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	if (line.startsWith("[#", p)) {
		ANCHOR_ID.lastIndex = p;
		const anchor = ANCHOR_ID.exec(line);
		if (anchor !== null) return labelAt(line, p + anchor[0].length, index, section);
	}
	// `**\<sarang>** words`, `\<kenshamir> words`: an IRC log's nick, its angle brackets escaped so Markdown shows them.
	if (line.startsWith("\\<", p) || line.startsWith("**\\<", p) || line.startsWith("&lt;", p)) return ircNickAt(line, p, index, section);
	// `_**Антония: И новият роман…?**_`, `_**Н:**_ Около година.`: a bold label in italics reads as the bold one
	// (the italic marks become spaces, so every position in the line stays where it was).
	if (line.startsWith("_**", p)) {
		const close = line.indexOf("**_", p + 3);
		if (close > p + 3) return labelAt(line.slice(0, p) + " " + line.slice(p + 1, close + 2) + (close + 3 < line.trimEnd().length ? " " + line.slice(close + 3) : ""), p + 1, index, section);
		// `_**Grummel**: Bueno, lo primero…_`: the whole turn in italics, the bold name inside.
		const end = line.trimEnd().length - 1;
		if (end > p + 3 && line.charAt(end) === "_" && line.charAt(end - 1) !== "_") {
			const turn = labelAt(line.slice(0, p) + " " + line.slice(p + 1, end) + " " + line.slice(end + 1), p + 1, index, section);
			if (turn !== null) turn.italic = true;
			return turn;
		}
	}
	// `**_Антония: Какви могат да бъдат целите…?_**`: the same marks the other way round, round the whole line.
	if (line.startsWith("**_", p) && line.charAt(p + 3) !== "_" && line.trimEnd().endsWith("_**")) {
		const close = line.trimEnd().length - 3;
		if (close > p + 3) return labelAt(line.slice(0, p) + " **" + line.slice(p + 3, close) + "**", p + 1, index, section);
	}
	if (line.startsWith("**", p)) {
		const timeThenName = boldTimeThenNameAt(line, p, index, section);
		if (timeThenName !== null) return timeThenName;
		BOLD_TIME_ONLY.lastIndex = p;
		const time = BOLD_TIME_ONLY.exec(line);
		if (time) return candidate("", time[1], index, time.index + time[0].length, section);
		if (line.charAt(p + 2) === "[") {
			// `**[[00:18]](url) Kieren James-Lubin:** …`: the linked time and the name in one bold.
			TIME_LINK.lastIndex = p + 2;
			const linked = TIME_LINK.exec(line);
			BOLD_NAME_CLOSE.lastIndex = TIME_LINK.lastIndex;
			const m = linked === null ? null : BOLD_NAME_CLOSE.exec(line);
			if (linked !== null && m !== null) return named(m[1], linked[1] ?? linked[2] ?? linked[3], index, m.index + m[0].length, section);
		}
		return boldLabelAt(line, p, index, section) ?? boldNameAloneAt(line, p, index, section);
	}
	const c = line.charAt(p);
	if (c === "@" || (c === "[" && line.charAt(p + 1) === "@")) return handleAloneAt(line, p, index, section);
	if (c === "\\" && line.charAt(p + 1) === "[") return timeFirstAt(ESCAPED_TIME_FIRST, line, p, index, section) ?? escapedBracketAt(line, p, index, section);
	// `…: text` under `Kaustubha Govind: …`: notes typed in a shared document write an ellipsis for the name.
	if (c === "…" || (c === "." && line.startsWith("...", p))) {
		DITTO.lastIndex = p;
		const m = DITTO.exec(line);
		if (m === null) return null;
		const again = candidate("", null, index, m.index + m[0].length, section);
		again.ditto = true;
		return again;
	}
	if (c === "_" && line.charAt(p + 1) === "_") return matchLabel(UNDERSCORE_BOLD, line, p, index, section);
	if ((c === "*" || c === "_") && line.charAt(p + 1) !== " ") return matchLabel([ITALIC_TIMED], line, p, index, section) ?? plainLabelBy(ITALIC_LABEL, 1, line, p, index, section) ?? italicWrappedAt(line, p, index, section) ?? italicNameAloneAt(line, p, index, section);
	if (c === "[" || c === "(") {
		const timed = timeFirstAt(TIME_FIRST, line, p, index, section);
		if (timed !== null) return timed;
		if (c === "[") {
			// `[24:40](url) Amanda: text`: the name after a linked time. A linked time alone continues the
			// speaker before, but only inside a running turn (`plain` marks it for the scan): chapter lists and
			// feeds write it before every paragraph.
			TIME_LINK.lastIndex = p;
			const linked = TIME_LINK.exec(line);
			if (linked) {
				const after = p + linked[0].length;
				// `[[3:09]](url)`: the time in brackets as the link's text, as a site's transcript pages write it.
				const time = linked[1] ?? linked[2] ?? linked[3];
				// `[[00:27](url)] **Elon Musk:** …`: the linked time in brackets, then a bold name.
				const inner = line.startsWith("**", after) ? boldLabelAt(line, after, index, section) : plainLabel(line, after, index, section);
				if (inner === null) return isChapterTitle(line.slice(after).trim()) ? null : candidate("", time, index, after, section, true);
				inner.timestamp = time;
				inner.plain = false;
				return inner;
			}
			// `[Voiceover]: https://…` is a Markdown link reference definition, never a turn.
			if (LINK_DEFINITION.test(line.slice(p))) return null;
			BRACKET.lastIndex = p;
			const m = BRACKET.exec(line);
			if (m) {
				// `[NOVA]: [ALLOY]: …`: a generated transcript's fixed outer label, then who speaks.
				const after = m.index + m[0].length;
				BRACKET.lastIndex = after;
				const inner = line.charAt(after) === "[" ? BRACKET.exec(line) : null;
				if (inner !== null) return named(inner[1], inner[2] ?? null, index, inner.index + inner[0].length, section);
				return named(m[1], m[2] ?? null, index, after, section);
			}
			// `[Justin]` alone on its line, the words below; `[姜宁]今天…`, Chinese words right after: a voice where two recur.
			// A stage direction so written (`[laughter]`, `[MUSIC PLAYING]`) is none.
			const bare = plainLabelBy(BRACKET_BARE, 1, line, p, index, section);
			if (bare !== null && !/^\p{Ll}/u.test(bare.label) && !SHOUTED_WORDS.test(bare.label) && !DIRECTIONS.has(bare.label.toLowerCase())) return bare;
		}
		return null;
	}
	if (c === "<") {
		const tagged = tagLabelAt(line, p, index, section);
		if (tagged !== null) return tagged;
	}
	// `0:12<tab>Hadi Hariri:<tab>Welcome…`: a bare time, then the name (a voice only where two recur, as a
	// chapter list's `0:00 Intro: …` is none).
	if (c >= "0" && c <= "9") {
		TIME_THEN_SPACE.lastIndex = p;
		const time = TIME_THEN_SPACE.exec(line);
		const inner = time === null ? null : plainLabel(line, p + time[0].length, index, section);
		if (time !== null && inner !== null) {
			inner.timestamp = time[1];
			return inner;
		}
		// `18:30 arisisme: rapat siap dimulai`: an IRC log's time and nick, a voice where two nicks recur.
		const nick = time === null ? null : lowerLabelAt(line, p + time[0].length, index, section);
		if (time !== null && nick !== null) {
			nick.timestamp = time[1];
			nick.handle = true;
			return nick;
		}
	}
	// `― What does the band mean to you?`: a Japanese interview's unnamed interviewer (`Q:` beside a named voice).
	if (c === "―" || c === "─" || c === "—") {
		JAPANESE_QUESTION.lastIndex = p;
		const m = JAPANESE_QUESTION.exec(line);
		if (m !== null) return candidate(QUESTION, null, index, m.index + m[0].length, section, true);
	}
	// `（Shay提问）最近…`, `（汉阳回应）…`: a cleaned-up Chinese transcript's name and what the voice does, in brackets.
	if (c === "（") {
		const acted = actedLabelAt(line, p, index, section);
		if (acted !== null) return acted;
	}
	// `Q Thank you. So, …`, `Q. How did …`: a briefing's or a press conference's unnamed reporter (beside named voices).
	if (c === QUESTION) {
		SPACED_QUESTION.lastIndex = p;
		const m = SPACED_QUESTION.exec(line);
		if (m !== null) return candidate(QUESTION, null, index, m.index + m[0].length, section, true);
	}
	if (hasParenSoon(line, p)) {
		PLAIN_TIMED.lastIndex = p;
		const m = PLAIN_TIMED.exec(line);
		if (m) return named(m[1], m[2] ?? null, index, m.index + m[0].length, section);
	}
	return plainLabel(line, p, index, section);
}

/** `（汉阳补充关于安全感）`: what a bracket holds before the words, up to 24 characters. */
const ACTED_LABEL = /（([^（）\n]{2,24})）[ \t]*(?=\S)/y;
/** `Shay` of `（Shay最后提问）`: a Latin name opening the bracket. */
const LATIN_VOICE = /^\p{Lu}[\p{Script=Latin}'’-]*(?=\p{Script=Han})/u;
/** `汉阳` of `（汉阳自我介绍）`: two to four Han characters, then what the voice does (asks, answers, adds, shares…). */
const HAN_VOICE = /^(\p{Script=Han}{2,4}?)(?:自我介绍|自我介紹|提问|提問|回应|回應|回答|补充|補充|介绍|介紹|总结|總結|发言|發言|开场|開場|追问|追問|分享|讨论|討論|请教|請教|分析|坦言|延伸|观点|觀點|说|說|问|問|答)/u;

/** `（Shay提问）最近…`: the voice a cleaned-up Chinese transcript names in brackets with what it does (a voice where two recur). */
function actedLabelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	ACTED_LABEL.lastIndex = p;
	const m = ACTED_LABEL.exec(line);
	if (m === null) return null;
	const voice = LATIN_VOICE.exec(m[1])?.[0] ?? HAN_VOICE.exec(m[1])?.[1] ?? null;
	if (voice === null) return null;
	const turn = named(voice, null, index, m.index + m[0].length, section);
	if (turn !== null) turn.plain = true;
	return turn;
}

/** `Q`, or `Q.`, a space, then a sentence's start: a question with no colon, as official transcripts write it. */
const SPACED_QUESTION = /Q\.?[ \t\u00a0]+(?=[\p{Lu}(—–"“…[]|[-–—][ \t])/uy;

/** A bracketed name alone on its line or right before Chinese or Japanese words (no link: no `(` after it). */
const BRACKET_BARE = /\[([^[\]\n]{1,40})\](?:[ \t]*$|(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))/uy;

/** What a transcript writes in brackets for what is heard but not said (`[Laughter]`, `[Applause]`): no voice. */
const DIRECTIONS = new Set([
	"laughter", "laughs", "laughing", "applause", "music", "crosstalk", "inaudible", "silence", "pause", "cheers", "cheering",
	"sighs", "chuckles", "chuckling", "coughs", "break", "intro", "outro", "end", "beep", "noise", "static", "unintelligible",
	"rires", "applaudissements", "musique", "lachen", "applaus", "musik", "risas", "aplausos", "música", "笑", "笑声", "掌声", "音乐",
]);

/** Capitals only, two words or more (`MUSIC PLAYING`): a direction, where a bracketed name alone is written as prose writes it. */
const SHOUTED_WORDS = /^[\p{Lu}\d]+(?:[ -][\p{Lu}\d]+)+$/u;

/** A horizontal bar (`―`, `――`) or two box-drawing or em dashes (`──`, `——`) opening a paragraph: not one em dash, a dialogue's in Spanish or French. */
const JAPANESE_QUESTION = /(?:―+|─{2,}|—{2,})[ \t]*(?=\S)/y;

/** `\[ADOLFO\] Hoje…`: a bracketed name as Pandoc escapes it, then the words (a voice only where two recur). */
/** `\<nick>`, `**\<nick>**`, `&lt;nick&gt;`, then the words: any nick, as IRC allows (the escaped brackets say what it is). */
const IRC_NICK = /(?:\*\*)?(?:\\<|&lt;)([^\s<>\\&*]{1,32})(?:\\?>|&gt;)(?:\*\*)?[ \t]+(?=\S)/y;

/** `\<laugh>`, `\<affirmative>`: a transcription tool's sounds, written in the same brackets as a nick. */
const SOUND = /^(?:laugh|laughs|laughter|laughing|chuckle|chuckles|affirmative|negative|cough|coughs|sigh|sighs|crosstalk|inaudible|music|applause|pause|silence)$/i;

function ircNickAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	IRC_NICK.lastIndex = p;
	const m = IRC_NICK.exec(line);
	if (m === null || SOUND.test(m[1])) return null;
	// A voice where two nicks recur, as handles set off by markup are (acceptTurns); `kenshamir[m]` is kenshamir
	// on Matrix, bridged into the IRC channel.
	const turn = candidate(m[1].replace(/\[m\]$/, ""), null, index, m.index + m[0].length, section);
	turn.handle = true;
	return turn;
}

const ESCAPED_BRACKET = /\\\[([^[\]\\\n]{1,40})\\\][ \t]*[:：]?[ \t]+(?=\S)/y;

/**
 * A time first (`re`: TIME_FIRST or ESCAPED_TIME_FIRST) at `p`: `[00:00:28] Lenny: text` names the speaker after the
 * time (`[00:00:21] **Melonee Wise:** text`, as Descript writes it, in bold); `(00:01:27): text` continues. Null
 * when no time is there.
 */
function timeFirstAt(re: RegExp, line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	re.lastIndex = p;
	const time = re.exec(line);
	if (time === null) return null;
	const after = p + time[0].length;
	const inner = after >= line.length ? null : line.startsWith("**", after) ? boldLabelAt(line, after, index, section) : plainLabel(line, after, index, section);
	if (inner !== null) {
		inner.timestamp = time[1];
		inner.plain = false;
		return inner;
	}
	return candidate("", time[1], index, after, section);
}

function escapedBracketAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	return plainLabelBy(ESCAPED_BRACKET, 1, line, p, index, section);
}

/** `*Kashkari: “…”*`: a name and its words in one italic span, a voice where two recur (read without the closing mark). */
function italicWrappedAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	const turn = plainLabelBy(ITALIC_WRAPPED, 2, line, p, index, section);
	if (turn !== null) turn.italic = true;
	return turn;
}

/** The name in group `group` of the sticky `re` at `p`, as a label that is a voice only where two recur (`plain`); or null. */
function plainLabelBy(re: RegExp, group: number, line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	re.lastIndex = p;
	const m = re.exec(line);
	const turn = m === null ? null : named(m[group], null, index, m.index + m[0].length, section);
	if (turn !== null) turn.plain = true;
	return turn;
}

/** `**Name:** text`, `**Name (00:01:02)** text` at `p`, or null. */
/** Krisp's ` | 00:18` after a name: the time the voice starts. */
const PIPED_TIME = String.raw`(?:[ \t]*\|[ \t]*(\d{1,2}:\d{2}(?::\d{2})?))?`;
/** `**Pooja Ranjan**` alone on its line: a full name in bold, no colon. */
const BOLD_NAME_ALONE = new RegExp(String.raw`\*\*([^*\n:：|]{3,60}?)` + PIPED_TIME + String.raw`\*\*[ \t]*$`, "y");
/**
 * `**Joel Goodman` and a hard break, `**I was so…` on the next line: an export that moved the closing marks past the
 * break (Krisp's `**Colin McNamara | 00:18` too).
 */
const BOLD_NAME_BROKEN = new RegExp(String.raw`\*\*([^*\n:：|]{3,60}?)` + PIPED_TIME + String.raw`(?:[ \t]{2,}|\\)$`, "y");
/** A play's cue: a name in capitals in bold, then a stage direction in brackets (`**MAYA** *(aufgeregt)*`), the words below. */
const BOLD_CUE_DIRECTED = /\*\*(\p{Lu}[\p{Lu}'’ .-]{1,40}?)\*\*[ \t]+(?:\*\([^()\n]{1,80}\)\*|_\([^()\n]{1,80}\)_|\([^()\n]{1,80}\))[ \t]*$/uy;
/** One word in capitals, three letters or more (`BABATASI`, `EARLE-SEARS`). */
const SHOUTED_NAME = /^\p{Lu}[\p{Lu}'’-]{2,}$/u;

/** `@croncats` or `[@Neta_DAO](https://twitter.com/neta_dao)` alone on its line: an account's handle over its words. */
const HANDLE_ALONE = /(?:@(\w{1,30})|\[@(\w{1,30})\]\(https?:\/\/[^()\s]+\))[ \t]*$/y;

/** A Twitter Space's or a chat's transcript: the speaking account's handle alone, the words on the next line. */
function handleAloneAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	HANDLE_ALONE.lastIndex = p;
	const m = HANDLE_ALONE.exec(line);
	if (m === null) return handleLabelAt(line, p, index, section);
	const turn = candidate(m[1] ?? m[2], null, index, line.length, section, true);
	turn.nameAlone = true;
	turn.handle = true;
	return turn;
}

/** `@isaacs: two weird bugs found…`: a handle as a plain label (a meeting's minutes typed in chat). */
const HANDLE_LABEL = /@(\w[\w.-]{0,29})[ \t]*[:：][ \t]+(?=\S)/y;

function handleLabelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	HANDLE_LABEL.lastIndex = p;
	const m = HANDLE_LABEL.exec(line);
	if (m === null) return null;
	const turn = candidate(m[1], null, index, m.index + m[0].length, section, true);
	turn.handle = true;
	return turn;
}

/**
 * `**Pooja Ranjan**` alone on its line, the words on the lines below (a community call's transcript): a full
 * name's label with no colon. Plain, so a voice only where two of them recur (a bold line is a heading as often).
 */
function boldNameAloneAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	BOLD_NAME_ALONE.lastIndex = p;
	BOLD_NAME_BROKEN.lastIndex = p;
	BOLD_CUE_DIRECTED.lastIndex = p;
	const m = BOLD_NAME_ALONE.exec(line) ?? BOLD_NAME_BROKEN.exec(line) ?? BOLD_CUE_DIRECTED.exec(line);
	if (m === null) return null;
	const name = m[1].trim();
	// `**Yeah.` under `**Rob | 00:30`: a sentence, the words of the label above (an initial's or `Jr.`'s stop is a name's).
	if (endsSentence(name)) return null;
	// One word in capitals (`**BABATASI**`, `**SPANBERGER**`) is how a play or a debate's captions set a name; any one
	// word under a heading that names a transcript (`### **TRANSCRIPT**` then `**Sam**`, BBC Learning English's).
	if (!(/\S\s+\S/.test(name) || SHOUTED_NAME.test(name) || section.some((h) => TRANSCRIPT_HEADING.test(h))) || !isLabelName(name) || !isPlausibleName(name)) return null;
	const turn = candidate(name, m[2] ?? null, index, line.length, section, true);
	turn.nameAlone = true;
	return turn;
}

/** A stop that ends a name: an initial's (`J.`) or a title's (`Jr.`, `Dr.`). */
const NAME_STOP = /(?:^|[\s.])(?:\p{L}|Jr|Sr|St|Dr|Mr|Mrs|Ms)\.$/u;

/** Whether a bold line ends as a sentence does (`Yeah.`, `Really?`), not as a name (`Martin Luther King Jr.`). */
function endsSentence(text: string): boolean {
	const last = text.charAt(text.length - 1);
	return last === "!" || last === "?" || (last === "." && !NAME_STOP.test(text));
}

/** `*Alethe Denis*` alone on its line. */
const ITALIC_NAME_ALONE = /([*_])(\p{Lu}[^*_\n:：]{1,59}?)\1[ \t]*$/uy;

/**
 * `*Adam*` alone on its line, the words on the lines below (a meeting transcribed from a call): a name in italics
 * with no colon. Plain, so a voice only where two of them recur (an italic line is as often an aside).
 */
function italicNameAloneAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	if (p !== 0) return null;
	ITALIC_NAME_ALONE.lastIndex = p;
	const m = ITALIC_NAME_ALONE.exec(line);
	if (m === null) return null;
	const name = m[2].trim();
	// `*Exit.*`, `*Laughter*`: a stage direction in italics, no voice.
	if (!/[\p{L}\p{M}]$/u.test(name) || DIRECTIONS.has(name.toLowerCase()) || !isLabelName(name) || !isPlausibleName(name)) return null;
	return candidate(name, null, index, line.length, section, true);
}

function boldLabelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	if (line.charAt(p + 2) === "[") {
		// `**[Hadi]** Welcome…`: a bracketed name in bold, as `[Hadi]` is one without.
		BOLD_BRACKET.lastIndex = p;
		const m = BOLD_BRACKET.exec(line);
		if (m !== null) return squared(named(m[1], null, index, m.index + m[0].length, section));
		// `**[00:23] Christoph Jentzsch:**`: the time in brackets, then the name, in one bold.
		BOLD_TIMED_NAME.lastIndex = p;
		const timed = BOLD_TIMED_NAME.exec(line);
		if (timed !== null) return named(timed[2], timed[1], index, timed.index + timed[0].length, section);
		return squared(boldLabelAfterBracket(line, p, index, section));
	}
	if (line.charAt(p + 2) === "<") {
		// `**<span style="color:#FF8000">Nadine</span>:**`: a name coloured inside the bold.
		BOLD_TAGGED.lastIndex = p;
		const m = BOLD_TAGGED.exec(line);
		if (m !== null) return named(m[2], null, index, m.index + m[0].length, section);
	}
	return boldLabelAfterBracket(line, p, index, section);
}

/** A label written in square brackets inside the bold (`**[Sina]:**`), marked so for acceptTurns. */
function squared(turn: TurnCandidate | null): TurnCandidate | null {
	if (turn !== null) turn.squared = true;
	return turn;
}

/** The bold label at `p` read by the patterns after the bracketed and tagged forms. */
function boldLabelAfterBracket(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	return matchLabel(BOLD_PATTERNS, line, p, index, section) ?? boldSpanLabelAt(line, p, index, section) ?? boldWrappedAt(line, p, index, section) ?? boldDashLabelAt(line, p, index, section) ?? boldThenRoleAt(line, p, index, section) ?? dashedQuestionAt(line, p, index, section) ?? boldRoleThenWords(line, p, index, section);
}

/**
 * `**Interviewer** Ja, oke.`, `**Jeremy** Mmm. For sure.`: a role or a name in bold, then the words with no colon
 * between (a voice where two recur; `**Important** …` is a word in bold, no name).
 */
const BOLD_THEN_WORDS = /\*\*([^*\n:：]{1,60}?)\*\*[ \t]+(?=\S)/y;

function boldRoleThenWords(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	BOLD_THEN_WORDS.lastIndex = p;
	const m = BOLD_THEN_WORDS.exec(line);
	const label = m === null ? "" : withoutFullStop(m[1].trim());
	// A name's words start a sentence (`**Irving Kahn** of Kahn Investments…` is prose about him).
	if (m === null || !(isPlaceholderLabel(label) || isJobRole(label) || (isLabelName(label) && isPlausibleName(label) && /[\p{Lu}"“]/u.test(line.charAt(m.index + m[0].length))))) return null;
	return candidate(label, null, index, m.index + m[0].length, section, true);
}

/** `**Joanna Penn.** Absolutely.`, `**JP.** I was…`: the full stop that closes a label, not a name's (`Jr.`, `Mary J.`). */
function withoutFullStop(label: string): string {
	return label.endsWith(".") && !NAME_FULL_STOP.test(label) ? label.slice(0, -1) : label;
}
const NAME_FULL_STOP = /(?:\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|St)|(?:^|\s)\p{Lu})\.$/u;

/** `**Paolo Antinori**` alone on its line: a voice where two recur (as `[Justin]` alone), when its words are quoted below (note/scan.ts). */
const BOLD_ALONE = /\*\*([^*\n:：]{1,60}?)\*\*[ \t]*$/y;

export function boldAloneAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	return plainLabelBy(BOLD_ALONE, 1, line, p, index, section);
}

/**
 * `**Intervistatore**` alone, then its words as a paragraph (maybe after a blank line): a role in bold over each
 * turn of a user study's interview. Only a role: a bold word alone over a paragraph is a caption as often.
 */
export function boldRoleAloneAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	const turn = plainLabelBy(BOLD_ALONE, 1, line, p, index, section);
	return turn !== null && isPlaceholderLabel(turn.label) ? turn : null;
}

/** `**Chris | Spheron**` alone on its line: a name and the organisation it speaks for, as a Space's recap labels its voices. */
const BOLD_AFFILIATED = /\*\*([^*|\n:：]{1,40}?)[ \t]*\|[ \t]*[^*|\n]{1,80}\*\*[ \t]*$/y;

export function boldAffiliatedAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	return plainLabelBy(BOLD_AFFILIATED, 1, line, p, index, section);
}

const BOLD_TAGGED = /\*\*<(span|font|strong|b)\b[^<>\n]*>[ \t]*([^<>*\n:：]{1,40}?)[ \t]*<\/\1>[ \t]*(?:[:：][ \t]*\*\*|\*\*[ \t]*[:：])[ \t]+(?=\S)/y;

// A no-break space may follow it (`**[Hadi]**\u00a0So…`); a sentence follows it, not a lower-case word
// or a comma (`**[Trail of Lightning]** by …`, `**[Marvel's Spider-Man]**, which…` name works inside a turn).
// Also with the colon inside the bold (`**[Renee]:** Have any…`).
const BOLD_BRACKET = /\*\*\[([^[\]\n]{1,60})\](?:[:：]\*\*|\*\*[ \t\u00a0]*[:：]?)[ \t\u00a0]*(?=[^\s,.;!?)\p{Ll}])/uy;

/**
 * `**Sandipan: Can you tell us about yourself?**`: the name and a question in one bold span to the line's end,
 * as an interviewer's questions are set off (`**Responsibility: Score 400 companies**` is a field).
 */
// The span may be broken by a link in bold (`…written** [**a white paper**](url) **about this?**`) when the line
// ends in a closing mark.
// Chinese writes no space after its colon (`**思否：你能分享…？**`).
const BOLD_WRAPPED = /\*\*([^*:：\n]{1,40}?)[ \t]*(?:[:：][ \t]+|：)(?=[^*\n]+(?:[?？]\*\*[ \t]*)?$|[^*\n][^\n]*\*\*[ \t]*$)/y;

function boldWrappedAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	BOLD_WRAPPED.lastIndex = p;
	const m = BOLD_WRAPPED.exec(line);
	// `**Q: Why Gemini?**` is how an FAQ or a talk's write-up sets off its questions: a voice only beside named
	// ones (a press conference's `**Q: Toto, hunter? Hunted?**` before `**TW:**`), as acceptTurns keeps a plain `Q`.
	const turn = m === null ? null : m[1] === QUESTION ? (askedBy(line, m.index + m[0].length, index, section) ?? candidate(QUESTION, null, index, m.index + m[0].length, section, true)) : named(m[1], null, index, m.index + m[0].length, section);
	// The bold may close on a later line of the paragraph: the scan checks the question's end (spokenTurns).
	if (turn !== null) turn.wrapped = true;
	return turn;
}

/** `(Julien Billiotte – AUTOhebdo)` opening a press conference's question: the journalist and the outlet. */
const ASKER = /\(([^()–—\n]{2,40}?)[ \t]*[–—-][ \t]*[^()\n]{1,60}\)[ \t]*/y;

/** The journalist a question names before its words, as that question's voice. */
function askedBy(line: string, at: number, index: number, section: string[]): TurnCandidate | null {
	ASKER.lastIndex = at;
	const m = ASKER.exec(line);
	if (m === null || !isPlausibleName(m[1].trim()) || !/\S\s+\S/.test(m[1].trim())) return null;
	return candidate(m[1].trim(), null, index, m.index + m[0].length, section);
}

/**
 * `**-- First of all, how was the decision made?**`, `**―― …**`: a magazine interview's unnamed interviewer, a
 * dash opening a bold line; the interview's `Q:` (kept as one beside a named voice, acceptTurns).
 */
const DASHED_QUESTION = /\*\*(?:--|―+|—+)[ \t]*(?=[^\s*][^\n]*\*\*[ \t]*$)/y;

function dashedQuestionAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	DASHED_QUESTION.lastIndex = p;
	const m = DASHED_QUESTION.exec(line);
	if (m === null) return null;
	const turn = candidate(QUESTION, null, index, m.index + m[0].length, section);
	turn.wrapped = true;
	return turn;
}

/** `***Maria Lewalska:*** text`: the label in bold italics. */
const BOLD_ITALIC = boldLabel(String.raw`\*\*\*`, "*");

/** `**Emma** - Während …`: the name in bold, then a spaced dash; a voice only where two recur (a glossary writes terms so). */
const BOLD_DASH_LABEL = /\*\*([^*\n]{1,60}?)\*\*[ \t]+[-–—][ \t]+(?=\S)/y;

function boldDashLabelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	return plainLabelBy(BOLD_DASH_LABEL, 1, line, p, index, section);
}

/** `**Paige Bailey**  (00:36):`, `**Jacob** \[00:15\]:` (brackets escaped), `**Caleb** *[00:13]*:` (the time in italics): the name in bold, then its time outside the bold (the words may start below). */
const BOLD_THEN_TIME = new RegExp(String.raw`\*\*([^*\n(\[]{1,80}?)\*\*[ \t]*[*_]?\\?[(\[]${TIME}\\?[)\]][*_]?[ \t]*[:：]?[ \t]*`, "y");

const BOLD_PATTERNS = [BOLD_TIMED, BOLD, BOLD_ITALIC, BOLD_THEN_TIME];

/** `**Ryan Wong** *(15.12s - 19.04s)*: …`: the name in bold, then the segment's span in seconds (MeetMemo's transcripts). */
const BOLD_THEN_SPAN = /\*\*([^*\n([]{1,80}?)\*\*[ \t]*([*_]?)\((\d{1,6})(?:\.\d{1,3})?s[ \t]*[-–][ \t]*\d{1,6}(?:\.\d{1,3})?s\)\2[ \t]*[:：][ \t]*/y;

function boldSpanLabelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	if (line.indexOf("s)", p) < 0) return null;
	BOLD_THEN_SPAN.lastIndex = p;
	const m = BOLD_THEN_SPAN.exec(line);
	return m === null ? null : named(m[1], clockOf(Number(m[3])), index, m.index + m[0].length, section);
}

/** `**[00:23] Christoph Jentzsch:**`, `**[00:23] Christoph Jentzsch**:`: a time in brackets and the name in one bold. */
const BOLD_TIMED_NAME = new RegExp(String.raw`\*\*\[${TIME}\][ \t]+([^*\n:：\[\]]{1,60}?)[ \t]*(?:[:：][ \t]*\*\*|\*\*[ \t]*[:：])[ \t]*`, "y");

/** `**0:52** · Keyu Jin: …`: the time in bold, a separating dot or bar, then the name and its colon. */
const BOLD_TIME_THEN_NAME = new RegExp(String.raw`\*\*${TIME}\*\*[ \t]*[·•|][ \t]*([^*\n:：]{1,60}?)[ \t]*[:：][ \t]+(?=\S)`, "y");

/**
 * `**00:01:39 LT. GOV. EARLE-SEARS**` alone on its line, the words below (a debate's transcript cleaned from captions);
 * `**00:01:08 - Saron Yitbarek**：` with a dash and a colon (a translated show's transcript).
 */
const BOLD_TIME_NAME_ALONE = new RegExp(String.raw`\*\*[ \t]*${TIME}(?:[ \t]+[-–—])?[ \t]+([^*\n:：]{1,60}?)[ \t]*\*\*[ \t]*[:：]?[ \t]*$`, "y");
/** `**00:04** - _Saron Yitbarek_` alone on its line: the time in bold, a dash, the name in italics (a chapter's title is plain). */
const BOLD_TIME_DASH_ITALIC_NAME = new RegExp(String.raw`\*\*${TIME}\*\*[ \t]*[-–—][ \t]*([*_])([^*_\n:：]{1,60}?)\2[ \t]*[:：]?[ \t]*$`, "y");

function boldTimeThenNameAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	BOLD_TIME_THEN_NAME.lastIndex = p;
	const m = BOLD_TIME_THEN_NAME.exec(line);
	if (m !== null) return named(m[2], m[1], index, m.index + m[0].length, section);
	BOLD_TIME_NAME_ALONE.lastIndex = p;
	const alone = BOLD_TIME_NAME_ALONE.exec(line);
	BOLD_TIME_DASH_ITALIC_NAME.lastIndex = p;
	const italic = alone === null ? BOLD_TIME_DASH_ITALIC_NAME.exec(line) : null;
	const turn = alone !== null ? named(alone[2], alone[1], index, line.length, section) : italic !== null ? named(italic[3], italic[1], index, line.length, section) : null;
	if (turn !== null) turn.nameAlone = true;
	return turn;
}

/** `**Mark Trammell** (design researcher): …`: the name in bold, then a role in parentheses and a colon outside it. */
const BOLD_THEN_ROLE = /\*\*([^*\n([]{1,80}?)\*\*[ \t]*\(([^()\n]{1,40})\)[ \t]*[:：][ \t]*/y;

function boldThenRoleAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	BOLD_THEN_ROLE.lastIndex = p;
	const m = BOLD_THEN_ROLE.exec(line);
	// Read as `Name (role)`, so an affiliation is dropped and initials (`**Adam Levine** (AL):`) are kept for later labels.
	return m === null ? null : named(`${m[1].trim()} (${m[2].trim()})`, null, index, m.index + m[0].length, section);
}

/** The first of `patterns` (name, then maybe a time) that matches at `p` with a name, or null. */
function matchLabel(patterns: RegExp[], line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	for (const re of patterns) {
		re.lastIndex = p;
		const m = re.exec(line);
		if (m) return named(m[1], m[2] ?? null, index, m.index + m[0].length, section);
	}
	return null;
}

/** A title written after a Chinese or Japanese name (`李唐越醫師`, `高井研先生`): no part of the name. */
const CJK_TITLE = /^(\p{Script=Han}{2,4}?)(?:醫師|医师|医生|醫生|老師|老师|先生|女士|小姐|教授|博士|律師|律师|さん|氏)$/u;

function withoutTitle(label: string): string {
	const m = CJK_TITLE.exec(label);
	return m === null ? label : m[1];
}

/** `PETER SAGAL, HOST`, `LIZ KANTER-GROSCAN, BYLINE`: a public-radio transcript's name in capitals, then the role. */
const CAPS_ROLE = /^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu})\s*,\s*\p{Lu}[\p{Lu} -]*$/u;

/** `Logan Finney, Idaho Reports`: a full name, then the outlet or role the person speaks for. */
const NAME_ROLE = /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,2})\s*,\s*(\p{Lu}[^,:：]{1,50})$/u;

/** The label without a role after a comma, and the initials of that role (`IR` for Idaho Reports), if any. */
function withoutRole(label: string): { name: string; initials: string | null } {
	if (label.indexOf(",") < 0) return { name: label, initials: null };
	const caps = CAPS_ROLE.exec(label);
	if (caps !== null) return { name: caps[1], initials: null };
	const m = NAME_ROLE.exec(label);
	if (m === null) return { name: label, initials: null };
	// `IR:` later stands for the one voice of Idaho Reports (`Idaho Department of Labor`: `IDL`).
	const initials = m[2].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join("");
	return { name: m[1], initials: initials.length >= 2 && initials.length <= 4 ? initials : null };
}

/** `Cheeky (Protocol Guild)`, `Adam Levine (AL)`: a name, then an affiliation or the initials later labels use. */
// Hansard writes a member's seat and party after the name: `Mr. David Cameron (Witney) (Con)`.
const NAME_PAREN = /^([^()]{1,60}?)\s+\(([^()]{1,40})\)(?:\s*\([^()]{1,40}\)){0,2}$/;

/** Emoji around a label (`**AI 🤖:**`, `**User 👩‍💻:**`), with their joiners, variation selectors and skin tones. */
const EDGE_EMOJI = /^(?:(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)\s*)+|(?:\s*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f))+$/gu;

/** `**「公子」：**`: a game's title for a character, set in corner brackets, is the label without them. */
function withoutCornerBrackets(label: string): string {
	const first = label.charAt(0);
	return (first === "「" || first === "『") && label.endsWith(first === "「" ? "」" : "』") && label.length > 2 ? label.slice(1, -1).trim() : label;
}

/** A label without the emoji at its edges. Most labels hold none: the replacement runs only where a character outside Basic Latin ends or opens one. */
export function withoutEdgeEmoji(label: string): string {
	return label.charCodeAt(0) > 0x7f || label.charCodeAt(label.length - 1) > 0x7f ? label.replace(EDGE_EMOJI, "") : label;
}

export function named(raw: string, timestamp: string | null, index: number, end: number, section: string[]): TurnCandidate | null {
	const label = withoutEdgeEmoji(withoutTitle(withoutCornerBrackets(raw.trim())));
	if (isLabelName(label)) return candidate(label, timestamp, index, end, section);
	// `**@jango:**`: an account's handle as the label, the voice without its `@` (acceptTurns, as other handles).
	if (label.startsWith("@") && AT_HANDLE.test(label)) {
		const turn = candidate(label.slice(1), timestamp, index, end, section, true);
		turn.handle = true;
		return turn;
	}
	// `**cso67:**`: a handle set off as a label, a voice only where it recurs beside named ones (acceptTurns).
	if ((HANDLE.test(label) || TAG_WITH_DIGITS.test(label)) && !NOT_SPEAKERS.has(label) && !PLACEHOLDER.test(label)) {
		const turn = candidate(label, timestamp, index, end, section, true);
		turn.handle = true;
		return turn;
	}
	// `**Cheeky (Protocol Guild)**:` is Cheeky's turn; `**Adam Levine (AL):**` also lets `AL:` stand for him.
	const m = label.endsWith(")") ? NAME_PAREN.exec(label) : null;
	// `**K (Kiki)**:`: the initial first, the name it stands for in brackets (later `**K:**` turns are hers).
	if (m !== null && /^\p{Lu}{1,3}$/u.test(m[1]) && isLabelName(m[2]) && /^\p{Lu}\p{Ll}/u.test(m[2]) && m[2].startsWith(m[1].charAt(0))) return candidate(m[2], timestamp, index, end, section, false, m[1]);
	if (m === null || !isLabelName(m[1])) return null;
	// `**Interviewer (Simon Erickson):**`, `MODERATOR (TOM)`: a role, then in brackets the name of who holds it this time
	// (one word only in capitals, as captions write a first name: `Audience Member (Lido)` names an affiliation).
	// `**Pytanie (Krzysztof):**`, `**Odpowiedź (Daniel Burbank, astronauta):**`: a question or an answer, then who gives
	// it (a first name will do, its role after a comma dropped).
	const asks = QUESTION_WORD.test(m[1]) || ANSWER_WORD.test(m[1]);
	const holder = asks ? m[2].replace(/,.*$/, "").trim() : m[2];
	// `**Speaker 2 (Katie)**`: a transcript tool's numbered voice, then the first name someone gave it; `**Witness
	// (Davidson):**`, the witness on the stand, named.
	const namesOneWord = NUMBERED_VOICE.test(m[1]) || WITNESS.test(m[1]);
	if ((isNobodysLabel(m[1]) || asks) && (/\S\s+\S/.test(holder) || asks || namesOneWord || label === label.toUpperCase()) && isLabelName(holder) && isPlausibleName(holder)) return candidate(holder, timestamp, index, end, section);
	return candidate(m[1], timestamp, index, end, section, false, INITIALS.test(m[2]) ? m[2] : null);
}

/** A court's witness, as a hearing's summary labels the one testifying. */
const WITNESS = /^(?:the )?witness$/i;

/** A transcript tool's numbered voice: `Speaker 2`, `SPEAKER_01`, `Sprecher 3`. */
const NUMBERED_VOICE = /^(?:speaker|sprecher|hablante|intervenant|locuteur|spreker)[\s_-]*\d{1,3}$/i;

export function isNumberedVoice(label: string): boolean {
	return NUMBERED_VOICE.test(label);
}

/** A capitalised first name with two to four digits after it (`Alexandra933`). */
const ACCOUNT_DIGITS = /^(\p{Lu}\p{Ll}{2,})\d{2,4}$/u;

/** `@jango`, `@Zeugh`: a handle written with its `@`, any case. */
const AT_HANDLE = /^@\w[\w.-]{0,29}$/;

/** A handle in lower case, as chat and game names are written (`cso67`, `bitstein`). */
const HANDLE = /^[a-z][a-z0-9_.-]{1,29}$/;
/** A gamer tag in mixed case with digits in it (`RapidRaven880`, `xX_Sniper_99`). */
const TAG_WITH_DIGITS = /^(?=[A-Za-z_]*\d)[A-Za-z][A-Za-z0-9_]{2,29}$/;

/**
 * `<code style="color : orange">sioneus</code> - text`, `<b>Denis:</b> text`: a label set in an inline element,
 * then a colon or a dash. A voice only where it recurs (the element may as well mark a term).
 */
const TAG_LABEL = /<(code|span|b|strong|em|i|u|font|mark|kbd)\b[^<>]*>[ \t]*([^<>\n]{1,40}?)(?:[ \t]*[:：](?:[ \t]+<\/\1>|[ \t]*<\/\1>[ \t]*[:：]?[ \t]+)|[ \t]*<\/\1>[ \t]*(?:[:：]|[-–—])[ \t]+)(?=\S)/y;

/** `<div class="transcript-timestamp">03:26 // Tobias</div> …`: a site template's time and name in one element. */
const TIMED_TAG = new RegExp(String.raw`<(div|span|p)\b[^<>]*>[ \t]*${TIME}[ \t]*(?:\/\/|[|·–—-])[ \t]*([^<>\n]{1,40}?)[ \t]*<\/\1>[ \t]*(?=\S)`, "y");

/** `<i class="timecode">[00:00:21]</i> **Alex:** …`: a site's transcript writes each turn's time in an element of its own before the label. */
const TIME_TAG = new RegExp(String.raw`<(i|span|em|small|time|code|b)\b[^<>]*>[ \t]*[([]?${TIME}[)\]]?[ \t]*<\/\1>[ \t]+(?=\S)`, "y");

export function tagLabelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	TIME_TAG.lastIndex = p;
	const timed = TIME_TAG.exec(line);
	if (timed !== null) {
		const turn = turnLabelAt(line, timed.index + timed[0].length, index, section);
		if (turn !== null && turn.timestamp === null) turn.timestamp = timed[2];
		return turn;
	}
	const tagged = plainLabelBy(TAG_LABEL, 2, line, p, index, section) ?? (line.startsWith("<span", p) ? speakerSpanAt(line, p, index, section) : null);
	const tag = line.charAt(p + 1);
	if (tagged === null && (tag === "s" || tag === "b")) {
		const wrapped = tagWrappedAt(line, p, index, section);
		if (wrapped !== null) return wrapped;
	}
	if (tagged !== null || (tag !== "d" && tag !== "s" && tag !== "p")) return tagged;
	TIMED_TAG.lastIndex = p;
	const m = TIMED_TAG.exec(line);
	if (m === null) return null;
	const turn = named(m[3], m[2], index, m.index + m[0].length, section);
	if (turn !== null) turn.plain = true;
	return turn;
}

/**
 * `<span class="a--interview-speaker"><img src="…/matz.webp" alt=""><strong>まつもと：</strong></span> 私自身…`: a site's
 * speaker element, the portrait and the bold name inside it, the words after it.
 */
const SPEAKER_SPAN = /<span\b[^<>]*>(?:[ \t]*<img\b[^<>]*>)*[ \t]*<(strong|b)\b[^<>]*>[ \t]*([^<>\n]{1,40}?)[ \t]*[:：]?[ \t]*<\/\1>[ \t]*[:：]?[ \t]*<\/span>[ \t]*(?=\S)/y;

function speakerSpanAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	SPEAKER_SPAN.lastIndex = p;
	const m = SPEAKER_SPAN.exec(line);
	return m === null ? null : named(m[2], null, index, m.index + m[0].length, section);
}

/** `<strong>Q: Tell us when…</strong>`: a name and its words in one HTML bold element to the line's end (`**Q: …**`). */
const TAG_WRAPPED = /<(strong|b)(?:\s[^<>]*)?>[ \t]*([^<>:：\n]{1,40}?)[ \t]*(?:[:：][ \t]+|：)(?=[^\n]*<\/\1>[ \t]*$)/y;

function tagWrappedAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	TAG_WRAPPED.lastIndex = p;
	const m = TAG_WRAPPED.exec(line);
	if (m === null) return null;
	const end = m.index + m[0].length;
	const turn = m[2] === QUESTION ? candidate(QUESTION, null, index, end, section, true) : named(m[2], null, index, end, section);
	if (turn !== null) turn.wrapped = true;
	return turn;
}

/** A surname written with its particle (`DE LIMA`, `van Gogh`, `DA SILVA`): two words, the first a particle. */
const SURNAME_PARTICLE = /^(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|ter|ten|bin|al|el|dela|mac|st\.?)\s+\S+$/i;

/** `Name: text` at `p`, with optional initials or a time alone after the colon. */
function plainLabel(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	if (!hasColon(line, p)) return null;
	PLAIN.lastIndex = p;
	const m = PLAIN.exec(line);
	if (!m) return null;
	const role = withoutRole(m[1].trim());
	const label = withoutTitle(role.name);
	if (!isLabelName(label)) return null;
	const timed = m[3] !== undefined;
	// `Goto: https://…`, `Link: <url>`: a field holding an address, not someone's words.
	if (!timed && URL_ONLY.test(line.slice(m.index + m[0].length))) return null;
	return candidate(label, timed ? m[3] : null, index, timed ? line.length : m.index + m[0].length, section, !timed && m[2] === undefined, m[2] ?? role.initials);
}

const URL_ONLY = /^<?[a-z][a-z0-9+.-]*:\/\/\S+?>?[ \t]*$/i;

/** The roles a talk's or a meeting's programme lists, each with who holds it. */
const ROLE_FIELD = /^(?:presenters?|presented by|chairs?|chairperson|chaired by|hosts?|hosted by|moderators?|moderated by|speakers?|organi[sz]ers?|facilitators?|facilitated by|panell?ists?|guests?|keynote(?: speaker)?|led by)$/i;

/** Whether a field's value opens with a person's name and holds no sentence after it (`[Geert Jan Bex](mailto:…)`, `Giada Lalli, Bioinformatician`). */
function namesOnly(value: string): boolean {
	const { shown, name: named } = fieldValue(value);
	// `**Host**: Ms. Hayami, could you give some opening remarks?`, `Host: Hi Joel, welcome!`: a name called, then a question or a cry.
	if (/[?？!！]\s*$/.test(shown)) return false;
	const name = named.replace(/\.$/, "");
	// `**Host:** Dialectic`: one capitalised word alone, a show or a person, no sentence.
	if (named === shown && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(name)) return true;
	return /\S\s+\S/.test(name) && isPlausibleName(name);
}

/** `Goto: https://…` at `p`: a label and an address alone, which ends the turn above (it is not its words). */
export function isAddressField(line: string, p: number): boolean {
	if (!hasColon(line, p)) return false;
	PLAIN.lastIndex = p;
	const m = PLAIN.exec(line);
	return m !== null && m[3] === undefined && URL_ONLY.test(line.slice(m.index + m[0].length));
}

/** `bitstein: text`: a handle in lower case as a label (one word, then a colon and the words). */
const LOWER = /([a-z][a-z0-9_.-]{1,29})[:：][ \t]+(?=\S)/y;

/**
 * A lower-case label at `p` (`bitstein: …`, a handle some transcripts use for a co-host), or null. It is
 * trusted only when it recurs in a transcript whose other voices recur too (acceptTurns).
 */
export function lowerLabelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	LOWER.lastIndex = p;
	const m = LOWER.exec(line);
	if (m === null || NOT_SPEAKERS.has(m[1]) || PLACEHOLDER.test(m[1])) return null;
	const turn = candidate(m[1], null, index, m.index + m[0].length, section, true);
	const q = line.charAt(turn.textStart);
	if (q === '"' || q === "“") turn.quoted = true;
	return turn;
}

/** A lower-case name as a player types it (`ellara`, `tsi'nyra`): letters only, unlike a field's key (`url_audio`). */
const LOWER_NAME = /^[a-z][a-z'’-]+$/;

/** `dc: …`: two lower-case letters as a label, the initials minutes write for their members. */
const LOWER_INITIALS = /([a-z]{2}):[ \t]+(?=\S)/y;

/** A nested item's lower-case initials at `p` (`- dc: didn't leave…`), or null; only minutes of three such voices keep them (item-turns.ts). */
export function lowerInitialsAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	LOWER_INITIALS.lastIndex = p;
	const m = LOWER_INITIALS.exec(line);
	if (m === null || NOT_SPEAKERS.has(m[1]) || PLACEHOLDER.test(m[1])) return null;
	return candidate(m[1], null, index, m.index + m[0].length, section, true);
}

/** Whether a ` (` starts within 62 characters after `p`. */
function hasParenSoon(line: string, p: number): boolean {
	// Searches for `(` (rare in prose; a search for ` (` stops at every space), ending once past the window.
	for (let k = line.indexOf("(", p + 2); k >= 0 && k <= p + 63; k = line.indexOf("(", k + 1)) {
		if (line[k - 1] === " ") return true;
	}
	return false;
}

/** `<p><strong>Nic</strong></p>` (the words in the next paragraph), `<p><strong>Nic</strong>: …`, `<p><b>Denis:</b> …`. */
// Also in italics with a no-break space after it (`<p><em>Jeroen</em>&nbsp; …`).
// A span marked as the speaker too (`<p class="utterance"><span class="speaker">Crito</span>It certainly is.</p>`).
const HTML_TURN = /<p(?:\s[^<>]*)?>[ \t]*<(strong|b|em|i|span(?=\s+class="speaker"))(?:\s+class="speaker")?>([^<>\n]{1,60}?)[ \t]*[:：]?[ \t]*<\/\1>[ \t]*[:：]?(?:[ \t]|&nbsp;)*(?:<\/p>[ \t]*$)?/y;

/** A screenplay's speech in HTML: `<div class="dialog …"><p class="character">NAME</p>`, the words in the next element. */
const SCREENPLAY_TURN = /<div\s+class="dialog(?:ue)?(?:\s[^"<>]*)?"\s*>[ \t]*<p\s+class="character"\s*>[ \t]*([^<>\n]{1,60}?)[ \t]*<\/p>/y;

/** `<div class="dialog"><p class="character">PHIL</p><p>Hey Mary…</p></div>`: a screenplay's speech in HTML, on its one line. */
export function screenplayTurnAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	SCREENPLAY_TURN.lastIndex = p;
	const m = SCREENPLAY_TURN.exec(line);
	const turn = m === null ? null : named(m[1], null, index, m.index + m[0].length, section);
	if (turn !== null) turn.html = true;
	return turn;
}

/** `<q class="matt">…</q>`, `<q data-name="Brandon Gibbs">…</q>`: one line of a quote board, its speaker in an attribute. */
const Q_LINE = /<q\s[^<>]*?\b(data-name|data-speaker|class)\s*=\s*(["'])([^"'<>\n]{1,60})\2[^<>]*>(?=.*<\/q>[ \t]*$)/y;

/** A quote board's `<q>` line at `p` as a turn of its own (a lower-case class is written as a name), or null. */
export function quoteLineAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	Q_LINE.lastIndex = p;
	const m = Q_LINE.exec(line);
	if (m === null) return null;
	const id = m[3].trim().split(/\s+/)[0];
	const name = m[3].indexOf(" ") > 0 && m[3] !== m[3].toLowerCase() ? m[3].trim() : id.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
	const turn = named(name, null, index, m.index + m[0].length, section);
	if (turn === null) return null;
	turn.html = true;
	// A class may be a style (`pullquote`): a voice only beside another recurring one, or a person of the note.
	turn.plain = m[1] === "class";
	return turn;
}

/**
 * `<Dialogue role="比利">…</Dialogue>`, `<Line speaker="Ann">…</Line>`: a component naming its speaker in an attribute,
 * opened and closed on one line. `role`, `name` and `author` name a speaker only on a component (capitalised): on an
 * HTML element they are ARIA roles and form fields.
 */
const SPOKEN_ELEMENT = /<([A-Za-z][\w.-]*)\s[^<>]*?\b(speaker|character|data-speaker|data-character|role|name|author)\s*=\s*(["'])([^"'<>\n]{1,60})\3[^<>]*>(?=[^\n]*?\S[^\n]*<\/\1>[ \t]*$)/y;
/** A description in brackets standing for a speaker not yet named (`(灰发少年)`), or a name set in ceiling brackets (`⌈ 白佬 ⌋`; `「…」` is named's). */
const ROLE_BRACKETS = /^[(（⌈【][ \t]*([^()（）]+?)[ \t]*[)）⌋】]$/u;

/** A component line at `p` whose attribute names who says the words inside it, as a turn of its own; or null. */
export function spokenElementAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	SPOKEN_ELEMENT.lastIndex = p;
	const m = SPOKEN_ELEMENT.exec(line);
	if (m === null) return null;
	const attribute = m[2].toLowerCase();
	if ((attribute === "role" || attribute === "name" || attribute === "author") && !/^\p{Lu}/u.test(m[1])) return null;
	const raw = m[4].trim();
	const bracketed = ROLE_BRACKETS.exec(raw);
	const turn = named(bracketed === null ? raw : bracketed[1], null, index, m.index + m[0].length, section);
	if (turn !== null) {
		turn.html = true;
		turn.declared = true;
	}
	return turn;
}

/** A transcript's label in HTML at `p` (transcripts pasted from a WordPress page's source), or null. */
export function htmlTurnAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	HTML_TURN.lastIndex = p;
	const m = HTML_TURN.exec(line);
	if (m === null) {
		// `<p>Dean:  My voice…</p>`: a plain label inside the paragraph, a voice where two recur.
		const plain = plainLabelBy(HTML_PLAIN, 1, line, p, index, section);
		if (plain !== null) plain.html = true;
		return plain;
	}
	const turn = named(m[2], null, index, m.index + m[0].length, section);
	if (turn !== null) {
		turn.html = true;
		turn.declared = m[1] === "span";
	}
	return turn;
}

/** `<p>Dean:  My voice…</p>`: a plain label and its colon opening an HTML paragraph. */
const HTML_PLAIN = /<p>[ \t]*([^<>:：\n]{1,40}?)[:：](?:[ \t]|&nbsp;)+(?=\S)/y;

/** `<div class="name">SK:</div>` alone on its line, the words on the lines below up to the `</div>` that closes its block. */
const NAME_DIV = /<div\s+class="(?:name|speaker)"\s*>[ \t]*([^<>\n]{1,40}?)[ \t]*[:：]?[ \t]*<\/div>[ \t]*$/y;

export function nameDivAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	NAME_DIV.lastIndex = p;
	const m = NAME_DIV.exec(line);
	const turn = m === null ? null : named(m[1], null, index, line.length, section);
	if (turn !== null) {
		turn.html = true;
		turn.wordsBelow = true;
	}
	return turn;
}

/** How many turns a full name's plain label opens to be a voice with no other beside it. */
const SOLO_VOICE_TURNS = 5;

/**
 * `**Herkunft:** Brooklyn` … `**Stimme:** nasal` on the lines under `# 1. Woody Allen`, then the same labels in the same
 * order under `# 2. John Goodman`: a profile's fields, no voices. Three labels or more, each right below the one before
 * (no blank line between), each once in each of two sections or more, always in one order (a panel's voices each answer
 * once under a question too, but in paragraphs of their own). Null when none.
 */
export function recordFields(candidates: ReadonlyArray<Pick<TurnCandidate, "label" | "line" | "endLine" | "section" | "continued">>): Set<string> | null {
	const bySection = new Map<string, Array<(typeof candidates)[number]>>();
	for (const c of candidates) {
		if (c.continued) continue;
		const key = c.section.join("\n");
		const turns = bySection.get(key);
		if (turns === undefined) bySection.set(key, [c]);
		else turns.push(c);
	}
	const orders = new Map<string, number>();
	for (const turns of bySection.values()) {
		if (turns.length < 3 || turns.some((t, k) => k > 0 && t.line !== turns[k - 1].endLine + 1)) continue;
		const labels = turns.map((t) => t.label);
		if (new Set(labels).size !== labels.length) continue;
		const order = labels.join("\n");
		orders.set(order, (orders.get(order) ?? 0) + 1);
	}
	let fields: Set<string> | null = null;
	for (const [order, count] of orders) if (count >= 2) for (const label of order.split("\n")) (fields ??= new Set()).add(label);
	return fields;
}

/** Keeps the candidates that are real turns; `people` are the note's frontmatter people (display names). */
export function acceptTurns(candidates: TurnCandidate[], people: string[], transcriptTitle = false): TurnCandidate[] {
	const fields = recordFields(candidates);
	if (fields !== null) candidates = candidates.filter((c) => !fields.has(c.label));
	if (candidates.length === 0) return candidates;
	// `Adam Levine (AL):` once, then `AL:`: the initials stand for the name.
	const initials = new Map<string, string>();
	for (const c of candidates) if (c.initials !== null && !initials.has(c.initials)) initials.set(c.initials, c.label);
	if (initials.size > 0) {
		for (const c of candidates) {
			const full = initials.get(c.label);
			if (full !== undefined) c.label = full;
		}
	}
	letterLabels(candidates);
	abbreviatedLabels(candidates);
	// Work per distinct label, not per turn: a transcript repeats a handful of labels thousands of times.
	// A continuation repeats the label before it: it keeps that label's fate and adds nothing to its count.
	const perLabel = new Map<string, number>();
	for (const c of candidates) perLabel.set(c.label, (perLabel.get(c.label) ?? 0) + (c.continued && c.ditto !== true ? 0 : 1));
	// A first name alone (`Lex`) stands for the one full name it begins (`Lex Fridman`).
	const full = new Map<string, Set<string>>();
	// `KANTER-GROSCAN:` after one `LIZ KANTER-GROSCAN:` (a radio transcript names a voice in full once), `Paskash:`
	// after `Matthew Paskash, Idaho Department of Labor:`.
	const bySurname = new Map<string, Set<string>>();
	const fullLabels = new Map<string, string>();
	const addFull = (name: string) => {
		const key = nameKey(name);
		const space = key.indexOf(" ");
		if (space < 0) return;
		const first = key.slice(0, space);
		const set = full.get(first) ?? new Set<string>();
		set.add(key);
		full.set(first, set);
		const words = name.trim().split(/\s+/);
		if (words.length < 2) return;
		fullLabels.set(key, name);
		const last = nameKey(words[words.length - 1]);
		const same = bySurname.get(last) ?? new Set<string>();
		same.add(key);
		bySurname.set(last, same);
	};
	// `DUCKWORTH + DUBNER` is no full name of its first word.
	for (const label of perLabel.keys()) if (!isGroupLabel(label)) addFull(label);
	for (const p of people) addFull(p);
	const groupOf = (label: string): string => {
		const key = nameKey(label);
		// One written word (`Lex`, `SAGAL`, `ML`; `KANTER-GROSCAN` has two in its key): the one full label it stands for.
		const set = /\s/.test(label) ? (SURNAME_PARTICLE.test(label) ? particleSurnameOf(label, key) : undefined) : ((key.indexOf(" ") < 0 ? (full.get(key) ?? shortFormOf(key)) : undefined) ?? surnameOf(label, key) ?? initialsOf(label));
		return set !== undefined && set.size === 1 ? [...set][0] : key;
	};
	// Initials alone (`ML`, `WCh`) stand for the one full label they are the initials of (`Maria Lewalska`).
	const initialsOf = (label: string): Set<string> | undefined => {
		if (!INITIALS.test(label) && !WRITTEN_INITIALS.test(label)) return undefined;
		const named = [...perLabel.keys()].filter((l) => /\s/.test(l) && !isGroupLabel(l) && hasInitials(l, label));
		return named.length === 1 ? new Set([nameKey(named[0])]) : undefined;
	};
	// A surname alone (`SAGAL`, `Paskash`) stands for the one full label it ends.
	const surnameOf = (label: string, key: string): Set<string> | undefined => {
		if (label.length < 2 || !/^\p{Lu}/u.test(label)) return undefined;
		// Written as the full label writes it: `FUKUDA` after `TOSHIO FUKUDA`, `Paskash` after `Matthew Paskash`.
		const shouted = label === label.toUpperCase();
		const set = bySurname.get(key);
		return set !== undefined && [...set].every((k) => (fullLabels.get(k) === fullLabels.get(k)?.toUpperCase()) === shouted) ? set : undefined;
	};
	// `DE LIMA` after one `SENATOR LEILA DE LIMA`: a surname with its particle stands for the one full label it ends.
	const particleSurnameOf = (label: string, key: string): Set<string> | undefined => {
		const set = surnameOf(label.slice(label.lastIndexOf(" ") + 1), nameKey(label.slice(label.lastIndexOf(" ") + 1)));
		const ending = set === undefined ? [] : [...set].filter((k) => k.endsWith(" " + key));
		return ending.length === 1 ? new Set(ending) : undefined;
	};
	// `Oli` for `Oliver Scherer`: a short form begins the first name of the one full name it could be.
	const shortFormOf = (key: string): Set<string> | undefined => {
		if (key.length < 3) return undefined;
		let found: Set<string> | undefined;
		for (const [first, set] of full) {
			if (!first.startsWith(key)) continue;
			if (found !== undefined) return undefined;
			found = set;
		}
		return found;
	};
	const counts = new Map<string, number>();
	const groups = new Map<string, string>();
	for (const [label, n] of perLabel) {
		const g = groupOf(label);
		groups.set(label, g);
		counts.set(g, (counts.get(g) ?? 0) + n);
	}
	const known = new Set(people.map((p) => groupOf(p)));
	const marked = new Set<string>();
	const timed = new Set<string>();
	for (const c of candidates) {
		if (!c.plain && !c.continued) marked.add(c.label);
		if (c.timestamp !== null && !c.continued) timed.add(c.label);
	}
	// `P1:` beside `J:`: participant ids are voices only beside another voice that recurs (a task list's `P1:`/`P2:`
	// priorities are none), and only then count as recurring.
	const participantGroups = new Set<string>();
	let recurringOthers = 0;
	for (const [label, g] of groups) {
		if (PARTICIPANT_ID.test(label)) participantGroups.add(g);
		else if ((counts.get(g) ?? 0) >= 2) recurringOthers++;
	}
	const participantsHeard = recurringOthers >= 1;
	let recurring = 0;
	for (const [g, n] of counts) if (n >= 2 && (participantsHeard || !participantGroups.has(g))) recurring++;
	let recurringMarked = 0;
	for (const [label, g] of groups) if (marked.has(label) && (counts.get(g) ?? 0) >= 2) recurringMarked++;
	let recurringShouted = 0;
	for (const [label, g] of groups) if (SHOUTED_NAME.test(label) && (counts.get(g) ?? 0) >= 2) recurringShouted++;
	// Labels written with a capital that recur: a lower-case label needs two of them beside it.
	let recurringNamed = 0;
	for (const [label, g] of groups) if (!isLowerLabel(label) && (counts.get(g) ?? 0) >= 2) recurringNamed++;
	// A scribe's minutes (`emilio: …` then `... we should…`): two recurring lower-case nicks whose words go on so are voices.
	const scribed = new Set<string>();
	for (const c of candidates) if (c.scribed === true && isLowerLabel(c.label)) scribed.add(c.label);
	let scribedVoices = 0;
	for (const label of scribed) if ((counts.get(groups.get(label) ?? label) ?? 0) >= 2) scribedVoices++;
	// Handles set off by markup (`<code>sioneus</code> -`, `<code>crrool</code> -`): two that recur are a talk's voices.
	const handles = new Set<string>();
	for (const c of candidates) if (c.handle === true) handles.add(c.label);
	let recurringHandles = 0;
	for (const label of handles) if ((counts.get(groups.get(label) ?? label) ?? 0) >= 2) recurringHandles++;
	// Diarisation placeholders (`Speaker 1`, `Speaker 2`) are a transcript's voices once two turns carry them.
	let placeholders = 0;
	for (const [label, n] of perLabel) if (PLACEHOLDER.test(label)) placeholders += n;
	// Under a heading that names a transcript, two voices marked as labels are its turns though each speaks
	// once (a host's introduction, then the guest's long answer).
	const transcribed = new Set<string>();
	// So does a note titled as one (`title: "Vibrational Patterns Transcript"`).
	for (const c of candidates) if (!c.plain && !c.continued && isPlausibleName(c.label) && (transcriptTitle || c.section.some((h) => TRANSCRIPT_HEADING.test(h)))) transcribed.add(c.label);
	// `### Q&A` then `Iker: The preso is quite clear.` and `Ruffin: Would the certificates…`: the section says its
	// labels are the askers and answerers, plain ones too.
	for (const c of candidates) if (!c.continued && c.section.length > 0 && QA_HEADING.test(c.section[c.section.length - 1]) && QA_ASKER.test(c.label) && !isAbstractNoun(c.label) && isPlausibleName(c.label)) transcribed.add(c.label);
	// Other one-letter initials that recur (`S:`, `C:`): then `A:` is a voice too.
	let initialVoices = 0;
	for (const [label, g] of groups) if (label.length === 1 && label !== INITIAL_A && label !== "Q" && (counts.get(g) ?? 0) >= 2) initialVoices++;
	// Voices with a name that recur: `Q:` is an interviewer's turn only beside one (an FAQ's `Q:`/`A:` is no interview).
	let namedVoices = 0;
	for (const [label, g] of groups) if (label.length > 1 && !isLowerLabel(label) && !isNobodysLabel(label) && (counts.get(g) ?? 0) >= 2) namedVoices++;
	// `ellara: "who's they"`, `nyx: "looks like…"`: lower-case names (letters only, not a field's key) whose words
	// are in quotation marks, two such voices recurring, are a table's talk typed as it happens.
	const quotedLower = new Map<string, number>();
	for (const c of candidates) if (c.quoted === true && LOWER_NAME.test(c.label)) quotedLower.set(c.label, (quotedLower.get(c.label) ?? 0) + 1);
	let quotedVoices = 0;
	for (const n of quotedLower.values()) if (n >= 2) quotedVoices++;
	const quotedNamed = new Map<string, number>();
	for (const c of candidates) if (c.quoted === true && !LOWER_NAME.test(c.label)) quotedNamed.set(c.label, (quotedNamed.get(c.label) ?? 0) + 1);
	// An IRC log's messages (`<nick> words`): the brackets say what each line is, so four from two nicks are a log,
	// every nick a voice though it says `hi` once.
	const chatNicks = new Set<string>();
	let chatLines = 0;
	for (const c of candidates) {
		if (c.chat !== true) continue;
		chatNicks.add(c.label);
		chatLines++;
	}
	const chatLog = chatLines >= 4 && chatNicks.size >= 2;
	// `**ENTREVISTADOR:**` and `**E1:**` recurring, then `**[NOTAS DE OBSERVACIÓN]:**` after each answer: the label in
	// square brackets is the note-taker's aside, where the voices are written without them (`**[Sina]:**` throughout is a voice).
	const squared = new Set<string>();
	const unsquared = new Set<string>();
	for (const c of candidates) (c.squared === true ? squared : unsquared).add(c.label);
	let recurringUnsquared = 0;
	for (const label of unsquared) if (!squared.has(label) && (counts.get(groups.get(label) ?? label) ?? 0) >= 2) recurringUnsquared++;
	const asides = recurringUnsquared >= 2 ? new Set([...squared].filter((l) => !unsquared.has(l))) : null;
	const declared = new Set<string>();
	for (const c of candidates) if (c.declared === true) declared.add(c.label);
	const keep = new Set<string>();
	for (const [label, g] of groups) {
		// `Ausgewähltes Zitat: „…“`, `Quote of the day:`: a field that says a quotation follows names nobody.
		if (asides?.has(label) === true || QUOTE_FIELD.test(label)) continue;
		if ((chatLog && chatNicks.has(label)) || declared.has(label)) {
			keep.add(label);
			continue;
		}
		if (label === QUESTION) {
			if (namedVoices >= 1 && (counts.get(g) ?? 0) >= 2) keep.add(label);
			continue;
		}
		if (label === INITIAL_A) {
			if (initialVoices >= 2) keep.add(label);
			continue;
		}
		if (PARTICIPANT_ID.test(label)) {
			if (participantsHeard && (counts.get(g) ?? 0) >= 2) keep.add(label);
			continue;
		}
		// `DUCKWORTH + DUBNER:` once, in a transcript of two recurring voices.
		if (isGroupLabel(label) && recurring >= 2) {
			keep.add(label);
			continue;
		}
		if (transcribed.size >= 2 && transcribed.has(label)) {
			keep.add(label);
			continue;
		}
		const n = counts.get(g) ?? 0;
		if (isLowerLabel(label)) {
			if (n >= 2 && (recurringNamed >= 2 || (handles.has(label) && recurringHandles >= 2) || (quotedVoices >= 2 && (quotedLower.get(label) ?? 0) >= 2) || scribedVoices >= 2)) keep.add(label);
			continue;
		}
		// A plain `Name:` label is a turn only where two voices recur (`Pros:`/`Cons:` once each are not a
		// dialogue); a timed label once (`Eeke De Miliano (03:36):`) in a transcript whose other voices recur.
		if ((placeholders >= 2 && PLACEHOLDER.test(label)) || known.has(g) || (n >= 2 && (marked.has(label) || recurring >= 2)) || (timed.has(label) && recurring >= 1)) keep.add(label);
		// `**Chris Skipper:** Hey everybody, this is Chris, the producer…` once, where two bold voices recur.
		else if (n === 1 && marked.has(label) && recurringMarked >= 2 && /\S\s+\S/.test(label) && isPlausibleName(label)) keep.add(label);
		// `DANA: I took an aptitude test…` once, where `ALICE:` and `MOLLY:` recur: a name in capitals, as the others are written.
		else if (n === 1 && recurringShouted >= 2 && SHOUTED_NAME.test(label) && isPlausibleName(label)) keep.add(label);
		// `Stefan: *"Lösch es."*` twice or more, each time wholly a quotation: one voice's lines, though no other recurs.
		else if (n >= 2 && (quotedNamed.get(label) ?? 0) === n && isPlausibleName(label)) keep.add(label);
		// `Manuel Neuer: „Es werden sehr spannende Spiele…“` once, among three or more people's statements wholly quoted
		// so (a roundup of reactions): a full name's own quoted words.
		else if (n === 1 && (quotedNamed.get(label) ?? 0) === 1 && quotedNamed.size >= 3 && /\S\s+\S/.test(label) && isPlausibleName(label)) keep.add(label);
		// `John Liu:` opening twenty paragraphs, the host's labels lost in the export: one full name that recurs that
		// often is a transcript's voice alone.
		else if (n >= SOLO_VOICE_TURNS && /\S\s+\S/.test(label) && isPlausibleName(label)) keep.add(label);
	}
	return keep.size === perLabel.size ? candidates : candidates.filter((c) => keep.has(c.label));
}

/**
 * `**Łukasz:**` and `**Szymon:**` once, then `**Ł:**` and `**S:**`: a one-letter label stands for the one
 * longer label of the transcript that starts with that letter (never `Q`, `A` or a placeholder's).
 */
function letterLabels(candidates: TurnCandidate[]): void {
	const letters = new Set<string>();
	for (const c of candidates) if (c.label.length === 1 && c.label !== "Q" && c.label !== INITIAL_A && c.label.toUpperCase() === c.label && c.label.toLowerCase() !== c.label) letters.add(c.label);
	if (letters.size === 0) return;
	const longer = new Map<string, Set<string>>();
	for (const c of candidates) {
		const first = c.label.charAt(0);
		if (c.label.length < 2 || !letters.has(first) || isNobodysLabel(c.label) || !isPlausibleName(c.label)) continue;
		const set = longer.get(first) ?? new Set<string>();
		set.add(c.label);
		longer.set(first, set);
	}
	if (longer.size === 0) return;
	for (const c of candidates) {
		const set = c.label.length === 1 ? longer.get(c.label) : undefined;
		if (set !== undefined && set.size === 1) c.label = [...set][0];
	}
}

/** `ST.`, `MNG.`: a play's speaker cut to a few letters and a full stop. */
const ABBREVIATED = /^(\p{Lu}{2,4})\.$/iu;

/**
 * `STOUT CROW:` once, then `ST.:`; `MANAGER:`, then `MNG.:`: an abbreviation stands for the one longer label
 * whose letters it takes in order, from the first.
 */
function abbreviatedLabels(candidates: TurnCandidate[]): void {
	let abbreviations: Set<string> | null = null;
	for (const c of candidates) if (c.label.length <= 5 && ABBREVIATED.test(c.label)) (abbreviations ??= new Set()).add(c.label);
	if (abbreviations === null) return;
	const labels = new Set<string>();
	for (const c of candidates) if (c.label.length > 3 && !ABBREVIATED.test(c.label) && !isNobodysLabel(c.label)) labels.add(c.label);
	const full = new Map<string, string>();
	for (const short of abbreviations) {
		const letters = short.slice(0, -1).toUpperCase();
		const matches = [...labels].filter((l) => l.length > letters.length && takesLetters(l.toUpperCase(), letters));
		if (matches.length === 1) full.set(short, matches[0]);
	}
	for (const c of candidates) c.label = full.get(c.label) ?? c.label;
}

/** Whether `letters` appear in `label` in order, the first of them starting it. */
function takesLetters(label: string, letters: string): boolean {
	if (label.charAt(0) !== letters.charAt(0)) return false;
	let at = 1;
	for (let k = 1; k < letters.length; k++) {
		at = label.indexOf(letters.charAt(k), at);
		if (at < 0) return false;
		at++;
	}
	return true;
}

function isLowerLabel(label: string): boolean {
	const c = label.charAt(0);
	return c >= "a" && c <= "z";
}

/** A line holding only a name (`Chris`), its text on the next line: a label in some YouTube transcripts. */
const CJK_LINE = /^(?=.*[\p{Script=Han}\p{Script=Hangul}])[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z0-9 ]+$/u;

/** A capital and a full stop between two words (`David T. Wilentz`). */
const MIDDLE_INITIAL = /(\S) \p{Lu}\.(?= \S)/u;
const NUMBERED = /[ \t]*#\d{1,3}$/;

export function bareLabelAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	const label = line.slice(p).trim();
	if (label.length > 40) return null;
	// `David T. Wilentz`: a middle initial's full stop is part of a name; `Newscaster #1`: a numbered placeholder.
	const words = label.replace(MIDDLE_INITIAL, "$1 ").replace(NUMBERED, "");
	// `SPEAKER_00` (pyannote's diarisation) holds an underscore as no name does.
	if (!PLACEHOLDER.test(label) && (/[.,;:!?()[\]*_#"“”]/.test(words) || label.split(/\s+/).length > (words === label ? 3 : 4))) return null;
	// A short line of Chinese alone (a chapter title, `自然界中可学习的模式`) is no name, but it is a candidate
	// too: it never recurs as a voice, so all it does is end the turn above, which it is no part of.
	if (!isLabelName(label) && !CJK_LINE.test(label)) return null;
	return candidate(label, null, index, line.length, section, true);
}

/** A full name alone: two to four capitalised words (`Zevi Arnovitz`, `Lenny Rachitsky`). */
export const FULL_NAME_LINE = /^\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){1,3}$/u;

/**
 * The full names that stand alone on lines, each right above words (no blank between) and each at least twice, where
 * two or more do (`Zevi Arnovitz`, then his words, then `Lenny Rachitsky`, then his: a transcript copied from a
 * podcast's page, its turns run together with no blank line). Empty for any other note.
 */
export function runOnVoices(lines: readonly string[], from: number): Set<string> {
	const counts = new Map<string, number>();
	for (let i = from; i + 1 < lines.length; i++) {
		const line = lines[i].trim();
		if (line.length === 0 || line.length > 40 || lines[i + 1].trim() === "" || !FULL_NAME_LINE.test(line) || FULL_NAME_LINE.test(lines[i + 1].trim())) continue;
		counts.set(line, (counts.get(line) ?? 0) + 1);
	}
	const voices = new Set<string>();
	for (const [name, n] of counts) if (n >= 2 && isLabelName(name)) voices.add(name);
	return voices.size >= 2 ? voices : new Set();
}

/**
 * The letters that open a hand transcript's paragraphs as bare labels (`S Hello and welcome…`, `C Hello!`):
 * two or more consonants each opening three paragraphs or more with a space after it, and then `A` too, when
 * such paragraphs are a third of the note's. Prose opens paragraphs with one-letter words (`A`, `I`, `E`, `O`,
 * `Y` in English, Portuguese or Spanish; `S`, `V`, `W`, `Z` in Czech or Polish), but not most of them.
 */
export function bareInitials(lines: readonly string[], from: number): Set<string> {
	const counts = new Map<string, number>();
	let paragraphs = 0;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if ((i > from && lines[i - 1].trim() !== "") || line.trim() === "") continue;
		paragraphs++;
		if (line.charAt(1) !== " " || !(line.charAt(0) >= "A" && line.charAt(0) <= "Z") || line.trim().length < 3) continue;
		counts.set(line.charAt(0), (counts.get(line.charAt(0)) ?? 0) + 1);
	}
	const letters = new Set<string>();
	let opened = 0;
	for (const [letter, n] of counts) {
		if (n < 3 || "AEIOUYQ".includes(letter)) continue;
		letters.add(letter);
		opened += n;
	}
	if (letters.size < 2 || (opened + (counts.get(INITIAL_A) ?? 0)) * 3 < paragraphs) return new Set();
	letters.add(INITIAL_A);
	return letters;
}

/** A paragraph opened by one of the note's bare initials (`S Hello…`, see bareInitials) as a plain turn, or null. */
export function initialLabelAt(line: string, index: number, section: string[], letters: ReadonlySet<string>): TurnCandidate | null {
	if (line.charAt(1) !== " " || !letters.has(line.charAt(0)) || line.trim().length < 3) return null;
	return candidate(line.charAt(0), null, index, 2, section, true);
}

/** `00:03:26 Speaker 2` (Fathom-style transcripts): a bare time, then a name alone on the line. */
const BARE_TIME = new RegExp(String.raw`${TIME}[ \t]+`, "y");

/** A name in square brackets alone (after a time). */
const BRACKETED_ALONE = /^\[([^[\]\n]{1,40})\][ \t]*$/;

/** A bare time and a name alone on the line at `p` (its words on the lines below), as a timed label; or null. */
export function timeThenNameAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	BARE_TIME.lastIndex = p;
	const time = BARE_TIME.exec(line);
	if (time === null) return null;
	// `00:00:26 [Conor Hoekstra]`, then `00:00:57 [CH]` (ArrayCast's transcripts): the name in brackets.
	const from = p + time[0].length;
	const bracketed = line.charAt(from) === "[" ? BRACKETED_ALONE.exec(line.slice(from)) : null;
	const named = bracketed !== null ? bareLabelAt(bracketed[1], 0, index, section) : bareLabelAt(line, from, index, section);
	if (named === null || !isLabelName(named.label)) return null;
	named.textStart = line.length;
	named.timestamp = time[1];
	named.plain = false;
	return named;
}

/**
 * `Kelly  0:00` (Otter), `**Ali** [0:00]`, `**Lewis Bollard** *00:00:10*`, `Speaker 1 (00:00:03)`: a name, then a time,
 * alone on the line. A bilingual export repeats the name translated, then the time (`**Erik Qualman**  02:33
 * 埃里克-夸尔曼 02:33`), and pages write no-break spaces around it.
 */
const NAME_THEN_TIME = new RegExp(String.raw`(?:\*\*([^*\n]{1,60}?)\*\*|([^\s*#>|(\[\]][^:：*\[\]()\n]{0,39}?))[ \t\u00a0]+(?:\[?\[(\d{1,2}:\d{2}(?::\d{2})?)\]\([^()\s]{1,500}\)\]?[ \t\u00a0]*$|[(\[*_]?(?:\d{4}-\d{2}-\d{2}[T ])?${TIME}(?:Z|[+-]\d{2}:?\d{2})?(?:[ \t]*[-–][ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?)?[)\]*_]?(?:[ \t\u00a0]+[^\s:：*\[\]()\n]{1,20}[ \t\u00a0]+[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?)?[ \t\u00a0]*$)`, "y");

/** `Michael Greene (POWERSHELL) 1 minute 13 seconds`: Microsoft Teams' transcript label, the words below it. */
const TEAMS_LABEL = /([^\s*#>|([\]][^:：*[\]\n]{0,59}?)[ \t]+(?:(\d{1,2}) hours? )?(?:(\d{1,3}) minutes? )?(\d{1,2}) seconds?$/y;

function teamsLabelAt(line: string, p: number, end: number, index: number, section: string[]): TurnCandidate | null {
	if (end - p > 110 || !line.endsWith("second", end - (line.charAt(end - 1) === "s" ? 1 : 0))) return null;
	TEAMS_LABEL.lastIndex = p;
	const m = TEAMS_LABEL.exec(line.slice(0, end));
	if (m === null) return null;
	return named(m[1], clockOf(Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4])), index, line.length, section);
}

/** A name and then a time alone on the line at `p` (its words on the lines below), as a timed label; or null. */
export function nameThenTimeAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	// Most paragraphs open with prose: the pattern runs only on a short line that ends in a time.
	let end = line.length;
	while (end > p && (line[end - 1] === " " || line[end - 1] === "\t" || line[end - 1] === "\u00a0")) end--;
	const last = line.charAt(end - 1);
	if (last === "s" || last === "d") return teamsLabelAt(line, p, end, index, section);
	// A time linked to the moment (`[[00:00:41](https://…)]`) makes a label line longer by its address.
	if (end - p > (last === "]" || last === ")" ? 640 : 96) || !((last >= "0" && last <= "9") || last === "]" || last === ")" || last === "*" || last === "_") || !hasColon(line, p)) return null;
	NAME_THEN_TIME.lastIndex = p;
	const m = NAME_THEN_TIME.exec(line);
	if (m === null) return null;
	// `Alexandra933  0:07`: an Otter account's name, digits appended; the name is the word. `"Aaron Peikert"
	// [00:00:37.380-00:00:47.976]` (a Webex transcript's heading): the name in quotation marks, the time a range.
	const label = unquoted((m[1] ?? m[2]).trim()).replace(ACCOUNT_DIGITS, "$1");
	// `**Chenyu** [[00:00:41](https://youtube.com/…&t=41)]`: the time a link to the moment.
	const time = m[3] ?? m[4];
	// `### You (2025-09-24T15:42:30.058Z)`, `### Guest (…)`: Granola's voices, nobody's names, are labels before a time.
	if (MEETING_VOICE.test(label)) return candidate(label, time, index, line.length, section);
	// `**Aydin Mirzaee (Fellow.app)**  02:38`: the company in brackets is no part of the name.
	if (!isLabelName(label)) return m[1] === undefined ? null : named(label, time, index, line.length, section);
	return candidate(label, time, index, line.length, section);
}

/**
 * A heading's text that is only a label (`Bryan Robinson  0:03`, `Jamie`) as a turn at line `index`, its
 * words on the lines below (from `end`, the heading line's length); or null. Whether the heading is a turn
 * is the scan's call (two labels each heading two sections), so a note's `## Naval Ravikant` is none.
 */
export function headingLabelAt(text: string, index: number, end: number, section: string[]): TurnCandidate | null {
	// `### Kim Hill:`, `### 唐鳳：` (a transcript site's headings): the colon after a name marks it as a label too.
	const last = text.charAt(text.length - 1);
	let bare = last === ":" || last === "：" ? text.slice(0, -1).trimEnd() : text;
	// `### **LISA**:`, `### **Kim Hill:**`: the name in bold, the colon outside it or in.
	const bold = BOLD_HEADING.exec(bare);
	if (bold !== null) bare = bold[1].replace(/[:：]$/, "").trimEnd();
	const label = nameThenTimeAt(text, 0, index, section) ?? bareLabelAt(bare, 0, index, section);
	// A short line of Chinese that names nobody (a chapter title) ends a turn in prose; as a heading it is none.
	if (label === null || (label.plain && CJK_LINE.test(label.label) && !isLabelName(label.label))) return null;
	label.textStart = end;
	return label;
}

const BOLD_HEADING = /^\*\*([^*]+)\*\*$/;

/** `{: .question }` under a heading: kramdown's class for an interview's question. */
const QUESTION_CLASS = /^\{:[^{}\n]*\.question\b[^{}\n]*\}\s*$/;

/**
 * `##### 说起来…？` over `{: .question }`: a heading kramdown marks as the interview's question, the interviewer's
 * `Q:` (its words are the heading; what it heads is no one's). `next` is the line below the heading.
 */
export function questionHeadingAt(next: string | undefined, index: number, end: number, section: string[]): TurnCandidate | null {
	return next !== undefined && next.charAt(0) === "{" && QUESTION_CLASS.test(next) ? candidate(QUESTION, null, index, end, section) : null;
}

/** A kramdown attribute list alone on its line (`{: .border-purple }`): markup, no one's words. */
export function isAttributeList(line: string): boolean {
	return line.charAt(0) === "{" && ATTRIBUTE_LIST.test(line);
}
const ATTRIBUTE_LIST = /^\{:[^{}\n]*\}\s*$/;

const TEMPLATE_PERSON = /\b(?:id|name|speaker|person|who)\s*=\s*(["'])([^"'{}\n]{1,60})\1/i;

/**
 * A template tag about a person or speaker naming one (`{% include 2050/transcript-person.html id="horejs" %}`)
 * as a turn whose words follow; a lower-case id is written as a name (`horejs` → `Horejs`).
 */
export function templateSpeakerAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	const tag = TEMPLATE_TAG.exec(line.slice(p));
	if (tag === null || !/person|speaker/i.test(tag[1])) return null;
	const m = TEMPLATE_PERSON.exec(tag[1]);
	if (m === null) return null;
	const id = m[2].trim();
	const name = id === id.toLowerCase() ? (personName(id) ?? id).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : id;
	return named(name, null, index, line.length, section);
}

/** `<turn speaker="Matt Gardner" timestamp="00:00">` alone on its line: an element naming who speaks the words below. */
const SPEAKER_TAG = /<[a-z][\w-]*\s[^<>]*?\bspeaker\s*=\s*(["'])([^"'<>\n]{1,60})\1[^<>]*>[ \t]*$/iy;
const TAG_TIME = new RegExp(String.raw`\b(?:timestamp|time|start)\s*=\s*["']${TIME}["']`);

/** A tag with a `speaker` attribute at `p`, alone on the line, as a turn whose words follow; or null. */
export function speakerTagAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	SPEAKER_TAG.lastIndex = p;
	const m = SPEAKER_TAG.exec(line);
	if (m === null) return null;
	const time = TAG_TIME.exec(m[0]);
	return named(m[2], time === null ? null : time[1], index, line.length, section);
}
