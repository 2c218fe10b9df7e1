// Baselines measured on the same texts in the same process as the real pipeline.
import MarkdownIt from "markdown-it";

/**
 * The floor: one pass that splits the text into lines and looks at each line's first character, which is
 * the least any line-based reader must do. Returns the number of `>` lines so the work cannot be skipped.
 */
export function floorPass(text: string): number {
	const lines = text.split("\n");
	let quoteLines = 0;
	for (let i = 0; i < lines.length; i++) if (lines[i].charCodeAt(0) === 62) quoteLines++;
	return quoteLines;
}

export interface BaselineQuote {
	text: string;
	speaker: string | null;
	line: number;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
/** `— Name` alone on the last line of a quote. */
const OWN_LINE = /^\s*(?:--|[-–—―~])\s*(.+?)\s*$/;
/** `… text – Name` at the end of the last line. */
const TRAILING = /\s(?:--|[-–—―~])\s*([^-–—―~]{1,80}?)\s*$/;

/**
 * The generic parser: what a developer reaches for first. markdown-it tokenises the note; every blockquote's
 * paragraphs are joined and the attribution is taken from its last line (`— Name`) or from the end of its
 * last line (`… – Name`). Front matter is cut with a regex first, since markdown-it does not know it.
 */
export class MarkdownItQuotes {
	private readonly md = new MarkdownIt({ html: true, linkify: false });

	extract(text: string): BaselineQuote[] {
		const frontmatter = FRONTMATTER.exec(text);
		const body = frontmatter ? text.slice(frontmatter[0].length) : text;
		const offset = frontmatter ? frontmatter[0].split("\n").length - 1 : 0;
		const tokens = this.md.parse(body, {});
		const quotes: BaselineQuote[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			if (token.type !== "blockquote_open" || token.level !== 0) continue;
			const parts: string[] = [];
			let depth = 0;
			let j = i;
			for (; j < tokens.length; j++) {
				const inner = tokens[j];
				if (inner.type === "blockquote_open") depth++;
				else if (inner.type === "blockquote_close" && --depth === 0) break;
				else if (inner.type === "inline") parts.push(inner.content);
			}
			quotes.push(this.attribute(parts.join("\n\n"), (token.map?.[0] ?? 0) + 1 + offset));
			i = j;
		}
		return quotes;
	}

