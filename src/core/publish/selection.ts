// Which notes are published and at which URL. Conflicts are errors that name every note involved.
import type { Frontmatter, NoteRecord } from "../types";
import { isTrueValue, publishFlag } from "../note";
import type { SiteLayout } from "./compile";
import { dgPermalink } from "./dg-slug";
import type { PublishOptions } from "./options";
import { sanitizePermalink, slugUrl } from "./url";

export interface PublishedNote {
	path: string;
	url: string;
	/** `dg-home`: the note is the site's home page. */
	home: boolean;
	record: NoteRecord;
}

export interface PublishError {
	kind: "url" | "compile" | "target" | "read";
	/** The note to fix, when one is to blame. */
	path: string | null;
	message: string;
}

/** First-level folders the site itself uses; a note URL there would overwrite a site page. */
export const RESERVED_SEGMENTS = ["speakers", "quotes", "episodes", "search", "assets", "files", "tags"];

/** Names the site gives its own files in every page folder (`index.html`, the `.md` copy, the search shard). */
const SITE_FILE_NAMES = /^index\.(html?|md|json)$/i;

/** True when the frontmatter flags the note; `publish: false` and `draft: true` always veto (core rule). */
export function isFlagged(frontmatter: Frontmatter, keys: readonly string[]): boolean {
	return publishFlag(frontmatter, [...keys]).publish;
}

function inFolder(path: string, folder: string): boolean {
	const f = folder.replace(/^\/+|\/+$/g, "");
	return f === "" || path.startsWith(`${f}/`);
}

export function inScope(path: string, options: PublishOptions): boolean {
	if (options.excludeFolders.some((f) => f.trim() !== "" && inFolder(path, f))) return false;
	return options.includeFolders.filter((f) => f.trim() !== "").length === 0 || options.includeFolders.some((f) => f.trim() !== "" && inFolder(path, f));
}

/**
 * The public URL of a note: `/` for the home note, its sanitised permalink, else the slug of its path. The
 * Digital Garden layout gives the address the Digital Garden plugin gives (see dg-slug.ts); null when it
 * has none (`noteUrlProblem` says why).
 */
export function noteUrl(path: string, frontmatter: Frontmatter, permalink: string | null = null, layout: SiteLayout = "site"): string | null {
	if (isTrueValue(frontmatter["dg-home"])) return "/";
	if (layout === "digital-garden") {
		const dg = dgPermalink(path, frontmatter);
		return "url" in dg ? dg.url : null;
	}
	return sanitizePermalink(permalink ?? frontmatter.permalink ?? frontmatter["dg-permalink"]) ?? slugUrl(path);
}

/**
 * Whether a record is published under the options with signature `sig`, and its URL: kept per record
 * object (a host's records stay the same objects while their notes are unchanged), so a plan over a
 * large vault does not ask every note's frontmatter again.
 */
const decisions = new WeakMap<NoteRecord, { sig: string; published: boolean; url: string | null }>();

function decide(record: NoteRecord, options: PublishOptions, sig: string): { published: boolean; url: string | null } {
	let known = decisions.get(record);
	if (known === undefined || known.sig !== sig) {
		const published = inScope(record.path, options) && isFlagged(record.frontmatter, options.flagKeys);
		known = { sig, published, url: published ? noteUrl(record.path, record.frontmatter, record.permalink, options.layout) : "" };
		decisions.set(record, known);
	}
	return known;
}

/** The published notes with their URLs, and an error for each URL two notes (or a site page) claim. */
export function selectNotes(records: readonly NoteRecord[], options: PublishOptions): { notes: PublishedNote[]; errors: PublishError[] } {
	const notes: PublishedNote[] = [];
	const errors: PublishError[] = [];
	const byUrl = new Map<string, string>();
	const sig = JSON.stringify([options.flagKeys, options.includeFolders, options.excludeFolders, options.layout]);
	for (const record of records) {
		const { published, url } = decide(record, options, sig);
		if (!published) continue;
		if (url === null) {
			const dg = dgPermalink(record.path, record.frontmatter);
			errors.push({ kind: "url", path: record.path, message: `"${record.path}" has no Digital Garden address: ${"problem" in dg ? dg.problem : "unknown"}. Give it a dg-permalink, for example dg-permalink: /my-note/.` });
			continue;
		}
		const first = url.split("/")[1] ?? "";
		if (RESERVED_SEGMENTS.includes(first.toLowerCase())) {
			errors.push({ kind: "url", path: record.path, message: `"${record.path}" would be published at ${url}, which the site uses for its own pages. Change its permalink.` });
			continue;
		}
		const fileLike = url.split("/").find((s) => SITE_FILE_NAMES.test(s));
		if (fileLike !== undefined) {
			errors.push({ kind: "url", path: record.path, message: `"${record.path}" would be published at ${url}: a folder named "${fileLike}" would take the place of a page file of the site. Change its permalink (for example to /${url.split("/").filter((s) => s !== "" && s !== fileLike).join("/") || "about"}/).` });
			continue;
		}
		const other = byUrl.get(url.toLowerCase());
		if (other !== undefined) {
			// The Digital Garden layout reads only dg-permalink, so that is the key to name there.
			const key = options.layout === "digital-garden" ? "dg-permalink" : "permalink";
			errors.push({ kind: "url", path: record.path, message: `Two notes claim the URL ${url}: "${other}" and "${record.path}". Give one of them a different ${key} (or remove dg-home from one).` });
			continue;
		}
		byUrl.set(url.toLowerCase(), record.path);
		notes.push({ path: record.path, url, home: url === "/", record });
	}
	return { notes, errors };
}
