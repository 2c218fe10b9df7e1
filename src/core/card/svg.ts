// The quote card as SVG text, for the published site (made at publish time, no fonts or canvas needed):
// laid out by the same `layoutCard` with an approximate width metric of common fonts.
import { CARD_DIMENSIONS, layoutCard, type CardInput, type CardLayout, type CardSize, type Measure, type PlacedText, type TextRole } from "./layout";

export interface CardColors {
	background: string;
	text: string;
	muted: string;
	accent: string;
}

/** The site's own light colours (assets.ts uses the same). */
export const SITE_CARD_COLORS: CardColors = { background: "#fbfaf7", text: "#1f2328", muted: "#59636e", accent: "#5a3fc0" };
/** Its dark colours (the site's dark palette, the accent a lighter violet), for a reader whose system is dark. */
export const SITE_CARD_DARK_COLORS: CardColors = { background: "#1d2125", text: "#e6e6e3", muted: "#a3abb3", accent: "#b7a6ff" };

/** Font stacks the SVG names: the reader's system draws them, so widths are estimated with a margin. */
export const CARD_FONTS: Record<TextRole, string> = {
	quote: "Georgia, 'Times New Roman', serif",
	speaker: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
	source: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
};

function charWidth(ch: string): number {
	const c = ch.codePointAt(0) ?? 0;
	if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3040 && c <= 0x30ff)) return 1;
	if (ch === " ") return 0.27;
	if ("iljtfrI.,;:'!|()[]".includes(ch)) return 0.3;
	if ("mwMW".includes(ch)) return 0.86;
	if (ch >= "A" && ch <= "Z") return 0.68;
	if (ch >= "0" && ch <= "9") return 0.56;
	if ("—…".includes(ch)) return 1;
	return 0.53;
}

/** The width of `text` in ems: per-character widths of a typical serif/sans face (CJK a full em). */
function emsOf(text: string): number {
	let em = 0;
	for (const ch of text) em += charWidth(ch);
	return em;
}

/** Pixels of `em` ems at `size` in the font of `role`: bold 7% wider, plus 4% so a wider face on the reader's system still fits the line. */
function scaled(em: number, size: number, role: TextRole): number {
	return em * size * (role === "speaker" ? 1.07 : 1) * 1.04;
}

/** Estimated width of `text` in the card's fonts. */
export const approximateMeasure: Measure = (text, size, role) => scaled(emsOf(text), size, role);

/**
 * `approximateMeasure` for one card's layout: each word's ems are summed once, not again at each of the up to
 * 16 font sizes the layout tries (the same numbers; an 80,000-quote site's first publish waited on it).
 */
function cardMeasure(): Measure {
	const ems = new Map<string, number>();
	return (text, size, role) => {
		let em = ems.get(text);
		if (em === undefined) {
			em = emsOf(text);
			ems.set(text, em);
		}
		return scaled(em, size, role);
	};
}

function escapeXml(s: string): string {
	return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Which of the card's colours an element is painted with: its class in the SVG's dark-mode style. */
type Paint = keyof CardColors;
const PAINT_CLASS: Record<Paint, string> = { background: "bg", text: "tx", muted: "mu", accent: "ac" };

function textEl(t: PlacedText, paint: Paint, colors: CardColors): string {
	const weight = t.role === "speaker" ? ` font-weight="700"` : "";
	return `<text class="${PAINT_CLASS[paint]}" x="${t.x.toFixed(1)}" y="${t.y.toFixed(1)}" font-family="${escapeXml(CARD_FONTS[t.role])}" font-size="${t.size}"${weight} fill="${colors[paint]}">${escapeXml(t.text)}</text>`;
}

/**
 * The `<style>` that repaints the card in `dark` when the reader's system is dark. The light colours stay
 * as fill attributes, so a renderer without CSS (or a link previewer) still draws the light card.
 */
function darkStyle(dark: CardColors): string {
	const rules = (Object.keys(PAINT_CLASS) as Paint[]).map((p) => `.${PAINT_CLASS[p]}{fill:${dark[p]}}`).join("");
	return `<style>@media (prefers-color-scheme: dark){${rules}}</style>`;
}

/** The SVG document of a laid-out card; with `dark`, it follows the reader's light or dark preference. */
export function cardSvgOf(layout: CardLayout, colors: CardColors, label: string, dark?: CardColors): string {
	const { width, height, padding } = layout;
	const rect = (paint: Paint, x: number, y: number, w: number, h: number): string => `<rect class="${PAINT_CLASS[paint]}" x="${x}" y="${y}" width="${w}" height="${h}" fill="${colors[paint]}"/>`;
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}">`,
		...(dark ? [darkStyle(dark)] : []),
		rect("background", 0, 0, width, height),
		rect("accent", 0, 0, 12, height),
		textEl(layout.mark, "accent", colors),
		...layout.lines.map((l) => textEl(l, "text", colors)),
		rect("accent", padding, layout.ruleY, 96, 4),
		...layout.meta.map((m) => textEl(m, m.role === "speaker" ? "text" : "muted", colors)),
		"</svg>",
	];
	return `${parts.join("\n")}\n`;
}

/** The site's card of `input` as SVG, laid out with the approximate metric, light or dark as the reader's system is. */
export function cardSvg(input: CardInput, size: CardSize, colors: CardColors = SITE_CARD_COLORS, dark: CardColors | undefined = SITE_CARD_DARK_COLORS): string {
	const layout = layoutCard(input, size, cardMeasure());
	const label = `“${input.quote}” — ${input.speaker ?? "Unknown speaker"}`;
	return cardSvgOf(layout, colors, label, dark);
}

export { CARD_DIMENSIONS };
