/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// After any run of keystrokes the list's rows must be exactly what a fresh sidebar draws for the same state:
// rows kept, moved or refilled from one key to the next must not keep anything of what they showed before.
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

describe("the sidebar's rows after a run of keystrokes", () => {
	it.each(["flat", "speaker", "episode"])("equal a fresh drawing of the same query (%s mode)", async (mode) => {
		const { h } = await start();
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		const root = h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
		await waitFor(() => rowCount(root) > 0, "rows in the sidebar");
		root.querySelector<HTMLElement>(`.pg-mode-button[data-mode="${mode}"]`)!.click();
		const search = root.querySelector<HTMLInputElement>(".pg-search-input")!;
		// The word index ready: a query shows its rows, not "preparing".
		typeInto(search, "the");
		await waitFor(() => rowCount(root) > 0, "rows for a query");
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
