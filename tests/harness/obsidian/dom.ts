// The DOM helpers Obsidian adds to every window (createEl, empty, setText, addClass, …), installed on a
// jsdom (or browser) window. Behaviour follows the `declare global` block of obsidian.d.ts.

type Attrs = Record<string, string | number | boolean | null>;

interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Attrs;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

interface Delegated {
	selector: string;
	listener: (this: HTMLElement, ev: Event, target: HTMLElement) => unknown;
	options?: boolean | AddEventListenerOptions;
	callback: (ev: Event) => void;
}

function setAttrs(el: Element, attrs: Attrs): void {
	for (const [key, value] of Object.entries(attrs)) {
		if (value === null || value === false) el.removeAttribute(key);
		else el.setAttribute(key, value === true ? "" : String(value));
	}
}

function classList(cls: string | string[]): string[] {
	return (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c !== "");
}

function applyInfo(el: HTMLElement, info: ElementInfo | string | undefined): void {
	if (info === undefined) return;
	const o: ElementInfo = typeof info === "string" ? { cls: info } : info;
	if (o.cls !== undefined) el.classList.add(...classList(o.cls));
	if (o.text !== undefined) setText(el, o.text);
	if (o.attr) setAttrs(el, o.attr);
	if (o.title !== undefined) el.title = o.title;
	if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.href !== undefined) el.setAttribute("href", o.href);
	if (o.parent) {
		if (o.prepend) o.parent.insertBefore(el, o.parent.firstChild);
		else o.parent.appendChild(el);
	}
}

function setText(el: Node, val: string | DocumentFragment): void {
	if (typeof val === "string") el.textContent = val;
	else {
		while (el.firstChild) el.removeChild(el.firstChild);
		el.appendChild(val);
	}
}

function ownerDoc(node: Node): Document {
	return node.ownerDocument ?? (node as Document);
}

