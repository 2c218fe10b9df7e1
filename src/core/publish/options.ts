// What a publish is configured with: the same values from the plugin's settings and the CLI's flags.
import type { SiteLayout } from "./compile";

/**
 * Which published quotes get a share page (/q/<id>/, static site only): every quote, the quotes that are
 * not transcript turns (what someone picked out: blockquotes, callouts, quoted list items and paragraphs),
 * or none. A transcript of 200 turns would otherwise add 200 pages.
 */
export type QuotePageMode = "all" | "highlights" | "off";
export const QUOTE_PAGE_MODES: readonly QuotePageMode[] = ["all", "highlights", "off"];

export interface PublishOptions {
	/** Frontmatter keys that flag a note (`dg-publish`, `publish`, `share`). */
	flagKeys: string[];
	/** Only notes in these folders (vault paths, no trailing `/`); empty means the whole vault. */
	includeFolders: string[];
	/** Never notes in these folders. */
	excludeFolders: string[];
	/** Frontmatter keys copied to the output; every other key stays private. */
	frontmatterKeys: string[];
	layout: SiteLayout;
	/** `https://garden.example.com` (for full URLs and the canonical link); may be empty. */
	baseUrl: string;
	siteTitle: string;
	/** Levels of embedded notes inlined into a page. */
	embedDepth: number;
	/**
	 * Digital Garden layout: write the notes' raw HTML as the user wrote it (its site renders HTML). Off by
	 * default: tags are escaped and show as text, like on the static site (which never renders note HTML).
	 */
	keepNoteHtml: boolean;
	/** Static site: which quotes get a share page and a Share link. */
	quotePages: QuotePageMode;
}

export const DEFAULT_FRONTMATTER_KEYS = [
	"title", "tags", "permalink", "date",
	"show", "podcast", "episode", "episode_number", "number", "guest", "guests", "host", "hosts", "url", "episode_url", "published",
];

export const DEFAULT_PUBLISH_OPTIONS: PublishOptions = {
	flagKeys: ["dg-publish", "publish", "share"],
	includeFolders: [],
	excludeFolders: [],
	frontmatterKeys: DEFAULT_FRONTMATTER_KEYS,
	layout: "site",
	baseUrl: "",
	siteTitle: "Podcast garden",
	embedDepth: 3,
	keepNoteHtml: false,
	quotePages: "highlights",
};

/** Fills in defaults for anything missing (settings saved by an older version, CLI flags). */
export function publishOptions(partial: Partial<PublishOptions> = {}): PublishOptions {
	const merged = { ...DEFAULT_PUBLISH_OPTIONS };
	for (const [key, value] of Object.entries(partial)) {
		if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
	}
	return merged;
}
