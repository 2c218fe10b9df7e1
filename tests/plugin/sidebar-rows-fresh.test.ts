/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// After any run of keystrokes the list's rows must be exactly what a fresh sidebar draws for the same state:
// rows kept, moved or refilled from one key to the next must not keep anything of what they showed before; and
// after scrolling, the window is where a fresh drawing at the same scroll position puts it (decision 65).
import { readFileSync } from "fs";
import * as path from "path";
import { typeInto } from "../harness/harness";
import { ID, start, waitFor } from "./setup";

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits until the list stops changing (the overscan drawn after a keystroke), and returns it. */
async function settled(root: HTMLElement): Promise<string> {
	let last = listDom(root);
	for (let i = 0; i < 50; i++) {
		await nextTask();
		const now = listDom(root);
		if (now === last && i >= 2) return now;
		last = now;
	}
	throw new Error("The list kept changing.");
}

/**
 * The list's rows as text: each element's tag, classes, attributes (sorted; element ids as their order of
 * appearance, with the list's `aria-activedescendant` pointing into it) and children, text included.
 */
function listDom(root: HTMLElement): string {
	const scroller = root.querySelector<HTMLElement>(".pg-quotes-scroller")!;
	const ids = new Map<string, string>();
	const idOf = (id: string): string => {
		if (!ids.has(id)) ids.set(id, `#${ids.size}`);
		return ids.get(id)!;
	};
	const node = (n: Node, depth: number): string => {
		const pad = "  ".repeat(depth);
		if (n.nodeType === Node.TEXT_NODE) return `${pad}"${n.textContent ?? ""}"`;
		if (n.nodeType !== Node.ELEMENT_NODE) return "";
		const el = n as Element;
		const attrs = Array.from(el.attributes)
			.filter((a) => a.name !== "class")
			.map((a) => `${a.name}=${a.name === "id" ? idOf(a.value) : a.value}`)
			.sort();
		const classes = Array.from(el.classList).sort().join(".");
		return [`${pad}<${el.tagName.toLowerCase()}${classes ? "." + classes : ""} ${attrs.join(" ")}>`, ...Array.from(n.childNodes).map((c) => node(c, depth + 1))].join("\n");
	};
	const rows = Array.from(root.querySelector(".pg-quotes-window")!.childNodes).map((c) => node(c, 0));
	const active = scroller.getAttribute("aria-activedescendant");
	return [`active=${active === null ? "none" : idOf(active)}`, ...rows].join("\n");
}

function rowCount(root: HTMLElement): number {
	return root.querySelectorAll(".pg-quote-row, .pg-group-header").length;
}

/** The quotes sidebar open in `mode`, its search box, and its rows for "the" (the word index ready). */
async function sidebarIn(mode: string): Promise<{ root: HTMLElement; search: HTMLInputElement }> {
	const { h } = await start();
	await h.runCommand(`${ID}:open-quotes-sidebar`);
	const root = h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
	await waitFor(() => rowCount(root) > 0, "rows in the sidebar");
	root.querySelector<HTMLElement>(`.pg-mode-button[data-mode="${mode}"]`)!.click();
	const search = root.querySelector<HTMLInputElement>(".pg-search-input")!;
	// The word index ready: a query shows its rows, not "preparing".
	typeInto(search, "the");
	await waitFor(() => rowCount(root) > 0, "rows for a query");
	return { root, search };
}

describe("the sidebar's rows after a run of keystrokes", () => {
	it.each(["flat", "speaker", "episode"])("equal a fresh drawing of the same query (%s mode)", async (mode) => {
		const { root, search } = await sidebarIn(mode);
		// Keys that replace some rows, all rows, none, and bring earlier quotes back in other places.
		const keys = ["t", "th", "the", "thi", "this", "th", "a", "an", "and", "a", "i", "in", "it", "", "wo", "w", "s", "so"];
		let compared = 0;
		for (const [n, query] of keys.entries()) {
			typeInto(search, query);
			// Half the keys follow each other before the overscan is drawn, as when typing fast.
			if (n % 2 === 1) continue;
			const typed = await settled(root);
			if (rowCount(root) === 0) continue;
			// A fresh drawing of the same state: every row goes, then the query again.
			typeInto(search, "zzzqqqxxx");
			await waitFor(() => rowCount(root) === 0, "no rows for a word no quote has");
			typeInto(search, query);
			expect(typed).toBe(await settled(root));
			compared++;
		}
		expect(compared).toBeGreaterThan(5);
	});
});

describe("the sidebar's window after scrolling", () => {
	it.each(["flat", "speaker"])("is placed and filled as a fresh drawing at the same scroll position (%s mode)", async (mode) => {
		const { root, search } = await sidebarIn(mode);
		const scroller = root.querySelector<HTMLElement>(".pg-quotes-scroller")!;
		const windowEl = root.querySelector<HTMLElement>(".pg-quotes-window")!;
		// jsdom keeps no scroll position: the list reads and writes this one.
		let top = 0;
		Object.defineProperty(scroller, "scrollTop", { configurable: true, get: () => top, set: (v: number) => (top = v) });
		/** The rows and where the window is put: the offset the window reads, and anything set on the scroller. */
		const placed = (): string => `offset=${windowEl.style.getPropertyValue("--pg-window-offset")} scroller=${scroller.getAttribute("style") ?? ""}\n${listDom(root)}`;
		const scrollTo = async (y: number): Promise<string> => {
			scroller.scrollTop = y;
			scroller.dispatchEvent(new Event("scroll"));
			// The list draws on the next animation frame, asked for by its scroll listener before this one.
			await new Promise<void>((resolve) => window.requestAnimationFrame(() => resolve()));
			return settled(root).then(placed);
		};
		// Down in steps smaller and larger than the window, back up, and a keystroke (back to the top) between.
		const positions = [150, 400, 2600, 2700, 900, 0, 5000];
		let compared = 0;
		for (const [n, y] of positions.entries()) {
			if (n === 5) typeInto(search, "th");
			const scrolled = await scrollTo(y);
			// A fresh drawing: every row goes, the query again (to the top), then straight to this position.
			const query = search.value;
			typeInto(search, "zzzqqqxxx");
			await waitFor(() => rowCount(root) === 0, "no rows for a word no quote has");
			typeInto(search, query);
			await settled(root);
			expect(scrolled).toBe(await scrollTo(y));
			compared++;
		}
		expect(compared).toBe(positions.length);
		// The window moved with the scroll, and only the window carries its offset (not inherited by the rows).
		await scrollTo(2600);
		expect(parseFloat(windowEl.style.getPropertyValue("--pg-window-offset"))).toBeGreaterThan(0);
		expect(scroller.style.getPropertyValue("--pg-window-offset")).toBe("");
	});

	it("reads its offset from a custom property registered as not inherited (styles.css)", () => {
		const css = readFileSync(path.join(__dirname, "../../styles.css"), "utf8");
		const registered = /@property --pg-window-offset\s*\{([^}]*)\}/.exec(css);
		expect(registered?.[1]).toMatch(/inherits:\s*false/);
		expect(/\.pg-quotes-window\s*\{[^}]*translateY\(var\(--pg-window-offset/.exec(css)).not.toBeNull();
	});
});
