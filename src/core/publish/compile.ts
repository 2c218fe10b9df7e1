// Compiles a note to public Markdown: links to published notes become site links, everything private
// (unpublished notes' titles and text, comments, unlisted frontmatter) is left out.
import { stripComments } from "../note/comments";
import { closesFence, fenceOpening } from "../util/lines";
import { hashText } from "./hash";
import { dgEmbed, dgImage, dgMarkdownImage, dgWikilink } from "./dg-markdown";
import { EMBED_EXPANSION_LIMIT, PublishLimitError } from "./limits";
import { LinkResolver, mapReferences, Reference } from "./links";
import type { NoteSearchText } from "./types";
import { subpathAnchor } from "./url";

export type SiteLayout = "site" | "digital-garden";

export interface CompileEnv {
	resolver: LinkResolver;
	/** Text of a vault note, or undefined when it does not exist. */
	text(path: string): string | undefined;
	/** Site URL of a published note (`/a/b/`), or null when the note is not published. */
	urlOf(path: string): string | null;
	/** Site path of a copied attachment (`/files/a.png`). */
	assetUrl(path: string): string;
	/**
	 * `hashText` of a note's text, or undefined when unknown (checking a cached compile needs it without
	 * reading the text). When absent, `text` is read and hashed.
	 */
	textHash?(path: string): string | undefined;
	layout: SiteLayout;
	/** How many levels of embedded notes are inlined. */
	embedDepth: number;
}

export interface CompiledNote {
	/** Public Markdown, without frontmatter. */
	body: string;
	/** For each compiled line: the 1-based source line it came from, or null (inlined embeds). */
	lineMap: (number | null)[];
	/** 1-based source lines that were inside a comment (quotes there are never published). */
	hiddenLines: Set<number>;
	/** Vault paths of attachments the output refers to. */
	assets: string[];
	/** Hash over every link target's current URL (a change means the note must be compiled again). */
	linksHash: string;
	/** Hash over every embedded note's text and published state. */
	embedsHash: string;
	/** What the compile asked the vault, in order: enough to tell later whether the answers changed. */
	lookups: CompileLookups;
	/** Site layout only: what search holds of the note (set by `PublishNotes.compile`; never cached). */
	search?: NoteSearchText;
	/** Site layout only: what the feed quotes of the note (`feedExcerpt`; cached). */
	excerpt?: string;
	/** Site layout only: the inline `#tags` of the note's own published text (inline-tags.ts; cached). */
	tags?: string[];
}

/**
 * Every question a compile asked: links as `[from, target]` (the linking note, since embedded notes'
 * links count too) and the notes it tried to embed. The compiled output is a function of the note's
 * text, the layout and the answers to these questions, so equal answers mean an equal output.
 */
export interface CompileLookups {
	links: [string, string][];
	embeds: string[];
}

/** What a plan needs of a compiled note; a cache keeps these instead of the whole body. */
export type CompileFacts = Pick<CompiledNote, "lineMap" | "hiddenLines" | "assets" | "linksHash" | "embedsHash" | "lookups" | "excerpt" | "tags">;

export const EMBED_NOT_PUBLISHED = "*(An embedded note is not published.)*";
export const EMBED_TOO_DEEP = "*(Embedded note not shown: embeds are nested too deeply.)*";
export const EMBED_CYCLE = "*(Embedded note not shown: it embeds itself.)*";

const IMAGE = /\.(png|jpe?g|gif|webp|avif|bmp)$/i;

/**
 * Attachments that are copied to the site: inert media (images, audio, video) and PDF. Anything else stays
 * in the vault and its link or embed shows only its text: a `.canvas` holds private cards and paths of
 * unflagged notes, an `.html` or `.svg` file runs its script when opened directly (SVG is not sanitised,
 * so it is not published at all).
 */
const PUBLISHED_ATTACHMENT = /\.(png|jpe?g|gif|webp|avif|bmp|mp3|m4a|aac|ogg|oga|opus|wav|flac|mp4|m4v|webm|ogv|mov|pdf)$/i;

