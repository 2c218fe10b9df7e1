// Site-wide files: home, episodes, speakers, quotes, search, CSS/JS, redirects and copied attachments.
// They are rebuilt from the records every time and written only when their bytes changed.
import { compileFragment, CompiledNote, CompileEnv } from "./compile";
import { SEARCH_JS, SITE_CSS } from "./assets";
import { hashContent } from "./hash";
import type { PublishOptions } from "./options";
import { assetFile, summary } from "./output";
import type { PublishedNote, PublishError } from "./selection";
import { redirectPage, SiteInfo, SiteQuote, sitePages } from "./site";
import type { ManifestEntry, OutputFile, PublishManifest, PublishPlan } from "./types";
import { pageFile } from "./url";
import type { VaultReader } from "./build";

export interface SiteInput {
	published: PublishedNote[];
	compiled: Map<string, CompiledNote>;
	entries: Record<string, ManifestEntry>;
	manifest: PublishManifest;
	plan: PublishPlan;
	options: PublishOptions;
	info: SiteInfo;
	vault: VaultReader;
	env: CompileEnv;
	check: () => void;
	/** Nothing a site-wide page shows has changed: keep the published pages instead of building them. */
	reusePages?: boolean;
}

export interface SiteOutput {
	writes: OutputFile[];
	hashes: Record<string, string>;
	redirects: Record<string, string>;
	errors: PublishError[];
	quoteCount: number;
}

/** Markdown to the plain words the search index holds. */
function plainText(markdown: string): string {
	return markdown
		.replace(/!\[[^\]]*\]\([^)]*\)/g, "")
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/[*_~=`>#]+/g, "")
		.replace(/\s+/g, " ")
		.trim();
}

/** Redirects from renamed notes' old URLs, minus any URL a published note now uses. */
function redirectsNow(input: SiteInput): Record<string, string> {
	const redirects: Record<string, string> = { ...input.manifest.redirects };
	for (const r of input.plan.renamed) {
		if (r.fromUrl === r.url) continue;
		for (const [from, to] of Object.entries(redirects)) if (to === r.fromUrl) redirects[from] = r.url;
		redirects[r.fromUrl] = r.url;
	}
	const taken = new Set(Object.values(input.entries).map((e) => e.permalink.toLowerCase()));
	for (const from of Object.keys(redirects)) if (taken.has(from.toLowerCase()) || redirects[from] === from) delete redirects[from];
	return redirects;
}

export async function siteFiles(input: SiteInput): Promise<SiteOutput> {
	const { published, compiled, options, info, env } = input;
	const files: OutputFile[] = [];
	const errors: PublishError[] = [];
	const redirects = redirectsNow(input);
	const hiddenOf = (path: string): Set<number> => compiled.get(path)?.hiddenLines ?? new Set<number>();
	const quoteCount = published.reduce((n, note) => n + note.record.quotes.filter((q) => !hiddenOf(note.path).has(q.line)).length, 0);
	const hashes: Record<string, string> = {};
	const attachmentRoot = options.layout === "digital-garden" ? "src/site/img/user/" : "files/";
	if (input.reusePages) {
		for (const [path, hash] of Object.entries(input.manifest.siteFiles)) if (!path.startsWith(attachmentRoot)) hashes[path] = hash;
	} else if (options.layout === "site") {
		const summaries = published.map((n) => summary(n, options.frontmatterKeys));
		const quotes: SiteQuote[] = [];
		published.forEach((note, i) => {
			const hidden = hiddenOf(note.path);
			for (const quote of note.record.quotes) {
				if (hidden.has(quote.line)) continue;
				const markdown = compileFragment(note.path, quote.text, env);
				quotes.push({ id: quote.id, speaker: quote.speaker, markdown, plain: plainText(markdown), timestamp: quote.timestamp, note: summaries[i] });
			}
		});
		const hasHome = Object.values(input.entries).some((e) => e.permalink === "/");
		files.push(...sitePages(info, summaries, quotes, hasHome));
		files.push({ path: "assets/site.css", content: SITE_CSS }, { path: "assets/search.js", content: SEARCH_JS });
		for (const [from, to] of Object.entries(redirects)) files.push({ path: pageFile(from), content: redirectPage(info, from, to) });
	}
	const assets = new Set(Object.values(input.entries).flatMap((e) => e.assets ?? []));
	for (const path of [...assets].sort()) {
		input.check();
		try {
			files.push({ path: assetFile(path, options), content: await input.vault.readBinary(path) });
		} catch (error) {
			const owner = Object.entries(input.entries).find(([, e]) => e.assets?.includes(path))?.[0] ?? null;
			errors.push({ kind: "read", path: owner, message: `The attachment "${path}" used by "${owner ?? "a published note"}" could not be read: ${error instanceof Error ? error.message : String(error)}` });
		}
	}
	const writes: OutputFile[] = [];
	for (const file of files) {
		const hash = hashContent(file.content);
		hashes[file.path] = hash;
		if (input.manifest.siteFiles[file.path] !== hash) writes.push(file);
	}
	return { writes, hashes, redirects, errors, quoteCount };
}
