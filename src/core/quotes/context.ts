// Speakers named around a quote rather than on it: a lead-in line right before it (`Maya on remote
// teams:`, `As Omar put it:`, `[Ines Laurent on the Long Table podcast](url), minute 12:`) or the heading
// of its section (`## [[Rosa Quint]] — on pricing`). These functions only read the words; whether a bare
// name is trusted is decided with the note's names (note/index.ts), since `Background:` is name-shaped too.
import { basename, forumUser, isNameShaped, VERSION_LABELS } from "./names";
import { hasColon } from "../util/lines";
import { allMatches } from "../util/strings";

export interface ContextName {
	/** Display name as written, markup removed. */
	name: string;
	/** Note a wikilink or internal link points at. */
	target: string | null;
	/**
	 * `worded`: the wording says someone speaks (`As Omar put it`, `Maya on …`, `[Kai – Show](url)`, a link
	 * to a note). `bare`: only a name (`Maya Chen:`, `## Naval`), which needs more evidence to be trusted.
	 */
	evidence: "worded" | "bare";
	/** A heading naming the person in the possessive (`### Tim's Philosophy:`, possessive-heading.ts). */
	possessive?: true;
	/** A forum's username (`[jp56](https://news.ycombinator.com/…):`): trusted though no name in form. */
	user?: boolean;
}

/** Capitalised words that head lead-ins and sections but never belong to a person's name. */
const COMMON = new Set(
	("thoughts more update updates notes profile profiles reflections comments focus advice ideas idea lessons lesson insights insight " +
		"takeaways takeaway perspective perspectives views commentary background context example examples summary " +
		"details bonus quote quotes highlights highlight question questions answer answers conclusion overview intro " +
		"introduction key main final top best important why what how when where who here there now then today also " +
		"plus first second third finally next last later again remember tip tips warning caution definition source " +
		// A ballot's picks (`Most Likely: "Audible"`).
		"most least " +
		// A greeting a title opens with (`Hi Steve (Or: What Happens When You Stop Taking Racing Seriously)`).
		"hi hello hey " +
		"point points theme themes topic topics story stories part chapter section book books resources links " +
		"references related people things life work career health money wealth success learning leadership business " +
		"strategy growth future history science technology productivity mindset habits philosophy discussion development " +
		"interview transcript timestamps guest host episode show deep big small open closing opening general other " +
		// A test session's write-up (`Debrief notes:` over what the participant said).
		"debrief " +
		// An anthology's last heading for the sayings of no one in particular (`## Разное`, `### Misc`).
		"misc miscellaneous various sonstiges divers varios разное прочее " +
		// A site's series of interviews (`Contributor Spotlight: ~dozreg-toplud`) and the roles they present (`SOFAArk Committer 专访`).
		"spotlight committer committers maintainer maintainers contributor contributors " +
		// What a reading export heads its passages with (`# Extracted Annotations (2022-02-28)`, `## Testimonial Fragments`).
		"extracted annotations annotation fragments fragment testimonial testimonials excerpts excerpt clippings clipping " +
		// A talk's subject in its title (`# Web Services: Grow, Refactor, Rebuild`), never a person's name.
		"web services service " +
		// A stream or talk in a title (`Livestream Jace & Snutt Talk: Early Access`).
		"livestream stream talk talks " +
		// A playbook's title (`# SALES TOOLKIT - Discovery Call Mastery`), never a guest's name after the dash.
		"mastery masterclass toolkit playbook handbook cheatsheet checklist " +
		"personal favorite favourite notable memorable core central action actions steps step rules principles " +
		// Bold labels of an analysis (`**Famous Rule:**`, `**Breakdown:**`) over its quotes.
		"rule famous breakdown application method methods framework process pattern patterns approach " +
		// A tutorial's examples (`Bad:`, `Good:`, `Before:`, `After:`, `Test:`) before each quoted prompt.
		"good bad better worse wrong correct incorrect before after test " +
		// Question words in the corpus's other languages (`Cómo Hacerte Rico`, `Warum Wir Schlafen`): a title's, never a name's.
		"cómo qué cuándo dónde quién porqué pourquoi comment quand warum wieso weshalb perché come quando onde porque " +
		// German words opening a lead-in, never a name (`Eines Tages sagte ich zu Stefan:`, `Jeder Schritt:`).
		"eines jeder jede jedes " +
		// German nouns as an exam's labels over model answers (`*Beispiel*:`, `__Beispiel:__`, `*Erwiderung*:`).
		"beispiel beispiele erwiderung " +
		// Places and organisations, which prose writes like names (`Columbia University`, `Wall Street`).
		"university college institute school academy center centre street avenue road company foundation " +
		"museum hospital bank group press times journal media radio news " +
		// A studio or label named after its founder (`Kojima Productions`), never the founder.
		"productions studio studios entertainment records pictures films games labs inc corp ltd llc gmbh " +
		// A company's name (`CloudScale Systems - Customer Interview Notes`) and a call's minutes (`Setup-Call Protokoll`).
		"systems solutions technologies partners consulting ventures holdings protokoll " +
		// A court case's title (`Duggerty Trial 13/50`, `Smith Hearing`): the case, never the person it is named for.
		"trial hearing deposition " +
		// An event a fact-check's title names (`February 2026 Telephone Town Hall: Claims vs. Record`), never its speaker.
		"town townhall telephone " +
		// A digest's title (`Weekly Reading Digest - 2025-10-04…`) and a comparison's labels (`Gemini Cost`, `Always Claude`).
		"weekly digest roundup always cost costs savings pricing " +
		// A design history's features over its research quotes (`### Lists Feature`, `### Forms Library - Round 5`).
		"feature features library redesign preview overview forms lists " +
		// A story's parts over its blockquotes (`Setup:`, `Heightening:`) and a title's `Improv Scene`.
		"scene scenes setup climax heightening " +
		// A vocative after an imperative (`Look Brian, it's perfectly inline…`) is no full name.
		"look " +
		// A game master's prep titled `Vidrir - Odin Reveal`; a project's `All Hands`.
		"reveal hands " +
		// Prizes named for people (`The Hinton Awards for Surviving AI`), and `Hall of Famer Dan Marino`: never the person.
		"award awards prize prizes trophy medal famer " +
		// Public bodies (`[House Judiciary | Online Platforms…](url)` is a hearing's video, nobody's words).
		"judiciary committee senate congress parliament council commission ministry department agency court " +
		// The same labels in Chinese (`**上下文**：`, `**完整段落**：`): context, background, summary, source, notes,
		// key points, analysis, my reading, conclusion, the original text, the full passage, purpose, method.
		"上下文 语境 背景 摘要 总结 小结 来源 出处 备注 笔记 要点 收获 分析 解读 我的解读 结论 原文 完整段落 目的 方法").split(" "),
);