export function isPublishedAttachment(path: string): boolean {
	return PUBLISHED_ATTACHMENT.test(path);
}

/** Text of a note without its frontmatter, and how many lines the frontmatter took. */
export function splitFrontmatter(text: string): { lines: string[]; offset: number } {
	const lines = text.includes("\r") ? text.split(/\r?\n/) : text.split("\n");
	// Like the note parser, tolerate blank lines before the opening `---`: the block is never published.
	let start = 0;
	while (start < lines.length - 1 && lines[start].trim() === "") start++;
	if (lines[start]?.trim() === "---") {
		for (let i = start + 1; i < lines.length; i++) {
			if (lines[i].trim() === "---" || lines[i].trim() === "...") return { lines: lines.slice(i + 1), offset: i + 1 };
		}
	}
	return { lines, offset: 0 };
}

function escapeLinkText(text: string): string {
	return text.replace(/([\\[\]])/g, "\\$1");
}

function encodePath(url: string): string {
	return url.split("/").map((s) => encodeURIComponent(s)).join("/");
}

interface Walk {
	/** The note being compiled (limit errors name it). */
	root: string;
	/** Characters of embedded text inlined so far, every level counted. */
	expanded: number;
	/** Embedded notes' text hashes: a note embedded many times is hashed once. */
	hashes: Map<string, string | undefined>;
	env: CompileEnv;
	assets: Set<string>;
	links: string[];
	embeds: string[];
	lookups: CompileLookups;
}

function newWalk(root: string, env: CompileEnv): Walk {
	return { root, expanded: 0, hashes: new Map(), env, assets: new Set(), links: [], embeds: [], lookups: { links: [], embeds: [] } };
}

/** Where a link target points now: the vault path, whether it is a note, its site URL, and the hash key. */
function lookupLink(env: CompileEnv, target: string, from: string): { resolved: string | null; isNote: boolean; url: string | null; key: string } {
	const resolved = env.resolver.resolve(target, from);
	const isNote = resolved !== null && /\.md$/i.test(resolved);
	const url = isNote ? env.urlOf(resolved) : null;
	return { resolved, isNote, url, key: `${from}\u0000${target}\u0000${resolved ?? ""}\u0000${url ?? ""}` };
}

function embedKey(path: string, url: string | null, textHash: string | undefined): string {
	return `${path}\u0000${url === null || textHash === undefined ? "-" : textHash}`;
}

/**
 * True when every lookup of an earlier compile gets the same answer in `env`: compiling the same text
 * again would give the same output. Needs `env.textHash` (or `env.text`) for embedded notes; a note
 * whose text hash is unknown counts as changed.
 */
export function lookupsUnchanged(facts: CompileFacts, env: CompileEnv): boolean {
	const links = facts.lookups.links.map(([from, target]) => lookupLink(env, target, from).key);
	if (hashText(links.sort().join("\n")) !== facts.linksHash) return false;
	const embeds: string[] = [];
	for (const path of facts.lookups.embeds) {
		const url = env.urlOf(path);
		let textHash: string | undefined;
		if (url !== null) {
			textHash = env.textHash ? env.textHash(path) : hashOf(env.text(path));
			if (textHash === undefined) return false;
		}
		embeds.push(embedKey(path, url, textHash));
	}
	return hashText(embeds.sort().join("\n")) === facts.embedsHash;
}

function textHashIn(walk: Walk, path: string, text: string | undefined): string | undefined {
	if (walk.hashes.has(path)) return walk.hashes.get(path);
	const hash = hashOf(text);
	walk.hashes.set(path, hash);
	return hash;
}

function hashOf(text: string | undefined): string | undefined {
	return text === undefined ? undefined : hashText(text);
}

/**
 * Compiles the note at `path` (its current text). Problems become placeholders; it throws a
 * `PublishLimitError` when the note's embeds inline more than `EMBED_EXPANSION_LIMIT`, else only on a bug.
 */
