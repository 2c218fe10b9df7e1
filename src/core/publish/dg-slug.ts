// The Digital Garden plugin's URL slug, so a garden keeps its addresses when it switches to Podcast Garden.
// The plugin and the site template both call @sindresorhus/slugify 1.x with its default options on each
// folder and on the file name: letters are transliterated to ASCII (`Über` → `ueber`, `Straße` → `strasse`,
// `Привет` → `privet`, Arabic, Armenian, Georgian…), camel case is split, and everything that is not
// `a-z0-9` becomes `-`. We call the same package at the version the template pins (1.1.2), so the slugs
// are the template's letter for letter; the compatibility test compares it with the template's own copy.
import slugify from "@sindresorhus/slugify";
import type { Frontmatter } from "../types";
import { sanitizePermalink } from "./url";

/** Printable ASCII without `&`: text the package's transliteration leaves exactly as it is. */
const PLAIN_ASCII = /^[\x20-\x25\x27-\x7e]*$/;

/** One path segment the way Digital Garden slugs it: `Über uns` → `ueber-uns`, `OpenAI` → `open-ai`. */
export function dgSlug(text: string): string {
	// The package builds about 700 regular expressions per call (0.67 ms: 2.7 s for the 4,000 folder and
	// file names of a 2,000-note vault). On plain ASCII its transliteration changes nothing and its other
	// steps are these: camel case split, lower case, `-` between runs of letters and digits. A test compares
	// the two on every printable character in several positions.
	if (!PLAIN_ASCII.test(text)) return slugify(text);
	const split = text
		.replace(/([A-Z]{2,})(\d+)/g, "$1 $2")
		.replace(/([a-z\d]+)([A-Z]{2,})/g, "$1 $2")
		.replace(/([a-z\d])([A-Z])/g, "$1 $2")
		.replace(/([A-Z]+)([A-Z][a-z\d]+)/g, "$1 $2");
	return split.toLowerCase().replace(/[^a-z\d]+/g, "-").replace(/^-+|-+$/g, "");
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
