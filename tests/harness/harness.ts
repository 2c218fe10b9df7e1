// A fresh Obsidian for one test: an app with an in-memory vault, workspace and registries, plus helpers
// to seed notes, finish the layout, run commands and read what the user was shown. No Node imports here.
import * as obsidian from "./obsidian";

const { App, CapacitorAdapter, FileSystemAdapter, LATEST_API_VERSION, LivePreview, MarkdownView, RenderedNote, installDom, recorded, setApiVersion, setPlatform } = obsidian;

export interface HarnessOptions {
	/** Obsidian mobile: `Platform.isMobile`, an adapter without a file-system base path. */
	mobile?: boolean;
	/** The app's version (`requireApiVersion`); before 1.13 settings tabs are drawn by display() and not searched. */
	apiVersion?: string;
}

export type Harness = ReturnType<typeof createHarness>;

export function createHarness(options: HarnessOptions = {}) {
	installDom(window);
	setPlatform(options.mobile ? "mobile" : "desktop");
	setApiVersion(options.apiVersion ?? LATEST_API_VERSION);
	recorded.notices.length = 0;
	recorded.menus.length = 0;
	recorded.modals.length = 0;
	document.body.empty();
	const adapter = options.mobile ? new CapacitorAdapter() : new FileSystemAdapter();
	const app = new App(adapter);
	document.body.appendChild(app.workspace.containerEl);
	// The system clipboard, recorded (jsdom has none).
	const clipboard = { text: "" };
	Object.defineProperty(navigator, "clipboard", {
		configurable: true,
		value: {
			writeText: (text: string) => Promise.resolve(void (clipboard.text = text)),
			readText: () => Promise.resolve(clipboard.text),
		},
	});

	const harness = {
		obsidian,
		app,
		vault: app.vault,
		workspace: app.workspace,
		clipboard,

		/** Writes notes before the app is "started" (as files already on disk), with their metadata. */
		async seed(files: Record<string, string>): Promise<void> {
			for (const [path, text] of Object.entries(files)) await app.vault.create(path, text);
			await app.metadataCache.indexAll();
		},

		/** Obsidian finished loading the layout: `onLayoutReady` callbacks run now. */
		layoutReady(): void {
			app.workspace._setLayoutReady();
		},

		/** Runs a command like the palette; awaits whatever the callback returned. Throws if unavailable. */
		async runCommand(id: string): Promise<unknown> {
			if (!app.commands.executeCommandById(id)) throw new Error(`Command ${id} is not available now.`);
			return await app.commands.lastResult;
		},

		/** Opens a note in the main area and makes it active (cursor at `line`, 0-based, if given). */
		async openNote(path: string, line?: number): Promise<obsidian.MarkdownView> {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`No note ${path} in the harness vault.`);
			const leaf = app.workspace.getLeaf(false);
			await leaf.openFile(file, line === undefined ? { active: true } : { active: true, eState: { line } });
			const view = leaf.view;
			if (!(view instanceof MarkdownView)) throw new Error("Expected a Markdown view.");
			return view;
		},

		/**
		 * Shows a note in reading view: its code blocks go through the registered processors, and again
		 * (only the changed sections) whenever the note changes on disk. `unload()` closes it.
		 */
		async renderNote(path: string): Promise<obsidian.RenderedNote> {
			const note = new RenderedNote(app, path);
			note.load();
			note.registerEvent(app.vault.on("modify", (file: obsidian.TAbstractFile) => void (file.path === path && note.render())));
			await note.render();
			return note;
		},

		/**
		 * Shows an open note's editor in Live Preview: its code blocks are drawn by the registered processors
		 * from the editor's text as it changes (see live-preview.ts). It goes when the view closes.
		 */
		livePreview(view: obsidian.MarkdownView): obsidian.LivePreview {
			return view.addChild(new LivePreview(view));
		},

		notices(): string[] {
			return recorded.notices.map((n) => n.message);
		},

		menus(): obsidian.Menu[] {
			return recorded.menus;
		},

		openModals(): obsidian.Modal[] {
			return recorded.modals.filter((m) => m.isOpen);
		},

		/** Waits until the metadata cache has caught up with every write. */
		async settle(): Promise<void> {
			await new Promise((resolve) => setTimeout(resolve, 0));
			await app.metadataCache.settled();
		},
	};
	return harness;
}

/** Polls `predicate` until it holds (or fails with `what` after `timeoutMs`): for asynchronous effects, not for timing. */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
	const started = Date.now();
	while (!predicate()) {
		if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for: ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

/** Finds a setting row the user can see by its name in a settings container. */
export function findSetting(containerEl: HTMLElement, name: string): HTMLElement {
	const row = settingRows(containerEl).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!row) throw new Error(`No setting named "${name}" (have: ${settingNames(containerEl).join(", ")}).`);
	return row;
}

/** The rows (headings included) the user can see, in order: rows hidden by `visible` are left out. */
export function settingRows(containerEl: HTMLElement): HTMLElement[] {
	return Array.from(containerEl.querySelectorAll<HTMLElement>(".setting-item")).filter((row) => {
		for (let el: HTMLElement | null = row; el && el !== containerEl; el = el.parentElement) if (el.style.display === "none") return false;
		return true;
	});
}

export function settingNames(containerEl: HTMLElement): string[] {
	return settingRows(containerEl).map((row) => row.querySelector(".setting-item-name")?.textContent ?? "");
}

/** Types into an input like a user: sets the value and fires `input`. */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}