export function compileNote(path: string, text: string, env: CompileEnv): CompiledNote {
	const walk = newWalk(path, env);
	const { lines: publicLines, hidden, offset } = publicSection(text, null);
	const out: string[] = [];
	const lineMap: (number | null)[] = [];
	let fence: string | null = null;
	publicLines.forEach((line, i) => {
		let compiled = line;
		if (fence !== null) {
			if (closesFence(line, fence)) fence = null;
		} else {
			fence = fenceOpening(line);
			if (fence === null) compiled = compileLine(line, path, walk, [path]);
		}
		const parts = compiled.split("\n");
		parts.forEach((part, k) => {
			out.push(part);
			lineMap.push(k === 0 ? offset + i + 1 : null);
		});
	});
	const hiddenLines = new Set([...hidden].map((i) => offset + i + 1));
	return {
		body: out.join("\n"),
		lineMap,
		hiddenLines,
		assets: [...walk.assets].sort(),
		linksHash: hashText(walk.links.sort().join("\n")),
		embedsHash: hashText(walk.embeds.sort().join("\n")),
		lookups: walk.lookups,
	};
}

/** Compiles a fragment of a note (a quote's text) with the same rules; no embeds are inlined. */
export function compileFragment(path: string, fragment: string, env: CompileEnv): string {
	const walk = newWalk(path, env);
	const lines = stripComments(fragment.split(/\r?\n/)).lines;
	return lines.map((line) => compileLine(line, path, walk, [path], true)).join("\n");
}

function compileLine(line: string, from: string, walk: Walk, stack: string[], noEmbeds = false): string {
	return mapReferences(line, (ref) => compileReference(ref, from, walk, stack, noEmbeds));
}

function compileReference(ref: Reference, from: string, walk: Walk, stack: string[], noEmbeds: boolean): string {
	const { env } = walk;
	const { resolved, isNote, url, key } = lookupLink(env, ref.target, from);
	walk.links.push(key);
	walk.lookups.links.push([from, ref.target]);
	const shown = displayText(ref);
	if (resolved === null) return ref.embed ? (ref.display && !ref.wiki ? escapeLinkText(ref.display) : "") : escapeLinkText(shown);
	if (!isNote) {
		if (!isPublishedAttachment(resolved)) return escapeLinkText(shown);
		walk.assets.add(resolved);
		const href = encodePath(env.layout === "digital-garden" ? `/img/user/${resolved}` : env.assetUrl(resolved));
		const name = resolved.slice(resolved.lastIndexOf("/") + 1);
		if (ref.embed && IMAGE.test(resolved) && env.layout === "digital-garden") return ref.wiki ? dgImage(ref.target, ref.display, resolved) : dgMarkdownImage(ref.display ?? "", resolved);
		if (ref.embed && IMAGE.test(resolved)) return `![${escapeLinkText(ref.wiki ? "" : (ref.display ?? ""))}](${href})`;
		return `[${escapeLinkText(ref.embed ? name : shown)}](${href})`;
	}
	if (ref.embed) {
		if (noEmbeds) return url === null ? "" : `[${escapeLinkText(shown)}](${encodePath(url)}${subpathAnchor(ref.subpath)})`;
		return embedNote(resolved, url, ref, walk, stack);
	}
	if (url === null) return escapeLinkText(shown);
	if (env.layout === "digital-garden") return dgWikilink(resolved, ref.subpath, shown);
	return `[${escapeLinkText(shown)}](${encodePath(url)}${subpathAnchor(ref.subpath)})`;
}

/** The text a reader saw for the link in Obsidian: the alias, else the target as written. */
function displayText(ref: Reference): string {
	if (ref.display !== null && ref.display !== "") return ref.display;
	const target = ref.target.replace(/\.md$/i, "");
	const name = ref.wiki ? target : target.slice(target.lastIndexOf("/") + 1);
	return ref.subpath ? `${name} > ${ref.subpath.replace(/^\^/, "")}`.replace(/^ > /, "") : name;
}

