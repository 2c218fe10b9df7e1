// "Copy as image" and "Save as image": the quote card drawn on a canvas in the current theme's colours and
// fonts, laid out by core/card (wrap, shrink to fit, ellipsis). No network, no library: the 2D canvas that
// Obsidian has on desktop and mobile.
import { Notice, type App } from "obsidian";
import type { IndexedQuote } from "../../core/index/types";
import { CARD_DIMENSIONS, cardSource, cardText, layoutCard, type CardInput, type CardLayout, type CardSize, type Measure, type TextRole } from "../../core/card/layout";
import type { CardColors } from "../../core/card/svg";

export function cardInput(q: IndexedQuote): CardInput {
	return { quote: cardText(q.text), speaker: q.speaker ?? q.speakerRaw, source: cardSource(q.episode, q.noteTitle), timestamp: q.timestamp };
}

function cssVar(doc: Document, name: string, fallback: string): string {
	const value = doc.defaultView?.getComputedStyle(doc.body).getPropertyValue(name).trim() ?? "";
	return value !== "" ? value : fallback;
}

/** The theme's colours, read from Obsidian's CSS variables on the document (light, dark or a community theme). */
export function themeColors(doc: Document): CardColors {
	return {
		background: cssVar(doc, "--background-primary", "#ffffff"),
		text: cssVar(doc, "--text-normal", "#222222"),
		muted: cssVar(doc, "--text-muted", "#5c5c5c"),
		accent: cssVar(doc, "--interactive-accent", cssVar(doc, "--text-accent", "#7b6cd9")),
	};
}

/** CSS font shorthands per role: the theme's text font for the quote, its interface font for the rest. */
function themeFonts(doc: Document): Record<TextRole, (size: number) => string> {
	const text = cssVar(doc, "--font-text", "Georgia, serif");
	const ui = cssVar(doc, "--font-interface", "system-ui, sans-serif");
	return {
		quote: (size) => `${size}px ${text}`,
		speaker: (size) => `600 ${size}px ${ui}`,
		source: (size) => `${size}px ${ui}`,
	};
}

/** Draws the card for `q` on a new canvas of the card's size. Throws when the device has no 2D canvas. */
export function drawCard(doc: Document, q: IndexedQuote, size: CardSize): HTMLCanvasElement {
	const { width, height } = CARD_DIMENSIONS[size];
	const canvas = doc.body.createEl("canvas", { cls: "pg-card-canvas", attr: { width, height } });
	// Drawn off screen: the element only lends its 2D context.
	canvas.detach();
	const ctx = canvas.getContext("2d");
	if (!ctx) throw new Error("this device cannot draw images (no 2D canvas)");
	const fonts = themeFonts(doc);
	const measure: Measure = (text, px, role) => {
		ctx.font = fonts[role](px);
		return ctx.measureText(text).width;
	};
	paint(ctx, layoutCard(cardInput(q), size, measure), themeColors(doc), fonts);
	return canvas;
}

function paint(ctx: CanvasRenderingContext2D, layout: CardLayout, colors: CardColors, fonts: Record<TextRole, (size: number) => string>): void {
	ctx.fillStyle = colors.background;
	ctx.fillRect(0, 0, layout.width, layout.height);
	ctx.fillStyle = colors.accent;
	ctx.fillRect(0, 0, 12, layout.height);
	ctx.fillRect(layout.padding, layout.ruleY, 96, 4);
	ctx.textBaseline = "alphabetic";
	const draw = (t: { text: string; x: number; y: number; size: number; role: TextRole }, fill: string): void => {
		ctx.font = fonts[t.role](t.size);
		ctx.fillStyle = fill;
		ctx.fillText(t.text, t.x, t.y);
	};
	draw(layout.mark, colors.accent);
	for (const line of layout.lines) draw(line, colors.text);
	for (const m of layout.meta) draw(m, m.role === "speaker" ? colors.text : colors.muted);
}

export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) => {
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the image could not be encoded as PNG"))), "image/png");
	});
}

/** A file name for the card: `Quote card - Sam Altman - 367 Sam Altman.png`, without characters Obsidian refuses. */
export function cardFileName(q: IndexedQuote): string {
	const who = q.speaker ?? q.speakerRaw ?? "Unknown speaker";
	const name = `Quote card - ${who} - ${q.noteTitle}`.replace(/[\\/:*?"<>|#^[\]]+/g, " ").replace(/\s+/g, " ").trim();
	return `${name.slice(0, 120)}.png`;
}

/** Copies the card to the clipboard as a PNG image. */
export async function copyCardImage(q: IndexedQuote, size: CardSize): Promise<void> {
	const blob = await canvasPng(drawCard(activeDocument, q, size));
	if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write) throw new Error("this device's clipboard does not take images; use “Save as image” instead");
	await navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
	new Notice("Copied the quote card");
}

/**
 * Saves the card as a PNG where Obsidian puts attachments for the quote's note (the "Default location for
 * new attachments" setting), under a free name, and says where.
 */
export async function saveCardImage(app: App, q: IndexedQuote, size: CardSize): Promise<string> {
	const blob = await canvasPng(drawCard(activeDocument, q, size));
	const path = await app.fileManager.getAvailablePathForAttachment(cardFileName(q), q.path);
	await app.vault.createBinary(path, await blob.arrayBuffer());
	new Notice(`Saved the quote card to ${path}`);
	return path;
}
