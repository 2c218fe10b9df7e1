// Publish flags and permalinks from frontmatter. `publishFlag` is shared with the publishing code so
// both agree on which notes are public.
import type { Frontmatter, PublishFlag } from "../types";

export const DEFAULT_PUBLISH_KEYS = ["dg-publish", "publish", "share"];

/** `true`, `"true"`, `yes`, `1`, `on` (any case) are true; everything else, `"false"` included, is false. */
export function isTrueValue(value: unknown): boolean {
	if (value === true) return true;
	if (typeof value === "number") return value === 1;
	if (typeof value === "string") return ["true", "yes", "1", "on", "y"].includes(value.trim().toLowerCase());
	return false;
}

function isFalseValue(value: unknown): boolean {
	if (value === false) return true;
	if (typeof value === "number") return value === 0;
	if (typeof value === "string") return ["false", "no", "0", "off", "n"].includes(value.trim().toLowerCase());
	return false;
}

/**
 * Whether a note is flagged for publishing, and by which key. `publish: false` and `draft: true` always
 * keep a note private, whatever the other keys say; otherwise the first of `keys` that is set decides.
 */
export function publishFlag(frontmatter: Frontmatter, keys: string[] = DEFAULT_PUBLISH_KEYS): PublishFlag {
	if (Object.prototype.hasOwnProperty.call(frontmatter, "publish") && isFalseValue(frontmatter.publish)) {
		return { publish: false, key: "publish" };
	}
	if (Object.prototype.hasOwnProperty.call(frontmatter, "draft") && isTrueValue(frontmatter.draft)) {
		return { publish: false, key: "draft" };
	}
	for (const key of keys) {
		if (Object.prototype.hasOwnProperty.call(frontmatter, key) && frontmatter[key] !== null && frontmatter[key] !== undefined) {
			return { publish: isTrueValue(frontmatter[key]), key };
		}
	}
	return { publish: false, key: null };
}

/** The note's permalink (`permalink` or `dg-permalink`), or null. */
export function permalinkOf(frontmatter: Frontmatter): string | null {
	for (const key of ["permalink", "dg-permalink"]) {
		const v = frontmatter[key];
		if (typeof v === "string" && v.trim().length > 0) return v.trim();
	}
	return null;
}
