// Attributions at the end of a quote: `– Sam Altman`, `—*Name*, on career advice (00:12:05)`,
// `– [[Sam Altman|Sam]] [▶ 9:21](url)`. Only the last ~700 characters of a line are examined, so a
// 5 MB line costs no more than a short one; every regex here is bounded or anchored.
import { basename, forumUser, isNameShaped, timestampOf, withoutNicknames } from "./names";
import { isPlaceholderLabel } from "./turns";
import { isPlausibleName } from "./context";

export interface Attribution {
	/** Index in the line where the attribution starts; text before it is the quote. */
	cut: number;
	/** The speaker as written (links keep their markup, emphasis is dropped), or null. */
	speakerRaw: string | null;
	/** Display name of the speaker, markup removed. */
	name: string | null;
	/** Note a wikilink or internal Markdown link points at. */
	target: string | null;
	qualifier: string | null;
	timestamp: string | null;
	cite: string[];
}

export interface SpeakerSpec {
	raw: string;
	name: string;
	target: string | null;
	qualifier: string | null;
}

export const DEFAULT_DASHES = "-–—―~";

const LINK_AT_END = /\(?\[([^[\]]{0,100})\]\(([^()\s]{1,500})\)\)?$/;
const TIME_AT_END = /[([]\s*(?:[▶⏵►]\s?)?(\d{1,2}:\d{2}(?::\d{2})?)\s*[)\]]$/;
/** `<a class="yt-timestamp" data-t="00:03:07">[00:03:07]</a>`: a time as an HTML link, as YouTube summary notes write it. */
const TIME_ANCHOR_AT_END = /<a\s[^<>]{0,200}>\s*\[?(\d{1,2}:\d{2}(?::\d{2})?)\]?\s*<\/a>\.?$/i;
const BLOCK_ID_AT_END = /\s\^[A-Za-z0-9-]{1,64}$/;
const MD_LINK_START = /^\[([^[\]]{1,100})\]\(([^()\s]{0,500})(?:\s+"[^"\n]{0,200}")?\)/;
/** Characters after which a dash can start an attribution without a space before it. */
const BEFORE_DASH = " \t\"”“'’.!?…)*_»」。！？";
const WINDOW = 700;
/** Emoji (and their joiners and variation selectors) closing a line. */
const EMOJI_TAIL = /\s*(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+$/u;
const SPEAKER_REACH = 200;

interface Peeled {
	end: number;
	timestamp: string | null;
	cite: string[];
}

/** Strips cite links, timestamps and a block id from the end of `line[from, end)`. */
export function peelTail(line: string, from: number, end: number, dashes: string): Peeled {
	const base = Math.max(from, end - WINDOW);
	let stop = end;
	let timestamp: string | null = null;
	const cite: string[] = [];
	for (let k = 0; k < 5; k++) {
		while (stop > base && isSpace(line[stop - 1])) stop--;
		if (stop <= base) break;
		// `-- Mark Twain 💪💪💪`: emoji after the name are the note-taker's, no part of it.
		if (line.charCodeAt(stop - 1) >= 0x2000) {
			const emoji = EMOJI_TAIL.exec(line.slice(Math.max(base, stop - 40), stop));
			if (emoji !== null && emoji[0].length < stop - base) {
				stop -= emoji[0].length;
				continue;
			}
		}
		const last = line[stop - 1];
		// Each regex runs on a short slice that starts where its match must start, never on the window.
		let caret = stop - 1;
		while (caret > base && stop - caret <= 65 && isIdChar(line[caret])) caret--;
		if (caret > base && caret < stop - 1 && line[caret] === "^") {
			const id = BLOCK_ID_AT_END.exec(line.slice(caret - 1, stop));
			if (id) {
				stop = caret - 1;
				continue;
			}
		}
		if (last === ")") {
			const mid = line.lastIndexOf("](", stop - 1);
			const open = mid > base ? line.lastIndexOf("[", mid) : -1;
			if (open >= base && stop - open <= 620) {
				const wrapped = open > base && line[open - 1] === "(";
				const link = LINK_AT_END.exec(line.slice(wrapped ? open - 1 : open, stop));
				if (link && link.index === 0) {
					const linkStart = wrapped ? open - 1 : open;
					let b = linkStart;
					while (b > base && isSpace(line[b - 1])) b--;
					if (!wrapped && b > base && dashes.indexOf(line.charAt(b - 1)) >= 0) break; // `– [Name](url)` is the speaker
					if (!wrapped && line.charAt(b - 1) === "y" && BY_AT_END.test(line.slice(Math.max(base, b - 12), b))) break; // `– answered by [Name](url)` too
					cite.unshift(`[${link[1]}](${link[2]})`);
					const ts = timestampOf(link[1]);
					if (ts && !timestamp) timestamp = ts;
					stop = linkStart;
					continue;
				}
			}
		}
		if ((last === ">" && line.startsWith("</a>", stop - 4)) || (last === "." && line.startsWith("</a>.", stop - 5))) {
			const open = line.lastIndexOf("<a", stop);
			const time = open >= base && stop - open <= 260 ? TIME_ANCHOR_AT_END.exec(line.slice(open, stop)) : null;
			if (time && time.index === 0) {
				if (!timestamp) timestamp = time[1];
				stop = open;
				continue;
			}
		}
		// `— Robert Frost *(used ep 2)*`: a note-taker's remark in emphasis after the name, no part of it.
		if ((last === "*" || last === "_") && stop - base > 4) {
			const remark = EMPHASISED_REMARK.exec(line.slice(Math.max(base, stop - 80), stop));
			if (remark !== null) {
				stop -= remark[0].length;
				continue;
			}
		}
		// `"…"* pg 10`, `“…” (p. 28)`: the page of the book the passage was copied from, a source as a link is.
		if ((last >= "0" && last <= "9") || last === ")") {
			const page = PAGE_AT_END.exec(line.slice(Math.max(base, stop - 16), stop));
			if (page !== null) {
				cite.unshift(page[1] ?? `p. ${page[2]}`);
				stop -= page[0].length;
				continue;
			}
		}
		if (last === ")" || last === "]") {
			const open = Math.max(line.lastIndexOf("(", stop - 1), line.lastIndexOf("[", stop - 1));
			if (open >= base && stop - open <= 20) {
				const time = TIME_AT_END.exec(line.slice(open, stop));
				if (time && time.index === 0) {
					if (!timestamp) timestamp = time[1];
					stop = open;
					continue;
				}
			}
		}
		break;
	}
	return { end: stop, timestamp, cite };
}

/** `— answered by [@sillydadddy](…)`: an AMA's answers say who gave them. */
const SAID_BY = String.raw`(?:answered|said|asked|replied)[ \t]+by`;

/** `answered by` before a link that ends the line: the link is the speaker, no source. */
const BY_AT_END = new RegExp(`${SAID_BY}$`, "i");

const ATTRIBUTED_TO = new RegExp(String.raw`^(?:(?:(?:often|commonly|widely|usually|sometimes)[ \t]+)?(?:attributed|ascribed)[ \t]+to|${SAID_BY})[ \t]+`, "i");

/** `pg 10`, `p. 28`, `(pp. 3-4)`, `page 12`, `(166)` after a space at the end: a book's page (kept as `p. 166`); `(1950)` is a year. */
const PAGE_AT_END = /[ \t](?:\(?((?:pg|pp?|page)\.?[ \t]?\d{1,4}(?:[-–]\d{1,4})?)\)?|\((\d{1,3}(?:,[ \t]?\d{1,3})*)\))$/i;

/** `*(used ep 2)*`, `_(paraphrase)_` at the end, after a space. */
const EMPHASISED_REMARK = /[ \t]([*_]{1,2})\([^()*_]{1,60}\)\1$/;

/** A character of a block id (`^quote-1`). */
function isIdChar(c: string): boolean {
	return c === "-" || (c >= "0" && c <= "9") || (c >= "A" && c <= "Z") || (c >= "a" && c <= "z");
}

function isSpace(c: string | undefined): boolean {
	return c === " " || c === "\t";
}

/** Start of a dash marker whose dash is at `d` (a `--` pair starts one earlier), or -1 when the dash is inside a word. */
function markerStart(line: string, d: number, from: number, dashes: string): number {
	let start = d;
	// `--`, `---`, and Chinese's doubled dash (`——`, `――`): one marker.
	const dash = line.charAt(d);
	if (dash === "-" || dash === "—" || dash === "―") while (start > from && line.charAt(start - 1) === dash) start--;
	// `\- David Blood`: a dash escaped so that it starts no list.
	if (start > from && line.charAt(start - 1) === "\\") start--;
	if (start === from) return start;
	const before = line.charAt(start - 1);
	return BEFORE_DASH.indexOf(before) >= 0 || dashes.indexOf(before) >= 0 ? start : -1;
}

/** Where a Markdown link ending at `stop` opens (`stop` when none does). */
function linkStartAtEnd(line: string, from: number, stop: number): number {
	if (line.charAt(stop - 1) !== ")") return stop;
	const mid = line.lastIndexOf("](", stop - 1);
	const open = mid > from ? line.lastIndexOf("[", mid) : -1;
	return open >= from && stop - open <= 620 && LINK_AT_END.test(line.slice(open, stop)) ? open : stop;
}

/** The attribution ending `line[from, end)`, or null when the end of the line is not one. */
export function trailingAttribution(line: string, from: number, end: number, dashes = DEFAULT_DASHES): Attribution | null {
	const peeled = peelTail(line, from, end, dashes);
	const stop = peeled.end;
	// `– [llogiq en LinkedIn](https://www.linkedin.com/feed/update/urn:li:activity:…)`: a long address is no part of the reach.
	const limit = Math.max(from, linkStartAtEnd(line, from, stop) - SPEAKER_REACH);
	// The dashes are looked up from the end of the reach, not each character tested in turn.
	const reach = line.slice(limit, stop);
	// `"…" &mdash; Greg Kroah-Hartman`: the dash as an HTML entity, as some sites' Markdown writes it.
	if (reach.indexOf("&") >= 0) {
		const entity = lastEntityDash(reach);
		if (entity !== null) {
			const at = limit + entity.index;
			// Alone on its line (`> &mdash; Dwight K. Schrute`), or after the closing mark.
			const speaker = at === from || ENDS_QUOTATION.test(line.slice(from, at).trimEnd()) ? speakerSpec(line.slice(at + entity[0].length, stop), false) : null;
			if (speaker) return result(line, from, at, speaker, peeled);
		}
	}
	let tries = 0;
	for (let d = lastDash(reach, reach.length - 1, dashes) + limit; d >= limit && tries < 3; d = lastDash(reach, d - 1 - limit, dashes) + limit) {
		const start = markerStart(line, d, from, dashes);
		if (start < 0) continue;
		tries++;
		const spec = line.slice(d + 1, stop);
		if (spec.trim().length === 0) {
			// `"…" — [05:18]`: a timestamp where the speaker would be; no speaker.
			if (peeled.timestamp === null || d !== stop - 1) continue;
			return result(line, from, start, null, peeled);
		}
		const speaker = speakerSpec(spec, false);
		if (speaker) return result(line, from, start, speaker, peeled);
		if (line.charAt(start) === "-" && d === start + 1) d = start; // skip the second dash of `--`
	}
	return null;
}

const ENTITY_DASH = /[ \t]*&(?:mdash|ndash|#8212|#8211);[ \t]*/g;
const ENDS_QUOTATION = /["”»」.?!…]$/;

/** The last dash written as an HTML entity in `text`, or null. */
function lastEntityDash(text: string): RegExpExecArray | null {
	let last: RegExpExecArray | null = null;
	ENTITY_DASH.lastIndex = 0;
	for (let m = ENTITY_DASH.exec(text); m !== null; m = ENTITY_DASH.exec(text)) last = m;
	return last;
}

/** Where the last of `dashes` is in `text` at or before `at`, or -1. */
function lastDash(text: string, at: number, dashes: string): number {
	if (at < 0) return -1;
	let found = -1;
	for (let k = 0; k < dashes.length; k++) found = Math.max(found, text.lastIndexOf(dashes[k], at));
	return found;
}

/** The attribution after a closing quotation mark in a list item: `– Name`, `*Name*`, `– *Name*`, or links only. */
export function listAttribution(line: string, from: number, end: number, dashes = DEFAULT_DASHES): Attribution | null {
	const peeled = peelTail(line, from, end, dashes);
	let tail = line.slice(from, Math.max(from, peeled.end)).trim();
	if (tail.length === 0) return result(line, from, from, zoteroAuthors(peeled.cite), peeled);
	// `"…" \- Donald Trump`: a dash escaped so that no list starts with it is a dash.
	if (tail.charAt(0) === "\\" && dashes.indexOf(tail.charAt(1)) >= 0) tail = tail.slice(1);
	let spec: SpeakerSpec | null = null;
	if (dashes.indexOf(tail.charAt(0)) >= 0) spec = speakerSpec(tail.replace(/^(?:--|.)\s*/, ""), false);
	else if (tail.charAt(0) === "*" || tail.charAt(0) === "_") spec = speakerSpec(tail, true);
	// `“…” (John Maynard Keynes)`, `“…” (Mark Russinovich, CTO Microsoft Azure).`: the name in brackets after the quotation.
	else if (tail.charAt(0) === "(") spec = bracketedSpeaker(tail);
	return spec ? result(line, from, from, spec, peeled) : null;
}

/** `Don't be the best, be the only. (Kevin Kelly)`: a name in brackets closing the line from `from`, or null. */
export function bracketAtEnd(line: string, from: number): Attribution | null {
	const trimmed = line.trimEnd();
	const open = trimmed.lastIndexOf("(");
	if (open <= from || !/\)[.,;]?$/.test(trimmed)) return null;
	const spec = bracketedSpeaker(trimmed.slice(open));
	return spec === null ? null : result(line, from, open, spec, { end: open, timestamp: null, cite: [] });
}

/** `… some are useful. George Box.`: a full name as the item's last sentence (two to four words, initials allowed). */
const SENTENCE_NAME = /[.!?]["”]?[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:(?:de|van|von|da|di|du|le|la)[ \t]+)?(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+)){1,3})\.?[ \t]*$/u;

/**
 * The speaker an item's last sentence names on its own (`Comparison is the thief of joy. Theodore Roosevelt.`),
 * read only where the section declares its items sayings; or null.
 */
export function sentenceNameAtEnd(line: string, from: number): Attribution | null {
	const m = SENTENCE_NAME.exec(line.slice(from));
	if (m === null) return null;
	const spec = speakerSpec(m[1], false);
	if (spec === null || !isPlausibleName(spec.name)) return null;
	const start = from + m.index + 1 + (m[0].charAt(1) === '"' || m[0].charAt(1) === "”" ? 1 : 0);
	return result(line, from, start, spec, { end: start, timestamp: null, cite: [] });
}

/** A paper's authors as a citation gives them (`Turner et al.`, `Arik and Pfister`, `Laird & van Lent`), then its year and page. */
const AUTHOR_YEAR = /^(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+et[ \t]+al\.?|[ \t]+(?:and|&)[ \t]+(?:(?:van|von|de|der|da|di|du|le)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]+)?),[ \t]*(\d{4}[a-z]?|n\.d\.)(?:,[ \t]*(?:pp?\.|S\.)[ \t]*[\dA-Za-z–-]+)?$/u;

/** `(Turner et al., 2021, p. 4)` after a highlighted passage: its authors, the year and page a source. */
function citedAuthors(inner: string): SpeakerSpec | null {
	const m = AUTHOR_YEAR.exec(inner.trim());
	return m === null ? null : { raw: m[1], name: m[1], target: null, qualifier: null };
}

/** Zotero's `Add note from annotations`: `“…” ([Turner et al., 2021, p. 4](zotero://select/…))`, the citation a link. */
function zoteroAuthors(cite: readonly string[]): SpeakerSpec | null {
	for (const c of cite) {
		const close = c.indexOf("](zotero://select/");
		if (c.charAt(0) === "[" && close > 1) return citedAuthors(c.slice(1, close));
	}
	return null;
}

/** `Galadriel to Frodo`: a name (one to three capitalised words), "to", and the listener's name. */
const TO_LISTENER = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})[ \t]+to[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})$/u;

