// Obsidian's free functions: paths, debounce, platform flags, YAML, search, icons, keymap.
import { parse as yamlParse, stringify as yamlStringify } from "yaml";

/** The obsidian package the harness follows; createHarness({ apiVersion }) runs an older app. */
export const LATEST_API_VERSION = "1.13.1";
export let apiVersion = LATEST_API_VERSION;

/** Harness only: the app version requireApiVersion answers for (and with it which APIs the harness offers). */
export function setApiVersion(version: string): void {
	apiVersion = version;
}

export function requireApiVersion(version: string): boolean {
	const a = apiVersion.split(".").map(Number);
	const b = version.split(".").map(Number);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
	}
	return true;
}

export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/\u00A0|\u202F/g, " ");
	p = p.replace(/^\/+|\/+$/g, "");
	p = p.normalize("NFC");
	return p === "" ? "/" : p;
}

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): Debouncer<T, V>;
	cancel(): Debouncer<T, V>;
	run(): V | void;
}

/** Trailing-edge debounce; with `resetTimer` every call pushes the deadline back, as in Obsidian. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: T | null = null;
	const fire = (): V | void => {
		timer = null;
		if (!pending) return;
		const args = pending;
		pending = null;
		return cb(...args);
	};
	const debouncer = ((...args: T) => {
		pending = args;
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = setTimeout(fire, timeout);
		return debouncer;
	}) as Debouncer<T, V>;
	debouncer.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		pending = null;
		return debouncer;
	};
	debouncer.run = () => {
		if (timer !== null) clearTimeout(timer);
		return fire();
	};
	return debouncer;
}

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

/** Harness only: switch the platform flags (before the plugin loads). */
export function setPlatform(kind: "desktop" | "mobile"): void {
	const mobile = kind === "mobile";
	Object.assign(Platform, {
		isDesktop: !mobile,
		isMobile: mobile,
		isDesktopApp: !mobile,
		isMobileApp: mobile,
		isAndroidApp: mobile,
		isPhone: mobile,
		isLinux: !mobile,
		resourcePathPrefix: mobile ? "capacitor://localhost/_capacitor_file_" : "app://local/",
	});
}

export function parseYaml(yaml: string): unknown {
	return yamlParse(yaml);
}

export function stringifyYaml(obj: unknown): string {
	return yamlStringify(obj);
}

export type SearchMatchPart = [number, number];
export type SearchMatches = SearchMatchPart[];
export interface SearchResult {
	score: number;
	matches: SearchMatches;
}

/**
 * Fuzzy: the query's characters (spaces ignored) appear in order, case-insensitively. Scores are <= 0
 * like Obsidian's; contiguous runs and early matches score closer to 0.
 */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		if (q === "") return { score: 0, matches: [] };
		const t = text.toLowerCase();
		const matches: SearchMatches = [];
		let from = 0;
		let gaps = 0;
		for (const ch of q) {
			const at = t.indexOf(ch, from);
			if (at === -1) return null;
			const last = matches[matches.length - 1];
			if (last && last[1] === at) last[1] = at + 1;
			else {
				if (last) gaps += at - last[1];
				matches.push([at, at + 1]);
			}
			from = at + 1;
		}
		return { score: -(matches.length - 1) - gaps * 0.01 - matches[0][0] * 0.001, matches };
	};
}

/** Simple: every space-separated word of the query occurs in the text, case-insensitively. */
export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: SearchMatches = [];
		for (const word of words) {
			const at = t.indexOf(word);
			if (at === -1) return null;
			matches.push([at, at + word.length]);
		}
		matches.sort((a, b) => a[0] - b[0]);
		return { score: -(matches[0]?.[0] ?? 0) * 0.001, matches };
	};
}

export function sortSearchResults(results: { match: SearchResult }[]): void {
	results.sort((a, b) => b.match.score - a.match.score);
}

/** Writes `text` into `el`, wrapping matched ranges in `span.suggestion-highlight`. */
export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: SearchMatches | null, offset = 0): void {
	let at = 0;
	for (const [start, end] of matches ?? []) {
		const s = start + offset;
		const e = end + offset;
		if (s < at || s >= text.length) continue;
		el.appendText(text.slice(at, s));
		el.createSpan({ cls: "suggestion-highlight", text: text.slice(s, e) });
		at = e;
	}
	el.appendText(text.slice(at));
}

export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset?: number): void {
	renderMatches(el, text, result.matches, offset);
}

const icons = new Map<string, string>();

