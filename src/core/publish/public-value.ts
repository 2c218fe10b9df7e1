// What of a frontmatter value may be published: text, numbers, booleans and lists of them.

/** Wikilinks in frontmatter values keep only their display text. */
export function publicValue(value: unknown): unknown {
	if (typeof value === "string") return value.replace(/\[\[([^[\]|]*)\|?([^[\]]*)\]\]/g, (_m, target: string, alias: string) => alias || target);
	if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
	if (Array.isArray(value)) return value.map(publicValue).filter((v) => v === null || ["string", "number", "boolean"].includes(typeof v));
	return undefined;
}