/** The speaker a bracket holding the whole tail names (`(Kevin Kelly)`, `(Eric S. Raymond).`), or null. */
function bracketedSpeaker(tail: string): SpeakerSpec | null {
	const close = tail.indexOf(")");
	if (close < 2 || !/^[ \t]*[.,;]?[ \t]*$/.test(tail.slice(close + 1))) return null;
	// `(—St. Ignatius of Loyola)`: a dash inside the brackets before the name.
	const inner = tail.slice(1, close).replace(/^[—–―][ \t]*/, "");
	// `(Galadriel to Frodo)`: the one who speaks, then the one spoken to.
	const to = TO_LISTENER.exec(inner);
	if (to !== null) {
		const speaker = speakerSpec(to[1], false);
		return speaker !== null && speaker.qualifier === null && /^\p{Lu}\p{Ll}/u.test(speaker.name) ? { ...speaker, qualifier: `to ${to[2]}` } : null;
	}
	const cited = citedAuthors(inner);
	if (cited !== null) return cited;
	const comma = inner.indexOf(",");
	const spec = speakerSpec(comma > 0 ? inner.slice(0, comma) : inner, false);
	// A gloss in a script without capitals (`(گرمای خورشید و زمین)`) is no name.
	// An acronym (`(NFTs, …)`) is a topic.
	if (spec !== null && (!/\p{Lu}/u.test(spec.name) || /^\p{Lu}{2,}/u.test(spec.name))) return null;
	return spec === null || comma < 0 || spec.qualifier !== null ? spec : { ...spec, qualifier: inner.slice(comma + 1).trim() };
}

