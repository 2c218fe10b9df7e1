// Reading loosely typed frontmatter and field values: strings, numbers, dates, lists, links.

/** A value as plain text: wikilinks become their target, Markdown links their text, dates `YYYY-MM-DD`. */
export function textOf(value: unknown): string | null {
	if (typeof value === "number" && Number.isFinite(value)) return String(value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
	if (typeof value !== "string") return null;
	let s = value.trim();
	const wiki = /^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/.exec(s);
	if (wiki) s = wiki[1].trim();
	const md = /^\[([^\]]+)\]\(([^)\s]*)\)$/.exec(s);
	if (md) s = md[1].trim();
	return s.length > 0 ? s : null;
}

/** The URL in a value: plain, `<url>` or the target of a Markdown link. */
export function urlOf(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const s = value.trim();
	const md = /\]\((https?:\/\/[^)\s]+)\)/.exec(s);
	if (md) return md[1];
	const plain = /https?:\/\/[^\s<>)\]]+/.exec(s);
	return plain ? plain[0] : null;
}

/** A list value: arrays as they are, strings split on commas (outside links). */
export function listOf(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (typeof value === "string") {
		if (value.indexOf("[[") >= 0) return value.match(/\[\[[^\]]+\]\]/g) ?? [];
		return value.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
	}
	if (value === null || value === undefined) return [];
	return [value];
}

/** First key of `keys` present in `record` with a usable value. */
export function firstOf(record: Record<string, unknown>, keys: string[]): unknown {
	for (const key of keys) {
		const v = record[key];
		if (v !== null && v !== undefined && v !== "") return v;
	}
	return undefined;
}

/** An episode number from a number, `"367"` or `"#367"`. */
export function numberOf(value: unknown): number | null {
	if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
	if (typeof value === "string") {
		const m = /^\s*#?\s*(\d{1,6})\s*$/.exec(value);
		if (m) return parseInt(m[1], 10);
	}
	return null;
}
