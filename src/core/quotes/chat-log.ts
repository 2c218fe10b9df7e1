// Chat logs pasted into notes. IRC logs as the client wrote them: `<nick> words`, `13:02 <@jnewbery> words`, `[13:02] < aj> words`,
// in a paragraph, a fenced block or an indented one. Each message is its nick's turn; the client's own lines (joins,
// nick changes, `/me` actions, a meeting bot's output) are no one's words. A Discord thread copied from the app heads
// each message with its author and time (`Daniel Hardman — Yesterday at 12:29 PM`), the words on the lines below.
import { named, type TurnCandidate } from "./turns";
import { closesFence, firstNonSpace, indentColumns } from "../util/lines";

/**
 * A time the client prints (`13:02`, `[13:02:45]`, IRCCloud's `10:00 AM`), then `<`, a mode sign (`@` operator, IRCCloud's
 * `•`, ` ` none), the nick (two characters or more: `<T>` is a type) and `>`.
 */
const CHAT_LINE = /(?:\[?(\d{1,2}:\d{2}(?::\d{2})?)([ \t]?[AaPp][Mm])?\]?[ \t]+)?<[@+%&~ •]?([A-Za-z_[\]\\^{}|`][\w\-[\]\\^{}|`.]{1,31})>[ \t]+(?=\S)/y;

/**
 * `-!- x is now known as y`, `* sandy waves`, `*** Joins: …`, IRCCloud's `10:06 AM → x joined` and `— x waves`, `07:08`
 * alone, `****`: the client's lines between messages.
 */
const CLIENT_LINE = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?(?:[ \t]+(?:-!-|\*{1,3}[ \t]|--[<>]|<--|-->|[→←—][ \t]).*)?|(?:-!-|\*{1,3}[ \t]|--[<>]|<--|-->).*|\*{3,})[ \t]*$/;

/** Element names a line of HTML opens with (`<p> text`, `<b> text`): never a nick. */
const HTML_ELEMENTS = new Set(["a", "abbr", "aside", "audio", "b", "big", "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "embed", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "li", "link", "main", "mark", "meta", "nav", "ol", "option", "p", "picture", "pre", "q", "s", "samp", "script", "section", "select", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "tt", "u", "ul", "var", "video", "wbr"]);

/** `corebot`, `MeetBot`, W3C's `Zakim` and `RRSAgent`: a bot's output is no person's words. */
const BOT_NICK = /bot$|^(?:zakim|rrsagent|chanserv|nickserv)$/i;

/** `#startmeeting`, `#endmeeting`: a command typed to the meeting bot, not said to the room. */
const BOT_COMMAND = /^#[a-z]+[ \t]*$/;

/** The IRC message at `p`, as a turn of its nick; `silent` when the line is a bot's or a command to one (it ends the turn before). */
export function chatLineAt(line: string, p: number, index: number, section: string[]): (TurnCandidate & { silent: boolean }) | null {
	CHAT_LINE.lastIndex = p;
	const m = CHAT_LINE.exec(line);
	if (m === null) return null;
	const nick = m[3];
	// `<T> T[] toArray()`, `<name>Ada</name>`: code and XML, where the same brackets open a line.
	if (HTML_ELEMENTS.has(nick.toLowerCase()) || line.indexOf(`</${nick}>`) >= 0) return null;
	const textStart = m.index + m[0].length;
	return {
		// `kenshamir[m]` is kenshamir on Matrix, bridged into the channel.
		label: nick.replace(/\[m\]$/, ""),
		timestamp: m[1] === undefined ? null : clockTime(m[1], m[2] ?? ""),
		line: index + 1,
		endLine: index + 1,
		textStart,
		section,
		continued: false,
		plain: false,
		initials: null,
		handle: true,
		chat: true,
		silent: BOT_NICK.test(nick) || BOT_COMMAND.test(line.slice(textStart)),
	};
}

/** `2:05 PM` as `14:05`, `12:10 AM` as `00:10`: a time of day that sorts and reads as the client meant it. */
function clockTime(time: string, meridiem: string): string {
	const half = meridiem.trim().toLowerCase();
	if (half === "") return time;
	const colon = time.indexOf(":");
	const hour = (Number(time.slice(0, colon)) % 12) + (half === "pm" ? 12 : 0);
	return String(hour).padStart(2, "0") + time.slice(colon);
}

/** Whether the line is the client's own (a join, a nick change, a `/me` action, a time alone, a separator). */
export function isClientLine(line: string): boolean {
	return CLIENT_LINE.test(line.trim());
}

/** What a fence around a chat log may say it holds. */
const CHAT_INFO = new Set(["irc", "log", "chat", "text", "txt", "plain", "plaintext"]);

/**
 * Whether the code block whose first line is `from` (fenced by `fence`, or indented when null) is an IRC log: it opens
 * with a message or a client's line, and those are half its lines or more. A block of code starting `<T>` is not.
 */
export function isChatBlock(lines: readonly string[], from: number, fence: string | null): boolean {
	// A fence that names a language (```` ```java ````) holds that language's code; a log's is bare or says it is text.
	const info = fence === null || from === 0 ? "" : lines[from - 1].trim().slice(fence.length).trim().toLowerCase();
	if (info !== "" && !CHAT_INFO.has(info)) return false;
	let shown = 0;
	let chat = 0;
	let messages = 0;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		const p = firstNonSpace(line);
		if (fence !== null ? closesFence(line, fence) : p < line.length && indentColumns(line, p) < 4) break;
		if (p === line.length) continue;
		const message = chatLineAt(line, p, i, []) !== null;
		const client = !message && isClientLine(line);
		if (shown === 0 && !message && !client) return false;
		shown++;
		if (message) messages++;
		if (message || client) chat++;
	}
	return messages > 0 && chat * 2 >= shown;
}

/** `Daniel Hardman — Yesterday at 12:29 PM`, `swcurran — 02/23/2022 4:10 PM`: who posted, as Discord's copy writes it over the message. */
const CHAT_HEADER = /([^\s—][^—\n]{0,60}?)[ \t]+—[ \t]+(?:(?:Today|Yesterday) at \d{1,2}:\d{2}(?:[ \t]?[AP]M)?|\d{1,2}\/\d{1,2}\/\d{2,4}(?:[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AP]M)?)?)[ \t]*$/y;

/** The Discord message header at `p`, as a turn of its author whose words are the lines below, or null. */
export function chatHeaderAt(line: string, p: number, index: number, section: string[]): TurnCandidate | null {
	CHAT_HEADER.lastIndex = p;
	const m = CHAT_HEADER.exec(line);
	// A display name in one word of any case (`TelegramSam`) is read as the handle it is.
	const turn = m === null ? null : (named(m[1], null, index, line.length, section) ?? (/^[\w.-]{2,30}$/.test(m[1]) ? named("@" + m[1], null, index, line.length, section) : null));
	if (turn !== null) turn.chat = true;
	return turn;
}
