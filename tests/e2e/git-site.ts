// A small, realistic site for the git target tests, built from real fixture notes: one page and one
// quotes file per note, a home page, a search index and a stylesheet. It stands in for the publishing
// pipeline's output so the git tests exercise the target alone.
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { corpusSample } from "../helpers/corpus-sample";
import { MANIFEST_VERSION, type ManifestEntry, type OutputFile, type PublishChanges, type PublishManifest } from "../../src/core/publish/types";

export type Notes = Map<string, string>;

const FIXTURES = path.join(__dirname, "..", "fixtures");

/** The harness vault's fixed list of fixture notes (corpusSample) and the notes the git tests edit, delete and rename. */
export function fixtureNotes(): Notes {
	const named = ["real/jocko-260-readwise.md", "real/huberman-14-term-labels.md", "real/leopold-prose-attribution.md"];
	const notes: Notes = new Map();
	for (const note of [...new Set([...corpusSample(), ...named])].sort()) notes.set(note, fs.readFileSync(path.join(FIXTURES, note), "utf8"));
	return notes;
}

function hash(content: string | Uint8Array): string {
	return createHash("sha256").update(content).digest("hex").slice(0, 16);
}

export function slug(notePath: string): string {
	return notePath
		.replace(/\.md$/, "")
		.toLowerCase()
		.normalize("NFKD")
		.replace(/[^a-z0-9/]+/g, "-")
		.replace(/-+\//g, "/")
		.replace(/\/-+/g, "/")
		.replace(/^-+|-+$/g, "");
}

function escape(text: string): string {
	return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

function notePage(notePath: string, text: string): OutputFile[] {
	const s = slug(notePath);
	const quotes = text
		.split("\n")
		.filter((line) => line.startsWith(">"))
		.map((line) => line.replace(/^>\s?/, ""));
	return [
		{ path: `${s}/index.html`, content: `<!doctype html>\n<title>${escape(notePath)}</title>\n<link rel="stylesheet" href="/style.css">\n<pre>${escape(text)}</pre>\n` },
		{ path: `${s}/quotes.json`, content: JSON.stringify(quotes, null, 1) + "\n" },
	];
}

export interface BuiltSite {
	files: OutputFile[];
	manifest: PublishManifest;
}

export function buildSite(notes: Notes): BuiltSite {
	const files: OutputFile[] = [];
	const entries: Record<string, ManifestEntry> = {};
	for (const [notePath, text] of notes) {
		const own = notePage(notePath, text);
		files.push(...own);
		entries[notePath] = {
			sourceHash: hash(text),
			outputHash: hash(own.map((f) => f.content).join("\0")),
			permalink: `/${slug(notePath)}/`,
			files: own.map((f) => f.path),
		};
	}
	const site: OutputFile[] = [
		{ path: "index.html", content: `<!doctype html>\n<title>Garden</title>\n<ul>\n${[...notes.keys()].map((p) => `<li><a href="/${slug(p)}/">${escape(p)}</a></li>`).join("\n")}\n</ul>\n` },
		{ path: "search.json", content: JSON.stringify([...notes.keys()].map((p) => ({ path: p, url: `/${slug(p)}/` }))) + "\n" },
		{ path: "style.css", content: "body { font-family: system-ui, sans-serif; max-width: 46rem; margin: auto; }\n" },
		{ path: "favicon.png", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0x00, 0x80]) },
	];
	files.push(...site);
	const siteFiles: Record<string, string> = {};
	for (const f of site) siteFiles[f.path] = hash(f.content);
	return { files, manifest: { version: MANIFEST_VERSION, notes: entries, siteFiles, redirects: {}, publishedAt: "2026-11-26T05:00:00.000Z" } };
}

/** What the pipeline hands the target: files whose content changed since `before`, and files gone. */
export function diffSites(before: BuiltSite | null, after: BuiltSite): PublishChanges {
	const old = new Map((before?.files ?? []).map((f) => [f.path, hash(f.content)]));
	const write = after.files.filter((f) => old.get(f.path) !== hash(f.content));
	const now = new Set(after.files.map((f) => f.path));
	return { write, delete: [...old.keys()].filter((p) => !now.has(p)) };
}
