// The quote index: what the plugin's sidebar, commands, the CLI and other plugins read.
export { QuoteIndex, quotesOfNote, type QuoteIndexOptions } from "./quote-index";
export { AUTOMATIC, describeRule, indexedPathTest, isIndexedPath, isPodcastNote, isPublishTempFolder, type IndexedPaths, type PodcastRule } from "./detect";
export { contributionOf, isPersonNote, mayContribute, speakerDirectoryOf, VaultContext, type Contribution } from "./vault-context";
export type { ChangeListener, IndexedQuote, QuoteFilter, QuoteSource } from "./types";
