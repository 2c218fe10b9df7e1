// Public URLs of notes: permalinks sanitised to `/a/b/`, otherwise the Digital Garden slug of the vault path.
// Every URL produced here maps to a path inside the site root: no `..`, no absolute paths, no NUL.

const MAX_SEGMENT_BYTES = 180;
const MAX_DEPTH = 12;

/** Splits camel case the way Digital Garden's slugs do: `OpenAI` → `Open AI`, `ChatGPT` → `Chat GPT`. */
function splitCamelCase(text: string): string {
	return text
		.replace(/([A-Z]{2,})(\d+)/g, "$1 $2")
		.replace(/([a-z\d]+)([A-Z]{2,})/g, "$1 $2")
		.replace(/([a-z\d])([A-Z])/g, "$1 $2")
		.replace(/([A-Z]+)([A-Z][a-rt-z\d]+)/g, "$1 $2");
}

/** One path segment as a slug: lower case, letters and digits joined by `-`. */
export function slugify(text: string): string {
	const words = splitCamelCase(text.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
		.replace(/&/g, " and ")
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0);
	return clip(words.join("-"));
}

/** Keeps a segment under MAX_SEGMENT_BYTES of UTF-8, so every file system accepts the folder name. */
function clip(segment: string): string {
	let bytes = 0;
	let end = 0;
	for (const ch of segment) {
		const cp = ch.codePointAt(0) ?? 0;
		bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		if (bytes > MAX_SEGMENT_BYTES) break;
		end += ch.length;
	}
	return end === segment.length ? segment : segment.slice(0, end).replace(/[-.\s]+$/, "");
}

/** `010 Inbox/367 Sam Altman - OpenAI CEO….md` → `/010-inbox/367-sam-altman-open-ai-ceo…/` */
export function slugUrl(path: string): string {
	const noExt = path.replace(/\.md$/i, "");
	const segments = noExt
		.split("/")
		.map(slugify)
		.filter((s) => s.length > 0)
		.slice(0, MAX_DEPTH);
	return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

/**
 * A segment decoded until nothing changes (a few rounds at most): `%252e` is `%2e` once decoded and `.` when
 * a server decodes the link again, so it must be judged as `.`.
 */
function decodeFully(part: string): string {
	let segment = part;
	for (let round = 0; round < 5 && segment.includes("%"); round++) {
		let next: string;
		try {
			next = decodeURIComponent(segment);
		} catch {
			break;
		}
		if (next === segment) break;
		segment = next;
	}
	return segment;
}

/** A permalink as the user wrote it, made safe: `/a/b/`, or null when nothing usable is left. */
export function sanitizePermalink(raw: unknown): string | null {
	if (typeof raw !== "string") return null;
	// Control characters (NUL included) and backslashes never reach a file name.
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
	const cleaned = raw.replace(/[\u0000-\u001f\u007f]/g, "").replace(/\\/g, "/").replace(/[?#].*$/, "");
	const segments: string[] = [];
	for (const part of cleaned.split("/")) {
		let segment = decodeFully(part);
		// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
		segment = segment.replace(/[\u0000-\u001f\u007f]/g, "").trim();
		// Windows drive letters, dot-only names and reserved characters cannot be folder names; `%`, `?`
		// and `#` would make the page's links decode, query or cut differently from the folder's name.
		segment = segment.replace(/[<>:"|*/\\%?#]/g, "-").replace(/^\.+/, "").replace(/[.\s]+$/, "");
		segment = segment.replace(/\s+/g, "-");
		if (segment.length === 0) continue;
		segments.push(clip(segment));
	}
	if (segments.length === 0) return null;
	return `/${segments.slice(0, MAX_DEPTH).join("/")}/`;
}

/** Where a page for `url` lives in the site: `/a/b/` → `a/b/index.html`, `/` → `index.html`. */
export function pageFile(url: string): string {
	const inner = url.replace(/^\/+|\/+$/g, "");
	return inner ? `${inner}/index.html` : "index.html";
}

/** A relative link from the page at `fromUrl` to `to` (a site path like `/a/b/#x` or `/files/x.png`). */
export function relativeUrl(fromUrl: string, to: string): string {
	if (!to.startsWith("/")) return to;
	const depth = fromUrl.split("/").filter((s) => s.length > 0).length;
	const up = depth === 0 ? "./" : "../".repeat(depth);
	return up + to.slice(1);
}

/** True when a relative output path stays inside the root (defence in depth for every target). */
export function isSafeOutputPath(path: string): boolean {
	if (path.length === 0 || path.length > 1024) return false;
	if (path.startsWith("/") || /^[a-zA-Z]:/.test(path) || path.includes("\\")) return false;
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
	if (/[\u0000-\u001f]/.test(path)) return false;
	return path.split("/").every((s) => s.length > 0 && s !== "." && s !== ".." && s.length <= 255);
}

/** The full public URL of a site path, given the site's base URL (may be empty). */
export function publicUrl(baseUrl: string, url: string): string {
	const base = baseUrl.replace(/\/+$/, "");
	return base + url;
}

/** The anchor id of a heading, shared by compiled links (`[[Note#Heading]]`) and rendered pages. */
export function headingAnchor(heading: string): string {
	const plain = heading.replace(/[*_~=`[\]()]/g, "").replace(/\s+/g, " ").trim();
	return slugify(plain) || "section";
}

/** The anchor part of a link subpath: `Heading` → `#heading`, `^block` → `#^block`. */
export function subpathAnchor(subpath: string | null): string {
	if (!subpath) return "";
	const last = subpath.split("#").pop() ?? "";
	if (last.startsWith("^")) return `#^${last.slice(1).replace(/[^A-Za-z0-9-]/g, "")}`;
	return `#${headingAnchor(last)}`;
}
