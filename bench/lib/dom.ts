// A browser-like global for the parts that need a DOM (the Obsidian harness, row rendering), made with
// jsdom the way jest's jsdom environment makes one.
import { JSDOM } from "jsdom";

/** Marker on the global: every scenario bundle has its own copy of this module, the global is shared. */
const MARK = "__pgBenchJsdom";

/** Puts a jsdom window's globals (window, document, HTMLElement …) on Node's global, once per process. */
export function installJsdom(): void {
	const global = globalThis as unknown as Record<string, unknown>;
	if (global[MARK]) return;
	const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { pretendToBeVisual: true, url: "http://localhost/" });
	const win = dom.window as unknown as Record<string, unknown>;
	for (const key of Object.getOwnPropertyNames(win)) {
		if (key in global || key.startsWith("_")) continue;
		global[key] = win[key];
	}
	// As in a browser (and jest's jsdom environment) the global object is the window: Obsidian's globals
	// (createDiv …) that the harness puts on `window` must be callable bare.
	global.window = globalThis;
	global.document = dom.window.document;
	global.navigator = dom.window.navigator;
	global[MARK] = dom;
}