function result(line: string, from: number, start: number, spec: SpeakerSpec | null, peeled: Peeled): Attribution {
	let cut = start;
	while (cut > from && isSpace(line[cut - 1])) cut--;
	return {
		cut,
		speakerRaw: spec ? spec.raw : null,
		// `> "…" - **Interviewee**`, `— Speaker 2`: a role or a diarised voice written where a name would be.
		name: spec && !isPlaceholderLabel(spec.name) ? spec.name : null,
		target: spec ? spec.target : null,
		qualifier: spec ? spec.qualifier : null,
		timestamp: peeled.timestamp,
		cite: peeled.cite,
	};
}

/** Reads a speaker (plain, emphasised, wikilink or Markdown link) and what follows it; null when it is not a name. */
/** A full stop after a word of three letters or more closing an emphasised credit (`Steve Jobs.`, `Roosevelt.`). */
const NAME_FULL_STOP = /(\p{L}{3})\.$/u;

export function speakerSpec(text: string, needEmphasis: boolean): SpeakerSpec | null {
	let s = text.trim();
	// `– #Quote from [[Person/Armin Ronacher]]`: a tag saying what the block is, then who said it (Logseq).
	const tag = s.charAt(0) === "#" ? QUOTE_TAG.exec(s) : null;
	if (tag !== null) s = s.slice(tag[0].length);
	// `— often attributed to Bill Gates`: the note hedges, but names the person.
	const hedge = ATTRIBUTED_TO.exec(s);
	if (hedge !== null) s = s.slice(hedge[0].length);
	if (s.length === 0) return null;
	const c = s.charAt(0);
	if (c === "*" || c === "_") {
		let n = 1;
		while (n < 3 && s.charAt(n) === c) n++;
		const run = c.repeat(n);
		const close = s.indexOf(run, n);
		if (close <= n) return null;
		// `– **Steve Jobs.**`: the sentence's full stop inside the emphasis is no part of the name (`**Robert F.**` keeps an initial's).
		const inner = s.slice(n, close).trim().replace(NAME_FULL_STOP, "$1");
		const linked = inner.charAt(0) === "[" ? speakerSpec(inner, false) : null;
		if (linked && linked.qualifier === null) return withRest(linked.raw, linked.name, linked.target, s.slice(close + n));
		// `*David Franck, Devoxx 2023*`: the name, then where it was said, in one emphasis.
		const comma = linked === null ? inner.indexOf(",") : -1;
		if (comma > 0 && s.slice(close + n).trim() === "") {
			const name = inner.slice(0, comma).trim();
			return withRest(name, name, null, inner.slice(comma));
		}
		return withRest(inner, inner, null, s.slice(close + n));
	}
	if (needEmphasis) return null;
	if (s.startsWith("[[")) {
		const close = s.indexOf("]]");
		if (close < 0) return null;
		const inner = s.slice(2, close);
		const bar = inner.indexOf("|");
		const target = basename((bar >= 0 ? inner.slice(0, bar) : inner).split("#")[0]);
		const shown = bar >= 0 ? inner.slice(bar + 1).trim() : target;
		return withRest(s.slice(0, close + 2), shown, target, s.slice(close + 2));
	}
	if (c === "[") {
		const m = MD_LINK_START.exec(s);
		if (!m) return null;
		// `[@mountain_ghosts on twitter](…)`, `[kornel on rust-users](…)`: who, then where they wrote it.
		const shown = m[1].trim().replace(ON_PLATFORM, "");
		// `[@sillydadddy](https://twitter.com/sillydadddy)`: a handle linked to its profile, named as `@scalding` is.
		if (HANDLE.test(shown)) return withRest(m[0], shown.slice(1), null, s.slice(m[0].length), true);
		// `— [principalideal0 on Discord](…)`, `— [joseph stalzyn on X](…)`: an account's name, however written, where it wrote.
		if (shown.length < m[1].trim().length && (shown === shown.toLowerCase() || !/\s/.test(shown)) && ACCOUNT_NAME.test(shown)) return withRest(m[0], shown, null, s.slice(m[0].length), true);
		// `--[tarvaina](http://twitter.com/tarvaina/…)`: a username linked to the forum or site it wrote on.
		const user = forumUser(shown, m[2]);
		if (user !== null) return withRest(m[0], user, null, s.slice(m[0].length), true);
		return withRest(m[0], shown, internalTarget(m[2]), s.slice(m[0].length));
	}
	// `— David “GrandPOOBear” Hunt`: the nickname's quotation marks are no part of the name.
	s = withoutNicknames(s);
	let end = 0;
	// The name ends at a separator, a spaced `·` or a spaced dash (`-` `–` `—` `―` `~`, whatever the attribution dashes are).
	while (end < s.length) {
		const c = s[end];
		// `——陶杰《当时只道是寻常》`, `——胡适（1891–1962）`: Chinese sets the work or a note right after the name.
		if (",(|[;《〈（".includes(c)) break;
		if (c === "·" && s[end - 1] === " ") break; // `Name · Show`, not `保罗·罗索里`
		if (c === " " && s[end + 2] === " " && DEFAULT_DASHES.includes(s[end + 1])) break; // `Name – Show`
		end++;
	}
	let name = s.slice(0, end).trim();
	// `– Agnes Callard on the Ezra Klein Show, minute 40`, `— Naval Ravikant on wealth`, `- Kirk Hamilton from
	// his [blog post](url)`: a full name, then the show, the topic or the source.
	// A dash inside an emphasised source (`Sam Altman, *367 … - OpenAI CEO on GPT-4…*`) leaves its closing mark
	// unmatched here: no person on a topic then.
	const onShow = isNameShaped(name) ? null : (ON_SHOW_WORD.exec(name) ?? (balancedEmphasis(s) ? ON_SHOW.exec(name) : null));
	if (onShow !== null && isNameShaped(onShow[1])) return withRest(onShow[1], onShow[1], null, s.slice(onShow[1].length));
	if (name.endsWith(".") && /[^.\s]{3}\.$/.test(name.slice(-4)) && !/\b(?:Jr|Sr)\.$/.test(name)) name = name.slice(0, -1);
	// `-- @scalding` under a quoted tweet: the handle is the name the note gives.
	if (HANDLE.test(name)) return withRest(name, name.slice(1), null, s.slice(end), true);
	return withRest(name, name, null, s.slice(end));
}

