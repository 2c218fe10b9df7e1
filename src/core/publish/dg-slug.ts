// The Digital Garden plugin's URL slug, so a garden keeps its addresses when it switches to Podcast Garden.
// The plugin slugs each folder and the file name with @sindresorhus/slugify 1.x: letters are transliterated
// to ASCII first (`Über` → `ueber`, `Straße` → `strasse`, `Ørsted` → `orsted`, `Привет` → `privet`), camel
// case is split, and everything that is not `a-z0-9` becomes `-`. The rule is written out here; the
// compatibility test checks it letter by letter against the template's own copy of that package.
import type { Frontmatter } from "../types";
import { sanitizePermalink, splitCamelCase } from "./url";

/** Letters whose ASCII form is not just the letter without its accent (case kept: camel case is split after). */
const SPECIAL_LATIN: Record<string, string> = {
	"Ä": "Ae", "ä": "ae", "Ö": "Oe", "ö": "oe", "Ü": "Ue", "ü": "ue", "ß": "ss", "ẞ": "SS", "ſ": "ss",
	"Æ": "AE", "æ": "ae", "Œ": "Oe", "œ": "oe", "Ĳ": "IJ", "ĳ": "ij", "Þ": "TH", "þ": "th",
	"Ð": "D", "ð": "d", "Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ħ": "H", "ħ": "h", "ı": "i", "ĸ": "k",
	"Ŀ": "L", "ŀ": "l", "Ł": "L", "ł": "l", "ŉ": "'n", "Ŋ": "N", "ŋ": "n", "Ŧ": "T", "ŧ": "t",
};

/** Russian, Ukrainian and Macedonian letters, lower case (upper case is derived); "" means dropped. */
const CYRILLIC: Record<string, string> = {
	"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
	"й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
	"у": "u", "ф": "f", "х": "h", "ц": "cz", "ч": "ch", "ш": "sh", "щ": "shh", "ъ": "", "ы": "y", "ь": "",
	"э": "e", "ю": "yu", "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ќ": "kj", "љ": "lj", "њ": "nj",
};

/** Greek letters, lower case with their accented forms; upper case is derived (Β is the one exception). */
const GREEK: Record<string, string> = {
	"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
	"λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
	"υ": "y", "φ": "f", "χ": "x", "ψ": "ps", "ω": "o", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o",
	"ύ": "y", "ώ": "o", "ϊ": "i", "ϋ": "y", "ΐ": "i", "ΰ": "y",
};

/** Upper-case letters of both scripts: the first letter of the lower-case form is capitalised (`Щ` → `Shh`). */
const UPPER: Record<string, string> = {};
for (const table of [CYRILLIC, GREEK]) {
	for (const [lower, ascii] of Object.entries(table)) {
		const upper = lower.toUpperCase();
		if (upper !== lower && upper.length === 1 && !(upper in UPPER)) UPPER[upper] = ascii.charAt(0).toUpperCase() + ascii.slice(1);
	}
}
// Where the package's tables differ from that pattern.
Object.assign(UPPER, { "Β": "B", "Θ": "TH", "Ξ": "KS", "Ψ": "PS" });

/**
 * Accented Latin letters that lose their accent: Latin-1 and Latin Extended-A, the Vietnamese and Romanian
 * letters of Latin Extended-B, and the Vietnamese block of Latin Extended Additional. Other letters of those
 * blocks (`ǎ`, `ḍ`) have no ASCII form in the package and are dropped, like any other script it does not know.
 */
function losesAccent(code: number): boolean {
	return (code >= 0xc0 && code <= 0x17f) || code === 0x1a0 || code === 0x1a1 || code === 0x1af || code === 0x1b0 || (code >= 0x218 && code <= 0x21b) || (code >= 0x1ea0 && code <= 0x1ef9);
}

/** Symbols the package spells out. */
const WORDS: Record<string, string> = { "&": " and ", "♥": " love ", "🦄": " unicorn " };

/** The text with every letter the Digital Garden slug knows written in ASCII (case kept). */
function transliterate(text: string): string {
	let out = "";
	for (const ch of text.normalize("NFC")) {
		const known = WORDS[ch] ?? SPECIAL_LATIN[ch] ?? CYRILLIC[ch] ?? GREEK[ch] ?? UPPER[ch];
		if (known !== undefined) out += known;
		else if (losesAccent(ch.codePointAt(0) ?? 0)) out += ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
		else out += ch;
	}
	return out;
}

/** One path segment the way Digital Garden slugs it: `Über uns` → `ueber-uns`, `OpenAI` → `open-ai`. */
export function dgSlug(text: string): string {
	return splitCamelCase(transliterate(text))
		.toLowerCase()
		.replace(/[^a-z\d]+/g, "-")
		.replace(/^-+|-+$/g, "");
}

/**
 * The URL Digital Garden gives a note from its vault path (`Über/Straße.md` → `/ueber/strasse/`), or the
 * first segment that has no letter or digit the slug keeps (a title only in Chinese, say): Digital Garden
 * would publish such a note at a broken address, so it needs a `dg-permalink`.
 */
export function dgPathUrl(path: string): { url: string } | { emptySegment: string } {
	const segments = path.replace(/\.md$/i, "").split("/");
	const slugs: string[] = [];
	for (const segment of segments) {
		const slug = dgSlug(segment);
		if (slug === "") return { emptySegment: segment };
		slugs.push(slug);
	}
	return { url: `/${slugs.join("/")}/` };
}

/**
 * Where Digital Garden publishes a note: its `dg-permalink` (a plain `permalink` is not read, as in the
 * plugin), else the slug of its path; or why neither gives an address.
 */
export function dgPermalink(path: string, frontmatter: Frontmatter): { url: string } | { problem: string } {
	const own = frontmatter["dg-permalink"];
	if (own !== undefined && own !== null && own !== "") {
		const url = sanitizePermalink(own);
		return url === null ? { problem: `its dg-permalink ${JSON.stringify(own)} leaves no usable address` } : { url };
	}
	const slug = dgPathUrl(path);
	if ("url" in slug) return slug;
	return { problem: `"${slug.emptySegment}" has no letter or digit Digital Garden can put in an address (it keeps a-z, 0-9 and the letters it transliterates)` };
}

/** Scripts the Digital Garden slug transliterates but this rule leaves out (their tables are long and rare). */
const UNSPELT_SCRIPTS: [string, RegExp][] = [
	["Arabic", /[\u0600-\u06ff]/],
	["Armenian", /[\u0530-\u058f]/],
	["Georgian", /[\u10a0-\u10ff]/],
	["Thaana", /[\u0780-\u07bf]/],
];

/**
 * Published notes whose address (no `dg-permalink`) differs from the one Digital Garden gives: a name in
 * a script the plugin transliterates and this rule does not. A warning, so links from an existing garden
 * are not broken silently.
 */
export function dgAddressWarnings(notes: readonly { path: string; record: { frontmatter: Frontmatter } }[]): { kind: "url"; path: string; message: string }[] {
	const out: { kind: "url"; path: string; message: string }[] = [];
	for (const note of notes) {
		const own = note.record.frontmatter["dg-permalink"];
		if (typeof own === "string" && own.trim() !== "") continue;
		const script = UNSPELT_SCRIPTS.find(([, letters]) => letters.test(note.path));
		if (script) out.push({ kind: "url", path: note.path, message: `"${note.path}": Digital Garden spells ${script[0]} letters in its addresses, Podcast Garden leaves them out, so this note's address differs from the one the Digital Garden plugin gave it. Give it a dg-permalink with its current address to keep links to it working.` });
	}
	return out;
}
