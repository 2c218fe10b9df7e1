// Inline metadata in the body: Dataview/Logseq fields (`Owner / Host:: [[Adam]]`, `url:: …`) and tags
// (`#tag`, Logseq `#[[@lex-fridman]]`). Both are looked for only where they can start, with bounded work.

const KEY_MAX = 50;

/** Normalised field key (`Owner / Host` → `ownerhost`) and value of a `key:: value` field at `p`, or null. */
export function fieldAt(line: string, p: number): [string, string] | null {
	// Most lines have no `::` near their start. A forward search finds that far more cheaply than the
	// bounded backward one below (String.prototype.lastIndexOf is a slow call in V8), which then decides.
	const first = line.indexOf("::", p);
	if (first < 0 || first > p + KEY_MAX) return null;
	// Backwards from p + KEY_MAX: reads at most KEY_MAX characters however long the line (a key holds no `:`).
	const colons = line.lastIndexOf("::", p + KEY_MAX);
	if (colons <= p) return null;
	for (let j = p; j < colons; j++) {
		const c = line[j];
		// letters (any past ASCII), digits, space, `-`, `_`, `/`, `.`: anything else means this is not a field key
		const ok = c === " " || c === "-" || c === "_" || c === "/" || c === "." || c > "\x7f" || (c >= "0" && c <= "9") || (c >= "A" && c <= "Z") || (c >= "a" && c <= "z");
		if (!ok) return null;
	}
	const key = line.slice(p, colons).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
	return key.length > 0 ? [key, line.slice(colons + 2).trim()] : null;
}

const TAG = /(^|[\s,])#(?:\[\[([^\]\n]{1,100})\]\]|([\p{L}\p{N}_/@-]+))/gu;

/** Adds the tags on `line` (from `p`) to `tags`, without `#`. */
export function collectTags(line: string, p: number, tags: Set<string>): void {
	TAG.lastIndex = p > 0 ? p - 1 : 0;
	let m: RegExpExecArray | null;
	while ((m = TAG.exec(line)) !== null) {
		const tag = (m[2] ?? m[3]).trim();
		if (tag.length > 0 && !/^\d+$/.test(tag)) tags.add(tag);
	}
}
