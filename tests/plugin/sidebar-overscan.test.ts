/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// A keystroke that replaces the sidebar's rows draws those in view at once and the overscan below them (rows
// kept ready for scrolling) once the frame is done, so the keystroke lays out only what the user sees.
import { typeInto } from "../harness/harness";
import { ID, start, waitFor } from "./setup";

function rowTexts(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll<HTMLElement>(".pg-quote-row")).map((r) => r.querySelector(".pg-quote-text")?.textContent ?? "");
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe("the quotes sidebar's overscan", () => {
	it("comes after the keystroke's rows in view, and then the window is the same as drawn at rest", async () => {
		const { h } = await start();
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		const root = h.workspace.getLeavesOfType("podcast-garden-quotes")[0].view.containerEl;
		await waitFor(() => rowTexts(root).length > 0, "quote rows in the sidebar");
		await nextTask();
		const atRest = rowTexts(root);
		// The list's window: the rows in view and the overscan below them.
		expect(atRest.length).toBeGreaterThan(8);

		const search = root.querySelector<HTMLInputElement>(".pg-search-input")!;
		typeInto(search, "zzzqqq");
		await waitFor(() => rowTexts(root).length === 0, "no rows for a word no quote has");
		// Every row is new again: right after the input event only those in view are drawn.
		typeInto(search, "");
		const drawnAtOnce = rowTexts(root);
		expect(drawnAtOnce.length).toBeGreaterThan(0);
		expect(drawnAtOnce.length).toBeLessThan(atRest.length);
		expect(atRest.slice(0, drawnAtOnce.length)).toEqual(drawnAtOnce);

		await nextTask();
		expect(rowTexts(root)).toEqual(atRest);
	});
});