export function addIcon(iconId: string, svgContent: string): void {
	icons.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
	icons.delete(iconId);
}

export function getIconIds(): string[] {
	return [...icons.keys()];
}

/** An `svg.svg-icon` carrying the icon id (no real artwork: tests check which icon was asked for). */
export function getIcon(iconId: string): SVGSVGElement | null {
	const svg = activeDocument.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.classList.add("svg-icon", iconId.startsWith("lucide-") ? iconId : `lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	return svg;
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = getIcon(iconId);
	if (svg) parent.appendChild(svg);
}

export type Modifier = "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt";
export type PaneType = "tab" | "split" | "window";
type UserEvent = MouseEvent | KeyboardEvent | TouchEvent | PointerEvent;

export interface KeymapEventHandler {
	scope: Scope;
	modifiers: string | null;
	key: string | null;
	func: (evt: KeyboardEvent, ctx: unknown) => unknown;
}

export class Scope {
	handlers: KeymapEventHandler[] = [];
	constructor(public parent?: Scope) {}

	register(modifiers: Modifier[] | null, key: string | null, func: (evt: KeyboardEvent, ctx: unknown) => unknown): KeymapEventHandler {
		const handler = { scope: this, modifiers: modifiers ? modifiers.join(",") : null, key, func };
		this.handlers.push(handler);
		return handler;
	}

	unregister(handler: KeymapEventHandler): void {
		this.handlers = this.handlers.filter((h) => h !== handler);
	}
}

export class Keymap {
	scopes: Scope[] = [];
	pushScope(scope: Scope): void {
		this.scopes.push(scope);
	}
	popScope(scope: Scope): void {
		this.scopes = this.scopes.filter((s) => s !== scope);
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return evt.ctrlKey || evt.metaKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}

	/** Mod → new tab, Mod+Alt → split, Mod+Alt+Shift → window; a middle click → new tab. */
	static isModEvent(evt?: UserEvent | null): PaneType | boolean {
		if (!evt) return false;
		const mod = evt.ctrlKey || evt.metaKey;
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod) return "tab";
		if ("button" in evt && evt.button === 1) return "tab";
		return false;
	}
}

export function getLinkpath(linktext: string): string {
	const hash = linktext.indexOf("#");
	return hash === -1 ? linktext : linktext.slice(0, hash);
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	return hash === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

export function stripHeading(heading: string): string {
	return heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ").replace(/\s+/g, " ").trim();
}

export function parseFrontMatterEntry(frontmatter: Record<string, unknown> | null, key: string | RegExp): unknown {
	if (!frontmatter) return null;
	for (const [k, v] of Object.entries(frontmatter)) {
		if (typeof key === "string" ? k === key : key.test(k)) return v;
	}
	return null;
}

export function parseFrontMatterStringArray(frontmatter: Record<string, unknown> | null, key: string | RegExp): string[] | null {
	const value = parseFrontMatterEntry(frontmatter, key);
	if (value === null || value === undefined) return null;
	const list: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\n]/) : [value];
	const out = list.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map((v) => String(v).trim()).filter((v) => v !== "");
	return out.length ? out : null;
}

export function parseFrontMatterAliases(frontmatter: Record<string, unknown> | null): string[] | null {
	return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

export function parseFrontMatterTags(frontmatter: Record<string, unknown> | null): string[] | null {
	const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i);
	return tags ? tags.flatMap((t) => t.split(/\s+/)).filter((t) => t !== "").map((t) => (t.startsWith("#") ? t : `#${t}`)) : null;
}

export function getFrontMatterInfo(content: string): { exists: boolean; frontmatter: string; from: number; to: number; contentStart: number } {
	const m = /^---\r?\n([\s\S]*?)\r?\n?---(\r?\n|$)/.exec(content);
	if (!m) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const from = content.indexOf("\n") + 1;
	return { exists: true, frontmatter: m[1] + (m[1] === "" ? "" : "\n"), from, to: from + m[1].length + (m[1] === "" ? 0 : 1), contentStart: m[0].length };
}

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
	let binary = "";
	for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
	return btoa(binary);
}

export function base64ToArrayBuffer(base64: string): ArrayBuffer {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes.buffer;
}

export function arrayBufferToHex(data: ArrayBuffer): string {
	return Array.from(new Uint8Array(data), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function hexToArrayBuffer(hex: string): ArrayBuffer {
	const bytes = new Uint8Array(hex.length / 2);
	for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return bytes.buffer;
}
