// Timestamps that play: a quote's time and its episode's address become a link to that moment.
export { clockOf, secondsOf } from "./time";
export { playUrlAt, type PlayKind, type TimedUrl } from "./url";
export { ADDRESS_KEYS, playLink, playLinkMarkdown, type PlayLink, type PlayOptions, type PlaySource } from "./link";
