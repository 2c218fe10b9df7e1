// Quote blocks a static-site tool writes in its own syntax instead of Markdown's `>`, each naming who said
// the words in the opening tag: MkDocs Material's `!!! quote "Name"` admonition, a Hugo shortcode
// (`{{< quote "Name" >}}` … `{{< /quote >}}`, `{{<matomeQuote body="…" userName="…">}}`), a Jekyll include
// (`{% include quote.html author="…" text="…" %}`) and Octopress's `{% blockquote Name, Source %}`.
import { speakerSpec, trailingAttribution } from "./attribution";
import { blockquoteAt } from "./blockquote";
import { isNameShaped } from "./names";
import { rawQuote, type RawQuote } from "./raw";

/** How far below its opening tag a quote block may close: an epigraph or a pull quote is a few paragraphs. */
const REACH = 60;

/** `!!! quote "Mao Zedong, 1956:"`, `???+ quote "Andrej Karpathy"`, `!!! cite`: an admonition of the quote type. */
const ADMONITION = /^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]+(?:quote|cite)(?:[ \t]+"(.*)")?[ \t]*$/i;
/** `{{< blockquote >}}`, `{{% quote author="Ada" %}}`: a shortcode whose name says it holds a quotation. */
const SHORTCODE = /^[ \t]*\{\{([<%])[ \t]*(\/?)([A-Za-z][\w-]*)(.*?)[ \t]*[>%]\}\}[ \t]*$/;
/** `{% include quote.html author="Phil Karlton"`: a Jekyll include of a quote template (its tag may run on). */
const INCLUDE = /^[ \t]*\{%-?[ \t]*include[ \t]+[\w./-]*quote[\w./-]*(.*)$/i;
/** `{{ quote(text="…", author="E. W. Dijkstra:") }}`: a Zola shortcode called as a function, its arguments maybe on several lines. */
const ZOLA = /^[ \t]*\{\{[ \t]*([A-Za-z][\w-]*)\(/;
/** The lines that close such a tag: `… %}` (Jekyll's include), `…) }}` (Zola's call). */
const INCLUDE_END = /%\}[ \t]*$/;
const ZOLA_END = /\)[ \t]*\}\}[ \t]*$/;
/** `{% blockquote Bibio http://… Official Comment %}`: Octopress's quotation tag, its author first. */
const OCTOPRESS = /^[ \t]*\{%-?[ \t]*blockquote\b(.*?)-?%\}[ \t]*$/i;
const OCTOPRESS_END = /^[ \t]*\{%-?[ \t]*endblockquote[ \t]*-?%\}[ \t]*$/i;
/** `name="value"`, `name='value'`, `name=value`. */
const ATTRIBUTE = /([A-Za-z_][\w-]*)[ \t]*=[ \t]*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s"'>%}]+))/g;
/** Attributes that hold the quoted words, and those that hold who wrote or said them. */
const WORDS_KEYS = new Set(["body", "text", "quote", "content", "words"]);
const PERSON_KEYS = new Set(["author", "name", "by", "who", "speaker", "username", "user", "person", "attribution"]);
const QUOTE_NAME = /quote|blockquote|epigraph|cite/i;
/** `quote` or `type="quote"` as an admonition shortcode's type. */
const ADMONITION_QUOTE = /^[ \t]*(?:quote\b|type=["']?quote\b)/i;

/** Whether the line (its first non-space character at `p`) may open such a block: a cheap test before siteQuoteAt. */
export function maySiteQuote(line: string, p: number): boolean {
	const c = line[p];
	if (c === "!" || c === "?") return line.startsWith("!!!", p) || line.startsWith("???", p);
	return c === "{" && (line[p + 1] === "{" || line[p + 1] === "%") && QUOTE_NAME.test(line);
}

/** The quote opened on line `index` (0-based) and the last line it takes; null when the line opens none. */
export function siteQuoteAt(lines: string[], index: number, section: string[], dashes: string): { quote: RawQuote; last: number } | null {
	const line = lines[index];
	const admonition = ADMONITION.exec(line);
	if (admonition !== null) return admonitionAt(lines, index, section, admonition[1].length, admonition[2], dashes);
	const include = INCLUDE.exec(line);
	if (include !== null) return taggedAt(lines, index, section, INCLUDE_END);
	const zola = ZOLA.exec(line);
	if (zola !== null) return QUOTE_NAME.test(zola[1]) ? taggedAt(lines, index, section, ZOLA_END) : null;
	const octopress = OCTOPRESS.exec(line);
	if (octopress !== null) return closedAt(lines, index, section, (l) => OCTOPRESS_END.test(l), octopressAuthor(octopress[1]), dashes);
	const shortcode = SHORTCODE.exec(line);
	// `{{< admonition quote >}}` (Hugo's LoveIt and DoIt themes): an admonition box of the quote type.
	if (shortcode === null || shortcode[2] === "/" || !(QUOTE_NAME.test(shortcode[3]) || (shortcode[3] === "admonition" && ADMONITION_QUOTE.test(shortcode[4])))) return null;
	const args = shortcode[4];
	const attributes = attributesOf(args);
	const words = valueOf(attributes, WORDS_KEYS);
	// `{{<matomeQuote body="…" userName="varenc">}}`: the words and who wrote them, all in the one tag.
	if (words !== null) return { quote: quoteOf(index, index, words, section, valueOf(attributes, PERSON_KEYS)), last: index };
	const name = shortcode[3];
	const closing = new RegExp(String.raw`^[ \t]*\{\{[<%][ \t]*\/` + name + String.raw`[ \t]*[>%]\}\}[ \t]*$`);
	// `{{< quote "David Adrian on the … podcast" >}}`: a first argument in quotation marks is the credit.
	const positional = name === "admonition" ? null : (/^[ \t]*"([^"]+)"/.exec(args)?.[1] ?? null);
	return closedAt(lines, index, section, (l) => closing.test(l), valueOf(attributes, PERSON_KEYS) ?? (positional !== null ? creditName(positional) : null), dashes);
}

/**
 * The words from the line after `index` up to the closing line `closes` accepts (within REACH), spoken by `name`;
 * with no name in the tag, the words are read as a blockquote's, so a credit below them (`_Joel Spolsky 2001_`,
 * `— Ada Brook`) names the speaker.
 */
function closedAt(lines: string[], index: number, section: string[], closes: (line: string) => boolean, name: string | null, dashes: string): { quote: RawQuote; last: number } | null {
	for (let end = index + 1; end < lines.length && end - index <= REACH; end++) {
		if (!closes(lines[end])) continue;
		let a = index + 1;
		let b = end - 1;
		while (a <= b && lines[a].trim().length === 0) a++;
		while (b >= a && lines[b].trim().length === 0) b--;
		if (a > b) return null;
		const body = lines.slice(a, b + 1);
		return { quote: bodyQuote(body, a, section, name, dashes), last: end };
	}
	return null;
}

/**
 * The words `body` (its first line at 0-based `first`) spoken by `name`; with no name, read as the lines of a
 * blockquote, so a credit among them names the speaker.
 */
function bodyQuote(body: string[], first: number, section: string[], name: string | null, dashes: string): RawQuote {
	const last = first + body.length - 1;
	if (name !== null) return quoteOf(first, last, body.join("\n"), section, name);
	const q = blockquoteAt(body.map((l) => "> " + l), 0, body.length - 1, section, dashes);
	if (q === null) return quoteOf(first, last, body.join("\n"), section, null);
	q.line += first;
	q.endLine += first;
	return q;
}

/**
 * `!!! quote "Yan Yen (poet):"`, then the words indented below it, up to the first line indented less. A title
 * shaped as a name is the speaker; a title of words with no body is the quotation itself (`!!! quote "Any
 * method … --Sean Obrien"`), signed or not; any other title (`"excerpts"`) is a topic, and names nobody.
 */
function admonitionAt(lines: string[], index: number, section: string[], indent: number, title: string | undefined, dashes: string): { quote: RawQuote; last: number } | null {
	let a = -1;
	let b = -1;
	for (let k = index + 1; k < lines.length; k++) {
		const l = lines[k];
		if (l.trim().length === 0) continue;
		const p = l.length - l.trimStart().length;
		if (p < indent + 4 && !(l[indent] === "\t" && p > indent)) break;
		if (a < 0) a = k;
		b = k;
	}
	if (a < 0) {
		// Words and credit in the title alone: only a signed one is a quote (an unsigned one is a motto).
		if (title === undefined) return null;
		const attribution = trailingAttribution(title, 0, title.length);
		if (attribution === null || attribution.name === null) return null;
		return { quote: quoteOf(index, index, title.slice(0, attribution.cut).trim(), section, attribution.name), last: index };
	}
	const body = lines.slice(a, b + 1).map((l) => l.trim());
	const credited = title !== undefined ? creditName(title) : null;
	return { quote: bodyQuote(body, a, section, credited, dashes), last: b };
}

/**
 * A tag holding the words and who said them as attributes, on one line or several up to the line `closes` ends:
 * `{% include quote.html author="…" url="…" text="…" %}`, `{{ quote(text="…", author="…") }}`.
 */
function taggedAt(lines: string[], index: number, section: string[], closes: RegExp): { quote: RawQuote; last: number } | null {
	let tag = "";
	for (let end = index; end < lines.length && end - index <= 12; end++) {
		tag += (end > index ? "\n" : "") + lines[end];
		if (!closes.test(lines[end])) continue;
		const attributes = attributesOf(tag);
		const words = valueOf(attributes, WORDS_KEYS);
		if (words === null) return null;
		// The quote's line is the one holding its words.
		const at = index + tag.split("\n").findIndex((l) => [...attributesOf(l).keys()].some((k) => WORDS_KEYS.has(k)));
		// `author="E. W. Dijkstra:"`: a colon the template prints after the name is no part of it.
		const person = valueOf(attributes, PERSON_KEYS)?.replace(/[ \t]*[:：]$/, "") ?? null;
		return { quote: quoteOf(at, at, words, section, person), last: end };
	}
	return null;
}

/** `Bibio http://… Official Comment`, `Ada Lovelace, Notes`: the author before a comma or a link. */
function octopressAuthor(args: string): string | null {
	const author = args.trim().split(/,|\s+(?=https?:\/\/)/)[0].trim();
	return author.length > 0 && isNameShaped(author) ? author : null;
}

/** `Mao Zedong, 1956:`, `Liang Heng, age 12, recount of …`, `Yan Yen (poet):`, `David Adrian on the … podcast`. */
function creditName(credit: string): string | null {
	// A link's address is no part of the credit: `on the *[Show](https://…)* podcast` reads as `on the *Show* podcast`.
	const cut = credit.trim().replace(/\[([^\]]*)\]\([^()\s]*\)/g, "$1").replace(/[:：]$/, "").replace(/\s*\([^()]*\)$/, "").split(",")[0].trim();
	if (cut.length === 0) return null;
	if (isNameShaped(cut)) return cut;
	const spec = speakerSpec(cut, false);
	return spec !== null && spec.name !== null && isNameShaped(spec.name) ? spec.name : null;
}

function attributesOf(text: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of text.matchAll(ATTRIBUTE)) {
		const key = m[1].toLowerCase();
		if (!out.has(key)) out.set(key, (m[2] ?? m[3] ?? m[4] ?? "").replace(/\\(.)/g, "$1"));
	}
	return out;
}

/** The first non-empty value among `keys` (`text=`, `author=`), or null. */
function valueOf(attributes: Map<string, string>, keys: ReadonlySet<string>): string | null {
	for (const [k, v] of attributes) if (keys.has(k) && v.trim().length > 0) return v.trim();
	return null;
}

function quoteOf(first: number, last: number, text: string, section: string[], name: string | null): RawQuote {
	return rawQuote("blockquote", first + 1, last + 1, text.trim(), section, { speakerRaw: name, name, target: null, qualifier: null, timestamp: null, cite: [] });
}