	private attribute(text: string, line: number): BaselineQuote {
		const lines = text.split("\n");
		const last = lines[lines.length - 1];
		const own = OWN_LINE.exec(last);
		if (own && lines.length > 1) return { text: lines.slice(0, -1).join("\n").trim(), speaker: own[1], line };
		const trailing = TRAILING.exec(last);
		if (trailing) return { text: text.slice(0, text.length - trailing[0].length), speaker: trailing[1], line };
		return { text, speaker: null, line };
	}
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 20);

const speakers = new Map<string, string>();

/** One flat copy per distinct speaker (a cut of the note would keep the note alive). */
function speakerCopy(cut: string): string {
	let copy = speakers.get(cut);
	if (copy === undefined) {
		copy = JSON.parse(JSON.stringify(cut)) as string;
		speakers.set(copy, copy);
	}
	return copy;
}

/** A quote the minimal reader keeps: where its text is in the note's packed bytes, and its speaker. */
export interface MinimalQuote {
	start: number;
	end: number;
	speaker: string | null;
	line: number;
}

/**
 * The least a quote reader that keeps its results within the heap budget can do: one pass by offsets (no
 * string per line), runs of `>` lines as quotes, a trailing ` – ` on the last line as the speaker, the
 * quote texts packed as UTF-8 into one byte array per note (as the index does: keeping cuts of the note
 * would keep the whole note text alive) and one small object per quote. No ids, no hashes, no frontmatter,
 * no headings, no other quote formats, no speaker rules. Not a parser anyone would ship: it shows how much
 * of the budget merely finding and keeping quotes takes.
 */
export function minimalQuotes(text: string, out: MinimalQuote[]): Uint8Array {
	const n = text.length;
	if (scratch.length < n * 3) scratch = new Uint8Array(n * 3);
	let pos = 0;
	let line = 0;
	let start = -1;
	let startLine = 0;
	let end = 0;
	let at = 0;
	const close = (): void => {
		const lineStart = text.lastIndexOf("\n", end - 1) + 1;
		let dash = -1;
		for (let k = end - 1; k > lineStart && k > end - 200; k--) {
			const c = text.charCodeAt(k);
			if ((c === 0x2013 || c === 0x2014) && text.charCodeAt(k - 1) === 32) {
				dash = k;
				break;
			}
		}
		const from = at;
		at += encoder.encodeInto(text.slice(start, dash > 0 ? dash - 1 : end), scratch.subarray(at)).written;
		out.push({ start: from, end: at, speaker: dash > 0 ? speakerCopy(text.slice(dash + 2, end)) : null, line: startLine });
		start = -1;
	};
	while (pos < n) {
		let e = text.indexOf("\n", pos);
		if (e < 0) e = n;
		line++;
		if (text.charCodeAt(pos) === 62) {
			if (start < 0) {
				start = pos + 2;
				startLine = line;
			}
			end = e;
		} else if (start >= 0) close();
		pos = e + 1;
	}
	if (start >= 0) close();
	return scratch.slice(0, at);
}

let noteBytes = new Uint8Array(1 << 20);
let packedBytes = new Uint8Array(1 << 20);
const utf8Speakers = new Map<string, string>();
const decoderForLeast = new TextDecoder();

/** What the least reader keeps per note: its packed quote texts and the note's hash. */
export interface LeastNote {
	texts: Uint8Array;
	hash: number;
}

/**
 * The least reader that meets the index's other promises, as tight as we could write it: the note is
 * encoded once (natively) and that one buffer serves both the note hash (four bytes a step, as
 * `hashString`) and the quotes: runs of `>` lines found with the typed array's native `indexOf`, each
 * line's bytes copied natively into the note's packed texts, a ` – ` or ` — ` on the last line cut off
 * as the speaker (decoded, one copy per name). One small object per quote. No frontmatter, headings,
 * other formats, ids, speaker rules or records: the floor under any index that hashes notes for
 * publishing and keeps quote texts within the heap budget.
 */
export function leastReader(text: string, out: MinimalQuote[]): LeastNote {
	const need = text.length * 3 + 8;
	if (noteBytes.length < need) {
		noteBytes = new Uint8Array(need);
		packedBytes = new Uint8Array(need);
	}
	const src = noteBytes;
	const dst = packedBytes;
	const n = encoder.encodeInto(text, src).written;
	const words = new Uint32Array(src.buffer, 0, n >>> 2);
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	let w = 0;
	for (; w + 1 < words.length; w += 2) {
		h1 = Math.imul(h1 ^ words[w], 2654435761);
		h2 = Math.imul(h2 ^ words[w + 1], 1597334677);
	}
	if (w < words.length) h1 = Math.imul(h1 ^ words[w], 2654435761);
	for (let j = words.length << 2; j < n; j++) h2 = Math.imul(h2 ^ src[j], 1597334677);

	let at = 0;
	let pos = 0;
	let line = 0;
	// The run of `>` lines being read: where its text starts in `dst`, its first line, where its last line starts.
	let first = -1;
	let firstLine = 0;
	let lastAt = 0;
	for (;;) {
		const more = pos < n;
		const quoteLine = more && src[pos] === 62;
		if (!quoteLine && first >= 0) {
			// The run ends: a dash after a space near the end of its last line (U+2013 or U+2014 in UTF-8), or
			// at the start of it (`— Name` on a line of its own), starts the speaker.
			let dash = -1;
			for (let k = at - 3; k >= lastAt && k > at - 200; k--) {
				if (dst[k] === 0xe2 && dst[k + 1] === 0x80 && (dst[k + 2] === 0x93 || dst[k + 2] === 0x94) && (k === lastAt || dst[k - 1] === 32)) {
					dash = k;
					break;
				}
			}
			let speaker: string | null = null;
			if (dash >= 0) {
				const name = decoderForLeast.decode(dst.subarray(dash + 4, at));
				speaker = utf8Speakers.get(name) ?? null;
				if (speaker === null) utf8Speakers.set(name, (speaker = name));
				at = dash > first ? dash - 1 : first;
			}
			out.push({ start: first, end: at, speaker, line: firstLine });
			first = -1;
		}
		if (!more) break;
		let end = src.indexOf(10, pos);
		if (end < 0) end = n;
		line++;
		if (quoteLine) {
			if (first < 0) {
				first = at;
				firstLine = line;
			} else dst[at++] = 10;
			const from = src[pos + 1] === 32 ? pos + 2 : pos + 1;
			dst.set(src.subarray(from, end), at);
			lastAt = at;
			at += end - from;
		}
		pos = end + 1;
	}
	return { texts: dst.slice(0, at), hash: (h1 ^ h2) >>> 0 };
}
