// Links, images and embeds in the Markdown the Digital Garden plugin writes for its site template.
// - a link to a published note is `[[Folder/Note#Heading\|text]]`: the template resolves it from the
//   file in src/site/notes; the bar is escaped so the link survives inside a table cell;
// - an image is `![name\|200](/img/user/…)`: the template reads a trailing number as the width;
// - an embedded note is framed in `transclusion` / `markdown-embed` blocks, with a link to its page.
import { dgSlug } from "./dg-slug";
import { inertHtml } from "./note-html";

/**
 * The version of what this layout writes, part of the settings hash: when it changes, a garden published
 * before is rewritten once. 2: the Digital Garden plugin's format (issue 14).
 */
export const DG_FORMAT = "dg-format:2";

function encodePath(url: string): string {
	return url.split("/").map((s) => encodeURIComponent(s)).join("/");
}

/**
 * An attachment's address under /img/user/, encoded as the plugin does (encodeURI: the template reads the
 * file back with decodeURI to size the image), plus `#`, `?` and parentheses, which would end the path.
 */
function attachmentSrc(path: string): string {
	return encodeURI(`/img/user/${path}`).replace(/[#?()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A wikilink to the published note at vault path `path` (`.md` dropped), showing `text`. */
export function dgWikilink(path: string, subpath: string | null, text: string): string {
	// A bar or bracket in the text would end the link early; a backslash would escape its closing bracket.
	const shown = text.replace(/[|[\]\\]/g, " ").trim() || path.replace(/\.md$/i, "");
	return `[[${path.replace(/\.md$/i, "")}${subpath ? `#${subpath}` : ""}\\|${shown}]]`;
}

/**
 * An embedded image: `![[cover.png|200]]` → `![cover.png\|200](/img/user/cover.png)`. The name is the
 * link as written; of the parts after it, a last one that starts with a number is the width, the others
 * are kept as the image's description.
 */
export function dgImage(written: string, display: string | null, path: string): string {
	const src = attachmentSrc(path);
	const escape = (text: string): string => text.replace(/([\\[\]|])/g, "\\$1");
	const parts = (display ?? "").split("|").map((p) => p.trim()).filter((p) => p !== "");
	const size = parts.length > 0 && /^\d/.test(parts[parts.length - 1]) ? parts.pop() : undefined;
	const name = [escape(written), ...(parts.length > 0 ? [escape(parts.join(" "))] : []), ...(size ? [escape(size)] : [])].join("\\|");
	return `![${name}](${src})`;
}

/** `![alt](x.png)` with a `|` in its text: escaped, so a table cell keeps the image. */
export function dgMarkdownImage(alt: string, path: string): string {
	return `![${alt.replace(/([\\[\]|])/g, "\\$1")}](${attachmentSrc(path)})`;
}

const EMBED_OPEN = /^<div class="transclusion internal-embed is-loaded">(?:<a class="markdown-embed-link" href="[A-Za-z0-9/%#._~-]*" aria-label="Open link"><i data-lucide="link"><\/i><\/a>)?<div class="markdown-embed">$/;
const EMBED_TITLE = '<div class="markdown-embed-title">';
const EMBED_CLOSE = "</div></div>";

/**
 * Lines of the embed frame start with NUL while the note is compiled: no note line can (publicSection
 * turns a NUL into U+FFFD, as Markdown renderers do), so a `</div>` typed in a note is never taken for one.
 */
const MARK = "\u0000";

function isFrameLine(line: string): boolean {
	if (!line.startsWith(MARK)) return false;
	const rest = line.slice(1);
	return rest === EMBED_CLOSE || rest === EMBED_TITLE || rest === "</div>" || EMBED_OPEN.test(rest);
}

/** The compiled body as written to src/site/notes: the note's own HTML made inert (unless kept), the frame as HTML. */
export function dgBody(body: string, keepNoteHtml: boolean): string {
	const safe = keepNoteHtml ? body : inertHtml(body, isFrameLine);
	return safe.split("\n").map((line) => (isFrameLine(line) ? line.slice(1) : line)).join("\n");
}

/** The `#…` of an embed's link to its note: the plugin's slug of the heading or block id. */
function sectionAnchor(subpath: string | null): string {
	if (!subpath) return "";
	const last = subpath.split("#").pop() ?? "";
	const slug = dgSlug(last.replace(/^\^/, ""));
	return slug === "" ? "" : `#${slug}`;
}

/**
 * An embedded note's compiled text in its frame. `title` is the embed's alias (`![[Note|About]]`), shown as
 * a heading (`{{title}}` is the note's name); `url` is its page.
 */
export function dgEmbed(body: string, url: string, subpath: string | null, title: string | null, name: string): string {
	const link = `<a class="markdown-embed-link" href="${encodePath(url)}${sectionAnchor(subpath)}" aria-label="Open link"><i data-lucide="link"></i></a>`;
	let header = "";
	if (title !== null && title.trim() !== "") {
		const text = title.replace("{{title}}", name).trim();
		header = `${MARK}${EMBED_TITLE}\n\n${text.startsWith("#") ? text.replace(/^(#+)\s*/, "$1 ") : `# ${text}`}\n\n${MARK}</div>\n\n`;
	}
	return `\n${MARK}<div class="transclusion internal-embed is-loaded">${link}<div class="markdown-embed">\n\n${header}${body.trim()}\n\n${MARK}${EMBED_CLOSE}\n`;
}
