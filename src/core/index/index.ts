// The quote index: what the plugin's sidebar, commands, the CLI and other plugins read.
export { QuoteIndex, type QuoteIndexOptions } from "./quote-index";
export { AUTOMATIC, describeRule, isPodcastNote, type PodcastRule } from "./detect";
export { aggregateSpeakers, suggestMerges, writtenName } from "./aggregate";
export { contributionOf, isPersonNote, VaultNames, type Contribution } from "./vault-names";
export type { IndexedQuote, QuoteFilter, QuoteSource } from "./types";