/** A name's last word that makes it a source: a talk, an interview, a biography (`传记`), a speech (`演讲`), in-house (`内部`). */
const SOURCE_TAIL = /(?:\s(?:talks?|interview|keynote|podcast|speech|biography|lecture|documentary|memoir|transcript|episode)|传记|傳記|演讲|演講|采访|採訪|访谈|訪談|讲座|講座|内部)$/iu;

/** An account's name as a platform shows it: letters, digits, `_`, `.`, `-`, a space or two (`joseph stalzyn`). */
const ACCOUNT_NAME = /^[\p{L}\p{N}_.-]{2,30}(?: [\p{L}\p{N}_.-]{1,30}){0,2}$/u;

/** A social handle alone: `@scalding`, `@CedricChampeau`. */
const HANDLE = /^@[A-Za-z0-9_]{2,30}$/;
/**
 * ` on twitter`, ` on rust-users`, ` en LinkedIn` (This Week in Rust's Spanish edition), ` citado por @blonk sobre
 * rust-users`: the site a linked post is on (and who passed it on), after its writer's name.
 */
const ON_PLATFORM = /(?:\s+(?:quoted|citad[oa]|citée?|zitiert)\s+(?:by|por|par|von)\s+@?[\w.-]+)?\s+(?:on|en|sobre|sur|auf)\s+(?:twitter|x|mastodon|bluesky|threads|reddit|\/?r\/[\w-]+|rust-users|rust-internals|the rust (?:forum|users forum|internals forum|subreddit)|users\.rust-lang\.org|internals\.rust-lang\.org|zulip|discord|irc|hacker ?news|hn|lobste\.rs|github|linkedin|youtube|stack ?overflow|the fediverse)$/i;