/** Installs Obsidian's DOM extensions on `win` (idempotent). */
export function installDom(win: Window & typeof globalThis): void {
	const w = win as unknown as Record<string, unknown>;
	if (w.__pgDomInstalled) return;
	w.__pgDomInstalled = true;
	const doc = win.document;

	const create = <K extends keyof HTMLElementTagNameMap>(
		parent: Node | null,
		tag: K,
		o?: ElementInfo | string,
		cb?: (el: HTMLElementTagNameMap[K]) => void,
	): HTMLElementTagNameMap[K] => {
		const el = (parent ? ownerDoc(parent) : doc).createElement(tag);
		applyInfo(el, o);
		if (parent && (typeof o !== "object" || !o.parent)) {
			if (typeof o === "object" && o.prepend) parent.insertBefore(el, parent.firstChild);
			else parent.appendChild(el);
		}
		cb?.(el);
		return el;
	};

	const define = (proto: object, name: string, value: unknown): void => {
		Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false });
	};
	const nodeProto = win.Node.prototype;
	define(nodeProto, "createEl", function (this: Node, tag: keyof HTMLElementTagNameMap, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
		return create(this, tag, o, cb);
	});
	define(nodeProto, "createDiv", function (this: Node, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
		return create(this, "div", o, cb);
	});
	define(nodeProto, "createSpan", function (this: Node, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
		return create(this, "span", o, cb);
	});
	define(nodeProto, "createSvg", function (this: Node, tag: string, o?: { cls?: string | string[]; attr?: Attrs; parent?: Node; prepend?: boolean } | string, cb?: (el: Element) => void) {
		const el = ownerDoc(this).createElementNS("http://www.w3.org/2000/svg", tag);
		const info = typeof o === "string" ? { cls: o } : (o ?? {});
		if (info.cls) el.classList.add(...classList(info.cls));
		if (info.attr) setAttrs(el, info.attr);
		const parent = info.parent ?? this;
		if (info.prepend) parent.insertBefore(el, parent.firstChild);
		else parent.appendChild(el);
		cb?.(el);
		return el;
	});
	define(nodeProto, "empty", function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(nodeProto, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(nodeProto, "appendText", function (this: Node, val: string) {
		this.appendChild(ownerDoc(this).createTextNode(val));
	});
	define(nodeProto, "insertAfter", function (this: Node, node: Node, child: Node | null) {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	});
	define(nodeProto, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(nodeProto, "setChildrenInPlace", function (this: Node, children: Node[]) {
		while (this.firstChild) this.removeChild(this.firstChild);
		for (const child of children) this.appendChild(child);
	});
	define(nodeProto, "instanceOf", function (this: Node, type: new () => unknown) {
		return this instanceof type;
	});
	Object.defineProperty(nodeProto, "doc", { configurable: true, get(this: Node) { return ownerDoc(this); } });
	Object.defineProperty(nodeProto, "win", { configurable: true, get(this: Node) { return ownerDoc(this).defaultView; } });

	const elProto = win.Element.prototype;
	define(elProto, "getText", function (this: Element) { return this.textContent ?? ""; });
	define(elProto, "setText", function (this: Element, val: string | DocumentFragment) { setText(this, val); });
	define(elProto, "addClass", function (this: Element, ...classes: string[]) { this.classList.add(...classes); });
	define(elProto, "addClasses", function (this: Element, classes: string[]) { this.classList.add(...classes); });
	define(elProto, "removeClass", function (this: Element, ...classes: string[]) { this.classList.remove(...classes); });
	define(elProto, "removeClasses", function (this: Element, classes: string[]) { this.classList.remove(...classes); });
	define(elProto, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
	});
	define(elProto, "hasClass", function (this: Element, cls: string) { return this.classList.contains(cls); });
	define(elProto, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) { setAttrs(this, { [name]: value }); });
	define(elProto, "setAttrs", function (this: Element, attrs: Attrs) { setAttrs(this, attrs); });
	define(elProto, "getAttr", function (this: Element, name: string) { return this.getAttribute(name); });
	define(elProto, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		const found = this.closest(selector);
		if (!found || !lastParent) return found;
		return lastParent.contains(found) && found !== lastParent ? found : null;
	});
	define(elProto, "find", function (this: Element, selector: string) { return this.querySelector(selector); });
	define(elProto, "findAll", function (this: Element, selector: string) { return Array.from(this.querySelectorAll(selector)); });
	define(elProto, "findAllSelf", function (this: Element, selector: string) {
		const found = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...found] : found;
	});
	define(elProto, "isActiveElement", function (this: Element) { return ownerDoc(this).activeElement === this; });
	define(elProto, "getCssPropertyValue", function (this: Element, property: string) {
		return (ownerDoc(this).defaultView as Window).getComputedStyle(this).getPropertyValue(property);
	});

	const htmlProto = win.HTMLElement.prototype;
	define(htmlProto, "show", function (this: HTMLElement) { this.style.removeProperty("display"); });
	define(htmlProto, "hide", function (this: HTMLElement) { this.setCssProps({ display: "none" }); });
	define(htmlProto, "toggle", function (this: HTMLElement, show: boolean) {
		if (show) this.style.removeProperty("display");
		else this.setCssProps({ display: "none" });
	});
	define(htmlProto, "toggleVisibility", function (this: HTMLElement, visible: boolean) { this.setCssProps({ visibility: visible ? "" : "hidden" }); });
	define(htmlProto, "isShown", function (this: HTMLElement) { return this.style.display !== "none" && this.isConnected; });
	define(htmlProto, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) { Object.assign(this.style, styles); });
	define(htmlProto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
		for (const [key, value] of Object.entries(props)) this.style.setProperty(key, value);
	});
	Object.defineProperty(htmlProto, "innerWidth", { configurable: true, get(this: HTMLElement) { return this.clientWidth; } });
	Object.defineProperty(htmlProto, "innerHeight", { configurable: true, get(this: HTMLElement) { return this.clientHeight; } });
	define(htmlProto, "on", function (this: HTMLElement & { _EVENTS?: Record<string, Delegated[]> }, type: string, selector: string, listener: Delegated["listener"], options?: boolean | AddEventListenerOptions) {
		const callback = (ev: Event): void => {
			const target = ev.target instanceof win.Element ? ev.target.closest(selector) : null;
			if (target && this.contains(target)) listener.call(this, ev, target as HTMLElement);
		};
		(this._EVENTS ??= {});
		(this._EVENTS[type] ??= []).push({ selector, listener, options, callback });
		this.addEventListener(type, callback, options);
	});
	define(htmlProto, "off", function (this: HTMLElement & { _EVENTS?: Record<string, Delegated[]> }, type: string, selector: string, listener: Delegated["listener"], options?: boolean | AddEventListenerOptions) {
		const list = this._EVENTS?.[type] ?? [];
		const index = list.findIndex((e) => e.selector === selector && e.listener === listener);
		if (index === -1) return;
		this.removeEventListener(type, list[index].callback, options);
		list.splice(index, 1);
	});
	define(htmlProto, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener("click", listener as EventListener, options);
		this.addEventListener("auxclick", listener as EventListener, options);
	});
	define(htmlProto, "trigger", function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
	});
	define(htmlProto, "onNodeInserted", function (this: HTMLElement, listener: () => unknown) {
		if (this.isConnected) listener();
		return () => undefined;
	});
	define(htmlProto, "onWindowMigrated", function () { return () => undefined; });

	const fragProto = win.DocumentFragment.prototype;
	define(fragProto, "find", function (this: DocumentFragment, selector: string) { return this.querySelector(selector); });
	define(fragProto, "findAll", function (this: DocumentFragment, selector: string) { return Array.from(this.querySelectorAll(selector)); });

	w.createEl = (tag: keyof HTMLElementTagNameMap, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) => create(null, tag, o, cb);
	w.createDiv = (o?: ElementInfo | string, cb?: (el: HTMLElement) => void) => create(null, "div", o, cb);
	w.createSpan = (o?: ElementInfo | string, cb?: (el: HTMLElement) => void) => create(null, "span", o, cb);
	w.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const frag = doc.createDocumentFragment();
		cb?.(frag);
		return frag;
	};
	w.activeDocument = doc;
	w.activeWindow = win;
	w.sleep = (ms: number) => new Promise((resolve) => win.setTimeout(resolve, ms));
	w.nextFrame = () => new Promise((resolve) => win.setTimeout(resolve, 0));
	w.isBoolean = (obj: unknown) => typeof obj === "boolean";
	w.fish = (selector: string) => doc.querySelector(selector);
	w.fishAll = (selector: string) => Array.from(doc.querySelectorAll(selector));
	installLanguageHelpers(win);
}