function embedNote(path: string, url: string | null, ref: Reference, walk: Walk, stack: string[]): string {
	const subpath = ref.subpath;
	const text = walk.env.text(path);
	walk.embeds.push(embedKey(path, url, url === null ? undefined : textHashIn(walk, path, text)));
	walk.lookups.embeds.push(path);
	if (url === null || text === undefined) return expand(walk, path, EMBED_NOT_PUBLISHED);
	if (stack.includes(path)) return expand(walk, path, EMBED_CYCLE);
	if (stack.length > walk.env.embedDepth) return expand(walk, path, EMBED_TOO_DEEP);
	const lines = publicSection(text, subpath).lines;
	// Counted before the embedded lines are compiled, so an embed bomb stops as soon as it passes the limit.
	for (const line of lines) expand(walk, path, line);
	let fence: string | null = null;
	const body = lines.map((line) => {
		if (fence !== null) {
			if (closesFence(line, fence)) fence = null;
			return line;
		}
		fence = fenceOpening(line);
		return fence === null ? compileLine(line, path, walk, [...stack, path]) : line;
	});
	if (walk.env.layout === "digital-garden") return dgEmbed(body.join("\n"), url, subpath, ref.wiki ? ref.display : null, path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, ""));
	return `\n${body.join("\n").trim()}\n`;
}

/**
 * The public lines of a note, or of the part a `#Heading` / `#^block` subpath selects: the one step pages
 * and embeds share. Comments are stripped before the subpath is looked up, so a heading or block id
 * written inside `%% … %%` selects nothing. `hidden` (0-based, after the frontmatter) and `offset` are for
 * the whole note (no subpath).
 */
export function publicSection(text: string, subpath: string | null): { lines: string[]; hidden: Set<number>; offset: number } {
	const split = splitFrontmatter(text);
	// NUL is never shown (Markdown renders it as U+FFFD); the Digital Garden layout marks its own lines with it.
	const lines = text.includes("\u0000") ? split.lines.map((l) => l.split("\u0000").join("\uFFFD")) : split.lines;
	const offset = split.offset;
	const stripped = stripComments(lines);
	return { lines: selectSubpath(stripped.lines, subpath), hidden: stripped.hidden, offset };
}

/** Counts `text` (and its line break) as inlined by an embed of `path`; throws past the expansion limit. */
function expand(walk: Walk, path: string, text: string): string {
	walk.expanded += text.length + 1;
	if (walk.expanded > EMBED_EXPANSION_LIMIT) {
		throw new PublishLimitError(`"${walk.root}": its embedded notes add up to more than ${EMBED_EXPANSION_LIMIT / (1024 * 1024)} MB of text (an embed inside an embed counts each time it is shown; the last one was "${path}"). Embed fewer notes, or remove its publish flag.`);
	}
	return text;
}

/** The lines a `#Heading` or `#^block` subpath selects; the whole note when there is none. */
function selectSubpath(lines: string[], subpath: string | null): string[] {
	if (!subpath) return lines;
	const last = subpath.split("#").pop() ?? "";
	if (last.startsWith("^")) {
		const id = last.slice(1);
		const hit = lines.find((l) => l.trimEnd().endsWith(` ^${id}`));
		return hit === undefined ? [] : [hit];
	}
	const start = lines.findIndex((l) => /^#{1,6}\s/.test(l) && l.replace(/^#+\s*/, "").trim() === last.trim());
	if (start === -1) return [];
	const level = /^#+/.exec(lines[start])?.[0].length ?? 1;
	let end = start + 1;
	while (end < lines.length && !(/^#{1,6}\s/.test(lines[end]) && (/^#+/.exec(lines[end])?.[0].length ?? 7) <= level)) end++;
	return lines.slice(start, end);
}
