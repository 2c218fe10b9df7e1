// A shareable quote card's layout: the quote wrapped and shrunk to fit its box, long quotes cut with an
// ellipsis, then speaker and source on one line each. Pure: the host gives a `measure` function (canvas
// `measureText` in the plugin, an approximate metric for the site's SVG), and draws the positioned lines.

export type CardSize = "wide" | "square";
export const CARD_SIZES: readonly CardSize[] = ["wide", "square"];
/** Link previews want 1200×630 (1.91:1); a square card suits feeds that crop to squares. */
export const CARD_DIMENSIONS: Record<CardSize, { width: number; height: number }> = {
	wide: { width: 1200, height: 630 },
	square: { width: 1080, height: 1080 },
};

/** Which text a width is asked for: the quote (serif), the speaker (bold), the source line. */
export type TextRole = "quote" | "speaker" | "source";
/** Width in pixels of `text` drawn at `size` pixels in the font of `role`. */
export type Measure = (text: string, size: number, role: TextRole) => number;

export const ELLIPSIS = "…";

/**
 * Pieces a line may break between: runs of non-space characters, runs of spaces, and single CJK (and
 * other no-space script) characters, which may break anywhere.
 */
const PIECES = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3040-\u30ff]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3040-\u30ff]+|\s+/g;

/** Splits a piece too wide for a line into parts that fit (at least one character each). */
function splitWide(piece: string, maxWidth: number, width: (s: string) => number): string[] {
	const parts: string[] = [];
	let part = "";
	for (const ch of piece) {
		if (part !== "" && width(part + ch) > maxWidth) {
			parts.push(part);
			part = "";
		}
		part += ch;
	}
	if (part !== "") parts.push(part);
	return parts;
}

/**
 * Greedy word wrap of `text` (whitespace runs become one space; a blank-line break stays a break) into
 * lines no wider than `maxWidth` as `width` measures them. A word wider than a line is split. With `tooMany`,
 * it stops as soon as the lines so far are too many (the lines returned are then only the first ones).
 * A line's width is the sum of its words' and spaces' widths: each word is measured once, not the line
 * again with each word added (that made a site of 80,000 quotes wait minutes for its cards).
 */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number, tooMany?: (lines: number) => boolean): string[] {
	return wrapPieces(piecesOf(text), maxWidth, width, tooMany);
}

/** The text's paragraphs (split at blank lines), each as the pieces a line may break between. */
function piecesOf(text: string): string[][] {
	return text.split(/\n\s*\n/).map((paragraph) => paragraph.match(PIECES) ?? []);
}

/** `wrapText` of text already cut into pieces (fitText cuts once for all the sizes it tries). */
function wrapPieces(paragraphs: readonly string[][], maxWidth: number, width: (s: string) => number, tooMany?: (lines: number) => boolean): string[] {
	const lines: string[] = [];
	const spaceWidth = width(" ");
	for (const pieces of paragraphs) {
		// A size at which the text cannot fit is known as soon as its lines are too many (fitText).
		if (tooMany !== undefined && tooMany(lines.length)) return lines;
		let line = "";
		let lineWidth = 0;
		let space = false;
		for (const piece of pieces) {
			if (piece.trim() === "") {
				space = line !== "";
				continue;
			}
			const pieceWidth = width(piece);
			const joined = line === "" ? pieceWidth : lineWidth + (space ? spaceWidth : 0) + pieceWidth;
			if (joined <= maxWidth) {
				line = line === "" ? piece : line + (space ? " " : "") + piece;
				lineWidth = joined;
				space = false;
				continue;
			}
			space = false;
			if (line !== "") lines.push(line);
			line = "";
			lineWidth = 0;
			if (tooMany !== undefined && tooMany(lines.length)) return lines;
			if (pieceWidth <= maxWidth) {
				line = piece;
				lineWidth = pieceWidth;
				continue;
			}
			const parts = splitWide(piece, maxWidth, width);
			lines.push(...parts.slice(0, -1));
			line = parts[parts.length - 1] ?? "";
			lineWidth = width(line);
		}
		if (line !== "") lines.push(line);
	}
	return lines;
}

/** `line` shortened (a word at a time, then a character) until it fits with an ellipsis after it. */
export function withEllipsis(line: string, maxWidth: number, width: (s: string) => number): string {
	let cut = line.replace(/[\s.,;:!?…–—-]+$/, "");
	while (cut !== "" && width(cut + ELLIPSIS) > maxWidth) {
		const space = cut.lastIndexOf(" ");
		cut = (space > 0 && width(cut.slice(0, space) + ELLIPSIS) <= maxWidth ? cut.slice(0, space) : Array.from(cut).slice(0, -1).join("")).replace(/[\s.,;:!?…–—-]+$/, "");
	}
	return cut + ELLIPSIS;
}

export interface FitResult {
	size: number;
	lines: string[];
	/** The text did not fit even at the smallest size: the last line ends in an ellipsis. */
	truncated: boolean;
}

export interface FitOptions {
	maxSize: number;
	minSize: number;
	/** Line height as a multiple of the font size. */
	lineHeight: number;
	/** How much smaller each try is (pixels). */
	step?: number;
}

/**
 * The largest font size (from `maxSize` down to `minSize`) at which `text` wrapped to `box.width` fits
 * `box.height`; at the smallest size, the lines that fit with the last one ending in an ellipsis.
 */