/** `#Quote from `, `#quote by `, `#zitat von `: a tag naming the block a quote, before the speaker. */
const QUOTE_TAG = /^#(?:quotes?|zitat|cita)[ \t]+(?:(?:from|by|von|de)[ \t]+)?(?=\S)/i;

/** A full name (two to four words) then `on`/`from`/`in` a show: `Agnes Callard on the Ezra Klein Show`. */
const ON_SHOW_WORD = /^(\S+(?:\s\S+){1,3}?)\s(?:on|from|in)\s.{0,80}\b(?:[Pp]odcast|[Ss]how|[Ee]pisode|[Ii]nterview)\b/;

/** Whether every `*` and `_` run in `text` is closed: an even count of each mark. */
function balancedEmphasis(text: string): boolean {
	let stars = 0;
	let lows = 0;
	for (const c of text) {
		if (c === "*") stars++;
		else if (c === "_") lows++;
	}
	return stars % 2 === 0 && lows % 2 === 0;
}

const ZHIHU_ANSWER = "的回答";

/**
 * A full name (two to four words) then `on`/`from`/`in` what the words are about or come from, or `to` whom they were
 * said (`Donald Trump to David Pecker`); `New York on a Sunday` is a place and a time, not a person on a topic.
 */

const ON_SHOW = /^(\S+(?:\s\S+){1,3}?)\s(?:on|from|in|to|über|sur|sobre)\s(?!(?:a|an|the\s+(?:morning|afternoon|evening|night|weekend|summer|winter|spring|fall|autumn))\b)\S/;

