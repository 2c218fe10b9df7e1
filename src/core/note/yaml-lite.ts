// A fast reader for the frontmatter most notes have: `key: scalar`, `key: [a, b]`, `key:` + `  - item`
// lists, and the JSON flow map Digital Garden writes. It returns undefined for anything else (nested
// maps, block scalars, anchors, tags, odd quoting) so the full YAML parser handles it; for what it
// accepts it gives the same values as YAML 1.2's core schema. Full YAML costs more than the whole
// rest of parsing a note, and most frontmatter needs none of it.

type Scalar = string | number | boolean | null;

const KEY = /^([A-Za-z0-9_][A-Za-z0-9_ .\-/]*?)[ \t]*:(?:[ \t]+(.*))?$/;
const INT = /^[-+]?\d+$/;
const FLOAT = /^[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?$/;

export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
	const trimmed = text.trim();
	if (trimmed.charAt(0) === "{") {
		try {
			const v: unknown = JSON.parse(trimmed);
			return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
		} catch {
			return undefined;
		}
	}
	const out: Record<string, unknown> = {};
	const lines = text.split("\n");
	let list: unknown[] | null = null;
	const opened: string[] = [];
	for (const raw of lines) {
		const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
		const first = line[0];
		if (line.trim().length === 0 || first === "#") continue;
		if (first === " " || first === "-") {
			const item = /^[ ]*-[ \t]+(.*)$/.exec(line) ?? /^[ ]*-$/.exec(line);
			if (list === null || item === null) return undefined;
			const itemText = item[1] === undefined ? "" : stripComment(item[1]);
			if (itemText === undefined) return undefined;
			const v = itemText.charAt(0) === "[" ? flowList(itemText) : scalar(itemText);
			if (v === undefined) return undefined;
			list.push(v);
			continue;
		}
		const m = KEY.exec(line);
		if (!m) return undefined;
		const key = m[1];
		if (Object.prototype.hasOwnProperty.call(out, key)) return undefined;
		const rest = m[2] === undefined ? "" : stripComment(m[2]);
		if (rest === undefined) return undefined;
		if (rest.length === 0) {
			list = [];
			out[key] = list;
			opened.push(key);
			continue;
		}
		list = null;
		const v = rest.charAt(0) === "[" ? flowList(rest) : scalar(rest);
		if (v === undefined) return undefined;
		out[key] = v;
	}
	// `key:` with nothing under it is null in YAML, not an empty list.
	for (const k of opened) if ((out[k] as unknown[]).length === 0) out[k] = null;
	return out;
}

/** A value without a trailing ` # comment` (outside quotes and brackets); undefined when unclear. */
function stripComment(value: string): string | undefined {
	const c = value.charAt(0);
	if (c === "#") return "";
	let from = 0;
	if (c === '"' || c === "'" || c === "[") {
		const close = value.lastIndexOf(c === "[" ? "]" : c);
		if (close <= 0) return undefined;
		from = close;
	}
	const hash = value.indexOf(" #", from);
	return (hash < 0 ? value : value.slice(0, hash)).trim();
}

function scalar(text: string): Scalar | undefined {
	const s = text.trim();
	if (s.length === 0) return null;
	const c = s.charAt(0);
	if (c === '"') {
		if (s.length < 2 || s.charAt(s.length - 1) !== '"') return undefined;
		try {
			const v: unknown = JSON.parse(s);
			return typeof v === "string" ? v : undefined;
		} catch {
			return undefined;
		}
	}
	if (c === "'") {
		if (s.length < 2 || s.charAt(s.length - 1) !== "'") return undefined;
		const inner = s.slice(1, -1);
		if (/'(?!')/.test(inner.replace(/''/g, ""))) return undefined;
		return inner.replace(/''/g, "'");
	}
	if ("&*!|>%@`{[]},?".indexOf(c) >= 0 || s.indexOf(": ") >= 0 || s.endsWith(":") || s.indexOf("\t") >= 0) return undefined;
	if (s === "~" || s === "null" || s === "Null" || s === "NULL") return null;
	if (s === "true" || s === "True" || s === "TRUE") return true;
	if (s === "false" || s === "False" || s === "FALSE") return false;
	// Numbers (and the YAML forms left to the full parser) start with a digit, a sign or a dot: plain
	// text skips the regexes.
	const first = s[0];
	if ((first >= "0" && first <= "9") || first === "+" || first === "-" || first === ".") {
		if (INT.test(s)) {
			const n = parseInt(s, 10);
			return Number.isSafeInteger(n) ? n : undefined;
		}
		if (FLOAT.test(s)) return parseFloat(s);
		if (/^(?:0x|0o|[-+]?\.(?:inf|nan))/i.test(s)) return undefined;
	}
	return s;
}

function flowList(text: string): unknown[] | undefined {
	if (text.charAt(text.length - 1) !== "]") return undefined;
	const inner = text.slice(1, -1).trim();
	if (inner.length === 0) return [];
	if (/[[\]{}]/.test(inner.replace(/"[^"]*"|'[^']*'/g, ""))) return undefined;
	const out: unknown[] = [];
	for (const part of inner.match(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+/g) ?? []) {
		const t = part.trim();
		if (t.length === 0 || t === ",") continue;
		const v = scalar(t);
		if (v === undefined) return undefined;
		out.push(v);
	}
	const commas = inner.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, "").split(",").length;
	return commas === out.length ? out : undefined;
}