/** A capitalised English gerund (`Finding Home`, `Climbing Fuji-san`, `Teaching Moment`): a title's or a topic's first word. */
const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;
/** First names that end like a gerund (`Channing Allen`, `Irving Berlin`). */
const ING_NAMES = new Set(["channing", "sterling", "irving", "manning", "browning", "fielding", "harding", "downing", "pershing", "deming", "golding", "keating", "redding", "darling", "jennings"]);

/** A name that is name-shaped and holds none of the words that head sections (`Final Thoughts`, `Key Ideas`). */
export function isPlausibleName(name: string): boolean {
	if (!isNameShaped(name)) return false;
	const words = name.toLowerCase().split(/\s+/);
	for (const w of words) if (COMMON.has(w)) return false;
	// `Finding Home: Community in Apocalyptic Worlds`: a work's or a trip's title, not its writer.
	if (words.length > 1 && GERUND.test(name.slice(0, name.indexOf(" "))) && !ING_NAMES.has(words[0])) return false;
	return true;
}

const SPEECH_VERBS =
	"says|said|explains|explained|notes|noted|adds|added|recalls|recalled|argues|argued|continues|continued|" +
	"observes|observed|remarks|remarked|answers|answered|replies|replied|puts it|put it|writes|wrote|tells|told|" +
	"sagt|meint|erklärt|dit|explique|ajoute|dice|explica|afirma|diz|explica|zegt|legt uit|vertelt|schrijft";