/** Obsidian's small additions to Array, String, Math and Object. */
function installLanguageHelpers(win: Window & typeof globalThis): void {
	const define = (proto: object, name: string, value: unknown): void => {
		if (!(name in proto)) Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false });
	};
	const arr = win.Array.prototype;
	define(arr, "first", function (this: unknown[]) { return this[0]; });
	define(arr, "last", function (this: unknown[]) { return this[this.length - 1]; });
	define(arr, "contains", function (this: unknown[], target: unknown) { return this.includes(target); });
	define(arr, "remove", function (this: unknown[], target: unknown) {
		const i = this.indexOf(target);
		if (i !== -1) this.splice(i, 1);
	});
	define(arr, "unique", function (this: unknown[]) { return Array.from(new Set(this)); });
	define(arr, "shuffle", function (this: unknown[]) {
		for (let i = this.length - 1; i > 0; i--) {
			const j = Math.floor(Math.random() * (i + 1));
			[this[i], this[j]] = [this[j], this[i]];
		}
		return this;
	});
	define(win.String.prototype, "contains", function (this: string, target: string) { return this.includes(target); });
	define(win.Math, "clamp", (value: number, min: number, max: number) => Math.min(max, Math.max(min, value)));
	define(win.Math, "square", (value: number) => value * value);
	define(win.Object, "isEmpty", (o: object) => Object.keys(o).length === 0);
	define(win.Array, "combine", (arrays: unknown[][]) => ([] as unknown[]).concat(...arrays));
	define(win.String, "isString", (o: unknown) => typeof o === "string");
	define(win.Number, "isNumber", (o: unknown) => typeof o === "number");
}
