// Keeps the index from holding whole note texts: a quote text, a heading or a speaker name cut from a
// note would keep that note's entire text alive for as long as the index keeps the record (see
// util/strings.ts). Copying the strings a record holds costs about their own size, once per parse.
import { ownString } from "../util/strings";

function isPlain(value: object): boolean {
	const proto = Object.getPrototypeOf(value) as unknown;
	return proto === Object.prototype || proto === null;
}

function walk(value: unknown, seen: Set<object>): unknown {
	if (typeof value === "string") return ownString(value);
	if (value === null || typeof value !== "object" || seen.has(value)) return value;
	seen.add(value);
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) value[i] = walk(value[i], seen);
	} else if (isPlain(value)) {
		const record = value as Record<string, unknown>;
		for (const key of Object.keys(record)) record[key] = walk(record[key], seen);
	}
	return value;
}

/** Replaces, in place, every string in a freshly parsed record (quotes, sections, frontmatter …) by its own copy. */
export function detachStrings<T>(value: T): T {
	return walk(value, new Set()) as T;
}