function withRest(raw: string, name: string, target: string | null, rest: string, handle = false): SpeakerSpec | null {
	// Zhihu titles an answer `问题 - 覃超的回答 - 知乎`: the one who answered, before `的回答` (`'s answer`).
	if (name.length > 3 && name.endsWith(ZHIHU_ANSWER)) name = name.slice(0, -ZHIHU_ANSWER.length);
	// `— Speaker 2`: a diarised voice where the name would be is an attribution to nobody (see `result`).
	if (!handle && !isNameShaped(name) && !(target !== null && isNameShaped(target)) && !isPlaceholderLabel(name)) return null;
	// `— TED Talk`, `— Isaacson传记` (Isaacson's biography): where the words were said or written, not who said them.
	if (target === null && SOURCE_TAIL.test(name)) return null;
	let r = rest.trim();
	// `- **Relevance**: 0.92`, `- **Context**: …`: a field's label and its value, no attribution.
	if (r.charAt(0) === ":" || r.charAt(0) === "：") return null;
	// `– Ram Prasad (explaining why so many cross the tracks …)`: an aside in brackets may run longer than a role.
	let aside = false;
	if (r.length > 0 && ",·|;".indexOf(r.charAt(0)) >= 0) r = r.slice(1).trim();
	else if (r.charAt(0) === "(" && r.charAt(r.length - 1) === ")" && r.indexOf(")") === r.length - 1) {
		r = r.slice(1, -1).trim();
		aside = true;
	} else if (r.charAt(0) === "(" && r.charAt(r.length - 1) === ")") r = r.slice(1, -1).trim();
	if (r.length > (aside ? 200 : 100)) return null;
	return { raw, name, target, qualifier: r.length > 0 ? r : null };
}

function internalTarget(url: string): string | null {
	if (url.length === 0 || url.indexOf("://") >= 0 || /^(?:#|mailto:)/.test(url)) return null;
	let decoded = url;
	try {
		decoded = decodeURIComponent(url);
	} catch {
		// A malformed escape: keep the URL as written.
	}
	return basename(decoded.split("#")[0]) || null;
}
