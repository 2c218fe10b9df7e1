// Finding links and embeds in note text, and resolving them the way Obsidian does (by name, then path).

export interface Reference {
	/** The whole match as written (`![[Note#H|x]]`, `[x](Note.md)`). */
	raw: string;
	embed: boolean;
	/** Target path or name without the `#…` part, URL-decoded for Markdown links. */
	target: string;
	/** `Heading`, `^block`, or null. */
	subpath: string | null;
	/** Text after `|` in a wikilink, or the bracket text of a Markdown link; null when none. */
	display: string | null;
	wiki: boolean;
}

// One pass for both kinds, so a link produced for one is never read again as the other.
const REFERENCE = /(!?)\[\[([^[\]\n]+?)\]\]|(!?)\[([^[\]\n]*)\]\(\s*(<[^>\n]*>|[^()\s]+(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"\n]*")?\s*\)/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function splitSubpath(target: string): { target: string; subpath: string | null } {
	const hash = target.indexOf("#");
	if (hash === -1) return { target: target.trim(), subpath: null };
	const sub = target.slice(hash + 1).trim();
	return { target: target.slice(0, hash).trim(), subpath: sub.length > 0 ? sub : null };
}

function parseWiki(raw: string, bang: string, inner: string): Reference {
	const clean = inner.replace(/\\\|/g, "|");
	const bar = clean.indexOf("|");
	const targetPart = bar === -1 ? clean : clean.slice(0, bar);
	const display = bar === -1 ? null : clean.slice(bar + 1).trim();
	return { raw, embed: bang === "!", ...splitSubpath(targetPart), display, wiki: true };
}

function parseMarkdown(raw: string, bang: string, text: string, href: string): Reference | null {
	let target = href.startsWith("<") ? href.slice(1, -1) : href;
	if (SCHEME.test(target) || target.startsWith("//") || target.startsWith("#")) return null;
	try {
		target = decodeURI(target);
	} catch {
		// keep as written
	}
	return { raw, embed: bang === "!", ...splitSubpath(target), display: text, wiki: false };
}

/** Calls `replace` for every link or embed outside inline code; returns the line with the replacements. */
export function mapReferences(line: string, replace: (ref: Reference) => string): string {
	if (!line.includes("[")) return line;
	return outsideCode(line, (part) =>
		part.replace(REFERENCE, (raw: string, wikiBang?: string, inner?: string, mdBang?: string, text?: string, href?: string) => {
			if (inner !== undefined) return replace(parseWiki(raw, wikiBang ?? "", inner));
			const ref = parseMarkdown(raw, mdBang ?? "", text ?? "", href ?? "");
			return ref ? replace(ref) : raw;
		}),
	);
}

/** Applies `fn` to the parts of a line that are not inside `code spans`. */
export function outsideCode(line: string, fn: (part: string) => string): string {
	if (!line.includes("`")) return fn(line);
	let out = "";
	let i = 0;
	const span = /(`+)[\s\S]*?[^`]\1(?!`)|(`+)\2(?!`)/g;
	let m: RegExpExecArray | null;
	while ((m = span.exec(line)) !== null) {
		out += fn(line.slice(i, m.index)) + m[0];
		i = m.index + m[0].length;
	}
	return out + fn(line.slice(i));
}

/** Finds vault files the way Obsidian resolves link targets. */
export class LinkResolver {
	private byName = new Map<string, string[]>();
	private paths = new Set<string>();
	private lowerPaths = new Map<string, string>();
	/** Answers so far, by the linking note's folder and the target (the files never change). */
	private answers = new Map<string, string | null>();

	constructor(files: readonly string[]) {
		for (const path of files) {
			this.paths.add(path);
			const lower = path.toLowerCase();
			this.lowerPaths.set(lower, path);
			const name = lower.slice(lower.lastIndexOf("/") + 1);
			this.addName(name, path);
			if (name.endsWith(".md")) this.addName(name.slice(0, -3), path);
		}
	}

	private addName(key: string, path: string): void {
		const list = this.byName.get(key);
		if (list) list.push(path);
		else this.byName.set(key, [path]);
	}

	/** The vault path a link target points to, or null. `from` is the linking note's path. */
	resolve(target: string, from: string): string | null {
		if (target === "") return from;
		const folder = from.includes("/") ? from.slice(0, from.lastIndexOf("/") + 1) : "";
		const key = `${folder}\u0000${target}`;
		let answer = this.answers.get(key);
		if (answer === undefined) {
			answer = this.find(target, folder);
			this.answers.set(key, answer);
		}
		return answer;
	}

	private find(target: string, folder: string): string | null {
		const t = target.replace(/^\/+/, "");
		const candidates = [t, `${t}.md`];
		for (const c of candidates) {
			const relative = normalize(folder + c);
			if (relative && this.paths.has(relative)) return relative;
			const exact = this.lowerPaths.get(c.toLowerCase());
			if (exact) return exact;
		}
		if (t.includes("/")) {
			const suffix = t.toLowerCase();
			const hits = [...this.paths].filter((p) => {
				const lp = p.toLowerCase();
				return lp.endsWith(`/${suffix}`) || lp.endsWith(`/${suffix}.md`);
			});
			return pick(hits, folder);
		}
		return pick(this.byName.get(t.toLowerCase()) ?? [], folder);
	}
}

function pick(hits: string[], folder: string): string | null {
	if (hits.length === 0) return null;
	const sameFolder = hits.find((p) => p.startsWith(folder) && !p.slice(folder.length).includes("/"));
	if (sameFolder) return sameFolder;
	return [...hits].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
}

function normalize(path: string): string | null {
	const out: string[] = [];
	for (const part of path.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (out.length === 0) return null;
			out.pop();
		} else out.push(part);
	}
	return out.join("/");
}