export function fitText(text: string, box: { width: number; height: number }, role: TextRole, options: FitOptions, measure: Measure): FitResult {
	const step = options.step ?? 2;
	const pieces = piecesOf(text);
	for (let size = options.maxSize; size >= options.minSize; size -= step) {
		const tooMany = (count: number): boolean => count * size * options.lineHeight > box.height;
		const lines = wrapPieces(pieces, box.width, (s) => measure(s, size, role), tooMany);
		if (!tooMany(lines.length)) return { size, lines, truncated: false };
	}
	const size = options.minSize;
	const width = (s: string): number => measure(s, size, role);
	const lines = wrapPieces(pieces, box.width, width);
	const fit = Math.max(1, Math.floor(box.height / (size * options.lineHeight)));
	if (lines.length <= fit) return { size, lines, truncated: false };
	const kept = lines.slice(0, fit);
	kept[fit - 1] = withEllipsis(kept[fit - 1] ?? "", box.width, width);
	return { size, lines: kept, truncated: true };
}

/** One line of text on the card: `y` is its baseline. */
export interface PlacedText {
	text: string;
	x: number;
	y: number;
	size: number;
	role: TextRole;
}

export interface CardInput {
	/** The quote's words as plain text (see `cardText`). */
	quote: string;
	speaker: string | null;
	/** Show and episode, e.g. `Lex Fridman Podcast · #367 Sam Altman`. */
	source: string | null;
	timestamp: string | null;
}

export interface CardLayout {
	width: number;
	height: number;
	padding: number;
	/** The big opening quotation mark, in the accent colour. */
	mark: PlacedText;
	lines: PlacedText[];
	/** Speaker and source lines (each cut to one line with an ellipsis). */
	meta: PlacedText[];
	/** Top of the thin accent rule above the speaker. */
	ruleY: number;
	truncated: boolean;
}

const LINE_HEIGHT = 1.32;

/** Where the text baseline sits inside a line box of `size * lineHeight`. */
function baseline(top: number, size: number, lineHeight: number): number {
	return top + (size * lineHeight - size) / 2 + size * 0.8;
}

/** `text` on one line of `maxWidth`, cut with an ellipsis when longer. */
function oneLine(text: string, maxWidth: number, width: (s: string) => number): string {
	return width(text) <= maxWidth ? text : withEllipsis(text, maxWidth, width);
}

/** The card for `input` at `size`, measured with `measure`. */
export function layoutCard(input: CardInput, size: CardSize, measure: Measure): CardLayout {
	const { width, height } = CARD_DIMENSIONS[size];
	const square = size === "square";
	const padding = square ? 88 : 72;
	const inner = width - 2 * padding;
	const speakerSize = square ? 40 : 34;
	const sourceSize = square ? 30 : 26;
	const markSize = square ? 150 : 120;

	const meta: PlacedText[] = [];
	let bottom = height - padding;
	const who = [input.source, input.timestamp].filter((s): s is string => s !== null && s.trim() !== "").join(" · ");
	if (who !== "") {
		meta.unshift({ text: oneLine(who, inner, (s) => measure(s, sourceSize, "source")), x: padding, y: bottom - sourceSize * 0.25, size: sourceSize, role: "source" });
		bottom -= sourceSize * 1.5;
	}
	const speaker = input.speaker ?? "Unknown speaker";
	meta.unshift({ text: oneLine(`— ${speaker}`, inner, (s) => measure(s, speakerSize, "speaker")), x: padding, y: bottom - speakerSize * 0.25, size: speakerSize, role: "speaker" });
	bottom -= speakerSize * 1.3;
	const ruleY = bottom - 24;

	const mark: PlacedText = { text: "“", x: padding - 8, y: padding + markSize * 0.62, size: markSize, role: "quote" };
	const top = padding + markSize * 0.42;
	const box = { width: inner, height: ruleY - 28 - top };
	const fit = fitText(input.quote, box, "quote", { maxSize: square ? 68 : 56, minSize: square ? 30 : 26, lineHeight: LINE_HEIGHT }, measure);
	const lineBox = fit.size * LINE_HEIGHT;
	// Short quotes sit in the middle of their box rather than under the mark with a gap below.
	const start = top + Math.max(0, (box.height - fit.lines.length * lineBox) / 2);
	const lines = fit.lines.map((text, i) => ({ text, x: padding, y: baseline(start + i * lineBox, fit.size, LINE_HEIGHT), size: fit.size, role: "quote" as const }));
	return { width, height, padding, mark, lines, meta, ruleY, truncated: fit.truncated };
}

/**
 * A quote's Markdown as the plain words a card shows: emphasis, code and highlight marks, links (their
 * text kept), embeds, block ids and footnote marks removed, whitespace collapsed, line breaks kept as spaces.
 */
export function cardText(markdown: string): string {
	return markdown
		.replace(/[ \t]\^[A-Za-z0-9-]+[ \t]*$/gm, "")
		.replace(/!\[\[[^\]]*\]\]|!\[[^\]]*\]\([^)]*\)/g, "")
		.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
		.replace(/\[\[([^\]]*)\]\]/g, "$1")
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/\[\^[^\]]*\]/g, "")
		.replace(/(\*\*|__|~~|==|\*|`)/g, "")
		.replace(/(^|\s)_(\S[^_]*\S|\S)_(?=\s|[.,;:!?]|$)/g, "$1$2")
		.replace(/\s+/g, " ")
		.trim();
}

/** `Show · #12 Episode title`, or the note's name when the episode says nothing. */
export function cardSource(episode: { show: string | null; number: number | null; title: string | null }, noteTitle: string): string {
	const title = episode.title ?? noteTitle;
	// A note's name often starts with the number already (`367 Sam Altman …`): not `#367 367 …`.
	const number = episode.number !== null && !title.startsWith(String(episode.number)) ? `#${episode.number} ` : "";
	if (episode.show && episode.show !== title) return `${episode.show} · ${number}${title}`;
	return `${number}${title}`;
}