const AS_SAID = new RegExp(String.raw`^(?:as|wie|comme|como)\s+(.+?)\s+(?:(?:has|had|once|always|famously)\s+)?(?:${SPEECH_VERBS}|es ausdrückt|le dit|lo dice)$`, "i");
/** `According to Ada Brook`, `Conforme diz Hans K. LaRondelle`, `Segundo Dwight sobre a igreja`: who the words are according to. */
const ACCORDING = /^(?:[Aa]ccording to|[Cc]onforme|[Ss]egundo|[Ss]egún|[Ss]elon|[Ll]aut|[Ss]econdo)\s+(?:(?:diz|disse|dice|dijo|dit)\s+)?(\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3})(?:\s+(?:diz|disse|dice|dijo|dit|says|said))?(?:\s+(?:sobre|sur|über|su|on|about)\s.+)?$/u;
const IN_WORDS = /^in\s+(.+?)['’]s?\s+(?:own\s+)?words$/i;
/** `Ive’s response`, `Naval’s take on wealth`. */
/** Words whose `'s` is a contraction (`Let's`, `That's`, `Here's`), never a possessive. */
const CONTRACTED = /^(?:let|it|that|here|there|what|where|who|he|she|how|when)$/i;
/** `Here's `, `That's ` opening a lead-in before the name. */
const CONTRACTION_BEFORE = /^(?:let|it|that|here|there|what)['’]s\s+/i;
const POSSESSIVE = /^(.+?)['’]s\s+(?:response|answer|reply|take|advice|words|view|views|point|thoughts?|comment|quip|line|explanation|description|definition|summary|framing|version|story|argument|quotes?|remarks?|statement|observation|insight|reaction)\b.*$/i;
const WORDS_OF = /^in\s+the\s+words\s+of\s+(.+)$/i;
/**
 * `Y dice Uslar`, `Dice Uslar lo siguiente`, `E diz Ana`, `Et ajoute Marie`: the verb before the name, as
 * Spanish, Portuguese, French and Italian (and German after an adverb) write a lead-in.
 */
const VERB_NAME = new RegExp(
	String.raw`^(?:(?:y|e|et|und|ed|entonces|luego|então|alors|dann|poi)\s+)?` +
		String.raw`(?:(?:sigue|continúa|segue|continua)(?:\s+(?:diciendo|dizendo))?|dice|afirma|responde|contesta|explica|añade|agrega|diz|acrescenta|dit|répond|ajoute|explique|poursuit|sagt|antwortet|erklärt|meint|risponde|aggiunge|spiega|afferma)` +
		String.raw`\s+(\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3})(?:\s+(?:lo siguiente|o seguinte|ce qui suit|folgendes|quanto segue|(?:sobre|sur|über|su)\s.+))?$`,
	"iu",
);
/** `Tim Ferriss says`, `Nassim Taleb has said`, `Confucius once said`. */
const NAME_VERB = new RegExp(String.raw`^(.+?),?\s+(?:(?:has|had|once|always|famously)\s+)?(?:${SPEECH_VERBS})(?:[\s,].*)?$`, "i");
const ONE_LETTER = /^\p{L}\.?$/u;
/** A bold run opening a sentence, then more words (`**Lorn** extended his hand`). */
const BOLD_FIRST = /^(?:\*\*|__)([^*_]{2,60}?)(?:\*\*|__)\s+\S/;
/** `(Airbnb)` after a name in a lead-in. */
const AFFILIATION = /\s+\([^()]{1,40}\)$/;
/** `Maya on remote teams`, `Florence Gaub über Utopien`, `Ada sur le code`. */
const NAME_ON = /^(.+?),?\s+(?:on|about|über|zu|sur|sobre|su)\s+\S.*$/;
/** A time after the name: `, minute 12`, `at 12:05`, `(00:12:05)`, `[12:05]`. */
const TIME_TAIL = /(?:,?\s*(?:minute|min\.?|at|ab|à|en el minuto)\s*\d{1,3}(?::\d{2}){0,2}|\s*[([]\s*(?:[▶⏵►]\s?)?\d{1,2}:\d{2}(?::\d{2})?\s*[)\]]|,?\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$/i;
const WIKILINK = /^\[\[([^\]|#]{1,200})(?:#[^\]|]*)?(?:\|([^\]]{1,200}))?\]\]/;
const MD_LINK = /^\[([^[\]]{1,200})\]\(([^()\s]{0,500})\)/;
/**
 * Separators between a name and a show or topic inside a link or heading: `Kai Moreno – The Workshop Show`; a role in
 * brackets (`Dave Natale (FOH Engineer)`).
 */
const SEPARATOR = /\s+[-–—―|·]\s+|:\s+|,\s+|\s+(?:on|about|über|sur|sobre)\s+|\s+\((?=[^()]{1,60}\)\s*$)/;

/** Emphasis and code marks wrapped around the whole text. */
export function unwrap(text: string): string {
	let s = text.trim();
	for (let k = 0; k < 3; k++) {
		const m = /^(\*\*|__|\*|_)(.+)\1$/.exec(s);
		if (!m) break;
		s = m[2].trim();
	}
	return s;
}

/** The part of `text` before its first separator, when it is a name. */
function leadingName(text: string): string | null {
	const s = unwrap(text);
	const cut = SEPARATOR.exec(s);
	const head = unwrap(cut ? s.slice(0, cut.index) : s);
	return isNameShaped(head) ? head : null;
}

/** A link at the start of `text` and what follows it: `[[People/Rosa Quint|Rosa]] — on pricing`. */
function linkAt(text: string): { shown: string; target: string | null; rest: string; url?: string } | null {
	const wiki = WIKILINK.exec(text);
	if (wiki) return { shown: (wiki[2] ?? basename(wiki[1])).trim(), target: basename(wiki[1]), rest: text.slice(wiki[0].length) };
	const md = MD_LINK.exec(text);
	if (md) {
		const url = md[2];
		const internal = url.length > 0 && url.indexOf("://") < 0 && !/^(?:#|mailto:)/.test(url);
		let target: string | null = null;
		if (internal) {
			try {
				target = basename(decodeURIComponent(url.split("#")[0])) || null;
			} catch {
				target = basename(url.split("#")[0]) || null;
			}
		}
		return { shown: md[1].trim(), target, rest: text.slice(md[0].length), url };
	}
	return null;
}

/** A name named by a link (`[[Rosa Quint]]`, `[Ines Laurent on the Long Table podcast](url)`), with what follows it. */
function linkedName(text: string): { found: ContextName; rest: string } | null {
	const link = linkAt(text);
	if (link === null) return null;
	// `[jp56](https://news.ycombinator.com/item?id=…):` over a comment: the commenter's username.
	const user = link.url === undefined ? null : forumUser(link.shown, link.url);
	if (user !== null) return { found: { name: user, target: null, evidence: "worded", user: true }, rest: link.rest };
	if (link.target !== null && isNameShaped(link.target) && isNameShaped(link.shown)) {
		return { found: { name: link.shown, target: link.target, evidence: "worded" }, rest: link.rest };
	}
	let name = leadingName(link.shown);
	if (name === null) {
		const host = hostOfEpisode(link.shown) ?? nameFromShow(link.shown);
		return host === null ? null : { found: { name: host, target: link.target, evidence: "worded" }, rest: link.rest };
	}
	// `[Pascal](https://en.wikipedia.org/wiki/Blaise_Pascal)`: the page the link opens gives the full name.
	if (link.url !== undefined && link.target === null) name = fullNameInUrl(link.url, name) ?? name;
	// `[Kai Moreno – The Workshop Show](url)` says more than `[Wikipedia](url)`.
	const evidence = name !== unwrap(link.shown) ? "worded" : "bare";
	return { found: { name, target: link.target, evidence }, rest: link.rest };
}

/** `Bjarne Stroustrup from the Lex Fridman podcast`, `Demis Hassabis in de Lex Fridman podcast`: a name, a word such as "from", a show. */
const NAME_FROM_SHOW = /^(\S+(?:\s+\S+){1,3}?)\s+(?:from|on|in|at|bij|op|im|bei|no|na|en|dans|sur)\s+(.{1,150})$/u;
const SHOW_WORD = /(?:^|[^\p{L}])(?:podcast|show|episode|interview|aflevering|folge|episódio|episodio|épisode)(?![\p{L}])/iu;

/** The person a link's text names before the show they were on, or null (`Ada Brook in Paris` names no show). */
function nameFromShow(shown: string): string | null {
	const m = NAME_FROM_SHOW.exec(shown.trim());
	return m !== null && SHOW_WORD.test(m[2]) && isPlausibleName(m[1]) ? m[1] : null;
}

/**
 * A blockquote's last line that is only a link naming a person and the show the words come from
 * (`[Bjarne Stroustrup from the Lex Fridman podcast](url)`, `[Kai Moreno – The Workshop Show](url)`):
 * the quote's source, written as its own line without a dash. Null for any other line.
 */
export function sourceLinkName(text: string): ContextName | null {
	const s = unwrap(text.trim());
	const link = linkAt(s);
	if (link === null || link.rest.trim().length > 0 || !SHOW_WORD.test(link.shown)) return null;
	const found = linkedName(s);
	return found !== null && found.found.evidence === "worded" && /\S\s+\S/.test(found.found.name) ? found.found : null;
}

/** A full name first, then a comma or "on": `Devon Zuegel, both on the North Star Podcast and …`. */
const GUEST_ENTRY = /^([^\s,]+(?:\s[^\s,]+){1,3}?)(?:,\s|\s+on\s)/;

/**
 * A line that opens with a person's full name and goes on to the show they were on (`Devon Zuegel, both
 * [on the North Star Podcast](url) …`, a guest log's entry): it introduces the blockquote right below it,
 * colon or not. Null for any other line.
 */
function guestEntry(text: string): ContextName | null {
	// A link needs `](`: most lines hold none and are read as they are.
	const plain = text.indexOf("](") >= 0 ? text.replace(/\[([^[\]]{1,200})\]\([^()\s]{0,500}\)/g, "$1") : text;
	const m = GUEST_ENTRY.exec(plain);
	if (m === null || !isPlausibleName(m[1]) || !SHOW_WORD.test(plain.slice(m[0].length, m[0].length + 80))) return null;
	return { name: m[1], target: null, evidence: "worded" };
}

/** The show part of an episode link: after the last spaced dash or bar (`Q&A With Tim — On Wealth - The Tim Ferriss Show`). */
const SHOW_PART = /\s[-–—―|]\s+([^-–—―|]+)$/;

/**
 * The host of a show named after a person (`The Tim Ferriss Show`, `Lex Fridman Podcast`) when the episode
 * title before it names that person too (`Q&A With Tim`, `Tea Time with Tim`): a solo episode, the host
 * speaks. A title naming nobody the show names (`How to Get Rich - The Tim Ferriss Show`) gives nobody.
 */
function hostOfEpisode(shown: string): string | null {
	const m = SHOW_PART.exec(shown);
	if (m === null) return null;
	const show = /^(?:The\s+)?(\S+(?:\s+\S+){1,2}?)\s+(?:Show|Podcast)$/.exec(m[1].trim());
	if (show === null || !isPlausibleName(show[1])) return null;
	const title = shown.slice(0, m.index);
	const first = show[1].split(/\s+/)[0];
	return new RegExp(String.raw`(?:^|[^\p{L}])${first}(?![\p{L}])`, "u").test(title) ? show[1] : null;
}

/**
 * The full name the last part of a link's address spells (`…/wiki/Blaise_Pascal`, `…/people/ada-brook`)
 * when it ends with the one word shown (`Pascal`), or null.
 */
export function fullNameInUrl(url: string, shown: string): string | null {
	if (/\s/.test(shown)) return null;
	const path = url.split(/[?#]/)[0].replace(/\/+$/, "");
	let part = path.slice(path.lastIndexOf("/") + 1);
	try {
		part = decodeURIComponent(part);
	} catch {
		return null;
	}
	const words = part.replace(/\.[a-z]{2,5}$/i, "").split(/[_+-]+/).filter((w) => w.length > 0);
	if (words.length < 2 || words.length > 4 || words[words.length - 1].toLowerCase() !== shown.toLowerCase()) return null;
	// Words as the page writes them, capitalised when the address is in lower case (`ada-brook`).
	const name = words.map((w) => (w.charAt(0) === w.charAt(0).toLowerCase() ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(" ");
	return isPlausibleName(name) ? name : null;
}

/** What is left after a name in a lead-in may only be a time, a qualifier or the topic, never a sentence. */
function shortRest(rest: string): boolean {
	const r = rest.replace(TIME_TAIL, "").trim();
	return r.length === 0 || (r.length <= 80 && /^(?:[,(–—-]|on\s|about\s)/.test(r));
}

/** A link whose text is a full name and a verb of writing (`[Leif Walsh wrote](…)`, `[Raymond Hettinger immediately replied](…)`). */
const LINKED_WROTE = /^\[(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})\s+(?:\p{Ll}+ly\s+)?(?:wrote|replied|responded|answered|said|asked|added|posted|commented)\]\([^()\s]+\)$/u;

/**
 * The speaker a lead-in line introduces: a paragraph line right before a quote, ending in `:` (or, for a
 * line that is only a link, `[Kai Moreno – The Workshop Show](url)`, without it). Null when it names nobody.
 */
export function leadInName(line: string): ContextName | null {
	let s = unwrap(line.trim());
	const colon = hasColon(s) ? /[:：]\s*(?:\*\*|__|\*|_)?\s*$/.exec(s) : null;
	if (colon) s = unwrap(s.slice(0, colon.index));
	// A link's address may be long (`[Guest - Show](https://…/a-long-episode-slug/)`): only its text is read.
	if (s.length === 0) return null;
	// A guest log's entry goes on after the name and the show; only its start is read.
	if (s.length > (s.charAt(0) === "[" ? 800 : 200)) return colon ? null : guestEntry(s.slice(0, 800));
	const linked = linkedName(s);
	// Without a colon only `[Kai Moreno – The Workshop Show](url)` introduces a quote: a full name first.
	// `[反潮流俱乐部 | 独臂船长的环球冒险](url)` names a show and an episode the same way, so a name without
	// spaces (or a script without them) needs the colon.
	// A name in two scripts (`创业内幕 Startup Insider`) is a show's bilingual title, not a person.
	if (linked !== null && !colon && /\p{Script=Han}/u.test(linked.found.name) && /[A-Za-z]/.test(linked.found.name)) return null;
	if (linked !== null && (colon || /\S\s+\S/.test(linked.found.name))) {
		if (shortRest(linked.rest)) return linked.found;
		// `[Confucius](url) has said:` goes on to the wording rules below.
		if (!colon) return guestEntry(s);
	}
	// `[Raymond Hettinger immediately replied](https://mail.python.org/…)`: a thread digest links each message by
	// who wrote it, the colon left out.
	if (!colon && s.charAt(0) === "[") {
		const wrote = LINKED_WROTE.exec(s);
		if (wrote !== null && isPlausibleName(wrote[1])) return { name: wrote[1], target: null, evidence: "worded" };
	}
	if (!colon) return guestEntry(s);
	s = s.replace(TIME_TAIL, "").trim();
	// `**Lorn** extended his hand:`: the sentence leading in opens with a name set in bold.
	const bold = BOLD_FIRST.exec(s);
	if (bold !== null && isNameShaped(bold[1]) && !ONE_LETTER.test(bold[1])) return { name: bold[1], target: null, evidence: /\S\s+\S/.test(bold[1]) ? "worded" : "bare" };
	for (const re of [AS_SAID, ACCORDING, IN_WORDS, WORDS_OF, POSSESSIVE, VERB_NAME, NAME_VERB, NAME_ON]) {
		const m = re.exec(s);
		if (!m) continue;
		const inner = m[1].trim();
		const link = linkedName(inner);
		// `[Confucius](https://…) has said`: the wording says the linked name speaks.
		if (link !== null && link.rest.trim().length === 0) return { ...link.found, evidence: "worded" };
		// `Barbara Raitz (Airbnb) answered:`: the affiliation in parentheses is no part of the name.
		// `Here's Ada Brook's take:`: the contraction before the name is no part of it.
		const name = unwrap(inner).replace(AFFILIATION, "").replace(CONTRACTION_BEFORE, "");
		// `Y dice él:`, `I said:`: a word of one letter before the verb is no name; nor is `Let's take a look at …:`.
		if (isNameShaped(name) && !ONE_LETTER.test(name) && !CONTRACTED.test(name)) return { name, target: null, evidence: "worded" };
	}
	// `然后 Dwarkesh 的反击：` ("then Dwarkesh's rebuttal:"): Chinese words around one name in Latin letters.
	const latin = /\p{Script=Han}/u.test(s) ? MIXED_SCRIPT_NAME.exec(s) : null;
	if (latin !== null && latin[1] === latin[1].trim() && isPlausibleName(latin[1])) return { name: latin[1], target: null, evidence: "bare" };
	// `Maya Chen:` or `Maya Chen (CEO):`: a bare name; trusted only with more evidence.
	const bare = unwrap(s.replace(/\s*\([^()]{1,60}\)$/, ""));
	return isNameShaped(bare) && !VERSION_LABELS.includes(bare.toLowerCase()) ? { name: bare, target: null, evidence: "bare" } : null;
}

/** Han text and lower-case words around exactly one capitalised Latin word (`Dwarkesh 再 push`, `Karpathy 的退让`). */
const MIXED_SCRIPT_NAME = /^(?:[\p{Script=Han}\p{P}\s]|[a-z]+(?=[\s\p{P}]))*?(\p{Lu}\p{Ll}+)(?:[\p{Script=Han}\p{P}\s]|[a-z]+(?=[\s\p{P}]|$))*$/u;

/** `Quotes from Kunal Shah`, `Zitate von Ada Brook`, `Citations de Marie Curie`: a full name after a word for quotes. */
const QUOTES_OF = /\b(?:[Qq]uotes?|[Qq]uotations?|[Ss]ayings|[Zz]itate?|[Cc]itations?|[Cc]itas?|[Ff]rases|QUOTES)\s+(?:from|by|of|von|de|di)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,2})/u;

/** Parts of every word QUOTES_OF opens with. */
const QUOTE_WORD_PARTS = ["uot", "UOT", "aying", "itat", "itas", "ita ", "rases"];

/** The person whose quotes a heading or a line says follow (`## Quotes by Jeff Bezos`, `Here are some of the quotes by Jeff Bezos himself.`), or null. */
export function quotesOfName(text: string): string | null {
	// Most lines hold none of the words: the pattern runs only where one may be.
	if (!QUOTE_WORD_PARTS.some((part) => text.indexOf(part) >= 0)) return null;
	const of = QUOTES_OF.exec(unwrap(text.trim()));
	return of !== null && isNameShaped(of[1]) && isPlausibleName(of[1]) ? of[1] : null;
}

/** `Q&A with Edward Snowden`, `Fireside chat with Ada Brook`, `Interview with …`: a full name after a word for an interview and "with". */
const QA_WITH = /\b(?:Q\s?&\s?A|Q and A|AMA|[Ii]nterview|[Cc]onversation|[Ff]ireside [Cc]hat|[Cc]hat)\s+with\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,2})\s*$/u;

/** `Interview 1 — Yuvraj Tiwari`, `Entrevista: Ana Ruiz`: the word for an interview (and its number), a dash or a colon, then the full name. */
const INTERVIEW_NAMED = /^(?:[Ii]nterview|[Ee]ntrevista|[Ee]ntretien|[Ii]ntervista|[Gg]espräch)(?:\s+#?\d{1,3})?\s*[—–:-]\s*(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,2})\s*$/u;

/** A name (maybe bold) and nothing else before a link that ends the heading: `Kevin Lynch [What Time Is This Place](https://…)`. */
const AUTHOR_THEN_WORK = /^((?:\*\*|__)?\p{Lu}[^[\]()*_:]{1,60}?(?:\*\*|__)?)\s+\[[^\]]+\]\(\S.*\)\s*$/u;

/** The speaker a section heading names: `## [[Rosa Quint]] — on pricing`, `### Naval Ravikant: on wealth`. */
export function headingName(text: string): ContextName | null {
	const s = unwrap(text.trim());
	if (s.length === 0 || s.length > 200) return null;
	const linked = linkedName(s);
	if (linked !== null) return linked.found;
	// `**David Kirsh** [The Intelligent Use of Space](https://…)`: a quote wall's author, then the work linked.
	const author = AUTHOR_THEN_WORK.exec(s);
	const authorName = author !== null ? unwrap(author[1]) : "";
	if (author !== null && isNameShaped(authorName) && isPlausibleName(authorName)) return { name: authorName, target: null, evidence: "bare" };
	const plain = s.replace(TIME_TAIL, "");
	// `Mark Collier Q&A with Edward Snowden`: the one answering is the one after "with", not the host before.
	const answering = QA_WITH.exec(plain);
	if (answering !== null && isNameShaped(answering[1]) && isPlausibleName(answering[1])) return { name: answering[1], target: null, evidence: "worded" };
	const interviewed = INTERVIEW_NAMED.exec(plain);
	if (interviewed !== null && isNameShaped(interviewed[1]) && isPlausibleName(interviewed[1])) return { name: interviewed[1], target: null, evidence: "worded" };
	const name = leadingName(plain);
	if (name === null) {
		// `## Deep Meaningful Quotes from Kunal Shah in the Video`: the heading says whose quotes follow.
		const of = quotesOfName(plain);
		return of === null ? null : { name: of, target: null, evidence: "worded" };
	}
	// `Rosa Quint — on pricing` says she speaks in this section; `Deep Work – Cal Newport` does not.
	const rest = plain.slice(plain.indexOf(name) + name.length);
	return { name, target: null, evidence: /^\W*\s(?:on|about|über|sur|sobre)\s/i.test(rest) ? "worded" : "bare" };
}

/** Capitalised word runs (`Emanuel Derman`, `Ive’s` → `Ive`): the candidates for a name mentioned in prose. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}.-]*(?:['’]s\b)?(?:\s+(?:(?:van|von|de|der|da|di|du|le|la|bin|al)\s+)?\p{Lu}[\p{L}\p{M}.-]*(?:['’]s\b)?){0,3}/gu;

/**
 * The names a lead-in paragraph mentions (`…coming from a guy named Emanuel Derman, … :`), longest runs
 * first, possessives dropped. The caller keeps those the note knows.
 */
export function mentionedNames(text: string): string[] {
	const out: string[] = [];
	for (const m of allMatches(CAPITALISED_RUN, text)) {
		// `…with investor Howard Marks. There's…`: a full stop after a word (not an initial) ends the sentence and the name.
		for (const words of sentenceRuns(m[0].replace(/['’]s\b/g, "").split(/\s+/))) {
			// Every contiguous run of words, longest first: `Alan Alda`, then `Alan`, `Alda`.
			for (let len = words.length; len >= 1; len--) {
				for (let from = 0; from + len <= words.length; from++) out.push(words.slice(from, from + len).join(" "));
			}
		}
	}
	return out;
}

/** A word of two letters or more ending in a full stop ends a sentence; `Jr.` and `St.` belong to the name. */
const SENTENCE_END = /^[\p{L}\p{M}-]{2,}\.$/u;
const NAME_ABBREVIATIONS = new Set(["Jr.", "Sr.", "St.", "Dr.", "Mr.", "Ms.", "Mrs."]);

/** `Howard Marks. There` → `Howard Marks`, `There`: a capitalised run cut where a sentence ends, the stop dropped. */
function sentenceRuns(words: string[]): string[][] {
	const runs: string[][] = [[]];
	for (const w of words) {
		const last = runs[runs.length - 1];
		if (SENTENCE_END.test(w) && !NAME_ABBREVIATIONS.has(w)) {
			last.push(w.slice(0, -1));
			runs.push([]);
		} else last.push(w);
	}
	return runs.filter((r) => r.length > 0);
}
