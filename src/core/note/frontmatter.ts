// Frontmatter: YAML block style or the JSON flow map Digital Garden writes (`{"dg-publish":true,…}`).
// Never throws: whatever cannot be read becomes a `NoteProblem` naming the lines to fix.
import { parse } from "yaml";
import type { Frontmatter, NoteProblem } from "../types";
import { parseSimpleYaml } from "./yaml-lite";

export interface FrontmatterResult {
	data: Frontmatter;
	/** 0-based index of the first body line (after the closing `---`), 0 when there is no frontmatter. */
	bodyStart: number;
	problems: NoteProblem[];
}

function defaultYaml(text: string): unknown {
	// `logLevel: "error"`: a key written as a collection (`[//]: # comment` lines) is read as its text; the library's
	// warning about it would go to the process's stderr, naming no note and asking nothing of the user.
	return parse(text, { uniqueKeys: false, prettyErrors: false, logLevel: "error" });
}

function isFence(line: string): boolean {
	return line.trimEnd() === "---";
}

/** Reads the frontmatter at the top of `lines` (the text already without a BOM). */
export function readFrontmatter(lines: string[], parseYaml?: (text: string) => unknown): FrontmatterResult {
	const problems: NoteProblem[] = [];
	let open = 0;
	// Blank lines before the opening `---` (some exporters write them): found, to say why it is ignored.
	while (open < lines.length && open < 20 && lines[open].trim().length === 0) open++;
	if (open >= lines.length || !isFence(lines[open])) return { data: {}, bodyStart: 0, problems };
	let close = -1;
	for (let i = open + 1; i < lines.length; i++) {
		const l = lines[i];
		if (isFence(l) || l.trimEnd() === "...") {
			close = i;
			break;
		}
	}
	if (close < 0) {
		problems.push({
			line: open + 1,
			message: `Frontmatter opened with --- on line ${open + 1} is never closed: add a line with --- after it. The note was read as plain text.`,
		});
		return { data: {}, bodyStart: 0, problems };
	}
	if (open > 0) {
		// Like Obsidian: no properties, so no publish flag either (the block stays body text).
		problems.push({
			line: open + 1,
			message: `Frontmatter starts on line ${open + 1}, after blank lines: Obsidian ignores it, so its properties (and any publish flag) are not read. Remove the blank lines above it.`,
		});
		return { data: {}, bodyStart: 0, problems };
	}
	const yamlText = lines.slice(open + 1, close).join("\n");
	let data: unknown = {};
	if (yamlText.trim().length > 0) {
		try {
			data = parseSimpleYaml(yamlText) ?? (parseYaml ?? defaultYaml)(yamlText);
		} catch (e) {
			const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
			// The parser gives an offset into the text inside the fences: say the note's line.
			const pos = errorOffset(e);
			const line = pos === null ? open + 1 : open + 2 + countLines(yamlText, pos);
			problems.push({
				line,
				message: `Frontmatter on lines ${open + 1}–${close + 1} is not valid YAML (${reason}${pos === null ? "" : ` on line ${line}`}); fix it so its properties can be read.`,
			});
			data = {};
		}
	}
	if (data === null || data === undefined) data = {};
	if (typeof data !== "object" || Array.isArray(data)) {
		problems.push({
			line: open + 1,
			message: `Frontmatter on lines ${open + 1}–${close + 1} is not a list of properties (key: value); it was ignored.`,
		});
		data = {};
	}
	return { data: data as Frontmatter, bodyStart: close + 1, problems };
}

/** Where a parse error points, as an offset into the parsed text (the `yaml` package's `pos`), or null. */
function errorOffset(e: unknown): number | null {
	const pos = typeof e === "object" && e !== null && "pos" in e ? e.pos : null;
	return Array.isArray(pos) && typeof pos[0] === "number" ? pos[0] : null;
}

function countLines(text: string, end: number): number {
	let n = 0;
	for (let k = text.indexOf("\n"); k >= 0 && k < end; k = text.indexOf("\n", k + 1)) n++;
	return n;
}

/** A Hugo or Zola page's TOML header (`+++` … `+++`): where the body starts, its `title` and its top-level text values. */
export interface SiteHeader {
	/** 0-based index of the first line after the closing `+++`. */
	bodyStart: number;
	title: string | null;
	/** `key = "text"` and `key = ["a", "b"]` before any `[table]`: the page's people (`hosts`, `guests`) among them. */
	fields: Record<string, string | string[]>;
}

const TOML_TEXT = /^([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*$/;
const TOML_LIST = /^([A-Za-z_][\w-]*)\s*=\s*\[(.*)\]\s*$/;
const TOML_ITEM = /"((?:[^"\\]|\\.)*)"|'([^']*)'/g;

/**
 * The TOML header a static site's page opens with, or null. Obsidian reads no properties from it (so no
 * publish flag either), but its lines are the page's metadata, not its text: its title and people are the page's.
 */
export function siteHeader(lines: readonly string[]): SiteHeader | null {
	if (lines.length === 0 || lines[0].trimEnd() !== "+++") return null;
	const fields: Record<string, string | string[]> = {};
	// Keys under `[extra]` and other tables are not the page's own; Zola's `[extra]` ones are kept as `extra.key`.
	let table: string | null = null;
	for (let i = 1; i < lines.length && i < 200; i++) {
		const line = lines[i].trim();
		if (line === "+++") return { bodyStart: i + 1, title: typeof fields.title === "string" ? fields.title : null, fields };
		if (line.charAt(0) === "[") table = line === "[extra]" ? "extra." : "";
		if (table === "") continue;
		const text = TOML_TEXT.exec(line);
		if (text !== null) {
			fields[(table ?? "") + text[1]] = unescape(text[2] ?? text[3]);
			continue;
		}
		if (table !== null) continue;
		const list = TOML_LIST.exec(line);
		if (list !== null) fields[list[1]] = [...list[2].matchAll(TOML_ITEM)].map((m) => unescape(m[1] ?? m[2]));
	}
	return null;
}

function unescape(text: string): string {
	return text.replace(/\\(["\\])/g, "$1");
}
